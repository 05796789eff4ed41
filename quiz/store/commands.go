package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"httpcodes/quiz/fsrs"
)

// OpenExisting opens the progress for a command that only reads it (stats,
// export): where there is no progress yet it creates nothing, not even the
// directory (a mistyped --data-dir stays a missing directory), and returns
// an empty store in memory.
func OpenExisting(dir string, p fsrs.Params) (*Store, Notice, error) {
	if _, err := os.Stat(filepath.Join(dir, FileName)); errors.Is(err, fs.ErrNotExist) {
		s, err := OpenMemory(p)
		return s, Notice{}, err
	}
	return Open(dir, p)
}

// Message is what the learner is told of a Notice: "" when there is
// nothing to tell.
func (n Notice) Message() string {
	var parts []string
	if n.WALKept != "" {
		parts = append(parts, "Part of your progress log was damaged: the answers saved before the damage were kept, "+
			"and a copy of the damaged log is at "+n.WALKept+".")
	}
	switch {
	case n.MovedAside != "" && n.Unreadable:
		parts = append(parts, "Your progress file could not be read (its permissions): it was moved to "+n.MovedAside+
			" and a new one was started.")
	case n.MovedAside != "":
		parts = append(parts, "Your progress file was damaged: it was moved to "+n.MovedAside+" and a new one was started.")
	}
	if n.NotSaved != nil {
		parts = append(parts, "Your progress is read-only ("+n.NotSaved.Error()+"): it can be read, but nothing new is saved.")
	}
	return strings.Join(parts, " ")
}
