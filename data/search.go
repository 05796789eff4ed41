package data

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
)

// Result is one match of a search, with its score (higher is better).
type Result struct {
	Entry *Entry
	Score int
}

// How much each way of matching a query word counts, against the word
// itself (1): a synonym from the same group, the start of a longer word (as
// a filter sees a word being typed), a likely typo.
const (
	synonymFactor = 0.7
	typoFactor    = 0.5
)

// nameWeight is how much a match in a name field (phrase, former name,
// keyword, vendor, header name) counts again on its own. BM25 saturates
// fast, so without it an entry that merely mentions a word often would tie
// with the entry named by it.
const nameWeight = 0.5

// coverFull is the share of a word's full weight (its idf) at which an
// entry counts as holding the word, for the coordination factor. A word
// met only in a lightly weighted field (when not to use, see also) counts
// as partly held, so those fields cannot lift an entry by coordination.
const coverFull = 0.3

// minShare is the least share of the best entry's score that an entry
// needs to be listed at all, unless it has a bonus.
const minShare = 0.1

// Bonuses added on top of the text score, which is a sum of at most a few
// points per query word.
const (
	codeExact   = 100.0 // "404"
	codePrefix  = 50.0  // "40", typed on the way to a code
	nameExact   = 8.0   // the whole query is a name: "not found"
	namePrefix  = 4.0   // the query starts a name: "not fo"
	nameInQuery = 3.0   // the query holds a whole name: "nginx request header too large"
)

// Search ranks the entries that match a free-text query: a code ("404") or
// the start of one ("40"), a pattern ("4xx"), a name or former name
// ("payload too large"), a header ("retry-after"), or a situation in the
// learner's words ("user not logged in", "file too big upload"). Every
// entry that matches any word of the query is ranked (BM25F over the
// entry's fields, with stemming, synonyms, prefixes and typo tolerance);
// the best first. An empty query matches nothing.
func Search(query string) []Result {
	return theSearchIndex().search(query)
}

func (ix *searchIndex) search(query string) []Result {
	q := strings.TrimSpace(query)
	if q == "" {
		return nil
	}
	if fits, ok, err := ParsePattern(q); ok && err == nil && !isDigits(q) {
		return ix.matchPattern(fits)
	}
	scores := make([]float64, len(ix.entries))
	ws := words(q)
	if len(ws) == 1 && isDigits(ws[0]) {
		// A number alone is a code, or the start of one being typed.
		for d, c := range ix.codes {
			switch {
			case c == ws[0]:
				scores[d] = codeExact
			case strings.HasPrefix(c, ws[0]):
				scores[d] = codePrefix
			}
		}
		return ix.results(scores)
	}
	// A space after the last word says it is finished, not being typed.
	units := ix.parseQuery(strings.TrimLeftFunc(query, unicode.IsSpace))
	matched := make([]float64, len(ix.entries))
	best := make([]float64, len(ix.entries))
	bestName := make([]float64, len(ix.entries))
	for _, u := range units {
		clear(best)
		clear(bestName)
		for _, v := range u {
			for _, p := range v.postings {
				best[p.doc] = max(best[p.doc], v.factor*v.idf*p.tf/(k1+p.tf))
			}
			for _, p := range ix.namePostings[v.term] {
				bestName[p.doc] = max(bestName[p.doc], v.factor*v.idf*p.tf/(k1+p.tf))
			}
		}
		full := 0.0 // the score of a clear match: a word said once in a sentence
		for _, v := range u {
			full = max(full, coverFull*v.factor*v.idf)
		}
		for d, s := range best {
			if s > 0 {
				scores[d] += s + nameWeight*bestName[d]
				matched[d] += min(1, s/full)
			}
		}
	}
	top := 0.0
	for d, e := range ix.entries {
		if scores[d] == 0 {
			continue
		}
		// An entry that matches more of the query's ideas beats one that
		// matches a single idea many times.
		scores[d] *= 0.5 + 0.5*matched[d]/float64(len(units))
		scores[d] *= prior(e)
		top = max(top, scores[d])
	}
	// The long tail (a common word met once in a note) only buries the
	// list a filter narrows.
	for d := range scores {
		if scores[d] < minShare*top {
			scores[d] = 0
		}
	}
	ix.addBonuses(scores, ws)
	return ix.results(scores)
}

// prior leans towards the codes a learner meets most, at an equal match:
// essential before rare, the registry before a vendor.
func prior(e *Entry) float64 {
	p := 1 + 0.05*float64(e.Tier)
	if !e.Official() {
		p *= 0.85
	}
	return p
}

// addBonuses lifts an exact code and a whole-name match above everything
// that merely shares words.
func (ix *searchIndex) addBonuses(scores []float64, ws []string) {
	qn := strings.Join(ws, " ")
	for d := range ix.entries {
		for _, w := range ws {
			if w == ix.codes[d] {
				scores[d] += codeExact
			}
		}
		bonus := 0.0
		for _, n := range ix.names[d] {
			switch {
			case n == qn:
				bonus = max(bonus, nameExact)
			case strings.HasPrefix(n, qn):
				bonus = max(bonus, namePrefix)
			case strings.Contains(n, " ") && strings.Contains(" "+qn+" ", " "+n+" "):
				bonus = max(bonus, nameInQuery)
			}
		}
		scores[d] += bonus
	}
}

func (ix *searchIndex) results(scores []float64) []Result {
	var out []Result
	for d, s := range scores {
		if s > 0 {
			out = append(out, Result{Entry: ix.entries[d], Score: int(math.Round(s * 100))})
		}
	}
	// The entries are in catalogue order, so at an equal score the lower
	// code, and at one code the registry entry, comes first.
	slices.SortStableFunc(out, func(a, b Result) int { return cmp.Compare(b.Score, a.Score) })
	return out
}

func (ix *searchIndex) matchPattern(fits func(int) bool) []Result {
	var out []Result
	for _, e := range ix.entries {
		if fits(e.Code) {
			out = append(out, Result{Entry: e, Score: 1})
		}
	}
	return out
}

// variant is one index term a query word stands for, and how much a match
// on it counts.
type variant struct {
	term        string
	factor, idf float64
	postings    []posting
}

// unit is one idea of the query (a word, or a synonym of several words):
// an entry scores the best of its variants.
type unit []variant

// parseQuery turns the query into units: each synonym member found
// ("logged in", "rate limit", "timeout") is one unit that also stands for
// its other spellings and, a little lower, its group; each other word that
// is not a stop word is one, with its stem, the longer words it starts and,
// when it matches nothing else, its likely typos. A last word that is still
// being typed counts even if it is a stop word.
func (ix *searchIndex) parseQuery(q string) []unit {
	ws := words(q)
	ts := tokenize(q)
	hitAt := map[int]synonymHit{}
	for _, h := range findSynonyms(ts) {
		hitAt[h.start] = h
	}
	typing := !strings.HasSuffix(q, " ")
	var units []unit
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		var u unit
		if h, ok := hitAt[i]; ok && (h.end > i+1 || !t.stop) {
			u = unit{ix.variant(h.keyTerm, 1, false), ix.synonymVariant(h)}
			if h.end > i+1 {
				i = h.end - 1
				units = append(units, u.live())
				continue
			}
		}
		last := i == len(ts)-1 && typing
		if t.stop && !last {
			continue
		}
		if !t.stop {
			u = append(u, ix.variant(t.stem, 1, last && len(ws[i]) <= 2))
		}
		if last || len(ix.postings[t.stem]) == 0 {
			u = append(u, ix.prefixVariants(ws[i], t.stem)...)
		}
		if len(u.live()) == 0 {
			u = append(u, ix.typoVariants(ws[i])...)
		}
		u = u.live()
		if len(u) == 0 && t.stop {
			continue // a stop word being typed that starts no name
		}
		units = append(units, u) // a word that matches nothing still counts as asked
	}
	return units
}

// synonymVariant stands for the group of a member the query holds. It
// takes the rarity of the member itself, not of the group: the group
// gathers common words, but the learner asked for this idea as sharply as
// for the word they typed.
func (ix *searchIndex) synonymVariant(h synonymHit) variant {
	v := ix.variant(h.groupTerm, synonymFactor, false)
	if idf, ok := ix.idf[h.keyTerm]; ok {
		v.idf = max(v.idf, idf)
	}
	return v
}

// live drops the variants no entry holds.
func (u unit) live() unit {
	return slices.DeleteFunc(slices.Clone(u), func(v variant) bool { return len(v.postings) == 0 })
}

func (ix *searchIndex) variant(term string, factor float64, nameOnly bool) variant {
	ps := ix.postings[term]
	if nameOnly {
		ps = ix.namePostings[term]
	}
	return variant{term: term, factor: factor, idf: ix.idf[term], postings: ps}
}

// prefixVariants are the words that w starts, each counted by how much of
// it was typed. One or two letters start some word of nearly every
// explanation, so they look only at names, headers and vendors.
func (ix *searchIndex) prefixVariants(w, own string) []variant {
	short := len(w) <= 2
	var out []variant
	seen := map[string]bool{own: true}
	for _, v := range ix.prefixed(w) {
		if seen[v.stem] || (short && !v.inName) {
			continue
		}
		seen[v.stem] = true
		factor := 0.3 + 0.5*float64(len(w))/float64(len(v.word))
		pv := ix.variant(v.stem, factor, short)
		if idf, ok := ix.idf[own]; ok {
			// A longer, rarer word must not outweigh the word itself.
			pv.idf = min(pv.idf, idf)
		}
		out = append(out, pv)
	}
	return out
}

// typoVariants are the words of the catalogue one or two edits away from
// w (see within).
func (ix *searchIndex) typoVariants(w string) []variant {
	if len(w) < 5 {
		return nil
	}
	var out []variant
	seen := map[string]bool{}
	for _, v := range ix.vocab {
		if !seen[v.stem] && within(w, v.word) {
			seen[v.stem] = true
			out = append(out, ix.variant(v.stem, typoFactor, false))
		}
	}
	return out
}
