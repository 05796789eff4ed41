package quiz

import (
	"cmp"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"time"

	"httpcodes/data"
	"httpcodes/quiz/fsrs"
	"httpcodes/quiz/settings"
)

// Stats are the learner's statistics, every one derived from the review
// log and the cards. The JSON names are the contract of
// `httpcodes stats --json`.
type Stats struct {
	Reviews       int      `json:"reviews"`         // all answers ever
	Correct       int      `json:"correct"`         // of which correct
	Accuracy      float64  `json:"accuracy"`        // correct/reviews; 0 when none
	DueToday      Due      `json:"due_today"`       // what is left to study today
	DaysStudied30 int      `json:"days_studied_30"` // learner days with a review in the last 30, today included
	Retention30   *float64 `json:"retention_30"`    // true retention over the last 30 days; nil when nothing to measure
	// DesiredRetention is the retention the scheduler aims at: the
	// learner's setting, to set Retention30 against.
	DesiredRetention float64 `json:"desired_retention"`
	// Knowledge is the sum of the recall probabilities now of the cards in
	// review. A card in its (re)learning steps counts 0: it was just
	// missed, or is not learnt yet, whatever its fresh review would
	// predict.
	Knowledge  float64        `json:"estimated_knowledge"`
	InReview   int            `json:"in_review"`   // cards in review: the most Knowledge can be
	Mastery    []ClassMastery `json:"mastery"`     // per class 1xx..5xx
	Heatmap    []DayCount     `json:"heatmap"`     // the last 84 learner days, oldest first
	ByKind     []KindAccuracy `json:"by_kind"`     // per question kind, sorted by kind
	Weakest    []Weak         `json:"weakest"`     // up to 10 cards with the most wrong answers
	LeechAfter int            `json:"leech_after"` // the misses that make a code a leech
	// Leeches are every code missed LeechAfter times or more, the most
	// missed first.
	Leeches    []Leech `json:"leeches"`
	BestScores []Score `json:"best_scores"` // up to 5 best finished quizzes of 5 questions or more
	// Forecast counts the seen cards due on each of the next 7 learner
	// days, today (with the overdue) first: Forecast[0] is DueToday.Total.
	Forecast []int      `json:"forecast"`
	Cards    []CardStat `json:"cards"` // every card seen, sorted by ID
}

// Due counts what is due today. Due cards are the seen cards whose due
// time falls on today's learner day or before: what the forecast counts
// for today. New cards are not due: they are what today's limit still
// allows, counted apart.
type Due struct {
	New      int `json:"new"`      // new cards still allowed today: min(limit − introduced today, unseen in deck); not in Total
	Learning int `json:"learning"` // learning and relearning cards due by the end of today
	Review   int `json:"review"`   // review cards due by the end of today
	Total    int `json:"total"`    // Learning + Review: the seen cards due today
}

// StatsQuery is what the statistics are computed over, besides the
// progress itself.
type StatsQuery struct {
	Deck      []string // every card ID the learner can study
	NewPerDay int      // the daily limit of new cards
	// LeechAfter is the misses that make a code a leech
	// (settings.DefaultLeechAfter when 0).
	LeechAfter int
}

// Leech is a code missed LeechAfter times or more.
type Leech struct {
	ID      string `json:"id"`
	Code    int    `json:"code"`
	Answers int    `json:"answers"`
	Wrong   int    `json:"wrong"`
	// Versus is the ID of the code it is drilled against, the one it is
	// most confused with; "" when it has none.
	Versus string `json:"versus,omitempty"`
}

// ClassMastery splits one class's cards by how well they are known.
type ClassMastery struct {
	Class    data.Class `json:"class"`    // "1xx" … "5xx" in JSON
	New      int        `json:"new"`      // in the deck, never seen
	Learning int        `json:"learning"` // learning or relearning
	Young    int        `json:"young"`    // review, interval < 21 days
	Mature   int        `json:"mature"`   // review, interval ≥ 21 days
}

// DayCount is the number of answers on one learner day.
type DayCount struct {
	Date    string `json:"date"` // the learner day's date, "2006-01-02"
	Reviews int    `json:"reviews"`
}

// KindAccuracy is the accuracy of one question kind.
type KindAccuracy struct {
	Kind     Kind    `json:"kind"`
	Answers  int     `json:"answers"`
	Correct  int     `json:"correct"`
	Accuracy float64 `json:"accuracy"`
}

// Weak is a card often answered wrong.
type Weak struct {
	ID       string  `json:"id"`   // "404", "499-nginx"
	Code     int     `json:"code"` // 404, 499
	Answers  int     `json:"answers"`
	Wrong    int     `json:"wrong"`
	Accuracy float64 `json:"accuracy"`
	Lapses   int     `json:"lapses"`
}

// Score is a finished quiz session.
type Score struct {
	Session  int64   `json:"session"`
	Kind     string  `json:"kind"`
	Scope    string  `json:"scope"`
	Correct  int     `json:"correct"`
	Planned  int     `json:"planned"`
	Answered int     `json:"answered"`
	Percent  float64 `json:"percent"` // 100 × correct / answered
	Date     string  `json:"date"`    // the learner day it ended, "2006-01-02"
}

// CardStat is one seen card's scheduling state.
type CardStat struct {
	ID         string  `json:"id"`
	Code       int     `json:"code"`
	State      string  `json:"state"` // new, learning, review, relearning
	Stability  float64 `json:"stability"`
	Difficulty float64 `json:"difficulty"`
	Due        string  `json:"due"` // RFC 3339
	Reps       int     `json:"reps"`
	Lapses     int     `json:"lapses"`
	Recall     float64 `json:"recall"` // probability of recall now
}

// The windows and limits of the statistics.
const (
	HeatmapDays = 84 // the calendar's learner days
	StatsDays   = 30 // days studied and retention look this far back
	ForecastLen = 7  // the week ahead, today first
	WeakestMax  = 10
	BestMax     = 5
	// BestMinPlanned keeps a one-question practice from outranking a quiz.
	BestMinPlanned = 5
)

// StatsLog is what a progress store holds, in the aggregates Stats are
// computed from. A store fills it from its records (in one read, so that
// the figures agree); ComputeStats does the rest.
type StatsLog struct {
	// Cards are every card seen, with the learner day it was introduced
	// (its first answer), or -1 when unknown.
	Cards []CardLog
	// Tallies count answers and correct answers per card and kind.
	Tallies []Tally
	// PerDay counts answers per learner day, over at least the last
	// HeatmapDays days.
	PerDay map[int]int
	// RetentionFirst counts, over the last StatsDays learner days, the
	// first review of each card on each day among cards already in review
	// before it; RetentionKept those of them not rated Again (Anki's true
	// retention).
	RetentionFirst, RetentionKept int
	// BestScores are up to BestMax finished quizzes of BestMinPlanned
	// questions or more, best first.
	BestScores []Score
}

// CardLog is one card as a store keeps it.
type CardLog struct {
	ID         string
	Card       fsrs.Card
	Introduced int
}

// Tally counts one card's answers of one kind.
type Tally struct {
	CardID           string
	Kind             Kind
	Answers, Correct int
}

// ComputeStats derives the statistics at now from a store's log, scheduled
// with p.
func ComputeStats(log StatsLog, p fsrs.Params, now time.Time, q StatsQuery) Stats {
	if q.LeechAfter <= 0 {
		q.LeechAfter = settings.DefaultLeechAfter
	}
	st := Stats{
		DesiredRetention: p.DesiredRetention,
		LeechAfter:       q.LeechAfter,
		Mastery:          []ClassMastery{},
		Heatmap:          []DayCount{},
		ByKind:           []KindAccuracy{},
		Weakest:          []Weak{},
		Leeches:          []Leech{},
		BestScores:       append([]Score{}, log.BestScores...),
		Forecast:         make([]int, ForecastLen),
		Cards:            []CardStat{},
	}
	today := p.DayNumber(now)
	loc := p.Location
	if loc == nil {
		loc = time.UTC
	}

	type tally struct{ answers, correct int }
	perCard := map[string]*tally{}
	perKind := map[Kind]*tally{}
	for _, t := range log.Tallies {
		for _, add := range []*tally{at(perCard, t.CardID), at(perKind, t.Kind)} {
			add.answers += t.Answers
			add.correct += t.Correct
		}
		st.Reviews += t.Answers
		st.Correct += t.Correct
	}
	st.Accuracy = ratio(st.Correct, st.Reviews)
	for kind, t := range perKind {
		st.ByKind = append(st.ByKind, KindAccuracy{Kind: kind, Answers: t.answers, Correct: t.correct, Accuracy: ratio(t.correct, t.answers)})
	}
	slices.SortFunc(st.ByKind, func(a, b KindAccuracy) int { return strings.Compare(string(a.Kind), string(b.Kind)) })

	for d := today - HeatmapDays + 1; d <= today; d++ {
		st.Heatmap = append(st.Heatmap, DayCount{Date: DayDate(d), Reviews: log.PerDay[d]})
		if d > today-StatsDays && log.PerDay[d] > 0 {
			st.DaysStudied30++
		}
	}
	if log.RetentionFirst > 0 {
		r := float64(log.RetentionKept) / float64(log.RetentionFirst)
		st.Retention30 = &r
	}

	for c := data.Class(1); c <= 5; c++ {
		st.Mastery = append(st.Mastery, ClassMastery{Class: c})
	}
	classOf := func(id string) *ClassMastery {
		if c := ClassOfID(id); c >= 1 && c <= 5 {
			return &st.Mastery[c-1]
		}
		return nil
	}

	cards := slices.Clone(log.Cards)
	slices.SortFunc(cards, func(a, b CardLog) int { return strings.Compare(a.ID, b.ID) })
	// Mastery and knowledge are about the codes of the deck: a team
	// scenario's card, a situation about a code, is not one more code.
	codes := make(map[string]bool, len(q.Deck))
	for _, id := range q.Deck {
		codes[id] = true
	}
	isCode := func(id string) bool { return len(q.Deck) == 0 || codes[id] }
	seen := make(map[string]bool, len(cards))
	introducedToday := 0
	for _, r := range cards {
		c := r.Card
		seen[r.ID] = true
		if r.Introduced == today {
			introducedToday++
		}
		recall := p.Recall(c, now)
		if c.State == fsrs.Review && isCode(r.ID) {
			st.Knowledge += recall
			st.InReview++
		}
		if k := dueIn(c, p, today); k < ForecastLen {
			st.Forecast[k]++
			if k == 0 && c.State == fsrs.Review {
				st.DueToday.Review++
			} else if k == 0 {
				st.DueToday.Learning++
			}
		}
		if m := classOf(r.ID); m != nil && isCode(r.ID) {
			switch MasteryOf(c) {
			case Learning:
				m.Learning++
			case Young:
				m.Young++
			case Mature:
				m.Mature++
			}
		}
		if t := perCard[r.ID]; t != nil && t.answers > t.correct {
			st.Weakest = append(st.Weakest, Weak{ID: r.ID, Code: CodeOfID(r.ID), Answers: t.answers,
				Wrong: t.answers - t.correct, Accuracy: ratio(t.correct, t.answers), Lapses: c.Lapses})
		}
		if t := perCard[r.ID]; t != nil && IsLeech(Miss{Answers: t.answers, Wrong: t.answers - t.correct}, q.LeechAfter) {
			l := Leech{ID: r.ID, Code: CodeOfID(r.ID), Answers: t.answers, Wrong: t.answers - t.correct}
			if d := MostConfused(data.ByID(r.ID)); d != nil {
				l.Versus = d.ID()
			}
			st.Leeches = append(st.Leeches, l)
		}
		st.Cards = append(st.Cards, CardStat{
			ID: r.ID, Code: CodeOfID(r.ID), State: c.State.String(), Stability: c.Stability, Difficulty: c.Difficulty,
			Due: c.Due.In(loc).Format(time.RFC3339), Reps: c.Reps, Lapses: c.Lapses, Recall: recall,
		})
	}
	// Cards answered but missing from the cards cannot happen through
	// Record; weakest still lists them if a log was imported that way.
	for id, t := range perCard {
		if !seen[id] && t.answers > t.correct {
			st.Weakest = append(st.Weakest, Weak{ID: id, Code: CodeOfID(id), Answers: t.answers,
				Wrong: t.answers - t.correct, Accuracy: ratio(t.correct, t.answers)})
		}
	}
	slices.SortFunc(st.Weakest, func(a, b Weak) int {
		return cmp.Or(
			cmp.Compare(b.Wrong, a.Wrong),
			cmp.Compare(a.Accuracy, b.Accuracy),
			cmp.Compare(b.Lapses, a.Lapses),
			strings.Compare(a.ID, b.ID),
		)
	})
	if len(st.Weakest) > WeakestMax {
		st.Weakest = st.Weakest[:WeakestMax]
	}
	slices.SortFunc(st.Leeches, func(a, b Leech) int {
		return cmp.Or(cmp.Compare(b.Wrong, a.Wrong), strings.Compare(a.ID, b.ID))
	})

	unseen := 0
	inDeck := make(map[string]bool, len(q.Deck))
	for _, id := range q.Deck {
		if inDeck[id] || seen[id] {
			continue
		}
		inDeck[id] = true
		unseen++
		if m := classOf(id); m != nil {
			m.New++
		}
	}
	st.DueToday.New = max(min(q.NewPerDay-introducedToday, unseen), 0)
	st.DueToday.Total = st.DueToday.Learning + st.DueToday.Review
	return st
}

// dueIn is how many learner days from today a seen card is due: 0 for
// today and the overdue, and for a card with no due time; ForecastLen for
// a card never seen, which is not due but new.
func dueIn(c fsrs.Card, p fsrs.Params, today int) int {
	switch {
	case c.State == fsrs.New:
		return ForecastLen
	case c.Due.IsZero():
		return 0
	}
	return max(p.DayNumber(c.Due)-today, 0)
}

// at returns m[k], adding a zero value first if it is missing.
func at[K comparable, V any](m map[K]*V, k K) *V {
	if m[k] == nil {
		m[k] = new(V)
	}
	return m[k]
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// DayDate is the calendar date of a learner day number.
func DayDate(day int) string { return time.Unix(int64(day)*86400, 0).UTC().Format(time.DateOnly) }

// CodeOfID is the status code of a card ID: 404 for "404" and for
// "499-nginx"; 0 when the ID starts with no code.
func CodeOfID(id string) int {
	num, _, _ := strings.Cut(id, "-")
	n, err := strconv.Atoi(num)
	if err != nil {
		return 0
	}
	return n
}

// ClassOfID is the class of a card ID (0 when it has none).
func ClassOfID(id string) data.Class { return data.ClassOf(CodeOfID(id)) }

// CardSeed is a card's fuzz seed: FNV-64a of its ID, so that its intervals
// fuzz the same way on every machine.
func CardSeed(cardID string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(cardID))
	return h.Sum64()
}
