// Package filewrite replaces a file whole or not at all: the settings and
// the exports are written with it.
package filewrite

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// DirError says that nothing could be written in the file's directory. Its
// text names the directory, not the temporary file tried there.
type DirError struct {
	Dir string
	Err error
}

func (e *DirError) Error() string { return fmt.Sprintf("cannot write in %s: %v", e.Dir, e.Err) }
func (e *DirError) Unwrap() error { return e.Err }

// Replace writes the file at path with write: into a temporary file beside
// it, renamed over it once complete, so that a reader finds the old file or
// the new one, never a part. Through a symbolic link it replaces the file
// the link points to and leaves the link. The file keeps its mode; a new
// one gets newMode (less the umask).
func Replace(path string, newMode fs.FileMode, write func(io.Writer) error) error {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	mode := newMode
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return &DirError{dir, err}
	}
	defer os.Remove(f.Name()) // after the rename there is nothing left to remove
	err = write(f)
	if err == nil {
		err = f.Chmod(mode)
	}
	if cerr := f.Close(); err == nil {
		err = cerr // a full disk shows here
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	return err
}
