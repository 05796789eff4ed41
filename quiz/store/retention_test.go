package store

import (
	"testing"
	"time"

	"httpcodes/quiz"
	"httpcodes/quiz/fsrs"
)

// A desired retention set on an open store schedules the answers recorded
// after it, as a store opened with it would, and the statistics say it.
func TestSetRetention(t *testing.T) {
	at := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	graduate := func(s *Store, id string) int {
		t.Helper()
		var c fsrs.Card
		var err error
		for i, gap := range []time.Duration{0, 10 * time.Minute, 24 * time.Hour} {
			if c, err = s.Record(quiz.Answer{CardID: id, Kind: quiz.Meaning, Correct: true,
				At: at.Add(time.Duration(i) * gap)}); err != nil {
				t.Fatal(err)
			}
		}
		return c.Interval
	}
	p := fsrs.Default()
	p.Fuzz = false
	low := p
	low.DesiredRetention = 0.8
	want := graduate(openTemp(t, low), "404")
	s := openTemp(t, p)
	before := graduate(s, "404")
	s.SetRetention(0.8)
	if got := graduate(s, "500"); got != want || got <= before {
		t.Errorf("after SetRetention(0.8): %d days, want %d (at the default: %d)", got, want, before)
	}
	if st, err := s.Stats(at, quiz.StatsQuery{}); err != nil || st.DesiredRetention != 0.8 {
		t.Errorf("stats: desired retention %v, %v; want 0.8", st.DesiredRetention, err)
	}
}
