package ui_test

import (
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/term"
	"golang.org/x/sys/unix"

	"httpcodes/ui"
)

// openPty opens a pseudo-terminal pair (Linux: /dev/ptmx, see pty(7)).
func openPty(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	t.Cleanup(func() { m.Close() })
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Skipf("unlockpt: %v", err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Skipf("ptsname: %v", err)
	}
	s, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("open the pty's other end: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return m, s
}

// canonical tells whether the terminal is in its usual line mode.
func canonical(t *testing.T, f *os.File) bool {
	t.Helper()
	tio, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	return tio.Lflag&unix.ICANON != 0 && tio.Lflag&unix.ECHO != 0
}

// TestRunGuardedRestoresTerminal: a panic inside the program leaves the
// terminal as it was before (line mode, echo, main screen, cursor shown,
// mouse off) and comes back as an error of one line.
func TestRunGuardedRestoresTerminal(t *testing.T) {
	master, tty := openPty(t)
	if !canonical(t, tty) {
		t.Fatal("a new pty should start in line mode")
	}
	err := ui.RunGuarded(tty, tty, func() error {
		if _, err := term.MakeRaw(tty.Fd()); err != nil { // as Bubble Tea does
			t.Fatal(err)
		}
		io.WriteString(tty, "\x1b[?1049h\x1b[?25l\x1b[?1002h\x1b[?1006h") // alternate screen, mouse on
		panic("something\nwent wrong")
	})
	if err == nil || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), "something went wrong") {
		t.Errorf("error %q, want the panic on one line", err)
	}
	if !canonical(t, tty) {
		t.Error("the terminal was left in raw mode")
	}
	tty.Close()
	out, rerr := io.ReadAll(master)
	if rerr != nil && !errors.Is(rerr, unix.EIO) { // EIO: the other end is closed
		t.Fatal(rerr)
	}
	for _, seq := range []string{"\x1b[?1049l", "\x1b[?25h", "\x1b[?1002l", "\x1b[?1006l"} {
		if !strings.Contains(string(out), seq) {
			t.Errorf("output %q lacks %q", out, seq)
		}
	}
}

// TestRunGuardedPassesErrors: without a panic, run's own error is returned.
func TestRunGuardedPassesErrors(t *testing.T) {
	want := errors.New("plain failure")
	if err := ui.RunGuarded(strings.NewReader(""), io.Discard, func() error { return want }); err != want {
		t.Errorf("got %v, want %v", err, want)
	}
}
