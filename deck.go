package main

// Team decks: finding and reading a team's .httpcodes.toml, and the deck
// commands (init, check). What a deck holds and how it is checked is
// data/deck; what the app makes of it is a data.Catalogue and a quiz.Bank.

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"httpcodes/data"
	"httpcodes/data/deck"
	"httpcodes/quiz"
	"httpcodes/ui"
)

// deckEnv is the environment variable that names a team's deck.
const deckEnv = "HTTPCODES_DECK"

// deckUsage is the help of --deck.
const deckUsage = "the team deck to use (default $" + deckEnv + ", else the nearest " + deck.FileName +
	" up to the repository root or your home directory)"

// teamDeck is the team's deck of this run, read once, on first use.
type teamDeck struct {
	flag   string // --deck
	loaded bool
	bank   *quiz.Bank
	// problem is why the deck found is not used ("FILE:LINE: message");
	// said is set once it has been printed.
	problem string
	said    bool
}

// deck reads the team's deck, if there is one, into a bank; a deck that
// cannot be used leaves the built-in bank and a problem to tell.
func (e *env) deck() *teamDeck {
	t := &e.team
	if t.loaded {
		return t
	}
	t.loaded, t.bank = true, quiz.Builtin()
	path, err := t.path()
	if err != nil {
		t.problem = err.Error()
		return t
	}
	if path == "" {
		return t
	}
	d, problems, err := readDeck(path)
	switch {
	case err != nil:
		t.problem = err.Error()
	case len(problems) > 0:
		p := problems[0]
		t.problem = fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Message)
		if n := len(problems) - 1; n > 0 {
			t.problem += fmt.Sprintf(" (and %d more: httpcodes deck check)", n)
		}
	default:
		if t.bank, err = bankOf(d); err != nil {
			t.bank, t.problem = quiz.Builtin(), fmt.Sprintf("%s: %v", d.File, err)
		}
	}
	return t
}

// cat is the catalogue for a one-shot command: with the team's deck, or,
// when the deck cannot be used, without it, saying why on stderr once.
func (e *env) cat() *data.Catalogue { return e.oneShotBank().Catalogue() }

// oneShotBank is the bank for a one-shot command, as cat.
func (e *env) oneShotBank() *quiz.Bank {
	t := e.deck()
	if t.problem != "" && !t.said {
		t.said = true
		fmt.Fprintf(e.stderr, "httpcodes: team deck not used: %s\n", t.problem)
	}
	return t.bank
}

// useDeck gives the app the team's deck, or why it is not used.
func (e *env) useDeck(opts *ui.Options) {
	t := e.deck()
	opts.Bank = t.bank
	if t.problem != "" {
		opts.Notice = "Team deck not used: " + t.problem
	}
}

// path is the deck to read: --deck, else $HTTPCODES_DECK, else the
// nearest .httpcodes.toml; "" when there is none.
func (t *teamDeck) path() (string, error) {
	if t.flag != "" {
		return t.flag, nil
	}
	if p := os.Getenv(deckEnv); p != "" {
		return p, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("cannot look for %s: %w", deck.FileName, err)
	}
	home, _ := os.UserHomeDir()
	return shorter(findDeck(dir, home)), nil
}

// findDeck looks for a deck in dir, then in each parent, stopping after
// the repository root (the first directory that holds .git) or the home
// directory; "" when there is none.
func findDeck(dir, home string) string {
	dir = filepath.Clean(dir)
	if home != "" {
		home = filepath.Clean(home)
	}
	for {
		p := filepath.Join(dir, deck.FileName)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p
		}
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil || dir == home {
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// shorter names a path relative to the current directory when that is
// shorter ("../.httpcodes.toml"), for messages.
func shorter(path string) string {
	if path == "" {
		return ""
	}
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil && len(rel) < len(path) {
		return rel
	}
	return path
}

// readDeck reads and parses a deck; a file over deck.MaxSize is refused
// unread.
func readDeck(path string) (*deck.Deck, []deck.Problem, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: cannot read it: %w", path, unwrapPath(err))
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, nil, fmt.Errorf("%s: is a directory, not a deck", path)
	}
	b, err := io.ReadAll(io.LimitReader(f, deck.MaxSize+1))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: cannot read it: %w", path, unwrapPath(err))
	}
	if len(b) > deck.MaxSize {
		return nil, nil, fmt.Errorf("%s: larger than 1 MB; a team deck may be at most 1 MB, so it is not read", path)
	}
	d, problems := deck.Parse(path, b)
	return d, problems, nil
}

// unwrapPath drops the path an *fs.PathError repeats.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// bankOf makes the bank of a deck: the catalogue with the team's codes and
// notes, and the team's scenarios.
func bankOf(d *deck.Deck) (*quiz.Bank, error) {
	cat, err := d.Catalogue()
	if err != nil {
		return nil, err
	}
	team := make([]quiz.TeamScenario, 0, len(d.Scenarios))
	for _, s := range d.Scenarios {
		team = append(team, quiz.TeamScenario{
			ID: s.ID(), Deck: d.Name, Answer: deck.Answer(cat, s.Answer),
			Scenario: data.Scenario{Text: s.Text, Why: s.Why, Versus: s.Versus},
		})
	}
	return quiz.NewBank(cat, team), nil
}

func newDeck(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "deck",
		Short: "Team decks: your team's notes, codes and scenarios in .httpcodes.toml",
		Long: "A team deck is a " + deck.FileName + " file committed in a repository: the team's notes on codes, its own\n" +
			"codes and scenarios from its API. httpcodes reads the one in the current directory or the nearest\n" +
			"parent (up to the repository root), or the one named by --deck or $" + deckEnv + ", and shows it on\n" +
			"the cards, in the list, in search and in the quiz (--scope team asks only its scenarios).",
		Example: examples("httpcodes deck init", "httpcodes deck check", "httpcodes deck check path/to/deck.toml",
			"httpcodes quiz --scope team"),
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newDeckInit(e), newDeckCheck(e))
	return cmd
}

func newDeckInit(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "init [FILE]",
		Short: "Write a commented starter deck (" + deck.FileName + " here); never overwrites",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			path := deck.FileName
			if len(args) == 1 {
				path = args[0]
			}
			f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
			if errors.Is(err, fs.ErrExist) {
				return usageErr("%s already exists: it is left as it is (httpcodes deck check checks it)", path)
			}
			if err != nil {
				return usageErr("%s: cannot write it: %w", path, unwrapPath(err))
			}
			_, err = io.WriteString(f, deck.Starter)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return usageErr("%s: cannot write it: %w", path, unwrapPath(err))
			}
			fmt.Fprintf(e.stdout, "Wrote %s: edit it, then check it with httpcodes deck check.\n", path)
			return nil
		},
	}
}

func newDeckCheck(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "check [FILE]",
		Short: "Check a deck (the one found from here by default): exit 0 when good, 2 with its problems",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			var path string
			if len(args) == 1 {
				path = args[0]
			} else {
				var err error
				if path, err = e.team.path(); err != nil {
					return usageErr("%v", err)
				}
				if path == "" {
					return usageErr("no team deck here: no %s in this directory or its parents up to the repository root "+
						"(httpcodes deck init writes one)", deck.FileName)
				}
			}
			d, problems, err := readDeck(path)
			if err != nil {
				return usageErr("%v", err)
			}
			if len(problems) > 0 {
				var b strings.Builder
				for _, p := range problems {
					b.WriteString(p.String() + "\n")
				}
				fmt.Fprint(e.stderr, b.String())
				return &exitError{code: exitUsage, err: fmt.Errorf("%s: %d problems", path, len(problems)), quiet: true}
			}
			if _, err := bankOf(d); err != nil {
				return usageErr("%s: %v", path, err)
			}
			fmt.Fprintf(e.stdout, "%s: good: %q, %s\n", path, d.Name, deckSize(d))
			return nil
		},
	}
}

// deckSize says what a deck holds: "2 codes (1 of the team's own), 1 scenario".
func deckSize(d *deck.Deck) string {
	own := 0
	for _, c := range d.Codes {
		if c.Own() {
			own++
		}
	}
	return fmt.Sprintf("%d %s (%d of the team's own), %d %s",
		len(d.Codes), ui.Plural(len(d.Codes), "code", "codes"), own, len(d.Scenarios), ui.Plural(len(d.Scenarios), "scenario", "scenarios"))
}
