package data

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

type index struct {
	all    []*Entry
	byCode map[int][]*Entry
	byID   map[string]*Entry
}

var (
	loadOnce sync.Once
	loaded   *index
)

// load builds the lookup index once, on first use, so that programs that
// never look anything up pay nothing.
func load() *index {
	loadOnce.Do(func() { loaded = buildIndex(catalogue()) })
	return loaded
}

func buildIndex(entries []Entry) *index {
	ix := &index{
		all:    make([]*Entry, 0, len(entries)),
		byCode: make(map[int][]*Entry, len(entries)),
		byID:   make(map[string]*Entry, len(entries)),
	}
	for i := range entries {
		e := &entries[i]
		if e.Status == Unofficial {
			e.id = strconv.Itoa(e.Code) + "-" + e.Slug
		} else {
			e.id = strconv.Itoa(e.Code)
		}
		ix.all = append(ix.all, e)
	}
	// Code order; at one code the registry entry comes first, then the
	// vendor entries, the more widely met first (nginx's 499 before
	// Cloudflare's), else in the order they are written.
	slices.SortStableFunc(ix.all, func(a, b *Entry) int {
		if c := cmp.Compare(a.Code, b.Code); c != 0 {
			return c
		}
		return cmp.Or(RegistryFirst(a, b), cmp.Compare(b.Tier, a.Tier))
	})
	for _, e := range ix.all {
		ix.byCode[e.Code] = append(ix.byCode[e.Code], e)
		ix.byID[e.id] = e
	}
	return ix
}

// RegistryFirst orders registry entries before vendor entries, for
// sorting; it is 0 between two of the same kind.
func RegistryFirst(a, b *Entry) int {
	switch ao, bo := a.Official(), b.Official(); {
	case ao == bo:
		return 0
	case ao:
		return -1
	}
	return 1
}

// Distance is how far apart two codes are: |a − b|.
func Distance(a, b int) int {
	if a < b {
		return b - a
	}
	return a - b
}

// All returns every entry in code order, registry entries before vendor
// entries of the same number.
func All() []*Entry { return load().all }

// Lookup returns the entries for a code: none, one, or one per meaning.
func Lookup(code int) []*Entry { return load().byCode[code] }

// Registry returns the IANA registry entry for a code, or nil.
func Registry(code int) *Entry {
	for _, e := range load().byCode[code] {
		if e.Official() {
			return e
		}
	}
	return nil
}

// ByID returns the entry with this ID ("404", "499-nginx"), or nil.
func ByID(id string) *Entry { return load().byID[id] }

// Resolve returns the entry a SeeAlso points to.
func (s SeeAlso) Resolve() *Entry {
	if s.Slug == "" {
		return Registry(s.Code)
	}
	return ByID(strconv.Itoa(s.Code) + "-" + s.Slug)
}

// Filter returns the entries for which keep is true, in catalogue order.
func Filter(keep func(*Entry) bool) []*Entry {
	var out []*Entry
	for _, e := range load().all {
		if keep(e) {
			out = append(out, e)
		}
	}
	return out
}

// ByClass returns the entries of one class.
func ByClass(c Class) []*Entry {
	return Filter(func(e *Entry) bool { return e.Class() == c })
}

// ByTier returns the entries of one tier.
func ByTier(t Tier) []*Entry {
	return Filter(func(e *Entry) bool { return e.Tier == t })
}

// ParsePattern reads a code pattern: three characters, each a digit or a
// wildcard x (or X), the first a digit 1–5: "4xx", "30x", "404". It returns
// a predicate and whether the text was a pattern at all.
func ParsePattern(s string) (func(code int) bool, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if len(s) != 3 || s[0] < '1' || s[0] > '5' {
		return nil, false
	}
	for i := 1; i < 3; i++ {
		if s[i] != 'x' && (s[i] < '0' || s[i] > '9') {
			return nil, false
		}
	}
	return func(code int) bool {
		d := strconv.Itoa(code)
		if len(d) != 3 {
			return false
		}
		for i := range 3 {
			if s[i] != 'x' && s[i] != d[i] {
				return false
			}
		}
		return true
	}, true
}

// Match returns the entries whose code fits a pattern ("4xx", "30x").
func Match(pattern string) ([]*Entry, bool) {
	fits, ok := ParsePattern(pattern)
	if !ok {
		return nil, false
	}
	return Filter(func(e *Entry) bool { return fits(e.Code) }), true
}

// Nearest returns the registry codes on either side of code: the closest
// below and the closest above (one of them when code is past an end). It
// helps a learner who mistyped or met an unregistered code.
func Nearest(code int) []*Entry {
	var below, above *Entry
	for _, e := range load().all {
		if !e.Official() {
			continue
		}
		if e.Code < code {
			below = e
		} else if e.Code > code && above == nil {
			above = e
		}
	}
	var out []*Entry
	for _, e := range []*Entry{below, above} {
		if e != nil {
			out = append(out, e)
		}
	}
	return out
}
