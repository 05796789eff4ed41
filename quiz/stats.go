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
)

// Stats are the learner's statistics, every one derived from the review
// log and the cards. The JSON names are the contract of
// `httpcodes stats --json`.
type Stats struct {
	Reviews       int            `json:"reviews"`             // all answers ever
	Correct       int            `json:"correct"`             // of which correct
	Accuracy      float64        `json:"accuracy"`            // correct/reviews; 0 when none
	DueToday      Due            `json:"due_today"`           // what is left to study today
	DaysStudied30 int            `json:"days_studied_30"`     // learner days with a review in the last 30, today included
	Retention30   *float64       `json:"retention_30"`        // true retention over the last 30 days; nil when nothing to measure
	Knowledge     float64        `json:"estimated_knowledge"` // Σ recall probability now over the cards seen
	Mastery       []ClassMastery `json:"mastery"`             // per class 1xx..5xx
	Heatmap       []DayCount     `json:"heatmap"`             // the last 84 learner days, oldest first
	ByKind        []KindAccuracy `json:"by_kind"`             // per question kind, sorted by kind
	Weakest       []Weak         `json:"weakest"`             // up to 10 cards with the most wrong answers
	BestScores    []Score        `json:"best_scores"`         // up to 5 best finished quizzes of 5 questions or more
	Forecast      []int          `json:"forecast"`            // seen cards due on each of the next 7 learner days, today (with overdue) first
	Cards         []CardStat     `json:"cards"`               // every card seen, sorted by ID
}

// Due counts what is due today.
type Due struct {
	New      int `json:"new"`      // new cards still allowed today: min(limit − introduced today, unseen in deck)
	Learning int `json:"learning"` // learning and relearning cards due by the end of today
	Review   int `json:"review"`   // review cards due by the end of today
	Total    int `json:"total"`
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

// ComputeStats derives the statistics at now from a store's log. deck is
// every card ID the learner can study; newPerDay the daily limit of new
// cards.
func ComputeStats(log StatsLog, p fsrs.Params, now time.Time, deck []string, newPerDay int) Stats {
	st := Stats{
		Mastery:    []ClassMastery{},
		Heatmap:    []DayCount{},
		ByKind:     []KindAccuracy{},
		Weakest:    []Weak{},
		BestScores: append([]Score{}, log.BestScores...),
		Forecast:   make([]int, ForecastLen),
		Cards:      []CardStat{},
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
	seen := make(map[string]bool, len(cards))
	introducedToday := 0
	for _, r := range cards {
		c := r.Card
		seen[r.ID] = true
		if r.Introduced == today {
			introducedToday++
		}
		recall := p.Recall(c, now)
		st.Knowledge += recall
		dueDay := p.DayNumber(c.Due)
		if c.Due.IsZero() {
			dueDay = today // unknown: treat as due
		}
		if dueDay <= today {
			switch c.State {
			case fsrs.Learning, fsrs.Relearning:
				st.DueToday.Learning++
			case fsrs.Review:
				st.DueToday.Review++
			}
		}
		if k := max(dueDay-today, 0); k < ForecastLen {
			st.Forecast[k]++
		}
		if m := classOf(r.ID); m != nil {
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

	unseen := 0
	inDeck := make(map[string]bool, len(deck))
	for _, id := range deck {
		if inDeck[id] || seen[id] {
			continue
		}
		inDeck[id] = true
		unseen++
		if m := classOf(id); m != nil {
			m.New++
		}
	}
	st.DueToday.New = max(min(newPerDay-introducedToday, unseen), 0)
	st.DueToday.Total = st.DueToday.New + st.DueToday.Learning + st.DueToday.Review
	return st
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
