package ui_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	tea "charm.land/bubbletea/v2"

	"httpcodes/ui"
)

// params is "1;2;…;n".
func params(n int) string {
	p := make([]string, n)
	for i := range p {
		p[i] = strconv.Itoa(i + 1)
	}
	return strings.Join(p, ";")
}

// readAll reads r through SafeInput one byte at a time, so that the
// filter's state has to survive between reads.
func readSafely(t *testing.T, in string) string {
	t.Helper()
	b, err := io.ReadAll(ui.SafeInput(iotest.OneByteReader(strings.NewReader(in))))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSafeInputKeepsInput: keys, mouse reports, pasted text and sequences
// of up to 32 parameters pass byte for byte.
func TestSafeInputKeepsInput(t *testing.T) {
	for _, in := range []string{
		"abc q\r\x7f\t",
		"\x1b[A\x1b[1;5C\x1bOP\x1b[24~",         // arrows, ctrl+right, F1, F12
		"\x1b[<0;10;5M\x1b[<0;10;5m",            // SGR mouse press and release
		"\x1b[97;5u\x1b[97:65;6:1u",             // kitty keyboard reports
		"\x1b[200~hello; world: 1;2;3\x1b[201~", // a paste
		"héllo ě 你好 🙂",
		"\x1b[" + params(32) + "m", // the most the decoder keeps
		"\x1b[" + strings.Repeat(";", 31) + "5m",
		"\x1b]11;rgb:0000/0000/0000\x07", // a background colour reply
		"\x1bP>|xterm(390)\x1b\\",        // a terminal version reply
		strings.Repeat(";", 40) + "123",  // separators outside a sequence
	} {
		if got := readSafely(t, in); got != in {
			t.Errorf("%q came out as %q", in, got)
		}
	}
}

// TestSafeInputCutsLongSequences: the parameters after the 32nd are
// dropped, whatever introduces the sequence; what follows it is kept.
func TestSafeInputCutsLongSequences(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\x1b[" + params(33) + "m", "\x1b[" + params(32) + "m"},
		{"\x1b[" + params(100) + "mx", "\x1b[" + params(32) + "mx"},
		{"\x1b[" + strings.Repeat("1:", 40) + "1u", "\x1b[" + strings.Repeat("1:", 31) + "1u"},
		{"\x1b[" + strings.Repeat(";", 40) + "7m", "\x1b[" + strings.Repeat(";", 31) + "m"},
		{"\x1b[?" + params(33) + "h", "\x1b[?" + params(32) + "h"},
		{"\x9b" + params(33) + "m", "\x9b" + params(32) + "m"},
		{"\x1bP" + params(33) + "q", "\x1bP" + params(32) + "q"},
		{"\x1b(\x1b[" + params(33) + "m", "\x1b(\x1b[" + params(32) + "m"},
		{"\x1b#[" + params(33) + "m", "\x1b#[" + params(32) + "m"},
		{"\x1b[200~\x1b[" + params(40) + "m\x1b[201~", "\x1b[200~\x1b[" + params(32) + "m\x1b[201~"},
		{"\x1b[" + params(33) + "\x1b[" + params(33) + "m", "\x1b[" + params(32) + "\x1b[" + params(32) + "m"},
	} {
		if got := readSafely(t, c.in); got != c.want {
			t.Errorf("%q\ncame out as %q\nwant        %q", c.in, got, c.want)
		}
	}
}

// inputModel records the keys it is sent and quits on ctrl+F12.
type inputModel struct{ keys *[]string }

func (inputModel) Init() tea.Cmd { return nil }

func (m inputModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if k.String() == quitKey {
			return m, tea.Quit
		}
		*m.keys = append(*m.keys, k.String())
	}
	return m, nil
}

func (inputModel) View() tea.View { return tea.NewView("") }

const (
	quitKey = "ctrl+f12"
	// theEnd ends whatever the input before it left open (CAN cancels a
	// sequence, ST and BEL end a string, then the end of a paste) and
	// presses ctrl+F12.
	theEnd = "\x18\x1b\\\x07\x1b[201~\x1b[24;5~"
)

// runInput runs a Bubble Tea program on in (through SafeInput) followed by
// theEnd, and returns the keys it received (theEnd's among them) and
// whether it quit. A panic in the input decoder kills the test binary.
func runInput(t testing.TB, in string, patience time.Duration) (keys []string, finished bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), patience)
	defer cancel()
	p := tea.NewProgram(inputModel{&keys},
		tea.WithContext(ctx),
		tea.WithInput(ui.SafeInput(strings.NewReader(in+theEnd))),
		tea.WithOutput(io.Discard),
		tea.WithEnvironment([]string{"TERM=xterm-256color"}),
		tea.WithWindowSize(80, 24),
		tea.WithoutSignals())
	_, err := p.Run()
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) && !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("%q: %v", in, err)
	}
	return keys, err == nil
}

// TestProgramSurvivesLongSequences: over-long sequences, typed or pasted,
// reach the program's input decoder and the program goes on reading keys.
func TestProgramSurvivesLongSequences(t *testing.T) {
	for _, in := range []string{
		"\x1b[" + params(33) + "m",
		"\x1b[" + strings.Repeat("1:", 200) + "1u",
		"\x1b[200~\x1b[" + params(64) + "m\x1b[201~",
		"\x9b" + params(40) + "m",
		"\x1bP" + params(40) + "q",
	} {
		keys, finished := runInput(t, in+"x", 10*time.Second)
		if !finished || !slices.Contains(keys, "x") {
			t.Errorf("%q: keys %q, finished %v; want the x typed after it", in, keys, finished)
		}
	}
}

// TestProgramInputStillWorks: through SafeInput the program sees the keys
// typed, as it would without it.
func TestProgramInputStillWorks(t *testing.T) {
	keys, finished := runInput(t, "ab\x1b[A\x1b[1;5C", 10*time.Second)
	want := []string{"a", "b", "up", "ctrl+right"}
	if !finished || len(keys) < len(want) || !slices.Equal(keys[:len(want)], want) {
		t.Errorf("keys %q (finished %v), want %q", keys, finished, want)
	}
}

// randomInput is input made to find crashes: escape sequences of every
// kind with random (and often far too many) parameters, mixed with text.
func randomInput(r *rand.Rand) string {
	var b strings.Builder
	intros := []string{"\x1b[", "\x1b[?", "\x1b[<", "\x1bP", "\x9b", "\x90", "\x1b]", "\x1b", "\x1b(", "\x1b[200~"}
	for range 1 + r.IntN(6) {
		b.WriteString(intros[r.IntN(len(intros))])
		for range r.IntN(80) {
			switch r.IntN(4) {
			case 0:
				b.WriteByte(';')
			case 1:
				b.WriteByte(':')
			default:
				b.WriteByte(byte('0' + r.IntN(10)))
			}
		}
		b.WriteByte(byte(0x20 + r.IntN(0x60)))
		if r.IntN(3) == 0 {
			b.WriteByte(byte(r.IntN(256)))
		}
	}
	return b.String()
}

// TestProgramRandomInput: a few hundred random inputs through the program
// (the fuzz test below searches further).
func TestProgramRandomInput(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 30
	}
	r := rand.New(rand.NewPCG(9, 9))
	for range n {
		runInput(t, randomInput(r), 5*time.Second)
	}
}

// FuzzProgramInput feeds arbitrary bytes through the program's input path:
//
//	go test ./ui -run '^$' -fuzz FuzzProgramInput -fuzztime 60s
func FuzzProgramInput(f *testing.F) {
	f.Add("\x1b[" + params(33) + "m")
	f.Add("\x1b[" + strings.Repeat(";", 32) + "1m")
	f.Add("\x1b[" + strings.Repeat("1:", 33) + "u")
	f.Add("\x9b" + params(33) + "m")
	f.Add("\x1bP" + params(33) + "q\x1b\\")
	f.Add("\x1b[200~" + "\x1b[" + params(40) + "m" + "\x1b[201~")
	f.Add("\x1b[<0;10;5M\x1b]11;rgb:0000/0000/0000\x07")
	r := rand.New(rand.NewPCG(1, 1))
	for range 8 {
		f.Add(randomInput(r))
	}
	f.Fuzz(func(t *testing.T, in string) {
		if bytes.Contains([]byte(in), []byte("\x1b[24;5~")) {
			t.Skip("contains the key that ends the run")
		}
		runInput(t, in, 5*time.Second)
	})
}
