package ui

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// panicky panics on its first key.
type panicky struct{}

func (panicky) Init() tea.Cmd { return nil }
func (panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		panic("boom\nsecond line")
	}
	return panicky{}, nil
}
func (panicky) View() tea.View { return tea.NewView("ok") }

// TestRunCaughtSaysOneLine: a panic in Update comes back as one line that
// names the file holding the details; standard error is given back.
func TestRunCaughtSaysOneLine(t *testing.T) {
	stderr := os.Stderr
	var out bytes.Buffer
	p := tea.NewProgram(panicky{}, tea.WithInput(strings.NewReader("x")), tea.WithOutput(&out), tea.WithoutSignalHandler())
	err := RunCaught(strings.NewReader(""), &out, func() error { _, err := p.Run(); return err })
	if os.Stderr != stderr {
		t.Fatal("standard error was not given back")
	}
	if err == nil || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), "terminal was restored: boom") {
		t.Fatalf("error %q: want one line with the panic", err)
	}
	i := strings.Index(err.Error(), "details are in ")
	if i < 0 {
		t.Fatalf("error %q names no file", err)
	}
	path := strings.TrimSuffix(err.Error()[i+len("details are in "):], ")")
	defer os.Remove(path)
	if b, rerr := os.ReadFile(path); rerr != nil || !bytes.Contains(b, []byte("goroutine")) {
		t.Errorf("the details file %s has no stack (%v)", path, rerr)
	}
}

// TestRunCaughtPanicOutsideUpdate: a panic in Run itself, which Bubble Tea
// does not catch, is a CrashError too, with its stack in the details file.
func TestRunCaughtPanicOutsideUpdate(t *testing.T) {
	var out bytes.Buffer
	err := RunCaught(strings.NewReader(""), &out, func() error { panic("outside\nthe loop") })
	var crash *CrashError
	if !errors.As(err, &crash) || crash.Panic != "outside the loop" {
		t.Fatalf("error %#v, want a CrashError with the panic on one line", err)
	}
	defer os.Remove(crash.Details)
	if b, rerr := os.ReadFile(crash.Details); rerr != nil || !bytes.Contains(b, []byte("goroutine")) {
		t.Errorf("the details file %q has no stack (%v)", crash.Details, rerr)
	}
}
