package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"httpcodes/quiz"
)

// screenCase puts the app on one screen (at 80×24, where every screen can
// be reached) and names the keys that are pressed there after a resize.
type screenCase struct {
	name string
	opts func() Options
	to   func(hs *harness)
	keys []string
}

var meaningQuiz = func() Options { return quizOpts(quiz.Meaning, 3) }

var screenCases = []screenCase{
	{"browse_list", testOptions, func(hs *harness) { hs.typeText("404") }, []string{"j", "k", "pgdown", "G", "g"}},
	{"browse_detail", testOptions, func(hs *harness) { hs.typeText("301").keys("enter") }, []string{"ctrl+d", "j", "G"}},
	{"filter", testOptions, func(hs *harness) { hs.keys("/").typeText("rate") }, []string{"space", "l", "backspace"}},
	{"help", testOptions, func(hs *harness) { hs.keys("?") }, []string{"j"}},
	{"quiz_setup", testOptions, func(hs *harness) { hs.keys("t") }, []string{"down", "right"}},
	{"quiz_question", meaningQuiz, nil, []string{"h", "down"}},
	{"quiz_recall", func() Options { return quizOpts(quiz.Recall, 3) }, nil, []string{"4", "0", "h"}},
	{"feedback", meaningQuiz, func(hs *harness) { hs.keys(hs.wrongChoice()) }, []string{"ctrl+d", "G"}},
	{"summary", meaningQuiz, func(hs *harness) { hs.answerAll(1) }, []string{"j", "G"}},
	{"review", testOptions, func(hs *harness) { hs.keys("r") }, []string{"h", "j"}},
	{"review_empty", nothingDueOptions, func(hs *harness) { hs.keys("r") }, []string{"j"}},
	{"stats", meaningQuiz, func(hs *harness) { hs.answerAll(2); hs.keys("s") }, []string{"ctrl+d", "G"}},
}

var testSizes = [][2]int{
	{1, 1}, {1, 2}, {2, 1}, {5, 5}, {29, 7}, {30, 7}, {29, 8}, {30, 8}, {31, 9}, {40, 10}, {60, 15},
	{80, 24}, {89, 30}, {90, 30}, {200, 60}, {300, 100},
}

// requireFits checks the size invariants of whatever is on screen.
func requireFits(tb testing.TB, hs *harness, w, h int) {
	tb.Helper()
	v := hs.view()
	requireSize(tb, v, w, h)
	small := w < minWidth || h < minHeight
	if small != hs.m.tooSmall {
		tb.Fatalf("%d×%d: tooSmall is %v", w, h, hs.m.tooSmall)
	}
	if small {
		// As much of the message as fits.
		want := ansi.Truncate("Terminal too small", w, "")
		if !strings.Contains(ansi.Strip(v), want) {
			tb.Fatalf("%d×%d: no %q in %q", w, h, want, ansi.Strip(v))
		}
	}
}

func TestNoPanicAtAnySize(t *testing.T) {
	for _, sc := range screenCases {
		for _, size := range testSizes {
			w, h := size[0], size[1]
			t.Run(sc.name+"/"+itoa(w)+"x"+itoa(h), func(t *testing.T) {
				hs := newHarness(t, sc.opts(), 80, 24)
				if sc.to != nil {
					sc.to(hs)
				}
				screen := hs.tab()
				hs.send(tea.WindowSizeMsg{Width: w, Height: h})
				requireFits(t, hs, w, h)
				hs.keys(sc.keys...)
				requireFits(t, hs, w, h)
				if hs.tab() != screen {
					t.Fatalf("the keys left the screen")
				}
				// And back: the screen survives the round trip.
				hs.send(tea.WindowSizeMsg{Width: 80, Height: 24})
				requireFits(t, hs, 80, 24)
			})
		}
	}
}

// TestStartAtEverySize builds the model at each size first, before any
// key: the first frames of a tiny terminal.
func TestStartAtEverySize(t *testing.T) {
	for _, start := range []Screen{BrowseScreen, QuizScreen, ReviewScreen, StatsScreen} {
		for _, size := range testSizes {
			w, h := size[0], size[1]
			o := testOptions()
			o.Start = start
			if start == QuizScreen {
				o.Quiz = &quiz.Config{Kind: quiz.Mix, Count: 5, Seed: 3}
			}
			hs := newHarness(t, o, w, h)
			requireFits(t, hs, w, h)
		}
	}
}

func TestViewBeforeFirstSize(t *testing.T) {
	hs := newHarness(t, testOptions(), 0, 0)
	if v := hs.view(); v != "" {
		t.Fatalf("view before the first size: %q", v)
	}
	hs.keys("j", "enter", "?", "t", "/") // no panic without a size
	hs.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	requireFits(t, hs, 80, 24)
}

// fuzzKeys are the events a fuzz byte picks from; the last two resize.
var fuzzKeys = []string{
	"j", "k", "up", "down", "left", "right", "enter", "esc", "tab", "shift+tab", "/", "?", "h", "space",
	"pgup", "pgdown", "g", "G", "home", "end", "ctrl+d", "ctrl+u", "v", "t", "r", "s", "b", "p", "n",
	"a", "c", "1", "2", "4", "0", "9", "x", "backspace",
	"wheel", "click", "big", "back",
}

func FuzzSizes(f *testing.F) {
	f.Add(uint16(80), uint16(24), []byte{})
	f.Add(uint16(1), uint16(1), []byte{0, 1, 6, 10, 11})
	f.Add(uint16(30), uint16(8), []byte{23, 6, 6, 31, 6, 32, 6})   // t, start, answers
	f.Add(uint16(45), uint16(9), []byte{40, 23, 6, 31, 41, 6, 13}) // big, quiz, back
	f.Add(uint16(200), uint16(60), []byte{10, 31, 30, 7, 6, 20, 38, 39})
	f.Add(uint16(31), uint16(40), []byte{25, 20, 20, 24, 38, 7})
	f.Fuzz(func(t *testing.T, w, h uint16, events []byte) {
		w, h = w%320+1, h%130+1
		if len(events) > 64 {
			events = events[:64]
		}
		hs := newHarness(t, testOptions(), int(w), int(h))
		requireFits(t, hs, int(w), int(h))
		cw, ch := int(w), int(h)
		for _, e := range events {
			switch k := fuzzKeys[int(e)%len(fuzzKeys)]; k {
			case "wheel":
				hs.send(tea.MouseWheelMsg{X: int(e) % max(cw, 1), Y: int(e) % max(ch, 1), Button: tea.MouseWheelDown})
			case "click":
				hs.send(tea.MouseClickMsg{X: int(e) % max(cw, 1), Y: int(e) % max(ch, 1), Button: tea.MouseLeft})
			case "big":
				cw, ch = 100, 30
				hs.send(tea.WindowSizeMsg{Width: cw, Height: ch})
			case "back":
				cw, ch = int(w), int(h)
				hs.send(tea.WindowSizeMsg{Width: cw, Height: ch})
			default:
				hs.keys(k)
			}
			requireFits(t, hs, cw, ch)
		}
	})
}

// TestFirstFrameWithKnownSize: with the size given in Options, the first
// frame, before any message, is the one a resize would give.
func TestFirstFrameWithKnownSize(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}, {20, 5}} {
		o := testOptions()
		o.Width, o.Height = size[0], size[1]
		first := New(o).View().Content
		requireSize(t, first, size[0], size[1])
		nm, _ := New(testOptions()).Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		if want := nm.(Model).View().Content; first != want {
			t.Fatalf("%v: the first frame differs from the resized one:\n%s\n---\n%s", size, first, want)
		}
	}
}
