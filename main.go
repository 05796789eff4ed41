// Command httpcodes teaches HTTP status codes in the terminal: browse every
// code with a detail pane that explains it, quiz yourself, and review with
// spaced repetition. One-shot commands answer quick questions and scripts:
//
//	httpcodes                 browse (a plain list when not on a terminal)
//	httpcodes 404             one code's card; 4xx, 30x for a class or pattern
//	httpcodes search rate limit
//	httpcodes list --official --json
//	httpcodes quiz --kind pair --count 10
//	httpcodes review
//	httpcodes stats
//
// Exit codes: 0 found, 1 nothing found, 2 usage error, 3 progress unavailable.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/fang/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"httpcodes/data"
	"httpcodes/quiz"
	"httpcodes/quiz/fsrs"
	"httpcodes/quiz/store"
	"httpcodes/ui"
)

// Exit codes.
const (
	exitOK       = 0
	exitNotFound = 1
	exitUsage    = 2
	exitProgress = 3
)

// exitError carries an exit code; quiet means its message was printed.
type exitError struct {
	code  int
	err   error
	quiet bool
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageErr(format string, a ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, a...)}
}

// notFound reports a search or lookup that found nothing; the message is
// printed to stderr, without the error banner.
func notFound(w io.Writer, msg string) error {
	fmt.Fprintln(w, msg)
	return &exitError{code: exitNotFound, err: errors.New(msg), quiet: true}
}

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// env is what a command needs from the outside world.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	tty            bool // stdout is a terminal
	width          int  // width to wrap printouts to
	dataDir        string
}

// run runs the command line and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, width: 80}
	if f, ok := stdout.(*os.File); ok && term.IsTerminal(f.Fd()) {
		e.tty = true
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			e.width = min(w, 100)
		}
	}
	// Plain `httpcodes` on a terminal, the commonest start, goes straight
	// to the browser: there is nothing for the command line to parse.
	if len(args) == 0 && e.tty {
		if err := runTUI(ctx, e, ui.Options{}); err != nil {
			fmt.Fprintln(stderr, "httpcodes:", err)
			return exitUsage
		}
		return exitOK
	}
	// cobra answers "completion foo" with the help and success: say what
	// is wrong instead.
	if shells := []string{"bash", "zsh", "fish", "powershell"}; len(args) >= 2 && args[0] == "completion" &&
		!strings.HasPrefix(args[1], "-") && !slices.Contains(shells, args[1]) {
		fmt.Fprintf(stderr, "httpcodes: completion %q: name a shell: %s\n", args[1], strings.Join(shells, ", "))
		return exitUsage
	}
	root := newRoot(e)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := fang.Execute(ctx, root,
		fang.WithVersion(version()),
		fang.WithoutManpage(),
		fang.WithErrorHandler(func(w io.Writer, st fang.Styles, err error) {
			var ee *exitError
			if errors.As(err, &ee) && ee.quiet {
				return
			}
			// fang title-cases the first word, which garbles a leading
			// flag name (--class → --Class); capitalise a leading letter only.
			st.ErrorText = st.ErrorText.Transform(capitalize)
			fang.DefaultErrorHandler(w, st, err)
		}),
	)
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	// Errors cobra raises itself (unknown flag, bad flag value, wrong
	// number of arguments) are usage errors.
	return exitUsage
}

// capitalize upper-cases the first character of s if it is a letter.
func capitalize(s string) string {
	for i, r := range s {
		if r == ' ' || r == '\n' {
			continue
		}
		return s[:i] + strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

func newRoot(e *env) *cobra.Command {
	var asJSON bool
	root := &cobra.Command{
		Use:   "httpcodes [code|pattern]",
		Short: "Learn HTTP status codes in the terminal",
		Long: "httpcodes teaches HTTP status codes: browse every code with what it means, when to use it and\n" +
			"when not, its headers, what it is confused with and why, an example exchange and the spec.\n" +
			"Quiz yourself, and review with spaced repetition so you study what you are about to forget.",
		Example: strings.Join([]string{
			"# Browse every code (a plain list when piped)",
			"httpcodes",
			"",
			"# One code, a class, a pattern",
			"httpcodes 404",
			"httpcodes 4xx",
			"httpcodes 30x --json",
			"",
			"# Search codes, phrases, former names, headers and explanations",
			"httpcodes search rate limit",
			"",
			"# Study",
			"httpcodes quiz --kind pair --count 10",
			"httpcodes review",
			"httpcodes stats",
		}, "\n"),
		Args: cobra.ArbitraryArgs,
		ValidArgsFunction: func(_ *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
			var out []string
			for _, en := range data.All() {
				if en.Official() {
					out = append(out, strconv.Itoa(en.Code)+"\t"+en.Title())
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				if asJSON {
					return printJSON(e.stdout, data.All())
				}
				if !e.tty {
					return printText(e, ui.ListText(data.All(), 0, ui.PrintStyles()))
				}
				return runTUI(cmd.Context(), e, ui.Options{})
			}
			return lookup(cmd, e, args, asJSON)
		},
	}
	root.SuggestionsMinimumDistance = 2
	root.Flags().BoolVar(&asJSON, "json", false, "print JSON: an array of code entries")
	root.PersistentFlags().StringVar(&e.dataDir, "data-dir", "",
		"where progress is kept (default $HTTPCODES_DATA_DIR, else $XDG_STATE_HOME/httpcodes)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &exitError{code: exitUsage, err: plainFlagError(err)}
	})
	root.AddCommand(newSearch(e), newList(e), newQuiz(e), newReview(e), newStats(e), newReset(e), newExport(e))
	for _, c := range root.Commands() {
		c.SetFlagErrorFunc(root.FlagErrorFunc())
	}
	return root
}

// badValue matches pflag's message for a value that does not parse, which
// ends with Go's own parse error.
var badValue = regexp.MustCompile(`^invalid argument "(.*)" for "(.*)" flag: .*`)

// plainFlagError words a flag error for people: "--count: "many" is not a
// whole number" rather than strconv's message.
func plainFlagError(err error) error {
	m := badValue.FindStringSubmatch(err.Error())
	if m == nil {
		return err
	}
	name := m[2]
	if i := strings.LastIndex(name, "--"); i >= 0 {
		name = name[i:]
	}
	return fmt.Errorf("%s: %q is not a whole number", name, m[1])
}

// lookup prints the entries named by codes and patterns ("404", "4xx").
func lookup(cmd *cobra.Command, e *env, args []string, asJSON bool) error {
	var found []*data.Entry
	var missing []string
	seen := map[*data.Entry]bool{}
	add := func(es []*data.Entry) {
		for _, en := range es {
			if !seen[en] { // "404 40x" shows 404 once
				seen[en] = true
				found = append(found, en)
			}
		}
	}
	for _, a := range args {
		if n, err := strconv.Atoi(a); err == nil && len(a) == 3 {
			if es := data.Lookup(n); len(es) > 0 {
				add(es)
			} else {
				missing = append(missing, unknownCode(a, n))
			}
			continue
		}
		if es, ok, err := data.Match(a); ok {
			if err != nil {
				return usageErr("%v", err)
			}
			if len(es) == 0 {
				missing = append(missing, fmt.Sprintf("no status code matches %s", a))
			}
			add(es)
			continue
		}
		hint := ""
		if s := cmd.SuggestionsFor(a); len(s) > 0 {
			hint = "; the closest command is " + s[0]
		} else if _, err := strconv.Atoi(a); err != nil {
			hint = fmt.Sprintf("; to search the text, use: httpcodes search %s", a)
		} else if len(a) < 3 && a[0] >= '1' && a[0] <= '5' {
			hint = fmt.Sprintf("; codes have three digits: %s%s shows every code that starts with %s", a, strings.Repeat("x", 3-len(a)), a)
		}
		return usageErr("unknown code or command %q: give a status code (100–599), a pattern like 4xx or 30x, "+
			"or a command%s", a, hint)
	}
	if len(found) > 0 {
		var err error
		switch {
		case asJSON:
			err = printJSON(e.stdout, found)
		case len(args) == 1 && len(found) > 1 && !isCode(args[0]):
			err = printText(e, ui.ListText(found, e.listWidth(), ui.PrintStyles()))
		default:
			err = printText(e, ui.Cards(found, e.width, ui.PrintStyles()))
		}
		if err != nil {
			return err
		}
	}
	if len(missing) > 0 {
		return notFound(e.stderr, strings.Join(missing, "\n"))
	}
	return nil
}

// listWidth bounds list lines to the terminal; piped lists are never cut.
func (e *env) listWidth() int {
	if e.tty {
		return e.width
	}
	return 0
}

func isCode(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// unknownCode explains a number that is not a status code, with the codes
// on either side and what a client does with an unknown code of its class.
func unknownCode(typed string, n int) string {
	if n < 100 || n > 599 {
		return fmt.Sprintf("%s is not a status code: codes run from 100 to 599.", typed)
	}
	var near []string
	for _, en := range data.Nearest(n) {
		near = append(near, fmt.Sprintf("%d %s", en.Code, en.Title()))
	}
	msg := fmt.Sprintf("%s is not a registered status code. Nearest: %s.", typed, strings.Join(near, ", "))
	if info, ok := data.InfoOf(data.ClassOf(n)); ok {
		msg += "\n" + info.Unknown
	}
	return msg
}

func newSearch(e *env) *cobra.Command {
	var asJSON bool
	var limit int
	cmd := &cobra.Command{
		Use:   "search <words>...",
		Short: "Search codes, phrases, former names, headers and explanations",
		Example: strings.Join([]string{
			"httpcodes search teapot",
			"httpcodes search rate limit",
			"httpcodes search retry-after --json",
		}, "\n"),
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("search needs words to look for, e.g. httpcodes search rate limit")
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			q := strings.Join(args, " ")
			res := data.Search(q)
			if limit > 0 && len(res) > limit {
				res = res[:limit]
			}
			if len(res) == 0 {
				return notFound(e.stderr, fmt.Sprintf("Nothing matches %q.", q))
			}
			if asJSON {
				es := make([]*data.Entry, len(res))
				for i, r := range res {
					es[i] = r.Entry
				}
				return printJSON(e.stdout, es)
			}
			return printText(e, ui.SearchText(res, e.listWidth(), ui.PrintStyles()))
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: an array of code entries, best match first")
	cmd.Flags().IntVarP(&limit, "limit", "n", 10, "show at most this many matches (0: all)")
	return cmd
}

func newList(e *env) *cobra.Command {
	var asJSON, official bool
	var class, tier string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List every code, grouped by class",
		Example: strings.Join([]string{
			"httpcodes list",
			"httpcodes list --official --class 4xx",
			"httpcodes list --tier essential --json",
		}, "\n"),
		Args: cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			keep := func(*data.Entry) bool { return true }
			if class != "" {
				fits, _, err := data.ParsePattern(class)
				if err != nil {
					return usageErr("--class: %v", err)
				}
				if fits == nil {
					return usageErr("--class %q: give a class or pattern such as 4xx or 30x", class)
				}
				keep = func(en *data.Entry) bool { return fits(en.Code) }
			}
			var t data.Tier
			if tier != "" {
				var ok bool
				if t, ok = data.ParseTier(tier); !ok {
					return usageErr("--tier %q: use essential, common or rare", tier)
				}
			}
			es := data.Filter(func(en *data.Entry) bool {
				return keep(en) && (!official || en.Official()) && (tier == "" || en.Tier == t)
			})
			if len(es) == 0 {
				return notFound(e.stderr, "No codes match those filters.")
			}
			if asJSON {
				return printJSON(e.stdout, es)
			}
			return printText(e, ui.ListText(es, e.listWidth(), ui.PrintStyles()))
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: an array of every matching entry")
	cmd.Flags().BoolVar(&official, "official", false, "only codes in the IANA registry (no vendor codes)")
	cmd.Flags().StringVar(&class, "class", "", "only this class or pattern (4xx, 30x)")
	cmd.Flags().StringVar(&tier, "tier", "", "only this tier: essential, common or rare")
	_ = cmd.RegisterFlagCompletionFunc("class", fixedCompletions("1xx", "2xx", "3xx", "4xx", "5xx"))
	_ = cmd.RegisterFlagCompletionFunc("tier", fixedCompletions("essential", "common", "rare"))
	return cmd
}

func fixedCompletions(values ...string) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

// printText writes styled text: colours and links on a terminal, plain
// text when piped or under NO_COLOR.
func printText(e *env, s string) error {
	w := &colorprofile.Writer{Forward: e.stdout, Profile: colorprofile.NoTTY}
	if e.tty {
		w = colorprofile.NewWriter(e.stdout, os.Environ())
	}
	_, err := io.WriteString(w, s)
	return err
}

func printJSON(w io.Writer, es []*data.Entry) error {
	out := make([]data.JSON, len(es))
	for i, en := range es {
		out[i] = en.ToJSON()
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// params is the scheduler's configuration: days begin at 4 am local time.
func params() fsrs.Params {
	p := fsrs.Default()
	p.Location = time.Local
	return p
}

// dir is where progress is kept: --data-dir, else $HTTPCODES_DATA_DIR,
// else $XDG_STATE_HOME/httpcodes, else ~/.local/state/httpcodes.
func (e *env) dir() (string, error) {
	if e.dataDir != "" {
		return e.dataDir, nil
	}
	return store.DefaultDir()
}

// openStore opens the progress store for the TUI; the UI runs it in the
// background and falls back to memory, with a notice, when it fails.
func (e *env) openStore() (*store.Store, string, error) {
	dir, err := e.dir()
	if err != nil {
		return nil, "", err
	}
	st, n, err := store.Open(dir, params())
	return st, noticeText(n), err // a notice may come with an error: both are said
}

// noticeText is what the learner is told of a Notice from the store.
func noticeText(n store.Notice) string {
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

// mustStore opens the store for a one-shot command; failure is exit 3. A
// command that only reads (readOnly) creates nothing where there is no
// progress yet (a mistyped --data-dir stays a missing directory): it reads
// an empty store instead.
func (e *env) mustStore(readOnly bool) (*store.Store, error) {
	dir, err := e.dir()
	if err != nil {
		return nil, &exitError{code: exitProgress, err: fmt.Errorf("cannot find where progress is kept: %w", err)}
	}
	if _, err := os.Stat(filepath.Join(dir, store.FileName)); readOnly && errors.Is(err, fs.ErrNotExist) {
		st, err := store.OpenMemory(params())
		if err != nil {
			return nil, &exitError{code: exitProgress, err: err}
		}
		return st, nil
	}
	st, n, err := store.Open(dir, params())
	if msg := noticeText(n); msg != "" {
		fmt.Fprintln(e.stderr, msg)
	}
	if err != nil {
		return nil, &exitError{code: exitProgress, err: fmt.Errorf("cannot open your progress: %w", err)}
	}
	return st, nil
}

func runTUI(ctx context.Context, e *env, opts ui.Options) error {
	if !e.tty {
		return usageErr("this needs a terminal: run it in one, or use the one-shot commands (httpcodes --help)")
	}
	opts.OpenStore = e.openStore
	opts.StoreDelay = 50 * time.Millisecond // the first frame is drawn by then
	opts.Params = params()
	if f, ok := e.stdout.(*os.File); ok {
		opts.Width, opts.Height, _ = term.GetSize(f.Fd())
	}
	m := ui.New(opts)
	final, err := tea.NewProgram(m, tea.WithContext(ctx), tea.WithInput(e.stdin), tea.WithOutput(e.stdout)).Run()
	if fm, ok := final.(ui.Model); ok {
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
		Long: "Quiz yourself. Every answer is saved the moment you give it and schedules the code for review.\n" +
			"A question you miss comes back later in the quiz; at the end you see your score and what you missed.",
		Example: strings.Join([]string{
			"httpcodes quiz",
			"httpcodes quiz --kind pair --count 10",
			"httpcodes quiz --scope 4xx --kind scenario",
			"httpcodes quiz --scope weakest",
			"httpcodes quiz --seed 42   # the same questions, in the same order, every time",
		}, "\n"),
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
				if _, _, err := quiz.NewSession(cfg, quiz.Learner{FirstTime: true}); err != nil {
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
		Long: "Review the codes that are due, scheduled by FSRS as Anki does: the codes you are about to forget\n" +
			"come first, then up to " + strconv.Itoa(ui.DefaultNewPerDay) + " new codes a day, essential ones first. " +
			"When nothing is due it says when the next code is.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTUI(cmd.Context(), e, ui.Options{Start: ui.ReviewScreen})
		},
	}
}

func newStats(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Your progress: what is due, mastery per class, retention, days studied, weakest codes",
		Example: strings.Join([]string{
			"httpcodes stats",
			"httpcodes stats --json | jq .due_today",
		}, "\n"),
		Args: cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			st, err := e.mustStore(true)
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := st.Stats(time.Now(), quiz.DeckIDs(), ui.DefaultNewPerDay)
			if err != nil {
				return &exitError{code: exitProgress, err: fmt.Errorf("reading progress: %w", err)}
			}
			if asJSON {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(s)
			}
			return printText(e, ui.StatsText(s, e.width, ui.PrintStyles())+"\n")
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the statistics as JSON")
	return cmd
}

func newReset(e *env) *cobra.Command {
	var yes bool
	cmd := &cobra.Command{
		Use:   "reset",
		Short: "Delete all your progress (asks first)",
		Args:  cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			if !yes {
				if f, ok := e.stdin.(*os.File); !ok || !term.IsTerminal(f.Fd()) {
					return usageErr("reset deletes all progress; to do it without a prompt, add --yes")
				}
			}
			st, err := e.mustStore(false)
			if err != nil {
				return err
			}
			defer st.Close()
			if !yes {
				answers, cards, err := st.Size()
				if err != nil {
					return &exitError{code: exitProgress, err: fmt.Errorf("reading progress: %w", err)}
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
				return &exitError{code: exitProgress, err: fmt.Errorf("reset failed, nothing was deleted: %w", err)}
			}
			fmt.Fprintln(e.stdout, "Progress deleted.")
			return nil
		},
	}
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, "do not ask for confirmation (for scripts)")
	return cmd
}

// exportMode is the mode for an export written to path: the mode of the
// file it replaces, else what a new file gets under the usual umask.
func exportMode(path string) os.FileMode {
	if fi, err := os.Stat(path); err == nil {
		return fi.Mode().Perm()
	}
	return 0o644
}

// isProgressFile tells whether path names the progress database db, or
// one of the files SQLite keeps beside it.
func isProgressFile(path, db string) bool {
	if db == "" {
		return false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	fi, statErr := os.Stat(abs)
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		if abs == db+suffix {
			return true
		}
		if statErr == nil {
			if other, err := os.Stat(db + suffix); err == nil && os.SameFile(fi, other) {
				return true
			}
		}
	}
	return false
}

func newExport(e *env) *cobra.Command {
	var format, output string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export your review log as CSV or JSON",
		Example: strings.Join([]string{
			"httpcodes export > reviews.csv",
			"httpcodes export --format json --output reviews.json",
		}, "\n"),
		Args: cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			if format != "csv" && format != "json" {
				return usageErr("--format %q: use csv or json", format)
			}
			dir, err := e.dir()
			if err != nil {
				return &exitError{code: exitProgress, err: fmt.Errorf("cannot find where progress is kept: %w", err)}
			}
			if output != "" && output != "-" && isProgressFile(output, filepath.Join(dir, store.FileName)) {
				return usageErr("--output %s is your progress database itself; choose another file", output)
			}
			st, err := e.mustStore(true)
			if err != nil {
				return err
			}
			defer st.Close()
			w := e.stdout
			var f *os.File
			var rename string // the file a temporary one replaces at the end
			if output != "" && output != "-" {
				if real, err := filepath.EvalSymlinks(output); err == nil {
					output = real // replace the file a link points to, not the link
				}
				if fi, err := os.Stat(output); err == nil && !fi.Mode().IsRegular() {
					// /dev/stdout, a pipe: write to it as it is.
					if f, err = os.OpenFile(output, os.O_WRONLY, 0); err != nil {
						return usageErr("--output: %v", err)
					}
				} else {
					// A file: write beside it and rename at the end, so that
					// a failed export leaves an existing file as it was.
					if f, err = os.CreateTemp(filepath.Dir(output), "."+filepath.Base(output)+".*.tmp"); err != nil {
						// (the error's own text would name the temporary file)
						return usageErr("--output: cannot write in %s: %v", filepath.Dir(output), errors.Unwrap(err))
					}
					defer os.Remove(f.Name()) // after the rename there is nothing left to remove
					rename = output
				}
				w = f
			}
			if format == "json" {
				err = st.ExportJSON(w)
			} else {
				err = st.ExportCSV(w)
			}
			if f != nil {
				if err == nil && rename != "" {
					err = f.Chmod(exportMode(rename))
				}
				if cerr := f.Close(); err == nil {
					err = cerr // a full disk shows here
				}
				if err == nil && rename != "" {
					err = os.Rename(f.Name(), rename)
				}
			}
			if err != nil {
				return &exitError{code: exitProgress, err: fmt.Errorf("export failed: %w", err)}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "csv", "csv or json")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletions("csv", "json"))
	return cmd
}
