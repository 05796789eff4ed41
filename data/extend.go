package data

import (
	"fmt"
	"slices"
	"strconv"
	"sync"
)

// TeamSlug is the slug of a team's own codes: their IDs are "599-team".
const TeamSlug = "team"

// Team is what a team's deck says about one entry: the team's note and
// link, under the deck's name.
type Team struct {
	// Deck is the deck's name ("Payments API").
	Deck string
	Note string
	// Link is an http or https URL, or empty.
	Link string
}

// FromDeck reports whether the entry is a team's own code, added by a deck.
func (e *Entry) FromDeck() bool { return e.Slug == TeamSlug }

// Catalogue is the catalogue a run of the program sees: the built-in
// entries, plus, when a team's deck is in use, the team's own codes and
// its notes. Its methods do what the package-level functions do; the
// package-level functions work on the built-in entries alone. A Catalogue
// never changes once made.
type Catalogue struct {
	ix   *index // nil: the built-in index, built on first use
	team map[string]*Team

	searchOnce sync.Once
	searchIx   *searchIndex
}

var builtin = &Catalogue{}

// Builtin is the built-in catalogue. It costs nothing until it is asked
// something.
func Builtin() *Catalogue { return builtin }

// Extend returns the built-in catalogue with extra entries and the teams'
// notes. Each extra entry must be unofficial, with a slug that makes its
// ID ("<code>-<slug>") new. team maps entry IDs, built-in or extra, to what
// a team says about them. The built-in entries are shared, not copied: an
// entry has the same address in every catalogue.
func Extend(extra []Entry, team map[string]Team) (*Catalogue, error) {
	base := load()
	ix := &index{
		all:    slices.Clone(base.all),
		byCode: make(map[int][]*Entry, len(base.byCode)+len(extra)),
		byID:   make(map[string]*Entry, len(base.byID)+len(extra)),
	}
	added := make([]Entry, len(extra))
	copy(added, extra)
	for i := range added {
		e := &added[i]
		if e.Official() || e.Slug == "" {
			return nil, fmt.Errorf("extra entry %d %q: an added code must be unofficial and have a slug", e.Code, e.Phrase)
		}
		e.id = strconv.Itoa(e.Code) + "-" + e.Slug
		if base.byID[e.id] != nil || slices.ContainsFunc(added[:i], func(o Entry) bool { return o.id == e.id }) {
			return nil, fmt.Errorf("extra entry %s: the ID is taken", e.id)
		}
		ix.all = append(ix.all, e)
	}
	ix.order() // the built-in index's order, extended
	c := &Catalogue{ix: ix, team: make(map[string]*Team, len(team))}
	for id, t := range team {
		if ix.byID[id] == nil {
			return nil, fmt.Errorf("team note on %s: no such entry", id)
		}
		c.team[id] = &t
	}
	return c, nil
}

func (c *Catalogue) index() *index {
	if c.ix == nil {
		return load()
	}
	return c.ix
}

// All returns every entry in code order, registry entries before vendor
// and team entries of the same number.
func (c *Catalogue) All() []*Entry { return c.index().all }

// Lookup returns the entries for a code: none, one, or one per meaning.
func (c *Catalogue) Lookup(code int) []*Entry { return c.index().byCode[code] }

// ByID returns the entry with this ID ("404", "499-nginx", "599-team"), or
// nil.
func (c *Catalogue) ByID(id string) *Entry { return c.index().byID[id] }

// Registry returns the IANA registry entry for a code, or nil.
func (c *Catalogue) Registry(code int) *Entry { return Registry(code) }

// Filter returns the entries for which keep is true, in catalogue order.
func (c *Catalogue) Filter(keep func(*Entry) bool) []*Entry {
	var out []*Entry
	for _, e := range c.index().all {
		if keep(e) {
			out = append(out, e)
		}
	}
	return out
}

// Match returns the entries whose code fits a pattern ("4xx", "30x"), as
// data.Match does.
func (c *Catalogue) Match(pattern string) ([]*Entry, bool, error) {
	fits, ok, err := ParsePattern(pattern)
	if !ok || err != nil {
		return nil, ok, err
	}
	return c.Filter(func(e *Entry) bool { return fits(e.Code) }), true, nil
}

// Search ranks the entries that match a free-text query, as Search does.
func (c *Catalogue) Search(query string) []Result {
	if c.ix == nil {
		return Search(query)
	}
	c.searchOnce.Do(func() { c.searchIx = buildSearchIndex(c.ix.all, searchFields) })
	return c.searchIx.search(query)
}

// Team returns what the team's deck says about an entry, or nil.
func (c *Catalogue) Team(e *Entry) *Team {
	if e == nil {
		return nil
	}
	return c.team[e.ID()]
}

// JSONTeam is a team's word on an entry in JSON output.
type JSONTeam struct {
	Deck string `json:"deck"`
	Note string `json:"note"`
	Link string `json:"link"`
}

// ToJSON converts an entry to its JSON shape, with the team's word on it
// when there is one.
func (c *Catalogue) ToJSON(e *Entry) JSON {
	j := e.ToJSON()
	if t := c.Team(e); t != nil {
		j.Team = &JSONTeam{Deck: t.Deck, Note: t.Note, Link: t.Link}
	}
	return j
}
