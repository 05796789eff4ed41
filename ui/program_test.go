package ui_test

import (
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"httpcodes/quiz"
	"httpcodes/quiz/fsrs"
	"httpcodes/ui"
)

// Whole-program tests: the real Bubble Tea runtime, its renderer and the
// commands run in the background, driven by key presses.

func programOptions() ui.Options {
	p := fsrs.Default()
	p.Location = time.UTC
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	return ui.Options{
		OpenProgress: func() (quiz.Progress, string, error) { return quiz.NewMemory(p), "", nil },
		Now:          func() time.Time { return now },
		Params:       p,
		Seed:         7,
	}
}

// screenHas is a teatest.WaitFor condition: the screen, as a terminal
// shows the renderer's output, contains every part.
func (v *vterm) screenHas(parts ...string) func([]byte) bool {
	fed := 0
	return func(b []byte) bool {
		_, _ = v.Write(b[fed:])
		fed = len(b)
		s := v.String()
		for _, p := range parts {
			if !strings.Contains(s, p) {
				return false
			}
		}
		return true
	}
}

// patience bounds each wait. It is generous because the race detector on
// a busy two-core machine can slow the program tenfold; a passing wait
// returns as soon as the screen matches.
const patience = 30 * time.Second

func waitScreen(t *testing.T, tm *teatest.TestModel, v *vterm, parts ...string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), v.screenHas(parts...),
		teatest.WithDuration(patience), teatest.WithCheckInterval(10*time.Millisecond))
	if v.err != nil {
		t.Fatal(v.err)
	}
}

func finalModel(t *testing.T, tm *teatest.TestModel) ui.Model {
	t.Helper()
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(patience))
	m, ok := fm.(ui.Model)
	if !ok {
		t.Fatalf("final model is %T", fm)
	}
	t.Cleanup(func() { _ = m.Close() })
	return m
}

func TestProgramGoToCodeAndQuit(t *testing.T) {
	tm := teatest.NewTestModel(t, ui.New(programOptions()), teatest.WithInitialTermSize(80, 24))
	v := newVterm(80, 24)
	waitScreen(t, tm, v, "httpcodes", "▌ 100 Continue", "1xx Informational")
	tm.Type("404")
	waitScreen(t, tm, v, "▌ 404 Not Found", "go to 404")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitScreen(t, tm, v, "404  Not Found", "What it means", "esc back")
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	m := finalModel(t, tm)
	view := m.View()
	if !view.AltScreen || view.MouseMode != tea.MouseModeCellMotion {
		t.Fatal("the view does not ask for the alt screen and the mouse")
	}
	if !strings.Contains(view.Content, "Nothing lives at this address") {
		t.Fatalf("final view:\n%s", view.Content)
	}
	// The terminal shows exactly the final view.
	rest, _ := io.ReadAll(tm.Output())
	_, _ = v.Write(rest)
	var want []string
	for _, l := range strings.Split(ansi.Strip(view.Content), "\n") {
		want = append(want, strings.TrimRight(l, " "))
	}
	if got := v.String(); got != strings.Join(want, "\n") {
		t.Fatalf("the terminal shows:\n%s\n\nthe final view is:\n%s", got, strings.Join(want, "\n"))
	}
}

func TestProgramCtrlCQuitsWhileFiltering(t *testing.T) {
	tm := teatest.NewTestModel(t, ui.New(programOptions()), teatest.WithInitialTermSize(80, 24))
	v := newVterm(80, 24)
	waitScreen(t, tm, v, "▌ 100 Continue")
	tm.Type("/teapot q")
	waitScreen(t, tm, v, "/ teapot q")
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	finalModel(t, tm)
}

// TestProgramWholeQuiz answers a whole quiz through the terminal. The right
// options come from the same session rebuilt here: the same Config and an
// empty learner (a fresh store) give the same questions and options.
func TestProgramWholeQuiz(t *testing.T) {
	cfg := quiz.Config{Kind: quiz.Meaning, Count: 3, Seed: 1}
	o := programOptions()
	o.Start = ui.QuizScreen
	o.Quiz = &cfg
	sess, _, err := quiz.NewSession(cfg, quiz.Learner{Misses: map[string]quiz.Miss{}, ByKind: map[quiz.Kind]quiz.Miss{}, FirstTime: true})
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, ui.New(o), teatest.WithInitialTermSize(80, 24))
	v := newVterm(80, 24)
	for n := 1; !sess.Done(); n++ {
		q := sess.Current()
		progress := strconv.Itoa(4-n) + " left"
		waitScreen(t, tm, v, "Quiz · meaning", progress, q.Prompt, q.Options[q.Answer].Label)
		key := rune('1' + q.Answer)
		right := "✓ Right: " + strconv.Itoa(q.Entry.Code) + " " + q.Entry.Title() + "."
		// A key pressed before the session's record exists is kept and
		// replayed once it does: one press is enough.
		tm.Send(tea.KeyPressMsg{Code: key, Text: string(key)})
		waitScreen(t, tm, v, right)
		if res := sess.Answer(q.Answer, false, 0); !res.Correct {
			t.Fatalf("question %d: option %d is not the answer", n, q.Answer)
		}
		sess.Next()
		tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	}
	waitScreen(t, tm, v, "Quiz complete", "Score 3/3 (100%)", "Nothing missed.", "n new quiz")
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	m := finalModel(t, tm)
	if c := m.View().Content; !strings.Contains(c, "Score 3/3") {
		t.Fatalf("final view:\n%s", c)
	}
}
