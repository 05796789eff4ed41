package quiz

import (
	"slices"
	"testing"
	"time"

	"httpcodes/data"
	"httpcodes/quiz/fsrs"
)

func reviewParams() fsrs.Params {
	p := fsrs.Default()
	p.DayStartHour = 4
	return p
}

func ids(s *Session) []string {
	var out []string
	for _, q := range s.queue {
		out = append(out, q.Entry.ID())
	}
	return out
}

func TestReviewPlan(t *testing.T) {
	p := reviewParams()
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	review := func(due time.Time) fsrs.Card { return fsrs.Card{State: fsrs.Review, Due: due, Stability: 5} }
	cards := map[string]fsrs.Card{
		"200":       review(now.Add(6 * time.Hour)),                                  // later today: due
		"404":       review(now.Add(-72 * time.Hour)),                                // most overdue
		"500":       review(now.Add(-time.Hour)),                                     // overdue
		"301":       {State: fsrs.Learning, Due: now.Add(10 * time.Minute), Step: 1}, // in steps, within 20 minutes: due
		"303":       {State: fsrs.Relearning, Due: now.Add(time.Hour)},               // in steps, in an hour: not yet
		"201":       review(time.Date(2026, 3, 11, 4, 30, 0, 0, time.UTC)),           // tomorrow (day starts 04:00)
		"204":       review(time.Date(2026, 3, 11, 3, 59, 0, 0, time.UTC)),           // before 04:00: still today
		"999":       review(now.Add(-time.Hour)),                                     // not a code: skipped
		"418":       review(now.Add(-time.Hour)),                                     // reserved: skipped
		"302":       {State: fsrs.New},                                               // never reviewed: new
		"499-nginx": review(now.Add(-2 * time.Hour)),
	}
	deck := slices.Clone(data.All())
	slices.Reverse(deck) // the deck's order must not matter
	s, plan := NewReview(cards, deck, 2, 7, p, now, 1, Learner{})
	wantDue := []string{"404", "499-nginx", "500", "301", "200", "204"}
	// New: the essential codes without a card, in code order; 5 = 7 − 2.
	var wantNew []string
	for _, e := range data.All() {
		if c, ok := cards[e.ID()]; e.Tier == data.Essential && e.Official() && (!ok || c.State == fsrs.New) && len(wantNew) < 5 {
			wantNew = append(wantNew, e.ID())
		}
	}
	if got := ids(s); !slices.Equal(got, append(wantDue, wantNew...)) {
		t.Errorf("review order %v, want %v then %v", got, wantDue, wantNew)
	}
	if !slices.Contains(wantNew, "302") {
		t.Errorf("302, whose card is new, is not among the new cards %v", wantNew)
	}
	if plan.Due != 6 || plan.New != 5 || !plan.NextDue.IsZero() {
		t.Errorf("plan %+v", plan)
	}
	for _, q := range s.queue {
		if ps := problems(q); len(ps) > 0 || q.Again {
			t.Errorf("review question about %s: %v", q.Entry.ID(), ps)
		}
	}
	if _, total := s.Pos(); total != 11 {
		t.Errorf("total %d", total)
	}

	// The daily limit reached: due cards only.
	s, plan = NewReview(cards, deck, 7, 7, p, now, 1, Learner{})
	if got := ids(s); !slices.Equal(got, wantDue) || plan.New != 0 {
		t.Errorf("limit reached: %v, %+v", got, plan)
	}
	s, _ = NewReview(cards, deck, 9, 7, p, now, 1, Learner{}) // past the limit: never negative
	if len(s.queue) != len(wantDue) {
		t.Errorf("past the limit: %v", ids(s))
	}

	// Order of new cards: tier first, registry before vendor, code order.
	deck = []*data.Entry{data.ByID("418-teapot"), data.Registry(102), data.ByID("499-nginx"), data.Registry(100),
		data.Registry(429), data.ByID("444-nginx"), data.Registry(418), data.Registry(429)}
	s, plan = NewReview(nil, deck, 0, 20, p, now, 1, Learner{})
	if got, want := ids(s), []string{"429", "100", "499-nginx", "102", "418-teapot", "444-nginx"}; !slices.Equal(got, want) {
		t.Errorf("new order %v, want %v", got, want)
	}
	if plan.Due != 0 || plan.New != 6 || !plan.NextDue.IsZero() {
		t.Errorf("plan %+v", plan)
	}

	// Nothing due: NextDue is the earliest due card.
	later := map[string]fsrs.Card{
		"404": review(now.Add(50 * time.Hour)),
		"500": review(now.Add(30 * time.Hour)),
		"200": review(now.Add(90 * time.Hour)),
	}
	s, plan = NewReview(later, nil, 0, 10, p, now, 1, Learner{})
	if !s.Done() || s.Current() != nil || plan.Due != 0 || plan.New != 0 || !plan.NextDue.Equal(now.Add(30*time.Hour)) {
		t.Errorf("nothing due: %v %+v", ids(s), plan)
	}
	if _, plan := NewReview(nil, nil, 0, 10, p, now, 1, Learner{}); plan != (ReviewPlan{}) {
		t.Errorf("no cards: %+v", plan)
	}

	// The same inputs give the same session.
	a, _ := NewReview(cards, data.All(), 0, 10, p, now, 5, Learner{})
	b, _ := NewReview(cards, data.All(), 0, 10, p, now, 5, Learner{})
	if fingerprint(a) != fingerprint(b) {
		t.Error("same review inputs, different sessions")
	}
}

// A review session runs like a quiz: a card left in its learning steps is
// asked again later in the session, and a lapse only once.
func TestReviewLearningSteps(t *testing.T) {
	p := reviewParams()
	p.Fuzz = false
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	s, _ := NewReview(nil, data.ByTier(data.Essential), 0, 5, p, now, 3, Learner{})
	cards := map[string]fsrs.Card{}
	asked := map[string]int{}
	for i := 0; !s.Done() && i < 100; i++ {
		q := s.Current()
		id := q.Entry.ID()
		asked[id]++
		right := !(id == ids(s)[0] && asked[id] == 1) // the first card lapses once
		r := answerIt(s, right)
		rating := fsrs.Good
		if !r.Correct {
			rating = fsrs.Again
		}
		cards[id] = p.Next(cards[id], rating, now)
		s.Reschedule(cards[id])
		s.Next()
		now = now.Add(20 * time.Second)
	}
	first := ids(s)[0]
	// New → Good: learning step 2 (asked again); Good: graduates. The
	// lapsed card: Again (re-asked once), Good, Good.
	for id, n := range asked {
		want := 2
		if id == first {
			want = 3
		}
		if n != want {
			t.Errorf("%s asked %d times, want %d (state %v)", id, n, want, cards[id].State)
		}
		if cards[id].State != fsrs.Review {
			t.Errorf("%s ends in state %v", id, cards[id].State)
		}
	}
	if sum := s.Summary(0); sum.Total != 5 || sum.Correct != 4 || sum.Again != 6 {
		t.Errorf("summary %+v", sum)
	}
}

func TestDeck(t *testing.T) {
	deck := Deck()
	ids := DeckIDs()
	if len(deck) != len(ids) || len(deck) != len(data.All())-2 {
		t.Fatalf("deck of %d (%d IDs); want every entry but the two reserved ones (%d)", len(deck), len(ids), len(data.All())-2)
	}
	for i, e := range deck {
		if e.Status == data.Reserved || ids[i] != e.ID() {
			t.Errorf("deck[%d] = %s (ID %s)", i, e.ID(), ids[i])
		}
	}
}

// TestReviewQueuedFirst: queued codes come first among the new ones, in
// the order queued, within the day's limit; a queued code already seen is
// not new.
func TestReviewQueuedFirst(t *testing.T) {
	p := fsrs.Default()
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	cards := map[string]fsrs.Card{"502": {State: fsrs.Review, Due: now.Add(48 * time.Hour), Stability: 5}}
	s, plan := NewReview(cards, Deck(), 0, 3, p, now, 1, Learner{Queued: []string{"524-cloudflare", "502", "499-nginx"}})
	if plan.New != 3 {
		t.Fatalf("plan %+v", plan)
	}
	var ids []string
	for _, q := range s.queue {
		ids = append(ids, q.Entry.ID())
	}
	// The two queued codes not seen yet, in their order, then the first
	// essential code.
	if len(ids) != 3 || ids[0] != "524-cloudflare" || ids[1] != "499-nginx" || data.ByID(ids[2]).Tier != data.Essential {
		t.Errorf("new codes %v; want 524-cloudflare, 499-nginx, then an essential code", ids)
	}
}
