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
//
// This file declares the commands and their flags and maps errors to exit
// codes; what the commands do lives in ui (printouts, the app), data
// (lookups) and quiz/store (progress, and the rules that protect its files).
package main

import (
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

// execute runs a command line parsed by root, with fang's help, version
// and error banner, and returns the exit code.
func execute(ctx context.Context, e *env, root *cobra.Command, args []string) int {
	root.SetArgs(args)
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
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
			st.ErrorText = st.ErrorText.Transform(ui.Capitalize)
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
	found, missing, bad := resolve(names)
	if bad != "" {
		return 0, false // the commands say what is wrong with it
	}
	err := show(e, names, found, missing, asJSON)
	var ee *exitError
	switch {
	case err == nil:
		return exitOK, true
	case errors.As(err, &ee) && ee.quiet:
		return ee.code, true
	}
	// An output that cannot be written is reported as the commands report it.
	return execute(ctx, e, &cobra.Command{Use: "httpcodes", Args: cobra.ArbitraryArgs,
		RunE: func(*cobra.Command, []string) error { return err }}, []string{}), true
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
	found, missing, bad := resolve(args)
	if bad != "" {
		return usageErr("unknown code or command %q: give a status code (100–599), a pattern like 4xx or 30x, "+
			"or a command%s", bad, argHint(cmd, bad))
	}
	return show(e, args, found, missing, asJSON)
}

// resolve finds the entries named by codes and patterns, each once, in the
// order asked; missing says what names nothing. bad is the first argument
// that is neither a code nor a pattern ("" when there is none).
func resolve(args []string) (found []*data.Entry, missing []string, bad string) {
	for _, a := range args {
		var es []*data.Entry
		if n, err := strconv.Atoi(a); err == nil && len(a) == 3 {
			if es = data.Lookup(n); len(es) == 0 {
				missing = append(missing, ui.UnknownCode(a, n, true))
			}
		} else if matched, ok := data.Match(a); ok {
			if es = matched; len(es) == 0 {
				missing = append(missing, fmt.Sprintf("no status code matches %s", a))
			}
		} else {
			return nil, nil, a
		}
		for _, en := range es {
			if !slices.Contains(found, en) { // "404 40x" shows 404 once
				found = append(found, en)
			}
		}
	}
	return found, missing, ""
}

// show prints what a lookup found: cards, or a list for one pattern, or
// JSON; then what it did not find, on stderr, as a quiet exit 1.
func show(e *env, args []string, found []*data.Entry, missing []string, asJSON bool) error {
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
		Use:     "list",
		Short:   "List every code, grouped by class",
		Example: examples("httpcodes list", "httpcodes list --official --class 4xx", "httpcodes list --tier essential --json"),
		Args:    cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			fits := func(int) bool { return true }
			if class != "" {
				var ok bool
				if fits, ok = data.ParsePattern(class); !ok {
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
			es := data.Filter(func(en *data.Entry) bool {
				return fits(en.Code) && (!official || en.Official()) && (tier == "" || en.Tier == t)
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
	return writeJSON(w, out)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
