package store

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"httpcodes/quiz/fsrs"
)

// ErrOutputIsProgress: an export was asked to write over the progress
// database, or a file SQLite keeps beside it.
var ErrOutputIsProgress = errors.New("that file is your progress database itself; choose another file")

// OutputError is a problem with the file an export was asked to write:
// the learner's to fix, not the progress's.
type OutputError struct{ Err error }

func (e *OutputError) Error() string { return e.Err.Error() }
func (e *OutputError) Unwrap() error { return e.Err }

// ExportFile writes the review log of the progress in dir (format "csv"
// or "json") to output, or to stdout when output is "" or "-". It never
// writes over the progress database or the files beside it, and reads the
// progress as OpenReadOnly does; notice is what opening it has to say. A
// file is written beside its final name and renamed at the end, so that a
// failed export leaves an existing file as it was; it keeps that file's
// mode, and through a symbolic link it replaces the file the link points
// to. A pipe or a device (/dev/stdout) is written in place. Errors with
// the output file are OutputErrors.
func ExportFile(dir string, p fsrs.Params, format, output string, stdout io.Writer) (notice Notice, err error) {
	if output != "" && output != "-" && IsProgressFile(output, dir) {
		return notice, &OutputError{ErrOutputIsProgress}
	}
	s, notice, err := OpenReadOnly(dir, p)
	if err != nil {
		return notice, fmt.Errorf("cannot open your progress: %w", err)
	}
	defer s.Close()
	write := s.ExportCSV
	if format == "json" {
		write = s.ExportJSON
	}
	if err := s.exportTo(output, write, stdout); err != nil {
		var oe *OutputError
		if !errors.As(err, &oe) {
			err = fmt.Errorf("export failed: %w", err)
		}
		return notice, err
	}
	return notice, nil
}

// exportTo writes with write to output, or to stdout.
func (s *Store) exportTo(output string, write func(io.Writer) error, stdout io.Writer) error {
	if output == "" || output == "-" {
		return write(stdout)
	}
	if real, err := filepath.EvalSymlinks(output); err == nil {
		output = real // replace the file a link points to, not the link
	}
	if fi, err := os.Stat(output); err == nil && !fi.Mode().IsRegular() {
		f, err := os.OpenFile(output, os.O_WRONLY, 0)
		if err != nil {
			return &OutputError{err}
		}
		err = write(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(output), "."+filepath.Base(output)+".*.tmp")
	if err != nil {
		// (the error's own text would name the temporary file)
		return &OutputError{fmt.Errorf("cannot write in %s: %w", filepath.Dir(output), cause(err))}
	}
	defer os.Remove(f.Name()) // after the rename there is nothing left to remove
	err = write(f)
	if err == nil {
		err = f.Chmod(exportMode(output))
	}
	if cerr := f.Close(); err == nil {
		err = cerr // a full disk shows here
	}
	if err == nil {
		err = os.Rename(f.Name(), output)
	}
	return err
}

// exportMode is the mode for an export written to path: the mode of the
// file it replaces, else what a new file gets under the usual umask.
func exportMode(path string) os.FileMode {
	if fi, err := os.Stat(path); err == nil {
		return fi.Mode().Perm()
	}
	return 0o644
}
