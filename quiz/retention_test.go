package quiz

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"httpcodes/quiz/settings"
)

func TestParamsTakeRetention(t *testing.T) {
	if p := Params(settings.Settings{}); p.DesiredRetention != settings.DefaultRetention || p.Location != time.Local || p.DayStartHour != 4 {
		t.Errorf("Params of no settings: retention %v, zone %v, day from %d", p.DesiredRetention, p.Location, p.DayStartHour)
	}
	if p := Params(settings.Settings{Retention: 0.8}); p.DesiredRetention != 0.8 {
		t.Errorf("Params at 0.8: retention %v", p.DesiredRetention)
	}
}

// graduate answers a new card right three times, ten minutes apart (its
// two learning steps, then a day later), and returns its interval.
func graduate(t *testing.T, m *Memory, id string, at time.Time) int {
	t.Helper()
	var days int
	for i, gap := range []time.Duration{0, 10 * time.Minute, 24 * time.Hour} {
		at = at.Add(gap)
		c, err := m.Record(Answer{CardID: id, Kind: Meaning, Correct: true, At: at})
		if err != nil {
			t.Fatal(err)
		}
		if i == 2 {
			days = c.Interval
		}
	}
	return days
}

// A lower desired retention gives longer intervals, a higher one shorter;
// and a retention set while studying schedules the answers after it.
func TestRetentionChangesIntervals(t *testing.T) {
	at := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	interval := func(r float64) int {
		p := Params(settings.Settings{Retention: r})
		p.Fuzz, p.Location = false, time.UTC
		return graduate(t, NewMemory(p), "404", at)
	}
	low, mid, high := interval(0.8), interval(0.9), interval(0.95)
	if !(low > mid && mid > high) {
		t.Fatalf("intervals at 80%%, 90%%, 95%%: %d, %d, %d days; want longer at lower retention", low, mid, high)
	}
	p := Params(settings.Settings{})
	p.Fuzz, p.Location = false, time.UTC
	m := NewMemory(p)
	if got := graduate(t, m, "404", at); got != mid {
		t.Fatalf("at the default: %d days, want %d", got, mid)
	}
	m.SetRetention(0.8)
	if got := graduate(t, m, "500", at); got != low {
		t.Errorf("after SetRetention(0.8): %d days, want %d as at 80%% from the start", got, low)
	}
	if st, _ := m.Stats(at, StatsQuery{}); st.DesiredRetention != 0.8 {
		t.Errorf("stats say the desired retention is %v, want 0.8", st.DesiredRetention)
	}
}

// The change is described with the interval FSRS-6 gives: I(S) = S/F ·
// (r^(−1/w20) − 1), F = 0.9^(−1/w20) − 1 (fsrs.md), so that a code due
// in 10 days at r0 is due in 10 · (r^(−1/w20) − 1)/(r0^(−1/w20) − 1)
// days at r.
func TestRetentionChange(t *testing.T) {
	const w20 = 0.1542
	days := func(r0, r float64) int {
		return int(math.Round(10 * (math.Pow(r, -1/w20) - 1) / (math.Pow(r0, -1/w20) - 1)))
	}
	for _, c := range []struct {
		from, to float64
		how      string
	}{
		{0.9, 0.85, "longer"}, {0.9, 0.7, "longer"}, {0.9, 0.95, "shorter"}, {0.85, 0.97, "shorter"},
	} {
		got := RetentionChange(c.from, c.to)
		want := "comes back in " + strconv.Itoa(days(c.from, c.to)) + " at " + Percent(c.to)
		if !strings.Contains(got, "will be "+c.how) || !strings.Contains(got, "10 days at "+Percent(c.from)) ||
			!strings.Contains(got, want) {
			t.Errorf("%v → %v: %q; want %s, %q", c.from, c.to, got, c.how, want)
		}
	}
	if got := RetentionChange(0.85, 0.85); !strings.Contains(got, "nothing changes") {
		t.Errorf("no change: %q", got)
	}
}

func TestStepRetention(t *testing.T) {
	for _, c := range []struct {
		r     float64
		steps int
		want  float64
	}{
		{0.9, 1, 0.91}, {0.9, -1, 0.89}, {0.97, 1, 0.97}, {0.7, -1, 0.7}, {0.855, 0, 0.86}, {0.9, -30, 0.7},
	} {
		if got := StepRetention(c.r, c.steps); got != c.want {
			t.Errorf("StepRetention(%v, %d) = %v, want %v", c.r, c.steps, got, c.want)
		}
	}
	// Steps land on hundredths, exactly as typed.
	r := 0.9
	for range 5 {
		r = StepRetention(r, -1)
	}
	if r != 0.85 {
		t.Errorf("five steps down from 0.9: %v, want 0.85", r)
	}
}
