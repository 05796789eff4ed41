package fsrs

import (
	"math"
	"testing"
	"time"
)

// The reference vectors come from the FSRS reference implementations
// (py-fsrs, ts-fsrs, fsrs-rs, go-fsrs), with default weights and fuzz off.

func testParams() Params {
	p := Default()
	p.Fuzz = false
	p.DayStartHour = 0
	return p
}

func near(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if math.Abs(got-want) > tol {
		t.Errorf("%s = %.7f, want %.7f (±%g)", what, got, want, tol)
	}
}

var thirteen = []Rating{Good, Good, Good, Good, Good, Good, Again, Again, Good, Good, Good, Good, Good}

func TestIntervalHistory(t *testing.T) {
	p := testParams()
	now := time.Date(2022, 11, 29, 12, 30, 0, 0, time.UTC)
	wantDays := []int{0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21}
	wantSD := [][2]float64{
		{2.3065, 2.1181}, {2.3065, 2.1112}, {10.971, 2.1043}, {46.3169, 2.0975}, {162.9998, 2.0906},
		{497.8766, 2.0837}, {6.8904, 7.3832}, {2.1546, 9.1251}, {2.1546, 9.1112}, {3.9831, 9.0973},
		{7.2363, 9.0835}, {12.483, 9.0696}, {20.7704, 9.0558},
	}
	var c Card
	for i, g := range thirteen {
		c = p.Next(c, g, now)
		days := c.Interval
		if c.State != Review {
			days = 0
		}
		if days != wantDays[i] {
			t.Errorf("review %d (%s): scheduled %d days, want %d", i+1, g, days, wantDays[i])
		}
		near(t, "stability", c.Stability, wantSD[i][0], 1e-3)
		near(t, "difficulty", c.Difficulty, wantSD[i][1], 1e-3)
		now = c.Due
	}
	if c.Lapses != 1 || c.Reps != 13 {
		t.Errorf("lapses %d reps %d, want 1 and 13", c.Lapses, c.Reps)
	}
}

func TestMemoryState(t *testing.T) {
	p := testParams()
	ratings := []Rating{Again, Good, Good, Good, Good, Good}
	gaps := []int{0, 0, 1, 3, 8, 21}
	var s, d float64
	for i, g := range ratings {
		s, d = p.Memory(s, d, gaps[i], g)
	}
	near(t, "S", s, 53.62691, 1e-4)
	near(t, "D", d, 6.3574867, 1e-4)
}

func TestForgettingCurve(t *testing.T) {
	p := testParams()
	cases := []struct{ t, s, want float64 }{
		{0, 1, 1.0}, {1, 2, 0.9403443}, {2, 3, 0.9253786}, {3, 4, 0.9185229}, {4, 4, 0.9}, {5, 2, 0.8261359},
		// ts-fsrs
		{1, 1, 0.9}, {2, 1, 0.84588465}, {3, 1, 0.8093881},
	}
	for _, c := range cases {
		near(t, "R", p.Retrievability(c.t, c.s), c.want, 1e-6)
	}
}

func TestNextDifficulty(t *testing.T) {
	p := testParams()
	before := []float64{8.354889, 6.6774445, 5.0, 3.3225555}
	after := []float64{8.341763, 6.6659956, 4.990228, 3.3144615}
	for g := Again; g <= Easy; g++ {
		near(t, "D′", p.linearDamping(5, g), before[g-1], 1e-5)
		near(t, "D″", p.NextDifficulty(5, g), after[g-1], 1e-5)
	}
}

func TestNextStability(t *testing.T) {
	p := testParams()
	rs := []float64{0.9, 0.8, 0.7, 0.6}
	recall := []float64{25.602541, 28.226582, 58.656002, 127.226685}
	lapse := []float64{1.0525396, 1.1894329, 1.3680838, 1.584989}
	short := []float64{1.596818, 5.0, 5.0, 8.12961}
	for i, g := range []Rating{Again, Hard, Good, Easy} {
		near(t, "recall S′", p.RecallStability(float64(g), 5, rs[i], g), recall[i], 1e-4)
		near(t, "lapse S′", p.LapseStability(float64(i+1), 5, rs[i]), lapse[i], 1e-5)
		near(t, "short-term S′", p.ShortTermStability(5, g), short[i], 1e-5)
	}
}

func TestNextInterval(t *testing.T) {
	p := testParams()
	want := []int{3116769, 34793, 2508, 387, 90, 27, 9, 3, 1, 1}
	for i, w := range want {
		r := float64(i+1) / 10
		got := max(int(math.Round(p.RawInterval(1, r))), 1)
		if got != w {
			t.Errorf("interval at r=%.1f = %d, want %d", r, got, w)
		}
	}
	if got := p.Interval(1e6); got != p.MaximumInterval {
		t.Errorf("huge stability: interval %d, want the maximum %d", got, p.MaximumInterval)
	}
}

func TestInitialState(t *testing.T) {
	p := testParams()
	s := []float64{0.212, 1.2931, 2.3065, 8.2956}
	d := []float64{6.4133, 5.11217071, 2.11810397, 1}
	for g := Again; g <= Easy; g++ {
		near(t, "S0", p.InitialStability(g), s[g-1], 1e-6)
		near(t, "D0", p.InitialDifficulty(g), d[g-1], 1e-6)
	}
}

func TestLongTermOnly(t *testing.T) {
	p := testParams()
	p.LongTermOnly = true
	p.LearningSteps, p.RelearningSteps = nil, nil
	want := []int{3, 14, 57, 196, 586, 1559, 10, 1, 3, 5, 9, 15, 25}
	now := time.Date(2022, 11, 29, 12, 30, 0, 0, time.UTC)
	var c Card
	for i, g := range thirteen {
		c = p.Next(c, g, now)
		if c.Interval != want[i] {
			t.Errorf("review %d (%s): interval %d, want %d", i+1, g, c.Interval, want[i])
		}
		now = c.Due
	}
}

func TestFuzzVectors(t *testing.T) {
	cases := []struct {
		i    float64
		want [3]int // u = 0, 0.5, 0.99
	}{
		{2.5, [3]int{2, 3, 4}}, {7, [3]int{5, 7, 9}}, {17, [3]int{14, 17, 20}}, {37, [3]int{33, 37, 41}},
	}
	for _, c := range cases {
		for j, u := range []float64{0, 0.5, 0.99} {
			if got := FuzzInterval(c.i, u, 36500); got != c.want[j] {
				t.Errorf("fuzz(%g, u=%g) = %d, want %d", c.i, u, got, c.want[j])
			}
		}
	}
	if got := FuzzInterval(2, 0.99, 36500); got != 2 {
		t.Errorf("an interval under 2.5 days is not fuzzed: got %d", got)
	}
}

func TestFuzzIsDeterministicAndBounded(t *testing.T) {
	p := Default()
	p.DayStartHour = 0
	now := time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC)
	c := Card{State: Review, Stability: 40, Difficulty: 5, LastReview: now.Add(-40 * 24 * time.Hour), Reps: 5, Seed: 42}
	a, b := p.Next(c, Good, now), p.Next(c, Good, now)
	if a.Interval != b.Interval {
		t.Fatalf("same card, same review: %d then %d days", a.Interval, b.Interval)
	}
	plain := testParams().Next(c, Good, now).Interval
	seen := map[int]bool{}
	for seed := range uint64(200) {
		c.Seed = seed
		got := p.Next(c, Good, now).Interval
		seen[got] = true
		lo, hi := plain-plain/5-1, plain+plain/5+1
		if got < lo || got > hi {
			t.Fatalf("seed %d: fuzzed %d days, outside [%d, %d] around %d", seed, got, lo, hi, plain)
		}
	}
	if len(seen) < 3 {
		t.Errorf("fuzz over 200 seeds gave only %d distinct intervals", len(seen))
	}
}

func TestLearningSteps(t *testing.T) {
	p := testParams()
	now := time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)
	var c Card
	again := p.Next(c, Again, now)
	if again.State != Learning || again.Step != 0 || again.Due != now.Add(time.Minute) {
		t.Errorf("new card, Again: %+v; want learning step 0 due in 1m", again)
	}
	hard := p.Next(c, Hard, now)
	if hard.State != Learning || hard.Due != now.Add(330*time.Second) {
		t.Errorf("new card, Hard: due %v; want the mean of the first two steps (5m30s)", hard.Due.Sub(now))
	}
	good := p.Next(c, Good, now)
	if good.State != Learning || good.Step != 1 || good.Due != now.Add(10*time.Minute) {
		t.Errorf("new card, Good: %+v; want step 1 due in 10m", good)
	}
	easy := p.Next(c, Easy, now)
	if easy.State != Review || easy.Interval < 1 {
		t.Errorf("new card, Easy: %+v; want to graduate at once", easy)
	}
	if easy.Interval <= p.Next(good, Good, now.Add(10*time.Minute)).Interval-1 {
		t.Errorf("easy graduation should not be shorter than good")
	}
	// Review → Again → relearning, one lapse.
	r := Card{State: Review, Stability: 20, Difficulty: 5, LastReview: now.Add(-20 * 24 * time.Hour), Reps: 4}
	lapsed := p.Next(r, Again, now)
	if lapsed.State != Relearning || lapsed.Lapses != 1 || lapsed.Due != now.Add(10*time.Minute) {
		t.Errorf("review card, Again: %+v; want relearning, 1 lapse, due in 10m", lapsed)
	}
	// Ordering: hard ≤ good < easy.
	pv := p.Preview(r, now)
	if !(pv[1].Interval <= pv[2].Interval && pv[2].Interval < pv[3].Interval) {
		t.Errorf("intervals hard %d, good %d, easy %d: want hard ≤ good < easy",
			pv[1].Interval, pv[2].Interval, pv[3].Interval)
	}
}

func TestDayCounting(t *testing.T) {
	p := Default() // days begin at 4 am
	loc := time.FixedZone("test", 2*3600)
	p.Location = loc
	late := time.Date(2025, 6, 1, 23, 30, 0, 0, loc)
	early := time.Date(2025, 6, 2, 3, 30, 0, 0, loc) // before 4 am: still the same learner's day
	after := time.Date(2025, 6, 2, 4, 30, 0, 0, loc)
	if d := p.DaysBetween(late, early); d != 0 {
		t.Errorf("23:30 → 03:30 next morning: %d days, want 0", d)
	}
	if d := p.DaysBetween(late, after); d != 1 {
		t.Errorf("23:30 → 04:30 next morning: %d days, want 1", d)
	}
}

func TestDayCountingAcrossDaylightSaving(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	p := Default() // days begin at 4 am on the clock
	p.Location = ny
	cases := []struct {
		name       string
		before, at time.Time // the same learner day when sameDay
		sameDay    bool
	}{
		// 8 March 2026: clocks jump from 2:00 to 3:00.
		{"spring, 04:30 is the new day", time.Date(2026, 3, 7, 23, 0, 0, 0, ny), time.Date(2026, 3, 8, 4, 30, 0, 0, ny), false},
		{"spring, 03:30 is still the day before", time.Date(2026, 3, 7, 23, 0, 0, 0, ny), time.Date(2026, 3, 8, 3, 30, 0, 0, ny), true},
		// 1 November 2026: clocks fall back from 2:00 to 1:00.
		{"autumn, 03:30 is still the day before", time.Date(2026, 10, 31, 23, 0, 0, 0, ny), time.Date(2026, 11, 1, 3, 30, 0, 0, ny), true},
		{"autumn, 04:30 is the new day", time.Date(2026, 10, 31, 23, 0, 0, 0, ny), time.Date(2026, 11, 1, 4, 30, 0, 0, ny), false},
	}
	for _, c := range cases {
		d := p.DaysBetween(c.before, c.at)
		if c.sameDay && d != 0 || !c.sameDay && d != 1 {
			t.Errorf("%s: %d days between %s and %s", c.name, d, c.before, c.at)
		}
	}
}
