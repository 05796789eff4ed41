package store

import (
	"errors"
	"fmt"
	"io"
	"os"

	"httpcodes/quiz/filewrite"
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
	if fi, err := os.Stat(output); err == nil && !fi.Mode().IsRegular() {
		// A pipe or a device is written in place.
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
	err := filewrite.Replace(output, 0o644, write)
	if de := (*filewrite.DirError)(nil); errors.As(err, &de) {
		return &OutputError{err}
	}
	return err
}
