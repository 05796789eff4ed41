package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"

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
	Cards         []CardStat     `json:"cards"`               // every card seen, sorted by code
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
	Class    string `json:"class"`    // "1xx" … "5xx"
	New      int    `json:"new"`      // in the deck, never seen
	Learning int    `json:"learning"` // learning or relearning
	Young    int    `json:"young"`    // review, interval < 21 days
	Mature   int    `json:"mature"`   // review, interval ≥ 21 days
}

// DayCount is the number of answers on one learner day.
type DayCount struct {
	Date    string `json:"date"` // the learner day's date, "2006-01-02"
	Reviews int    `json:"reviews"`
}

// KindAccuracy is the accuracy of one question kind.
type KindAccuracy struct {
	Kind     string  `json:"kind"`
	Answers  int     `json:"answers"`
	Correct  int     `json:"correct"`
	Accuracy float64 `json:"accuracy"`
}

// Weak is a card often answered wrong.
type Weak struct {
	Code     string  `json:"code"`
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
	Code       string  `json:"code"`
	State      string  `json:"state"` // new, learning, review, relearning
	Stability  float64 `json:"stability"`
	Difficulty float64 `json:"difficulty"`
	Due        string  `json:"due"` // RFC 3339
	Reps       int     `json:"reps"`
	Lapses     int     `json:"lapses"`
	Recall     float64 `json:"recall"` // probability of recall now
}

const (
	heatmapDays = 84
	statsDays   = 30
	forecastLen = 7
	weakestMax  = 10
	bestMax     = 5
	// bestMinPlanned keeps a one-question practice from outranking a quiz.
	bestMinPlanned = 5
)

// MatureDays is the interval from which a card counts as mature (Anki's).
const MatureDays = 21

// MasteryOf says how well a card is known: "new", "learning" (its first
// steps, or relearning after a lapse), "young" (in review, interval under
// MatureDays) or "mature".
func MasteryOf(c fsrs.Card) string {
	switch {
	case c.State == fsrs.Learning || c.State == fsrs.Relearning:
		return "learning"
	case c.State == fsrs.Review && c.Interval >= MatureDays:
		return "mature"
	case c.State == fsrs.Review:
		return "young"
	}
	return "new"
}

// Stats computes the statistics at now. deck is every card ID the learner
// can study (the catalogue's); newPerDay is the daily limit of new cards.
// Everything is read in one transaction, so the figures agree.
//
// Definitions: see the Stats fields. Retention30 is Anki's true retention:
// among the first review of each card on each learner day of the last 30,
// of the cards already in Review state before that review, the share not
// rated Again. Best scores are quiz sessions that ended with at least the
// planned number of answers, by percent, then answers, then the earlier.
func (s *Store) Stats(now time.Time, deck []string, newPerDay int) (Stats, error) {
	ctx := context.Background()
	st := Stats{
		Mastery:    []ClassMastery{},
		Heatmap:    []DayCount{},
		ByKind:     []KindAccuracy{},
		Weakest:    []Weak{},
		BestScores: []Score{},
		Forecast:   make([]int, forecastLen),
		Cards:      []CardStat{},
	}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return st, err
	}
	defer tx.Rollback()

	today := s.p.DayNumber(now)

	// Cards: a few hundred rows; everything per card is done in Go.
	type cardRow struct {
		id         string
		card       fsrs.Card
		introduced sql.NullInt64
	}
	var cards []cardRow
	rows, err := tx.QueryContext(ctx, `SELECT card_id, `+cardColumns+`, introduced_day FROM cards ORDER BY card_id`)
	if err != nil {
		return st, err
	}
	for rows.Next() {
		var r cardRow
		r.card, err = s.scanCard(scanFunc(func(dest ...any) error {
			return rows.Scan(append(append([]any{&r.id}, dest...), &r.introduced)...)
		}), "")
		if err != nil {
			rows.Close()
			return st, err
		}
		r.card.Seed = seedOf(r.id)
		cards = append(cards, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return st, err
	}

	// Answers per card and kind: one scan of the covering index reviews_card.
	type tally struct{ answers, correct int }
	perCard := map[string]*tally{}
	perKind := map[string]*tally{}
	rows, err = tx.QueryContext(ctx, `SELECT card_id, kind, COUNT(*), SUM(correct) FROM reviews GROUP BY card_id, kind`)
	if err != nil {
		return st, err
	}
	for rows.Next() {
		var id, kind string
		var n, c int
		if err := rows.Scan(&id, &kind, &n, &c); err != nil {
			rows.Close()
			return st, err
		}
		for _, t := range []struct {
			m map[string]*tally
			k string
		}{{perCard, id}, {perKind, kind}} {
			if t.m[t.k] == nil {
				t.m[t.k] = &tally{}
			}
			t.m[t.k].answers += n
			t.m[t.k].correct += c
		}
		st.Reviews += n
		st.Correct += c
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return st, err
	}
	st.Accuracy = ratio(st.Correct, st.Reviews)
	for kind, t := range perKind {
		st.ByKind = append(st.ByKind, KindAccuracy{Kind: kind, Answers: t.answers, Correct: t.correct, Accuracy: ratio(t.correct, t.answers)})
	}
	slices.SortFunc(st.ByKind, func(a, b KindAccuracy) int { return strings.Compare(a.Kind, b.Kind) })

	// Heatmap and days studied: answers per learner day, last 84 days.
	first := today - heatmapDays + 1
	perDay := map[int]int{}
	rows, err = tx.QueryContext(ctx, `SELECT day, COUNT(*) FROM reviews WHERE day BETWEEN ? AND ? GROUP BY day`, first, today)
	if err != nil {
		return st, err
	}
	for rows.Next() {
		var d, n int
		if err := rows.Scan(&d, &n); err != nil {
			rows.Close()
			return st, err
		}
		perDay[d] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return st, err
	}
	for d := first; d <= today; d++ {
		st.Heatmap = append(st.Heatmap, DayCount{Date: dayDate(d), Reviews: perDay[d]})
		if d > today-statsDays && perDay[d] > 0 {
			st.DaysStudied30++
		}
	}

	// True retention: the first review (lowest id) of each card on each day
	// of the last 30; SQLite takes the bare columns from the MIN(id) row.
	var retN, retKept int
	if err := tx.QueryRowContext(ctx, `
		SELECT COUNT(*), COALESCE(SUM(rating <> 1), 0) FROM (
			SELECT MIN(id), prev_state, rating FROM reviews
			WHERE day BETWEEN ? AND ? GROUP BY day, card_id
		) WHERE prev_state = ?`, today-statsDays+1, today, int(fsrs.Review)).Scan(&retN, &retKept); err != nil {
		return st, err
	}
	if retN > 0 {
		r := float64(retKept) / float64(retN)
		st.Retention30 = &r
	}

	// Best finished quizzes.
	rows, err = tx.QueryContext(ctx, `
		SELECT id, kind, scope, correct, planned, answered, ended_at FROM sessions
		WHERE mode = 'quiz' AND ended_at IS NOT NULL AND planned >= ? AND answered >= planned
		ORDER BY CAST(correct AS REAL) / answered DESC, answered DESC, ended_at, id
		LIMIT ?`, bestMinPlanned, bestMax)
	if err != nil {
		return st, err
	}
	for rows.Next() {
		var sc Score
		var ended int64
		if err := rows.Scan(&sc.Session, &sc.Kind, &sc.Scope, &sc.Correct, &sc.Planned, &sc.Answered, &ended); err != nil {
			rows.Close()
			return st, err
		}
		sc.Percent = 100 * ratio(sc.Correct, sc.Answered)
		sc.Date = dayDate(s.p.DayNumber(s.fromMillis(ended)))
		st.BestScores = append(st.BestScores, sc)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return st, err
	}
	if err := tx.Commit(); err != nil {
		return st, err
	}

	// Everything below is per card, in Go.
	classes := []string{"1xx", "2xx", "3xx", "4xx", "5xx"}
	mastery := make(map[byte]*ClassMastery, len(classes))
	for _, c := range classes {
		st.Mastery = append(st.Mastery, ClassMastery{Class: c})
	}
	for i := range st.Mastery {
		mastery[st.Mastery[i].Class[0]] = &st.Mastery[i]
	}
	classOf := func(id string) *ClassMastery {
		if id == "" {
			return nil
		}
		return mastery[id[0]]
	}

	seen := make(map[string]bool, len(cards))
	introducedToday := 0
	for _, r := range cards {
		c := r.card
		seen[r.id] = true
		if r.introduced.Valid && int(r.introduced.Int64) == today {
			introducedToday++
		}
		recall := s.p.Recall(c, now)
		st.Knowledge += recall
		dueDay := s.p.DayNumber(c.Due)
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
		if k := max(dueDay-today, 0); k < forecastLen {
			st.Forecast[k]++
		}
		if m := classOf(r.id); m != nil {
			switch MasteryOf(c) {
			case "learning":
				m.Learning++
			case "young":
				m.Young++
			case "mature":
				m.Mature++
			}
		}
		if t := perCard[r.id]; t != nil && t.answers > t.correct {
			st.Weakest = append(st.Weakest, Weak{Code: r.id, Answers: t.answers, Wrong: t.answers - t.correct,
				Accuracy: ratio(t.correct, t.answers), Lapses: c.Lapses})
		}
		st.Cards = append(st.Cards, CardStat{
			Code: r.id, State: c.State.String(), Stability: c.Stability, Difficulty: c.Difficulty,
			Due: c.Due.In(s.loc()).Format(time.RFC3339), Reps: c.Reps, Lapses: c.Lapses, Recall: recall,
		})
	}
	// Cards answered but missing from the cards table cannot happen through
	// Record; weakest still lists them if a log was imported that way.
	for id, t := range perCard {
		if !seen[id] && t.answers > t.correct {
			st.Weakest = append(st.Weakest, Weak{Code: id, Answers: t.answers, Wrong: t.answers - t.correct,
				Accuracy: ratio(t.correct, t.answers)})
		}
	}
	slices.SortFunc(st.Weakest, func(a, b Weak) int {
		switch {
		case a.Wrong != b.Wrong:
			return b.Wrong - a.Wrong
		case a.Accuracy != b.Accuracy:
			if a.Accuracy < b.Accuracy {
				return -1
			}
			return 1
		case a.Lapses != b.Lapses:
			return b.Lapses - a.Lapses
		}
		return strings.Compare(a.Code, b.Code)
	})
	if len(st.Weakest) > weakestMax {
		st.Weakest = st.Weakest[:weakestMax]
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
	return st, nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
