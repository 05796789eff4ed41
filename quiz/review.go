package quiz

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"httpcodes/data"
	"httpcodes/quiz/fsrs"
)

// Deck is every code a learner can study and review: the registry codes
// but the reserved ones (306, 418), the vendor codes and the team's own.
func (b *Bank) Deck() []*data.Entry { return slices.Clone(b.cat().askable) }

// DeckIDs are the IDs of the Deck's codes, for the store's statistics.
func (b *Bank) DeckIDs() []string {
	c := b.cat()
	ids := make([]string, 0, len(c.askable))
	for _, e := range c.askable {
		ids = append(ids, e.ID())
	}
	return ids
}

// ReviewPlan says what a review session holds.
type ReviewPlan struct {
	// Due and New count the due cards and the new cards in the session.
	Due, New int
	// NextDue is, when nothing is due now, the earliest due time among the
	// cards; zero when something is due or there are no cards.
	NextDue time.Time
}

// NewReview plans a review (FSRS) session at time now: first every card due
// (in review: by the end of the learner's current day, p.DayNumber; in its
// learning steps: within LearnAhead), most overdue first; then new cards,
// the entries of deck that have no card yet — the ones the learner queued
// first (l.Queued, in order), then essential before common before rare,
// registry before vendor, in code order — up to newPerDay − introducedToday
// of them. Each is asked as a mix question, but for the learner's leeches
// (by l's misses), which are drilled against the code they are most
// confused with; a team scenario due is asked as itself. Due cards are
// taken from cards whatever the deck (a code studied in a quiz is reviewed
// too); IDs that are in neither the catalogue nor the team's scenarios (a
// scenario since removed from the deck), or are reserved, are skipped.
func (b *Bank) NewReview(cards map[string]fsrs.Card, deck []*data.Entry, introducedToday, newPerDay int,
	p fsrs.Params, now time.Time, seed int64, l Learner) (*Session, ReviewPlan) {
	cat := b.cat()
	var plan ReviewPlan
	today := p.DayNumber(now)
	type dueCard struct {
		it item
		c  fsrs.Card
	}
	var due []dueCard
	var next time.Time
	for id, c := range cards { // order does not matter: sorted below
		it := item{e: cat.data.ByID(id)}
		if ts := cat.teamByID[id]; ts != nil {
			it = item{e: ts.Answer, ts: ts}
		}
		if !askable(it.e) || c.State == fsrs.New {
			continue
		}
		if isDue(c, p, now, today) {
			due = append(due, dueCard{it, c})
		} else if next.IsZero() || c.Due.Before(next) {
			next = c.Due
		}
	}
	slices.SortFunc(due, func(a, b dueCard) int {
		return cmp.Or(a.c.Due.Compare(b.c.Due), cmp.Compare(cat.order[a.it.e], cat.order[b.it.e]),
			strings.Compare(a.it.card(), b.it.card()))
	})
	var fresh []*data.Entry
	for _, e := range deck {
		if !askable(e) || slices.Contains(fresh, e) {
			continue
		}
		if c, ok := cards[e.ID()]; ok && c.State != fsrs.New {
			continue
		}
		fresh = append(fresh, e)
	}
	// A queued card's place in the queue; the others come after them all.
	place := func(e *data.Entry) int {
		if i := slices.Index(l.Queued, e.ID()); i >= 0 {
			return i
		}
		return len(l.Queued)
	}
	slices.SortFunc(fresh, func(a, b *data.Entry) int {
		return cmp.Or(cmp.Compare(place(a), place(b)), cmp.Compare(b.Tier, a.Tier), data.RegistryFirst(a, b),
			cmp.Compare(cat.order[a], cat.order[b]))
	})
	fresh = fresh[:min(len(fresh), max(newPerDay-introducedToday, 0))]

	s := newSession(cat, Config{Kind: Mix, Count: len(due) + len(fresh), Seed: seed})
	// The kinds of a review's questions are not weighted by the learner's
	// accuracy: only the misses count, to find the leeches.
	leeches := Learner{Misses: l.Misses, LeechAfter: l.LeechAfter}
	for _, d := range due {
		s.plan(d.it, Mix, leeches)
	}
	for _, e := range fresh {
		s.plan(item{e: e}, Mix, leeches)
	}
	plan.Due, plan.New = len(due), len(fresh)
	if len(due) == 0 {
		plan.NextDue = next
	}
	return s, plan
}

// NewReview plans a review on the built-in bank; see Bank.NewReview.
func NewReview(cards map[string]fsrs.Card, deck []*data.Entry, introducedToday, newPerDay int,
	p fsrs.Params, now time.Time, seed int64, l Learner) (*Session, ReviewPlan) {
	return builtin.NewReview(cards, deck, introducedToday, newPerDay, p, now, seed, l)
}

// LearnAhead is how early a card in its learning steps may be asked: as in
// Anki, a step due within 20 minutes counts as due, a later one waits.
const LearnAhead = 20 * time.Minute

// isDue tells whether a card belongs in a review now: a card in review by
// the end of the learner's day, a card in its learning steps once its step
// is (nearly) over.
func isDue(c fsrs.Card, p fsrs.Params, now time.Time, today int) bool {
	if c.State == fsrs.Learning || c.State == fsrs.Relearning {
		return !c.Due.After(now.Add(LearnAhead))
	}
	return p.DayNumber(c.Due) <= today
}
