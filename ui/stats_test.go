package ui

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"httpcodes/data"
	"httpcodes/quiz"
	"httpcodes/quiz/fsrs"
)

// retentionOptions are testOptions whose progress the test keeps, and
// whose retention is saved into *saved.
func retentionOptions(saved *[]float64) (Options, *fakeProgress) {
	o := testOptions()
	f := newFake(o.Params)
	o = withProgress(o, f, "")
	o.SaveRetention = func(r float64) error {
		*saved = append(*saved, r)
		return nil
	}
	return o, f
}

// The stats screen changes the desired retention a step at a time, says
// what that does, and keeps it: the progress schedules with it and the
// settings save it.
func TestStatsRetentionKeys(t *testing.T) {
	var saved []float64
	o, f := retentionOptions(&saved)
	hs := newHarness(t, o, 100, 40)
	hs.keys("s")
	hs.requireContains("Retention: desired 90% (←/→ to change) · measured over 30 days: not enough reviews yet")
	hs.keys("+")
	hs.requireContains("desired 91%", "Future intervals will be shorter", "at 90% comes back in", "at 91%")
	hs.keys("left", "-")
	hs.requireContains("desired 89%", "Future intervals will be longer", "at 89%")
	if want := []float64{0.91, 0.90, 0.89}; !slices.Equal(saved, want) {
		t.Errorf("saved %v, want %v", saved, want)
	}
	if st, _ := f.Stats(testNow, quiz.StatsQuery{}); st.DesiredRetention != 0.89 {
		t.Errorf("the progress schedules at %v, want 0.89", st.DesiredRetention)
	}
	// Read afresh, the statistics say it.
	hs.keys("b", "s")
	hs.requireContains("desired 89%")
	hs.requireLacks("Future intervals")
	// Within range: 0.97 at most.
	for range 10 {
		hs.keys("right")
	}
	hs.requireContains("desired 97%", "at its highest, 97%")
	if saved[len(saved)-1] != 0.97 || slices.Contains(saved, 0.98) {
		t.Errorf("saved %v", saved)
	}
	// The keys are in the help.
	hs.keys("?")
	hs.requireContains("desired retention −1%", "desired retention +1%")
}

// The save is a command: Update itself writes nothing, and a change made
// while one is being saved is saved after it.
func TestStatsRetentionSavedInCommands(t *testing.T) {
	var saved []float64
	o, _ := retentionOptions(&saved)
	hs := newHarness(t, o, 100, 40)
	hs.keys("s")
	press := func(k string) tea.Cmd {
		m, cmd := hs.m.Update(keyMsg(k))
		hs.m = m.(Model)
		return cmd
	}
	first := press("+")
	if first == nil || len(saved) != 0 {
		t.Fatalf("after +: command %v, saved %v; want a command and nothing saved yet", first != nil, saved)
	}
	if second := press("+"); second != nil {
		t.Fatal("a second change started another save while the first was under way")
	}
	hs.run(first) // saves 0.91, then the latest, 0.92
	if want := []float64{0.91, 0.92}; !slices.Equal(saved, want) {
		t.Errorf("saved %v, want %v", saved, want)
	}
}

// TestQuitWaitsForTheRetentionBeingSaved: q while the new retention is
// being saved quits once it is saved.
func TestQuitWaitsForTheRetentionBeingSaved(t *testing.T) {
	var saved []float64
	o, _ := retentionOptions(&saved)
	hs := newHarness(t, o, 100, 40)
	hs.keys("s")
	m, save := hs.m.Update(keyMsg("+"))
	hs.m = m.(Model)
	hs.send(keyMsg("q"))
	if hs.quit {
		t.Fatal("quit while the retention was being saved")
	}
	hs.requireContains("Saving the new retention")
	hs.run(save)
	if !hs.quit || !slices.Equal(saved, []float64{0.91}) {
		t.Fatalf("after the save: quit %v, saved %v; want quit and [0.91]", hs.quit, saved)
	}
}

func TestStatsRetentionNotSaved(t *testing.T) {
	o := testOptions()
	o.SaveRetention = func(float64) error { return errors.New("disk full") }
	hs := newHarness(t, o, 100, 40)
	hs.keys("s", "-")
	if v := flatText(hs.view()); !strings.Contains(v, "desired 89%") || !strings.Contains(v, "holds until you quit: it could not be saved (disk full)") {
		t.Errorf("a failed save:\n%s", v)
	}
	o.SaveRetention = nil
	hs = newHarness(t, o, 100, 40)
	hs.keys("s", "-")
	if v := flatText(hs.view()); !strings.Contains(v, "desired 89%") || !strings.Contains(v, "It holds until you quit.") {
		t.Errorf("no way to save:\n%s", v)
	}
}

func TestStatsTextPlurals(t *testing.T) {
	st := newStyles(true)
	one := quiz.Stats{Reviews: 1, Correct: 1, Accuracy: 1, DesiredRetention: 0.9, Knowledge: 0.98, InReview: 1,
		DueToday: quiz.Due{New: 1, Review: 1, Total: 1}, Cards: []quiz.CardStat{{ID: "404", Code: 404, State: "review"}}}
	text := flatText(StatsText(one, quiz.Builtin(), 100, st))
	for _, want := range []string{"1 due today (0 learning · 1 review), and 1 new code to learn.", "1 answer, 100% right",
		"Estimated knowledge: 1.0 of the 1 code seen"} {
		if !strings.Contains(text, want) {
			t.Errorf("one of each: lacks %q:\n%s", want, text)
		}
	}
	two := one
	two.Reviews, two.InReview, two.DueToday.New = 2, 1, 2
	two.Cards = append(two.Cards, quiz.CardStat{ID: "500", Code: 500, State: "relearning"})
	text = flatText(StatsText(two, quiz.Builtin(), 100, st))
	for _, want := range []string{"2 new codes to learn", "2 answers", "of the 2 codes seen", "of the 1 in review",
		"the 1 in learning steps count as not known yet"} {
		if !strings.Contains(text, want) {
			t.Errorf("two: lacks %q:\n%s", want, text)
		}
	}
	none := quiz.Stats{DesiredRetention: 0.85}
	if text := flatText(StatsText(none, quiz.Builtin(), 100, st)); !strings.Contains(text, "Nothing is due today.") ||
		!strings.Contains(text, "desired 85%") || strings.Contains(text, "to change") {
		t.Errorf("nothing yet:\n%s", text)
	}
}

func TestStatsTextLeeches(t *testing.T) {
	s := quiz.Stats{Reviews: 9, DesiredRetention: 0.9, LeechAfter: 6, Leeches: []quiz.Leech{
		{ID: "401", Code: 401, Answers: 9, Wrong: 7, Versus: "403"}, {ID: "420-twitter", Code: 420, Answers: 6, Wrong: 6},
	}}
	text := flatText(StatsText(s, quiz.Builtin(), 100, PrintStyles()))
	for _, want := range []string{"Leeches: missed 6 times or more", "401 Unauthorized", "missed 7 of 9 · drilled against 403 Forbidden",
		"420 Enhance Your Calm", "missed 6 of 6"} {
		if !strings.Contains(text, want) {
			t.Errorf("lacks %q:\n%s", want, text)
		}
	}
}

func flatText(s string) string { return strings.Join(strings.Fields(ansi.Strip(s)), " ") }

// A leech is marked on its card, with the code it is drilled against; a
// card just missed shows no recall it has not earned.
func TestCardRecordLeech(t *testing.T) {
	o := testOptions()
	f := newFake(o.Params)
	for i := range 6 {
		if _, err := f.Record(quiz.Answer{CardID: "404", Kind: quiz.Meaning, At: testNow.Add(time.Duration(i-10) * time.Minute)}); err != nil {
			t.Fatal(err)
		}
	}
	hs := newHarness(t, withProgress(o, f, ""), 120, 40)
	card := flatText(Card(data.ByID("404"), 80, PrintStyles(), CardExtras{Record: hs.m.c.cardRecord("404")}))
	if !strings.Contains(card, "Your record 6 answers, 0% right · learning · ") ||
		!strings.Contains(card, "a leech: missed 6 times, drilled against 410 Gone") || strings.Contains(card, "recall now") {
		t.Errorf("the card of 404, missed six times a moment ago:\n%s", card)
	}
	line := recordLine(CardRecord{Answers: 8, Correct: 3, Mastery: "young", Recall: 0.93, Leech: true})
	if !strings.Contains(line, "recall now 93%") || !strings.Contains(line, "a leech: missed 5 times") || strings.Contains(line, "against") {
		t.Errorf("record line %q", line)
	}
	if line := recordLine(CardRecord{Answers: 1, Correct: 1, Mastery: "young", Recall: 0.9}); !strings.HasPrefix(line, "1 answer,") ||
		strings.Contains(line, "leech") {
		t.Errorf("record line %q", line)
	}
}

// The header says why a question is back or different: a repeat of a
// miss, and the drill of a leech.
func TestQuizHeaderTags(t *testing.T) {
	o := quizOpts(quiz.Meaning, 3)
	hs := newHarness(t, o, 100, 30)
	hs.requireContains("3 left")
	hs.requireLacks("to repeat")
	hs.keys(hs.wrongChoice())
	hs.requireContains("3 left · 1 to repeat")
	r := hs.currentRun()
	for r.sess.Current() != nil && !r.sess.Current().Again {
		if r.phase == phaseFeedback {
			hs.keys("enter")
			continue
		}
		hs.keys(hs.rightChoice())
	}
	hs.requireContains("Quiz · meaning · essential · repeat", "1 left · 1 to repeat")

	// 404, missed six times: a weakest quiz drills it against 410.
	o = testOptions()
	f := newFake(o.Params)
	for i := range 6 {
		if _, err := f.Record(quiz.Answer{CardID: "404", Kind: quiz.Meaning, At: testNow.Add(time.Duration(i-10) * time.Minute)}); err != nil {
			t.Fatal(err)
		}
	}
	o = withProgress(o, f, "")
	o.Start, o.Quiz = QuizScreen, &quiz.Config{Kind: quiz.Mix, Scope: quiz.ScopeWeakest, Count: 1, Seed: 1}
	hs = newHarness(t, o, 100, 30)
	hs.requireContains("leech: against 410", "410 Gone")
}

// In a review, a card back for its learning step is tagged so, not
// "repeat".
func TestReviewLearningStepTag(t *testing.T) {
	hs := newHarness(t, testOptions(), 100, 30)
	hs.keys("r")
	r := hs.currentRun()
	hs.answerWrong()
	hs.requireContains("again in 1 min · 10 left · 1 to repeat")
	for r.sess.Current() != nil && !r.sess.Current().Again {
		if r.phase == phaseFeedback {
			hs.keys("enter")
			continue
		}
		hs.answerWrong()
	}
	hs.requireContains("· learning step")
	hs.requireLacks("· repeat")
	if q := r.sess.Current(); q.Step != time.Minute {
		t.Errorf("the card came back with step %v, want its first learning step, 1 min (%v)", q.Step, fsrs.Default().LearningSteps)
	}
}

// answerWrong answers the current question wrongly: a wrong option, or a
// code that is not the answer.
func (hs *harness) answerWrong() {
	hs.tb.Helper()
	if q := hs.currentRun().sess.Current(); q.Kind == quiz.Recall {
		hs.typeText("599").keys("enter")
		return
	}
	hs.keys(hs.wrongChoice())
}
