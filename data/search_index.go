package data

import (
	"math"
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

func troubleText(e *Entry) []string {
	out := make([]string, 0, 2*len(e.Troubleshooting))
	for _, t := range e.Troubleshooting {
		out = append(out, t.Cause, t.Check)
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

func buildSearchIndex(entries []*Entry, fields []searchField) *searchIndex {
	ix := &searchIndex{
		entries:      entries,
		codes:        make([]string, len(entries)),
		names:        make([][]string, len(entries)),
		postings:     map[string][]posting{},
		namePostings: map[string][]posting{},
		idf:          map[string]float64{},
	}
	// counts[d][f][term] is how often term occurs in field f of entry d.
	counts := make([][]map[string]float64, len(entries))
	lengths := make([][]float64, len(entries))
	avg := make([]float64, len(fields))
	vocab := map[string]vocabWord{}
	for d, e := range entries {
		ix.codes[d] = strconv.Itoa(e.Code)
		counts[d] = make([]map[string]float64, len(fields))
		lengths[d] = make([]float64, len(fields))
		for f, field := range fields {
			c := map[string]float64{}
			for _, text := range field.text(e) {
				if text == "" {
					continue
				}
				if field.isName {
					ix.names[d] = append(ix.names[d], strings.Join(words(text), " "))
				}
				lengths[d][f] += addTerms(c, text)
				for _, w := range words(text) {
					v := vocab[w]
					v.word, v.stem = w, stem(w)
					v.inName = v.inName || field.isName
					vocab[w] = v
				}
			}
			counts[d][f] = c
			avg[f] += lengths[d][f]
		}
	}
	for f := range avg {
		avg[f] = max(avg[f]/float64(len(entries)), 1)
	}
	for d := range entries {
		tf, nameTF := map[string]float64{}, map[string]float64{}
		for f, field := range fields {
			norm := 1 - bm25B + bm25B*lengths[d][f]/avg[f]
			for t, n := range counts[d][f] {
				tf[t] += field.weight * n / norm
				if field.isName {
					nameTF[t] += field.weight * n / norm
				}
			}
		}
		for t, v := range tf {
			ix.postings[t] = append(ix.postings[t], posting{doc: d, tf: v})
		}
		for t, v := range nameTF {
			ix.namePostings[t] = append(ix.namePostings[t], posting{doc: d, tf: v})
		}
	}
	n := float64(len(entries))
	for t, ps := range ix.postings {
		df := float64(len(ps))
		ix.idf[t] = math.Log(1 + (n-df+0.5)/(df+0.5))
	}
	for _, v := range vocab {
		ix.vocab = append(ix.vocab, v)
	}
	sort.Slice(ix.vocab, func(i, j int) bool { return ix.vocab[i].word < ix.vocab[j].word })
	return ix
}

// addTerms counts the terms of text into c: the stem of every word that
// is not a stop word, and for each synonym member found, its group and its
// key. It returns the number of
// words counted.
func addTerms(c map[string]float64, text string) float64 {
	ts := tokenize(text)
	var n float64
	for _, t := range ts {
		if !t.stop {
			c[t.stem]++
			n++
		}
	}
	for _, h := range findSynonyms(ts) {
		c["~"+h.group]++
		c["="+h.key]++
	}
	return n
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
