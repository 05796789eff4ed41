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
// lines (0: no bound).
func ListText(entries []*data.Entry, width int, st *Styles) string {
	var b strings.Builder
	var cur data.Class
	nameW := nameWidth(entries)
	for i, e := range entries {
		if c := e.Class(); c != cur {
			if i > 0 {
				b.WriteByte('\n')
			}
			cur = c
			b.WriteString(st.Class(c).Bold(true).Render(c.Label()) + "\n")
		}
		b.WriteString(ListLine(e, nameW, width, st) + "\n")
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

// nameWidth is the width of the name column: the longest name, within
// reason (longer names push their summary along).
func nameWidth(entries []*data.Entry) int {
	w := 0
	for _, e := range entries {
		w = max(w, lipgloss.Width(listName(e)))
	}
	return min(w, 50)
}

// ListLine is one entry on one line: code, name (and vendor) padded to
// nameW, summary; cut to width when width > 0.
func ListLine(e *data.Entry, nameW, width int, st *Styles) string {
	left := st.Code(e.Class()).Render(fmt.Sprint(e.Code)) + "  " + padRight(listName(e), nameW)
	line := left + "  " + st.Muted.Render(e.Summary)
	if width > 0 && lipgloss.Width(line) > width {
		line = truncate(line, width)
	}
	return line
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

// SearchText renders ranked search results, best first, one per line.
func SearchText(results []data.Result, width int, st *Styles) string {
	es := make([]*data.Entry, len(results))
	for i, r := range results {
		es[i] = r.Entry
	}
	nameW := nameWidth(es)
	var b strings.Builder
	for _, e := range es {
		b.WriteString(ListLine(e, nameW, width, st) + "\n")
	}
	return b.String()
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
		if full {
			name += " " + e.Title()
		}
		if !e.Official() {
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
