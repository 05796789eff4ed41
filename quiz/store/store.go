// Package store keeps the learner's progress in SQLite: the log of every
// answer, the FSRS state of every card that has been reviewed, and the quiz
// and review sessions. Every statistic is derived from the log.
//
// The file is <dir>/progress.db, opened in WAL mode with a busy time-out so
// that two terminals can study at once. Every answer is committed in its
// own transaction before Record returns, so a crash or a kill loses nothing
// already answered. A damaged file is renamed aside (never deleted) and a
// fresh one started; a file written by a newer httpcodes is never touched.
package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ncruces/go-sqlite3"
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
	// read-only file or directory): the store holds a copy of it, shows
	// it, and keeps nothing. It says why.
	NotSaved error
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

// Open opens (creating if needed) dir/progress.db and brings its schema up
// to date. Errors to expect: ErrUnwritable (no progress yet and nowhere to
// write it: fall back to OpenMemory) and ErrNewerSchema (the file is left
// byte-for-byte as it was). A damaged or unreadable file is moved aside and
// reported in the Notice, and a fresh store returned. Progress that can be
// read but not written is opened as a copy, with Notice.NotSaved set.
func Open(dir string, p fsrs.Params) (*Store, Notice, error) {
	return openFile(dir, p, synchronous)
}

func openFile(dir string, p fsrs.Params, syncMode string) (*Store, Notice, error) {
	ctx := context.Background()
	var notice Notice
	if dir == "" {
		return nil, notice, errors.New("store: empty data directory")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, notice, err
	}
	dir = abs
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, notice, unwritable(dir, err)
	}
	// SQLite needs to create progress.db-wal and -shm beside the file.
	var dirErr error
	if f, err := os.CreateTemp(dir, ".write-test-*"); err != nil {
		dirErr = unwritable(dir, cause(err))
	} else {
		f.Close()
		os.Remove(f.Name())
	}
	path := filepath.Join(dir, FileName)

	fi, err := os.Stat(path)
	switch {
	case err == nil:
		if !fi.Mode().IsRegular() {
			return nil, notice, fmt.Errorf("%s is not a regular file", path)
		}
		f, err := os.OpenFile(path, os.O_RDWR, 0)
		if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) {
			if rf, rerr := os.Open(path); rerr == nil {
				// Readable, not writable: show the progress, keep nothing.
				rf.Close()
				return openReadOnly(ctx, path, p, unwritable(path, cause(err)))
			} else if dirErr == nil && errors.Is(rerr, fs.ErrPermission) {
				// Not even readable: move it aside like a damaged file.
				if notice.MovedAside, err = moveAside(path); err != nil {
					return nil, notice, err
				}
				notice.Unreadable = true
				break
			}
			return nil, notice, unwritable(path, cause(err))
		}
		if err != nil {
			return nil, notice, err
		}
		if dirErr != nil {
			// The file could be written, but not the log beside it.
			f.Close()
			return openReadOnly(ctx, path, p, dirErr)
		}
		// Look before writing anything: a newer schema must stay untouched
		// (the header says so without even opening it with SQLite, which
		// would create a -wal and -shm beside it), and a damaged file must
		// be moved aside.
		v := headerVersion(f)
		f.Close()
		damaged := false
		if v > latestVersion {
			// Newer, or a header scrambled by damage. No release will ever
			// count a thousand schema versions; below that, check the file
			// as an immutable read-only database, which SQLite never writes.
			if damaged = v > maxPlausibleVersion || soundness(ctx, path) == errDamaged; !damaged {
				return nil, notice, newerSchema(path, v)
			}
		}
		if !damaged {
			v, damaged, err = probe(ctx, path)
		}
		if err != nil {
			return nil, notice, err
		}
		if !damaged && v > latestVersion {
			return nil, notice, newerSchema(path, v)
		}
		if damaged {
			if notice.MovedAside, err = moveAside(path); err != nil {
				return nil, notice, err
			}
		} else if notice.WALKept, err = keepDamagedWAL(path); err != nil {
			// Keep a damaged log before the database is opened for
			// writing: SQLite's recovery would drop its tail. (The probe
			// above reads without recovering anything into the file.)
			return nil, notice, err
		}
	case errors.Is(err, fs.ErrNotExist):
		if dirErr != nil {
			return nil, notice, dirErr
		}
	default:
		return nil, notice, err
	}

	s, err := openRW(ctx, path, p, syncMode)
	if err != nil && isDamage(err) && notice.MovedAside == "" {
		// Damage the probe did not see (or that appeared since): move aside
		// and start afresh, once.
		if notice.MovedAside, err = moveAside(path); err != nil {
			return nil, notice, err
		}
		s, err = openRW(ctx, path, p, syncMode)
	}
	if err != nil {
		return nil, notice, err
	}
	return s, notice, nil
}

func openRW(ctx context.Context, path string, p fsrs.Params, syncMode string) (*Store, error) {
	db, err := sql.Open("sqlite3", fileDSN(path,
		fmt.Sprintf("busy_timeout(%d)", busyTimeout),
		"synchronous("+syncMode+")",
		"foreign_keys(on)",
	))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	if err := useWAL(ctx, db, busyTimeout*time.Millisecond); err != nil {
		db.Close()
		return nil, err
	}
	if err := migrate(ctx, db, p, path, latestVersion); err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db, path: path, p: p}, nil
}

// useWAL switches the file to write-ahead logging, which it then keeps for
// every later connection. The switch upgrades a read lock to a write lock,
// and SQLite answers "busy" at once, without waiting in its busy handler,
// when another process is doing the same (waiting could deadlock). So the
// wait is here: retry with a short, growing pause until the time-out.
func useWAL(ctx context.Context, db *sql.DB, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	pause := time.Millisecond
	for {
		var mode string
		err := db.QueryRowContext(ctx, `PRAGMA journal_mode = wal`).Scan(&mode)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			// A file system without shared memory keeps its rollback
			// journal (mode is then not "wal"); the store works either way.
			return err
		}
		time.Sleep(pause)
		pause = min(2*pause, 50*time.Millisecond)
	}
}

// isBusy tells whether err means another connection holds a lock.
func isBusy(err error) bool {
	return errors.Is(err, sqlite3.BUSY) || errors.Is(err, sqlite3.LOCKED)
}

// openReadOnly opens a copy of the database at path (and its log) in a
// temporary directory: the learner sees their progress, and the answers of
// this run go to the copy, which Close removes. why is what stops writing.
func openReadOnly(ctx context.Context, path string, p fsrs.Params, why error) (*Store, Notice, error) {
	notice := Notice{NotSaved: why}
	if f, err := os.Open(path); err == nil {
		v := headerVersion(f)
		f.Close()
		if v > latestVersion {
			return nil, notice, newerSchema(path, v)
		}
	}
	sweepReadOnlyCopies()
	tmp, err := os.MkdirTemp("", readOnlyPrefix+"*")
	if err != nil {
		return nil, notice, fmt.Errorf("%w (and no temporary copy could be made: %w)", why, cause(err))
	}
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(path + suffix)
		if errors.Is(err, fs.ErrNotExist) && suffix != "" {
			continue
		}
		if err == nil {
			err = os.WriteFile(filepath.Join(tmp, FileName+suffix), b, 0o600)
		}
		if err != nil {
			os.RemoveAll(tmp)
			return nil, notice, fmt.Errorf("%w (and reading %s failed: %w)", why, path+suffix, cause(err))
		}
	}
	s, err := openRW(ctx, filepath.Join(tmp, FileName), p, "off")
	if err != nil {
		os.RemoveAll(tmp)
		return nil, notice, fmt.Errorf("%w, and %s could not be read: %w", why, path, err)
	}
	s.path, s.scratch = "", tmp
	return s, notice, nil
}

// readOnlyPrefix names the temporary directories of read-only copies.
const readOnlyPrefix = "httpcodes-read-only-"

// sweepReadOnlyCopies removes the read-only copies a killed process left
// in the temporary directory (a day old or more: a running one is newer).
func sweepReadOnlyCopies() {
	old, _ := filepath.Glob(filepath.Join(os.TempDir(), readOnlyPrefix+"*"))
	for _, d := range old {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() && time.Since(fi.ModTime()) > 24*time.Hour {
			os.RemoveAll(d)
		}
	}
}

// cause is the reason inside a file-system error, without the file name
// (which may be a temporary one the learner never heard of).
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
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

// headerVersion is the user_version in a database file's header (0 when
// the file is not an SQLite database). With a WAL, the file's header may be
// older than the database's; probe reads the real one.
func headerVersion(f *os.File) int {
	var h [100]byte
	if _, err := io.ReadFull(f, h[:]); err != nil || string(h[:16]) != "SQLite format 3\x00" {
		return 0
	}
	return int(binary.BigEndian.Uint32(h[60:64]))
}

// probe reads the schema version and runs quick_check over a read-only
// connection, which never writes to the database file.
func probe(ctx context.Context, path string) (version int, damaged bool, err error) {
	db, err := sql.Open("sqlite3", fileDSN(path, fmt.Sprintf("busy_timeout(%d)", busyTimeout))+"&mode=ro")
	if err != nil {
		return 0, false, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	version, err = userVersion(ctx, db)
	if err != nil {
		if isDamage(err) {
			return 0, true, nil
		}
		return 0, false, err
	}
	if version > latestVersion {
		return version, false, nil
	}
	rows, err := db.QueryContext(ctx, `PRAGMA quick_check(1)`)
	if err != nil {
		if isDamage(err) {
			return version, true, nil
		}
		return version, false, err
	}
	defer rows.Close()
	result := ""
	if rows.Next() {
		if err := rows.Scan(&result); err != nil {
			return version, false, err
		}
	}
	if err := rows.Err(); err != nil {
		if isDamage(err) {
			return version, true, nil
		}
		return version, false, err
	}
	return version, result != "ok", nil
}

var errDamaged = errors.New("store: damaged database")

// maxPlausibleVersion bounds the schema versions a real database can have;
// a larger one in a header is damage, not the future.
const maxPlausibleVersion = 1000

// soundness runs quick_check over the file opened immutable and read-only:
// no lock, no -wal or -shm, no write of any kind. It returns errDamaged
// when the file is not a sound database, nil when it is, and another error
// when it cannot tell.
func soundness(ctx context.Context, path string) error {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path), RawQuery: "mode=ro&immutable=1"}
	db, err := sql.Open("sqlite3", u.String())
	if err != nil {
		return err
	}
	defer db.Close()
	var result string
	if err := db.QueryRowContext(ctx, `PRAGMA quick_check(1)`).Scan(&result); err != nil {
		if isDamage(err) {
			return errDamaged
		}
		return err
	}
	if result != "ok" {
		return errDamaged
	}
	return nil
}

// isDamage tells whether err means the file is not a sound database.
func isDamage(err error) bool {
	return errors.Is(err, sqlite3.NOTADB) || errors.Is(err, sqlite3.CORRUPT)
}

// damagedName is a free name for a damaged copy of path:
// path.damaged-YYYYMMDD-HHMMSS, with -2, -3… if that is taken.
func damagedName(path string) string {
	base := path + ".damaged-" + time.Now().Format("20060102-150405")
	target := base
	for i := 2; ; i++ {
		if _, err := os.Lstat(target); errors.Is(err, fs.ErrNotExist) {
			return target
		}
		target = fmt.Sprintf("%s-%d", base, i)
	}
}

// moveAside renames a damaged database, with its -wal, -shm and -journal,
// to progress.db.damaged-YYYYMMDD-HHMMSS (plus -2, -3… if taken).
func moveAside(path string) (string, error) {
	target := damagedName(path)
	if err := os.Rename(path, target); err != nil {
		return "", fmt.Errorf("store: moving damaged %s aside: %w", path, err)
	}
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Lstat(path + suffix); err == nil {
			if err := os.Rename(path+suffix, target+suffix); err != nil {
				return target, fmt.Errorf("store: moving damaged %s aside: %w", path+suffix, err)
			}
		}
	}
	return target, nil
}

func unwritable(where string, cause error) error {
	return fmt.Errorf("%w to %s: %w", ErrUnwritable, where, cause)
}

func newerSchema(path string, v int) error {
	return fmt.Errorf("%w: %s has schema version %d, this httpcodes knows versions up to %d (the file was left untouched; upgrade httpcodes)",
		ErrNewerSchema, path, v, latestVersion)
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

// Size counts the answers logged and the codes scheduled.
func (s *Store) Size() (answers, cards int, err error) {
	err = s.db.QueryRow(`SELECT (SELECT COUNT(*) FROM reviews), (SELECT COUNT(*) FROM cards)`).Scan(&answers, &cards)
	return answers, cards, err
}

// Reset deletes all reviews, cards and sessions in one transaction.
func (s *Store) Reset() error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, q := range []string{`DELETE FROM reviews`, `DELETE FROM cards`, `DELETE FROM sessions`} {
		if _, err := tx.Exec(q); err != nil {
			return err
		}
	}
	return tx.Commit()
}
