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
// Exit codes: 0 found, 1 nothing found, 2 usage error, 3 progress unavailable,
// 4 the program crashed.
//
// This file declares the commands and their flags and maps errors to exit
// codes; what the commands do lives in ui (printouts, the app), data
// (lookups) and quiz/store (progress, and the rules that protect its files).
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"

	"charm.land/fang/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"httpcodes/data"
	"httpcodes/quiz/settings"
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
	err := fang.Execute(ctx, root,
		fang.WithVersion(version()),
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

// quickLookup answers a command line made only of codes and patterns, with
// no flag but --json, without building the commands; ok is false for any
// other, which the commands then parse. Both print the same and exit alike.
func quickLookup(ctx context.Context, e *env, args []string) (code int, ok bool) {
	var asJSON bool
	names := make([]string, 0, len(args))
	for _, a := range args {
		switch {
		case a == "--json":
			asJSON = true
		case strings.HasPrefix(a, "-"):
			return 0, false // another flag, or a negative number cobra reads as one
		default:
			names = append(names, a)
		}
	}
	if len(names) == 0 {
		return 0, false
	}
	for _, n := range names { // a command's name, or a word: the commands' to answer
		if _, isPattern, err := data.ParsePattern(n); (!isCode(n) || len(n) != 3) && (!isPattern || err != nil) {
			return 0, false
		}
	}
	cat := e.cat()
	found, missing, bad, err := resolve(cat, names)
	if bad != "" || err != nil {
		return 0, false // the commands say what is wrong with it
	}
	err = show(e, cat, names, found, missing, asJSON)
	var ee *exitError
	switch {
	case err == nil:
		return exitOK, true
	case errors.As(err, &ee) && ee.quiet:
		return ee.code, true
	}
	// Anything else (an output that cannot be written, a settings file
	// in error) is reported as the commands report it.
	return execute(ctx, e, &cobra.Command{Use: "httpcodes", Args: cobra.ArbitraryArgs,
		RunE: func(*cobra.Command, []string) error { return err }}, []string{}), true
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

// lineTrimmer passes text on a line at a time, without the blanks at the
// end of each line; Flush writes a last line that has no newline.
type lineTrimmer struct {
	w    io.Writer
	trim bool
	buf  []byte
}

// trimmedUnlessTerminal trims what goes to w unless w is a terminal,
// where the padding carries the help's background colour.
func trimmedUnlessTerminal(w io.Writer) *lineTrimmer {
	f, ok := w.(*os.File)
	return &lineTrimmer{w: w, trim: !ok || !term.IsTerminal(f.Fd())}
}

func (t *lineTrimmer) Write(p []byte) (int, error) {
	if !t.trim {
		return t.w.Write(p)
	}
	t.buf = append(t.buf, p...)
	for {
		i := bytes.IndexByte(t.buf, '\n')
		if i < 0 {
			return len(p), nil
		}
		line := bytes.TrimRight(t.buf[:i], " \t")
		if _, err := t.w.Write(append(slices.Clip(line), '\n')); err != nil {
			return len(p), err
		}
		t.buf = t.buf[i+1:]
	}
}

// Flush writes what is left of the last line.
func (t *lineTrimmer) Flush() error {
	if len(t.buf) == 0 {
		return nil
	}
	_, err := t.w.Write(bytes.TrimRight(t.buf, " \t"))
	t.buf = nil
	return err
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
	root.PersistentFlags().StringVar(&e.stackFlag, "stack", "",
		"show the names of codes in these stacks only, e.g. go,rails (cards default to your choice in httpcodes config; JSON lists every stack)")
	_ = root.RegisterFlagCompletionFunc("stack", stackCompletions)
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if e.stackFlag != "" { // said at once, whatever the command
			if _, err := data.ParseStacks(e.stackFlag); err != nil {
				return usageErr("--stack: %w", err)
			}
		}
		return nil
	}
	root.PersistentFlags().StringVar(&e.dataDir, "data-dir", "",
		"where progress is kept (default $HTTPCODES_DATA_DIR, else $XDG_STATE_HOME/httpcodes)")
	root.PersistentFlags().StringVar(&e.team.flag, "deck", "", deckUsage)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &exitError{code: exitUsage, err: plainFlagError(err)}
	})
	root.AddCommand(newSearch(e), newList(e), newQuiz(e), newReview(e), newStats(e), newReset(e), newExport(e),
		newExplain(e), newCheck(e), newConfig(e), newDeck(e))
	for _, c := range root.Commands() {
		c.SetFlagErrorFunc(root.FlagErrorFunc())
	}
	return root
}

func examples(lines ...string) string { return strings.Join(lines, "\n") }

// badValue matches pflag's message for a value that does not parse, which
// ends with Go's own parse error. It is compiled when first needed, not at
// every start.
var badValue = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^invalid argument "(.*)" for "(.*)" flag: .*`)
})

// plainFlagError words a flag error for people: "--count: "many" is not a
// whole number" rather than strconv's message.
func plainFlagError(err error) error {
	m := badValue().FindStringSubmatch(err.Error())
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
	cat := e.cat()
	found, missing, bad, err := resolve(cat, args)
	switch {
	case err != nil:
		return usageErr("%v", err)
	case bad != "":
		return usageErr("unknown code or command %q: give a status code (100–599), a pattern like 4xx or 30x, "+
			"or a command%s", bad, argHint(cmd, bad))
	}
	return show(e, cat, args, found, missing, asJSON)
}

// resolve finds the entries of cat named by codes and patterns, each once,
// in the order asked; missing says what names nothing. bad is the first
// argument that is neither a code nor a pattern, err what is wrong with a
// pattern.
func resolve(cat *data.Catalogue, args []string) (found []*data.Entry, missing []string, bad string, err error) {
	for _, a := range args {
		var es []*data.Entry
		if n, aerr := strconv.Atoi(a); aerr == nil && len(a) == 3 {
			if es = cat.Lookup(n); len(es) == 0 {
				missing = append(missing, ui.UnknownCode(a, n, true))
			}
		} else if matched, ok, merr := cat.Match(a); ok {
			if merr != nil {
				return nil, nil, "", merr
			}
			if es = matched; len(es) == 0 {
				missing = append(missing, fmt.Sprintf("no status code matches %s", a))
			}
		} else {
			return nil, nil, a, nil
		}
		for _, en := range es {
			if !slices.Contains(found, en) { // "404 40x" shows 404 once
				found = append(found, en)
			}
		}
	}
	return found, missing, "", nil
}

// show prints what a lookup found: cards, or a list for one pattern, or
// JSON; then what it did not find, on stderr, as a quiet exit 1.
func show(e *env, cat *data.Catalogue, args []string, found []*data.Entry, missing []string, asJSON bool) error {
	if len(found) > 0 || asJSON { // a script reading JSON gets [] for nothing
		var err error
		switch {
		case asJSON:
			err = e.printJSON(cat, found)
		case len(args) == 1 && len(found) > 1 && !isCode(args[0]):
			err = printText(e, ui.ListText(found, e.listWidth(), ui.PrintStyles()))
		default:
			var stacks []string
			if stacks, err = e.stacks(); err == nil {
				err = printText(e, ui.Cards(cat, found, e.width, ui.PrintStyles(), stacks))
			}
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

// argHint says what an argument that is neither a code nor a command may
// have meant.
func argHint(cmd *cobra.Command, a string) string {
	if s := cmd.SuggestionsFor(a); len(s) > 0 {
		return "; the closest command is " + s[0]
	}
	if !isCode(a) {
		return fmt.Sprintf("; to search the text, use: httpcodes search %s", a)
	}
	if len(a) < 3 && a[0] >= '1' && a[0] <= '5' {
		return fmt.Sprintf("; codes have three digits: %s%s shows every code that starts with %s", a, strings.Repeat("x", 3-len(a)), a)
	}
	return ""
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

func newSearch(e *env) *cobra.Command {
	var asJSON bool
	var limit int
	cmd := &cobra.Command{
		Use:     "search <words>...",
		Short:   "Search codes, phrases, former names, headers and explanations",
		Example: examples("httpcodes search teapot", "httpcodes search rate limit", "httpcodes search retry-after --json"),
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("search needs words to look for, e.g. httpcodes search rate limit")
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			if limit < 0 {
				return usageErr("--limit %d: give a number of matches, or 0 for all", limit)
			}
			q := strings.Join(args, " ")
			res := e.cat().Search(q)
			if limit > 0 && len(res) > limit {
				res = res[:limit]
			}
			if asJSON {
				es := make([]*data.Entry, len(res))
				for i, r := range res {
					es[i] = r.Entry
				}
				if err := e.printJSON(e.cat(), es); err != nil || len(es) > 0 {
					return err
				}
			}
			if len(res) == 0 {
				return notFound(e.stderr, fmt.Sprintf("Nothing matches %q.", q))
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
		Use:     "list",
		Short:   "List every code, grouped by class",
		Example: examples("httpcodes list", "httpcodes list --official --class 4xx", "httpcodes list --tier essential --json"),
		Args:    cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			fits := func(int) bool { return true }
			if class != "" {
				var err error
				if fits, _, err = data.ParsePattern(class); err != nil {
					return usageErr("--class: %v", err)
				}
				if fits == nil {
					return usageErr("--class %q: give a class or pattern such as 4xx or 30x", class)
				}
			}
			var t data.Tier
			if tier != "" {
				var ok bool
				if t, ok = data.ParseTier(tier); !ok {
					return usageErr("--tier %q: use essential, common or rare", tier)
				}
			}
			es := e.cat().Filter(func(en *data.Entry) bool {
				return fits(en.Code) && (!official || en.Official()) && (tier == "" || en.Tier == t)
			})
			if asJSON {
				if err := e.printJSON(e.cat(), es); err != nil || len(es) > 0 {
					return err
				}
			}
			if len(es) == 0 {
				return notFound(e.stderr, "No codes match those filters.")
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

// printJSON prints entries of a catalogue as JSON; with --stack, only
// those stacks' names.
func (e *env) printJSON(cat *data.Catalogue, es []*data.Entry) error {
	var only []string
	if e.stackFlag != "" {
		var err error
		if only, err = data.ParseStacks(e.stackFlag); err != nil {
			return usageErr("--stack: %w", err)
		}
	}
	out := make([]data.JSON, len(es))
	for i, en := range es {
		out[i] = cat.ToJSON(en)
		if only != nil {
			out[i].Constants = slices.DeleteFunc(out[i].Constants, func(c data.JSONConstant) bool {
				return !slices.Contains(only, c.Stack)
			})
		}
	}
	return writeJSON(e.stdout, out)
}

// stacks are the stacks whose names a one-shot card shows: --stack, else
// the learner's choice, else nil for every stack.
func (e *env) stacks() ([]string, error) { return e.stacksFrom(e.settingsFor()) }

// stacksFrom is --stack, else the stacks chosen in s.
func (e *env) stacksFrom(s settings.Settings) ([]string, error) {
	if e.stackFlag != "" {
		ids, err := data.ParseStacks(e.stackFlag)
		if err != nil {
			return nil, usageErr("--stack: %w", err)
		}
		return ids, nil
	}
	return s.Stacks, nil
}

func stackCompletions(_ *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
	var out []string
	for _, s := range data.Stacks() {
		out = append(out, s.ID+"\t"+s.Name)
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
