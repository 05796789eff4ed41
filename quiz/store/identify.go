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
	"slices"
	"strings"
)

// applicationID marks a database as httpcodes progress: the ASCII bytes
// "HTCD" in the application ID field of the file's header (a big-endian
// 32-bit integer at offset 68, set with PRAGMA application_id). SQLite's
// magic.txt lists the IDs other applications registered; this is not one
// of them. Databases created before the mark existed get it when next
// opened for writing.
const applicationID = 0x48544344

var (
	// ErrForeign: the file is an SQLite database of another application
	// (or another use). It is left byte for byte as it was.
	ErrForeign = errors.New("not an httpcodes progress database")
	// ErrDamaged: the database is damaged and could not be moved aside
	// (Open), or was not (OpenReadOnly). It is left as it was.
	ErrDamaged = errors.New("progress database is damaged")
	// ErrOlderSchema: OpenReadOnly found a database an older httpcodes
	// wrote; the next Open brings it up to date. It is left as it was.
	ErrOlderSchema = errors.New("progress database is from an older version of httpcodes")
	// ErrPathTooLong: the database's path is longer than SQLite can take.
	ErrPathTooLong = errors.New("the progress path is too long")
)

// maxPathLen is the longest database path SQLite can open here, in bytes,
// symbolic links followed. SQLite refuses a database whose full path plus
// "-journal" is longer than the VFS's mxPathname (pager.c,
// sqlite3PagerOpen), and github.com/ncruces/go-sqlite3 v0.37.0 declares an
// mxPathname of 1024 (its VFS reads every name with that cap, vfs/const.go
// _MAX_PATHNAME; the C side, build/vfs.c of go-sqlite3-wasm, says the
// same). A name longer than 1024 bytes does not fail there but panics
// ("missing NUL terminator", vfsFullPathname in vfs/vfs.go).
const maxPathLen = 1024 - len("-journal")

// checkPathLength refuses a database path SQLite cannot open, before
// anything is created.
func checkPathLength(path string) error {
	n := max(len(path), len(realPath(path)))
	if n > maxPathLen {
		return fmt.Errorf("%w: %d bytes, the limit is %d (so a data directory of at most %d bytes)",
			ErrPathTooLong, n, maxPathLen, maxPathLen-len(string(filepath.Separator)+FileName))
	}
	return nil
}

// realPath is path made absolute with every symbolic link followed, as
// SQLite's VFS follows them (its log and shared memory are beside the
// file a link points to). A tail that does not exist yet is kept as
// written.
func realPath(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	rest := ""
	for p := abs; ; p = filepath.Dir(p) {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Join(r, rest)
		}
		if p == filepath.Dir(p) {
			return abs
		}
		rest = filepath.Join(filepath.Base(p), rest)
	}
}

// sidecars are the files SQLite keeps beside a database.
var sidecars = []string{"-wal", "-shm", "-journal"}

// IsProgressFile tells whether writing to path would write over the
// progress database in dir, or over one of the files SQLite keeps beside
// it (its -wal, -shm and -journal). Symbolic links are followed on both
// sides, and hard links are recognised.
func IsProgressFile(path, dir string) bool {
	target := realPath(path)
	ti, terr := os.Stat(target)
	db := filepath.Join(dir, FileName)
	abs, _ := filepath.Abs(db)
	for _, base := range []string{abs, realPath(db)} {
		for _, suffix := range append([]string{""}, sidecars...) {
			p := base + suffix
			if target == p || target == realPath(p) {
				return true
			}
			if pi, err := os.Stat(p); terr == nil && err == nil && os.SameFile(ti, pi) {
				return true
			}
		}
	}
	return false
}

// verdict is what inspect found at the database path.
type verdict int

const (
	absent  verdict = iota // no file
	blank                  // an empty database: nobody's yet
	ours                   // httpcodes progress this version can use
	newer                  // httpcodes progress of a newer schema
	foreign                // another application's database
	damaged                // not a sound database
)

// finding is the result of inspect.
type finding struct {
	verdict verdict
	version int    // the schema version (user_version)
	why     string // for foreign and damaged: what was found
	// logErr says why the write-ahead log beside the database cannot be
	// used (it is not a file); the database was read without it.
	logErr error
}

// tablesAt lists the tables of each schema version (index: version).
var tablesAt = [][]string{
	nil,
	{"cards", "reviews"},
	{"cards", "reviews", "sessions"},
	{"cards", "queue", "reviews", "sessions"},
}

// inspect tells what the file at path (symbolic links already followed)
// is, writing nothing and creating nothing beside it. The caller holds
// the data directory's lock, so no other httpcodes is creating or moving
// the file meanwhile. An error means it could not tell.
func inspect(ctx context.Context, path string) (finding, error) {
	var f finding
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return finding{verdict: absent}, nil
	case err != nil:
		return f, err
	case !fi.Mode().IsRegular():
		return f, fmt.Errorf("%s is not a regular file (it is a %s); move it away", path, fileKind(fi))
	}
	log, err := logSize(path)
	if err != nil {
		f.logErr = err
	}
	if fi.Size() == 0 && log == 0 {
		return finding{verdict: blank, logErr: f.logErr}, nil
	}
	if fi.Size() > 0 {
		h, err := readHeader(path)
		if err != nil {
			return f, err
		}
		if h == nil {
			f.verdict, f.why = damaged, "it is not an SQLite database"
			return f, nil
		}
		if id := int32(binary.BigEndian.Uint32(h[68:72])); id != 0 && id != applicationID {
			f.verdict, f.why = foreign, fmt.Sprintf("application ID %#08x", uint32(id))
			return f, nil
		}
	}
	how := immutable
	if log > 0 {
		how = live
	}
	db, scratch, err := openReader(ctx, path, how)
	if isDamage(err) {
		f.verdict, f.why = damaged, cause(err).Error()
		return f, nil
	}
	if err != nil {
		return f, err
	}
	defer func() {
		db.Close()
		if scratch != "" {
			os.RemoveAll(scratch)
		}
	}()
	f.verdict, f.version, f.why, err = identify(ctx, db)
	if isDamage(err) {
		f.verdict, f.why = damaged, cause(err).Error()
		return f, nil
	}
	if err != nil || (f.verdict != ours && f.verdict != newer) {
		return f, err
	}
	if ok, err := quickCheck(ctx, db); err != nil {
		return f, err
	} else if !ok {
		f.verdict, f.why = damaged, "SQLite's integrity check failed"
	}
	return f, nil
}

// identify reads a database's application ID, schema version and tables,
// and says whose it is.
func identify(ctx context.Context, db *sql.DB) (v verdict, version int, why string, err error) {
	var id int32
	if err := db.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&id); err != nil {
		return 0, 0, "", err
	}
	var version32 int32
	if err := db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version32); err != nil {
		return 0, 0, "", err
	}
	version = int(version32)
	tables, err := tableNames(ctx, db)
	if err != nil {
		return 0, 0, "", err
	}
	v, why = classify(id, version, tables)
	return v, version, why, nil
}

// classify says whose a sound database is from its application ID, its
// schema version and its tables.
func classify(id int32, version int, tables []string) (verdict, string) {
	switch {
	case id == applicationID && version > latestVersion:
		return newer, ""
	case id == applicationID && version < 0:
		return damaged, fmt.Sprintf("an impossible schema version, %d", version)
	case id == applicationID:
		return ours, ""
	case id != 0:
		return foreign, fmt.Sprintf("application ID %#08x", uint32(id))
	case len(tables) == 0 && version == 0:
		return blank, ""
	}
	// No application ID: httpcodes progress from before the ID existed
	// has a positive version and exactly that version's tables.
	mine := slices.Contains(tables, "reviews") && slices.Contains(tables, "cards")
	switch {
	case mine && version > latestVersion:
		return newer, ""
	case version >= 1 && version <= latestVersion && slices.Equal(tables, tablesAt[version]):
		return ours, ""
	case len(tables) == 0:
		return foreign, fmt.Sprintf("no tables, schema version %d", version)
	}
	return foreign, fmt.Sprintf("tables %s, schema version %d", strings.Join(tables, ", "), version)
}

// tableNames lists a database's own tables, sorted.
func tableNames(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, rows.Err()
}

// quickCheck runs SQLite's quick_check; false means the file is damaged.
func quickCheck(ctx context.Context, db *sql.DB) (bool, error) {
	var result string
	err := db.QueryRowContext(ctx, `PRAGMA quick_check(1)`).Scan(&result)
	if isDamage(err) {
		return false, nil
	}
	return result == "ok", err
}

// readHeader returns the first 100 bytes of a database file, or nil when
// they are not an SQLite header.
func readHeader(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := make([]byte, 100)
	if _, err := io.ReadFull(f, h); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, nil
		}
		return nil, err
	}
	if string(h[:16]) != "SQLite format 3\x00" {
		return nil, nil
	}
	return h, nil
}

// logSize is the size of the write-ahead log beside the database at path
// (0 when there is none), or an error saying why it cannot be used.
func logSize(path string) (int64, error) {
	wal := path + "-wal"
	fi, err := os.Lstat(wal)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return 0, nil
	case err != nil:
		return 0, err
	case !fi.Mode().IsRegular():
		return 0, fmt.Errorf("%s is a %s where SQLite keeps the database's write-ahead log; "+
			"move it away to save progress again", wal, fileKind(fi))
	}
	return fi.Size(), nil
}

// fileKind names what a non-regular file is.
func fileKind(fi fs.FileInfo) string {
	switch m := fi.Mode(); {
	case m.IsDir():
		return "directory"
	case m&fs.ModeSymlink != 0:
		return "symbolic link"
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "special file"
}

// readMode is how openReader reads a database.
type readMode int

const (
	// immutable reads the file alone, with no lock and no log: SQLite
	// creates nothing beside it. Only right while no process can write it
	// (the caller holds the directory's lock and there is no log).
	immutable readMode = iota
	// live reads with SQLite's locks and the log, as other processes
	// write. Where the log has no shared-memory file beside it (a crash
	// left it alone), a copy of the two is read instead, since SQLite
	// would create one.
	live
	// snapshot reads a copy of the database and its log, taken now.
	snapshot
)

// openReader opens the database at path for reading only, creating no
// file beside it. scratch is the temporary directory of the copy it read
// instead, if any: remove it after closing db.
func openReader(ctx context.Context, path string, how readMode) (db *sql.DB, scratch string, err error) {
	if how == live {
		if _, err := os.Lstat(path + "-shm"); err != nil {
			how = snapshot
		}
	}
	dsnPath, query := path, "mode=ro&immutable=1"
	switch how {
	case live:
		query = "mode=ro&_pragma=" + url.QueryEscape(fmt.Sprintf("busy_timeout(%d)", busyTimeout))
	case snapshot:
		if scratch, err = copyDatabase(path); err != nil {
			return nil, "", err
		}
		dsnPath, query = filepath.Join(scratch, FileName), "mode=ro"
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(dsnPath), RawQuery: query}
	db, err = sql.Open("sqlite3", u.String())
	if err == nil {
		// One connection, kept: the file read is the one opened now.
		db.SetMaxOpenConns(1)
		db.SetConnMaxIdleTime(0)
		db.SetConnMaxLifetime(0)
		if err = db.PingContext(ctx); err != nil {
			db.Close()
		}
	}
	if err != nil {
		if scratch != "" {
			os.RemoveAll(scratch)
		}
		return nil, "", err
	}
	return db, scratch, nil
}

// copyDatabase copies the database at path, and its log if it is a file,
// into a new temporary directory, which it returns.
func copyDatabase(path string) (string, error) {
	sweepReadOnlyCopies()
	tmp, err := os.MkdirTemp("", readOnlyPrefix+"*")
	if err != nil {
		return "", fmt.Errorf("store: no temporary copy of the progress could be made: %w", cause(err))
	}
	for _, suffix := range []string{"", "-wal"} {
		if suffix != "" {
			if fi, err := os.Lstat(path + suffix); err != nil || !fi.Mode().IsRegular() {
				continue
			}
		}
		b, err := os.ReadFile(path + suffix)
		if err == nil {
			err = os.WriteFile(filepath.Join(tmp, FileName+suffix), b, 0o600)
		}
		if err != nil {
			os.RemoveAll(tmp)
			return "", fmt.Errorf("store: reading %s: %w", path+suffix, cause(err))
		}
	}
	return tmp, nil
}
