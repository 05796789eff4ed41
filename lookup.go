package main

// The commands that find codes: a lookup of codes and patterns (answered
// before the command tree is built when it is all the command line asks),
// search and list.

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"httpcodes/data"
	"httpcodes/ui"
)

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
	cmd.Flags().IntVarP(&limit, "limit", "n", 10, "show at most this many matches; 0 shows all")
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
