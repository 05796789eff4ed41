package quiz

import (
	"slices"
	"sync"

	"httpcodes/data"
)

// Bank is what quizzes and reviews are drawn from: the entries of a
// catalogue, and the scenarios of a team's deck when one is in use. It
// derives what questions need (classes, confusions, pairs) once, on first
// use, and never changes after. The package-level NewSession, NewReview,
// Practice, Deck and DeckIDs use the built-in bank.
type Bank struct {
	entries *data.Catalogue
	team    []TeamScenario
	cat     func() *catalog
}

// TeamScenario is a scenario from a team's deck: a situation from the
// team's API and the team's answer, asked as a scenario question and
// recorded on a card of its own.
type TeamScenario struct {
	// ID is its card in the learner's progress ("422-team-5f1c0a3e"); it
	// must stay the same when the deck's wording of its why changes.
	ID string
	// Deck is the deck's name.
	Deck string
	// Answer is the entry that answers it, in the bank's catalogue.
	Answer   *data.Entry
	Scenario data.Scenario
}

// NewBank makes a bank of a catalogue's entries and a team's scenarios.
// A scenario whose answer is not an askable entry of the catalogue is left
// out, as is a second scenario with the same ID.
func NewBank(c *data.Catalogue, team []TeamScenario) *Bank {
	team = slices.Clone(team)
	return &Bank{entries: c, team: team, cat: sync.OnceValue(func() *catalog { return newCatalog(c, team) })}
}

var builtin = NewBank(data.Builtin(), nil)

// Builtin is the bank of the built-in catalogue, with no team scenarios.
func Builtin() *Bank { return builtin }

// Catalogue is the catalogue the bank draws from.
func (b *Bank) Catalogue() *data.Catalogue { return b.entries }

// Card names the code a card of the learner's progress is about: its
// entry (the answer, for a team scenario), and the deck a team scenario
// comes from ("" for the catalogue's own). e is nil for an ID the bank does
// not know (a scenario since removed from the deck).
func (b *Bank) Card(id string) (e *data.Entry, deck string) {
	if e := b.entries.ByID(id); e != nil {
		return e, ""
	}
	if ts := b.cat().teamByID[id]; ts != nil {
		return ts.Answer, ts.Deck
	}
	return nil, ""
}

// HasTeam reports whether the bank was given team scenarios (so that the
// team scope is worth offering). It costs nothing.
func (b *Bank) HasTeam() bool { return len(b.team) > 0 }

// NewSession plans a quiz on the built-in bank; see Bank.NewSession.
func NewSession(cfg Config, l Learner) (*Session, []string, error) { return builtin.NewSession(cfg, l) }

// Deck is every code of the built-in bank a learner can study; see
// Bank.Deck.
func Deck() []*data.Entry { return builtin.Deck() }

// DeckIDs are the IDs of Deck's codes; see Bank.DeckIDs.
func DeckIDs() []string { return builtin.DeckIDs() }
