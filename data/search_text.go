package data

import (
	"strings"
	"unicode"
)

// words splits text into lower-case words of letters and digits; an
// apostrophe inside a word is dropped ("I'm" → "im").
func words(text string) []string {
	lower := strings.ToLower(text)
	var out []string
	start := -1
	apostrophe := false
	flush := func(end int) {
		if start >= 0 {
			w := lower[start:end]
			if apostrophe {
				w = strings.Map(func(r rune) rune {
					if r == '\'' || r == '’' {
						return -1
					}
					return r
				}, w)
			}
			out = append(out, w)
		}
		start, apostrophe = -1, false
	}
	for i, r := range lower {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case (r == '\'' || r == '’') && start >= 0:
			apostrophe = true
		default:
			flush(i)
		}
	}
	flush(len(lower))
	return out
}

// stopWords carry no meaning of their own in a search. Words that do in
// HTTP talk ("not", "no", "too", "many", "in", "out", "down", "get") are
// kept, and a synonym phrase is found before stop words are dropped, so
// "signed in" still means signing in.
var stopWords = set(
	"a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am",
	"i", "me", "my", "we", "our", "you", "your", "it", "its", "they", "them", "their",
	"this", "that", "these", "those", "there", "here",
	"of", "to", "and", "or", "for", "in", "on", "at", "by", "with", "from", "as", "into", "about",
	"but", "if", "then", "so", "than", "do", "does", "did", "has", "have", "had",
	"what", "which", "who", "when", "where", "why", "how",
	"can", "could", "should", "would", "will", "shall", "may", "might", "must",
	"code", "status", "http",
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// stem reduces a word to a rough root so that the forms a learner types meet
// the forms the catalogue writes: "limits", "limited" and "limiting" become
// "limit"; "retry", "retries" and "retried" become "retri"; "authenticate",
// "authenticated" and "authentication" become "authentic". It is a light
// cousin of Porter's stemmer: plurals, -ed, -ing, -ly, a few derivational
// endings and a final e. Both sides go through it, so a root that is not an
// English word does no harm.
func stem(w string) string {
	if len(w) <= 3 || !isLetters(w) || unstemmed[w] ||
		!strings.ContainsFunc(w, func(r rune) bool { return isVowel(byte(r)) }) {
		return w
	}
	w = stemPlural(w)
	w = stemVerb(w)
	if s, ok := strings.CutSuffix(w, "ly"); ok && len(s) >= 4 {
		w = s
	}
	if n := len(w); n > 3 && w[n-1] == 'y' && !isVowel(w[n-2]) {
		w = w[:n-1] + "i"
	}
	w = stemDerived(w)
	if n := len(w); n >= 4 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	return w
}

// unstemmed are words whose ending only looks like an inflection: CORS is
// not the plural of core.
var unstemmed = set("cors", "https")

func stemPlural(w string) string {
	switch {
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "i"
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// stemVerb strips -ed and -ing, puts back the e of "-ate", "-ble" and
// "-ize" ("validated" → "validate") and undoubles a final consonant
// ("logged" → "log").
func stemVerb(w string) string {
	var s string
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		return w[:len(w)-3] + "i"
	case strings.HasSuffix(w, "eed"):
		return w
	case strings.HasSuffix(w, "ed"):
		s = w[:len(w)-2]
	case strings.HasSuffix(w, "ing"):
		s = w[:len(w)-3]
	default:
		return w
	}
	if len(s) < 3 || !strings.ContainsFunc(s, func(r rune) bool { return isVowel(byte(r)) }) {
		return w
	}
	n := len(s)
	switch {
	case strings.HasSuffix(s, "at"), strings.HasSuffix(s, "bl"), strings.HasSuffix(s, "iz"):
		return s + "e"
	case s[n-1] == s[n-2] && !isVowel(s[n-1]) && !strings.ContainsRune("lsz", rune(s[n-1])):
		return s[:n-1]
	}
	return s
}

// derivedEndings turn a noun or adjective back into its root: "expiration",
// "payment", "available", "validate". Each keeps a root of at least min
// letters.
var derivedEndings = []struct {
	suffix, repl string
	min          int
}{
	{"ation", "", 4},
	{"tion", "t", 4},
	{"sion", "s", 4},
	{"ment", "", 3},
	{"able", "", 4},
	{"ible", "", 4},
	{"ate", "", 4},
}

func stemDerived(w string) string {
	for _, d := range derivedEndings {
		if s, ok := strings.CutSuffix(w, d.suffix); ok && len(s) >= d.min {
			return s + d.repl
		}
	}
	return w
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func isLetters(s string) bool {
	for i := range len(s) {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// within reports whether a query word is a likely typo of a document word:
// one edit for words of five to eight letters, two for nine or more, none
// for shorter words, where one edit makes a different word ("cors", "core").
func within(t, w string) bool {
	limit := 0
	switch {
	case len(t) >= 9:
		limit = 2
	case len(t) >= 5:
		limit = 1
	}
	if limit == 0 || Distance(len(t), len(w)) > limit {
		return false
	}
	return EditDistance(t, w, limit) <= limit
}

// EditDistance is the Damerau–Levenshtein distance between two words
// (a swap of two neighbours counts once: "anwser" is one edit from
// "answer"), giving up with limit+1 once it exceeds limit.
func EditDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
