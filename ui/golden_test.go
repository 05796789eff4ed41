package ui

import (
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"httpcodes/quiz"
)

// Golden views: `go test ./ui -update` rewrites testdata/TestGolden*/…
// The output keeps its ANSI styles; every input is fixed (clock, seed,
// scheduler, store), so a view is the same on every run.

func requireGolden(t *testing.T, hs *harness, w, h int) {
	t.Helper()
	v := hs.view()
	requireSize(t, v, w, h)
	golden.RequireEqual(t, []byte(v))
}

var light = tea.BackgroundColorMsg{Color: color.White}

func TestGoldenBrowse(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}, {50, 20}} {
		for _, theme := range []string{"dark", "light"} {
			name := itoa(size[0]) + "x" + itoa(size[1]) + "_" + theme
			t.Run(name, func(t *testing.T) {
				hs := newHarness(t, testOptions(), size[0], size[1])
				if theme == "light" {
					hs.send(light)
					if hs.m.c.styles.IsDark {
						t.Fatal("a white background did not switch to light styles")
					}
				}
				requireGolden(t, hs, size[0], size[1])
			})
		}
	}
}

// TestLightStylesDiffer makes sure that the light goldens are not the dark
// ones: the background reply restyles the list, the card and the help bar.
func TestLightStylesDiffer(t *testing.T) {
	dark := newHarness(t, testOptions(), 120, 40)
	lt := newHarness(t, testOptions(), 120, 40)
	lt.send(light)
	dl, ll := strings.Split(dark.view(), "\n"), strings.Split(lt.view(), "\n")
	for _, i := range []int{0, 2, 5, 39} { // tabs, the selected row and card title, the card text, the help bar
		if dl[i] == ll[i] {
			t.Fatalf("line %d is the same in light and dark: %q", i, dl[i])
		}
	}
	if dark.plain() != lt.plain() {
		t.Fatal("the light theme changed the text, not just the colours")
	}
	// And back to dark.
	lt.send(tea.BackgroundColorMsg{Color: color.Black})
	if lt.view() != dark.view() {
		t.Fatal("a black background did not restore the dark styles")
	}
}

func TestGoldenScreens(t *testing.T) {
	cases := []struct {
		name string
		opts func() Options
		w, h int
		do   func(hs *harness)
	}{
		{"detail_narrow", testOptions, 80, 24, func(hs *harness) { hs.typeText("404").keys("enter") }},
		{"detail_narrow_light", testOptions, 50, 20, func(hs *harness) { hs.send(light).typeText("429").keys("enter") }},
		{"detail_wide_scrolled", testOptions, 120, 40, func(hs *harness) { hs.typeText("301").keys("tab", "ctrl+d") }},
		{"filter", testOptions, 80, 24, func(hs *harness) { hs.keys("/").typeText("rate limit") }},
		{"filter_accepted", testOptions, 120, 40, func(hs *harness) { hs.keys("/").typeText("teapot").keys("enter") }},
		{"filter_nomatch", testOptions, 80, 24, func(hs *harness) { hs.keys("/").typeText("zzzzqqqq") }},
		{"vendor_hidden", testOptions, 80, 24, func(hs *harness) { hs.typeText("21").keys("v") }},
		{"unknown_code", testOptions, 80, 24, func(hs *harness) { hs.typeText("299") }},
		{"help", testOptions, 80, 24, func(hs *harness) { hs.keys("?") }},
		{"help_quiz", func() Options { return quizOpts(quiz.Meaning, 3) }, 80, 24, func(hs *harness) { hs.keys("?") }},
		{"quiz_setup", testOptions, 80, 24, func(hs *harness) { hs.keys("t", "down") }},
		{"quiz_setup_light", testOptions, 80, 24, func(hs *harness) { hs.send(light).keys("t") }},
		{"quiz_question", func() Options { return quizOpts(quiz.Meaning, 3) }, 80, 24, nil},
		{"quiz_question_hint", func() Options { return quizOpts(quiz.ScenarioKind, 3) }, 80, 24, func(hs *harness) { hs.keys("j", "h") }},
		{"quiz_question_light", func() Options { return quizOpts(quiz.Meaning, 3) }, 80, 24, func(hs *harness) { hs.send(light) }},
		{"quiz_recall", func() Options { return quizOpts(quiz.Recall, 3) }, 80, 24, func(hs *harness) { hs.typeText("40") }},
		{"quiz_feedback_wrong", func() Options { return quizOpts(quiz.Meaning, 3) }, 80, 24, func(hs *harness) { hs.keys(hs.wrongChoice()) }},
		{"quiz_feedback_right", func() Options { return quizOpts(quiz.CodeOf, 3) }, 80, 24, func(hs *harness) { hs.keys(hs.rightChoice()) }},
		{"quiz_summary", func() Options { return quizOpts(quiz.Meaning, 3) }, 80, 24, func(hs *harness) { hs.answerAll(1) }},
		{"review_nothing_due", nothingDueOptions, 80, 24, func(hs *harness) { hs.keys("r") }},
		{"review_question", testOptions, 80, 24, func(hs *harness) { hs.keys("r") }},
		{"stats_empty", testOptions, 80, 24, func(hs *harness) { hs.keys("s") }},
		{"stats", func() Options { return quizOpts(quiz.Meaning, 3) }, 100, 50, func(hs *harness) {
			hs.answerAll(1, 3)
			hs.keys("s")
		}},
		// Narrow and short terminals.
		{"browse_40x12", testOptions, 40, 12, nil},
		{"browse_60x20", testOptions, 60, 20, nil},
		{"detail_40x12", testOptions, 40, 12, func(hs *harness) { hs.typeText("404").keys("enter") }},
		{"help_40x12", testOptions, 40, 12, func(hs *harness) { hs.keys("?") }},
		{"help_60x20", testOptions, 60, 20, func(hs *harness) { hs.keys("?") }},
		{"quiz_feedback_40x12", meaningQuiz, 40, 12, func(hs *harness) { hs.keys(hs.wrongChoice()) }},
		{"quiz_feedback_60x20", meaningQuiz, 60, 20, func(hs *harness) { hs.keys(hs.wrongChoice()) }},
		{"quiz_hint_on_ruled_out_40x12", func() Options { return quizOpts(quiz.CodeOf, 3) }, 40, 12, cursorOnRuledOut},
		{"quiz_hint_on_ruled_out_60x20", func() Options { return quizOpts(quiz.CodeOf, 3) }, 60, 20, cursorOnRuledOut},
		{"quiz_hint_on_ruled_out_80x24", func() Options { return quizOpts(quiz.CodeOf, 3) }, 80, 24, cursorOnRuledOut},
		{"stats_40x12", meaningQuiz, 40, 12, func(hs *harness) { hs.answerAll(1, 3); hs.keys("s") }},
		{"stats_60x20", meaningQuiz, 60, 20, func(hs *harness) { hs.answerAll(1, 3); hs.keys("s") }},
		{"stats_80x24", meaningQuiz, 80, 24, func(hs *harness) { hs.answerAll(1, 3); hs.keys("s", "ctrl+d") }},
		{"too_small", testOptions, 20, 5, nil},
		{"minimum", testOptions, 30, 8, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			hs := newHarness(t, tc.opts(), tc.w, tc.h)
			if tc.do != nil {
				tc.do(hs)
			}
			requireGolden(t, hs, tc.w, tc.h)
		})
	}
}

// TestLightRestylesEveryScreen: a background reply that comes after a
// screen was drawn restyles it (the quiz body and the stats are rendered
// ahead of View).
func TestLightRestylesEveryScreen(t *testing.T) {
	for _, sc := range screenCases {
		t.Run(sc.name, func(t *testing.T) {
			dark := newHarness(t, sc.opts(), 80, 24)
			lt := newHarness(t, sc.opts(), 80, 24)
			if sc.to != nil {
				sc.to(dark)
				sc.to(lt)
			}
			lt.send(light)
			if dark.plain() != lt.plain() {
				t.Fatal("the light theme changed the text")
			}
			dl, ll := strings.Split(dark.view(), "\n"), strings.Split(lt.view(), "\n")
			for i := 1; i < len(dl)-1; i++ { // the body, between the tabs and the help bar
				if strings.Contains(dl[i], "38;2;") && dl[i] == ll[i] { // a coloured line
					t.Fatalf("body line %d kept its dark colours: %q", i, dl[i])
				}
			}
		})
	}
}

// cursorOnRuledOut shows the hint and puts the cursor on the first option
// it rules out.
func cursorOnRuledOut(hs *harness) {
	hs.keys("h")
	r := hs.currentRun()
	q := r.sess.Current()
	if len(q.RuledOut) == 0 {
		hs.tb.Fatal("the hint rules out no option")
	}
	for range q.Options {
		if r.cursor != q.RuledOut[0] {
			hs.keys("down")
		}
	}
}
