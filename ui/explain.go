package ui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"httpcodes/data"
	"httpcodes/data/logscan"
)

// ExplainInput is what `httpcodes explain` read, for its printout.
type ExplainInput struct {
	// Report counts every input together.
	Report *logscan.Report
	// Unparsed names the first unreadable lines: "12", or "access.log:12"
	// when there were several inputs.
	Unparsed []string
	// Warnings are said after the table (an input cut short).
	Warnings []string
}

// ExplainText renders what explain found: a summary line, then a table by
// class with each code's count, share, a bar, its name and summary, what
// the log format adds to its meaning, and for error codes a one-line
// "Seeing this?" hint; then the unreadable lines.
func ExplainText(in ExplainInput, width int, st *Styles) string {
	width = max(width, 40)
	rep := in.Report
	var b strings.Builder
	para := func(s string, style lipgloss.Style) { hanging(&b, "", s, width, style) }

	para(explainSummary(rep), st.Text)
	rows := rep.Rows()
	cols := explainColumns(rows, rep.Matched, width)
	var cur data.Class
	for _, row := range rows {
		if c := data.ClassOf(row.Code); c != cur {
			cur = c
			b.WriteString("\n" + classLine(rep, rows, c, cols, st) + "\n")
		}
		explainRow(&b, rep, row, cols, width, st)
	}
	if rep.Unparsed > 0 {
		b.WriteByte('\n')
		msg := fmt.Sprintf("Unreadable: %s in no format explain knows (first: %s).",
			nounCount(rep.Unparsed, "line"), strings.Join(in.Unparsed, ", "))
		if rep.LongLines > 0 {
			msg += fmt.Sprintf(" %s longer than %d MB.", nounCount(rep.LongLines, "line was", "lines were"), logscan.MaxLine>>20)
		}
		if rep.Binary {
			msg += " Some look like binary data rather than text."
		}
		para(msg, st.Muted)
	}
	for _, w := range in.Warnings {
		hanging(&b, "! ", w, width, st.Warn)
	}
	return b.String()
}

// explainSummary is the first line: what was read and what it held.
func explainSummary(rep *logscan.Report) string {
	var formats []string
	for f := range logscan.NumFormats {
		if n := rep.ByFormat[f]; n > 0 {
			formats = append(formats, formatLabel(f)+" "+groupDigits(n))
		}
	}
	// A HAR file is read entry by entry: its "lines" are entries.
	lines := nounCount(rep.Lines, "line")
	if rep.ByFormat[logscan.HAR] > 0 && rep.ByFormat[logscan.HAR] == rep.Matched {
		lines = nounCount(rep.Lines, "HAR entry", "HAR entries")
	}
	s := fmt.Sprintf("Read %s: %s with a status code", lines, groupDigits(rep.Matched))
	if len(formats) > 0 {
		s += " (" + strings.Join(formats, " · ") + ")"
	}
	if rep.NoStatus > 0 {
		s += fmt.Sprintf(", %s without one", groupDigits(rep.NoStatus))
	}
	if rep.Unparsed > 0 {
		s += fmt.Sprintf(", %s unreadable", groupDigits(rep.Unparsed))
	}
	return s + "."
}

// formatLabel names a format for people.
func formatLabel(f logscan.Format) string {
	return [...]string{
		logscan.Combined: "combined log",
		logscan.ALB:      "AWS ALB log",
		logscan.JSON:     "JSON lines",
		logscan.HTTP:     "HTTP status lines",
		logscan.HAR:      "HAR entries",
	}[f]
}

// explainCols are the widths of the table's columns.
type explainCols struct {
	name, count, bar int
}

// explainColumns sizes the table to width: code, name, count (wide enough
// for the largest total, matched), share and a bar of what is left (none
// when too narrow).
func explainColumns(rows []logscan.Row, matched, width int) explainCols {
	c := explainCols{count: len(groupDigits(matched))}
	for _, r := range rows {
		c.name = max(c.name, lipgloss.Width(rowName(r)))
	}
	const fixed = 2 + 3 + 2 + 2 + 2 + 6 + 2 // indent, code, gaps, share
	c.name = min(c.name, 32, max(width-fixed-c.count-10, 12))
	c.bar = min(width-fixed-c.name-c.count, 30)
	if c.bar < 6 {
		c.bar = 0
	}
	return c
}

// rowName is a row's name column: the entry's name and its vendor.
func rowName(r logscan.Row) string {
	switch {
	case r.Entry == nil:
		return "(not a registered code)"
	case r.Entry.Official() && r.MadeBy != "":
		return r.Entry.Title() + " (ALB)"
	}
	return listName(r.Entry)
}

// classLine is a class's heading, with its total.
func classLine(rep *logscan.Report, rows []logscan.Row, c data.Class, cols explainCols, st *Styles) string {
	n := 0
	for _, r := range rows {
		if data.ClassOf(r.Code) == c {
			n += r.Count
		}
	}
	label := c.Label()
	share := float64(n) / float64(max(rep.Matched, 1))
	right := fmt.Sprintf("%*s  %s", cols.count, groupDigits(n), sharePercent(share))
	pad := max(2+3+2+cols.name+2-lipgloss.Width(label), 1)
	return st.Class(c).Bold(true).Render(label) + strings.Repeat(" ", pad) + st.Bold.Render(right)
}

// explainRow writes one code: its line in the table, its summary, what the
// format adds, and the hint for an error.
func explainRow(b *strings.Builder, rep *logscan.Report, r logscan.Row, cols explainCols, width int, st *Styles) {
	c := data.ClassOf(r.Code)
	name := rowName(r)
	if lipgloss.Width(name) > cols.name {
		name = ansi.Truncate(name, cols.name, "…")
	}
	share := rep.Share(r)
	line := "  " + st.Code(c).Render(strconv.Itoa(r.Code)) + "  " + padRight(name, cols.name) + "  " +
		fmt.Sprintf("%*s  %s", cols.count, groupDigits(r.Count), sharePercent(share))
	if cols.bar > 0 {
		line += "  " + st.Class(c).Render(shareBar(share, cols.bar))
	}
	b.WriteString(line + "\n")

	const indent = "       "
	summary, hint := rowTexts(r)
	if summary != "" {
		hanging(b, indent, summary, width, st.Muted)
	}
	if r.MadeBy != "" || r.Note != "" {
		note := r.Note
		if r.MadeBy != "" {
			note = strings.TrimSpace("Made by the " + r.MadeBy + ", not a target. " + note)
		}
		hanging(b, indent, note, width, st.Warn)
	}
	if hint != "" {
		hanging(b, indent, st.Bold.Render("Seeing this?")+" "+hint, width, st.Text)
	}
}

// rowTexts returns a row's summary, and its "Seeing this?" hint for an
// error code: the likeliest cause from the entry's troubleshooting, else
// its summary (then said once, as the hint).
func rowTexts(r logscan.Row) (summary, hint string) {
	if r.Entry == nil {
		if info, ok := data.InfoOf(data.ClassOf(r.Code)); ok {
			summary = info.Unknown
		}
		return summary, ""
	}
	summary = r.Entry.Summary
	if c := r.Entry.Class(); c != 4 && c != 5 {
		return summary, ""
	}
	if len(r.Entry.Troubleshooting) == 0 {
		return "", summary
	}
	t := r.Entry.Troubleshooting[0]
	hint = t.Cause
	if t.Where != "" {
		hint += " Look first at the " + t.Where + "."
	}
	return summary, hint
}

// shareBar draws share (0–1) of a bar w cells wide, in eighths of a cell; a
// share too small to see still shows a sliver.
func shareBar(share float64, w int) string {
	eighths := int(share*float64(w*8) + 0.5)
	if eighths == 0 && share > 0 {
		eighths = 1
	}
	full, part := eighths/8, eighths%8
	s := strings.Repeat("█", full)
	if part > 0 {
		s += string([]rune("▏▎▍▌▋▊▉")[part-1])
	}
	return s
}

// sharePercent formats a share as "12.3%", or "<0.1%" for a small non-zero one.
func sharePercent(share float64) string {
	if share > 0 && share < 0.0005 {
		return " <0.1%"
	}
	return fmt.Sprintf("%5.1f%%", share*100)
}

// groupDigits writes n with commas between groups of three digits.
func groupDigits(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// nounCount writes "1 line" or "2 lines"; with two words, the second is
// the plural.
func nounCount(n int, word string, pl ...string) string {
	many := word + "s"
	if len(pl) > 0 {
		many = pl[0]
	}
	return groupDigits(n) + " " + Plural(n, word, many)
}
