package ui

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/viewport"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Render helpers shared by the screens and the printouts.

// padTo pads or truncates a styled line to exactly w cells.
func padTo(s string, w int) string {
	n := lipgloss.Width(s)
	switch {
	case n > w:
		return ansi.Truncate(s, w, "")
	case n < w:
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

// padRight pads a line to at least w cells.
func padRight(s string, w int) string {
	if n := lipgloss.Width(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

// truncate cuts a styled line to w cells, with an ellipsis.
func truncate(s string, w int) string { return ansi.Truncate(s, w, "…") }

// fitHeight pads or cuts a block to exactly h lines of width w.
func fitHeight(s string, h, w int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = padTo(l, w)
	}
	return strings.Join(lines, "\n")
}

// windowLines is what a viewport shows: its content's lines from its offset,
// at most its height. viewport.View pads and measures them through lipgloss
// twice, most of a frame's time; the callers pad them once.
func windowLines(v *viewport.Model) []string {
	h := v.Height()
	if v.Width() == 0 || h == 0 {
		return nil
	}
	lines := strings.Split(v.GetContent(), "\n")
	off := min(max(v.YOffset(), 0), len(lines))
	return lines[off:min(off+h, len(lines))]
}

// scrollbar returns one cell per line: a thumb where the visible window
// is, a faint track elsewhere, or blanks when everything fits.
func scrollbar(height, total, offset int, st *Styles) []string {
	out := make([]string, height)
	if total <= height || height < 2 {
		for i := range out {
			out[i] = " "
		}
		return out
	}
	thumb := max(height*height/total, 1)
	start := offset * (height - thumb) / max(total-height, 1)
	for i := range out {
		if i >= start && i < start+thumb {
			out[i] = st.Focused.Render("┃")
		} else {
			out[i] = st.Border.Render("│")
		}
	}
	return out
}

// withScrollbar shows what a viewport shows, padded to width with a
// scrollbar in the last column when its content is taller than it.
func withScrollbar(v *viewport.Model, width int, st *Styles) string {
	return scrollWindow(windowLines(v), v.Height(), v.TotalLineCount(), v.YOffset(), width, st)
}

// moreBelow is the last line of a window that more text follows.
const moreBelow = "more ↓"

// scrollWindow draws the window of a text of total lines that starts at
// offset: when the text is taller than the window, a scrollbar in the last
// column, and, while more follows, a last line that says so.
func scrollWindow(window []string, height, total, offset, width int, st *Styles) string {
	if total <= height {
		return strings.Join(window, "\n")
	}
	lines := slices.Clone(window)
	for len(lines) < height {
		lines = append(lines, "")
	}
	if offset+height < total && height >= 2 {
		lines[height-1] = strings.Repeat(" ", screenIndent) + st.Faint.Render(moreBelow)
	}
	bar := scrollbar(height, total, offset, st)
	for i := range lines {
		lines[i] = padTo(lines[i], width-1) + bar[i]
	}
	return strings.Join(lines, "\n")
}

// shownLines is how many lines of a window show the text: one fewer while
// more follows below (the last line says so).
func shownLines(height, total, offset int) int {
	if total > height && offset+height < total && height >= 2 {
		return height - 1
	}
	return height
}

// scrolls tells whether a viewport's content is taller than it.
func scrolls(v *viewport.Model) bool { return v.TotalLineCount() > v.Height() }

// pad puts a block in the screens' margin: a line above, two columns left.
func pad(s string) string { return lipgloss.NewStyle().Padding(1, screenIndent).Render(s) }

// indent moves every non-empty line right by the screens' margin, under an
// empty first line.
func indent(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = strings.Repeat(" ", screenIndent) + l
		}
	}
	return "\n" + strings.Join(lines, "\n")
}

// twoColumns writes name–text rows with the texts in one column; when a
// name is too long for that, or the card too narrow, every text goes on the
// line under its name.
func twoColumns(b *strings.Builder, rows [][2]string, width int, style lipgloss.Style) {
	col := 0
	for _, r := range rows {
		col = max(col, lipgloss.Width(r[0]))
	}
	if col > 22 || width-col-6 < 24 {
		col = 0 // one name too long, or too narrow: every text under its name
	}
	for _, r := range rows {
		if w := lipgloss.Width(r[0]); col > 0 {
			hanging(b, "  "+r[0]+strings.Repeat(" ", col-w)+"  ", r[1], width, style)
			continue
		}
		b.WriteString("  " + r[0] + "\n")
		hanging(b, "      ", r[1], width, style)
	}
}

// hanging writes prefix then text wrapped so that the following lines line
// up under the text, styled with style.
func hanging(b *strings.Builder, prefix, text string, width int, style lipgloss.Style) {
	pw := lipgloss.Width(prefix)
	avail := width - pw
	if avail < 12 { // too narrow to hang: put the text under the prefix
		b.WriteString(prefix + "\n")
		prefix, pw, avail = "    ", 4, max(width-4, 8)
	}
	pad := strings.Repeat(" ", pw)
	for i, l := range wrapText(text, avail) {
		if i == 0 {
			b.WriteString(prefix)
		} else {
			b.WriteString(pad)
		}
		b.WriteString(style.Render(l))
		b.WriteByte('\n')
	}
}

// wrapText wraps text to width cells. A URL is never broken: it goes whole
// on a line of its own, longer than width if it must be, so that it can be
// copied; what is glued to its end (a quote, a tag) may go on the next.
func wrapText(text string, width int) []string {
	if !strings.Contains(text, "://") {
		return strings.Split(lipgloss.Wrap(text, width, ""), "\n")
	}
	// The text's own indent (a JSON body's) stays on its first line.
	line := text[:len(text)-len(strings.TrimLeft(text, " "))]
	var lines []string
	add := func(word string, glued bool) {
		switch {
		case strings.TrimSpace(line) == "" || (glued && lipgloss.Width(line)+lipgloss.Width(word) <= width):
			line += word
		case !glued && lipgloss.Width(line)+1+lipgloss.Width(word) <= width:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
		if !strings.Contains(word, "://") && lipgloss.Width(line) > width {
			// A long word that holds no URL breaks as lipgloss breaks it.
			parts := strings.Split(lipgloss.Wrap(line, width, ""), "\n")
			lines = append(lines, parts[:len(parts)-1]...)
			line = parts[len(parts)-1]
		}
	}
	for _, word := range strings.Fields(text) {
		loc := urlInWord().FindStringIndex(word)
		if loc == nil || loc[1] == len(word) || lipgloss.Width(word) <= width {
			add(word, false)
			continue
		}
		add(word[:loc[1]], false)
		add(word[loc[1]:], true)
	}
	return append(lines, line)
}

// urlInWord finds a URL in a word, up to a quote or an angle bracket. It
// is compiled on first use: the program's start does not wait for it.
var urlInWord = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[a-z]+://[^"'<>]+`) })

// Capitalize upper-cases the first letter of s, past any leading spaces.
func Capitalize(s string) string {
	i := len(s) - len(strings.TrimLeft(s, " \n"))
	r, size := utf8.DecodeRuneInString(s[i:])
	if size == 0 || !unicode.IsLetter(r) {
		return s
	}
	return s[:i] + string(unicode.ToUpper(r)) + s[i+size:]
}

// errorSentence turns a Go error message (lower case, no full stop) into
// a sentence for the status bar.
func errorSentence(msg string) string {
	if msg == "" {
		return ""
	}
	msg = Capitalize(msg)
	if !strings.HasSuffix(msg, ".") {
		msg += "."
	}
	return msg
}

// Plural is one when n is 1, else many: "1 code", "2 codes".
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func itoa(n int) string { return strconv.Itoa(n) }

func formatDuration(d time.Duration) string {
	d = d.Round(time.Second)
	if d < time.Minute {
		return fmt.Sprintf("%ds", int(d.Seconds()))
	}
	return fmt.Sprintf("%dm %02ds", int(d.Minutes()), int(d.Seconds())%60)
}
