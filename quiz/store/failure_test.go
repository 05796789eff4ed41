package store

import (
	"bufio"
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"httpcodes/quiz"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"httpcodes/quiz/fsrs"
)

// child starts this test binary as a helper process (see helperMain).
func child(t *testing.T, mode, dir string, n int) (*exec.Cmd, io.WriteCloser, *bufio.Scanner, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"="+mode, "STORE_DIR="+dir, "STORE_N="+strconv.Itoa(n))
	stderr := &bytes.Buffer{}
	cmd.Stderr = stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	return cmd, stdin, bufio.NewScanner(stdout), stderr
}

// proc is a child process started by startTogether.
type proc struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	out    *bufio.Scanner
	stderr *bytes.Buffer
}

// startTogether starts count children in mode, waits until each has said
// "ready", then tells them all to go at once.
func startTogether(t *testing.T, count int, mode, dir string, n int) []proc {
	t.Helper()
	var ps []proc
	for range count {
		cmd, in, out, errb := child(t, mode, dir, n)
		ps = append(ps, proc{cmd, in, out, errb})
	}
	for i, p := range ps {
		if !p.out.Scan() || p.out.Text() != "ready" {
			p.cmd.Wait()
			t.Fatalf("child %d did not start: %q %s", i, p.out.Text(), p.stderr)
		}
	}
	for _, p := range ps {
		io.WriteString(p.stdin, "go\n")
	}
	return ps
}

// TestTwoProcesses: two OS processes open a fresh directory at the same
// time (both migrate) and then record answers to the same cards at once.
// Nothing is lost: exactly 2N reviews and the cards' reps add up.
func TestTwoProcesses(t *testing.T) {
	dir := t.TempDir()
	const n = 100
	ps := startTogether(t, 2, "record", dir, n)
	for i, p := range ps {
		lines := 0
		for p.out.Scan() {
			lines++
		}
		if err := p.cmd.Wait(); err != nil || lines != n {
			t.Fatalf("child %d: %v after %d answers; stderr: %s", i, err, lines, p.stderr)
		}
	}
	s, _, err := Open(dir, fsrs.Default())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkConsistent(t, s, 2*n)
}

// TestKill9: a writer killed with SIGKILL mid-way loses nothing it had
// committed, and the file is sound.
func TestKill9(t *testing.T) {
	dir := t.TempDir()
	cmd, _, out, stderr := child(t, "loop", dir, 0)
	const k = 40
	for i := range k {
		if !out.Scan() || out.Text() != "ok "+strconv.Itoa(i) {
			cmd.Wait()
			t.Fatalf("line %d: %q; stderr: %s", i, out.Text(), stderr)
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("child not killed by SIGKILL: %v; stderr: %s", err, stderr)
	}
	s, n, err := Open(dir, fsrs.Default())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n.MovedAside != "" {
		t.Fatalf("a killed writer's database was moved aside: %+v", n)
	}
	got := queryInt(t, s.db, `SELECT COUNT(*) FROM reviews`)
	if got < k {
		t.Fatalf("%d reviews after the kill, want at least the %d acknowledged", got, k)
	}
	checkConsistent(t, s, got)
}

// buildDB makes a real progress database with some answers and closes it
// (which checkpoints the WAL into the file). It returns the file's path.
// Databases are built once per size and copied.
func buildDB(t *testing.T, dir string, answers int) string {
	t.Helper()
	builtMu.Lock()
	defer builtMu.Unlock()
	path := filepath.Join(dir, FileName)
	if b, ok := built[answers]; ok {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		write(t, path, b)
		return path
	}
	buildDBSlow(t, dir, answers)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	built[answers] = b
	return path
}

var (
	builtMu sync.Mutex
	built   = map[int][]byte{}
)

func buildDBSlow(t *testing.T, dir string, answers int) string {
	t.Helper()
	s, _, err := openFile(dir, fsrs.Default(), "off") // a fixture: no need to wait for the disk
	if err != nil {
		t.Fatal(err)
	}
	for i := range answers {
		if _, err := s.Record(quiz.Answer{CardID: strconv.Itoa(100 + i%60), Kind: "scenario", Correct: i%4 != 0,
			At: t0.Add(time.Duration(i) * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + "-wal"); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("WAL left after close: %v", err)
	}
	return path
}

var asideName = regexp.MustCompile(`/progress\.db\.damaged-\d{8}-\d{6}(-\d+)?$`)

func TestDamagedMovedAside(t *testing.T) {
	cases := []struct {
		name   string
		damage func(t *testing.T, path string)
	}{
		{"garbage", func(t *testing.T, path string) {
			b := make([]byte, 8192)
			r := rand.New(rand.NewPCG(1, 2))
			for i := range b {
				b[i] = byte(r.Uint32())
			}
			write(t, path, b)
			write(t, path+"-wal", []byte("not a wal either"))
		}},
		{"text file", func(t *testing.T, path string) {
			write(t, path, []byte("SQLite format 2\nthis is not what you think\n"))
		}},
		{"truncated", func(t *testing.T, path string) {
			buildDB(t, filepath.Dir(path), 400)
			fi, _ := os.Stat(path)
			if fi.Size() < 8*4096 {
				t.Fatalf("fixture too small: %d bytes", fi.Size())
			}
			if err := os.Truncate(path, fi.Size()/2); err != nil {
				t.Fatal(err)
			}
		}},
		{"truncated mid-page", func(t *testing.T, path string) {
			buildDB(t, filepath.Dir(path), 400)
			fi, _ := os.Stat(path)
			if err := os.Truncate(path, fi.Size()*2/3+1234); err != nil {
				t.Fatal(err)
			}
		}},
		{"byte flipped in a page", func(t *testing.T, path string) {
			buildDB(t, filepath.Dir(path), 400)
			db, err := sql.Open("sqlite3", fileDSN(path)+"&mode=ro")
			if err != nil {
				t.Fatal(err)
			}
			root := queryInt(t, db, `SELECT rootpage FROM sqlite_schema WHERE name = 'reviews'`)
			size := queryInt(t, db, `PRAGMA page_size`)
			db.Close()
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			b[(root-1)*size] ^= 0xff // the b-tree page type of the reviews table's root
			write(t, path, b)
		}},
		{"garbage where the header keeps the schema version", func(t *testing.T, path string) {
			buildDB(t, filepath.Dir(path), 50)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			copy(b[60:64], []byte{0x86, 0x97, 0x3a, 0x0d}) // user_version 2258057741
			write(t, path, b)
		}},
		{"newer-looking version over a damaged page", func(t *testing.T, path string) {
			buildDB(t, filepath.Dir(path), 400)
			db, err := sql.Open("sqlite3", fileDSN(path)+"&mode=ro")
			if err != nil {
				t.Fatal(err)
			}
			root := queryInt(t, db, `SELECT rootpage FROM sqlite_schema WHERE name = 'reviews'`)
			size := queryInt(t, db, `PRAGMA page_size`)
			db.Close()
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			b[63] = 7                // user_version 7: plausible, so the file is checked
			b[(root-1)*size] ^= 0xff // and the check finds the broken page
			write(t, path, b)
		}},
		{"byte flipped in a cell pointer", func(t *testing.T, path string) {
			buildDB(t, filepath.Dir(path), 400)
			db, err := sql.Open("sqlite3", fileDSN(path)+"&mode=ro")
			if err != nil {
				t.Fatal(err)
			}
			// The last page of the file is a leaf of some b-tree.
			size := queryInt(t, db, `PRAGMA page_size`)
			pages := queryInt(t, db, `PRAGMA page_count`)
			db.Close()
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			b[(pages-1)*size+8] ^= 0x7f // high byte of the first cell pointer of a leaf
			write(t, path, b)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, FileName)
			c.damage(t, path)
			damaged, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			wal, walErr := os.ReadFile(path + "-wal")

			s, n, err := Open(dir, fsrs.Default())
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer s.Close()
			if !asideName.MatchString(n.MovedAside) || filepath.Dir(n.MovedAside) != dir {
				t.Fatalf("notice %+v, want the file moved aside to progress.db.damaged-YYYYMMDD-HHMMSS", n)
			}
			kept, err := os.ReadFile(n.MovedAside)
			if err != nil || !bytes.Equal(kept, damaged) {
				t.Errorf("moved-aside file differs from the damaged one (%v)", err)
			}
			if walErr == nil {
				if got, err := os.ReadFile(n.MovedAside + "-wal"); err != nil || !bytes.Equal(got, wal) {
					t.Errorf("the -wal was not moved with the file: %v", err)
				}
			}
			// A fresh, working store in its place.
			if v := queryInt(t, s.db, `PRAGMA user_version`); v != latestVersion {
				t.Errorf("user_version %d", v)
			}
			if _, err := s.Record(quiz.Answer{CardID: "200", Kind: "code", Correct: true, At: t0}); err != nil {
				t.Fatal(err)
			}
			checkConsistent(t, s, 1)
		})
	}
}

// TestDamagedTwice: a second damaged file the same second gets its own name.
func TestDamagedTwice(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	var aside []string
	for range 2 {
		write(t, path, bytes.Repeat([]byte("junk"), 1024))
		s, n, err := Open(dir, fsrs.Default())
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		aside = append(aside, n.MovedAside)
	}
	if aside[0] == "" || aside[1] == "" || aside[0] == aside[1] {
		t.Fatalf("moved aside to %q", aside)
	}
	for _, a := range aside {
		if b, err := os.ReadFile(a); err != nil || !bytes.HasPrefix(b, []byte("junkjunk")) {
			t.Errorf("%s: %v", a, err)
		}
	}
}

// TestHealthyNotMovedAside: an empty file (a valid empty database) and a
// sound database are used as they are.
func TestHealthyNotMovedAside(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, FileName), nil)
	s, n, err := Open(dir, fsrs.Default())
	if err != nil || n.MovedAside != "" {
		t.Fatalf("empty file: %+v, %v", n, err)
	}
	s.Close()
	buildDB(t, dir, 50)
	s, n, err = Open(dir, fsrs.Default())
	if err != nil || n.MovedAside != "" {
		t.Fatalf("sound file: %+v, %v", n, err)
	}
	defer s.Close()
	if got := queryInt(t, s.db, `SELECT COUNT(*) FROM reviews`); got != 50 {
		t.Errorf("%d reviews, want 50", got)
	}
}

func write(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// dirState is every file of a directory with its bytes.
func dirState(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(b)
	}
	return out
}

// TestNewerSchema: a database from a newer httpcodes is never written to.
func TestNewerSchema(t *testing.T) {
	cases := []struct {
		name string
		make func(t *testing.T, path string)
	}{
		{"wal database from a newer version", func(t *testing.T, path string) {
			buildDB(t, filepath.Dir(path), 30)
			db, err := sql.Open("sqlite3", fileDSN(path))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, latestVersion+1)); err != nil {
				t.Fatal(err)
			}
			db.Close()
		}},
		{"rollback-journal database from a newer version", func(t *testing.T, path string) {
			db, err := sql.Open("sqlite3", fileDSN(path, "journal_mode(delete)"))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.Exec(`CREATE TABLE future (x); INSERT INTO future VALUES (1); PRAGMA user_version = 17; ` +
				fmt.Sprintf(`PRAGMA application_id = %d`, applicationID)); err != nil {
				t.Fatal(err)
			}
			db.Close()
		}},
		{"newer version only in the WAL (the file header still says ours)", func(t *testing.T, path string) {
			// Copy a database and its WAL while the writer still has them
			// open, as a crash of a newer httpcodes would leave them.
			src := filepath.Join(t.TempDir(), FileName)
			buildDB(t, filepath.Dir(src), 10)
			db, err := sql.Open("sqlite3", fileDSN(src))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if _, err := db.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, latestVersion+1)); err != nil {
				t.Fatal(err)
			}
			for _, suffix := range []string{"", "-wal"} {
				b, err := os.ReadFile(src + suffix)
				if err != nil {
					t.Fatal(err)
				}
				write(t, path+suffix, b)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, FileName)
			c.make(t, path)
			before := dirState(t, dir)
			for range 2 {
				s, n, err := Open(dir, fsrs.Default())
				if s != nil {
					s.Close()
				}
				if !errors.Is(err, ErrNewerSchema) {
					t.Fatalf("Open: %v, want ErrNewerSchema", err)
				}
				if n.MovedAside != "" {
					t.Errorf("notice %+v", n)
				}
				if msg := err.Error(); !strings.Contains(msg, path) || !regexp.MustCompile(`version (`+strconv.Itoa(latestVersion+1)+`|17)\b`).MatchString(msg) ||
					!strings.Contains(msg, "up to "+strconv.Itoa(latestVersion)) {
					t.Errorf("message %q should name the file and both versions", msg)
				}
			}
			after := dirState(t, dir)
			for _, name := range []string{FileName, FileName + "-wal"} {
				if after[name] != before[name] {
					t.Errorf("%s changed", name)
				}
			}
			for name := range after {
				if _, ok := before[name]; !ok && !(name == FileName+"-shm" && before[FileName+"-wal"] != "") {
					t.Errorf("Open left %s behind", name) // a -shm (SQLite's WAL index) only beside an existing WAL
				}
			}
		})
	}
}

// TestUnwritable: a directory that cannot be created or written gives
// ErrUnwritable (wrapping the cause), and memory is the fallback.
func TestUnwritable(t *testing.T) {
	base := t.TempDir()
	file := filepath.Join(base, "afile")
	write(t, file, []byte("x"))
	_, _, err := Open(filepath.Join(file, "sub"), fsrs.Default()) // under a regular file: works even as root
	if !errors.Is(err, ErrUnwritable) || !errors.Is(err, syscall.ENOTDIR) {
		t.Errorf("dir under a file: %v, want ErrUnwritable wrapping ENOTDIR", err)
	}
	if err != nil && !strings.Contains(err.Error(), file) {
		t.Errorf("message %q should name the place", err)
	}
	if s, err := OpenMemory(fsrs.Default()); err != nil {
		t.Errorf("fallback OpenMemory: %v", err)
	} else {
		s.Close()
	}

	t.Run("chmod 0555", func(t *testing.T) {
		ro := filepath.Join(base, "ro")
		if err := os.Mkdir(ro, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(ro, 0o755) })
		if f, err := os.Create(filepath.Join(ro, "probe")); err == nil {
			f.Close()
			t.Skip("running as root: chmod does not stop writes (the case above covers ErrUnwritable)")
		}
		for _, dir := range []string{ro, filepath.Join(ro, "sub")} {
			_, _, err := Open(dir, fsrs.Default())
			if !errors.Is(err, ErrUnwritable) || !errors.Is(err, fs.ErrPermission) {
				t.Errorf("%s: %v, want ErrUnwritable wrapping a permission error", dir, err)
			}
		}
	})
}
