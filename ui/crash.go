package ui

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
)

// crashLogMax bounds what RunCaught keeps of standard error in memory.
const crashLogMax = 1 << 20

// RunCaught runs run, a Bubble Tea program's Run, so that a crash anywhere
// in the program leaves a usable terminal and one clear line. Bubble Tea
// restores the terminal after a panic in Update, View or a command, and
// writes the panic with its stack to standard error: RunCaught keeps what
// is written there meanwhile in memory, and after a panic writes it to a
// file in the temporary directory and returns an error of one line that
// names the file (ErrProgramPanic wrapped). Nothing is left behind
// otherwise; what was written without a panic goes to standard error as
// it was meant to. A panic in run itself is caught by RunGuarded.
func RunCaught(in io.Reader, out io.Writer, run func() error) error {
	r, w, err := os.Pipe()
	if err != nil {
		return RunGuarded(in, out, run)
	}
	var buf bytes.Buffer
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		_, _ = io.Copy(&limitWriter{&buf, crashLogMax}, r)
	}()
	stderr := os.Stderr
	os.Stderr = w
	err = RunGuarded(in, out, run)
	os.Stderr = stderr
	_ = w.Close()
	wg.Wait()
	_ = r.Close()
	if !errors.Is(err, tea.ErrProgramPanic) {
		_, _ = stderr.Write(buf.Bytes())
		return err
	}
	line := panicLine(buf.String())
	if caught := (*CrashError)(nil); errors.As(err, &caught) {
		line = caught.Panic // RunGuarded's, already one line
	}
	f, ferr := os.CreateTemp("", "httpcodes-crash-*.log")
	if ferr == nil {
		_, ferr = f.Write(buf.Bytes())
		if cerr := f.Close(); ferr == nil {
			ferr = cerr
		}
	}
	c := &CrashError{Panic: line}
	if ferr == nil {
		c.Details = f.Name()
	}
	return c
}

// CrashError says that the program crashed, and where the details are.
// It unwraps to tea.ErrProgramPanic.
type CrashError struct {
	Panic   string // the panic's message
	Details string // the file holding what was written to standard error; "" if none could be written
}

func (c *CrashError) Error() string {
	msg := "internal error, the terminal was restored: " + c.Panic
	if c.Details != "" {
		msg += " (the details are in " + c.Details + ")"
	}
	return msg
}

func (c *CrashError) Unwrap() error { return tea.ErrProgramPanic }

// limitWriter keeps at most n bytes and drops the rest.
type limitWriter struct {
	w io.Writer
	n int
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if keep := min(len(p), l.n); keep > 0 {
		_, _ = l.w.Write(p[:keep])
		l.n -= keep
	}
	return len(p), nil
}

// panicLine is the panic's message as Bubble Tea wrote it ("Caught panic:",
// a blank line, the message), or a plain word when there is none.
func panicLine(log string) string {
	for _, l := range strings.Split(log, "\n") {
		if l = strings.TrimSpace(l); l != "" && l != "Caught panic:" {
			return l
		}
	}
	return "a panic"
}
