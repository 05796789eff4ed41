package store

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"httpcodes/quiz"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"httpcodes/quiz/fsrs"
)

// randomBytes is n bytes of seeded noise: a file no check mistakes for a
// database.
func randomBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// asideFiles lists the names in dir that a move aside made.
func asideFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for name := range dirState(t, dir) {
		if strings.Contains(name, ".damaged-") {
			out = append(out, name)
		}
	}
	return out
}

// TestConcurrentOpenDamaged: several processes start at the same moment
// on a damaged database and each records answers. One of them moves the
// file aside, the others open the new one: exactly one damaged copy, and
// every answer acknowledged is in the database.
//
// The same race, many times: go test ./quiz/store -run TestConcurrentOpenDamaged -count 50
func TestConcurrentOpenDamaged(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	const procs, answers = 6, 3
	dir := t.TempDir()
	damagedBytes := randomBytes(32<<10, 7)
	write(t, filepath.Join(dir, FileName), damagedBytes)
	ps := startTogether(t, procs, "race", dir, answers) // all open at once
	acknowledged := 0
	for i, p := range ps {
		for p.out.Scan() {
			if strings.HasPrefix(p.out.Text(), "ok ") {
				acknowledged++
			}
		}
		if err := p.cmd.Wait(); err != nil {
			t.Errorf("child %d: %v; stderr: %s", i, err, p.stderr)
		}
	}
	if acknowledged != procs*answers {
		t.Errorf("%d answers acknowledged, want %d", acknowledged, procs*answers)
	}
	aside := asideFiles(t, dir)
	if len(aside) != 1 {
		t.Fatalf("moved aside: %v, want exactly one file", aside)
	}
	if b, err := os.ReadFile(filepath.Join(dir, aside[0])); err != nil || !bytes.Equal(b, damagedBytes) {
		t.Errorf("%s is not the damaged file (%v)", aside[0], err)
	}
	s, n, err := Open(dir, fsrs.Default())
	if err != nil || n != (Notice{}) {
		t.Fatalf("reopen: %+v, %v", n, err)
	}
	defer s.Close()
	checkConsistent(t, s, acknowledged)
}

// TestConcurrentOpenDamagedGoroutines: the same race between the
// goroutines of one process (directory locks are per open file, so they
// exclude each other too).
func TestConcurrentOpenDamagedGoroutines(t *testing.T) {
	const openers, answers = 8, 5
	dir := t.TempDir()
	write(t, filepath.Join(dir, FileName), randomBytes(32<<10, 8))
	var wg sync.WaitGroup
	var mu sync.Mutex
	moved := 0
	for i := range openers {
		wg.Go(func() {
			s, n, err := Open(dir, fsrs.Default())
			if err != nil {
				t.Errorf("opener %d: %v", i, err)
				return
			}
			defer s.Close()
			mu.Lock()
			if n.MovedAside != "" {
				moved++
			}
			mu.Unlock()
			for j := range answers {
				if _, err := s.Record(quiz.Answer{CardID: strconv.Itoa(300 + j), Kind: "code", Correct: true, At: t0}); err != nil {
					t.Errorf("opener %d: %v", i, err)
				}
			}
		})
	}
	wg.Wait()
	if aside := asideFiles(t, dir); moved != 1 || len(aside) != 1 {
		t.Fatalf("%d openers moved the file, files aside: %v; want one", moved, aside)
	}
	s, _, err := Open(dir, fsrs.Default())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkConsistent(t, s, openers*answers)
}

// deepDir makes (the path of) a directory of exactly n bytes under base,
// in components short enough for any file system.
func deepDir(t *testing.T, base string, n int) string {
	t.Helper()
	p := base
	for len(p) < n {
		step := min(200, n-len(p)-1)
		if step < 1 { // one byte short: lengthen the last component
			p += "x"
			break
		}
		p = filepath.Join(p, strings.Repeat("d", step))
	}
	if len(p) != n {
		t.Fatalf("made a path of %d bytes, want %d", len(p), n)
	}
	return p
}

// TestPathTooLong: the longest data directory SQLite can take works; one
// byte more is refused with ErrPathTooLong before anything is created,
// never a panic; a link to a long path counts at its full length.
func TestPathTooLong(t *testing.T) {
	base := t.TempDir()
	limit := 1024 - len("-journal") - len("/"+FileName) // the directory's limit
	ok := deepDir(t, filepath.Join(base, "ok"), limit)
	s, _, err := Open(ok, fsrs.Default())
	if err != nil {
		t.Fatalf("a %d-byte directory: %v", len(ok), err)
	}
	if _, err := s.Record(quiz.Answer{CardID: "404", Kind: "code", Correct: true, At: t0}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := CheckDir(ok); err != nil {
		t.Errorf("CheckDir, a %d-byte directory: %v", len(ok), err)
	}
	if s, _, err = OpenReadOnly(ok, fsrs.Default()); err != nil {
		t.Fatalf("read-only, a %d-byte directory: %v", len(ok), err)
	}
	s.Close()

	link := filepath.Join(base, "link")
	long := deepDir(t, filepath.Join(base, "long"), limit+1)
	if err := os.MkdirAll(long, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(long, link); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{
		deepDir(t, filepath.Join(base, "new"), limit+1),
		deepDir(t, filepath.Join(base, "new"), 1100),
		deepDir(t, filepath.Join(base, "new"), 5000),
		link,
	} {
		for name, open := range map[string]func(string, fsrs.Params) (*Store, Notice, error){
			"Open": Open, "OpenReadOnly": OpenReadOnly,
			"CheckDir": func(dir string, _ fsrs.Params) (*Store, Notice, error) { return nil, Notice{}, CheckDir(dir) },
		} {
			s, _, err := open(dir, fsrs.Default())
			if s != nil {
				s.Close()
			}
			n := len(realPath(dir)) + len("/"+FileName)
			want := fmt.Sprintf("the progress path is too long: %d bytes, the limit is %d", n, limit+len("/"+FileName))
			if !errors.Is(err, ErrPathTooLong) || !strings.Contains(err.Error(), want) {
				t.Errorf("%s, %d-byte directory: %v; want %q", name, len(dir), err, want)
			}
		}
		if dir != link {
			if _, err := os.Stat(dir); err == nil {
				t.Errorf("the %d-byte directory was created", len(dir))
			}
		}
	}
}

// fileHash is the SHA-256 of a file's bytes.
func fileHash(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// makeDB creates a database at path with a rollback journal (no file is
// left beside it) by running stmts.
func makeDB(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite3", fileDSN(path, "journal_mode(delete)"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// ourTablesV2 is the schema of version 2, as httpcodes made it before the
// application ID existed.
var ourTablesV2 = []string{schemaV1, schemaV2}

// untouched opens dir with Open and OpenReadOnly and checks that both
// refuse it with want, naming the database, and that the directory is
// byte for byte as it was: no -wal, -shm or -journal, nothing moved.
func untouched(t *testing.T, dir string, want error) {
	t.Helper()
	path := filepath.Join(dir, FileName)
	before := dirState(t, dir)
	hash := fileHash(t, path)
	for name, open := range map[string]func(string, fsrs.Params) (*Store, Notice, error){"Open": Open, "OpenReadOnly": OpenReadOnly} {
		s, n, err := open(dir, fsrs.Default())
		if s != nil {
			s.Close()
		}
		if !errors.Is(err, want) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: %v; want %v naming %s", name, err, want, path)
		}
		if n != (Notice{}) {
			t.Errorf("%s: notice %+v", name, n)
		}
	}
	if fileHash(t, path) != hash {
		t.Error("the file changed")
	}
	if after := dirState(t, dir); !maps.Equal(before, after) {
		t.Errorf("the directory changed: %v -> %v", keys(before), keys(after))
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestForeignDatabaseUntouched: another application's SQLite database is
// recognised as not ours and left byte for byte alone, before anything is
// written (no switch to WAL, no table added).
func TestForeignDatabaseUntouched(t *testing.T) {
	cases := []struct {
		name  string
		stmts []string
	}{
		{"unrelated tables", []string{`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)`, `INSERT INTO notes (body) VALUES ('mine')`}},
		{"a clashing table name", []string{`CREATE TABLE reviews (stars INTEGER, text TEXT)`, `INSERT INTO reviews VALUES (5, 'great')`}},
		{"our tables at version 0", append(ourTablesV2, `PRAGMA user_version = 0`)},
		{"our tables and more", append(ourTablesV2, `CREATE TABLE extra (x)`, `PRAGMA user_version = 2`)},
		{"another application ID", append(ourTablesV2, `PRAGMA user_version = 2`, `PRAGMA application_id = 1196444487`)},
		{"a negative version", append(ourTablesV2, `PRAGMA user_version = -1`)},
		{"no tables, a version", []string{`PRAGMA user_version = 2`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			makeDB(t, filepath.Join(dir, FileName), c.stmts...)
			untouched(t, dir, ErrForeign)
		})
	}
}

// TestVersionOutOfRange: our database with a schema version far above
// ours is newer, not damaged, and left alone; with an impossible
// (negative) version it is moved aside as damaged.
func TestVersionOutOfRange(t *testing.T) {
	for _, c := range []struct {
		name  string
		stmts []string
	}{
		{"version 5000", []string{`PRAGMA user_version = 5000`}},
		{"version 2147483647", []string{`PRAGMA user_version = 2147483647`}},
		{"version 5000, made before the application ID", []string{`PRAGMA user_version = 5000`, `PRAGMA application_id = 0`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := buildDB(t, dir, 20)
			makeDB(t, path, c.stmts...)
			untouched(t, dir, ErrNewerSchema)
		})
	}
	t.Run("version -1", func(t *testing.T) {
		dir := t.TempDir()
		path := buildDB(t, dir, 20)
		makeDB(t, path, `PRAGMA user_version = -1`)
		s, n, err := Open(dir, fsrs.Default())
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		if !asideName.MatchString(n.MovedAside) {
			t.Errorf("notice %+v, want the file moved aside", n)
		}
	})
}

// TestLegacyDatabaseClaimed: progress written before the application ID
// existed (versions 1 and 2, ID 0) opens as before, keeps its rows, and
// gets the ID; read-only, a version-2 one is read as it is.
func TestLegacyDatabaseClaimed(t *testing.T) {
	for v := 1; v <= 2; v++ {
		t.Run("version "+strconv.Itoa(v), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, FileName)
			stmts := append([]string{}, ourTablesV2[:v]...)
			stmts = append(stmts, `INSERT INTO reviews (card_id, kind, correct, hint, rating, elapsed_ms, answered_at, day)
				VALUES ('404', 'code', 1, 0, 3, 900, 1773144000000, 20522)`,
				`INSERT INTO cards (card_id, reps) VALUES ('404', 1)`,
				fmt.Sprintf(`PRAGMA user_version = %d`, v))
			makeDB(t, path, stmts...)

			r, _, err := OpenReadOnly(dir, fsrs.Default())
			if v < latestVersion {
				if !errors.Is(err, ErrOlderSchema) || !strings.Contains(err.Error(), "bring it up to date") {
					t.Errorf("read-only: %v, want ErrOlderSchema saying what comes next", err)
				}
			} else if err != nil {
				t.Errorf("read-only: %v", err)
			} else {
				if got := queryInt(t, r.db, `SELECT COUNT(*) FROM reviews`); got != 1 {
					t.Errorf("read-only: %d reviews, want 1", got)
				}
				r.Close()
			}

			s, n, err := Open(dir, fsrs.Default())
			if err != nil || n != (Notice{}) {
				t.Fatalf("Open: %+v, %v", n, err)
			}
			defer s.Close()
			if id := queryInt(t, s.db, `PRAGMA application_id`); id != applicationID {
				t.Errorf("application_id %#x, want %#x", id, applicationID)
			}
			if got := queryInt(t, s.db, `PRAGMA user_version`); got != latestVersion {
				t.Errorf("user_version %d", got)
			}
			checkConsistent(t, s, 1)
		})
	}
}

// TestNewDatabaseMarked: a new database carries the application ID in its
// header from the start.
func TestNewDatabaseMarked(t *testing.T) {
	s := openTemp(t, fsrs.Default())
	s.Close()
	h, err := readHeader(s.Path())
	if err != nil || h == nil {
		t.Fatalf("header: %v", err)
	}
	if got := string(h[68:72]); got != "HTCD" {
		t.Errorf("application ID bytes %q, want HTCD", got)
	}
}

// TestIsProgressFile: the database and the files beside it are recognised
// through symbolic links on either side, and through hard links.
func TestIsProgressFile(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "data")
	elsewhere := filepath.Join(base, "elsewhere")
	for _, d := range []string{dir, elsewhere} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	real := filepath.Join(elsewhere, "real.db")
	buildDB(t, elsewhere, 3)
	if err := os.Rename(filepath.Join(elsewhere, FileName), real); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, filepath.Join(dir, FileName)); err != nil {
		t.Fatal(err)
	}
	s, _, err := Open(dir, fsrs.Default()) // live: its log is beside real.db
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Record(quiz.Answer{CardID: "404", Kind: "code", Correct: true, At: t0}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(real + "-wal"); err != nil {
		t.Fatalf("the log is not beside the link's target: %v", err)
	}
	linkToLog := filepath.Join(base, "innocent.csv")
	if err := os.Symlink(real+"-wal", linkToLog); err != nil {
		t.Fatal(err)
	}
	hard := filepath.Join(base, "hard.db")
	if err := os.Link(real, hard); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(base, "other.csv"), nil)
	for path, want := range map[string]bool{
		filepath.Join(dir, FileName):        true,
		filepath.Join(dir, FileName+"-wal"): true,
		real:                                true,
		real + "-wal":                       true,
		real + "-shm":                       true,
		real + "-journal":                   true, // not there now, but SQLite may make it
		linkToLog:                           true,
		hard:                                true,
		filepath.Join(dir, "..", "elsewhere", "real.db-wal"): true,
		filepath.Join(base, "other.csv"):                     false,
		filepath.Join(elsewhere, "export.csv"):               false,
		filepath.Join(dir, "progress.csv"):                   false,
	} {
		if got := IsProgressFile(path, dir); got != want {
			t.Errorf("IsProgressFile(%s) = %v, want %v", path, got, want)
		}
	}
}

// TestDamagedWALKeptThroughLink: the damaged-log check looks beside the
// file progress.db links to, where SQLite keeps the log.
func TestDamagedWALKeptThroughLink(t *testing.T) {
	src, wal := liveCopy(t, 12)
	frameSize, frames := walFrames(t, wal)
	mid := walHeaderSize + (frames/2)*frameSize + walFrameHeaderSize + 100
	for i := range 200 {
		wal[mid+i] ^= 0x5a
	}
	elsewhere := t.TempDir()
	db, _ := os.ReadFile(filepath.Join(src, FileName))
	write(t, filepath.Join(elsewhere, "real.db"), db)
	write(t, filepath.Join(elsewhere, "real.db-wal"), wal)
	dir := t.TempDir()
	if err := os.Symlink(filepath.Join(elsewhere, "real.db"), filepath.Join(dir, FileName)); err != nil {
		t.Fatal(err)
	}
	s, n, err := Open(dir, fsrs.Default())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if kept, err := os.ReadFile(n.WALKept); n.WALKept == "" || err != nil || !bytes.Equal(kept, wal) {
		t.Fatalf("notice %+v: the damaged log was not kept (%v)", n, err)
	}
}

// TestDamagedThroughLink: a damaged database behind a link is moved aside
// where it is, and the link then leads to a new, working database.
func TestDamagedThroughLink(t *testing.T) {
	elsewhere := t.TempDir()
	real := filepath.Join(elsewhere, "real.db")
	write(t, real, randomBytes(8192, 3))
	dir := t.TempDir()
	if err := os.Symlink(real, filepath.Join(dir, FileName)); err != nil {
		t.Fatal(err)
	}
	s, n, err := Open(dir, fsrs.Default())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if filepath.Dir(n.MovedAside) != elsewhere {
		t.Errorf("moved aside to %q, want beside %s", n.MovedAside, real)
	}
	if _, err := s.Record(quiz.Answer{CardID: "404", Kind: "code", Correct: true, At: t0}); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(filepath.Join(dir, FileName)); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
}

// TestCheckCreatesNothing: checking a damaged file creates no -wal or
// -shm, so only the file itself is moved aside; reading progress creates
// nothing beside it.
func TestCheckCreatesNothing(t *testing.T) {
	for _, c := range []struct {
		name   string
		damage func(t *testing.T, path string)
	}{
		{"garbage", func(t *testing.T, path string) { write(t, path, randomBytes(32<<10, 5)) }},
		{"a broken page", func(t *testing.T, path string) {
			buildDB(t, filepath.Dir(path), 400)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for i := 4096; i < 3*4096; i++ {
				b[i] ^= 0x5a
			}
			write(t, path, b)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			c.damage(t, filepath.Join(dir, FileName))
			s, n, err := Open(dir, fsrs.Default())
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			if n.MovedAside == "" {
				t.Fatalf("notice %+v, want the file moved aside", n)
			}
			if aside := asideFiles(t, dir); len(aside) != 1 {
				t.Errorf("moved aside: %v, want the file alone", aside)
			}
		})
	}
	t.Run("reading", func(t *testing.T) {
		dir := t.TempDir()
		buildDB(t, dir, 30)
		before := dirState(t, dir)
		s, _, err := OpenReadOnly(dir, fsrs.Default())
		if err != nil {
			t.Fatal(err)
		}
		if got := queryInt(t, s.db, `SELECT COUNT(*) FROM reviews`); got != 30 {
			t.Errorf("%d reviews, want 30", got)
		}
		during := dirState(t, dir)
		s.Close()
		if after := dirState(t, dir); !maps.Equal(before, during) || !maps.Equal(before, after) {
			t.Errorf("the directory changed: %v -> %v while reading -> %v", keys(before), keys(during), keys(after))
		}
	})
}

// TestOpenReadOnly: reading never changes anything: no progress gives an
// empty store and no directory; a damaged file is reported and stays; a
// database in use is read as it stands, answers not yet checkpointed
// included.
func TestOpenReadOnly(t *testing.T) {
	t.Run("no progress", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "none")
		s, n, err := OpenReadOnly(dir, fsrs.Default())
		if err != nil || n != (Notice{}) {
			t.Fatalf("%+v, %v", n, err)
		}
		if answers, _, err := s.Size(); err != nil || answers != 0 {
			t.Errorf("%d answers, %v", answers, err)
		}
		s.Close()
		if _, err := os.Stat(dir); err == nil {
			t.Error("the directory was created")
		}
	})
	t.Run("damaged", func(t *testing.T) {
		dir := t.TempDir()
		write(t, filepath.Join(dir, FileName), randomBytes(8192, 4))
		before := dirState(t, dir)
		_, _, err := OpenReadOnly(dir, fsrs.Default())
		if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "move it aside") {
			t.Errorf("%v, want ErrDamaged saying what the next quiz does", err)
		}
		if after := dirState(t, dir); !maps.Equal(before, after) {
			t.Errorf("the directory changed: %v -> %v", keys(before), keys(after))
		}
	})
	t.Run("in use", func(t *testing.T) {
		dir := t.TempDir()
		w, _, err := Open(dir, fsrs.Default())
		if err != nil {
			t.Fatal(err)
		}
		defer w.Close()
		for i := range 7 {
			if _, err := w.Record(quiz.Answer{CardID: strconv.Itoa(200 + i), Kind: "code", Correct: true, At: t0}); err != nil {
				t.Fatal(err)
			}
		}
		before := dirState(t, dir)
		r, _, err := OpenReadOnly(dir, fsrs.Default())
		if err != nil {
			t.Fatal(err)
		}
		if got := queryInt(t, r.db, `SELECT COUNT(*) FROM reviews`); got != 7 {
			t.Errorf("%d reviews, want 7", got)
		}
		r.Close()
		after := dirState(t, dir)
		if !slices.Equal(slices.Sorted(maps.Keys(before)), slices.Sorted(maps.Keys(after))) {
			t.Errorf("files changed: %v -> %v", keys(before), keys(after))
		}
	})
}

// TestLogIsDirectory: a directory where the write-ahead log belongs is
// named in the notice, and the progress in the database file is still
// shown (nothing is saved).
func TestLogIsDirectory(t *testing.T) {
	dir := t.TempDir()
	buildDB(t, dir, 9)
	wal := filepath.Join(dir, FileName+"-wal")
	if err := os.Mkdir(wal, 0o700); err != nil {
		t.Fatal(err)
	}
	for name, open := range map[string]func(string, fsrs.Params) (*Store, Notice, error){"Open": Open, "OpenReadOnly": OpenReadOnly} {
		s, n, err := open(dir, fsrs.Default())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if n.LogProblem == nil || !strings.Contains(n.LogProblem.Error(), wal) || !strings.Contains(n.LogProblem.Error(), "directory") {
			t.Errorf("%s: notice %+v, want the log's problem named with its path", name, n)
		}
		if msg := n.String(); !strings.Contains(msg, wal) {
			t.Errorf("%s: message %q", name, msg)
		}
		if got := queryInt(t, s.db, `SELECT COUNT(*) FROM reviews`); got != 9 {
			t.Errorf("%s: %d reviews, want the 9 in the file", name, got)
		}
		if name == "Open" && (n.NotSaved == nil || s.Path() != "") {
			t.Errorf("Open: notice %+v, path %q: answers must not look saved", n, s.Path())
		}
		s.Close()
	}
}

// TestProgressFileNotRegular: a directory or a named pipe where the
// progress file belongs is refused at once, by Open and OpenReadOnly, and
// left as it is (opening a pipe would wait for a writer for ever).
func TestProgressFileNotRegular(t *testing.T) {
	for _, kind := range []string{"directory", "named pipe"} {
		dir := t.TempDir()
		path := filepath.Join(dir, FileName)
		var err error
		if kind == "directory" {
			err = os.Mkdir(path, 0o700)
		} else {
			err = syscall.Mkfifo(path, 0o600)
		}
		if err != nil {
			t.Fatal(err)
		}
		for name, open := range map[string]func(string, fsrs.Params) (*Store, Notice, error){"Open": Open, "OpenReadOnly": OpenReadOnly} {
			done := make(chan error, 1)
			go func() {
				s, _, err := open(dir, fsrs.Default())
				if s != nil {
					s.Close()
				}
				done <- err
			}()
			select {
			case err := <-done:
				if err == nil || !strings.Contains(err.Error(), "not a regular file") {
					t.Errorf("%s on a %s: %v, want it refused as not a regular file", name, kind, err)
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("%s on a %s: still waiting after 10 s", name, kind)
			}
			if fi, err := os.Lstat(path); err != nil || fi.Mode().IsRegular() {
				t.Errorf("%s on a %s: it was not left as it was (%v)", name, kind, err)
			}
		}
	}
}
