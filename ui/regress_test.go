package ui

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"httpcodes/quiz"
)

// Tests of behaviour a learner trying the app found wanting.

func TestProgressNotSavedBannerAndMarker(t *testing.T) {
	o := testOptions()
	p := o.Params
	const why = "Progress is not being saved: cannot write progress to /nowhere/at/all: mkdir /nowhere: permission denied."
	f := newFake(p)
	f.saved = false
	hs := newHarness(t, withProgress(o, f, why), 80, 24)
	// The whole notice shows under the tab bar, wrapped, not cut.
	if !strings.Contains(strings.Join(strings.Fields(hs.plain()), " "), why) {
		t.Fatalf("the notice is not shown whole:\n%s", hs.plain())
	}
	hs.requireContains("⚠ progress not saved")
	// The first key gives the room back; the marker stays.
	hs.keys("j")
	hs.requireLacks("/nowhere/at/all")
	hs.requireContains("⚠ progress not saved", "▌ 101 Switching Protocols")
	requireSize(t, hs.view(), 80, 24)
	// The quiz setup and the stats say it too.
	hs.keys("t")
	hs.requireContains("Progress is not being saved this time")
	hs.keys("esc", "s")
	hs.requireContains("progress is not being saved")
}

func TestNoMarkerWhenSaving(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.requireLacks("⚠", "not saved")
	hs.keys("t")
	hs.requireContains("Every answer is saved as you go")
}

func TestRecallInputEmptyForTheNextQuestion(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Recall, 3), 80, 24)
	hs.typeText("101")
	hs.keys("enter") // right or wrong, it is recorded
	hs.keys("enter") // the next question
	r := hs.currentRun()
	if r.phase != phaseAsking || r.sess.Current().Kind != quiz.Recall {
		t.Fatalf("not on the next recall question: phase %d", r.phase)
	}
	if v := r.input.Value(); v != "" {
		t.Fatalf("the input holds %q", v)
	}
	hs.requireLacks("Code: 101")
}

func TestDetailKeepsItsPlaceAsTheClockMoves(t *testing.T) {
	o := quizOpts(quiz.Meaning, 3)
	clock := testNow
	o.Now = func() time.Time { clock = clock.Add(7 * time.Second); return clock }
	hs := newHarness(t, o, 80, 24)
	hs.answerAll()
	hs.keys("b") // back to browse
	code := ""
	for id := range hs.m.c.learner.cards {
		if _, err := strconv.Atoi(id); err == nil && (code == "" || id < code) {
			code = id // a registry code just studied
		}
	}
	hs.typeText(code)
	hs.keys("enter", "ctrl+d")
	off := hs.m.browse.detail.YOffset()
	if off == 0 {
		t.Fatal("ctrl+d did not scroll the card")
	}
	if !strings.Contains(hs.m.browse.detail.GetContent(), "Your record") {
		t.Fatal("the card of a studied code has no record")
	}
	for range 3 { // time passes with every message: the record's recall changes a little
		hs.keys("j")
	}
	if got := hs.m.browse.detail.YOffset(); got <= off {
		t.Fatalf("the card went back to its top as the clock moved: offset %d after %d", got, off)
	}
}

func TestFilterSelectsTheBestMatchAsYouType(t *testing.T) {
	hs := newHarness(t, testOptions(), 120, 40)
	hs.typeText("404")
	hs.keys("/")
	hs.typeText("retry-after")
	if got := hs.selectedCode(); got != 429 && got != 503 {
		t.Fatalf("typing retry-after selected %d, want the best match", got)
	}
	first := hs.m.browse.rows[0].entry
	if hs.m.browse.selected() != first {
		t.Fatalf("selected %s, not the first match %s", hs.m.browse.selected().ID(), first.ID())
	}
}

func TestHidingVendorCodesOnAVendorCodeStaysNearby(t *testing.T) {
	hs := newHarness(t, testOptions(), 120, 40)
	hs.keys("G") // 599, a vendor code
	hs.keys("v")
	if got := hs.selectedCode(); got != 511 {
		t.Fatalf("hiding vendor codes on 599 selected %d, want 511", got)
	}
}

func TestKeysBeforeTheSessionRecordAreKept(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 2), 80, 24)
	r := hs.currentRun()
	r.started = false // as if the session's record were still being written
	hs.keys(hs.rightChoice())
	if r.phase != phaseAsking || len(r.pending) != 1 {
		t.Fatalf("the key was not kept: phase %d, %d pending", r.phase, len(r.pending))
	}
	hs.send(sessionStartedMsg{run: r, id: r.sessionID})
	if r.phase != phaseFeedback {
		t.Fatalf("the kept key was not replayed: phase %d", r.phase)
	}
	hs.requireContains("✓ Right")
}

func TestReviewSummarySaysWhatIsStillLearning(t *testing.T) {
	o := testOptions()
	o.Start = ReviewScreen
	hs := newHarness(t, o, 100, 30)
	for n := 0; n < 100; n++ {
		r := hs.currentRun()
		if r == nil || r.phase == phaseSummary {
			break
		}
		q := r.sess.Current()
		if q.Kind == quiz.Recall {
			hs.typeText("999") // wrong, so the code stays in its learning steps
		} else {
			hs.keys(hs.wrongChoice())
		}
		hs.keys("enter")
	}
	hs.requireContains("Review complete", "still in their learning steps")
}

func TestScoreNotSavedIsSaid(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 2), 100, 30)
	for i := 0; i < 2; i++ {
		hs.keys(hs.rightChoice())
		if i == 0 {
			hs.keys("enter")
		}
	}
	// The last answer is saved; the store then fails before the score is.
	hs.fake().fail = errors.New("database is closed")
	hs.keys("enter")
	hs.requireContains("Quiz complete", "The score could not be saved")
}

func TestUnreadableProgressIsSaid(t *testing.T) {
	o := testOptions()
	p := o.Params
	f := newFake(p)
	f.fail = errors.New("database is closed") // every read will fail
	hs := newHarness(t, withProgress(o, f, ""), 100, 30)
	hs.requireContains("earlier progress could not be read")
}

func TestReviewSeesAnotherTerminalsAnswers(t *testing.T) {
	hs := newHarness(t, testOptions(), 100, 30)
	// Another terminal studies ten codes a moment before: they reach the
	// progress, not the model.
	other := hs.fake().Memory
	ids := quiz.DeckIDs()[:10]
	for _, id := range ids {
		if _, err := other.Record(quiz.Answer{CardID: id, Kind: quiz.CodeOf, Correct: true, At: testNow.Add(-time.Minute)}); err != nil {
			t.Fatal(err)
		}
	}
	hs.keys("r")
	r := hs.currentRun()
	if r == nil {
		t.Fatal("no review")
	}
	// Those ten are in their learning steps, due within minutes: the review
	// asks them, and introduces no new code (today's ten are used up).
	if r.plan.Due != 10 || r.plan.New != 0 {
		t.Fatalf("review plan %+v; want the other terminal's 10 codes due and no new one", r.plan)
	}
}

func TestQuitWaitsForTheAnswerBeingSaved(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 2), 80, 24)
	// The answer, without running its command: it is on its way to the store.
	nm, save := hs.m.Update(keyMsg(hs.rightChoice()))
	hs.m = nm.(Model)
	if hs.currentRun().phase != phaseSaving || save == nil {
		t.Fatal("the answer is not being saved")
	}
	hs.send(keyMsg("ctrl+c"))
	if hs.quit {
		t.Fatal("quit while an answer was being saved")
	}
	hs.requireContains("Saving your answer")
	hs.run(save) // the store commits; then the program ends
	if !hs.quit {
		t.Fatal("did not quit once the answer was saved")
	}
	if n := hs.m.c.recorded; n != 1 {
		t.Fatalf("%d answers recorded, want 1", n)
	}
}

// TestQuitWhileTooSmallWaitsForTheAnswerBeingSaved: q on the "too small"
// screen waits for the answer as well.
func TestQuitWhileTooSmallWaitsForTheAnswerBeingSaved(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 2), 80, 24)
	nm, save := hs.m.Update(keyMsg(hs.rightChoice()))
	hs.m = nm.(Model)
	if save == nil {
		t.Fatal("the answer is not being saved")
	}
	hs.send(tea.WindowSizeMsg{Width: 20, Height: 5})
	if !hs.m.tooSmall {
		t.Fatal("20x5 is not too small")
	}
	hs.send(keyMsg("q"))
	if hs.quit {
		t.Fatal("quit while an answer was being saved")
	}
	hs.run(save)
	if !hs.quit || hs.m.c.recorded != 1 {
		t.Fatalf("after the save: quit %v, %d answers recorded; want quit and 1", hs.quit, hs.m.c.recorded)
	}
}

// TestLongNoticeIsWholeOrSaysWhere: a notice is shown whole under the tab
// bar where it fits, never cut mid-sentence; where it does not, its last
// line says where the whole of it is, and the full help has it.
func TestLongNoticeIsWholeOrSaysWhere(t *testing.T) {
	o := testOptions()
	why := strings.Repeat("Your progress file was damaged in a way that needs explaining at length. ", 6)
	hs := newHarness(t, withProgress(o, newFake(o.Params), why), 80, 30)
	if !strings.Contains(strings.Join(strings.Fields(hs.plain()), " "), strings.TrimSpace(why)) {
		t.Fatalf("the notice is not shown whole at 80×30:\n%s", hs.plain())
	}
	hs = newHarness(t, withProgress(o, newFake(o.Params), why), 60, 12)
	requireSize(t, hs.view(), 60, 12)
	hs.requireContains("… (? shows it all)")
	hs.keys("?")
	help := ansi.Strip(strings.Join(hs.m.full.lines, " "))
	if !strings.Contains(strings.Join(strings.Fields(help), " "), strings.TrimSpace(why)) {
		t.Fatalf("the full help lacks the whole notice:\n%s", help)
	}
}
