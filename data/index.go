package data

import (
	"cmp"
	"errors"
	"fmt"
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
	ix.order()
	return ix
}

// order sorts ix.all and fills the maps from it. Code order; at one code
// the registry entry comes first, then the vendor entries, the more widely
// met first (nginx's 499 before Cloudflare's), else in the order they are
// written.
func (ix *index) order() {
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

// ParsePattern reads a code pattern: three places, one per digit, each a
// digit, a wildcard (x, X or ?) or a set of digits in brackets ("30[12]",
// "5[0-4]x"); a digit followed by wildcards may be shortened ("4x" is
// "4xx"). A plain three-digit code is a pattern that fits only itself.
//
// isPattern is false for text that is not meant as a pattern at all (a word,
// a lone digit such as "4", a number of another length); then fits and err
// are nil. isPattern is true with a non-nil err for a pattern that cannot
// work ("6xx", "4xxx", "["); the error says what is wrong.
func ParsePattern(s string) (fits func(code int) bool, isPattern bool, err error) {
	p := strings.ToLower(strings.TrimSpace(s))
	if !looksLikePattern(p) {
		return nil, false, nil
	}
	places, err := patternPlaces(p)
	if err != nil {
		return nil, true, fmt.Errorf("pattern %q: %w", s, err)
	}
	if first := places[0]; first&classDigits == 0 {
		return nil, true, fmt.Errorf("pattern %q: no status code starts with %s; the classes are 1xx to 5xx", s, digitsOf(first))
	}
	return func(code int) bool {
		if code < 100 || code > 999 {
			return false
		}
		for i, d := range [3]int{code / 100, code / 10 % 10, code % 10} {
			if places[i]&(1<<d) == 0 {
				return false
			}
		}
		return true
	}, true, nil
}

// A place of a pattern is the set of digits it accepts, one bit per digit.
type place uint16

const (
	anyDigit    place = 1<<10 - 1
	classDigits place = 0b111110 // 1 to 5: the first digit of a status code
)

// looksLikePattern reports whether text is meant as a pattern: anything
// with a bracket, or digits and wildcards (with at least one of each, or
// exactly three digits). A lone "x" is a word to search for.
func looksLikePattern(p string) bool {
	if strings.ContainsAny(p, "[]") {
		return true
	}
	if strings.Trim(p, "0123456789x?-") != "" || !strings.ContainsAny(p, "0123456789") {
		return false
	}
	return strings.ContainsAny(p, "x?") || len(p) == 3 && isDigits(p)
}

// patternPlaces reads the places of a pattern, filling a short form ("4x")
// with wildcards.
func patternPlaces(p string) ([]place, error) {
	var places []place
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c >= '0' && c <= '9':
			places = append(places, 1<<(c-'0'))
		case c == 'x' || c == '?':
			places = append(places, anyDigit)
		case c == '[':
			end := strings.IndexByte(p[i:], ']')
			if end < 0 {
				return nil, errors.New(`a "[" opens a set of digits that is never closed with "]"`)
			}
			set, err := digitSet(p[i+1 : i+end])
			if err != nil {
				return nil, err
			}
			places = append(places, set)
			i += end
		case c == ']':
			return nil, errors.New(`a "]" closes a set of digits that was never opened with "["`)
		default:
			return nil, fmt.Errorf("%q stands outside a set of digits; write a range inside brackets, as in 5[0-4]x", string(c))
		}
	}
	if n := len(places); n > 0 && n < 3 && places[n-1] == anyDigit {
		for len(places) < 3 {
			places = append(places, anyDigit)
		}
	}
	if len(places) != 3 {
		return nil, fmt.Errorf("a status code has three digits, so a pattern has three places (4xx, 40x, 30[12]), not %d", len(places))
	}
	return places, nil
}

// digitSet reads the inside of brackets: digits and ranges such as 0-4.
func digitSet(s string) (place, error) {
	if s == "" {
		return 0, errors.New(`"[]" is an empty set of digits; put the digits to allow inside, as in 30[12]`)
	}
	var set place
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("[%s] may hold only digits and ranges such as 0-4", s)
		}
		hi := c
		if i+2 < len(s) && s[i+1] == '-' {
			hi = s[i+2]
			if hi < c || hi > '9' {
				return 0, fmt.Errorf("[%s] has a range that does not run from a lower digit to a higher one", s)
			}
			i += 2
		}
		for d := c; d <= hi; d++ {
			set |= 1 << (d - '0')
		}
	}
	return set, nil
}

// digitsOf spells a place for a message: "6", "[6-9]".
func digitsOf(p place) string {
	var ds []string
	for d := range 10 {
		if p&(1<<d) != 0 {
			ds = append(ds, strconv.Itoa(d))
		}
	}
	if len(ds) == 1 {
		return ds[0]
	}
	return "any of " + strings.Join(ds, ", ")
}

// Match returns the entries whose code fits a pattern ("4xx", "30x"), with
// ParsePattern's isPattern and error.
func Match(pattern string) (es []*Entry, isPattern bool, err error) {
	fits, isPattern, err := ParsePattern(pattern)
	if fits == nil {
		return nil, isPattern, err
	}
	return Filter(func(e *Entry) bool { return fits(e.Code) }), true, nil
}

// Nearest returns the listed codes closest to code within its class, to
// help a learner who mistyped or met an unlisted code: the nearest below
// and the nearest above, each the first entry of its code (the registry
// entry, else the most widely met vendor entry; Entry.Official tells which).
// A side with no code of the class is left out rather than filled from the
// next class: 299 gives 226 alone, since 300 means something else
// entirely. Only a class with no listed code at all falls back to the
// nearest codes of any class.
func Nearest(code int) []*Entry {
	return nearestIn(load().all, code)
}

// nearestIn is Nearest over a list of entries in code order.
func nearestIn(all []*Entry, code int) []*Entry {
	inClass := func(e *Entry) bool { return e.Class() == ClassOf(code) }
	out := nearestSides(all, code, inClass)
	if len(out) == 0 {
		out = nearestSides(all, code, func(*Entry) bool { return true })
	}
	return out
}

// nearestSides returns the first entry of the closest code below and of
// the closest code above, among the entries keep accepts.
func nearestSides(all []*Entry, code int, keep func(*Entry) bool) []*Entry {
	var below, above *Entry
	for _, e := range all {
		if !keep(e) {
			continue
		}
		if e.Code < code && (below == nil || e.Code > below.Code) {
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
