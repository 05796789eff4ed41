package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// footerLine is the help bar as shown: the last line, without styles.
func footerLine(hs *harness) string {
	lines := strings.Split(hs.plain(), "\n")
	return lines[len(lines)-1]
}

// TestHelpBarKeepsWhatMatters: at every width the app runs at, the browse
// help bar names how to open the card (on a narrow terminal, where the
// card is stacked, enter is the only way to it), how to come back from
// it, and help and quit.
func TestHelpBarKeepsWhatMatters(t *testing.T) {
	for w := minWidth; w <= 120; w++ {
		hs := newHarness(t, testOptions(), w, 24)
		bar := footerLine(hs)
		for _, want := range []string{"enter card", "? help", "q quit"} {
			if !strings.Contains(bar, want) {
				t.Fatalf("width %d: the list's help bar lacks %q: %q", w, want, bar)
			}
		}
		hs.keys("enter")
		bar = footerLine(hs)
		for _, want := range []string{"esc back", "? help", "q quit"} {
			if !strings.Contains(bar, want) {
				t.Fatalf("width %d: the card's help bar lacks %q: %q", w, want, bar)
			}
		}
		// In the card, the arrows scroll it: the bar says so.
		if strings.Contains(bar, "move") {
			t.Fatalf("width %d: the card's help bar says the arrows move: %q", w, bar)
		}
	}
}

var _ = tea.KeyPressMsg{}
var _ = ansi.Strip
