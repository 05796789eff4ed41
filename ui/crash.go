package ui

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// RunCaught runs run, a Bubble Tea program's Run, so that a crash anywhere
// in the program leaves a usable terminal and one clear line. Bubble Tea
// restores the terminal after a panic in Update, View or a command, and
// writes the panic with its stack to standard error: RunCaught keeps that
// in a file, and returns an error of one line that names the file. A panic
// in run itself is caught by RunGuarded.
func RunCaught(in io.Reader, out io.Writer, run func() error) error {
	log, err := os.CreateTemp("", "httpcodes-crash-*.log")
	if err != nil {
		return RunGuarded(in, out, run)
	}
	stderr := os.Stderr
	os.Stderr = log
	err = RunGuarded(in, out, run)
	os.Stderr = stderr
	_ = log.Close()
	if errors.Is(err, tea.ErrProgramPanic) {
		return fmt.Errorf("internal error, the terminal was restored: %s (the details are in %s)", panicLine(log.Name()), log.Name())
	}
	// Nothing crashed: whatever was written meanwhile goes where it was
	// meant to.
	if b, rerr := os.ReadFile(log.Name()); rerr == nil && len(b) > 0 {
		_, _ = stderr.Write(b)
	}
	_ = os.Remove(log.Name())
	return err
}

// panicLine is the panic's message as Bubble Tea wrote it ("Caught panic:",
// a blank line, the message), or a plain word when it cannot be read.
func panicLine(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return "a panic"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l != "" && l != "Caught panic:" {
			return l
		}
	}
	return "a panic"
}
