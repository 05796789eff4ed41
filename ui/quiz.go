package ui

import (
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"httpcodes/quiz"
)

// The quiz screen asks a quiz and ends on its summary; the questions,
// their answers (options or the recall input), the hint and the feedback
// are a run, which the review screen uses too.

// quizScreen is the quiz screen: the current quiz's run.
type quizScreen struct {
	c   *common
	run *run // the current quiz; nil before the first
	// width, height are the screen's size, for the runs it makes.
	width, height int
}

// quizStartedMsg: a quiz started with these choices (the setup keeps them
// for the next).
type quizStartedMsg struct{ cfg quiz.Config }

func newQuizScreen(c *common) *quizScreen { return &quizScreen{c: c} }

// unfinished reports whether a quiz is under way (not at its summary).
func (q *quizScreen) unfinished() bool { return q.run != nil && q.run.phase != phaseSummary }

// start builds a quiz and starts its record. A reproducible quiz ignores
// the learner's history (except in the weakest scope, which is made of it).
// Choices that cannot make a quiz go back to the setup, with why.
func (q *quizScreen) start(cfg quiz.Config, reproducible bool) tea.Cmd {
	l := q.c.quizLearner()
	if reproducible && cfg.Scope != quiz.ScopeWeakest {
		l = quiz.Learner{FirstTime: true}
	}
	sess, notices, err := q.c.opts.Bank.NewSession(cfg, l)
	if err != nil {
		return func() tea.Msg { return quizRefusedMsg{cfg: cfg, why: err.Error()} }
	}
	r := newRun(q.c, quiz.ModeQuiz, sess.Config(), sess, q.width, q.height)
	r.notices = notices
	r.layout() // the notices go above the first question
	q.run = r
	started := sess.Config()
	return tea.Batch(r.startSessionCmd(), r.focus(), func() tea.Msg { return quizStartedMsg{cfg: started} })
}

// practice starts a quiz on exactly the codes the last one missed.
func (q *quizScreen) practice() tea.Cmd {
	prev := q.run
	missed := prev.sess.Missed()
	if len(missed) == 0 {
		prev.note = "Nothing was missed: no practice needed."
		return nil
	}
	sess, err := prev.sess.Practice(prev.cfg.Kind, q.c.seed())
	if err != nil {
		prev.note = errorSentence(err.Error())
		return nil
	}
	cfg := prev.cfg
	cfg.Scope, cfg.Count = quiz.ScopeMissed, len(missed)
	q.run = newRun(q.c, quiz.ModeQuiz, cfg, sess, q.width, q.height)
	return tea.Batch(q.run.startSessionCmd(), q.run.focus())
}

func (q *quizScreen) update(msg tea.Msg) tea.Cmd {
	if q.run == nil {
		return nil
	}
	return q.run.update(msg)
}

func (q *quizScreen) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	r, km := q.run, q.c.keys
	if r == nil {
		return nil, false
	}
	switch {
	case r.phase == phaseSummary && key.Matches(msg, km.Practice):
		return q.practice(), true
	case r.phase == phaseSummary && key.Matches(msg, km.NewQuiz, km.Continue):
		// A new quiz, set up with the choices of the last.
		return switchTo(setupScreen), true
	case (r.phase == phaseAsking || r.phase == phaseFeedback) && key.Matches(msg, km.NewQuiz):
		return q.abandon(), true
	}
	return r.keyPress(msg)
}

// abandon leaves the quiz under way for the setup of a new one. The
// answers given so far are saved already; the session's record ends with
// them (a quiz cut short never counts among the best).
func (q *quizScreen) abandon() tea.Cmd {
	r := q.run
	r.summary = r.sess.Summary(q.c.now().Sub(r.begin))
	q.run = nil
	return tea.Batch(r.endSessionCmd(), switchTo(setupScreen))
}

func (q *quizScreen) mouse(msg tea.MouseMsg) tea.Cmd {
	if q.run != nil {
		q.run.mouse(msg)
	}
	return nil
}

func (q *quizScreen) setSize(w, h int) {
	q.width, q.height = w, h
	if q.run != nil {
		q.run.setSize(w, h)
	}
}

func (q *quizScreen) setStyles() {
	if q.run != nil {
		q.run.setStyles()
	}
}

func (q *quizScreen) view() string {
	if q.run == nil {
		return ""
	}
	return q.run.view()
}

func (q *quizScreen) status() string {
	if q.run == nil {
		return ""
	}
	return q.run.note
}

func (q *quizScreen) helpKeys() helpKeys {
	if q.run == nil {
		km := q.c.keys
		general := []key.Binding{km.Back, km.Help, km.Quit}
		return helpKeys{short: general, full: [][]key.Binding{general}}
	}
	return q.run.helpKeys()
}

func (q *quizScreen) enter() tea.Cmd {
	if q.run != nil {
		q.run.resume()
	}
	return nil
}

func (q *quizScreen) leave() {
	if q.run != nil {
		q.run.pause()
	}
}

func (q *quizScreen) saving() bool { return q.run != nil && q.run.phase == phaseSaving }

// phase is where a run is.
type phase int

const (
	phaseAsking   phase = iota
	phaseSaving         // answered; waiting for the answer to be committed
	phaseFeedback       // right or wrong, and why
	phaseSummary        // the end of the session
)

// run is one quiz or review session on screen.
type run struct {
	c         *common
	mode      quiz.Mode
	cfg       quiz.Config
	sess      *quiz.Session
	sessionID int64
	started   bool // the session's record exists (or there is no store)
	phase     phase
	notices   []string
	note      string // a one-line message for the status bar

	begin   time.Time // when the session started (moved on by time away)
	shown   time.Time // when the current question appeared (likewise)
	leftAt  time.Time // when the learner went to another screen; zero while here
	hint    bool      // the hint is revealed for the current question
	cursor  int       // the highlighted option
	input   textinput.Model
	result  quiz.Result
	saveErr error
	summary quiz.Summary
	plan    quiz.ReviewPlan // a review's plan

	width, height int
	body          viewport.Model // the question or summary, scrollable when tall

	pending []tea.KeyPressMsg // keys typed before the session's record existed

	laidPhase phase // what the body was last laid out for
	laidQ     *quiz.Question

	// Where the highlighted option, the hint and an answer's verdict (to
	// the end of its why) are in the body (first and last line), and which
	// of the first two the next layout brings into view.
	cursorLines, hintLines, verdictLines [2]int
	follow                               follow
}

// follow is what a layout of the body scrolls into view.
type follow int

const (
	followNone   follow = iota
	followCursor        // the highlighted option, after the cursor moved
	followHint          // the hint, just revealed
)

// Messages of a run's commands.
type (
	sessionStartedMsg struct {
		run *run
		id  int64
		err error
	}
	sessionEndedMsg struct {
		run *run
		err error
	}
)

func newRun(c *common, mode quiz.Mode, cfg quiz.Config, sess *quiz.Session, w, h int) *run {
	now := c.now()
	r := &run{c: c, mode: mode, cfg: cfg, sess: sess, begin: now, shown: now, body: viewport.New(), width: w, height: h}
	r.input = textinput.New()
	r.input.Prompt = "Code: "
	r.input.Placeholder = "3 digits"
	r.input.CharLimit = 3
	r.input.SetWidth(lipgloss.Width(r.input.Placeholder)) // the whole placeholder
	r.input.SetStyles(inputStyles(c.styles))
	r.body.SetWidth(w)
	r.body.SetHeight(h)
	if sess.Done() {
		r.phase = phaseSummary
		r.summary = sess.Summary(0)
	}
	r.layout()
	return r
}

func inputStyles(st *Styles) textinput.Styles {
	ts := textinput.DefaultStyles(st.IsDark)
	ts.Focused.Prompt = st.Accent
	ts.Cursor.Blink = false
	return ts
}

func (r *run) setStyles() {
	r.input.SetStyles(inputStyles(r.c.styles))
	r.layout() // the text was rendered in the old colours
}

func (r *run) setSize(w, h int) {
	r.width, r.height = w, h
	r.body.SetWidth(w)
	r.body.SetHeight(h)
	r.layout()
}

// focus focuses the recall input when the current question wants typing.
func (r *run) focus() tea.Cmd {
	if q := r.sess.Current(); q != nil && q.Kind == quiz.Recall && r.phase == phaseAsking {
		r.input.Reset()
		cmd := r.input.Focus()
		r.layout()
		return cmd
	}
	r.input.Blur()
	return nil
}

// pause stops the clock when another screen takes this one's place; resume
// moves it on by the time away, which counts neither towards the
// session's time nor towards the answer's.
func (r *run) pause() {
	if r.phase != phaseSummary && r.leftAt.IsZero() {
		r.leftAt = r.c.now()
	}
}

func (r *run) resume() {
	r.note = ""
	if !r.leftAt.IsZero() {
		away := r.c.now().Sub(r.leftAt)
		r.begin, r.shown, r.leftAt = r.begin.Add(away), r.shown.Add(away), time.Time{}
	}
}

// startSessionCmd starts the session's record.
func (r *run) startSessionCmd() tea.Cmd {
	p := r.c.progress
	if p == nil {
		r.started = true
		return nil
	}
	_, total := r.sess.Pos()
	kind := r.cfg.Kind
	if kind == "" {
		kind = quiz.Mix
	}
	info := quiz.SessionInfo{Mode: r.mode, Kind: kind, Scope: r.cfg.Scope, Planned: total, Seed: r.cfg.Seed, Started: r.begin}
	return func() tea.Msg {
		id, err := p.StartSession(info)
		return sessionStartedMsg{run: r, id: id, err: err}
	}
}

// endSessionCmd stores the session's score.
func (r *run) endSessionCmd() tea.Cmd {
	if r.c.progress == nil || r.sessionID == 0 {
		return nil
	}
	p, id, now, sum := r.c.progress, r.sessionID, r.c.now(), r.summary
	return func() tea.Msg {
		return sessionEndedMsg{run: r, err: p.EndSession(id, now, sum.Correct, sum.Total)}
	}
}

// update handles the messages of the run's own commands.
func (r *run) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case sessionStartedMsg:
		if msg.run != r {
			return nil
		}
		r.started = true
		r.sessionID = msg.id
		if msg.err != nil {
			r.note = "Could not start a session record: " + msg.err.Error()
		}
		var replay []tea.Cmd
		for _, k := range r.pending {
			replay = append(replay, func() tea.Msg { return k })
		}
		r.pending = nil
		return tea.Sequence(replay...)
	case answerSavedMsg:
		if msg.run != r {
			return nil
		}
		if msg.err == nil && r.mode == quiz.ModeReview {
			// Learning steps: a card still in them comes back later in
			// this session. (A quiz re-asks only what was missed.)
			r.sess.Reschedule(msg.card)
		}
		r.saveErr = msg.err
		if r.phase == phaseSaving {
			r.phase = phaseFeedback
			r.layout()
		}
	case sessionEndedMsg:
		if msg.run == r && msg.err != nil {
			r.saveErr = msg.err
			r.layout()
		}
	}
	return nil
}

// answer records the learner's answer: the feedback shows once the answer
// has been committed.
func (r *run) answer(res quiz.Result) tea.Cmd {
	if res.Invalid {
		if q := r.sess.Current(); q != nil && q.Kind == quiz.Recall {
			r.note = "Type the code in digits, e.g. 404."
		}
		return nil
	}
	r.note = ""
	r.result = res
	r.input.Blur()
	q := res.Question
	if r.c.progress == nil {
		r.phase = phaseFeedback
		r.layout()
		return nil
	}
	r.phase = phaseSaving
	r.layout() // the pick and "Saving…" until the answer is committed
	return r.c.recordCmd(r, quiz.Answer{
		SessionID: r.sessionID, CardID: q.CardID, Kind: q.Kind,
		Correct: res.Correct, Hint: res.Hint, Elapsed: res.Elapsed, At: r.c.now(),
	})
}

// next moves past the feedback to the next question or the summary.
func (r *run) next() tea.Cmd {
	r.sess.Next()
	r.hint, r.cursor, r.saveErr = false, 0, nil
	r.shown = r.c.now()
	if r.sess.Done() {
		r.phase = phaseSummary
		r.summary = r.sess.Summary(r.c.now().Sub(r.begin))
		r.layout()
		return r.endSessionCmd()
	}
	r.phase = phaseAsking
	cmd := r.focus() // before the layout: the input is drawn empty
	r.layout()
	return cmd
}

// switchScreenMsg asks the root to show another screen.
type switchScreenMsg struct{ screen Screen }

// switchTo is a command that asks the root to show another screen.
func switchTo(s Screen) tea.Cmd { return func() tea.Msg { return switchScreenMsg{screen: s} } }
