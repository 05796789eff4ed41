package deck

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Position is where something is written in a deck: line and column, both
// from 1 (the column counts characters).
type Position struct{ Line, Col int }

// keyPositions finds where the keys and table headers of a TOML document
// are written, so that a problem found in the decoded values can name its
// line. Paths are "name", "code[2]" (the header of the third [[code]]),
// "code[2].note" and "settings.colour" for a plain [settings] table. Only
// the first occurrence of a path is kept.
//
// The TOML library decodes values but does not say where they were; this
// walk runs after the document has parsed, so it only needs to tell keys
// from values, strings and comments, not to check the syntax.
func keyPositions(src string) map[string]Position {
	w := &walker{src: src}
	out := map[string]Position{}
	counts := map[string]int{}
	table := ""
	for {
		w.skipBlank(true)
		if w.eof() {
			return out
		}
		start := w.i
		at := w.position(start)
		if w.peek() == '[' {
			double := strings.HasPrefix(w.src[w.i:], "[[")
			w.i++
			if double {
				w.i++
			}
			w.skipBlank(false)
			name := w.key()
			w.skipLine()
			table = name
			if double {
				table = name + "[" + strconv.Itoa(counts[name]) + "]"
				counts[name]++
			}
			keep(out, table, at)
			continue
		}
		k := w.key()
		if k != "" {
			keep(out, join(table, k), at)
		}
		w.skipBlank(false)
		if w.peek() == '=' {
			w.i++
			w.value()
		}
		if w.i == start { // never stall on something unexpected
			w.i++
		}
	}
}

func keep(m map[string]Position, path string, p Position) {
	if _, ok := m[path]; !ok {
		m[path] = p
	}
}

func join(table, key string) string {
	if table == "" {
		return key
	}
	return table + "." + key
}

// walker steps through a TOML document.
type walker struct {
	src string
	i   int
}

func (w *walker) eof() bool { return w.i >= len(w.src) }

func (w *walker) peek() byte {
	if w.eof() {
		return 0
	}
	return w.src[w.i]
}

// position turns a byte offset into a line and a column.
func (w *walker) position(off int) Position {
	before := w.src[:off]
	line := strings.Count(before, "\n") + 1
	lineStart := strings.LastIndexByte(before, '\n') + 1
	return Position{Line: line, Col: utf8.RuneCountInString(before[lineStart:]) + 1}
}

// skipBlank skips spaces and comments, and line breaks when lines is true.
func (w *walker) skipBlank(lines bool) {
	for !w.eof() {
		switch c := w.peek(); {
		case c == ' ' || c == '\t' || c == '\r':
			w.i++
		case c == '\n' && lines:
			w.i++
		case c == '#':
			w.skipComment()
		default:
			return
		}
	}
}

func (w *walker) skipComment() {
	if j := strings.IndexByte(w.src[w.i:], '\n'); j >= 0 {
		w.i += j
	} else {
		w.i = len(w.src)
	}
}

// skipLine skips to the end of the line (the rest of a table header).
func (w *walker) skipLine() {
	w.skipComment()
}

// key reads a key, bare or quoted, dotted or not, and returns it with its
// parts joined by dots.
func (w *walker) key() string {
	var parts []string
	for {
		w.skipBlank(false)
		switch w.peek() {
		case '"':
			parts = append(parts, w.basicString())
		case '\'':
			parts = append(parts, w.literalString())
		default:
			j := w.i
			for !w.eof() && bareKeyByte(w.peek()) {
				w.i++
			}
			if j == w.i {
				return strings.Join(parts, ".")
			}
			parts = append(parts, w.src[j:w.i])
		}
		w.skipBlank(false)
		if w.peek() != '.' {
			return strings.Join(parts, ".")
		}
		w.i++
	}
}

func bareKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// value skips a value: a string of any of the four kinds, an array, an
// inline table, or a scalar (number, boolean, date).
func (w *walker) value() {
	w.skipBlank(false)
	switch {
	case strings.HasPrefix(w.src[w.i:], `"""`):
		w.multiline(`"""`, true)
	case strings.HasPrefix(w.src[w.i:], `'''`):
		w.multiline(`'''`, false)
	case w.peek() == '"':
		w.basicString()
	case w.peek() == '\'':
		w.literalString()
	case w.peek() == '[':
		w.i++
		for {
			w.skipBlank(true)
			switch w.peek() {
			case 0:
				return
			case ']':
				w.i++
				return
			case ',':
				w.i++
			default:
				start := w.i
				w.value()
				if w.i == start {
					w.i++
				}
			}
		}
	case w.peek() == '{':
		w.i++
		for {
			w.skipBlank(false)
			switch w.peek() {
			case 0, '\n':
				return
			case '}':
				w.i++
				return
			case ',':
				w.i++
			default:
				start := w.i
				w.key()
				w.skipBlank(false)
				if w.peek() == '=' {
					w.i++
					w.value()
				}
				if w.i == start {
					w.i++
				}
			}
		}
	default:
		for !w.eof() && !strings.ContainsRune(",]}#\n", rune(w.peek())) {
			w.i++
		}
	}
}

// basicString reads a "double-quoted" string on one line and returns its
// raw text (escapes are left as written: only keys use it).
func (w *walker) basicString() string {
	w.i++ // the opening quote
	j := w.i
	for !w.eof() && w.peek() != '"' && w.peek() != '\n' {
		if w.peek() == '\\' {
			w.i++
		}
		w.i++
	}
	s := w.src[j:min(w.i, len(w.src))]
	if w.peek() == '"' {
		w.i++
	}
	return s
}

// literalString reads a 'single-quoted' string on one line.
func (w *walker) literalString() string {
	w.i++
	j := w.i
	for !w.eof() && w.peek() != '\'' && w.peek() != '\n' {
		w.i++
	}
	s := w.src[j:w.i]
	if w.peek() == '\'' {
		w.i++
	}
	return s
}

// multiline skips a multi-line string opened by delim; escapes are
// honoured in basic ones. Up to two quotes may precede the closing delim.
func (w *walker) multiline(delim string, escapes bool) {
	w.i += len(delim)
	for !w.eof() {
		if escapes && w.peek() == '\\' {
			w.i += 2
			continue
		}
		if strings.HasPrefix(w.src[w.i:], delim) {
			w.i += len(delim)
			for n := 0; n < 2 && w.peek() == delim[0]; n++ {
				w.i++
			}
			return
		}
		w.i++
	}
}
