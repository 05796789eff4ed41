package ui

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/ansi/parser"
	"github.com/charmbracelet/x/term"
)

// The input decoder of github.com/charmbracelet/x/ansi v0.11.9 keeps the
// parameters of a control sequence in an array of parser.MaxParamsSize
// (32) and writes past its end when a digit or a colon follows the 32nd
// separator (decodeSequence in parser_decode.go), a panic in Bubble Tea's
// input goroutine that no recover can catch. Typing or pasting
// "\x1b[1;2;…;33m" was enough. SafeInput keeps such a sequence from ever
// reaching it.

// SafeInput wraps the program's input so that no byte sequence can crash
// the input decoder: in a control sequence (ESC [, ESC P, or the one-byte
// CSI and DCS introducers) the parameter bytes after the 32nd parameter are
// dropped, so an over-long sequence arrives cut to 32 parameters, a
// sequence the program does not know and ignores. Every other byte passes
// unchanged: keys, mouse reports and pasted text (no real sequence has 32
// parameters). When r is a terminal file, so is the result (its Fd, Write
// and Close are r's), so Bubble Tea still puts it in raw mode and can
// cancel its reads.
func SafeInput(r io.Reader) io.Reader {
	if f, ok := r.(terminalFile); ok {
		return &safeFile{terminalFile: f}
	}
	return &safeReader{r: r}
}

// terminalFile is what Bubble Tea and its cancelable reader look for in an
// input to use it as a terminal (term.File, plus the Name an *os.File has).
type terminalFile interface {
	term.File
	Name() string
}

type safeReader struct {
	r io.Reader
	f paramFilter
}

func (s *safeReader) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	return s.f.filter(p[:n]), err
}

type safeFile struct {
	terminalFile
	f paramFilter
}

func (s *safeFile) Read(p []byte) (int, error) {
	n, err := s.terminalFile.Read(p)
	return s.f.filter(p[:n]), err
}

// paramFilter follows the input byte by byte, across reads, as far as it
// needs to know where the parameters of a control sequence are. It errs on
// the side of seeing a sequence where the decoder sees none.
type paramFilter struct {
	state filterState
	seps  int // separators (; or :) in the current parameter run
}

type filterState uint8

const (
	plain    filterState = iota
	escaped              // after ESC and any intermediate bytes
	inParams             // after a CSI or DCS introducer
)

// filter removes the bytes to drop from b, in place, and returns how many
// are left.
func (f *paramFilter) filter(b []byte) int {
	n := 0
	for _, c := range b {
		if f.keep(c) {
			b[n] = c
			n++
		}
	}
	return n
}

// isParamByte: the parameter bytes of a control sequence, 0x30–0x3F
// (ECMA-48 §5.4), digits, the separators ; and :, and the prefixes < = > ?.
func isParamByte(c byte) bool { return c >= 0x30 && c <= 0x3f }

func (f *paramFilter) keep(c byte) bool {
	if f.state == inParams {
		if isParamByte(c) {
			if c == ';' || c == ':' {
				f.seps++
			}
			return f.seps < parser.MaxParamsSize
		}
		f.state = plain // the run ends; c may start the next sequence
	}
	switch {
	case c == ansi.ESC:
		f.state = escaped
	case f.state == escaped && (c == '[' || c == 'P'):
		f.state, f.seps = inParams, 0
	case f.state == escaped && c >= 0x20 && c <= 0x2f:
		// an intermediate byte: the decoder still reads a following [ or P
		// as the start of a sequence
	case c == ansi.CSI || c == ansi.DCS:
		f.state, f.seps = inParams, 0
	default:
		f.state = plain
	}
	return true
}

// restoreSequences turn off what the program may have turned on: the
// alternate screen, a hidden cursor, mouse, focus and paste reporting, and
// keyboard enhancements.
var restoreSequences = strings.Join([]string{
	ansi.ResetModeAltScreenSaveCursor,
	ansi.ShowCursor,
	ansi.ResetModeMouseNormal,
	ansi.ResetModeMouseButtonEvent,
	ansi.ResetModeMouseAnyEvent,
	ansi.ResetModeMouseExtSgr,
	ansi.ResetModeFocusEvent,
	ansi.ResetModeBracketedPaste,
	ansi.ResetModifyOtherKeys,
	ansi.PopKittyKeyboard(1),
}, "")

// RunGuarded runs run (a Bubble Tea program's Run) and, should it panic,
// puts the terminal back as it was before: out of raw mode (in is the
// program's input; its mode is recorded first), on the main screen, with
// the cursor shown and mouse, focus and paste reporting off. The panic, with
// its stack, is written to standard error, and comes back as a CrashError of
// one line. Bubble Tea catches a panic in Update or View itself; this
// catches one in Run outside them.
func RunGuarded(in io.Reader, out io.Writer, run func() error) (err error) {
	var fd uintptr
	var saved *term.State
	if f, ok := in.(term.File); ok && term.IsTerminal(f.Fd()) {
		fd = f.Fd()
		saved, _ = term.GetState(fd)
	}
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if saved != nil {
			_ = term.Restore(fd, saved)
		}
		_, _ = io.WriteString(out, restoreSequences)
		fmt.Fprintf(os.Stderr, "panic: %v\n\n%s", r, debug.Stack())
		err = &CrashError{Panic: oneLine(fmt.Sprint(r))}
	}()
	return run()
}

// oneLine joins the lines of s with spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
