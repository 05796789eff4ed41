// Package settings keeps the learner's choices from one run to the next:
// the desired retention of the scheduler, how many misses make a leech,
// and the stacks whose constants the cards show. They live in
// config.toml in the config directory: $HTTPCODES_CONFIG_DIR, else
// $XDG_CONFIG_HOME/httpcodes, else ~/.config/httpcodes.
package settings

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"

	"httpcodes/data"
	"httpcodes/quiz/filewrite"
)

// FileName is the settings file inside the config directory.
const FileName = "config.toml"

// The range of the desired retention, and the defaults.
const (
	MinRetention     = 0.70
	MaxRetention     = 0.97
	DefaultRetention = 0.90
	// DefaultLeechAfter is how many misses make a code a leech.
	DefaultLeechAfter = 6
	// MinLeechAfter and MaxLeechAfter bound the leech threshold.
	MinLeechAfter = 2
	MaxLeechAfter = 99
)

// Settings are the learner's choices. The zero value of a field means its
// default; Default fills them in.
type Settings struct {
	// Retention is the desired retention: the probability of recalling a
	// code when it comes due (FSRS). Higher means shorter intervals.
	Retention float64 `toml:"retention,omitzero"`
	// LeechAfter is how many misses of one code make it a leech.
	LeechAfter int `toml:"leech_after,omitzero"`
	// Stacks are the IDs of the stacks whose constants cards show, in the
	// order chosen; empty means every stack.
	Stacks []string `toml:"stacks,omitempty"`
}

// Default returns s with every unset field at its default.
func (s Settings) Default() Settings {
	if s.Retention == 0 {
		s.Retention = DefaultRetention
	}
	if s.LeechAfter == 0 {
		s.LeechAfter = DefaultLeechAfter
	}
	return s
}

// Validate reports a value out of its range.
func (s Settings) Validate() error {
	if r := s.Retention; r != 0 && (r < MinRetention || r > MaxRetention) {
		return fmt.Errorf("retention %g is out of range: choose from %.2f to %.2f", r, MinRetention, MaxRetention)
	}
	if n := s.LeechAfter; n != 0 && (n < MinLeechAfter || n > MaxLeechAfter) {
		return fmt.Errorf("leech_after %d is out of range: choose from %d to %d", n, MinLeechAfter, MaxLeechAfter)
	}
	for _, id := range s.Stacks {
		if _, ok := data.StackByID(id); !ok {
			return data.UnknownStackError{Name: id}
		}
	}
	return nil
}

// Dir is the config directory: $HTTPCODES_CONFIG_DIR, else
// $XDG_CONFIG_HOME/httpcodes (when that is an absolute path, as the XDG
// spec requires), else ~/.config/httpcodes.
func Dir() (string, error) {
	if d := os.Getenv("HTTPCODES_CONFIG_DIR"); d != "" {
		return d, nil
	}
	if d := os.Getenv("XDG_CONFIG_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "httpcodes"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("config directory: %w", err)
	}
	return filepath.Join(home, ".config", "httpcodes"), nil
}

// Load reads the settings in dir, with defaults filled in. A missing file
// is no error: the defaults. A file that does not parse, or holds a value
// of the wrong type or out of range, a stack that does not exist or a key
// it does not know, is an error that says "file:line:col: what is wrong",
// and the defaults.
func Load(dir string) (Settings, error) {
	path := filepath.Join(dir, FileName)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Settings{}.Default(), nil
	}
	if err != nil {
		return Settings{}.Default(), err
	}
	s, err := parse(string(b))
	if err != nil {
		return Settings{}.Default(), fmt.Errorf("%s:%w", path, err)
	}
	return s.Default(), nil
}

// parse reads the text of a settings file. Its errors begin "line:col: ".
func parse(text string) (Settings, error) {
	var raw map[string]any
	md, err := toml.Decode(text, &raw)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return Settings{}, fmt.Errorf("%d:%d: %s", pe.Position.Line, pe.Position.Col, pe.Message)
		}
		return Settings{}, fmt.Errorf(" %w", err)
	}
	var s Settings
	for _, k := range md.Keys() { // in the file's order: the first fault is reported
		key := k.String()
		var one Settings // the key's value alone, to validate
		var ok bool
		switch key {
		case "retention":
			one.Retention, ok = number(raw[key])
			s.Retention, ok = one.Retention, ok && one.Retention != 0
		case "leech_after":
			n, isInt := raw[key].(int64)
			one.LeechAfter = int(n)
			s.LeechAfter, ok = one.LeechAfter, isInt && n != 0 && int64(one.LeechAfter) == n
		case "stacks":
			one.Stacks, ok = stringList(raw[key])
			s.Stacks = one.Stacks
		default:
			return Settings{}, at(text, k, fmt.Sprintf("unknown setting %q (known: retention, leech_after, stacks)", key))
		}
		if !ok {
			return Settings{}, at(text, k, key+" must be "+kind(key))
		}
		if err := one.Validate(); err != nil {
			return Settings{}, at(text, k, err.Error())
		}
	}
	return s, nil
}

// kind says what a setting must be.
func kind(key string) string {
	switch key {
	case "retention":
		return fmt.Sprintf("a number from %.2f to %.2f, such as 0.85", MinRetention, MaxRetention)
	case "leech_after":
		return fmt.Sprintf("a whole number from %d to %d, such as 6", MinLeechAfter, MaxLeechAfter)
	case "stacks":
		return `a list of stack IDs, such as ["go", "rails"]`
	}
	return "valid"
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case int64:
		return float64(x), true
	}
	return 0, false
}

func stringList(v any) ([]string, bool) {
	list, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]string, 0, len(list))
	for _, x := range list {
		s, ok := x.(string)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

// at is an error about key k, placed at the line and column where the file
// sets it ("3:1: …"), or without a place where it cannot be found.
func at(text string, k toml.Key, msg string) error {
	name := k[len(k)-1]
	for i, line := range strings.Split(text, "\n") {
		rest := strings.TrimLeft(line, " \t")
		after, found := strings.CutPrefix(rest, name)
		table := strings.HasPrefix(strings.Trim(rest, "[ \t"), name+"]") && strings.HasPrefix(rest, "[")
		if found && strings.HasPrefix(strings.TrimLeft(after, " \t"), "=") || table {
			return fmt.Errorf("%d:%d: %s", i+1, len(line)-len(rest)+1, msg)
		}
	}
	return errors.New(" " + msg)
}

// Save writes the settings to dir, creating it if needed. A setting at its
// default is left out of the file, so that it follows the default. The
// file is written beside its final name and renamed, so that a failed save
// leaves the old settings whole.
func Save(dir string, s Settings) error {
	if err := s.Validate(); err != nil {
		return err
	}
	if s.Retention == DefaultRetention {
		s.Retention = 0
	}
	if s.LeechAfter == DefaultLeechAfter {
		s.LeechAfter = 0
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var buf bytes.Buffer
	buf.WriteString("# httpcodes settings; `httpcodes config` shows and changes them.\n")
	if err := toml.NewEncoder(&buf).Encode(s); err != nil {
		return err
	}
	// The file a link points to is replaced (a config kept with one's
	// dotfiles stays there), and keeps its mode.
	return filewrite.Replace(filepath.Join(dir, FileName), 0o644, func(w io.Writer) error {
		_, err := w.Write(buf.Bytes())
		return err
	})
}
