package main

import (
	"regexp"
	"sync"

	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"
)

// shortFlag matches a flag with a short form as mango v0.1.0 writes it in
// roff, "--n --count", giving the short form the long one's two dashes.
// It is compiled when the man page is asked for, not at every start.
var shortFlag = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\\fB--([A-Za-z]) --([A-Za-z][\w-]*)\\fP`)
})

func newMan(e *env) *cobra.Command {
	return &cobra.Command{
		Use:     "man",
		Short:   "Print the manual page, in roff",
		Example: examples("httpcodes man | man -l -", "httpcodes man > httpcodes.1"),
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			page, err := mcobra.NewManPage(1, cmd.Root())
			if err != nil {
				return err
			}
			page = page.WithSection("Environment", manEnvironment).WithSection("Exit status", manExitStatus)
			text := shortFlag().ReplaceAllString(page.Build(roff.NewDocument()), `\fB-$1, --$2\fP`)
			_, err = e.stdout.Write([]byte(text))
			return err
		},
	}
}

const manEnvironment = "HTTPCODES_DATA_DIR: where progress is kept (else $XDG_STATE_HOME/httpcodes, else " +
	"~/.local/state/httpcodes). HTTPCODES_CONFIG_DIR: where the settings are kept (else " +
	"$XDG_CONFIG_HOME/httpcodes, else ~/.config/httpcodes). HTTPCODES_DECK: the team deck to use (else the " +
	"nearest .httpcodes.toml, up to the repository root or the home directory). NO_COLOR: no colours. " +
	"TERM=dumb: plain text, no full-screen app."

const manExitStatus = "0: found, or done. 1: nothing found (a code, a search, a log with no status code, a " +
	"URL whose final answer is 4xx or 5xx). 2: a usage error, an input that cannot be read, a network error. " +
	"3: progress or settings unavailable. 4: the program crashed (the terminal is restored)."
