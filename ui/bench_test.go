package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"httpcodes/quiz"
)

// Speed is measured here, never in timed unit tests. A frame at 60 fps has
// 16.7 ms; a View should take well under 1 ms.

type benchCase struct {
	name string
	opts func() Options
	w, h int
	to   func(hs *harness)
}

var benchScreens = []benchCase{
	{"browse", testOptions, 200, 60, nil},
	{"browse_filter", testOptions, 200, 60, func(hs *harness) { hs.keys("/").typeText("rate limit") }},
	{"detail", testOptions, 200, 60, func(hs *harness) { hs.typeText("301").keys("tab", "ctrl+d") }},
	{"detail_narrow", testOptions, 89, 60, func(hs *harness) { hs.typeText("301").keys("enter") }},
	{"help", testOptions, 200, 60, func(hs *harness) { hs.keys("?") }},
	{"quiz_setup", testOptions, 200, 60, func(hs *harness) { hs.keys("t") }},
	{"quiz_question", meaningQuiz, 200, 60, nil},
	{"feedback", meaningQuiz, 200, 60, func(hs *harness) { hs.keys(hs.wrongChoice()) }},
	{"summary", meaningQuiz, 200, 60, func(hs *harness) { hs.answerAll(1) }},
	{"review", testOptions, 200, 60, func(hs *harness) { hs.keys("r") }},
	{"stats", meaningQuiz, 200, 60, func(hs *harness) { hs.answerAll(2); hs.keys("s") }},
	{"too_small", testOptions, 20, 5, nil},
}

func BenchmarkView(b *testing.B) {
	for _, bc := range benchScreens {
		b.Run(bc.name, func(b *testing.B) {
			hs := newHarness(b, bc.opts(), bc.w, bc.h)
			if bc.to != nil {
				bc.to(hs)
			}
			m := hs.m
			requireSize(b, m.View().Content, bc.w, bc.h)
			b.ReportAllocs()
			for b.Loop() {
				_ = m.View()
			}
		})
	}
}

// BenchmarkKeyPress is a whole redraw after a key: Update, then View. j and
// k alternate, so that every frame selects another code and renders its card.
func BenchmarkKeyPress(b *testing.B) {
	keys := []tea.KeyPressMsg{{Code: tea.KeyDown}, {Code: tea.KeyUp}}
	for _, bc := range []struct {
		name string
		w, h int
		to   func(hs *harness)
		keys []tea.KeyPressMsg
	}{
		{"browse_wide", 200, 60, nil, keys},
		{"browse_narrow_detail", 89, 60, func(hs *harness) { hs.keys("enter", "tab") }, keys},
		{"browse_filtered", 200, 60, func(hs *harness) { hs.keys("/").typeText("request").keys("enter") }, keys},
		{"filter_typing", 200, 60, func(hs *harness) { hs.keys("/").typeText("rate limi") },
			[]tea.KeyPressMsg{{Code: 't', Text: "t"}, {Code: tea.KeyBackspace}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			hs := newHarness(b, testOptions(), bc.w, bc.h)
			if bc.to != nil {
				bc.to(hs)
			}
			var m tea.Model = hs.m
			before := hs.selectedCode()
			m, _ = m.Update(bc.keys[0])
			after := m.(Model)
			if bc.name != "filter_typing" && after.browse.selected().Code == before {
				b.Fatal("the key did not change the selection: the benchmark would measure a cached frame")
			}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				m, _ = m.Update(bc.keys[i%len(bc.keys)])
				_ = m.View()
				i++
			}
		})
	}
}

// BenchmarkQuizAnswer is a whole redraw after an answer and its record.
func BenchmarkQuizAnswer(b *testing.B) {
	hs := newHarness(b, quizOpts(quiz.Meaning, 50), 200, 60)
	b.ReportAllocs()
	for b.Loop() {
		r := hs.currentRun()
		if r.phase == phaseSummary {
			b.StopTimer()
			hs = newHarness(b, quizOpts(quiz.Meaning, 50), 200, 60)
			b.StartTimer()
			continue
		}
		hs.keys(hs.rightChoice())
		_ = hs.m.View()
		hs.keys("enter")
		_ = hs.m.View()
	}
}
