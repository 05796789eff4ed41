package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"httpcodes/quiz"
	"httpcodes/quiz/fsrs"
)

// A migration is one numbered step of the schema. Step i (1-based) takes a
// database from user_version i-1 to i. Its SQL, its optional Go back-fill
// and the user_version bump run in one transaction.
type migration struct {
	sql  string
	fill func(ctx context.Context, tx *sql.Tx, p fsrs.Params) error
}

// migrations is the ordered list of schema steps. Append only: never edit a
// step that has shipped.
var migrations = []migration{
	{sql: schemaV1},
	{sql: schemaV2, fill: backfillPrevState},
	{sql: schemaV3},
}

// latestVersion is the newest schema this code knows.
var latestVersion = len(migrations)

// v1: the review log and the scheduler's state per card. Times are unix
// milliseconds; day is the learner day (fsrs.Params.DayNumber) of the answer.
const schemaV1 = `
CREATE TABLE reviews (
	id          INTEGER PRIMARY KEY,
	card_id     TEXT    NOT NULL,
	kind        TEXT    NOT NULL,
	correct     INTEGER NOT NULL,
	hint        INTEGER NOT NULL,
	rating      INTEGER NOT NULL,
	elapsed_ms  INTEGER NOT NULL,
	answered_at INTEGER NOT NULL,
	day         INTEGER NOT NULL
);
CREATE TABLE cards (
	card_id     TEXT PRIMARY KEY,
	state       INTEGER NOT NULL DEFAULT 0,
	step        INTEGER NOT NULL DEFAULT 0,
	stability   REAL    NOT NULL DEFAULT 0,
	difficulty  REAL    NOT NULL DEFAULT 0,
	due         INTEGER,
	last_review INTEGER,
	interval    INTEGER NOT NULL DEFAULT 0,
	reps        INTEGER NOT NULL DEFAULT 0,
	lapses      INTEGER NOT NULL DEFAULT 0
);
`

// v2: sessions; each review's session and the card's state before it
// (prev_state, what Anki's revlog calls the review type: true retention
// needs it and it cannot be recovered from the card table afterwards);
// the learner day each card was introduced; indexes for the statistics.
//
// reviews_card covers GROUP BY card_id, kind (answers and correct per card
// and per kind in one index scan); reviews_day covers the per-day counts
// and the first review of each card on each day.
const schemaV2 = `
CREATE TABLE sessions (
	id         INTEGER PRIMARY KEY,
	mode       TEXT    NOT NULL CHECK (mode IN ('quiz', 'review')),
	kind       TEXT    NOT NULL DEFAULT '',
	scope      TEXT    NOT NULL DEFAULT '',
	planned    INTEGER NOT NULL DEFAULT 0,
	seed       INTEGER NOT NULL DEFAULT 0,
	started_at INTEGER NOT NULL,
	ended_at   INTEGER,
	answered   INTEGER NOT NULL DEFAULT 0,
	correct    INTEGER NOT NULL DEFAULT 0
);
ALTER TABLE reviews ADD COLUMN session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL;
ALTER TABLE reviews ADD COLUMN prev_state INTEGER;
ALTER TABLE cards ADD COLUMN introduced_day INTEGER;
UPDATE cards SET introduced_day = (SELECT MIN(r.day) FROM reviews r WHERE r.card_id = cards.card_id);
CREATE INDEX reviews_day ON reviews(day, card_id);
CREATE INDEX reviews_card ON reviews(card_id, kind, correct);
CREATE INDEX reviews_session ON reviews(session_id) WHERE session_id IS NOT NULL;
`

// v3: the queue of codes to learn first: new cards a learner asked for
// (httpcodes explain --study), in the order asked. A card leaves the
// queue's effect once it has been answered.
const schemaV3 = `
CREATE TABLE queue (
	card_id   TEXT PRIMARY KEY,
	queued_at INTEGER NOT NULL
);
`

// backfillPrevState replays each card's review log through the scheduler to
// recover the state the card was in before each review logged under v1.
func backfillPrevState(ctx context.Context, tx *sql.Tx, p fsrs.Params) error {
	type row struct {
		id     int64
		card   string
		rating int
		at     int64
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, card_id, rating, answered_at FROM reviews ORDER BY card_id, id`)
	if err != nil {
		return err
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.card, &r.rating, &r.at); err != nil {
			rows.Close()
			return err
		}
		all = append(all, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	upd, err := tx.PrepareContext(ctx, `UPDATE reviews SET prev_state = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer upd.Close()
	var card fsrs.Card
	cur := ""
	for i, r := range all {
		if i == 0 || r.card != cur {
			cur, card = r.card, fsrs.Card{Seed: quiz.CardSeed(r.card)}
		}
		if r.rating < int(fsrs.Again) || r.rating > int(fsrs.Easy) {
			continue // not a rating the scheduler knows: leave prev_state NULL
		}
		if _, err := upd.ExecContext(ctx, int(card.State), r.id); err != nil {
			return err
		}
		card = p.Next(card, fsrs.Rating(r.rating), time.UnixMilli(r.at))
	}
	return nil
}

func userVersion(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&v)
	return v, err
}

// migrate brings the database up to version target, one step per
// transaction. Each step re-reads user_version inside its BEGIN IMMEDIATE
// transaction, so two processes opening the same file at once apply every
// step exactly once.
func migrate(ctx context.Context, db *sql.DB, p fsrs.Params, path string, target int) error {
	v, err := userVersion(ctx, db)
	if err != nil {
		return err
	}
	if v > latestVersion {
		return newerSchema(path, v)
	}
	for v < target {
		if v, err = migrateStep(ctx, db, p, path, target); err != nil {
			return err
		}
	}
	return nil
}

func migrateStep(ctx context.Context, db *sql.DB, p fsrs.Params, path string, target int) (int, error) {
	tx, err := db.BeginTx(ctx, nil) // BEGIN IMMEDIATE (the driver's default)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	v, err := userVersion(ctx, tx)
	if err != nil {
		return 0, err
	}
	if v > latestVersion {
		return 0, newerSchema(path, v)
	}
	if v >= target {
		return v, tx.Commit()
	}
	m := migrations[v]
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return 0, fmt.Errorf("migration %d: %w", v+1, err)
	}
	if m.fill != nil {
		if err := m.fill(ctx, tx, p); err != nil {
			return 0, fmt.Errorf("migration %d: %w", v+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, v+1)); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	return v + 1, nil
}
