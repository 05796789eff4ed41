package deck

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// clean makes text from a deck safe to draw in a terminal: escape
// sequences are removed whole (a deck from a cloned repository must not be
// able to move the cursor, recolour the screen, set the window title or
// plant a hidden link), line breaks and tabs become spaces, and every other
// control character goes, as do the bidirectional overrides that can make
// text read differently from what it is. Runs of spaces become one.
func clean(s string) string {
	s = ansi.Strip(c1.Replace(s))
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case unicode.IsControl(r), bidiControl(r):
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// c1 spells the 8-bit introducers of control sequences (CSI, OSC, DCS,
// SOS, PM, APC) as their 7-bit escapes, so that the sequences they start
// are removed whole rather than leaving their parameters behind.
var c1 = strings.NewReplacer(
	"\u009b", "\x1b[", "\u009d", "\x1b]", "\u0090", "\x1bP",
	"\u0098", "\x1bX", "\u009e", "\x1b^", "\u009f", "\x1b_",
)

// bidiControl reports whether r is a bidirectional embedding, override or
// isolate (U+202A–U+202E, U+2066–U+2069).
func bidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}
