package ui_test

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// vterm is a minimal terminal screen for the whole-program tests: the
// renderer writes only what changed between frames, so the text of a frame
// is only on a screen that applies those writes. It knows the cursor
// movements and erasures the Bubble Tea renderer uses, treats "\n" as CR LF
// (as a terminal with onlcr does), and ignores modes, colours and OSCs. An
// unknown control sequence is an error: the screen would be wrong.
type vterm struct {
	w, h    int
	top     int // the scroll region, rows top…bot
	bot     int
	cells   [][]rune
	x, y    int
	pending []byte // an incomplete sequence at the end of the last write
	last    rune   // the last printed character, for REP
	noWrap  bool   // autowrap (DECAWM) is off
	err     error
}

func newVterm(w, h int) *vterm {
	v := &vterm{w: w, h: h, bot: h - 1}
	v.cells = make([][]rune, h)
	for i := range v.cells {
		v.cells[i] = blank(w)
	}
	return v
}

func blank(w int) []rune {
	r := make([]rune, w)
	for i := range r {
		r[i] = ' '
	}
	return r
}

// String is the screen, one line per row, trailing blanks trimmed.
func (v *vterm) String() string {
	lines := make([]string, v.h)
	for i, row := range v.cells {
		lines[i] = strings.TrimRight(string(row), " ")
	}
	return strings.Join(lines, "\n")
}

func (v *vterm) Write(p []byte) (int, error) {
	b := append(v.pending, p...)
	v.pending = nil
	for len(b) > 0 {
		n := v.step(b)
		if n == 0 { // incomplete: wait for more
			v.pending = append([]byte(nil), b...)
			break
		}
		b = b[n:]
	}
	return len(p), nil
}

// step consumes one character or sequence and returns its length (0 when
// incomplete).
func (v *vterm) step(b []byte) int {
	switch c := b[0]; {
	case c == 0x1b:
		return v.escape(b)
	case c == '\r':
		v.x = 0
	case c == '\n':
		v.x = 0
		v.lineFeed()
	case c == '\b':
		v.x = max(v.x-1, 0)
	case c < 0x20 || c == 0x7f:
		// BEL and other controls: nothing to draw.
	default:
		if !utf8.FullRune(b) {
			return 0
		}
		r, n := utf8.DecodeRune(b)
		v.print(r)
		return n
	}
	return 1
}

func (v *vterm) lineFeed() {
	switch {
	case v.y == v.bot:
		v.scrollUp(v.top, 1)
	case v.y < v.h-1:
		v.y++
	}
}

// scrollUp moves rows from…bot up n rows (deleting lines at from).
func (v *vterm) scrollUp(from, n int) {
	for range n {
		copy(v.cells[from:v.bot+1], v.cells[from+1:v.bot+1])
		v.cells[v.bot] = blank(v.w)
	}
}

// scrollDown moves rows from…bot down n rows (inserting lines at from).
func (v *vterm) scrollDown(from, n int) {
	for range n {
		copy(v.cells[from+1:v.bot+1], v.cells[from:v.bot])
		v.cells[from] = blank(v.w)
	}
}

func (v *vterm) print(r rune) {
	if v.x >= v.w { // deferred wrap
		if v.noWrap {
			v.x = v.w - 1
		} else {
			v.x = 0
			v.lineFeed()
		}
	}
	v.cells[v.y][v.x] = r
	v.x++
	v.last = r
}

func (v *vterm) escape(b []byte) int {
	if len(b) < 2 {
		return 0
	}
	switch b[1] {
	case '[':
		return v.csi(b)
	case ']', 'P', '_', '^': // OSC, DCS, APC, PM: up to BEL or ST
		for i := 2; i < len(b); i++ {
			if b[i] == 0x07 {
				return i + 1
			}
			if b[i] == 0x1b && i+1 < len(b) && b[i+1] == '\\' {
				return i + 2
			}
		}
		return 0
	case '7', '8', '=', '>', 'c', 'M', 'D', 'E':
		switch b[1] {
		case 'M': // reverse index
			v.y = max(v.y-1, 0)
		case 'D':
			v.lineFeed()
		case 'E':
			v.x = 0
			v.lineFeed()
		}
		return 2
	case '(', ')':
		if len(b) < 3 {
			return 0
		}
		return 3
	}
	v.fail(fmt.Sprintf("ESC %q", b[1]))
	return 2
}

func (v *vterm) fail(what string) {
	if v.err == nil {
		v.err = fmt.Errorf("vterm: unknown sequence %s", what)
	}
}

func (v *vterm) csi(b []byte) int {
	i := 2
	for i < len(b) && (b[i] < 0x40 || b[i] > 0x7e) {
		i++
	}
	if i == len(b) {
		return 0
	}
	final := b[i]
	params := string(b[2:i])
	n := i + 1
	if params == "?7" && (final == 'h' || final == 'l') {
		v.noWrap = final == 'l'
		return n
	}
	if params != "" && strings.ContainsAny(params[:1], "?<>=$") || strings.ContainsAny(params, "$ ") {
		return n // private modes, keyboard protocols, queries
	}
	args := []int{}
	for _, p := range strings.Split(params, ";") {
		a, _ := strconv.Atoi(strings.SplitN(p, ":", 2)[0])
		args = append(args, a)
	}
	arg := func(i, def int) int {
		if i < len(args) && args[i] != 0 {
			return args[i]
		}
		return def
	}
	clampX := func(x int) int { return min(max(x, 0), v.w-1) }
	clampY := func(y int) int { return min(max(y, 0), v.h-1) }
	switch final {
	case 'H', 'f':
		v.y, v.x = clampY(arg(0, 1)-1), clampX(arg(1, 1)-1)
	case 'A':
		v.y = clampY(v.y - arg(0, 1))
	case 'B', 'e':
		v.y = clampY(v.y + arg(0, 1))
	case 'C', 'a':
		v.x = clampX(v.x + arg(0, 1))
	case 'D':
		v.x = clampX(v.x - arg(0, 1))
	case 'E':
		v.y, v.x = clampY(v.y+arg(0, 1)), 0
	case 'F':
		v.y, v.x = clampY(v.y-arg(0, 1)), 0
	case 'G', '`':
		v.x = clampX(arg(0, 1) - 1)
	case 'd':
		v.y = clampY(arg(0, 1) - 1)
	case 'K':
		row := v.cells[v.y]
		from, to := v.x, v.w
		switch arg(0, 0) {
		case 1:
			from, to = 0, min(v.x+1, v.w)
		case 2:
			from = 0
		}
		for x := from; x < to; x++ {
			row[x] = ' '
		}
	case 'J':
		switch arg(0, 0) {
		case 0:
			for x := v.x; x < v.w; x++ {
				v.cells[v.y][x] = ' '
			}
			for y := v.y + 1; y < v.h; y++ {
				v.cells[y] = blank(v.w)
			}
		case 1:
			for y := 0; y < v.y; y++ {
				v.cells[y] = blank(v.w)
			}
			for x := 0; x <= v.x && x < v.w; x++ {
				v.cells[v.y][x] = ' '
			}
		default:
			for y := range v.cells {
				v.cells[y] = blank(v.w)
			}
		}
	case 'X':
		for x := v.x; x < min(v.x+arg(0, 1), v.w); x++ {
			v.cells[v.y][x] = ' '
		}
	case 'b':
		for range arg(0, 1) {
			v.print(v.last)
		}
	case '@':
		row := v.cells[v.y]
		k := min(arg(0, 1), v.w-v.x)
		copy(row[v.x+k:], row[v.x:v.w-k])
		for x := v.x; x < v.x+k; x++ {
			row[x] = ' '
		}
	case 'P':
		row := v.cells[v.y]
		k := min(arg(0, 1), v.w-v.x)
		copy(row[v.x:], row[v.x+k:])
		for x := v.w - k; x < v.w; x++ {
			row[x] = ' '
		}
	case 'S':
		v.scrollUp(v.top, arg(0, 1))
	case 'T':
		v.scrollDown(v.top, arg(0, 1))
	case 'L', 'M': // insert or delete lines at the cursor's row, in the region
		if v.y >= v.top && v.y <= v.bot {
			if final == 'L' {
				v.scrollDown(v.y, arg(0, 1))
			} else {
				v.scrollUp(v.y, arg(0, 1))
			}
		}
	case 'r': // the scroll region; the cursor goes home
		top, bot := arg(0, 1)-1, arg(1, v.h)-1
		if top < bot && bot < v.h {
			v.top, v.bot = top, bot
		}
		v.x, v.y = 0, 0
	case 'm', 'h', 'l', 'n', 'c', 'q', 't', 'u', 'p', 's':
		// Styles, modes, reports.
	default:
		v.fail(fmt.Sprintf("CSI %s%c", params, final))
	}
	return n
}
