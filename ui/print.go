package ui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"httpcodes/data"
)

// ListText renders entries as a list grouped by class, each class under a
// heading that names it; vendor codes carry their vendor. width bounds the
// lines (0: no bound, one line per entry).
func ListText(entries []*data.Entry, width int, st *Styles) string {
	var b strings.Builder
	var cur data.Class
	cols := listColumns(entries, width)
	for i, e := range entries {
		if c := e.Class(); c != cur {
			if i > 0 {
				b.WriteByte('\n')
			}
			cur = c
			b.WriteString(st.Class(c).Bold(true).Render(c.Label()) + "\n")
		}
		b.WriteString(listRow(e, cols, st))
	}
	return b.String()
}

// SearchText renders ranked search results, best first, as a list (see
// ListText) without class headings.
func SearchText(results []data.Result, width int, st *Styles) string {
	es := make([]*data.Entry, len(results))
	for i, r := range results {
		es[i] = r.Entry
	}
	cols := listColumns(es, width)
	var b strings.Builder
	for _, e := range es {
		b.WriteString(listRow(e, cols, st))
	}
	return b.String()
}

// listName is an entry's name in a list: its title, and its vendor.
func listName(e *data.Entry) string {
	if e.Official() {
		return e.Title()
	}
	return e.Title() + " (" + e.VendorName() + ")"
}

// The list's fixed measures: the code and the gaps after it and after the
// name; the narrowest name column, and the narrowest summary column beside
// it (narrower, the summary goes under the name).
const (
	listCodeW    = 3
	listGap      = 2
	listMinName  = 12
	listMinSum   = 24
	listPipedMax = 50 // a piped list's name column, at most
)

// listCols are the widths of a list's name and summary columns; summary 0
// means unbounded (a piped list); stacked, the summary goes on the lines
// under the name.
type listCols struct {
	name, summary int
	stacked       bool
}

// listColumns sizes the columns to the entries shown: the name column as
// wide as their names need, unless narrowing it (and wrapping the longest
// names) saves lines; the summaries are never cut.
func listColumns(es []*data.Entry, width int) listCols {
	longest := 0
	for _, e := range es {
		longest = max(longest, lipgloss.Width(listName(e)))
	}
	if width <= 0 {
		return listCols{name: min(longest, listPipedMax)}
	}
	fixed := listCodeW + 2*listGap
	// A name is wrapped between words only: the column is at least as
	// wide as the longest word.
	narrowest := listMinName
	for _, e := range es {
		for _, w := range strings.Fields(listName(e)) {
			narrowest = max(narrowest, lipgloss.Width(w))
		}
	}
	narrowest = min(narrowest, longest)
	if width-fixed-narrowest < listMinSum {
		return listCols{name: width - listCodeW - listGap, summary: width - listCodeW - listGap, stacked: true}
	}
	// The fewest lines, a wrapped name counting twice (a name reads worse
	// broken than a summary); ties go to the wider name column.
	best := listCols{}
	bestCost := -1
	for nw := narrowest; nw <= longest && width-fixed-nw >= listMinSum; nw++ {
		c := listCols{name: nw, summary: width - fixed - nw}
		cost := 0
		for _, e := range es {
			names := len(wrapNames(listName(e), c.name))
			cost += max(names, len(wrapLines(e.Summary, c.summary))) + names - 1
		}
		if bestCost < 0 || cost <= bestCost {
			best, bestCost = c, cost
		}
	}
	return best
}

// wrapLines wraps s to w cells (no bound when w is 0).
func wrapLines(s string, w int) []string {
	if w <= 0 {
		return []string{s}
	}
	return strings.Split(lipgloss.Wrap(s, w, ""), "\n")
}

// wrapNames wraps a name to w cells at its spaces only, never inside a
// word (Non-Authoritative, X-Forwarded-For stay whole).
func wrapNames(s string, w int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		switch {
		case line == "":
			line = word
		case w <= 0 || lipgloss.Width(line)+1+lipgloss.Width(word) <= w:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	return append(lines, line)
}

// listRow is one entry of a list: its code, its name and its summary in
// their columns, each wrapped to its column (stacked: the summary under
// the name); no line ends in blanks.
func listRow(e *data.Entry, cols listCols, st *Styles) string {
	gap := strings.Repeat(" ", listGap)
	indent := strings.Repeat(" ", listCodeW) + gap
	names := wrapNames(listName(e), cols.name)
	sums := wrapLines(e.Summary, cols.summary)
	var lines []string
	if cols.stacked {
		lines = names
		for _, l := range sums {
			lines = append(lines, st.Muted.Render(l))
		}
	} else {
		for i := range max(len(names), len(sums)) {
			var name string
			if i < len(names) {
				name = names[i]
			}
			if i < len(sums) {
				name = padRight(name, cols.name) + gap + st.Muted.Render(sums[i])
			}
			lines = append(lines, name)
		}
	}
	var b strings.Builder
	for i, l := range lines {
		if i == 0 {
			b.WriteString(st.Code(e.Class()).Render(strconv.Itoa(e.Code)) + gap)
		} else {
			b.WriteString(indent)
		}
		b.WriteString(l + "\n")
	}
	return b.String()
}

// Cards renders several entries of a catalogue as cards separated by a
// rule; stacks are the stacks whose names the cards list (nil: every
// stack).
func Cards(cat *data.Catalogue, entries []*data.Entry, width int, st *Styles, stacks []string) string {
	parts := make([]string, 0, len(entries))
	for _, e := range entries {
		parts = append(parts, Card(e, width, st, CardExtras{Stacks: stacks, Team: cat.Team(e)}))
	}
	return strings.Join(parts, "\n\n"+st.Faint.Render(strings.Repeat("─", min(width, 40)))+"\n\n") + "\n"
}

// UnknownCode explains a number typed as a code that is not one: out of
// range, or not registered, with the nearest codes. full adds the codes'
// names and what a client does with an unknown code of its class (for the
// command line); short is for the status bar.
func UnknownCode(typed string, n int, full bool) string {
	if n < 100 || n > 599 {
		if full {
			return typed + " is not a status code: codes run from 100 to 599."
		}
		return typed + " is not a status code (100–599)"
	}
	var near []string
	for _, e := range data.Nearest(n) {
		name := strconv.Itoa(e.Code)
		switch {
		case full:
			name += " " + listName(e)
		case !e.Official():
			name += " (" + e.VendorName() + ")"
		}
		near = append(near, name)
	}
	if !full {
		return typed + " is not a registered code; nearest: " + strings.Join(near, ", ")
	}
	msg := fmt.Sprintf("%s is not a registered status code. Nearest: %s.", typed, strings.Join(near, ", "))
	if info, ok := data.InfoOf(data.ClassOf(n)); ok {
		msg += "\n" + info.Unknown
	}
	return msg
}
