package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

// viaQuick and viaCommands run a command line through the quick lookup and
// through the commands, each on its own.
func viaQuick(args []string) (r result, ok bool) {
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, width: 80}
	r.code, ok = quickLookup(context.Background(), e, args)
	r.stdout, r.stderr = out.String(), errb.String()
	return r, ok
}

func viaCommands(args []string) result {
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, width: 80}
	code := execute(context.Background(), e, newRoot(e), args)
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}

// TestQuickLookupAsCommands: a lookup answered before the commands are
// built prints what the commands print, on stdout and stderr, and exits
// with the same code.
func TestQuickLookupAsCommands(t *testing.T) {
	for _, args := range [][]string{
		{"404"}, {"499"}, {"4xx"}, {"4XX"}, {"30x", "--json"}, {"--json", "429"}, {"404", "40x"},
		{"404", "429", "--json", "--json"}, {"299"}, {"404", "999"}, {"5x9"}, {"299", "--json"}, {"+40"},
	} {
		quick, ok := viaQuick(args)
		if !ok {
			t.Errorf("%q: not answered by the quick lookup", args)
			continue
		}
		cmds := viaCommands(args)
		if quick.code != cmds.code {
			t.Errorf("%q: exit %d, the commands exit %d", args, quick.code, cmds.code)
		}
		if quick.stdout != cmds.stdout {
			t.Errorf("%q: stdout differs from the commands':\n%s\n----\n%s", args, clip(quick.stdout), clip(cmds.stdout))
		}
		if quick.stderr != cmds.stderr {
			t.Errorf("%q: stderr %q, the commands' %q", args, quick.stderr, cmds.stderr)
		}
		if quick.stdout == "" && quick.stderr == "" {
			t.Errorf("%q: printed nothing", args)
		}
	}
}

// TestQuickLookupDeclines: anything but codes, patterns and --json is left
// to the commands, before anything is printed.
func TestQuickLookupDeclines(t *testing.T) {
	for _, args := range [][]string{
		{}, {"--json"}, {"-40"}, {"404", "--json=false"}, {"404", "--data-dir", "x"}, {"404", "-h"},
		{"search", "404"}, {"list"}, {"abc"}, {"404", "abc"}, {"42"}, {"6xx"}, {"404", "--"},
	} {
		r, ok := viaQuick(args)
		if ok {
			t.Errorf("%q: answered by the quick lookup (exit %d)", args, r.code)
		}
		if r.stdout != "" || r.stderr != "" {
			t.Errorf("%q: printed %q, %q before declining", args, r.stdout, r.stderr)
		}
	}
}

type brokenWriter struct{}

func (brokenWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestQuickLookupWriteError: an output that cannot be written is reported
// as the commands report it.
func TestQuickLookupWriteError(t *testing.T) {
	var quickErr, cmdErr bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: brokenWriter{}, stderr: &quickErr, width: 80}
	code, ok := quickLookup(context.Background(), e, []string{"404"})
	if !ok {
		t.Fatal("404 not answered by the quick lookup")
	}
	e = &env{stdin: strings.NewReader(""), stdout: brokenWriter{}, stderr: &cmdErr, width: 80}
	want := execute(context.Background(), e, newRoot(e), []string{"404"})
	if code != want || code == exitOK {
		t.Errorf("exit %d, the commands exit %d", code, want)
	}
	if quickErr.String() != cmdErr.String() || !strings.Contains(quickErr.String(), "space left on device") {
		t.Errorf("stderr %q, the commands' %q", quickErr.String(), cmdErr.String())
	}
}
