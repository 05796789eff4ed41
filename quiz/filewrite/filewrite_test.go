package filewrite

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

// TestReplaceThroughLink: through a link the file it points to is
// replaced, with its mode, and the link stays a link.
func TestReplaceThroughLink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "dotfiles", "config.toml")
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(target, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "config.toml")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if err := Replace(link, 0o644, writeString("new")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link is no longer a link (%v)", err)
	}
	b, err := os.ReadFile(target)
	fi, serr := os.Stat(target)
	if err != nil || serr != nil || string(b) != "new" || fi.Mode().Perm() != 0o640 {
		t.Errorf("target: %q, mode %v (%v, %v); want \"new\" with mode 0640", b, fi.Mode().Perm(), err, serr)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*", ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestReplaceFailedWriteKeepsTheOld: a write that fails leaves the old
// file whole and no temporary file behind.
func TestReplaceFailedWriteKeepsTheOld(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("disk full")
	err := Replace(path, 0o644, func(w io.Writer) error { io.WriteString(w, "ne"); return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("error %v, want the write's", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("file now %q, want \"old\"", b)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestReplaceNewFileAndDirError: a new file gets the mode asked for (less
// the umask); a directory that cannot hold a file is a DirError naming it.
func TestReplaceNewFileAndDirError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "new")
	if err := Replace(path, 0o600, writeString("x")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("new file mode %v (%v), want 0600", fi.Mode().Perm(), err)
	}
	under := filepath.Join(path, "sub", "file") // under a regular file: fails even as root
	var de *DirError
	if err := Replace(under, 0o644, writeString("x")); !errors.As(err, &de) || de.Dir != filepath.Dir(under) {
		t.Errorf("error %v, want a DirError for %s", err, filepath.Dir(under))
	}
}
