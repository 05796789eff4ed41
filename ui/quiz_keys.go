package ui

// The keys of a run: choosing an option, the recall input, the hint,
// scrolling, and the help bar's keys of each phase.

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"httpcodes/quiz"
)

// keyPress handles a key while the run is on screen; used is false when
// the root should handle it.
func (r *run) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	km := r.c.keys
	switch r.phase {
	case phaseAsking:
		if !r.started {
			// The session's record is a moment away: keep the key and
			// replay it when the record exists.
			r.pending = append(r.pending, msg)
			return nil, true
		}
		return r.askingKey(msg)
	case phaseSaving:
		return nil, true
	case phaseFeedback:
		if key.Matches(msg, km.Continue) {
			return r.next(), true
		}
	}
	return nil, r.scroll(msg)
}

func (r *run) askingKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	km := r.c.keys
	q := r.sess.Current()
	if q == nil {
		return nil, false
	}
	elapsed := r.c.now().Sub(r.shown)
	if key.Matches(msg, km.Hint) && !r.hint {
		r.hint = true
		r.follow = followHint
		r.layout()
		return nil, true
	}
	// A question taller than the screen scrolls (↑↓ move the cursor). While
	// a code is typed, only the keys that type nothing scroll.
	if key.Matches(msg, km.PageUp, km.PageDown, km.Top, km.Bottom, km.ScrollUp, km.ScrollDown) &&
		(q.Kind != quiz.Recall || msg.Text == "") {
		return nil, r.scroll(msg)
	}
	if q.Kind == quiz.Recall {
		return r.recallKey(msg, elapsed)
	}
	n := len(q.Options)
	switch {
	case key.Matches(msg, km.Up):
		r.cursor = (r.cursor + n - 1) % n
		r.follow = followCursor
	case key.Matches(msg, km.Down):
		r.cursor = (r.cursor + 1) % n
		r.follow = followCursor
	case key.Matches(msg, km.Submit):
		return r.answer(r.sess.Answer(r.cursor, r.hint, elapsed)), true
	case key.Matches(msg, km.Choose):
		i := choiceIndex(msg.String())
		if i < 0 || i >= n {
			r.note = "Choose 1–" + itoa(n) + "."
			return nil, true
		}
		r.cursor = i
		return r.answer(r.sess.Answer(i, r.hint, elapsed)), true
	default:
		return nil, false
	}
	r.layout()
	return nil, true
}

// recallKey types into the recall input: three digits, then enter.
func (r *run) recallKey(msg tea.KeyPressMsg, elapsed time.Duration) (tea.Cmd, bool) {
	km := r.c.keys
	switch {
	case key.Matches(msg, km.Submit):
		if v := strings.TrimSpace(r.input.Value()); len(v) != 3 {
			r.note = "A status code has three digits, e.g. 404."
			return nil, true
		}
		return r.answer(r.sess.AnswerText(r.input.Value(), r.hint, elapsed)), true
	case key.Matches(msg, km.Back, km.ForceQuit, km.Help):
		return nil, false // the root's: leave, quit, the help
	case msg.Text != "" && !key.Matches(msg, km.Jump):
		if key.Matches(msg, km.Quit) {
			return nil, false
		}
		r.note = "Digits only: type the code, e.g. 404."
		return nil, true
	}
	r.note = ""
	var cmd tea.Cmd
	r.input, cmd = r.input.Update(msg)
	r.layout() // the input is drawn into the body: show what was typed
	return cmd, true
}

// choiceIndex maps "1"…"5" and "a"…"e" to 0…4, else -1.
func choiceIndex(k string) int {
	if len(k) != 1 {
		return -1
	}
	switch c := k[0]; {
	case c >= '1' && c <= '9':
		return int(c - '1')
	case c >= 'a' && c <= 'e':
		return int(c - 'a')
	}
	return -1
}

// scroll moves the body for a scrolling key; it reports whether the key
// was one.
func (r *run) scroll(msg tea.KeyPressMsg) bool {
	return scrollViewport(&r.body, msg, r.c.keys)
}

// scrollViewport moves v for a scrolling key; it reports whether the key
// was one.
func scrollViewport(v *viewport.Model, msg tea.KeyPressMsg, km KeyMap) bool {
	switch {
	case key.Matches(msg, km.Up):
		v.ScrollUp(1)
	case key.Matches(msg, km.Down):
		v.ScrollDown(1)
	case key.Matches(msg, km.PageUp):
		v.PageUp()
	case key.Matches(msg, km.PageDown):
		v.PageDown()
	case key.Matches(msg, km.ScrollUp):
		v.HalfPageUp()
	case key.Matches(msg, km.ScrollDown):
		v.HalfPageDown()
	case key.Matches(msg, km.Top):
		v.GotoTop()
	case key.Matches(msg, km.Bottom):
		v.GotoBottom()
	default:
		return false
	}
	return true
}

// wheel scrolls a viewport with the mouse wheel.
func wheel(v *viewport.Model, msg tea.MouseMsg) {
	w, ok := msg.(tea.MouseWheelMsg)
	if !ok {
		return
	}
	switch w.Button {
	case tea.MouseWheelDown:
		v.ScrollDown(wheelStep)
	case tea.MouseWheelUp:
		v.ScrollUp(wheelStep)
	}
}

func (r *run) mouse(msg tea.MouseMsg) { wheel(&r.body, msg) }

func (r *run) view() string { return withScrollbar(&r.body, r.width, r.c.styles) }

// helpKeys are the keys of the run's phase.
func (r *run) helpKeys() helpKeys {
	km := r.c.keys
	general := []key.Binding{km.Back, km.Help, km.Quit}
	// The footer says answers are saved only while they are.
	leave := km.helpLeave
	if r.c.saving && r.c.lastSaveErr == nil {
		leave = km.helpLeaveSaved
	}
	var more []key.Binding // scrolling, when the body is taller than the screen and not at its end
	if scrolls(&r.body) && !r.body.AtBottom() {
		more = []key.Binding{km.helpScrollD}
	}
	// A quiz under way can be left for a new one.
	leaving := []key.Binding{leave, km.Help, km.Quit}
	if r.mode == quiz.ModeQuiz {
		leaving = []key.Binding{leave, km.helpAbandon, km.Help, km.Quit}
	}
	switch r.phase {
	case phaseAsking:
		// Letters answer here: the screen keys (b is option b) do not
		// apply until the answer is given.
		q := r.sess.Current()
		if q != nil && q.Kind == quiz.Recall {
			return helpKeys{
				short:     append(append([]key.Binding{km.helpDigits, km.Submit, km.Hint}, more...), leave, km.Help, km.Quit),
				full:      [][]key.Binding{{km.helpDigits, km.Submit, km.Hint}, leaving},
				noScreens: true,
			}
		}
		choose := km.helpChoose[4]
		if q != nil && len(q.Options) >= 2 && len(q.Options) < len(km.helpChoose) {
			choose = km.helpChoose[len(q.Options)]
		}
		return helpKeys{
			short: append(append([]key.Binding{choose, km.Hint}, more...), km.helpMove, km.Submit, leave, km.Help, km.Quit),
			full: [][]key.Binding{{choose, km.Up, km.Down, km.Submit, km.Hint, km.helpScrollD, km.helpScrollU},
				leaving, {km.Review, km.Stats}}, // b and t are answers or this screen
			noScreens: true,
		}
	case phaseFeedback:
		return helpKeys{
			short: append(append([]key.Binding{km.Continue}, more...), leave, km.Help, km.Quit),
			full:  [][]key.Binding{{km.Continue, km.helpScrollD, km.helpScrollU}, append(leaving, km.Browse)},
		}
	case phaseSaving:
		return helpKeys{short: general, full: [][]key.Binding{general}}
	}
	// The summary.
	short := []key.Binding{km.Browse, km.Help, km.Quit}
	if r.mode == quiz.ModeQuiz {
		short = []key.Binding{km.NewQuiz, km.Browse, km.Help, km.Quit}
		if len(r.summary.Missed) > 0 { // as the summary offers it
			short = append([]key.Binding{km.Practice}, short...)
		}
	}
	return helpKeys{short: short, full: [][]key.Binding{short, {km.helpScrollD, km.helpScrollU}}}
}
