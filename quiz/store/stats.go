package store

import (
	"context"
	"database/sql"
	"time"

	"httpcodes/quiz"
	"httpcodes/quiz/fsrs"
)

// Stats computes the statistics at now (see quiz.Stats) over q. The
// aggregates are read in one transaction, so the figures agree, and
// quiz.ComputeStats derives the rest.
//
// Retention is Anki's true retention: among the first review of each card
// on each learner day of the last 30, of the cards already in Review state
// before that review, the share not rated Again. Best scores are quiz
// sessions that ended with at least the planned number of answers, by
// percent, then answers, then the earlier.
func (s *Store) Stats(now time.Time, q quiz.StatsQuery) (quiz.Stats, error) {
	log, err := s.statsLog(s.p.DayNumber(now))
	if err != nil {
		return quiz.Stats{}, err
	}
	return quiz.ComputeStats(log, s.params(), now, q), nil
}

// statsLog reads the aggregates of the statistics in one transaction.
func (s *Store) statsLog(today int) (quiz.StatsLog, error) {
	ctx := context.Background()
	log := quiz.StatsLog{PerDay: map[int]int{}}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return log, err
	}
	defer tx.Rollback()

	// Cards: a few hundred rows.
	err = each(ctx, tx, `SELECT card_id, `+cardColumns+`, introduced_day FROM cards ORDER BY card_id`, nil,
		func(rows *sql.Rows) error {
			var id string
			var introduced sql.NullInt64
			c, err := s.scanCard(scanFunc(func(dest ...any) error {
				return rows.Scan(append(append([]any{&id}, dest...), &introduced)...)
			}), "")
			if err != nil {
				return err
			}
			c.Seed = quiz.CardSeed(id)
			day := -1
			if introduced.Valid {
				day = int(introduced.Int64)
			}
			log.Cards = append(log.Cards, quiz.CardLog{ID: id, Card: c, Introduced: day})
			return nil
		})
	if err != nil {
		return log, err
	}

	// Answers per card and kind: one scan of the covering index reviews_card.
	err = each(ctx, tx, `SELECT card_id, kind, COUNT(*), SUM(correct) FROM reviews GROUP BY card_id, kind`, nil,
		func(rows *sql.Rows) error {
			var t quiz.Tally
			var kind string
			if err := rows.Scan(&t.CardID, &kind, &t.Answers, &t.Correct); err != nil {
				return err
			}
			t.Kind = quiz.Kind(kind)
			log.Tallies = append(log.Tallies, t)
			return nil
		})
	if err != nil {
		return log, err
	}

	// Answers per learner day, over the calendar's days.
	err = each(ctx, tx, `SELECT day, COUNT(*) FROM reviews WHERE day BETWEEN ? AND ? GROUP BY day`,
		[]any{today - quiz.HeatmapDays + 1, today},
		func(rows *sql.Rows) error {
			var d, n int
			if err := rows.Scan(&d, &n); err != nil {
				return err
			}
			log.PerDay[d] = n
			return nil
		})
	if err != nil {
		return log, err
	}

	// True retention: the first review (lowest id) of each card on each day
	// of the last 30; SQLite takes the bare columns from the MIN(id) row.
	if err := tx.QueryRowContext(ctx, `
		SELECT COUNT(*), COALESCE(SUM(rating <> 1), 0) FROM (
			SELECT MIN(id), prev_state, rating FROM reviews
			WHERE day BETWEEN ? AND ? GROUP BY day, card_id
		) WHERE prev_state = ?`, today-quiz.StatsDays+1, today, int(fsrs.Review)).
		Scan(&log.RetentionFirst, &log.RetentionKept); err != nil {
		return log, err
	}

	// Best finished quizzes.
	err = each(ctx, tx, `
		SELECT id, kind, scope, correct, planned, answered, ended_at FROM sessions
		WHERE mode = 'quiz' AND ended_at IS NOT NULL AND planned >= ? AND answered >= planned
		ORDER BY CAST(correct AS REAL) / answered DESC, answered DESC, ended_at, id
		LIMIT ?`, []any{quiz.BestMinPlanned, quiz.BestMax},
		func(rows *sql.Rows) error {
			var sc quiz.Score
			var ended int64
			if err := rows.Scan(&sc.Session, &sc.Kind, &sc.Scope, &sc.Correct, &sc.Planned, &sc.Answered, &ended); err != nil {
				return err
			}
			if sc.Answered > 0 {
				sc.Percent = 100 * float64(sc.Correct) / float64(sc.Answered)
			}
			sc.Date = quiz.DayDate(s.p.DayNumber(s.fromMillis(ended)))
			log.BestScores = append(log.BestScores, sc)
			return nil
		})
	if err != nil {
		return log, err
	}
	return log, tx.Commit()
}

// each runs a query and calls fn for every row.
func each(ctx context.Context, tx *sql.Tx, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
