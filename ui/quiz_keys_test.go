package ui

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"httpcodes/quiz"
)

// The quiz, review and stats screens' keys.

func TestQuizSetupFields(t *testing.T) {
	hs := newHarness(t, testOptions(), 100, 30)
	hs.keys("t")
	if (hs.m.active != setupScreen) || hs.m.quiz.run != nil {
		t.Fatal("t did not show the quiz setup")
	}
	hs.requireContains("New quiz", "› Kind   ‹ mix ›", "Scope", "essential", "Count", "10", "enter starts the quiz")
	field := func() int { return int(hs.m.setup.field) }
	for _, step := range []struct {
		key   string
		field int
	}{
		{"down", 1}, {"j", 2}, {"down", 0}, {"up", 2}, {"k", 1}, {"tab", 2}, {"tab", 0}, {"shift+tab", 2},
	} {
		hs.keys(step.key)
		if field() != step.field {
			t.Fatalf("%s: field %d, want %d", step.key, field(), step.field)
		}
	}
	hs.requireContains("› Count  ‹ 10 ›")
}

func TestQuizSetupChange(t *testing.T) {
	hs := newHarness(t, testOptions(), 100, 30)
	hs.keys("t")
	su := func() *setup { return hs.m.setup }
	// Kind: mix is last; right wraps to the first kind.
	hs.keys("right")
	if k := su().kinds[su().kind]; k != quiz.Kinds()[0] {
		t.Fatalf("right on mix: kind %s, want %s", k, quiz.Kinds()[0])
	}
	hs.requireContains("‹ " + string(quiz.Kinds()[0]) + " ›")
	hs.keys("l")
	if k := su().kinds[su().kind]; k != quiz.Kinds()[1] {
		t.Fatalf("l: kind %s, want %s", k, quiz.Kinds()[1])
	}
	hs.keys("h", "left")
	if k := su().kinds[su().kind]; k != quiz.Mix {
		t.Fatalf("h, left: kind %s, want mix", k)
	}
	// Scope.
	hs.keys("down", "right")
	if sc := su().scopes[su().scope]; sc != quiz.Scopes()[1] {
		t.Fatalf("right on scope: %s, want %s", sc, quiz.Scopes()[1])
	}
	hs.requireContains("‹ " + string(quiz.Scopes()[1]) + " ›")
	hs.keys("left")
	// Count.
	hs.keys("down", "right")
	if c := su().counts[su().count]; c != 20 {
		t.Fatalf("right on count: %d, want 20", c)
	}
	hs.keys("left", "left")
	if c := su().counts[su().count]; c != 5 {
		t.Fatalf("left, left on count: %d, want 5", c)
	}
	hs.requireContains("‹ 5 ›", "questions")
	// Start: kind meaning, scope essential, 5 questions.
	hs.keys("up", "up", "right", "enter")
	r := hs.m.quiz.run
	if r == nil || (hs.m.active == setupScreen) {
		t.Fatal("enter did not start the quiz")
	}
	if r.cfg.Kind != quiz.Meaning || r.cfg.Scope != quiz.ScopeEssential || r.cfg.Count != 5 || r.cfg.Seed != testSeed {
		t.Fatalf("the quiz started with %+v", r.cfg)
	}
	if !r.started {
		t.Fatal("the session record was not started")
	}
	hs.requireContains("Quiz · meaning · essential", "5 left", "What does")
}

func TestQuizSetupKeysLeaveOthersToRoot(t *testing.T) {
	hs := newHarness(t, testOptions(), 100, 30)
	hs.keys("t", "s")
	if hs.tab() != StatsScreen {
		t.Fatal("s on the setup did not switch to stats")
	}
	hs.keys("t", "esc")
	if hs.tab() != BrowseScreen {
		t.Fatal("esc on the setup did not go back to browse")
	}
}

func TestQuizAnswerWithDigits(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 3), 80, 24)
	hs.requireContains("Quiz · meaning", "3 left", "What does")
	r := hs.currentRun()
	q := r.sess.Current()
	hs.keys(hs.rightChoice())
	if r.phase != phaseFeedback || !r.result.Correct {
		t.Fatalf("phase %d, correct %v after the right digit", r.phase, r.result.Correct)
	}
	hs.requireContains("✓ Right: "+itoa(q.Entry.Code)+" "+q.Entry.Title(), "Why:", "enter continue")
	// The answer was committed to the store and is known to the learner.
	if m := hs.m.c.learner.misses[q.Entry.ID()]; m.Answers != 1 || m.Wrong != 0 {
		t.Fatalf("recorded %+v for %s", m, q.Entry.ID())
	}
	if _, ok := hs.m.c.learner.cards[q.Entry.ID()]; !ok {
		t.Fatal("no card state after the answer")
	}
	// Keys that are no answers do nothing in the feedback.
	hs.keys("3")
	if r.sess.Current() != q {
		t.Fatal("a digit in the feedback moved on")
	}
	hs.keys("enter")
	if r.phase != phaseAsking {
		t.Fatalf("enter did not continue: phase %d", r.phase)
	}
	hs.requireContains("2 left")
}

func TestQuizAnswerWithLetters(t *testing.T) {
	for i, letter := range []string{"a", "b", "c", "d"} {
		hs := newHarness(t, quizOpts(quiz.Meaning, 3), 80, 24)
		r := hs.currentRun()
		q := r.sess.Current()
		hs.keys(letter)
		if r.phase != phaseFeedback || r.cursor != i {
			t.Fatalf("%s: phase %d, cursor %d", letter, r.phase, r.cursor)
		}
		if r.result.Correct != (q.Answer == i) {
			t.Fatalf("%s: correct %v, answer is option %d", letter, r.result.Correct, q.Answer)
		}
		if hs.tab() != QuizScreen {
			t.Fatalf("%s left the quiz", letter)
		}
	}
}

func TestQuizAnswerOutOfRange(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 3), 80, 24)
	for _, k := range []string{"5", "e"} {
		hs.keys(k)
		if r := hs.currentRun(); r.phase != phaseAsking {
			t.Fatalf("%s answered a four-option question", k)
		}
		hs.requireContains("Choose 1–4.")
	}
}

func TestQuizArrowsAndEnter(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 3), 80, 24)
	r := hs.currentRun()
	q := r.sess.Current()
	hs.keys("down", "j")
	if r.cursor != 2 {
		t.Fatalf("down, j: cursor %d, want 2", r.cursor)
	}
	hs.requireContains("› 3 " + q.Options[2].Label)
	hs.keys("up", "k", "k") // wraps to the last option
	if r.cursor != 3 {
		t.Fatalf("up, k, k: cursor %d, want 3", r.cursor)
	}
	hs.keys("down") // wraps to the first
	if r.cursor != 0 {
		t.Fatalf("down from the last: cursor %d, want 0", r.cursor)
	}
	for range q.Answer {
		hs.keys("down")
	}
	hs.keys("enter")
	if r.phase != phaseFeedback || !r.result.Correct {
		t.Fatalf("enter on the right option: phase %d, correct %v", r.phase, r.result.Correct)
	}
	hs.requireContains("✓ ")
}

func TestQuizWrongAnswerFeedback(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 3), 80, 24)
	r := hs.currentRun()
	q := r.sess.Current()
	hs.keys(hs.wrongChoice())
	if r.result.Correct {
		t.Fatal("the wrong choice was right")
	}
	hs.requireContains("✗ Not quite. The answer is "+itoa(q.Entry.Code)+" "+q.Entry.Title(), "✗ ", "✓ ", "Your pick:")
	if m := hs.m.c.learner.misses[q.Entry.ID()]; m.Answers != 1 || m.Wrong != 1 {
		t.Fatalf("recorded %+v for a wrong answer", m)
	}
}

func TestQuizHint(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 3), 80, 24)
	r := hs.currentRun()
	q := r.sess.Current()
	hs.requireLacks("Hint:")
	hs.keys("h")
	if !r.hint {
		t.Fatal("h did not reveal the hint")
	}
	first, _, _ := strings.Cut(q.Hint, " ")
	hs.requireContains("Hint: " + first)
	hs.keys(hs.rightChoice())
	if !r.result.Hint {
		t.Fatal("the answer was not marked as hinted")
	}
	hs.requireContains("✓ Right, with a hint:")
	hs.keys("space") // continue with space too
	if r.phase != phaseAsking || r.hint {
		t.Fatalf("space: phase %d, hint %v; want the next question without its hint", r.phase, r.hint)
	}
	hs.requireLacks("Hint:")
}

func TestQuizHelpKeyIsHelpNotHint(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 3), 80, 24)
	hs.keys("?")
	if !hs.m.showHelp || hs.currentRun().hint {
		t.Fatal("? should open the help during a question")
	}
	hs.requireContains("hint", "answer", "Keys")
}

func TestQuizEscLeavesAndTComesBack(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 3), 80, 24)
	q := hs.currentRun().sess.Current()
	hs.keys("esc")
	if hs.tab() != BrowseScreen {
		t.Fatal("esc did not leave the quiz")
	}
	hs.keys("t")
	if hs.tab() != QuizScreen || hs.currentRun().sess.Current() != q {
		t.Fatal("t did not come back to the same question")
	}
	hs.requireContains("3 left")
}

func TestQuizKeysWhileSaving(t *testing.T) {
	// An answer waits for its record: keys meanwhile do nothing.
	hs := newHarness(t, quizOpts(quiz.Meaning, 3), 80, 24)
	nm, cmd := hs.m.Update(keyMsg(hs.rightChoice()))
	hs.m = nm.(Model)
	r := hs.currentRun()
	if r.phase != phaseSaving || cmd == nil {
		t.Fatalf("phase %d after an answer, want saving with a record command", r.phase)
	}
	hs.requireContains("Saving…")
	hs.keys("enter", "2")
	if r.phase != phaseSaving {
		t.Fatal("keys acted while saving")
	}
	hs.run(cmd)
	if r.phase != phaseFeedback {
		t.Fatalf("phase %d after the record, want feedback", r.phase)
	}
}

func TestRecallTyping(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Recall, 3), 80, 24)
	r := hs.currentRun()
	q := r.sess.Current()
	if q.Kind != quiz.Recall {
		t.Fatalf("kind %s", q.Kind)
	}
	hs.requireContains("Code:", "0-9 type the code", "enter answer")
	// Letters are refused, with a note.
	hs.typeText("x")
	if r.input.Value() != "" {
		t.Fatalf("a letter was typed: %q", r.input.Value())
	}
	hs.requireContains("Digits only")
	// Fewer than three digits are refused.
	hs.typeText("40").keys("enter")
	if r.phase != phaseAsking {
		t.Fatal("two digits were taken as an answer")
	}
	hs.requireContains("three digits")
	// No more than three digits.
	hs.keys("backspace", "backspace")
	hs.typeText(itoa(q.Entry.Code) + "9")
	if got := r.input.Value(); got != itoa(q.Entry.Code) {
		t.Fatalf("input %q, want %d", got, q.Entry.Code)
	}
	hs.requireContains("Code: " + itoa(q.Entry.Code))
	hs.keys("enter")
	if r.phase != phaseFeedback || !r.result.Correct {
		t.Fatalf("the right code: phase %d, correct %v", r.phase, r.result.Correct)
	}
	hs.requireContains("✓ Right")
	hs.keys("enter")
	if r.phase != phaseAsking || r.input.Value() != "" || !r.input.Focused() {
		t.Fatalf("next recall question: phase %d, input %q focused %v", r.phase, r.input.Value(), r.input.Focused())
	}
	// A wrong code.
	q = r.sess.Current()
	wrong := "599"
	if q.Entry.Code == 599 {
		wrong = "404"
	}
	hs.typeText(wrong).keys("enter")
	if r.result.Correct {
		t.Fatal("a wrong code was right")
	}
	hs.requireContains("Code: "+wrong, "Not quite")
}

func TestRecallLettersAreNotScreenKeys(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Recall, 3), 80, 24)
	hs.typeText("bsrtvh")
	if hs.tab() != QuizScreen || hs.currentRun().input.Value() != "" {
		t.Fatalf("letters in a recall answer: screen %d, input %q", hs.tab(), hs.currentRun().input.Value())
	}
	hs.keys("esc")
	if hs.tab() != BrowseScreen {
		t.Fatal("esc did not leave a recall question")
	}
}

func TestQuizSummaryPracticeAndNew(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 3), 100, 30)
	first := hs.currentRun().sess.Current().Entry
	hs.answerAll(1)
	r := hs.currentRun()
	if r.phase != phaseSummary {
		t.Fatal("no summary")
	}
	hs.requireContains("Quiz complete", "Score 2/3 (67%)", "1 asked again", "Missed", itoa(first.Code)+" "+first.Title(),
		"p practise the missed ones", "n new quiz", "b back to browse")
	// p practises exactly the missed code.
	hs.keys("p")
	pr := hs.currentRun()
	if pr == r || pr.cfg.Scope != "missed" || pr.cfg.Count != 1 {
		t.Fatalf("p: run %+v", pr.cfg)
	}
	if got := pr.sess.Current().Entry; got != first {
		t.Fatalf("practice asks %s, want %s", got.ID(), first.ID())
	}
	hs.requireContains("missed", "1 left")
	hs.answerAll()
	hs.requireContains("Score 1/1 (100%)", "Nothing missed.")
	hs.requireLacks("p practise")
	hs.keys("p")
	hs.requireContains("Nothing was missed: no practice needed.")
	// n goes to the setup.
	hs.keys("n")
	if hs.m.active != setupScreen {
		t.Fatal("n did not open the setup")
	}
	// The form starts from the last quiz's choices.
	hs.requireContains("New quiz", "‹ meaning ›", "essential")
}

func TestQuizSummaryEnterAndB(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 3), 100, 30)
	hs.answerAll()
	hs.requireContains("Score 3/3 (100%)", "Nothing missed.")
	hs.keys("enter")
	if hs.m.active != setupScreen {
		t.Fatal("enter on the summary did not open the setup")
	}
	hs.keys("esc", "t", "b")
	if hs.tab() != BrowseScreen {
		t.Fatal("b on the setup did not go to browse")
	}
}

func TestQuizBDuringQuestionAnswers(t *testing.T) {
	// b is "browse" but also answer b: during a question it answers.
	hs := newHarness(t, quizOpts(quiz.Meaning, 3), 80, 24)
	hs.keys("b")
	if r := hs.currentRun(); hs.tab() != QuizScreen || r.phase != phaseFeedback || r.cursor != 1 {
		t.Fatal("b during a question should answer the second option")
	}
	hs.keys("b")
	if hs.tab() != BrowseScreen {
		t.Fatal("b in the feedback should go to browse")
	}
}

func TestQuizFeedbackScroll(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.ScenarioKind, 3), 40, 12)
	hs.keys(hs.wrongChoice())
	r := hs.currentRun()
	if r.body.TotalLineCount() <= r.body.Height() {
		t.Fatal("the feedback fits: nothing to scroll (make the window smaller)")
	}
	for _, k := range []string{"ctrl+d", "j", "pgdown", "G"} {
		hs.keys("g", k)
		if r.body.YOffset() == 0 {
			t.Fatalf("%s did not scroll the feedback", k)
		}
	}
	hs.send(tea.MouseWheelMsg{X: 5, Y: 5, Button: tea.MouseWheelUp})
	hs.keys("g")
	hs.send(tea.MouseWheelMsg{X: 5, Y: 5, Button: tea.MouseWheelDown})
	if r.body.YOffset() != 3 {
		t.Fatalf("wheel in the feedback: offset %d, want 3", r.body.YOffset())
	}
}

func TestReviewNothingDue(t *testing.T) {
	hs := newHarness(t, nothingDueOptions(), 80, 24)
	hs.keys("r")
	if !hs.m.review.empty || hs.tab() != ReviewScreen {
		t.Fatal("the review is not empty")
	}
	hs.requireContains("Review", "Nothing is due right now.", "Next card due in 3 days (Fri 27 Nov 09:00).")
	hs.keys("esc")
	if hs.tab() != BrowseScreen {
		t.Fatal("esc did not leave the review")
	}
}

func TestReviewAnswers(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.keys("r")
	r := hs.currentRun()
	if r == nil || r.mode != quiz.ModeReview || r.plan.New != 10 {
		t.Fatalf("review: %+v", r)
	}
	hs.requireContains("Review · ", "today: 0 due + 10 new", "10 left")
	q := r.sess.Current()
	if q.Kind == quiz.Recall {
		hs.typeText(itoa(q.Entry.Code)).keys("enter")
	} else {
		hs.keys(hs.rightChoice())
	}
	if !r.result.Correct {
		t.Fatal("the right answer was wrong")
	}
	// A new card answered right goes to its second learning step, 10
	// minutes: it comes back later in the review, and the header says so.
	hs.requireContains("again in 10 min · 10 left · 1 to repeat")
	hs.keys("enter")
	hs.requireContains("10 left · 1 to repeat")
	hs.requireLacks("again in")
	if hs.m.c.learner.misses[q.Entry.ID()].Answers != 1 {
		t.Fatal("the review answer was not recorded")
	}
}

func TestStatsAfterAnswers(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 3), 100, 40)
	hs.answerAll(2)
	hs.keys("s")
	hs.requireContains("Today", "answers, ", "Mastery by class", "Accuracy by question kind", "meaning", "Weakest codes")
	if hs.m.stats.stats == nil || hs.m.stats.stats.Reviews < 3 {
		t.Fatalf("stats: %+v", hs.m.stats.stats)
	}
}

func TestStatsScroll(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 3), 80, 12)
	hs.answerAll(1)
	hs.keys("s")
	v := &hs.m.stats.body
	if v.TotalLineCount() <= v.Height() {
		t.Fatal("the stats fit in 10 lines: nothing to scroll")
	}
	top := hs.plain()
	for _, k := range []string{"j", "down", "pgdown", "ctrl+f", "ctrl+d", "J", "G", "end", "space"} {
		hs.keys("g", k)
		if v.YOffset() == 0 {
			t.Fatalf("%s did not scroll the stats", k)
		}
	}
	for _, k := range []string{"k", "up", "pgup", "ctrl+b", "ctrl+u", "K", "g", "home"} {
		hs.keys("G")
		bottom := v.YOffset()
		hs.keys(k)
		if v.YOffset() >= bottom {
			t.Fatalf("%s did not scroll the stats up", k)
		}
	}
	hs.keys("G", "k")
	if v.YOffset() != v.TotalLineCount()-v.Height()-1 {
		t.Fatalf("k from the bottom: offset %d", v.YOffset())
	}
	hs.keys("home")
	if v.YOffset() != 0 || hs.plain() != top {
		t.Fatal("home did not go back to the top")
	}
	hs.send(tea.MouseWheelMsg{X: 5, Y: 5, Button: tea.MouseWheelDown})
	if v.YOffset() != 3 {
		t.Fatalf("wheel over the stats: offset %d, want 3", v.YOffset())
	}
}

func TestStatsEscAndScreens(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.keys("s", "esc")
	if hs.tab() != BrowseScreen {
		t.Fatal("esc on the stats did not go back to browse")
	}
	hs.keys("s", "r")
	if hs.tab() != ReviewScreen {
		t.Fatal("r on the stats did not open the review")
	}
}

func TestHintKeyIsNotHelpKey(t *testing.T) {
	km := DefaultKeyMap()
	for _, k := range km.Hint.Keys() {
		for _, h := range km.Help.Keys() {
			if k == h {
				t.Fatalf("hint and help share the key %q: one of them can never act during a question", k)
			}
		}
	}
	if km.Hint.Help().Key != "h" {
		t.Fatalf("the hint's help says %q", km.Hint.Help().Key)
	}
}

// TestQuizTallQuestionFollows: on a screen too short for a scenario and
// its options, moving the cursor brings the highlighted option into view,
// h brings the hint into view, and the page keys scroll.
func TestQuizTallQuestionFollows(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.ScenarioKind, 3), 40, 12)
	r := hs.currentRun()
	q := r.sess.Current()
	if r.body.TotalLineCount() <= r.body.Height()+3 {
		t.Fatalf("the question (%d lines) fits on the screen (%d); the test needs one that does not",
			r.body.TotalLineCount(), r.body.Height())
	}
	last := q.Options[len(q.Options)-1].Label
	for range len(q.Options) - 1 {
		hs.keys("down")
	}
	if r.cursor != len(q.Options)-1 {
		t.Fatalf("cursor %d", r.cursor)
	}
	word, _, _ := strings.Cut(last, " ")
	hs.requireContains("› " + strconv.Itoa(len(q.Options)) + " " + word)
	hs.keys("h")
	hs.requireContains("Hint:")
	hs.keys("home")
	if r.body.YOffset() != 0 {
		t.Fatalf("home: offset %d, want 0", r.body.YOffset())
	}
	hs.keys("pgdown")
	if r.body.YOffset() == 0 {
		t.Fatal("pgdown did not scroll the question")
	}
	if r.phase != phaseAsking {
		t.Fatal("a scrolling key answered the question")
	}
}

// TestQuizSetupNoteClears: the complaint about choices that cannot make a
// quiz goes as soon as a choice changes, and the setup stays up meanwhile.
func TestQuizSetupNoteClears(t *testing.T) {
	hs := newHarness(t, testOptions(), 100, 30)
	hs.keys("t")
	su := hs.m.setup
	for su.kinds[su.kind] != quiz.Pair {
		hs.keys("right")
	}
	hs.keys("down")
	for su.scopes[su.scope] != quiz.ScopeVendor {
		hs.keys("right")
	}
	hs.keys("enter")
	if hs.m.quiz.run != nil || (hs.m.active != setupScreen) {
		t.Fatal("pair questions on vendor codes started a quiz")
	}
	note := hs.note()
	if note == "" || note[0] < 'A' || note[0] > 'Z' {
		t.Fatalf("note %q: want a sentence saying why", note)
	}
	hs.keys("right")
	if hs.note() != "" {
		t.Fatalf("the note stayed after the scope changed: %q", hs.note())
	}
}

// TestQuizTAfterSummaryIsNewQuiz: back in browse after a finished quiz, t
// sets up a new one (with the last choices); an unfinished quiz resumes.
func TestQuizTAfterSummaryIsNewQuiz(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 3), 100, 30)
	hs.answerAll()
	hs.keys("b")
	if hs.tab() != BrowseScreen {
		t.Fatal("b on the summary did not go to browse")
	}
	hs.keys("t")
	if hs.tab() != QuizScreen || (hs.m.active != setupScreen) {
		t.Fatal("t after a finished quiz did not open the setup")
	}
	hs.requireContains("New quiz", "‹ meaning ›")
	hs.keys("enter")
	if r := hs.currentRun(); r == nil || r.phase != phaseAsking {
		t.Fatal("enter did not start the new quiz")
	}
	hs.keys("esc", "t")
	if hs.m.active == setupScreen {
		t.Fatal("t during an unfinished quiz opened the setup instead of resuming")
	}
}

// TestQuizWantedButImpossible: a quiz asked for on the command line that
// cannot be made opens the setup with those very choices, and says why.
func TestQuizWantedButImpossible(t *testing.T) {
	o := quizOpts(quiz.Pair, 5)
	o.Quiz.Scope = quiz.ScopeVendor
	hs := newHarness(t, o, 100, 30)
	if hs.m.quiz.run != nil || (hs.m.active != setupScreen) {
		t.Fatal("an impossible quiz did not leave the setup up")
	}
	hs.requireContains("‹ pair ›", "Scope    vendor", "No code in scope vendor")
	if hs.note() == "" {
		t.Error("no word on why the quiz did not start")
	}
}

// TestQuizClockStopsAway: time spent on other screens in the middle of a
// quiz counts neither towards the answer's time nor the session's.
func TestQuizClockStopsAway(t *testing.T) {
	o := quizOpts(quiz.Meaning, 1)
	clock := testNow
	o.Now = func() time.Time { return clock }
	hs := newHarness(t, o, 100, 30)
	clock = clock.Add(4 * time.Second)
	hs.keys("esc") // to browse, the question unanswered
	if hs.tab() != BrowseScreen {
		t.Fatal("esc did not leave the quiz")
	}
	clock = clock.Add(10 * time.Minute)
	hs.keys("t")
	clock = clock.Add(3 * time.Second)
	hs.keys(hs.rightChoice())
	r := hs.currentRun()
	if r.result.Elapsed != 7*time.Second {
		t.Errorf("answer took %v, want 7s (the 10 minutes away left out)", r.result.Elapsed)
	}
	hs.keys("enter")
	if r.phase != phaseSummary || r.summary.Took != 7*time.Second {
		t.Errorf("session took %v, want 7s", r.summary.Took)
	}
}

// TestQuizHintDimsRuledOut: once the hint is shown, the options it rules
// out are drawn faint, under the cursor too; the others are not.
func TestQuizHintDimsRuledOut(t *testing.T) {
	for _, k := range []quiz.Kind{quiz.CodeOf, quiz.ScenarioKind} {
		t.Run(string(k), func(t *testing.T) { testHintDims(t, k) })
	}
}

func testHintDims(t *testing.T, k quiz.Kind) {
	hs := newHarness(t, quizOpts(k, 10), 100, 30)
	r := hs.currentRun()
	for r.sess.Current() != nil && len(r.sess.Current().RuledOut) == 0 {
		hs.keys(hs.rightChoice(), "enter")
	}
	q := r.sess.Current()
	if q == nil {
		t.Fatal("no question in the quiz has options the hint rules out")
	}
	faint := hs.m.c.styles.Faint
	dimmed := func() []int {
		var faintOnes []int
		for i, o := range q.Options {
			// "404 Not Found": the code is drawn apart; look for the rest.
			tail := o.Label
			if k != quiz.CodeOf {
				tail = strings.TrimPrefix(o.Label, strconv.Itoa(o.Entry.Code))
			}
			if strings.Contains(hs.view(), faint.Render(tail)) {
				faintOnes = append(faintOnes, i)
			}
		}
		return faintOnes
	}
	if n := dimmed(); len(n) != 0 {
		t.Fatalf("options %v faint before the hint", n)
	}
	hs.keys("h")
	// Wherever the cursor is, on a ruled-out option or not.
	for c := range q.Options {
		for range len(q.Options) {
			if r.cursor != c {
				hs.keys("down")
			}
		}
		if r.cursor != c {
			t.Fatalf("cursor on %d, want %d", r.cursor, c)
		}
		if got := dimmed(); !slices.Equal(got, q.RuledOut) {
			t.Errorf("cursor on %d: options %v faint after the hint, want %v", c, got, q.RuledOut)
		}
	}
}

// TestQuizAbandon: n leaves a quiz under way for the setup of a new one,
// which starts on its first field; t then sets up, it does not resume.
func TestQuizAbandon(t *testing.T) {
	hs := newHarness(t, quizOpts(quiz.Meaning, 5), 100, 30)
	hs.keys(hs.rightChoice(), "enter")
	hs.keys("n")
	if hs.m.active != setupScreen || hs.m.quiz.run != nil {
		t.Fatalf("n during a question: screen %d, run %v", hs.m.active, hs.m.quiz.run)
	}
	if hs.m.setup.field != fieldKind {
		t.Errorf("the setup starts on field %d, want the kind", hs.m.setup.field)
	}
	hs.requireContains("New quiz", "› Kind")
	hs.keys("esc", "t")
	if hs.m.active != setupScreen {
		t.Error("t after an abandoned quiz resumed something")
	}
	misses, _ := hs.fake().Misses()
	if len(misses) != 1 {
		t.Errorf("the answer given before leaving: %v", misses)
	}
}
