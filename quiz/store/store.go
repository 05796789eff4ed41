// Package store keeps the learner's progress in SQLite: the log of every
// answer, the FSRS state of every card that has been reviewed, and the quiz
// and review sessions. Every statistic is derived from the log.
//
// The file is <dir>/progress.db, opened in WAL mode with a busy time-out so
// that two terminals can study at once. Every answer is committed in its
// own transaction before Record returns, so a crash or a kill loses nothing
// already answered. A damaged file, or one that cannot even be read, is
// renamed aside (never deleted) and a fresh one started; a file written by
// a newer httpcodes, and any other application's database, is never touched
// (the file's application ID and schema version tell ours from theirs, once
// it can be read).
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "github.com/ncruces/go-sqlite3/driver" // registers "sqlite3"

	"httpcodes/quiz"
	"httpcodes/quiz/fsrs"
)

// FileName is the name of the database inside the data directory.
const FileName = "progress.db"

var (
	// ErrNewerSchema: the database was written by a newer httpcodes. It is
	// left untouched.
	ErrNewerSchema = errors.New("progress database is from a newer version of httpcodes")
	// ErrUnwritable: the data directory or the database cannot be written.
	// The caller can fall back to OpenMemory (progress is then not saved).
	ErrUnwritable = errors.New("cannot write progress")
)

// synchronous is the SQLite synchronous level of file databases.
//
// FULL: each commit fsyncs the WAL, so a committed answer survives even a
// power loss. NORMAL (in WAL mode) survives process crashes and kill -9 but
// may lose the last commits on power loss. FULL is chosen because it stays
// well under the 5 ms target: BenchmarkRecord on ext4 in a temp dir (2
// cores, go test -bench . -count 5, medians): FULL mean 0.70 ms, p95
// 1.67 ms; NORMAL mean 0.24 ms, p95 0.34 ms.
const synchronous = "full"

// busyTimeout is how long a writer waits for another process's transaction.
const busyTimeout = 5000 // ms

// Store is the progress database. It is safe for use by the goroutines of
// one process; several processes may open the same file at once.
type Store struct {
	db   *sql.DB
	path string
	p    fsrs.Params
	// retention is the desired retention set since the store was opened
	// (math.Float64bits; 0 while p's holds).
	retention atomic.Uint64
	// wmu serialises this process's write transactions, so that they queue
	// in Go instead of spinning in SQLite's busy handler. Other processes
	// are handled by busy_timeout.
	wmu sync.Mutex
	// scratch is the temporary directory of a read-only store's copy.
	scratch string
}

// Notice tells the caller about something Open did that the learner should
// hear of.
type Notice struct {
	// MovedAside is the new path of a damaged database that was renamed
	// (with its -wal and -shm) before a fresh one was started; "" if none.
	MovedAside string
	// Unreadable says that MovedAside was moved because it could not be
	// read at all (its permissions), not because it was damaged.
	Unreadable bool
	// WALKept is a copy of a damaged write-ahead log, kept before SQLite
	// dropped the answers logged after the damage; "" if none.
	WALKept string
	// NotSaved is set when the progress can be read but not written (a
	// read-only file or directory, or LogProblem): the store holds a copy
	// of it, shows it, and keeps nothing. It says why.
	NotSaved error
	// LogProblem says what is wrong with the write-ahead log beside the
	// database, and where, when it cannot be used (it is a directory, for
	// instance): the progress shown is what the database file holds.
	LogProblem error
}

// String is what the learner is told of the notice, in one message; ""
// when there is nothing to tell.
func (n Notice) String() string {
	var parts []string
	if n.WALKept != "" {
		parts = append(parts, "Part of your progress log was damaged: the answers saved before the damage were kept, "+
			"and a copy of the damaged log is at "+n.WALKept+".")
	}
	switch {
	case n.MovedAside != "" && n.Unreadable:
		parts = append(parts, "Your progress file could not be read (its permissions): it was moved to "+n.MovedAside+
			" and a new one was started.")
	case n.MovedAside != "":
		parts = append(parts, "Your progress file was damaged: it was moved to "+n.MovedAside+" and a new one was started.")
	}
	switch {
	case n.LogProblem != nil:
		parts = append(parts, "Your progress is shown as the database file holds it, but nothing new is saved: "+
			n.LogProblem.Error()+".")
	case n.NotSaved != nil:
		parts = append(parts, "Your progress is read-only ("+n.NotSaved.Error()+"): it can be read, but nothing new is saved.")
	}
	return strings.Join(parts, " ")
}

// DefaultDir is the data directory: $HTTPCODES_DATA_DIR if set, else
// $XDG_STATE_HOME/httpcodes (when that is an absolute path, as the XDG
// spec requires), else ~/.local/state/httpcodes.
func DefaultDir() (string, error) {
	if d := os.Getenv("HTTPCODES_DATA_DIR"); d != "" {
		return d, nil
	}
	if d := os.Getenv("XDG_STATE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "httpcodes"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("progress directory: %w", err)
	}
	return filepath.Join(home, ".local", "state", "httpcodes"), nil
}

// OpenMemory returns a store that lives in memory only (for when the data
// directory cannot be written): same schema and behaviour, nothing saved.
func OpenMemory(p fsrs.Params) (*Store, error) {
	db, err := sql.Open("sqlite3", "file::memory:?_pragma=foreign_keys(on)")
	if err != nil {
		return nil, err
	}
	// One connection, never closed: the database lives as long as it does.
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	if err := migrate(context.Background(), db, p, ":memory:", latestVersion); err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db, p: p}, nil
}

// Path is the database file, or "" for a store whose answers are not kept
// (in memory, or a copy of a read-only database).
func (s *Store) Path() string { return s.path }

// Saved reports whether answers are kept in a file that outlives the
// program.
func (s *Store) Saved() bool { return s.path != "" }

// Close closes the database (checkpointing the WAL into the file).
func (s *Store) Close() error {
	err := s.db.Close()
	if s.scratch != "" {
		os.RemoveAll(s.scratch)
	}
	return err
}

// fileDSN builds a URI filename for path with the given PRAGMAs, applied in
// order when each connection opens.
func fileDSN(path string, pragmas ...string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	q := make([]string, len(pragmas))
	for i, p := range pragmas {
		q[i] = "_pragma=" + url.QueryEscape(p)
	}
	return u.String() + "?" + strings.Join(q, "&")
}

// loc is the learner's time zone (fsrs: nil means UTC).
func (s *Store) loc() *time.Location {
	if s.p.Location != nil {
		return s.p.Location
	}
	return time.UTC
}

func (s *Store) fromMillis(ms int64) time.Time { return time.UnixMilli(ms).In(s.loc()) }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// StartSession records the start of a session and returns its ID.
func (s *Store) StartSession(info quiz.SessionInfo) (int64, error) {
	if info.Mode != quiz.ModeQuiz && info.Mode != quiz.ModeReview {
		return 0, fmt.Errorf("store: session mode %d (want quiz or review)", info.Mode)
	}
	if info.Started.IsZero() {
		return 0, errors.New("store: session start time is zero")
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	res, err := s.db.Exec(`INSERT INTO sessions (mode, kind, scope, planned, seed, started_at) VALUES (?, ?, ?, ?, ?, ?)`,
		info.Mode.String(), string(info.Kind), string(info.Scope), info.Planned, info.Seed, info.Started.UnixMilli())
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// EndSession marks a session finished and stores its score: correct of
// total first attempts, as the quiz summary shows it. While a session runs,
// its answered and correct count every answer (re-asks too), so that a
// session cut short still shows how far it went; at the end they become
// the score. A session that no longer exists (progress was reset
// meanwhile) is not an error.
func (s *Store) EndSession(id int64, ended time.Time, correct, total int) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	_, err := s.db.Exec(`UPDATE sessions SET ended_at = ?, correct = ?, answered = ? WHERE id = ?`,
		ended.UnixMilli(), correct, total, id)
	return err
}

const cardColumns = `state, step, stability, difficulty, due, last_review, interval, reps, lapses`

type scanner interface{ Scan(...any) error }

func (s *Store) scanCard(sc scanner, id string, extra ...any) (fsrs.Card, error) {
	var (
		c         fsrs.Card
		state     int
		due, last sql.NullInt64
	)
	dest := append([]any{&state, &c.Step, &c.Stability, &c.Difficulty, &due, &last, &c.Interval, &c.Reps, &c.Lapses}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return c, err
	}
	c.State = fsrs.State(state)
	if due.Valid {
		c.Due = s.fromMillis(due.Int64)
	}
	if last.Valid {
		c.LastReview = s.fromMillis(last.Int64)
	}
	c.Seed = quiz.CardSeed(id)
	return c, nil
}

// Record commits one answer in one transaction: it reads the card's state
// from the database (another process may have changed it), schedules it
// with Params.Next and quiz.RatingOf, logs the review, saves the card and counts
// the answer in its session. It returns the card as saved. Times are kept
// to the millisecond.
//
// A SessionID that does not exist (progress was reset meanwhile) does not
// lose the answer: it is logged without a session.
func (s *Store) Record(a quiz.Answer) (fsrs.Card, error) {
	if a.CardID == "" {
		return fsrs.Card{}, errors.New("store: answer without a card ID")
	}
	if a.At.IsZero() {
		return fsrs.Card{}, errors.New("store: answer time is zero")
	}
	at := s.fromMillis(a.At.UnixMilli())
	rating := quiz.RatingOf(a.Correct, a.Hint)
	day := s.p.DayNumber(at)
	elapsed := max(a.Elapsed.Milliseconds(), 0)

	s.wmu.Lock()
	defer s.wmu.Unlock()
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil) // BEGIN IMMEDIATE
	if err != nil {
		return fsrs.Card{}, err
	}
	defer tx.Rollback()

	card, err := s.scanCard(tx.QueryRowContext(ctx, `SELECT `+cardColumns+` FROM cards WHERE card_id = ?`, a.CardID), a.CardID)
	if errors.Is(err, sql.ErrNoRows) {
		card, err = fsrs.Card{Seed: quiz.CardSeed(a.CardID)}, nil
	}
	if err != nil {
		return fsrs.Card{}, err
	}
	next := s.params().Next(card, rating, at)

	var session any // NULL
	if a.SessionID != 0 {
		res, err := tx.ExecContext(ctx, `UPDATE sessions SET answered = answered + 1, correct = correct + ? WHERE id = ?`,
			boolInt(a.Correct), a.SessionID)
		if err != nil {
			return fsrs.Card{}, err
		}
		if n, err := res.RowsAffected(); err != nil {
			return fsrs.Card{}, err
		} else if n == 1 {
			session = a.SessionID
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO reviews
		(card_id, kind, correct, hint, rating, elapsed_ms, answered_at, day, session_id, prev_state)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.CardID, string(a.Kind), boolInt(a.Correct), boolInt(a.Hint), int(rating), elapsed, at.UnixMilli(), day,
		session, int(card.State)); err != nil {
		return fsrs.Card{}, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO cards (card_id, `+cardColumns+`, introduced_day)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (card_id) DO UPDATE SET
			state = excluded.state, step = excluded.step, stability = excluded.stability,
			difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review,
			interval = excluded.interval, reps = excluded.reps, lapses = excluded.lapses,
			introduced_day = COALESCE(cards.introduced_day, excluded.introduced_day)`,
		a.CardID, int(next.State), next.Step, next.Stability, next.Difficulty, next.Due.UnixMilli(),
		next.LastReview.UnixMilli(), next.Interval, next.Reps, next.Lapses, day); err != nil {
		return fsrs.Card{}, err
	}
	if err := tx.Commit(); err != nil {
		return fsrs.Card{}, err
	}
	return next, nil
}

// Cards returns the state of every card that has been reviewed.
func (s *Store) Cards() (map[string]fsrs.Card, error) {
	rows, err := s.db.Query(`SELECT card_id, ` + cardColumns + ` FROM cards`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make(map[string]fsrs.Card)
	for rows.Next() {
		var id string
		c, err := s.scanCard(scanFunc(func(dest ...any) error {
			return rows.Scan(append([]any{&id}, dest...)...)
		}), "")
		if err != nil {
			return nil, err
		}
		c.Seed = quiz.CardSeed(id)
		out[id] = c
	}
	return out, rows.Err()
}

type scanFunc func(...any) error

func (f scanFunc) Scan(dest ...any) error { return f(dest...) }

// Misses returns, per card answered at least once, its answers and wrong
// answers of all time.
func (s *Store) Misses() (map[string]quiz.Miss, error) {
	return misses[string](s.db, "card_id")
}

// KindMisses returns, per question kind, all-time answers and wrong
// answers (for weighting a mixed quiz toward the kinds a learner finds hard).
func (s *Store) KindMisses() (map[quiz.Kind]quiz.Miss, error) {
	return misses[quiz.Kind](s.db, "kind")
}

// misses counts answers and wrong answers grouped by a column of reviews.
func misses[K ~string](db *sql.DB, column string) (map[K]quiz.Miss, error) {
	rows, err := db.Query(`SELECT ` + column + `, COUNT(*), COUNT(*) - SUM(correct) FROM reviews GROUP BY ` + column)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make(map[K]quiz.Miss)
	for rows.Next() {
		var k string
		var m quiz.Miss
		if err := rows.Scan(&k, &m.Answers, &m.Wrong); err != nil {
			return nil, err
		}
		out[K(k)] = m
	}
	return out, rows.Err()
}

// IntroducedToday counts the cards whose first review was on now's learner
// day (for the daily new-card limit).
func (s *Store) IntroducedToday(now time.Time) (int, error) {
	var n int
	err := s.db.QueryRow(`SELECT COUNT(*) FROM cards WHERE introduced_day = ?`, s.p.DayNumber(now)).Scan(&n)
	return n, err
}

// Queue puts cards first in line among the new cards of the next reviews,
// in the order given, after those queued before; it returns how many were
// not queued yet.
func (s *Store) Queue(ids []string, at time.Time) (int, error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.Begin()
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	added := 0
	for i, id := range ids {
		res, err := tx.Exec(`INSERT OR IGNORE INTO queue (card_id, queued_at) VALUES (?, ?)`, id, at.UnixMilli()+int64(i))
		if err != nil {
			return 0, err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return 0, err
		}
		added += int(n)
	}
	return added, tx.Commit()
}

// Queued returns the queued cards, first in line first.
func (s *Store) Queued() ([]string, error) {
	rows, err := s.db.Query(`SELECT card_id FROM queue ORDER BY queued_at, card_id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// Size counts the answers logged and the codes scheduled.
func (s *Store) Size() (answers, cards int, err error) {
	err = s.db.QueryRow(`SELECT (SELECT COUNT(*) FROM reviews), (SELECT COUNT(*) FROM cards)`).Scan(&answers, &cards)
	return answers, cards, err
}

// Reset deletes all reviews, cards, sessions and the queue in one
// transaction.
func (s *Store) Reset() error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, q := range []string{`DELETE FROM reviews`, `DELETE FROM cards`, `DELETE FROM sessions`, `DELETE FROM queue`} {
		if _, err := tx.Exec(q); err != nil {
			return err
		}
	}
	return tx.Commit()
}
