package data

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// Result is one match of a search, with its score (higher is better).
type Result struct {
	Entry *Entry
	Score int
}

// Field weights: a word in the phrase says far more than a word somewhere in
// the explanation.
const (
	wCode        = 1000
	wPhrase      = 40
	wFormer      = 35
	wKeyword     = 30
	wHeader      = 20
	wVendor      = 20
	wSummary     = 12
	wExplanation = 5
	wUse         = 3
)

type docWord struct {
	word   string
	stem   string
	weight int
}

type doc struct {
	entry   *Entry
	code    string
	words   []docWord // each distinct word once, at its best weight
	names   []string  // lower-case phrase, name, former names and keywords
	summary string    // stemmed words of the summary, space-separated
	body    string    // stemmed words of the explanation
}

var (
	searchOnce sync.Once
	searchDocs []doc
)

func docs() []doc {
	searchOnce.Do(func() { searchDocs = buildDocs(load().all) })
	return searchDocs
}

func buildDocs(all []*Entry) []doc {
	out := make([]doc, 0, len(all))
	for _, e := range all {
		d := doc{entry: e, code: strconv.Itoa(e.Code)}
		best := map[string]int{}
		add := func(text string, w int) {
			for _, word := range words(text) {
				if best[word] < w {
					best[word] = w
				}
			}
		}
		add(e.Phrase, wPhrase)
		add(e.Name, wPhrase)
		for _, f := range e.FormerNames {
			add(f, wFormer)
		}
		for _, k := range e.Keywords {
			add(k, wKeyword)
		}
		for _, h := range e.Headers {
			add(h.Name, wHeader)
		}
		add(e.Vendor, wVendor)
		add(e.Slug, wVendor)
		if c, ok := InfoOf(e.Class()); ok {
			add(c.Name, wUse)
		}
		add(e.Summary, wSummary)
		add(e.Explanation, wExplanation)
		for _, u := range e.WhenToUse {
			add(u, wUse)
		}
		for w, weight := range best {
			d.words = append(d.words, docWord{word: w, stem: stem(w), weight: weight})
		}
		// Map order is random: sort so that scores never depend on it.
		slices.SortFunc(d.words, func(a, b docWord) int { return strings.Compare(a.word, b.word) })
		d.names = append(d.names, strings.ToLower(e.Phrase))
		if e.Name != "" {
			d.names = append(d.names, strings.ToLower(e.Name))
		}
		for _, f := range e.FormerNames {
			d.names = append(d.names, strings.ToLower(f))
		}
		for _, k := range e.Keywords {
			d.names = append(d.names, strings.ToLower(k))
		}
		d.summary = stems(e.Summary)
		d.body = stems(e.Explanation)
		out = append(out, d)
	}
	return out
}

// words splits text into lower-case words of letters and digits; an
// apostrophe inside a word is dropped ("I'm" → "im").
func words(text string) []string {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "'", ""), "’", "")
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// stems returns the stemmed words of text, each followed by a space, so
// that a stemmed phrase can be found in it with strings.Contains.
func stems(text string) string {
	var b strings.Builder
	b.WriteByte(' ')
	for _, w := range words(text) {
		b.WriteString(stem(w))
		b.WriteByte(' ')
	}
	return b.String()
}

// stem strips the commonest English endings so that "limiting", "limits" and
// "limit" meet.
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "is": true, "it": true, "of": true, "to": true,
	"and": true, "or": true, "for": true, "in": true, "on": true, "at": true, "by": true,
	"be": true, "what": true, "which": true, "code": true, "status": true, "http": true,
}

// Search ranks the entries that match a free-text query: a code ("404"), a
// phrase ("not found"), a former name ("payload too large"), a header
// ("retry-after"), or any word of the summary and explanation ("teapot",
// "rate limit"). Every word of the query must match somewhere; a word that
// matches nothing exactly is tried as a prefix and then with one or two
// typos. An empty query matches nothing.
func Search(query string) []Result { return searchIn(docs(), query) }

// searchIn ranks the documents of ds that match a query.
func searchIn(ds []doc, query string) []Result {
	q := strings.ToLower(strings.TrimSpace(query))
	if q == "" {
		return nil
	}
	var terms []string
	for _, w := range words(q) {
		if !stopWords[w] {
			terms = append(terms, w)
		}
	}
	if len(terms) == 0 {
		terms = words(q) // a query of stop words only ("not a") still searches
	}
	if len(terms) == 0 {
		return nil
	}
	scores := make([]int, len(ds))
	for _, t := range terms {
		hits := scoreTerm(ds, t, false)
		if allZero(hits) {
			hits = scoreTerm(ds, t, true)
		}
		for i := range ds {
			if hits[i] == 0 || scores[i] < 0 {
				scores[i] = -1 // every term must match
				continue
			}
			scores[i] += hits[i]
		}
	}
	var out []Result
	for i, d := range ds {
		if scores[i] <= 0 {
			continue
		}
		s := scores[i]
		// The whole query as a phrase counts for more than its words.
		for _, n := range d.names {
			if n == q {
				s += 400
			} else if strings.Contains(n, q) {
				s += 150
			}
		}
		if len(terms) > 1 {
			if phrase := stems(q); strings.Contains(d.summary, phrase) {
				s += 60
			} else if strings.Contains(d.body, phrase) {
				s += 20
			}
		}
		if !d.entry.Official() {
			// At an equal match the standard code is the one to learn first.
			s = s * 3 / 4
		}
		out = append(out, Result{Entry: d.entry, Score: s})
	}
	slices.SortStableFunc(out, func(a, b Result) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		if c := RegistryFirst(a.Entry, b.Entry); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Entry.Tier, a.Entry.Tier); c != 0 {
			return c
		}
		return cmp.Compare(a.Entry.Code, b.Entry.Code)
	})
	return out
}

func allZero(xs []int) bool {
	for _, x := range xs {
		if x != 0 {
			return false
		}
	}
	return true
}

// scoreTerm scores one query word against every document. Without fuzzy it
// counts exact words (and stems) fully and prefixes at 60%; with fuzzy it
// counts words within a small edit distance at 40%.
func scoreTerm(ds []doc, t string, fuzzy bool) []int {
	hits := make([]int, len(ds))
	ts := stem(t)
	numeric := isDigits(t)
	for i, d := range ds {
		best := 0
		if numeric {
			switch {
			case d.code == t:
				best = wCode
			case strings.HasPrefix(d.code, t):
				best = wCode / 10
			}
		}
		for _, w := range d.words {
			var s int
			switch {
			case fuzzy:
				if within(t, w.word) {
					s = w.weight * 4 / 10
				}
			case w.word == t || w.stem == ts:
				s = w.weight
			case strings.HasPrefix(w.word, t) && (len(t) >= 2 || w.weight >= wHeader):
				// One letter is too little to look through whole
				// explanations: it only starts names, headers, vendors.
				s = w.weight * 6 / 10
			}
			best = max(best, s)
		}
		hits[i] = best
	}
	return hits
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// within reports whether a query word is a likely typo of a document word:
// one edit for words of four letters or more, two for nine or more.
func within(t, w string) bool {
	limit := 0
	switch {
	case len(t) >= 9:
		limit = 2
	case len(t) >= 4:
		limit = 1
	}
	if limit == 0 || Distance(len(t), len(w)) > limit {
		return false
	}
	return editDistance(t, w, limit) <= limit
}

// editDistance is the Damerau–Levenshtein distance (adjacent swaps count
// once), giving up early once it exceeds limit.
func editDistance(a, b string, limit int) int {
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
