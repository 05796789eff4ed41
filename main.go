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
//	httpcodes explain access.log     the codes in a log, explained
//	httpcodes check https://example.com/
//	httpcodes config stacks go,rails
//	httpcodes deck check             a team's .httpcodes.toml
//
// Exit codes: 0 found, 1 nothing found, 2 usage error, 3 progress unavailable,
// 4 the program crashed.
//
// This file declares the root command and maps errors to exit codes; each
// other command has its file here (lookup.go, study.go, explain.go …), and
// what they do lives in ui (printouts, the app), data (lookups, log
// recognition, decks) and quiz/store (progress, and the rules that protect
// its files).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"charm.land/fang/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"httpcodes/data"
	"httpcodes/ui"
)

// Exit codes.
const (
	exitOK       = 0
	exitNotFound = 1
	exitUsage    = 2
	exitProgress = 3
	exitInternal = 4 // the program crashed (the terminal is restored)
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

func progressErr(format string, a ...any) error {
	return &exitError{code: exitProgress, err: fmt.Errorf(format, a...)}
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
	fullScreen     bool // and one that can show the app: not TERM=dumb
	width          int  // width to wrap printouts to
	dataDir        string
	stackFlag      string   // --stack: the stacks whose names to show
	team           teamDeck // the team's deck, read on first use (deck.go)
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
	// A dumb terminal cannot place the cursor: it gets what a pipe gets.
	e.fullScreen = e.tty && os.Getenv("TERM") != "dumb"
	// Plain `httpcodes` on a terminal, the commonest start, goes straight
	// to the browser: there is nothing for the command line to parse.
	if len(args) == 0 && e.fullScreen {
		if err := runTUI(ctx, e, ui.Options{}); err != nil {
			fmt.Fprintln(stderr, "httpcodes:", err)
			return exitCode(err)
		}
		return exitOK
	}
	// So does a lookup (`httpcodes 404`, `httpcodes 4xx --json`), the
	// commonest one-shot: it is answered before the commands are built.
	if code, ok := quickLookup(ctx, e, args); ok {
		return code
	}
	// cobra answers "completion foo" with the help and success: say what
	// is wrong instead.
	if shells := []string{"bash", "zsh", "fish", "powershell"}; len(args) >= 2 && args[0] == "completion" &&
		!strings.HasPrefix(args[1], "-") && !slices.Contains(shells, args[1]) {
		fmt.Fprintf(stderr, "httpcodes: completion %q: name a shell: %s\n", args[1], strings.Join(shells, ", "))
		return exitUsage
	}
	return execute(ctx, e, newRoot(e), args)
}

// execute runs a command line parsed by root, with fang's help, version,
// man page and error banner, and returns the exit code.
func execute(ctx context.Context, e *env, root *cobra.Command, args []string) int {
	root.SetArgs(args)
	root.SetIn(e.stdin)
	// fang pads its help and error boxes to a fixed width: what goes to a
	// file or a pipe loses the blanks at the ends of lines.
	cmdOut, cmdErr := trimmedUnlessTerminal(e.stdout), trimmedUnlessTerminal(e.stderr)
	defer cmdOut.Flush()
	defer cmdErr.Flush()
	root.SetOut(cmdOut)
	root.SetErr(cmdErr)
	// fang asks the terminal for its background before any help or error
	// (os.Stdout a terminal): a dumb one never answers, and the question
	// would hang a few seconds and print itself. Hide the terminal from it;
	// the commands write to e.stdout.
	if e.tty && !e.fullScreen {
		if null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0); err == nil {
			stdout := os.Stdout
			os.Stdout = null
			defer func() { os.Stdout = stdout; null.Close() }()
		}
	}
	err := fang.Execute(ctx, root,
		fang.WithVersion(version()),
		fang.WithoutManpage(), // newMan writes it, listed with the others
		fang.WithErrorHandler(func(w io.Writer, st fang.Styles, err error) {
			var ee *exitError
			if errors.As(err, &ee) && ee.quiet {
				return
			}
			// fang title-cases the first word, which garbles a leading
			// flag name (--class → --Class); capitalise a leading letter only.
			st.ErrorText = st.ErrorText.Transform(ui.Capitalize)
			fang.DefaultErrorHandler(w, st, err)
		}),
	)
	return exitCode(err)
}

// exitCode is the exit code for what a command returned.
func exitCode(err error) int {
	var ee *exitError
	var crash *ui.CrashError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ee):
		return ee.code
	case errors.As(err, &crash):
		return exitInternal
	}
	// Errors cobra raises itself (unknown flag, bad flag value, wrong
	// number of arguments) are usage errors.
	return exitUsage
}

// version says what was built, so that a bug report can name it.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	return versionOf(info)
}

// versionOf is the module's version when the go tool knew it (a release
// tag, or the pseudo-version it makes from the commit); else the commit,
// its time and whether the tree had changes, as the go tool stamps them
// into a binary built in a git checkout; else "dev" and the Go version.
func versionOf(info *debug.BuildInfo) string {
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, at string
	var modified bool
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev == "" {
		return "dev (no version control information; built with " + info.GoVersion + ")"
	}
	v := "dev, commit " + rev[:min(len(rev), 12)]
	if at != "" {
		v += " of " + at
	}
	if modified {
		v += ", with uncommitted changes"
	}
	return v
}

func newRoot(e *env) *cobra.Command {
	var asJSON bool
	root := &cobra.Command{
		Use:   "httpcodes [code|pattern]",
		Short: "Learn HTTP status codes in the terminal",
		// One paragraph: the help and the man page wrap it to the width
		// they have.
		Long: "httpcodes teaches HTTP status codes: browse every code with what it means, when to use it and " +
			"when not, its headers, what it is confused with and why, an example exchange and the spec. " +
			"Quiz yourself, and review with spaced repetition so you study what you are about to forget.",
		Example: examples(
			"# Browse every code (a plain list when piped)", "httpcodes", "",
			"# One code, a class, a pattern", "httpcodes 404", "httpcodes 4xx", "httpcodes 30x --json", "",
			"# Search codes, phrases, former names, headers and explanations", "httpcodes search rate limit", "",
			"# Study", "httpcodes quiz --kind pair --count 10", "httpcodes review", "httpcodes stats",
		),
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
					return e.printJSON(e.cat(), e.cat().All())
				}
				if !e.fullScreen {
					return printText(e, ui.ListText(e.cat().All(), e.listWidth(), ui.PrintStyles()))
				}
				return runTUI(cmd.Context(), e, ui.Options{})
			}
			return lookup(cmd, e, args, asJSON)
		},
	}
	root.SuggestionsMinimumDistance = 2
	root.Flags().BoolVar(&asJSON, "json", false, "print JSON: an array of code entries")
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if e.stackFlag != "" { // said at once, whatever the command
			if _, err := data.ParseStacks(e.stackFlag); err != nil {
				return usageErr("--stack: %w", err)
			}
		}
		return nil
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &exitError{code: exitUsage, err: plainFlagError(err)}
	})
	search, list, quiz, review, stats := newSearch(e), newList(e), newQuiz(e), newReview(e), newStats(e)
	reset, export, explain := newReset(e), newExport(e), newExplain(e)
	root.AddCommand(search, list, quiz, review, stats, reset, export, explain,
		newCheck(e), newConfig(e), newDeck(e), newMan(e))
	// The flags several commands take, on the commands that use them.
	for _, c := range []*cobra.Command{root, search, list, quiz, review} {
		c.Flags().StringVar(&e.stackFlag, "stack", "",
			"show the names of codes in these stacks only, e.g. go,rails (cards default to your choice in httpcodes "+
				"config; JSON lists every stack)")
		_ = c.RegisterFlagCompletionFunc("stack", stackCompletions)
	}
	for _, c := range []*cobra.Command{root, quiz, review, stats, reset, export, explain} {
		c.Flags().StringVar(&e.dataDir, "data-dir", "",
			"where progress is kept (default $HTTPCODES_DATA_DIR, else $XDG_STATE_HOME/httpcodes)")
	}
	for _, c := range []*cobra.Command{root, search, list, quiz, review, stats} {
		c.Flags().StringVar(&e.team.flag, "deck", "", deckUsage)
	}
	for _, c := range root.Commands() {
		c.SetFlagErrorFunc(root.FlagErrorFunc())
	}
	return root
}

func examples(lines ...string) string { return strings.Join(lines, "\n") }

// plainFlagError words a flag value that does not parse for people:
// "--count: "many" is not a whole number" rather than strconv's message.
func plainFlagError(err error) error {
	var bad *pflag.InvalidValueError
	if !errors.As(err, &bad) {
		return err
	}
	name, value := "--"+bad.GetFlag().Name, bad.GetValue()
	var num *strconv.NumError
	if errors.As(bad, &num) {
		switch num.Func {
		case "ParseBool":
			return fmt.Errorf("%s: %q is not true or false", name, value)
		case "ParseInt", "ParseUint":
			return fmt.Errorf("%s: %q is not a whole number", name, value)
		case "ParseFloat":
			return fmt.Errorf("%s: %q is not a number", name, value)
		}
	}
	return fmt.Errorf("%s: %q: %v", name, value, errors.Unwrap(bad))
}

func fixedCompletions(values ...string) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}
