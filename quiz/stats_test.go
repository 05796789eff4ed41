package quiz

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"httpcodes/quiz/fsrs"
	"httpcodes/quiz/settings"
)

func statsParams() fsrs.Params {
	p := Params(settings.Settings{})
	p.Location = time.UTC
	return p
}

// "Due today" and today's forecast count the same cards, whatever the
// history: the seen cards due by the end of the learner's day.
func TestDueTodayIsTodaysForecast(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	deck := DeckIDs()
	for h := range 40 {
		m := NewMemory(statsParams())
		at := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
		for range 60 {
			at = at.Add(time.Duration(r.IntN(3*24*60)) * time.Minute)
			if _, err := m.Record(Answer{CardID: deck[r.IntN(20)], Kind: Meaning, Correct: r.IntN(3) > 0, At: at}); err != nil {
				t.Fatal(err)
			}
		}
		now := at.Add(time.Duration(r.IntN(10*24)) * time.Hour)
		st, err := m.Stats(now, StatsQuery{Deck: deck, NewPerDay: 10})
		if err != nil {
			t.Fatal(err)
		}
		d := st.DueToday
		if d.Total != st.Forecast[0] || d.Total != d.Learning+d.Review {
			t.Fatalf("history %d: due today %+v, forecast today %d", h, d, st.Forecast[0])
		}
	}
}

// A learner who has just got most answers wrong knows few codes: cards in
// their (re)learning steps count for nothing, though their fresh review
// predicts a recall near 100%.
func TestKnowledgeLeavesOutLearning(t *testing.T) {
	m := NewMemory(statsParams())
	at := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	deck := DeckIDs()[:10]
	record := func(id string, right bool) {
		if _, err := m.Record(Answer{CardID: id, Kind: Meaning, Correct: right, At: at}); err != nil {
			t.Fatal(err)
		}
		at = at.Add(time.Minute)
	}
	// Four codes known for days: right, right 10 minutes later (they
	// graduate), then right again the next day.
	for _, id := range deck[:4] {
		record(id, true)
	}
	at = at.Add(10 * time.Minute)
	for _, id := range deck[:4] {
		record(id, true)
	}
	at = at.Add(24 * time.Hour)
	// Today: those four right, the six others wrong.
	for i, id := range deck {
		record(id, i < 4)
	}
	st, err := m.Stats(at, StatsQuery{Deck: deck})
	if err != nil {
		t.Fatal(err)
	}
	if st.InReview != 4 || st.Knowledge > 4 || st.Knowledge < 3.9 {
		t.Errorf("knowledge %.2f over %d in review; want about 4 of the 4 in review", st.Knowledge, st.InReview)
	}
	// Each card still reports its own recall; the six just missed would
	// have counted as known.
	sum := 0.0
	for _, c := range st.Cards {
		sum += c.Recall
	}
	if sum < 9.5 {
		t.Fatalf("fixture: the cards' recall sums to %.2f; the missed ones should read near 1", sum)
	}
}

func TestLeechesInStats(t *testing.T) {
	m := NewMemory(statsParams())
	at := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	for id, wrong := range map[string]int{"404": 6, "401": 7, "500": 5, "420-twitter": 6} {
		for i := range wrong + 1 {
			if _, err := m.Record(Answer{CardID: id, Kind: Meaning, Correct: i == wrong, At: at}); err != nil {
				t.Fatal(err)
			}
			at = at.Add(time.Minute)
		}
	}
	st, err := m.Stats(at, StatsQuery{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Leech{
		{ID: "401", Code: 401, Answers: 8, Wrong: 7, Versus: "403"},
		{ID: "404", Code: 404, Answers: 7, Wrong: 6, Versus: "410"},
		{ID: "420-twitter", Code: 420, Answers: 7, Wrong: 6}, // nothing to drill it against
	}
	if st.LeechAfter != settings.DefaultLeechAfter || !reflect.DeepEqual(st.Leeches, want) {
		t.Errorf("leeches after %d: %+v\nwant %+v", st.LeechAfter, st.Leeches, want)
	}
	st, _ = m.Stats(at, StatsQuery{LeechAfter: 7})
	if len(st.Leeches) != 1 || st.Leeches[0].ID != "401" || st.LeechAfter != 7 {
		t.Errorf("leeches after 7: %+v", st.Leeches)
	}
}

// TestStatsCountCodesOfTheDeck: a team scenario's card, a situation about
// a code, counts neither as a code known nor in a class's mastery; it is
// still due like any card.
func TestStatsCountCodesOfTheDeck(t *testing.T) {
	p := fsrs.Default()
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	review := fsrs.Card{State: fsrs.Review, Stability: 10, Difficulty: 5, Due: now, LastReview: now.Add(-240 * time.Hour), Interval: 10, Reps: 3}
	log := StatsLog{PerDay: map[int]int{}, Cards: []CardLog{
		{ID: "413", Card: review, Introduced: -1},
		{ID: "413-team-1a2b3c4d", Card: review, Introduced: -1},
	}}
	st := ComputeStats(log, p, now, StatsQuery{Deck: []string{"413", "404"}, NewPerDay: 10})
	if st.InReview != 1 || st.Mastery[3].Young != 1 || st.Mastery[3].New != 1 {
		t.Errorf("in review %d, 4xx mastery %+v; want the code alone counted", st.InReview, st.Mastery[3])
	}
	if st.DueToday.Review != 2 {
		t.Errorf("due today %+v; want both cards", st.DueToday)
	}
}
