// Package fsrs is the FSRS-6 spaced-repetition scheduler (the Free Spaced
// Repetition Scheduler that Anki uses), as pure functions of a card, a
// rating and the time of the review.
//
// The model: each card has a stability S (days until the probability of
// recall falls to 90%) and a difficulty D (1..10). After every review both
// are updated, and the next review is scheduled for when recall is predicted
// to fall to the desired retention. The formulas and default weights are
// those of the reference implementations (fsrs-rs, ts-fsrs, py-fsrs).
package fsrs

import (
	"math"
	"time"
)

// Rating is how well a card was recalled.
type Rating int

const (
	Again Rating = 1 // forgot
	Hard  Rating = 2 // recalled with difficulty (in this app: with a hint)
	Good  Rating = 3 // recalled
	Easy  Rating = 4 // recalled effortlessly
)

// String returns "again", "hard", "good" or "easy".
func (r Rating) String() string {
	switch r {
	case Again:
		return "again"
	case Hard:
		return "hard"
	case Good:
		return "good"
	case Easy:
		return "easy"
	}
	return "invalid"
}

// State is where a card is in its life.
type State int

const (
	New        State = iota // never reviewed
	Learning                // in its first learning steps
	Review                  // graduated: scheduled in days
	Relearning              // forgotten after graduating, back in short steps
)

// String returns "new", "learning", "review" or "relearning".
func (s State) String() string {
	switch s {
	case New:
		return "new"
	case Learning:
		return "learning"
	case Review:
		return "review"
	case Relearning:
		return "relearning"
	}
	return "invalid"
}

// Card is the scheduling state of one item.
type Card struct {
	State      State
	Step       int // index into the learning or relearning steps
	Stability  float64
	Difficulty float64
	Due        time.Time
	LastReview time.Time
	// Interval is the scheduled gap in whole days (0 while in steps).
	Interval int
	Reps     int
	Lapses   int
	// Seed makes the fuzz of this card's intervals deterministic; combine
	// it with Reps so each review of the card fuzzes differently.
	Seed uint64
}

// DefaultWeights are the 21 FSRS-6 default parameters.
var DefaultWeights = [21]float64{
	0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
	1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
}

// Params configure the scheduler.
type Params struct {
	W                [21]float64
	DesiredRetention float64
	// LearningSteps and RelearningSteps are the short waits before a card
	// graduates; in this app a step means "ask again later this session".
	LearningSteps   []time.Duration
	RelearningSteps []time.Duration
	// MaximumInterval caps intervals, in days.
	MaximumInterval int
	// Fuzz spreads intervals of 2.5 days or more a little, so that cards
	// learnt together do not stay due together.
	Fuzz bool
	// LongTermOnly schedules in whole days only: no learning steps and no
	// same-day stability formula.
	LongTermOnly bool
	// DayStartHour is the local hour at which a new day begins (Anki: 4).
	DayStartHour int
	// Location is the learner's time zone for day counting; nil means UTC.
	Location *time.Location
}

// Default returns the parameters Anki uses: default weights, 90% retention,
// learning steps 1m and 10m, relearning step 10m, at most 100 years, fuzz on.
func Default() Params {
	return Params{
		W:                DefaultWeights,
		DesiredRetention: 0.9,
		LearningSteps:    []time.Duration{time.Minute, 10 * time.Minute},
		RelearningSteps:  []time.Duration{10 * time.Minute},
		MaximumInterval:  36500,
		Fuzz:             true,
		DayStartHour:     4,
	}
}

const (
	minStability = 0.001
	maxStability = 36500
)

func (p Params) factor() float64 { return math.Pow(0.9, -1/p.W[20]) - 1 }

// Retrievability is the forgetting curve R(t, S): the probability of recall
// t days after a review that left stability S.
func (p Params) Retrievability(t, s float64) float64 {
	return math.Pow(1+p.factor()*t/s, -p.W[20])
}

// RawInterval is I(S) before rounding: the days until recall falls to
// retention r.
func (p Params) RawInterval(s, r float64) float64 {
	return s / p.factor() * (math.Pow(r, -1/p.W[20]) - 1)
}

// Interval is the next interval in whole days for stability s at the
// desired retention, clamped to [1, MaximumInterval].
func (p Params) Interval(s float64) int {
	return clampInt(int(math.Round(p.RawInterval(s, p.DesiredRetention))), 1, p.maxInterval())
}

func (p Params) maxInterval() int {
	if p.MaximumInterval <= 0 {
		return 36500
	}
	return p.MaximumInterval
}

// InitialStability is S0 for a first rating.
func (p Params) InitialStability(g Rating) float64 {
	return clamp(p.W[g-1], minStability, maxStability)
}

// initialDifficultyRaw is D0 without clamping; mean reversion needs it.
func (p Params) initialDifficultyRaw(g Rating) float64 {
	return p.W[4] - math.Exp(p.W[5]*float64(g-1)) + 1
}

// InitialDifficulty is D0 for a first rating, clamped to [1, 10].
func (p Params) InitialDifficulty(g Rating) float64 { return clamp(p.initialDifficultyRaw(g), 1, 10) }

// linearDamping returns D′ = D + ΔD·(10−D)/9, the difficulty before mean
// reversion.
func (p Params) linearDamping(d float64, g Rating) float64 {
	delta := -p.W[6] * float64(g-3)
	return d + delta*(10-d)/9
}

// NextDifficulty is the difficulty after a review rated g.
func (p Params) NextDifficulty(d float64, g Rating) float64 {
	dp := p.linearDamping(d, g)
	return clamp(p.W[7]*p.initialDifficultyRaw(Easy)+(1-p.W[7])*dp, 1, 10)
}

// RecallStability is S′ after a successful recall (g ≥ Hard) with
// retrievability r.
func (p Params) RecallStability(d, s, r float64, g Rating) float64 {
	hard, easy := 1.0, 1.0
	if g == Hard {
		hard = p.W[15]
	}
	if g == Easy {
		easy = p.W[16]
	}
	inc := math.Exp(p.W[8]) * (11 - d) * math.Pow(s, -p.W[9]) * (math.Exp(p.W[10]*(1-r)) - 1) * hard * easy
	return clamp(s*(1+inc), minStability, maxStability)
}

// LapseStability is S′ after a lapse (Again) with retrievability r.
func (p Params) LapseStability(d, s, r float64) float64 {
	long := p.W[11] * math.Pow(d, -p.W[12]) * (math.Pow(s+1, p.W[13]) - 1) * math.Exp(p.W[14]*(1-r))
	short := s / math.Exp(p.W[17]*p.W[18])
	return clamp(min(long, short), minStability, maxStability)
}

// ShortTermStability is S′ after a review on the same day as the last one.
func (p Params) ShortTermStability(s float64, g Rating) float64 {
	inc := math.Exp(p.W[17]*(float64(g)-3+p.W[18])) * math.Pow(s, -p.W[19])
	if g >= Hard {
		inc = max(inc, 1)
	}
	return clamp(s*inc, minStability, maxStability)
}

// Memory returns the stability and difficulty after a review rated g, t
// whole days after the last one. A new card (s == 0) gets its initial state.
func (p Params) Memory(s, d float64, t int, g Rating) (float64, float64) {
	if s == 0 {
		return p.InitialStability(g), p.InitialDifficulty(g)
	}
	var ns float64
	switch {
	case t == 0 && !p.LongTermOnly:
		ns = p.ShortTermStability(s, g)
	case g == Again:
		ns = p.LapseStability(d, s, p.Retrievability(float64(t), s))
	default:
		ns = p.RecallStability(d, s, p.Retrievability(float64(t), s), g)
	}
	return ns, p.NextDifficulty(d, g)
}

// DaysBetween counts whole days from a to b in the learner's calendar, where
// a day begins at DayStartHour.
func (p Params) DaysBetween(a, b time.Time) int {
	return p.DayNumber(b) - p.DayNumber(a)
}

// DayNumber is the number of the learner's day that t falls in: its local
// date, or the date before when the local clock shows an hour before
// DayStartHour. (Reading the clock, not subtracting hours, keeps the day
// right on the days daylight saving time begins or ends.)
func (p Params) DayNumber(t time.Time) int {
	lt := t.In(p.loc())
	y, m, d := lt.Date()
	day := int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	if lt.Hour() < p.DayStartHour {
		day--
	}
	return day
}

// DueAfter is the due time of a card reviewed at now with an interval of
// days: the same time on the learner's clock, days learner days later.
// The day is counted by calendar (AddDate in the learner's zone), not as
// days × 24 hours: across a daylight-saving change, 24-hour days would
// move a review made near the day's start onto the learner day before or
// after the one its interval names. Where no change lies in between (and
// always in UTC) the two agree to the millisecond, which is how ts-fsrs
// and py-fsrs compute it; across one, the due time keeps the clock time
// and so moves by the hour the clocks moved. A clock time the due date
// skips is moved within its learner day.
func (p Params) DueAfter(now time.Time, days int) time.Time {
	due := now.In(p.loc()).AddDate(0, 0, days)
	want := p.DayNumber(now) + days
	// AddDate moves a clock time that the due date skips by the length of
	// the jump, which may cross the start of the day.
	switch got := p.DayNumber(due); {
	case got < want:
		due = p.DayStart(want)
	case got > want:
		due = p.DayStart(want + 1).Add(-time.Millisecond)
	}
	return due
}

// DayStart is the moment learner day number day begins: DayStartHour on
// its date, on the learner's clock. Where the clocks skip that hour, the
// day begins when they jump; where they show it twice, at the first.
func (p Params) DayStart(day int) time.Time {
	y, m, d := time.Unix(int64(day)*86400, 0).UTC().Date()
	t := time.Date(y, m, d, p.DayStartHour, 0, 0, 0, p.loc())
	from, until := t.ZoneBounds()
	if !p.onTheHour(t) {
		// time.Date put the skipped hour on one side of the jump or the
		// other: the jump is a bound of t's zone period.
		if p.DayNumber(t) == day {
			return from
		}
		return until
	}
	if !from.IsZero() {
		_, off := t.Zone()
		_, offBefore := from.Add(-time.Nanosecond).Zone()
		if first := t.Add(time.Duration(off-offBefore) * time.Second); first.Before(from) && p.onTheHour(first) {
			return first
		}
	}
	return t
}

// onTheHour reports whether the learner's clock shows DayStartHour:00 at t.
func (p Params) onTheHour(t time.Time) bool {
	lt := t.In(p.loc())
	return lt.Hour() == p.DayStartHour && lt.Minute() == 0 && lt.Second() == 0
}

// loc is the learner's time zone: Location, or UTC.
func (p Params) loc() *time.Location {
	if p.Location == nil {
		return time.UTC
	}
	return p.Location
}

// Elapsed is the whole days since the card's last review (0 for a new card).
func (p Params) Elapsed(c Card, now time.Time) int {
	if c.State == New || c.LastReview.IsZero() {
		return 0
	}
	return max(p.DaysBetween(c.LastReview, now), 0)
}

// Recall is the card's probability of recall now (0 for a new card).
func (p Params) Recall(c Card, now time.Time) float64 {
	if c.State == New || c.Stability == 0 {
		return 0
	}
	t := max(now.Sub(c.LastReview).Hours()/24, 0)
	return p.Retrievability(t, c.Stability)
}

// Next returns the card after a review rated g at time now.
func (p Params) Next(c Card, g Rating, now time.Time) Card {
	return p.Preview(c, now)[g-1]
}

// Preview returns the card as it would be after each rating, Again first.
func (p Params) Preview(c Card, now time.Time) [4]Card {
	t := p.Elapsed(c, now)
	var out [4]Card
	var ivl [4]int // whole-day intervals; 0 means a step
	for i := range out {
		g := Rating(i + 1)
		n := c
		n.Stability, n.Difficulty = p.Memory(c.Stability, c.Difficulty, t, g)
		n.LastReview = now
		n.Reps = c.Reps + 1
		if p.LongTermOnly {
			n.State, n.Step = Review, 0
			if g == Again && c.State != New {
				n.Lapses++
			}
			ivl[i] = p.fuzzed(n, p.RawInterval(n.Stability, p.DesiredRetention))
		} else {
			ivl[i] = p.shortTerm(c, &n, g)
		}
		out[i] = n
	}
	if p.LongTermOnly {
		// Anki's ordering: again ≤ hard < good < easy.
		ivl[0] = min(ivl[0], ivl[1])
		ivl[1] = max(ivl[1], ivl[0]+1)
		ivl[2] = max(ivl[2], ivl[1]+1)
		ivl[3] = max(ivl[3], ivl[2]+1)
	} else if c.State == Review {
		// Hard ≤ good < easy for a card already in review.
		ivl[1] = min(ivl[1], ivl[2])
		ivl[2] = max(ivl[2], ivl[1]+1)
		ivl[3] = max(ivl[3], ivl[2]+1)
	} else if ivl[2] > 0 && ivl[3] > 0 {
		// Graduating from steps: easy still beats good.
		ivl[3] = max(ivl[3], ivl[2]+1)
	}
	for i := range out {
		if out[i].State == Review {
			d := min(ivl[i], p.maxInterval())
			out[i].Interval = d
			out[i].Due = p.DueAfter(now, d)
		}
	}
	return out
}

// shortTerm moves n through the learning, review and relearning states for
// rating g and returns its whole-day interval (0 when it stays in steps, in
// which case n.Due is already set).
func (p Params) shortTerm(c Card, n *Card, g Rating) int {
	step := func(steps []time.Duration, i int) int {
		n.Step, n.Interval = i, 0
		n.Due = n.LastReview.Add(steps[i])
		return 0
	}
	hardStep := func(steps []time.Duration, i int) int {
		n.Step, n.Interval = i, 0
		wait := steps[i]
		switch {
		case i == 0 && len(steps) == 1:
			wait = steps[0] * 3 / 2
		case i == 0:
			wait = (steps[0] + steps[1]) / 2
		}
		n.Due = n.LastReview.Add(wait)
		return 0
	}
	graduate := func() int {
		n.State, n.Step = Review, 0
		return p.fuzzed(*n, p.RawInterval(n.Stability, p.DesiredRetention))
	}
	switch c.State {
	case New, Learning:
		steps := p.LearningSteps
		cur := c.Step
		if c.State == New {
			cur = 0
		}
		if len(steps) == 0 || cur >= len(steps) {
			return graduate()
		}
		n.State = Learning
		switch g {
		case Again:
			return step(steps, 0)
		case Hard:
			return hardStep(steps, cur)
		case Good:
			if cur+1 >= len(steps) {
				return graduate()
			}
			return step(steps, cur+1)
		}
		return graduate()
	case Review:
		if g == Again {
			n.Lapses++
			if len(p.RelearningSteps) == 0 {
				return p.fuzzed(*n, p.RawInterval(n.Stability, p.DesiredRetention))
			}
			n.State = Relearning
			return step(p.RelearningSteps, 0)
		}
		return graduate()
	case Relearning:
		steps := p.RelearningSteps
		if len(steps) == 0 || c.Step >= len(steps) {
			return graduate()
		}
		switch g {
		case Again:
			return step(steps, 0)
		case Hard:
			return hardStep(steps, c.Step)
		case Good:
			if c.Step+1 >= len(steps) {
				return graduate()
			}
			return step(steps, c.Step+1)
		}
		return graduate()
	}
	return graduate()
}

// fuzzed rounds an interval to whole days and, when fuzz is on, spreads it
// deterministically for this card and review count.
func (p Params) fuzzed(c Card, raw float64) int {
	i := clampInt(int(math.Round(raw)), 1, p.maxInterval())
	if !p.Fuzz {
		return i
	}
	return FuzzInterval(float64(i), unit(c.Seed, c.Reps), p.maxInterval())
}

// FuzzInterval spreads interval i (days) by Anki's fuzz ranges, using u in
// [0, 1). Intervals under 2.5 days are not fuzzed.
func FuzzInterval(i, u float64, maxIvl int) int {
	if i < 2.5 {
		return int(math.Round(i))
	}
	delta := 1.0
	delta += 0.15 * max(min(i, 7)-2.5, 0)
	delta += 0.10 * max(min(i, 20)-7, 0)
	delta += 0.05 * max(i-20, 0)
	lo := max(2, int(math.Round(i-delta)))
	hi := min(int(math.Round(i+delta)), maxIvl)
	if hi < lo {
		return lo
	}
	return int(math.Floor(float64(lo) + u*float64(hi-lo+1)))
}

// unit turns a card's seed and review count into a number in [0, 1)
// (splitmix64).
func unit(seed uint64, reps int) float64 {
	z := seed + uint64(reps)*0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	z ^= z >> 31
	return float64(z>>11) / float64(1<<53)
}

func clamp(x, lo, hi float64) float64 { return math.Min(math.Max(x, lo), hi) }

func clampInt(x, lo, hi int) int { return min(max(x, lo), hi) }
