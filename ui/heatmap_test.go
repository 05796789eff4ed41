package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"httpcodes/quiz"
)

// TestHeatmapRowsAlign: whatever weekday the calendar's days start on,
// every weekday row starts in the grid's first column (no lone Sunday to
// the left of the others), and the last column ends on the last day.
func TestHeatmapRowsAlign(t *testing.T) {
	for start := range 7 {
		first := time.Date(2026, 9, 7+start, 0, 0, 0, 0, time.UTC) // 7 September 2026 is a Monday
		days := make([]quiz.DayCount, quiz.HeatmapDays)
		for i := range days {
			days[i] = quiz.DayCount{Date: first.AddDate(0, 0, i).Format("2006-01-02"), Reviews: 1 + i%3}
		}
		last := first.AddDate(0, 0, len(days)-1)
		lines := heatmap(days, PrintStyles())
		if len(lines) != 7 { // the legend comes from StatsText
			t.Fatalf("%s first: %d lines", first.Weekday(), len(lines))
		}
		rows := lines[:7]
		width := 0
		for wd, l := range rows {
			cells := []rune(ansi.Strip(l))
			if len(cells) < 6 || cells[4] == ' ' {
				t.Fatalf("%s first: row %d does not start in the grid's first column:\n%s",
					first.Weekday(), wd, ansi.Strip(strings.Join(rows, "\n")))
			}
			width = max(width, len(strings.TrimRight(string(cells), " ")))
		}
		// The last day's row reaches the last column.
		lastRow := (int(last.Weekday()) + 6) % 7
		if got := len(strings.TrimRight(ansi.Strip(rows[lastRow]), " ")); got != width {
			t.Fatalf("%s first: the last day (%s) is not in the last column:\n%s",
				first.Weekday(), last.Weekday(), ansi.Strip(strings.Join(rows, "\n")))
		}
	}
}
