package ui

import (
	"bytes"
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
