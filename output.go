package main

// How the one-shot commands print: styled text on a terminal and plain text
// elsewhere, JSON, the names of codes in the stacks asked for.

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"slices"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"httpcodes/data"
	"httpcodes/quiz/settings"
)

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

// listWidth bounds list lines to the terminal; piped lists are never cut.
func (e *env) listWidth() int {
	if e.tty {
		return e.width
	}
	return 0
}
