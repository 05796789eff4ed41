package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"httpcodes/data"
)

// ListText renders entries as a list grouped by class, each class under a
// heading that names it; vendor codes carry their vendor. width bounds the
// summaries (0: no bound).
func ListText(entries []*data.Entry, width int, st Styles) string {
	var b strings.Builder
	var cur data.Class
	for i, e := range entries {
		if c := e.Class(); c != cur {
			if i > 0 {
				b.WriteByte('\n')
			}
			cur = c
			b.WriteString(st.Class(c).Bold(true).Render(classLabel(c)) + "\n")
		}
		b.WriteString(ListLine(e, width, st) + "\n")
	}
	return b.String()
}

// ListLine is one entry on one line: code, phrase (and vendor), summary.
func ListLine(e *data.Entry, width int, st Styles) string {
	name := e.Title()
	if !e.Official() {
		name += " (" + shortVendor(e) + ")"
	}
	left := st.Code(e.Class()).Render(fmt.Sprint(e.Code)) + "  " + padRight(name, 34)
	line := left + "  " + st.Muted.Render(e.Summary)
	if width > 0 && lipgloss.Width(line) > width {
		line = truncate(line, width)
	}
	return line
}

// Cards renders several entries as cards separated by a rule.
func Cards(entries []*data.Entry, width int, st Styles) string {
	parts := make([]string, 0, len(entries))
	for _, e := range entries {
		parts = append(parts, Card(e, width, st, nil))
	}
	return strings.Join(parts, "\n\n"+st.Faint.Render(strings.Repeat("─", min(width, 40)))+"\n\n") + "\n"
}

// SearchText renders ranked search results, best first, one per line.
func SearchText(results []data.Result, width int, st Styles) string {
	var b strings.Builder
	for _, r := range results {
		b.WriteString(ListLine(r.Entry, width, st) + "\n")
	}
	return b.String()
}

func padRight(s string, w int) string {
	if n := lipgloss.Width(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}
