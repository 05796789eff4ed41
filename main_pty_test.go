//go:build linux

package main

// Command-line tests that need a real terminal: stdout is the slave side of
// a pseudo-terminal, so run() sees a terminal as it does in use.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// pty is a pseudo-terminal: what is written to tty is read from master.
type pty struct {
	master, tty *os.File
	mu          sync.Mutex
	out         bytes.Buffer
	done        chan struct{}
}

// openPTY opens a pseudo-terminal of cols×rows and starts collecting what
// is written to it.
func openPTY(t *testing.T, cols, rows int) *pty {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	var unlock int32
	var n uint32
	if err := ioctl(m, syscall.TIOCSPTLCK, unsafe.Pointer(&unlock)); err != nil {
		t.Fatal(err)
	}
	if err := ioctl(m, syscall.TIOCGPTN, unsafe.Pointer(&n)); err != nil {
		t.Fatal(err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	ws := [4]uint16{uint16(rows), uint16(cols), 0, 0}
	if err := ioctl(s, syscall.TIOCSWINSZ, unsafe.Pointer(&ws)); err != nil {
		t.Fatal(err)
	}
	p := &pty{master: m, tty: s, done: make(chan struct{})}
	go func() {
		defer close(p.done)
		buf := make([]byte, 4096)
		for {
			k, err := m.Read(buf)
			p.mu.Lock()
			p.out.Write(buf[:k])
			p.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		s.Close()
		m.Close()
		<-p.done
	})
	return p
}

func ioctl(f *os.File, req uintptr, arg unsafe.Pointer) error {
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), req, uintptr(arg)); errno != 0 {
		return errno
	}
	return nil
}

// output is what was written to the terminal so far, once it has all been
// read (the slave side is closed first when done is true).
func (p *pty) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.String()
}

// runOnTTY runs the command line with stdout on p and stdin an empty
// reader. A command that waits for keys (the full-screen app) is stopped
// once the terminal has received until, or after the tests' patience; it
// returns the exit code, stderr and what the terminal received.
func runOnTTY(t *testing.T, p *pty, until string, args ...string) (int, string, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second) // patience on a busy machine
	defer cancel()
	var errb bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, args, strings.NewReader(""), p.tty, &errb) }()
	var code int
	for waiting := true; waiting; {
		select {
		case code = <-done:
			waiting = false
		case <-time.After(10 * time.Millisecond):
			if until != "" && strings.Contains(p.output(), until) {
				cancel()
			}
		}
	}
	time.Sleep(100 * time.Millisecond) // let the reader catch up
	return code, errb.String(), p.output()
}

// TestDumbTerminalGetsPlainText: TERM=dumb cannot place the cursor, so
// plain `httpcodes` prints the list as it does into a pipe, with no escape
// sequence, and the full-screen commands say why they cannot run.
func TestDumbTerminalGetsPlainText(t *testing.T) {
	t.Setenv("TERM", "dumb")
	p := openPTY(t, 80, 24)
	code, stderr, out := runOnTTY(t, p, "")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if strings.Contains(out, "\x1b") {
		t.Fatalf("TERM=dumb: escape sequences on the terminal:\n%q", clip(out))
	}
	for _, want := range []string{"404", "Not Found", "429", "Too Many Requests"} {
		if !strings.Contains(out, want) {
			t.Fatalf("TERM=dumb: the list lacks %q:\n%s", want, clip(out))
		}
	}

	p = openPTY(t, 80, 24)
	code, stderr, out = runOnTTY(t, p, "", "quiz")
	if code != exitUsage || !strings.Contains(stderr, "TERM=dumb") || strings.Contains(out, "\x1b[?1049h") {
		t.Fatalf("quiz on TERM=dumb: exit %d, stderr %q, terminal %q", code, stderr, clip(out))
	}
}

// TestTerminalStartsTheApp is the other side: on a terminal that can, plain
// `httpcodes` starts the full-screen app (the alternate screen).
func TestTerminalStartsTheApp(t *testing.T) {
	t.Setenv("TERM", "xterm-256color")
	p := openPTY(t, 80, 24)
	code, stderr, out := runOnTTY(t, p, "\x1b[?1049h")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(out, "\x1b[?1049h") {
		t.Fatalf("no alternate screen on an xterm:\n%q", clip(out))
	}
}

// TestIdleAppWakesRarely: the app at rest, on a terminal, wakes the process
// no more than Bubble Tea's renderer does (its ticker, at 60 frames a
// second, costs a few switches a frame): the app runs no timer of its own.
// It counts the process's voluntary context switches over two idle seconds.
func TestIdleAppWakesRarely(t *testing.T) {
	if testing.Short() {
		t.Skip("takes four seconds")
	}
	if os.Getenv("HTTPCODES_IDLE_TEST") == "" {
		t.Skip("counts the process's wake-ups, which a busy machine changes: set HTTPCODES_IDLE_TEST=1 to run it")
	}
	t.Setenv("TERM", "xterm-256color")
	p := openPTY(t, 80, 24)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Second)
	defer cancel()
	rate := make(chan float64, 1)
	go func() {
		time.Sleep(1500 * time.Millisecond) // started, the first frame drawn, progress opened
		var a, b syscall.Rusage
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &a)
		time.Sleep(2 * time.Second)
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &b)
		rate <- float64(b.Nvcsw-a.Nvcsw) / 2
	}()
	var errb bytes.Buffer
	if code := run(ctx, nil, strings.NewReader(""), p.tty, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	// About 5 switches a frame, 300 a second; a timer of the app's own,
	// even at 20 a second, adds a hundred more.
	if r := <-rate; r > 380 {
		t.Errorf("idle: %.0f voluntary context switches a second, want at most 380", r)
	} else {
		t.Logf("idle: %.0f voluntary context switches a second", r)
	}
}

// TestDumbTerminalIsNotAsked: on a dumb terminal an error or the help asks
// the terminal nothing (a dumb one never answers: the question would hang
// and print itself).
func TestDumbTerminalIsNotAsked(t *testing.T) {
	t.Setenv("TERM", "dumb")
	p := openPTY(t, 80, 24)
	stdin, stdout := os.Stdin, os.Stdout
	os.Stdin, os.Stdout = p.tty, p.tty // where fang looks for a terminal
	defer func() { os.Stdin, os.Stdout = stdin, stdout }()
	for _, args := range [][]string{{"40"}, {"--help"}} {
		code, _, out := runOnTTY(t, p, "", args...)
		if code == exitOK && args[0] == "40" || strings.Contains(out, "\x1b]11;?") || strings.Contains(out, "\x1b[c") {
			t.Errorf("%v on TERM=dumb: exit %d, the terminal got %q", args, code, clip(out))
		}
	}
}
