package ui

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"httpcodes/data"
)

// listRows splits a printed list into its rows, one per entry in order: a
// row starts on a line that starts with the entry's code; class headings
// and blank lines are skipped.
func listRows(t *testing.T, out string, es []*data.Entry) [][]string {
	t.Helper()
	var rows [][]string
	for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		switch {
		case l == "" || (len(l) > 3 && l[1:4] == "xx "): // a heading
		case strings.HasPrefix(l, "     "):
			if len(rows) == 0 {
				t.Fatalf("a continuation line before any row: %q", l)
			}
			rows[len(rows)-1] = append(rows[len(rows)-1], l)
		default:
			if len(rows) >= len(es) || !strings.HasPrefix(l, itoa(es[len(rows)].Code)+"  ") {
				t.Fatalf("line %q: not the row of the next entry", l)
			}
			rows = append(rows, []string{l})
		}
	}
	if len(rows) != len(es) {
		t.Fatalf("%d rows for %d entries", len(rows), len(es))
	}
	return rows
}

// rowReads reports whether a row reads as the name and the summary down
// their columns, for some line and column where the summary starts (the
// first word of a summary may also be in a name).
func rowReads(row []string, name, summary string) bool {
	first := "  " + strings.Fields(summary)[0]
	for k, l := range row {
		for off := 0; ; {
			i := strings.Index(l[off:], first)
			if i < 0 {
				break
			}
			c := lipgloss.Width(l[:off+i]) + 2
			off += i + 1
			var names, sums []string
			for j, l := range row {
				w := lipgloss.Width(l)
				if j < k { // stacked: the name's lines come first
					names = append(names, ansi.Cut(l, 5, w))
					continue
				}
				names = append(names, ansi.Cut(l, 5, min(c, w)))
				if w > c {
					sums = append(sums, ansi.Cut(l, c, w))
				}
			}
			if flatText(strings.Join(names, " ")) == flatText(name) && flatText(strings.Join(sums, " ")) == flatText(summary) {
				return true
			}
		}
	}
	return false
}

// TestListsKeepSummariesWhole: a printed list sized to a terminal wraps
// names and summaries in their columns and never cuts either; no line is
// wider than the terminal or ends in blanks.
func TestListsKeepSummariesWhole(t *testing.T) {
	fourxx := data.Filter(func(e *data.Entry) bool { return e.Class() == 4 })
	st := PrintStyles()
	for _, width := range []int{40, 60, 80, 100} {
		for name, tc := range map[string]struct {
			es  []*data.Entry
			out func() string
		}{
			"all": {data.All(), func() string { return ListText(data.All(), width, st) }},
			"4xx": {fourxx, func() string { return ListText(fourxx, width, st) }},
			"search": {nil, func() string {
				return SearchText(data.Search("rate limit"), width, st)
			}},
		} {
			es := tc.es
			if es == nil {
				for _, r := range data.Search("rate limit") {
					es = append(es, r.Entry)
				}
			}
			out := ansi.Strip(tc.out())
			what := name + " at " + itoa(width)
			for _, l := range strings.Split(out, "\n") {
				if lipgloss.Width(l) > width {
					t.Fatalf("%s: line wider than %d: %q", what, width, l)
				}
				if strings.TrimRight(l, " ") != l {
					t.Fatalf("%s: line ends in blanks: %q", what, l)
				}
			}
			for i, row := range listRows(t, out, es) {
				if !rowReads(row, listName(es[i]), es[i].Summary) {
					t.Fatalf("%s: %s does not read %q and %q whole:\n%s", what, es[i].ID(), listName(es[i]), es[i].Summary, strings.Join(row, "\n"))
				}
			}
		}
	}
}

// TestListColumnsFitWhatIsShown: the name column is as wide as the
// longest name shown, not the longest name there is, when the lines have
// room for it; piped (no width), every entry is one line.
func TestListColumnsFitWhatIsShown(t *testing.T) {
	official2xx := data.Filter(func(e *data.Entry) bool { return e.Class() == 2 && e.Official() })
	longest := 0
	for _, e := range official2xx {
		longest = max(longest, len(listName(e)))
	}
	for _, width := range []int{0, 120} {
		out := ansi.Strip(ListText(official2xx, width, PrintStyles()))
		rows := listRows(t, out, official2xx)
		for i, row := range rows {
			if len(row) != 1 {
				t.Fatalf("width %d: %s takes %d lines:\n%s", width, official2xx[i].ID(), len(row), out)
			}
			if c := strings.Index(row[0], official2xx[i].Summary); c != 3+2+longest+2 {
				t.Fatalf("width %d: the summary starts at column %d, want %d (the longest name shown is %d wide):\n%s",
					width, c, 3+2+longest+2, longest, out)
			}
		}
	}
}
