package store

import (
	"errors"
	"io"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runOpen opens dir in a child process that file permissions apply to: the
// test binary itself, or, when the tests run as root (whom permissions do
// not stop), a copy of it run as the user nobody. It returns the child's
// report line (see helperOpen).
func runOpen(t *testing.T, dir string) string {
	t.Helper()
	bin := os.Args[0]
	cmd := exec.Command(bin, "-test.run=^$")
	if os.Geteuid() == 0 {
		binDir := mkdirMode(t, filepath.Join(t.TempDir(), "bin"), 0o755)
		copyFile(t, bin, filepath.Join(binDir, "store.test"), 0o755)
		cmd = exec.Command(filepath.Join(binDir, "store.test"), "-test.run=^$")
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	cmd.Env = append(os.Environ(), helperEnv+"=open", "STORE_DIR="+dir, "TMPDIR="+mkdirMode(t, filepath.Join(t.TempDir(), "tmp"), 0o777))
	out, err := cmd.CombinedOutput()
	if err != nil && os.Geteuid() == 0 && (errors.Is(err, syscall.EPERM) || errors.Is(err, fs.ErrPermission)) {
		t.Skipf("cannot run a child as the user nobody here: %v", err)
	}
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	return strings.TrimSpace(string(out))
}

func mkdirMode(t *testing.T, dir string, mode os.FileMode) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	// t.TempDir's own directories are 0700: open the way down for the child.
	for d := dir; d != "/" && d != "."; d = filepath.Dir(d) {
		if strings.HasPrefix(d, os.TempDir()) && d != os.TempDir() {
			if fi, err := os.Stat(d); err == nil && fi.Mode().Perm()&0o005 == 0 {
				os.Chmod(d, fi.Mode().Perm()|0o055)
			}
		}
	}
	if err := os.Chmod(dir, mode); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	return dir
}

func copyFile(t *testing.T, from, to string, mode os.FileMode) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, mode)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestPermissions: progress that can be read but not written is shown
// and nothing is written; a file that cannot be read at all is moved
// aside and a fresh one started; a read-only directory with no progress
// yet is ErrUnwritable (the caller studies in memory).
func TestPermissions(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	built := func(t *testing.T, dirMode, fileMode os.FileMode) string {
		dir := filepath.Join(t.TempDir(), "data")
		buildDB(t, dir, 3)
		if err := os.Chmod(filepath.Join(dir, FileName), fileMode); err != nil {
			t.Fatal(err)
		}
		return mkdirMode(t, dir, dirMode)
	}
	// Readable, not writable: the progress is shown from a copy, and
	// nothing in the directory changes.
	for _, c := range []struct {
		name              string
		dirMode, fileMode os.FileMode
	}{
		{"read-only directory", 0o555, 0o644},
		{"read-only file", 0o777, 0o444},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := built(t, c.dirMode, c.fileMode)
			before := dirState(t, dir)
			got := runOpen(t, dir)
			if !strings.Contains(got, `notsaved=true moved="" unreadable=false path="" reviews=3 recorded=true cleaned=true`) {
				t.Errorf("child: %s", got)
			}
			if after := dirState(t, dir); !maps.Equal(before, after) {
				t.Errorf("the directory changed: %v -> %v", before, after)
			}
		})
	}
	t.Run("unreadable file", func(t *testing.T) {
		dir := built(t, 0o777, 0o000)
		before := dirState(t, dir)
		got := runOpen(t, dir)
		if !strings.Contains(got, "notsaved=false") || !strings.Contains(got, "unreadable=true") ||
			!strings.Contains(got, "reviews=0 recorded=true") || !strings.Contains(got, ".damaged-") {
			t.Fatalf("child: %s", got)
		}
		after := dirState(t, dir)
		found := false
		for name, sum := range after {
			if strings.HasPrefix(name, FileName+".damaged-") && sum == before[FileName] {
				found = true
			}
		}
		if !found {
			t.Errorf("the unreadable file was not moved aside intact: %v", after)
		}
	})
	t.Run("damaged file in a read-only directory", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "data")
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, FileName), []byte(strings.Repeat("not a database ", 600)))
		if err := os.Chmod(filepath.Join(dir, FileName), 0o644); err != nil {
			t.Fatal(err)
		}
		mkdirMode(t, dir, 0o555)
		before := dirState(t, dir)
		got := runOpen(t, dir)
		// One message, whole: what is wrong, where, and why nothing was done;
		// no notice that the progress "can be read".
		want := `unwritable=true damaged=true notice="" err="progress database is damaged: ` + filepath.Join(dir, FileName) +
			` (it is not an SQLite database), and it cannot be moved aside: cannot write progress to ` + dir
		if !strings.HasPrefix(got, want) {
			t.Errorf("child: %s\nwant:  %s…", got, want)
		}
		if after := dirState(t, dir); !maps.Equal(before, after) {
			t.Errorf("the directory changed: %v -> %v", before, after)
		}
	})
	t.Run("read-only directory, no progress yet", func(t *testing.T) {
		dir := mkdirMode(t, filepath.Join(t.TempDir(), "empty"), 0o555)
		if got := runOpen(t, dir); !strings.HasPrefix(got, "unwritable=true") || strings.Contains(got, ".write-test") {
			t.Errorf("child: %s", got)
		}
	})
}

// TestSweepReadOnlyCopies: copies a killed process left a day ago or more
// are removed; a running one's, newer, is not.
func TestSweepReadOnlyCopies(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	old := filepath.Join(tmp, readOnlyPrefix+"old")
	fresh := filepath.Join(tmp, readOnlyPrefix+"fresh")
	other := filepath.Join(tmp, "someone-else")
	for _, d := range []string{old, fresh, other} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	long := time.Now().Add(-48 * time.Hour)
	for _, d := range []string{old, other} {
		if err := os.Chtimes(d, long, long); err != nil {
			t.Fatal(err)
		}
	}
	sweepReadOnlyCopies()
	if _, err := os.Stat(old); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("an old copy was kept: %v", err)
	}
	for _, d := range []string{fresh, other} {
		if _, err := os.Stat(d); err != nil {
			t.Errorf("%s was removed: %v", d, err)
		}
	}
}
