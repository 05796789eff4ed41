package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ncruces/go-sqlite3"

	"httpcodes/quiz/fsrs"
)

// Open opens (creating if needed) dir/progress.db and brings its schema up
// to date. Errors to expect, each leaving the file as it was:
// ErrUnwritable (no progress yet and nowhere to write it: fall back to
// OpenMemory), ErrNewerSchema, ErrForeign, ErrDamaged (damaged, and the
// directory cannot be written to move it aside) and ErrPathTooLong. A
// damaged or unreadable file is moved aside and reported in the Notice,
// and a fresh store returned. Progress that can be read but not written
// is opened as a copy, with Notice.NotSaved set.
//
// Several processes may open the same directory at once: the checks, any
// moving aside and the creation happen under a lock on the directory, one
// process at a time.
func Open(dir string, p fsrs.Params) (*Store, Notice, error) {
	return openFile(dir, p, synchronous)
}

// CheckDir tells, before any work, whether dir can hold the progress
// database at all: nil, or an ErrPathTooLong saying the length and the
// limit. Open and OpenReadOnly check the same; a command that opens the
// store in the background can check first and stop with a clear message.
func CheckDir(dir string) error {
	_, _, err := dataPath(dir)
	return err
}

// dataPath is the absolute data directory and database path of dir.
func dataPath(dir string) (abs, path string, err error) {
	if dir == "" {
		return "", "", errors.New("store: empty data directory")
	}
	if abs, err = filepath.Abs(dir); err != nil {
		return "", "", err
	}
	path = filepath.Join(abs, FileName)
	return abs, path, checkPathLength(path)
}

func openFile(dir string, p fsrs.Params, syncMode string) (*Store, Notice, error) {
	dir, path, err := dataPath(dir)
	if err != nil {
		return nil, Notice{}, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, Notice{}, unwritable(dir, err)
	}
	unlock, err := lockDir(dir, true)
	if err != nil {
		return nil, Notice{}, err
	}
	defer unlock()
	real := realPath(path)
	if err := checkPathLength(real); err != nil {
		return nil, Notice{}, err
	}
	return openChecked(context.Background(), path, real, p, syncMode, writeTest(dir))
}

// writeTest tells whether files can be created in dir (SQLite needs to
// create progress.db-wal and -shm beside the database): nil, or an
// ErrUnwritable.
func writeTest(dir string) error {
	f, err := os.CreateTemp(dir, ".write-test-*")
	if err != nil {
		return unwritable(dir, cause(err))
	}
	f.Close()
	os.Remove(f.Name())
	return nil
}

// openChecked looks at the database at path (real: its links followed)
// and opens it, moves it aside or refuses it. dirErr says why the data
// directory cannot be written, if it cannot.
func openChecked(ctx context.Context, path, real string, p fsrs.Params, syncMode string, dirErr error) (*Store, Notice, error) {
	var notice Notice
	readErr, writeErr := access(real)
	if readErr != nil {
		if dirErr == nil && errors.Is(readErr, fs.ErrPermission) {
			// Not even readable: move it aside like a damaged file.
			notice.Unreadable = true
			return freshStore(ctx, path, real, p, syncMode, notice)
		}
		return nil, notice, unwritable(path, cause(readErr))
	}
	found, err := inspect(ctx, real)
	if err != nil {
		return nil, notice, err
	}
	switch found.verdict {
	case absent:
		if dirErr != nil {
			return nil, notice, dirErr
		}
	case newer:
		return nil, notice, newerSchema(path, found.version)
	case foreign:
		return nil, notice, foreignFile(path, found.why)
	case damaged:
		if dirErr != nil {
			return nil, notice, fmt.Errorf("%w: %s (%s), and it cannot be moved aside: %w", ErrDamaged, path, found.why, dirErr)
		}
		return freshStore(ctx, path, real, p, syncMode, notice)
	case blank, ours:
		why := dirErr
		if writeErr != nil {
			why = unwritable(path, cause(writeErr))
		}
		if found.logErr != nil {
			notice.LogProblem, why = found.logErr, found.logErr
		}
		if why != nil {
			// Readable, not writable: show the progress, keep nothing.
			return openCopy(ctx, path, real, p, notice, why)
		}
		// Keep a damaged log before the database is opened for writing:
		// SQLite's recovery would drop its tail.
		if notice.WALKept, err = keepDamagedWAL(real); err != nil {
			return nil, notice, err
		}
	}
	s, err := openRW(ctx, path, p, syncMode)
	if err != nil && isDamage(err) {
		// Damage the check did not see: move aside and start afresh, once.
		return freshStore(ctx, path, real, p, syncMode, notice)
	}
	return s, notice, err
}

// access tells whether the file at path can be read and written: nil for
// each that can, else why not. A missing file can be both.
func access(path string) (readErr, writeErr error) {
	if fi, err := os.Lstat(path); err == nil && !fi.Mode().IsRegular() {
		return nil, nil // opening a pipe would wait for a writer: inspect says what it is
	}
	for i, flag := range []int{os.O_RDONLY, os.O_RDWR} {
		f, err := os.OpenFile(path, flag, 0)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		if err == nil {
			f.Close()
			continue
		}
		if i == 0 {
			return err, err
		}
		if !errors.Is(err, fs.ErrPermission) && !errors.Is(err, syscall.EROFS) {
			return nil, nil // not a question of rights: opening will say
		}
		return nil, err
	}
	return nil, nil
}

// freshStore moves the database at real aside and starts a new one at
// path.
func freshStore(ctx context.Context, path, real string, p fsrs.Params, syncMode string, notice Notice) (*Store, Notice, error) {
	var err error
	if notice.MovedAside, err = moveAside(real); err != nil {
		return nil, notice, err
	}
	if real != path {
		// path is a link: SQLite cannot open a link to nothing, so the new
		// database starts as an empty file where it points.
		f, err := os.OpenFile(real, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return nil, notice, fmt.Errorf("store: starting a new %s: %w", real, err)
		}
		f.Close()
	}
	s, err := openRW(ctx, path, p, syncMode)
	return s, notice, err
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
	err = useWAL(ctx, db, busyTimeout*time.Millisecond)
	if err == nil {
		err = claim(ctx, db)
	}
	if err == nil {
		err = migrate(ctx, db, p, path, latestVersion)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db, path: path, p: p}, nil
}

// claim marks the database as httpcodes progress (applicationID), once.
func claim(ctx context.Context, db *sql.DB) error {
	var id int32
	if err := db.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&id); err != nil || id == applicationID {
		return err
	}
	tx, err := db.BeginTx(ctx, nil) // BEGIN IMMEDIATE
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA application_id = %d`, applicationID)); err != nil {
		return err
	}
	return tx.Commit()
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

// openCopy opens a copy of the database at real (and its log) in a
// temporary directory: the learner sees their progress, and the answers
// of this run go to the copy, which Close removes. why is what stops
// writing.
func openCopy(ctx context.Context, path, real string, p fsrs.Params, notice Notice, why error) (*Store, Notice, error) {
	notice.NotSaved = why
	tmp, err := copyDatabase(real)
	if err != nil {
		return nil, Notice{}, fmt.Errorf("%w, and %w", why, err)
	}
	s, err := openRW(ctx, filepath.Join(tmp, FileName), p, "off")
	if err != nil {
		os.RemoveAll(tmp)
		return nil, Notice{}, fmt.Errorf("%w, and %s could not be read: %w", why, path, err)
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

// OpenReadOnly opens the progress in dir for reading only (statistics,
// export). It never creates, migrates, moves or writes anything: no
// directory, no lock file, no -wal or -shm beside the database. With no
// progress yet it returns an empty store. A database in use by another
// process is read as it stands; otherwise a copy of it is read. Errors to
// expect, each leaving the file as it was: ErrDamaged, ErrForeign,
// ErrNewerSchema, ErrOlderSchema (the next Open moves aside or brings up
// to date what it can) and ErrPathTooLong. Notice.LogProblem is set when
// the write-ahead log beside the database cannot be read.
func OpenReadOnly(dir string, p fsrs.Params) (*Store, Notice, error) {
	ctx := context.Background()
	var notice Notice
	dir, path, err := dataPath(dir)
	if err != nil {
		return nil, notice, err
	}
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		s, err := OpenMemory(p)
		return s, notice, err
	}
	unlock, err := lockDir(dir, false)
	if err != nil {
		return nil, notice, err
	}
	defer unlock()
	real := realPath(path)
	if err := checkPathLength(real); err != nil {
		return nil, notice, err
	}
	if readErr, _ := access(real); readErr != nil {
		return nil, notice, fmt.Errorf("cannot read %s: %w", path, cause(readErr))
	}
	found, err := inspect(ctx, real)
	if err != nil {
		return nil, notice, err
	}
	notice.LogProblem = found.logErr
	switch found.verdict {
	case absent, blank:
		s, err := OpenMemory(p)
		return s, notice, err
	case newer:
		return nil, notice, newerSchema(path, found.version)
	case foreign:
		return nil, notice, foreignFile(path, found.why)
	case damaged:
		return nil, notice, fmt.Errorf("%w: %s (%s); it was left as it is, and the next quiz or review will move it aside and start a new one",
			ErrDamaged, path, found.why)
	}
	if found.version < latestVersion {
		return nil, notice, fmt.Errorf("%w: %s has schema version %d and this httpcodes reads version %d; it was left as it is, and the next quiz or review will bring it up to date",
			ErrOlderSchema, path, found.version, latestVersion)
	}
	how := snapshot
	if size, err := logSize(real); err == nil && size > 0 {
		how = live
	}
	db, scratch, err := openReader(ctx, real, how)
	if err != nil {
		return nil, notice, fmt.Errorf("reading %s: %w", path, err)
	}
	return &Store{db: db, p: p, scratch: scratch}, notice, nil
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
	for _, suffix := range sidecars {
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

func foreignFile(path, why string) error {
	return fmt.Errorf("%w: %s is another program's SQLite database (%s); it was left untouched: "+
		"move it away, or choose another data directory", ErrForeign, path, why)
}
