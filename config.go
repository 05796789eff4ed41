package main

// The config command, and how the other commands read the learner's
// settings: a file that cannot be read never stops a command.

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"httpcodes/data"
	"httpcodes/quiz"
	"httpcodes/quiz/settings"
)

// The settings as `httpcodes config` names them.
const (
	keyRetention  = "retention"
	keyLeechAfter = "leech-after"
	keyStacks     = "stacks"
)

var settingKeys = []string{keyRetention, keyLeechAfter, keyStacks}

// loadSettings reads the learner's settings from their directory. A file
// that cannot be read or parsed gives the defaults and a one-line warning
// that says where it is wrong ("" when all is well).
func loadSettings() (s settings.Settings, dir, warning string) {
	dir, err := settings.Dir()
	if err == nil {
		s, err = settings.Load(dir)
	}
	if err != nil {
		return settings.Settings{}.Default(), dir, settingsWarning(err)
	}
	return s, dir, ""
}

// settingsWarning is the line a command prints when the settings file
// cannot be used.
func settingsWarning(err error) string {
	return "httpcodes: " + strings.Join(strings.Fields(err.Error()), " ") + " (using the default settings)"
}

// settingsFor is loadSettings for a one-shot command: the warning goes to
// standard error.
func (e *env) settingsFor() settings.Settings {
	s, _, warning := loadSettings()
	if warning != "" {
		fmt.Fprintln(e.stderr, warning)
	}
	return s
}

// saveRetention keeps a desired retention in dir, with the other settings
// as the file has them now. It does not write over a file it cannot read.
func saveRetention(dir string, r float64) error {
	if dir == "" {
		return errors.New("no config directory")
	}
	s, err := settings.Load(dir)
	if err != nil {
		return err
	}
	s.Retention = r
	return settings.Save(dir, s)
}

// settingsJSON is `httpcodes config --json`.
type settingsJSON struct {
	File       string   `json:"file"`
	Exists     bool     `json:"exists"` // false: the defaults, no file yet
	Retention  float64  `json:"retention"`
	LeechAfter int      `json:"leech_after"`
	Stacks     []string `json:"stacks"` // in the order chosen; [] means every stack
}

func newConfig(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "config [setting [value]]",
		Short: "Show or change your settings: desired retention, leech threshold, stacks",
		Long: "Show your settings and the file that keeps them, or change one.\n\n" +
			fmt.Sprintf("  %-12s the chance of recalling a code when it comes due, %.2f to %.2f (default %.2f):\n",
				keyRetention, settings.MinRetention, settings.MaxRetention, settings.DefaultRetention) +
			"               higher means shorter intervals and more reviews\n" +
			fmt.Sprintf("  %-12s how many misses make a code a leech, %d to %d (default %d): a leech is\n",
				keyLeechAfter, settings.MinLeechAfter, settings.MaxLeechAfter, settings.DefaultLeechAfter) +
			"               drilled against the code it is most confused with\n" +
			fmt.Sprintf("  %-12s the stacks whose constants are shown, in order (default all), of:\n", keyStacks) +
			"               " + strings.Join(stackIDs(), ", ") + "\n",
		Example: examples("httpcodes config", "httpcodes config retention 0.85", "httpcodes config leech-after 8",
			"httpcodes config stacks go,rails", "httpcodes config stacks all", "httpcodes config --json"),
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 && !slices.Contains(settingKeys, args[0]) {
				return usageErr("unknown setting %q: choose %s", args[0], strings.Join(settingKeys, ", "))
			}
			if len(args) > 2 && args[0] != keyStacks {
				return usageErr("%s takes one value, e.g. httpcodes config %s", args[0], example(args[0]))
			}
			return nil
		},
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			switch {
			case len(args) == 0:
				return settingKeys, cobra.ShellCompDirectiveNoFileComp
			case args[0] == keyStacks:
				return append(stackIDs(), "all"), cobra.ShellCompDirectiveNoFileComp
			}
			return nil, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(_ *cobra.Command, args []string) error {
			dir, err := settings.Dir()
			if err != nil {
				return usageErr("cannot find where settings are kept: %w", err)
			}
			if len(args) < 2 {
				return showSettings(e, dir, args, asJSON)
			}
			return setSetting(e, dir, args[0], strings.Join(args[1:], ","), asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the settings as JSON (after the change, if any)")
	return cmd
}

// example is a sample command line value for a setting.
func example(key string) string {
	switch key {
	case keyRetention:
		return "retention 0.85"
	case keyLeechAfter:
		return "leech-after 8"
	}
	return "stacks go,rails"
}

func stackIDs() []string {
	var ids []string
	for _, s := range data.Stacks() {
		ids = append(ids, s.ID)
	}
	return ids
}

// showSettings prints every setting (or the one named) and the file; a
// file that cannot be read is reported and the defaults shown.
func showSettings(e *env, dir string, args []string, asJSON bool) error {
	path := filepath.Join(dir, settings.FileName)
	s, err := settings.Load(dir)
	if err != nil {
		fmt.Fprintln(e.stderr, settingsWarning(err))
	}
	_, statErr := os.Stat(path)
	exists := statErr == nil
	if asJSON {
		return writeJSON(e.stdout, toJSON(path, exists, s))
	}
	if len(args) == 1 {
		fmt.Fprintln(e.stdout, settingValue(s, args[0]))
		return nil
	}
	where := "Settings in " + path
	if !exists {
		where += " (no file yet: the defaults)"
	}
	var b strings.Builder
	b.WriteString(where + "\n\n")
	rows := [][3]string{
		{keyRetention, settingValue(s, keyRetention), fmt.Sprintf("the chance of recalling a code when it comes due (%.2f–%.2f)",
			settings.MinRetention, settings.MaxRetention)},
		{keyLeechAfter, settingValue(s, keyLeechAfter), fmt.Sprintf("misses that make a code a leech (%d–%d)",
			settings.MinLeechAfter, settings.MaxLeechAfter)},
		{keyStacks, settingValue(s, keyStacks), "the stacks whose constants are shown, in order"},
	}
	for _, r := range rows {
		fmt.Fprintf(&b, "  %-12s %-10s %s\n", r[0], r[1], r[2])
	}
	b.WriteString("\nChange one with, e.g., httpcodes config retention 0.85 (httpcodes config --help for more).\n")
	_, err = fmt.Fprint(e.stdout, b.String())
	return err
}

func toJSON(path string, exists bool, s settings.Settings) settingsJSON {
	stacks := s.Stacks
	if stacks == nil {
		stacks = []string{}
	}
	return settingsJSON{File: path, Exists: exists, Retention: s.Retention, LeechAfter: s.LeechAfter, Stacks: stacks}
}

// settingValue is a setting as `httpcodes config` shows it.
func settingValue(s settings.Settings, key string) string {
	switch key {
	case keyRetention:
		return strconv.FormatFloat(s.Retention, 'f', 2, 64)
	case keyLeechAfter:
		return strconv.Itoa(s.LeechAfter)
	}
	if len(s.Stacks) == 0 {
		return "all"
	}
	return strings.Join(s.Stacks, ",")
}

// setSetting changes one setting, saves it and says what changes. Bad
// values are usage errors (exit 2), and so is a settings file that cannot
// be read: it is not written over.
func setSetting(e *env, dir, key, value string, asJSON bool) error {
	old, err := settings.Load(dir)
	if err != nil {
		return usageErr("%w; fix the file or delete it, then try again", err)
	}
	s := old
	var said string
	switch key {
	case keyRetention:
		r, err := parseRetention(value)
		if err != nil {
			return err
		}
		s.Retention = r
		said = fmt.Sprintf("Desired retention %s → %s. %s", settingValue(old, key), settingValue(s, key),
			quiz.RetentionChange(old.Retention, r))
		if r == old.Retention {
			said = "Desired retention is already " + settingValue(s, key) + ": nothing changes."
		}
	case keyLeechAfter:
		n, err := strconv.Atoi(strings.TrimSpace(value))
		if err != nil || n < settings.MinLeechAfter || n > settings.MaxLeechAfter {
			return usageErr("leech-after %q: give a whole number of misses from %d to %d, e.g. 8",
				value, settings.MinLeechAfter, settings.MaxLeechAfter)
		}
		s.LeechAfter = n
		said = fmt.Sprintf("Leech threshold %d → %d misses: a code missed %d times or more is a leech, drilled "+
			"against the code it is most confused with.", old.LeechAfter, n, n)
	case keyStacks:
		stacks, err := parseStacks(value)
		if err != nil {
			return err
		}
		s.Stacks = stacks
		said = fmt.Sprintf("Stacks %s → %s: constants are shown for %s.", settingValue(old, key), settingValue(s, key),
			stackNames(stacks))
	}
	if err := settings.Save(dir, s); err != nil {
		return &exitError{code: exitProgress, err: fmt.Errorf("cannot save the settings in %s: %w", dir, err)}
	}
	if asJSON {
		return writeJSON(e.stdout, toJSON(filepath.Join(dir, settings.FileName), true, s))
	}
	_, err = fmt.Fprintln(e.stdout, said)
	return err
}

// parseRetention reads a desired retention: 0.85, or 85%.
func parseRetention(value string) (float64, error) {
	v := strings.TrimSpace(value)
	scale := 1.0
	if strings.HasSuffix(v, "%") {
		v, scale = strings.TrimSuffix(v, "%"), 100
	}
	r, err := strconv.ParseFloat(v, 64)
	r /= scale
	bad := err != nil || math.IsNaN(r) || r < settings.MinRetention-1e-9 || r > settings.MaxRetention+1e-9
	if bad || math.Abs(r*100-math.Round(r*100)) > 1e-6 {
		return 0, usageErr("retention %q: give a number from %.2f to %.2f in hundredths, e.g. 0.85 (or 85%%)",
			value, settings.MinRetention, settings.MaxRetention)
	}
	return math.Round(r*100) / 100, nil
}

// parseStacks reads a list of stacks; "all" clears the choice (nil).
func parseStacks(value string) ([]string, error) {
	if strings.EqualFold(strings.TrimSpace(value), "all") {
		return nil, nil
	}
	stacks, err := data.ParseStacks(value)
	if errors.Is(err, data.ErrNoStack) {
		return nil, usageErr("stacks: name one or more of %s, separated by commas, or all", strings.Join(stackIDs(), ", "))
	}
	if err != nil {
		return nil, usageErr("stacks: %w", err)
	}
	return stacks, nil
}

// stackNames is "Go and Rails", or "every stack".
func stackNames(ids []string) string {
	if len(ids) == 0 {
		return "every stack"
	}
	var names []string
	for _, id := range ids {
		s, _ := data.StackByID(id)
		names = append(names, s.Name)
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
