package data

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// searchField is one part of an entry that search reads, with how much a
// word found there counts. Adding a field to search is one line in
// searchFields.
type searchField struct {
	name string
	// weight multiplies the count of a word in this field: a word in the
	// phrase says far more about an entry than a word in a note.
	weight float64
	// name fields (phrase, former names, keywords, vendor, header names)
	// also take part in whole-query matching and in one- and two-letter
	// prefixes.
	isName bool
	text   func(e *Entry) []string
}

// searchFields are the parts of an entry search reads. "When not to use"
// and the see-also lines mostly describe other codes, so they count for
// little: enough to list the entry, never enough to rank it above the code
// they point to.
var searchFields = []searchField{
	{"phrase", 10, true, func(e *Entry) []string { return []string{e.Phrase, e.Name} }},
	{"former", 8, true, func(e *Entry) []string { return e.FormerNames }},
	{"keyword", 7, true, func(e *Entry) []string { return e.Keywords }},
	{"vendor", 6, true, func(e *Entry) []string { return []string{e.Vendor, e.Slug, e.VendorName()} }},
	{"header", 4, true, headerNames},
	{"summary", 4, false, func(e *Entry) []string { return []string{e.Summary} }},
	{"explanation", 2, false, func(e *Entry) []string { return []string{e.Explanation} }},
	{"when", 1.5, false, func(e *Entry) []string { return e.WhenToUse }},
	{"trouble", 1.5, false, troubleText},
	{"constant", 6, false, constantNames},
	{"scenario", 1.5, false, scenarioText},
	{"notes", 1, false, func(e *Entry) []string { return e.Notes }},
	{"header why", 1, false, headerWhys},
	{"scenario why", 0.4, false, scenarioWhys},
	{"when not", 0.05, false, func(e *Entry) []string { return e.WhenNotToUse }},
	{"see also", 0.05, false, seeAlsoWhys},
}

func headerNames(e *Entry) []string {
	out := make([]string, len(e.Headers))
	for i, h := range e.Headers {
		out[i] = h.Name
	}
	return out
}

func headerWhys(e *Entry) []string {
	out := make([]string, len(e.Headers))
	for i, h := range e.Headers {
		out[i] = h.Why
	}
	return out
}

func scenarioText(e *Entry) []string {
	out := make([]string, len(e.Scenarios))
	for i, s := range e.Scenarios {
		out[i] = s.Text
	}
	return out
}

func scenarioWhys(e *Entry) []string {
	out := make([]string, len(e.Scenarios))
	for i, s := range e.Scenarios {
		out[i] = s.Why
	}
	return out
}

func seeAlsoWhys(e *Entry) []string {
	out := make([]string, len(e.SeeAlso))
	for i, s := range e.SeeAlso {
		out[i] = s.Why
	}
	return out
}

// troubleText is what the troubleshooting says, without the sources it
// cites (a registry code's check that cites Cloudflare's docs is not about
// Cloudflare).
func troubleText(e *Entry) []string {
	out := make([]string, 0, 2*len(e.Troubleshooting))
	for _, t := range e.Troubleshooting {
		out = append(out, t.Cause, withoutCitation(t.Check))
	}
	return out
}

// withoutCitation drops the parenthesised source that ends a sentence.
func withoutCitation(s string) string {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, " ("); i >= 0 {
			return s[:i]
		}
	}
	return s
}

// constantNames are the names every stack gives the entry's code.
func constantNames(e *Entry) []string {
	var out []string
	for _, c := range ConstantsFor(e) {
		if c.Name != "" {
			out = append(out, c.Name)
		}
	}
	return out
}

// BM25 constants: k1 sets how fast repeats of a word stop adding to the
// score; b how much a long field is discounted.
const (
	k1    = 1.2
	bm25B = 0.5
)

// posting is one entry that holds a term, with the term's weighted,
// length-normalised count over all fields (BM25F's pseudo-frequency).
type posting struct {
	doc int
	tf  float64
}

// searchIndex is the inverted index of the catalogue's text.
type searchIndex struct {
	entries []*Entry
	codes   []string
	// names are each entry's name fields as single-spaced lower-case words.
	names [][]string
	// postings by term: a stem, "~group" for a synonym group, or "=key"
	// for a synonym member in any of its spellings.
	postings map[string][]posting
	// namePostings count name fields only: a prefix of one or two letters
	// is looked up there, since it would start some word of nearly every
	// explanation.
	namePostings map[string][]posting
	idf          map[string]float64
	// vocab is every word seen, sorted, each with its stem, for prefixes
	// and typos.
	vocab []vocabWord
}

type vocabWord struct {
	word, stem string
	inName     bool
}

var (
	searchOnce sync.Once
	searchIdx  *searchIndex
)

// theSearchIndex builds the index on first use, so that a program that
// never searches pays nothing.
func theSearchIndex() *searchIndex {
	searchOnce.Do(func() { searchIdx = buildSearchIndex(load().all, searchFields) })
	return searchIdx
}

// lexicon numbers the terms of the index while it is built, and remembers
// what it learnt of each word, since most words recur many times.
type lexicon struct {
	words map[string]wordInfo
	ids   map[string]int32
	terms []string
}

type wordInfo struct {
	stem   string
	term   int32 // the stem's term
	stop   bool
	inName bool
}

func (l *lexicon) id(term string) int32 {
	if id, ok := l.ids[term]; ok {
		return id
	}
	id := int32(len(l.terms))
	l.ids[term] = id
	l.terms = append(l.terms, term)
	return id
}

func (l *lexicon) word(w string, inName bool) wordInfo {
	info, ok := l.words[w]
	if !ok {
		info.stem = stem(w)
		info.term = l.id(info.stem)
		info.stop = stopWords[w]
	}
	if !ok || inName && !info.inName {
		info.inName = info.inName || inName
		l.words[w] = info
	}
	return info
}

func buildSearchIndex(entries []*Entry, fields []searchField) *searchIndex {
	ix := &searchIndex{
		entries: entries,
		codes:   make([]string, len(entries)),
		names:   make([][]string, len(entries)),
	}
	lex := &lexicon{words: map[string]wordInfo{}, ids: map[string]int32{}}
	// terms[d][f] lists the terms of field f of entry d, repeats included.
	terms := make([][][]int32, len(entries))
	lengths := make([][]float64, len(entries))
	avg := make([]float64, len(fields))
	for d, e := range entries {
		ix.codes[d] = strconv.Itoa(e.Code)
		terms[d] = make([][]int32, len(fields))
		lengths[d] = make([]float64, len(fields))
		for f, field := range fields {
			for _, text := range field.text(e) {
				ws := words(text)
				if field.isName && len(ws) > 0 {
					ix.names[d] = append(ix.names[d], strings.Join(ws, " "))
				}
				ts := make([]wordToken, len(ws))
				for i, w := range ws {
					info := lex.word(w, field.isName)
					ts[i] = wordToken{stem: info.stem, stop: info.stop}
					if !info.stop {
						terms[d][f] = append(terms[d][f], info.term)
						lengths[d][f]++
					}
				}
				for _, h := range findSynonyms(ts) {
					terms[d][f] = append(terms[d][f], lex.id(h.groupTerm), lex.id(h.keyTerm))
				}
			}
			avg[f] += lengths[d][f]
		}
	}
	for f := range avg {
		avg[f] = max(avg[f]/float64(len(entries)), 1)
	}
	postings := make([][]posting, len(lex.terms))
	namePostings := make([][]posting, len(lex.terms))
	tf, nameTF := make([]float64, len(lex.terms)), make([]float64, len(lex.terms))
	var seen []int32
	for d := range entries {
		for f, field := range fields {
			w := field.weight / (1 - bm25B + bm25B*lengths[d][f]/avg[f])
			for _, t := range terms[d][f] {
				if tf[t] == 0 && nameTF[t] == 0 {
					seen = append(seen, t)
				}
				tf[t] += w
				if field.isName {
					nameTF[t] += w
				}
			}
		}
		for _, t := range seen {
			if tf[t] > 0 {
				postings[t] = append(postings[t], posting{doc: d, tf: tf[t]})
			}
			if nameTF[t] > 0 {
				namePostings[t] = append(namePostings[t], posting{doc: d, tf: nameTF[t]})
			}
			tf[t], nameTF[t] = 0, 0
		}
		seen = seen[:0]
	}
	ix.postings = make(map[string][]posting, len(lex.terms))
	ix.namePostings = map[string][]posting{}
	ix.idf = make(map[string]float64, len(lex.terms))
	n := float64(len(entries))
	for t, term := range lex.terms {
		if len(postings[t]) == 0 {
			continue // only in fields that weigh nothing
		}
		ix.postings[term] = postings[t]
		if len(namePostings[t]) > 0 {
			ix.namePostings[term] = namePostings[t]
		}
		df := float64(len(postings[t]))
		ix.idf[term] = math.Log(1 + (n-df+0.5)/(df+0.5))
	}
	ix.vocab = make([]vocabWord, 0, len(lex.words))
	for w, info := range lex.words {
		ix.vocab = append(ix.vocab, vocabWord{word: w, stem: info.stem, inName: info.inName})
	}
	slices.SortFunc(ix.vocab, func(a, b vocabWord) int { return strings.Compare(a.word, b.word) })
	return ix
}

// prefixed returns the vocabulary words that start with p.
func (ix *searchIndex) prefixed(p string) []vocabWord {
	i := sort.Search(len(ix.vocab), func(i int) bool { return ix.vocab[i].word >= p })
	j := i
	for j < len(ix.vocab) && strings.HasPrefix(ix.vocab[j].word, p) {
		j++
	}
	return ix.vocab[i:j]
}
