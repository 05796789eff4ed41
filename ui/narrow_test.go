package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"httpcodes/quiz"
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
		// The quiz setup: enter starts the quiz.
		hs.keys("esc", "t")
		if bar = footerLine(hs); !strings.Contains(bar, "enter start") {
			t.Fatalf("width %d: the quiz setup's help bar lacks %q: %q", w, "enter start", bar)
		}
	}
}

// TestVerdictComesIntoView: on a short terminal, an answer's verdict and
// the start of its why are on screen right after the answer, right or
// wrong, whatever the kind of question.
func TestVerdictComesIntoView(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {60, 20}, {30, 8}} {
		for _, k := range []quiz.Kind{quiz.Meaning, quiz.ScenarioKind, quiz.Pair, quiz.ClassKind} {
			for _, wrong := range []bool{false, true} {
				hs := newHarness(t, quizOpts(k, 3), size[0], size[1])
				choice := hs.rightChoice()
				verdict := "Right"
				if wrong {
					choice, verdict = hs.wrongChoice(), "Not quite"
				}
				hs.keys(choice)
				v := hs.plain()
				if !strings.Contains(v, verdict) || !strings.Contains(v, "Why:") {
					t.Fatalf("%dx%d, %s, wrong %v: the verdict is not in view:\n%s", size[0], size[1], k, wrong, v)
				}
			}
		}
	}
}

// TestCutOffViewsSayMore: a view cut off at the bottom says that more
// follows, and stops saying it once scrolled to the end; a view that fits
// does not say it.
func TestCutOffViewsSayMore(t *testing.T) {
	cases := []struct {
		name string
		opts func() Options
		to   func(hs *harness)
	}{
		{"help", testOptions, func(hs *harness) { hs.keys("?") }},
		{"feedback", meaningQuiz, func(hs *harness) { hs.keys(hs.wrongChoice()) }},
		{"question", func() Options { return quizOpts(quiz.ScenarioKind, 3) }, nil},
		{"stats", meaningQuiz, func(hs *harness) { hs.answerAll(1); hs.keys("s") }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			hs := newHarness(t, tc.opts(), 40, 12)
			if tc.to != nil {
				tc.to(hs)
			}
			hs.send(tea.WindowSizeMsg{Width: 40, Height: 9})
			if !strings.Contains(hs.plain(), moreBelow) {
				t.Fatalf("cut off, and nothing says more follows:\n%s", hs.plain())
			}
			hs.keys("G", "end")
			if strings.Contains(hs.plain(), moreBelow) {
				t.Fatalf("at the end, still says more follows:\n%s", hs.plain())
			}
			hs.send(tea.WindowSizeMsg{Width: 200, Height: 100})
			if strings.Contains(hs.plain(), moreBelow) {
				t.Fatalf("everything fits, yet it says more follows:\n%s", ansi.Strip(hs.view()))
			}
		})
	}
}
