package ui

import (
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"httpcodes/quiz"
	"httpcodes/quiz/fsrs"
)

// testNow is the fixed clock of every test.
var testNow = time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)

const testSeed = 7

func testParams() fsrs.Params {
	p := fsrs.Default()
	p.Location = time.UTC
	return p
}

// fakeProgress is the tests' progress: quiz.Memory, which schedules and
// counts as the SQLite store does, reporting that it saves (as a store on
// disk does), and failing every call once fail is set.
type fakeProgress struct {
	*quiz.Memory
	saved bool
	fail  error
}

func newFake(p fsrs.Params) *fakeProgress {
	return &fakeProgress{Memory: quiz.NewMemory(p), saved: true}
}

func (f *fakeProgress) Saved() bool { return f.saved }

func (f *fakeProgress) Record(a quiz.Answer) (fsrs.Card, error) {
	if f.fail != nil {
		return fsrs.Card{}, f.fail
	}
	return f.Memory.Record(a)
}

func (f *fakeProgress) StartSession(info quiz.SessionInfo) (int64, error) {
	if f.fail != nil {
		return 0, f.fail
	}
	return f.Memory.StartSession(info)
}

func (f *fakeProgress) EndSession(id int64, ended time.Time, correct, total int) error {
	if f.fail != nil {
		return f.fail
	}
	return f.Memory.EndSession(id, ended, correct, total)
}

func (f *fakeProgress) Cards() (map[string]fsrs.Card, error) {
	if f.fail != nil {
		return nil, f.fail
	}
	return f.Memory.Cards()
}

func (f *fakeProgress) Misses() (map[string]quiz.Miss, error) {
	if f.fail != nil {
		return nil, f.fail
	}
	return f.Memory.Misses()
}

func (f *fakeProgress) KindMisses() (map[quiz.Kind]quiz.Miss, error) {
	if f.fail != nil {
		return nil, f.fail
	}
	return f.Memory.KindMisses()
}

func (f *fakeProgress) IntroducedToday(now time.Time) (int, error) {
	if f.fail != nil {
		return 0, f.fail
	}
	return f.Memory.IntroducedToday(now)
}

func (f *fakeProgress) Queued() ([]string, error) {
	if f.fail != nil {
		return nil, f.fail
	}
	return f.Memory.Queued()
}

func (f *fakeProgress) Stats(now time.Time, q quiz.StatsQuery) (quiz.Stats, error) {
	if f.fail != nil {
		return quiz.Stats{}, f.fail
	}
	return f.Memory.Stats(now, q)
}

// withProgress are options whose progress is p, with a notice.
func withProgress(o Options, p quiz.Progress, notice string) Options {
	o.OpenProgress = func() (quiz.Progress, string, error) { return p, notice, nil }
	return o
}

// testOptions are deterministic Options: a fresh progress, a fixed clock,
// fixed scheduler parameters and a fixed seed.
func testOptions() Options {
	p := testParams()
	return Options{
		OpenProgress: func() (quiz.Progress, string, error) { return newFake(p), "", nil },
		Now:          func() time.Time { return testNow },
		Params:       p,
		Seed:         testSeed,
	}
}

// harness drives a Model the way the runtime does: it sends a message to
// Update, runs the command it returns and feeds the resulting messages back,
// synchronously and in order.
type harness struct {
	tb     testing.TB
	m      Model
	quit   bool      // a tea.Quit came back
	timers []tea.Cmd // tea.Tick commands, not run: they wait in real time
	depth  int
}

// newHarness builds the model, runs Init (which opens the store) and sends
// the window size.
func newHarness(tb testing.TB, opts Options, w, h int) *harness {
	tb.Helper()
	hs := &harness{tb: tb, m: New(opts)}
	tb.Cleanup(func() { _ = hs.m.Close() })
	hs.run(hs.m.Init())
	if w > 0 || h > 0 {
		hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	}
	return hs
}

// send delivers one message and runs what it returns.
func (hs *harness) send(msgs ...tea.Msg) *harness {
	hs.tb.Helper()
	for _, msg := range msgs {
		nm, cmd := hs.m.Update(msg)
		m, ok := nm.(Model)
		if !ok {
			hs.tb.Fatalf("Update returned %T, want ui.Model", nm)
		}
		hs.m = m
		hs.run(cmd)
	}
	return hs
}

// run runs a command and feeds what it sends back into Update.
func (hs *harness) run(cmd tea.Cmd) {
	hs.tb.Helper()
	if cmd == nil {
		return
	}
	hs.depth++
	defer func() { hs.depth-- }()
	if hs.depth > 20 {
		hs.tb.Fatalf("commands keep producing commands")
	}
	if isTimer(cmd) {
		hs.timers = append(hs.timers, cmd)
		return
	}
	hs.feed(cmd())
}

// isTimer reports whether cmd is a tea.Tick or tea.Every (or a cursor
// blink): those block for real time, so the harness keeps them aside.
func isTimer(cmd tea.Cmd) bool {
	name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
	for _, t := range []string{"bubbletea/v2.Tick.", "bubbletea/v2.Every.", "cursor.(*Model).Blink."} {
		if strings.Contains(name, t) {
			return true
		}
	}
	return false
}

var cmdType = reflect.TypeFor[tea.Cmd]()

func (hs *harness) feed(msg tea.Msg) {
	hs.tb.Helper()
	switch msg := msg.(type) {
	case nil:
		return
	case tea.QuitMsg:
		hs.quit = true
		return
	case tea.BatchMsg:
		for _, c := range msg {
			hs.run(c)
		}
		return
	}
	t := reflect.TypeOf(msg)
	// tea.Sequence's message is unexported: a slice of commands, run in order.
	if t.Kind() == reflect.Slice && t.Elem() == cmdType {
		v := reflect.ValueOf(msg)
		for i := range v.Len() {
			hs.run(v.Index(i).Interface().(tea.Cmd))
		}
		return
	}
	// The runtime's own requests (background colour, window size …) are
	// handled by the Program, never by the model.
	if t.PkgPath() == "charm.land/bubbletea/v2" && !exported(t.Name()) {
		return
	}
	hs.send(msg)
}

func exported(name string) bool { return name != "" && name[0] >= 'A' && name[0] <= 'Z' }

// keyMsg turns a key name as key.Binding knows it into a key press.
func keyMsg(k string) tea.KeyPressMsg {
	special := map[string]rune{
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "space": tea.KeySpace,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd,
		"backspace": tea.KeyBackspace,
	}
	if c, ok := special[k]; ok {
		msg := tea.KeyPressMsg{Code: c}
		if k == "space" {
			msg.Text = " "
		}
		return msg
	}
	if rest, ok := strings.CutPrefix(k, "ctrl+"); ok {
		return tea.KeyPressMsg{Code: []rune(rest)[0], Mod: tea.ModCtrl}
	}
	if rest, ok := strings.CutPrefix(k, "shift+"); ok && rest == "tab" {
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	}
	r := []rune(k)
	if len(r) != 1 {
		panic("keyMsg: unknown key " + k)
	}
	msg := tea.KeyPressMsg{Code: r[0], Text: k}
	if r[0] >= 'A' && r[0] <= 'Z' {
		msg.Code = r[0] + 'a' - 'A'
		msg.ShiftedCode = r[0]
		msg.Mod = tea.ModShift
	}
	return msg
}

// keys presses each key in turn.
func (hs *harness) keys(ks ...string) *harness {
	hs.tb.Helper()
	for _, k := range ks {
		hs.send(keyMsg(k))
	}
	return hs
}

// typeText types each character of s.
func (hs *harness) typeText(s string) *harness {
	hs.tb.Helper()
	for _, r := range s {
		hs.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return hs
}

// view is the model's content, with its styles.
func (hs *harness) view() string { return hs.m.View().Content }

// plain is the model's content without styles.
func (hs *harness) plain() string { return ansi.Strip(hs.view()) }

func (hs *harness) requireContains(parts ...string) {
	hs.tb.Helper()
	v := hs.plain()
	for _, p := range parts {
		if !strings.Contains(v, p) {
			hs.tb.Fatalf("view lacks %q:\n%s", p, v)
		}
	}
}

func (hs *harness) requireLacks(parts ...string) {
	hs.tb.Helper()
	v := hs.plain()
	for _, p := range parts {
		if strings.Contains(v, p) {
			hs.tb.Fatalf("view has %q but should not:\n%s", p, v)
		}
	}
}

// selectedCode is the code under the browse cursor (0 when none).
func (hs *harness) selectedCode() int {
	if e := hs.m.browse.selected(); e != nil {
		return e.Code
	}
	return 0
}

// requireSize checks that content is exactly h lines, none wider than w.
func requireSize(tb testing.TB, content string, w, h int) {
	tb.Helper()
	lines := strings.Split(content, "\n")
	if len(lines) != h {
		tb.Fatalf("%d×%d: view has %d lines, want %d", w, h, len(lines), h)
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			tb.Fatalf("%d×%d: line %d is %d cells wide: %q", w, h, i, lw, ansi.Strip(l))
		}
	}
}

// currentRun is the run of the active quiz or review screen.
func (hs *harness) currentRun() *run {
	switch hs.m.active {
	case QuizScreen:
		return hs.m.quiz.run
	case ReviewScreen:
		return hs.m.review.run
	}
	return nil
}

// tab is the tab of the screen shown.
func (hs *harness) tab() Screen { return tab(hs.m.active) }

// note is the status bar's note.
func (hs *harness) note() string {
	if hs.m.note != "" {
		return hs.m.note
	}
	return hs.m.screen(hs.m.active).status()
}

// fake is the progress the model was given.
func (hs *harness) fake() *fakeProgress { return hs.m.c.progress.(*fakeProgress) }

// rightChoice is the key that answers the current question rightly.
func (hs *harness) rightChoice() string {
	hs.tb.Helper()
	r := hs.currentRun()
	if r == nil || r.sess.Current() == nil {
		hs.tb.Fatal("no question on screen")
	}
	q := r.sess.Current()
	if q.Kind == quiz.Recall {
		hs.tb.Fatal("a recall question has no choice")
	}
	return string(rune('1' + q.Answer))
}

// wrongChoice is a key that answers the current question wrongly.
func (hs *harness) wrongChoice() string {
	hs.tb.Helper()
	q := hs.currentRun().sess.Current()
	return string(rune('1' + (q.Answer+1)%len(q.Options)))
}

// quizOpts are options that start a quiz of one kind at once.
func quizOpts(kind quiz.Kind, count int) Options {
	o := testOptions()
	o.Start = QuizScreen
	o.Quiz = &quiz.Config{Kind: kind, Count: count, Seed: 1}
	return o
}

// nothingDueOptions open a store where today's new cards were all answered a
// moment ago: a review then has nothing due and no new card to introduce.
func nothingDueOptions() Options {
	o := testOptions()
	p := o.Params
	o.OpenProgress = func() (quiz.Progress, string, error) {
		f := newFake(p)
		f.saved = false // as a progress kept in memory
		for _, id := range []string{"200", "201", "204", "301", "302", "304", "400", "401", "403", "404"} {
			// Answered rightly three times this morning: out of the
			// learning steps, due on a later day.
			for _, ago := range []time.Duration{3 * time.Hour, 2 * time.Hour, time.Hour} {
				a := quiz.Answer{CardID: id, Kind: quiz.Meaning, Correct: true, At: testNow.Add(-ago)}
				if _, err := f.Record(a); err != nil {
					return nil, "", err
				}
			}
		}
		return f, "", nil
	}
	return o
}

// answerAll answers every question of the run on screen, rightly except
// for the questions whose numbers (1-based, in asking order) are in wrong,
// and stops at the summary.
func (hs *harness) answerAll(wrong ...int) {
	hs.tb.Helper()
	for n := 1; n < 100; n++ {
		r := hs.currentRun()
		if r == nil {
			hs.tb.Fatal("no run on screen")
		}
		if r.phase == phaseSummary {
			return
		}
		if r.phase != phaseAsking {
			hs.tb.Fatalf("question %d: phase %d, want asking", n, r.phase)
		}
		q := r.sess.Current()
		bad := false
		for _, w := range wrong {
			bad = bad || w == n
		}
		switch {
		case q.Kind == quiz.Recall && bad:
			hs.typeText("599").keys("enter")
			if q.Entry.Code == 599 {
				hs.tb.Fatal("599 is the answer")
			}
		case q.Kind == quiz.Recall:
			hs.typeText(itoa(q.Entry.Code)).keys("enter")
		case bad:
			hs.keys(hs.wrongChoice())
		default:
			hs.keys(hs.rightChoice())
		}
		if r.phase != phaseFeedback {
			hs.tb.Fatalf("question %d: phase %d after the answer, want feedback", n, r.phase)
		}
		if r.result.Correct == bad {
			hs.tb.Fatalf("question %d: correct %v, want %v", n, r.result.Correct, !bad)
		}
		hs.keys("enter")
	}
	hs.tb.Fatal("the run never ends")
}
