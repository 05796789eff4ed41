package main

// The commands that study and keep progress: quiz, review, stats, reset,
// export, and the app itself.

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"httpcodes/quiz"
	"httpcodes/quiz/fsrs"
	"httpcodes/quiz/settings"
	"httpcodes/quiz/store"
	"httpcodes/ui"
)

// dir is where progress is kept: --data-dir, else $HTTPCODES_DATA_DIR,
// else $XDG_STATE_HOME/httpcodes, else ~/.local/state/httpcodes.
func (e *env) dir() (string, error) {
	if e.dataDir != "" {
		return e.dataDir, nil
	}
	dir, err := store.DefaultDir()
	if err != nil {
		return "", progressErr("cannot find where progress is kept: %w", err)
	}
	return dir, nil
}

// openProgress opens the progress for the app, which runs it in the
// background and falls back to memory, with a notice, when it fails.
func (e *env) openProgress(p fsrs.Params) (quiz.Progress, string, error) {
	dir, err := e.dir()
	if err != nil {
		return nil, "", err
	}
	st, n, err := store.Open(dir, p)
	if err != nil {
		return nil, n.String(), err // a notice may come with an error: both are said
	}
	return st, n.String(), nil
}

// openStore opens the progress for a one-shot command, scheduling with p,
// saying what the learner should hear of; failure is exit 3. A command
// that only reads (stats) changes nothing: it creates nothing where there
// is no progress yet, and reports a damaged, foreign, older or newer file.
func (e *env) openStore(readOnly bool, p fsrs.Params) (*store.Store, error) {
	dir, err := e.dir()
	if err != nil {
		return nil, err
	}
	open := store.Open
	if readOnly {
		open = store.OpenReadOnly
	}
	st, n, err := open(dir, p)
	if msg := n.String(); msg != "" {
		fmt.Fprintln(e.stderr, msg)
	}
	if err != nil {
		return nil, progressErr("cannot open your progress: %w", err)
	}
	return st, nil
}

func runTUI(ctx context.Context, e *env, opts ui.Options) error {
	if !e.tty {
		return usageErr("this needs a terminal: run it in one, or use the one-shot commands (httpcodes --help)")
	}
	if !e.fullScreen {
		return usageErr("this needs a terminal that can place the cursor, and TERM=dumb says this one cannot; " +
			"use the one-shot commands (httpcodes --help)")
	}
	// A data directory the progress cannot live in is said before the
	// screen is taken.
	dataDir, err := e.dir()
	if err != nil {
		return err
	}
	if err := store.CheckDir(dataDir); err != nil {
		return &exitError{code: exitProgress, err: err}
	}
	s, dir, warning := loadSettings()
	if opts.Stacks, err = e.stacksFrom(s); err != nil {
		return err
	}
	params := quiz.Params(s)
	opts.Settings, opts.Params = s, params
	opts.SaveRetention = func(r float64) error { return saveRetention(dir, r) }
	opts.OpenProgress = func() (quiz.Progress, string, error) {
		p, notice, err := e.openProgress(params)
		if warning != "" {
			notice = strings.TrimSpace(strings.TrimPrefix(warning, "httpcodes: ") + ". " + notice)
		}
		return p, notice, err
	}
	e.useDeck(&opts)
	opts.StoreDelay = 50 * time.Millisecond // the first frame is drawn by then
	if f, ok := e.stdout.(*os.File); ok {
		opts.Width, opts.Height, _ = term.GetSize(f.Fd())
	}
	// The input reader waits for keys in a system call that keeps its
	// processor until Go's monitor takes it back, 10 ms or more after the
	// start: with one processor (a machine or a container with one CPU)
	// the app's first frame waited that long behind it, measured. A second
	// one builds the app meanwhile.
	if runtime.GOMAXPROCS(0) < 2 && os.Getenv("GOMAXPROCS") == "" {
		runtime.GOMAXPROCS(2)
	}
	// Input goes through SafeInput: no byte sequence may reach the
	// decoder's crashing paths. The app is built once the renderer runs.
	p := tea.NewProgram(ui.Start(opts), tea.WithContext(ctx), tea.WithInput(ui.SafeInput(e.stdin)), tea.WithOutput(e.stdout))
	var final tea.Model
	err = ui.RunCaught(e.stdin, e.stdout, func() error {
		var err error
		final, err = p.Run()
		return err
	})
	if fm, ok := final.(interface{ Close() error }); ok {
		_ = fm.Close()
	}
	if errors.Is(err, tea.ErrProgramKilled) || errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

func newQuiz(e *env) *cobra.Command {
	var kind, scope string
	var count int
	var seed int64
	cmd := &cobra.Command{
		Use:   "quiz",
		Short: "Quiz yourself: meanings, codes, real situations and the classic mix-ups",
		Long: "Quiz yourself. Every answer is saved the moment you give it and schedules the code for review. " +
			"A question you miss comes back later in the quiz; at the end you see your score and what you missed.",
		Example: examples("httpcodes quiz", "httpcodes quiz --kind pair --count 10", "httpcodes quiz --scope 4xx --kind scenario",
			"httpcodes quiz --scope weakest", "httpcodes quiz --seed 42   # the same questions, in the same order, every time"),
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			k, err := quiz.ParseKind(kind)
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			sc, err := quiz.ParseScope(scope)
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			if count < quiz.MinCount || count > quiz.MaxCount {
				return usageErr("--count %d: give a number from %d to %d", count, quiz.MinCount, quiz.MaxCount)
			}
			fixed := cmd.Flags().Changed("seed")
			if !fixed {
				seed = time.Now().UnixNano()
			}
			cfg := quiz.Config{Kind: k, Scope: sc, Count: count, Seed: seed}
			// A kind that cannot be asked in a scope (pair questions on 1xx)
			// is known before any history is read.
			if sc != quiz.ScopeWeakest {
				if _, _, err := e.deck().bank.NewSession(cfg, quiz.Learner{FirstTime: true}); err != nil {
					return &exitError{code: exitUsage, err: err}
				}
			}
			return runTUI(cmd.Context(), e, ui.Options{Start: ui.QuizScreen, Quiz: &cfg, Reproducible: fixed})
		},
	}
	var kinds, scopes []string
	for _, k := range quiz.Kinds() {
		kinds = append(kinds, string(k))
	}
	for _, s := range quiz.Scopes() {
		scopes = append(scopes, string(s))
	}
	cmd.Flags().StringVarP(&kind, "kind", "k", "mix", "kind of questions: "+strings.Join(kinds, ", "))
	cmd.Flags().StringVarP(&scope, "scope", "s", "", "codes to ask about: "+strings.Join(scopes, ", ")+
		" (default essential the first time, then common)")
	cmd.Flags().IntVarP(&count, "count", "n", quiz.DefaultCount, "number of questions")
	cmd.Flags().Int64Var(&seed, "seed", 0,
		"the same seed gives the same questions, order and options every time (your history is then ignored, "+
			"except by --scope weakest, which is made of it)")
	_ = cmd.RegisterFlagCompletionFunc("kind", fixedCompletions(kinds...))
	_ = cmd.RegisterFlagCompletionFunc("scope", fixedCompletions(scopes...))
	return cmd
}

func newReview(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "review",
		Short: "Review what you are about to forget (spaced repetition)",
		Long: "Review the codes that are due, scheduled by FSRS as Anki does: the codes you are about to forget " +
			"come first, then up to " + strconv.Itoa(quiz.NewPerDay) + " new codes a day, essential ones first. " +
			"When nothing is due it says when the next code is.",
		Example: examples("httpcodes review", "httpcodes review --data-dir ~/work-progress   # progress kept elsewhere"),
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTUI(cmd.Context(), e, ui.Options{Start: ui.ReviewScreen})
		},
	}
}

func newStats(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "stats",
		Short:   "Your progress: what is due, mastery per class, retention, days studied, weakest codes",
		Example: examples("httpcodes stats", "httpcodes stats --json | jq .due_today"),
		Args:    cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			set := e.settingsFor()
			st, err := e.openStore(true, quiz.Params(set))
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := st.Stats(time.Now(), quiz.StatsQuery{Deck: e.oneShotBank().DeckIDs(), NewPerDay: quiz.NewPerDay, LeechAfter: set.LeechAfter})
			if err != nil {
				return progressErr("reading progress: %w", err)
			}
			if asJSON {
				return writeJSON(e.stdout, s)
			}
			return printText(e, ui.StatsText(s, e.oneShotBank(), e.width, ui.PrintStyles())+"\n")
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the statistics as JSON")
	return cmd
}

func newReset(e *env) *cobra.Command {
	var yes bool
	cmd := &cobra.Command{
		Use:     "reset",
		Short:   "Delete all your progress (asks first)",
		Example: examples("httpcodes reset", "httpcodes export > reviews.csv && httpcodes reset --yes   # keep a copy first"),
		Args:    cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			if !yes {
				if f, ok := e.stdin.(*os.File); !ok || !term.IsTerminal(f.Fd()) {
					return usageErr("reset deletes all progress; to do it without a prompt, add --yes")
				}
			}
			st, err := e.openStore(false, quiz.Params(settings.Settings{})) // nothing is scheduled
			if err != nil {
				return err
			}
			defer st.Close()
			if !yes {
				answers, cards, err := st.Size()
				if err != nil {
					return progressErr("reading progress: %w", err)
				}
				fmt.Fprintf(e.stdout, "Delete %d answers and the schedules of %d codes in %s? This cannot be undone. [y/N] ",
					answers, cards, st.Path())
				var reply string
				_, _ = fmt.Fscanln(e.stdin, &reply)
				if r := strings.ToLower(strings.TrimSpace(reply)); r != "y" && r != "yes" {
					fmt.Fprintln(e.stdout, "Nothing was deleted.")
					return nil
				}
			}
			if err := st.Reset(); err != nil {
				return progressErr("reset failed, nothing was deleted: %w", err)
			}
			fmt.Fprintln(e.stdout, "Progress deleted.")
			return nil
		},
	}
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, "do not ask for confirmation (for scripts)")
	return cmd
}

func newExport(e *env) *cobra.Command {
	var format, output string
	cmd := &cobra.Command{
		Use:     "export",
		Short:   "Export your review log as CSV or JSON",
		Example: examples("httpcodes export > reviews.csv", "httpcodes export --format json --output reviews.json"),
		Args:    cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			if format != "csv" && format != "json" {
				return usageErr("--format %q: use csv or json", format)
			}
			dir, err := e.dir()
			if err != nil {
				return err
			}
			n, err := store.ExportFile(dir, quiz.Params(e.settingsFor()), format, output, e.stdout)
			if msg := n.String(); msg != "" {
				fmt.Fprintln(e.stderr, msg)
			}
			var oe *store.OutputError
			switch {
			case errors.As(err, &oe):
				return usageErr("--output %s: %w", output, oe.Err)
			case err != nil:
				return &exitError{code: exitProgress, err: err}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "csv", "the format: csv or json")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletions("csv", "json"))
	return cmd
}
