package data

import (
	"slices"
	"testing"
)

func teamEntry(code int, phrase string) Entry {
	return Entry{Code: code, Phrase: phrase, Status: Unofficial, Vendor: "Payments API", Slug: TeamSlug,
		Summary: phrase + " summary", Explanation: phrase + " explanation"}
}

func TestExtend(t *testing.T) {
	c, err := Extend([]Entry{teamEntry(599, "Ledger Unavailable"), teamEntry(298, "Ledger Lagging")},
		map[string]Team{"422": {Deck: "Payments API", Note: "problem+json"}, "599-team": {Deck: "Payments API"}})
	if err != nil {
		t.Fatal(err)
	}
	own := c.ByID("599-team")
	if own == nil || own.ID() != "599-team" || !own.FromDeck() || own.VendorName() != "Payments API" {
		t.Fatalf("599-team: %+v", own)
	}
	// The built-in entries are shared, so that what resolves in the
	// built-in catalogue (a SeeAlso) is the same entry here.
	if c.Registry(404) != Registry(404) || c.ByID("599-informal") != ByID("599-informal") {
		t.Error("built-in entries were copied")
	}
	at599 := c.Lookup(599)
	if len(at599) != len(Lookup(599))+1 || at599[len(at599)-1] != own {
		t.Errorf("599's meanings: %v", at599)
	}
	all := c.All()
	if len(all) != len(All())+2 || !slices.IsSortedFunc(all, func(a, b *Entry) int { return a.Code - b.Code }) {
		t.Errorf("the extended list has %d entries, or is out of code order", len(all))
	}
	if got := c.Filter((*Entry).FromDeck); len(got) != 2 || got[0].Code != 298 {
		t.Errorf("team entries: %v", got)
	}
	if ms, ok, err := c.Match("29x"); !ok || err != nil || !slices.Contains(ms, c.ByID("298-team")) {
		t.Error("Match misses the team's 298")
	}
	if res := c.Search("ledger"); len(res) != 2 {
		t.Errorf("search for ledger found %d entries, want the team's 2", len(res))
	}
	if Search("ledger") != nil || ByID("599-team") != nil || len(All()) == len(all) {
		t.Error("extending changed the built-in catalogue")
	}
	if tm := c.Team(Registry(422)); tm == nil || tm.Note != "problem+json" {
		t.Errorf("422's note: %+v", tm)
	}
	if j := c.ToJSON(own); j.Team == nil || j.Team.Deck != "Payments API" || j.Team.Note != "" {
		t.Errorf("599-team's JSON team: %+v", j.Team)
	}
	if j := c.ToJSON(Registry(404)); j.Team != nil {
		t.Error("404 has a team in JSON")
	}
}

func TestExtendRefuses(t *testing.T) {
	official := teamEntry(599, "x")
	official.Status = Registered
	noSlug := teamEntry(599, "x")
	noSlug.Slug = ""
	taken := teamEntry(499, "x")
	taken.Slug = "nginx"
	for name, tc := range map[string]struct {
		extra []Entry
		team  map[string]Team
	}{
		"official":        {[]Entry{official}, nil},
		"no slug":         {[]Entry{noSlug}, nil},
		"taken ID":        {[]Entry{taken}, nil},
		"twice":           {[]Entry{teamEntry(599, "a"), teamEntry(599, "b")}, nil},
		"note on nothing": {nil, map[string]Team{"299": {Note: "n"}}},
	} {
		if _, err := Extend(tc.extra, tc.team); err == nil {
			t.Errorf("%s: extended without an error", name)
		}
	}
}

// BenchmarkExtend is what a small team deck adds to start-up: the built-in
// index extended by two codes and a note (the index itself is built once,
// before the loop).
func BenchmarkExtend(b *testing.B) {
	load()
	extra := []Entry{teamEntry(599, "Ledger Unavailable"), teamEntry(298, "Ledger Lagging")}
	team := map[string]Team{"422": {Deck: "Payments API", Note: "problem+json"}}
	for b.Loop() {
		if _, err := Extend(extra, team); err != nil {
			b.Fatal(err)
		}
	}
}
