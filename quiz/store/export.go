package store

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"time"

	"httpcodes/quiz"
	"httpcodes/quiz/fsrs"
)

// exportTime is RFC 3339 with milliseconds, the precision of the log.
const exportTime = "2006-01-02T15:04:05.000Z07:00"

// exportRow is one answer of the review log as exported. Times are in the
// learner's time zone (Params.Location; UTC when unset); day is the date of
// the learner day (which begins at Params.DayStartHour).
type exportRow struct {
	ID         int64  `json:"id"`
	SessionID  *int64 `json:"session_id"` // null when none
	CardID     string `json:"card_id"`
	Kind       string `json:"kind"`
	Correct    bool   `json:"correct"`
	Hint       bool   `json:"hint"`
	Rating     string `json:"rating"` // again, hard, good, easy
	ElapsedMS  int64  `json:"elapsed_ms"`
	AnsweredAt string `json:"answered_at"` // RFC 3339
	Day        string `json:"day"`         // learner day, 2006-01-02
}

var exportHeader = []string{"id", "session_id", "card_id", "kind", "correct", "hint", "rating", "elapsed_ms", "answered_at", "day"}

// eachReview streams the review log, oldest first, in one read transaction.
func (s *Store) eachReview(fn func(exportRow) error) error {
	tx, err := s.db.BeginTx(context.Background(), &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rows, err := tx.Query(`SELECT id, session_id, card_id, kind, correct, hint, rating, elapsed_ms, answered_at, day
		FROM reviews ORDER BY id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			r       exportRow
			session sql.NullInt64
			correct int
			hint    int
			rating  int
			at      int64
			day     int
		)
		if err := rows.Scan(&r.ID, &session, &r.CardID, &r.Kind, &correct, &hint, &rating, &r.ElapsedMS, &at, &day); err != nil {
			return err
		}
		if session.Valid {
			r.SessionID = &session.Int64
		}
		r.Correct, r.Hint = correct != 0, hint != 0
		r.Rating = fsrs.Rating(rating).String()
		r.AnsweredAt = time.UnixMilli(at).In(s.loc()).Format(exportTime)
		r.Day = quiz.DayDate(day)
		if err := fn(r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return tx.Commit()
}

// ExportCSV writes the review log as CSV with a header row: id, session_id
// (empty when none), card_id, kind, correct and hint (1 or 0), rating
// (again/hard/good/easy), elapsed_ms, answered_at (RFC 3339) and day (the
// learner day's date).
func (s *Store) ExportCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(exportHeader); err != nil {
		return err
	}
	err := s.eachReview(func(r exportRow) error {
		session := ""
		if r.SessionID != nil {
			session = strconv.FormatInt(*r.SessionID, 10)
		}
		return cw.Write([]string{
			strconv.FormatInt(r.ID, 10), session, r.CardID, r.Kind,
			strconv.Itoa(boolInt(r.Correct)), strconv.Itoa(boolInt(r.Hint)), r.Rating,
			strconv.FormatInt(r.ElapsedMS, 10), r.AnsweredAt, r.Day,
		})
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// ExportJSON writes the review log as a JSON array of objects with the same
// fields as ExportCSV (correct and hint as booleans, session_id null when
// none).
func (s *Store) ExportJSON(w io.Writer) error {
	bw := bufio.NewWriter(w)
	sep := "[\n"
	err := s.eachReview(func(r exportRow) error {
		b, err := json.Marshal(r)
		if err != nil {
			return err
		}
		bw.WriteString(sep)
		bw.Write(b)
		sep = ",\n"
		return nil
	})
	if err != nil {
		return err
	}
	if sep == "[\n" {
		bw.WriteString("[]\n")
	} else {
		bw.WriteString("\n]\n")
	}
	return bw.Flush()
}
