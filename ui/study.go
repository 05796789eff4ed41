package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"httpcodes/data"
	"httpcodes/quiz"
	"httpcodes/quiz/fsrs"
	"httpcodes/quiz/store"
)

// study owns everything that needs the learner's progress: the quiz and
// review screens, the stats screen, and the progress store they share. The
// store is only touched in tea.Cmds; results come back as messages.
type study struct {
	opts   Options
	styles Styles

	store       *store.Store
	ready       bool // the store has been opened (or replaced by memory)
	saving      bool // the store keeps progress on disk (not in memory)
	storeNotice string
	banner      string // the notice, until the root has shown it
	cards       map[string]fsrs.Card
	misses      map[string]store.Miss
	kindMisses  map[string]store.Miss
	recorded    int  // answers recorded in this run of the app
	quitting    bool // quit once the answer being saved is saved

	setup  setup
	quiz   *run // the current quiz, nil before the first
	review *run // the current review

	stats     *store.Stats
	statsErr  error
	statsView viewport.Model

	width, height int
	note          string

	wantQuiz   *quiz.Config // a quiz asked for before the store was ready
	wantReview bool
}

type phase int

const (
	phaseAsking   phase = iota
	phaseSaving         // answered; waiting for the answer to be committed
	phaseFeedback       // right or wrong, and why
	phaseSummary        // the end of the session
	phaseEmpty          // review: nothing is due
)

// run is one quiz or review session on screen.
type run struct {
	mode      string // "quiz" or "review"
	cfg       quiz.Config
	sess      *quiz.Session
	sessionID int64
	started   bool // the session row exists (or there is no store)
	phase     phase
	notices   []string

	begin   time.Time // when the session started (moved on by time away)
	shown   time.Time // when the current question appeared (likewise)
	leftAt  time.Time // when the learner went to another screen; zero while here
	hint    bool      // the hint is revealed for the current question
	cursor  int       // the highlighted option
	input   textinput.Model
	result  quiz.Result
	saveErr error
	summary quiz.Summary
	plan    quiz.ReviewPlan

	body viewport.Model // the question or summary, scrollable when tall

	pending []tea.KeyPressMsg // keys typed before the session's record existed

	laidPhase phase // what the body was last laid out for
	laidQ     *quiz.Question

	// Where the highlighted option and the hint are in the body (first
	// and last line), and which of them the next layout brings into view.
	cursorLines, hintLines [2]int
	follow                 follow
}

// follow is what a layout of the body scrolls into view.
type follow int

const (
	followNone   follow = iota
	followCursor        // the highlighted option, after the cursor moved
	followHint          // the hint, just revealed
)

// Messages from the commands of study.
type (
	storeOpenedMsg struct {
		store      *store.Store
		saving     bool
		notice     string
		cards      map[string]fsrs.Card
		misses     map[string]store.Miss
		kindMisses map[string]store.Miss
	}
	sessionStartedMsg struct {
		run *run
		id  int64
		err error
	}
	sessionEndedMsg struct {
		run *run
		err error
	}
	recordedMsg struct {
		run  *run
		id   string
		card fsrs.Card
		err  error
	}
	statsMsg struct {
		stats store.Stats
		err   error
	}
	reviewReadyMsg struct {
		introduced int
		progress   progressMsg
		err        error
	}
	// progressMsg is the learner's progress as the store has it now:
	// another terminal may have studied meanwhile.
	progressMsg struct {
		seq        int // the study's record count when it was read
		cards      map[string]fsrs.Card
		misses     map[string]store.Miss
		kindMisses map[string]store.Miss
	}
)

func newStudy(opts Options, st Styles) *study {
	s := &study{opts: opts, styles: st, statsView: viewport.New()}
	s.setup = newSetup()
	if opts.Quiz != nil {
		cfg := *opts.Quiz
		s.wantQuiz = &cfg
	}
	if opts.Start == ReviewScreen {
		s.wantReview = true
	}
	return s
}

func (s *study) setStyles(st Styles) {
	s.styles = st
	for _, r := range []*run{s.quiz, s.review} {
		if r != nil {
			r.input.SetStyles(inputStyles(st))
			s.layoutRun(r) // the text was rendered in the old colours
		}
	}
	if s.stats != nil {
		s.renderStats()
	}
}

func inputStyles(st Styles) textinput.Styles {
	ts := textinput.DefaultStyles(st.IsDark)
	ts.Focused.Prompt = st.Accent
	ts.Cursor.Blink = false
	return ts
}

// open opens the progress store in the background and loads what the
// screens need from it. A store that cannot be opened is replaced by one in
// memory, with a notice: studying still works, progress is not kept.
func (s *study) open() tea.Cmd {
	opts := s.opts
	return func() tea.Msg {
		// Opening (and checking) the database takes CPU the first frame
		// should have: wait until it is on the screen.
		time.Sleep(opts.StoreDelay)
		st, notice, err := opts.OpenStore()
		saving := err == nil && st != nil && st.Path() != ""
		if err != nil || st == nil {
			mem, merr := store.OpenMemory(opts.Params)
			if merr != nil {
				return storeOpenedMsg{notice: "Progress is not being saved: " + merr.Error()}
			}
			st, notice = mem, strings.TrimSpace(notice+" Progress is not being saved: "+errorText(err)+".")
		}
		msg := storeOpenedMsg{store: st, saving: saving, notice: notice}
		p, err := readProgress(st)
		if err != nil {
			// Answers are still saved; what was learnt before is not shown.
			msg.notice = strings.TrimSpace(notice + " Your earlier progress could not be read: " + err.Error() + ".")
		}
		msg.cards, msg.misses, msg.kindMisses = p.cards, p.misses, p.kindMisses
		return msg
	}
}

func errorText(err error) string {
	if err == nil {
		return "no progress store"
	}
	return err.Error()
}

// savingAnswer reports whether an answer is being committed right now.
func (s *study) savingAnswer() bool {
	for _, r := range []*run{s.quiz, s.review} {
		if r != nil && r.phase == phaseSaving {
			return true
		}
	}
	return false
}

// marker is the short reminder in the tab bar when progress is not being
// saved.
func (s *study) marker(room int) string {
	switch {
	case !s.ready || s.saving:
		return ""
	case room >= 20:
		return "⚠ progress not saved"
	}
	return "⚠ not saved"
}

// takeBanner returns the store's notice once, for the banner.
func (s *study) takeBanner() string {
	b := s.banner
	s.banner = ""
	return b
}

func (s *study) status() string { return s.note }

func (s *study) learner() quiz.Learner {
	l := quiz.Learner{Misses: map[string]quiz.Miss{}, ByKind: map[quiz.Kind]quiz.Miss{}}
	for id, m := range s.misses {
		l.Misses[id] = quiz.Miss(m)
	}
	for k, m := range s.kindMisses {
		l.ByKind[quiz.Kind(k)] = quiz.Miss(m)
	}
	l.FirstTime = len(s.misses) == 0
	return l
}

// cardRecord is the learner's record for the browse pane, from what is
// already loaded (no I/O).
func (s *study) cardRecord(id string) *CardRecord {
	if !s.ready || s.store == nil {
		return nil
	}
	m := s.misses[id]
	r := &CardRecord{Answers: m.Answers, Correct: m.Answers - m.Wrong, Mastery: "new"}
	c, ok := s.cards[id]
	if !ok {
		return r
	}
	now := s.opts.Now()
	r.Mastery = store.MasteryOf(c)
	r.Recall = s.opts.Params.Recall(c, now)
	r.Due = dueText(c.Due, now, s.opts.Params)
	return r
}

// dueText says when a card is due, in the learner's days.
func dueText(due, now time.Time, p fsrs.Params) string {
	if !due.After(now) {
		return "due now"
	}
	days := p.DaysBetween(now, due)
	switch days {
	case 0:
		return "due later today"
	case 1:
		return "due tomorrow"
	}
	return fmt.Sprintf("due in %d days", days)
}

func (s *study) setSize(w, h int) {
	s.width, s.height = w, h
	s.statsView.SetWidth(w)
	s.statsView.SetHeight(h)
	for _, r := range []*run{s.quiz, s.review} {
		if r != nil {
			r.body.SetWidth(w)
			r.body.SetHeight(h)
			s.layoutRun(r) // re-wrap; and a run started before the first size has no text yet
		}
	}
	if s.stats != nil {
		s.renderStats()
	}
}

// leave is called when another screen takes the place of sc: the clock of
// a quiz or review left half-way stops until it is back.
func (s *study) leave(sc Screen) {
	if r := s.current(sc); r != nil && r.phase != phaseSummary && r.leftAt.IsZero() {
		r.leftAt = s.opts.Now()
	}
}

// enter is called when a screen becomes active.
func (s *study) enter(sc Screen) tea.Cmd {
	s.note = ""
	if r := s.current(sc); r != nil && !r.leftAt.IsZero() {
		// Time spent on other screens counts neither towards the session's
		// time nor towards the answer's.
		away := s.opts.Now().Sub(r.leftAt)
		r.begin, r.shown, r.leftAt = r.begin.Add(away), r.shown.Add(away), time.Time{}
	}
	switch sc {
	case QuizScreen:
		if s.wantQuiz != nil && s.ready {
			cfg := *s.wantQuiz
			s.wantQuiz = nil
			return s.startQuiz(cfg, s.opts.Reproducible)
		}
		if s.quiz != nil && s.quiz.phase == phaseSummary {
			// Back from a finished quiz: a new one, set up as the last.
			s.setup.active = true
		}
	case ReviewScreen:
		if s.review == nil || s.review.phase == phaseSummary || s.review.phase == phaseEmpty {
			if !s.ready {
				s.wantReview = true
				return nil
			}
			return s.planReview()
		}
	case StatsScreen:
		return s.loadStats()
	case BrowseScreen:
		return s.refresh() // the cards' records
	}
	if sc == QuizScreen && s.ready {
		return s.refresh() // weighting toward what the learner misses
	}
	return nil
}

// update handles the messages of study's own commands.
func (s *study) update(msg tea.Msg, screen *Screen) tea.Cmd {
	switch msg := msg.(type) {
	case storeOpenedMsg:
		s.store, s.ready, s.saving, s.storeNotice, s.banner = msg.store, true, msg.saving, msg.notice, msg.notice
		s.cards, s.misses, s.kindMisses = orEmpty(msg.cards), orEmpty(msg.misses), orEmpty(msg.kindMisses)
		s.setup.defaults(s.learner())
		var cmds []tea.Cmd
		if s.wantQuiz != nil && *screen == QuizScreen {
			cfg := *s.wantQuiz
			s.wantQuiz = nil
			cmds = append(cmds, s.startQuiz(cfg, s.opts.Reproducible))
		}
		if s.wantReview && *screen == ReviewScreen {
			s.wantReview = false
			cmds = append(cmds, s.planReview())
		}
		if *screen == StatsScreen {
			cmds = append(cmds, s.loadStats())
		}
		return tea.Batch(cmds...)
	case sessionStartedMsg:
		r := msg.run
		r.started = true
		r.sessionID = msg.id
		if msg.err != nil {
			s.note = "Could not start a session record: " + msg.err.Error()
		}
		var replay []tea.Cmd
		for _, k := range r.pending {
			replay = append(replay, func() tea.Msg { return k })
		}
		r.pending = nil
		return tea.Sequence(replay...)
	case recordedMsg:
		r := msg.run
		s.recorded++
		if msg.err == nil {
			s.cards[msg.id] = msg.card
			m := s.misses[msg.id]
			m.Answers++
			if !r.result.Correct {
				m.Wrong++
			}
			s.misses[msg.id] = m
			km := s.kindMisses[string(r.result.Question.Kind)]
			km.Answers++
			if !r.result.Correct {
				km.Wrong++
			}
			s.kindMisses[string(r.result.Question.Kind)] = km
			if r.mode == "review" {
				// Learning steps: a card still in them comes back later in
				// this session. (A quiz re-asks only what was missed.)
				r.sess.Reschedule(msg.card)
			}
		}
		r.saveErr = msg.err
		if r.phase == phaseSaving {
			r.phase = phaseFeedback
			s.layoutRun(r)
		}
	case statsMsg:
		s.statsErr = msg.err
		if msg.err == nil {
			st := msg.stats
			s.stats = &st
			s.renderStats()
		}
	case reviewReadyMsg:
		s.takeProgress(msg.progress)
		return s.startReview(msg.introduced, msg.err)
	case sessionEndedMsg:
		if msg.err != nil {
			msg.run.saveErr = msg.err
			s.layoutRun(msg.run)
		}
	case progressMsg:
		if msg.seq == s.recorded { // else an answer saved since is missing from it
			s.takeProgress(msg)
		}
	}
	return nil
}

func orEmpty[V any](m map[string]V) map[string]V {
	if m == nil {
		return map[string]V{}
	}
	return m
}

func (s *study) seed() int64 {
	if s.opts.Seed != 0 {
		return s.opts.Seed
	}
	return s.opts.Now().UnixNano()
}

// startQuiz builds a quiz session and starts its record in the store. A
// reproducible quiz ignores the learner's history (except in the weakest
// scope, which is made of it).
func (s *study) startQuiz(cfg quiz.Config, reproducible bool) tea.Cmd {
	l := s.learner()
	if reproducible && cfg.Scope != quiz.ScopeWeakest {
		l = quiz.Learner{FirstTime: true}
	}
	sess, notices, err := quiz.NewSession(cfg, l)
	if err != nil {
		// The setup shows the choices that could not make a quiz, and why.
		s.note = errorSentence(err.Error())
		s.setup.remember(cfg)
		s.setup.active = true
		return nil
	}
	r := s.newRun("quiz", sess.Config(), sess)
	r.notices = notices
	s.quiz = r
	s.setup.active = false
	s.setup.remember(sess.Config())
	focus := r.focus()
	s.layoutRun(r)
	return tea.Batch(s.startSession(r), focus)
}

// practice starts a quiz on exactly the codes just missed.
func (s *study) practice(prev *run) tea.Cmd {
	missed := prev.sess.Missed()
	if len(missed) == 0 {
		s.note = "Nothing was missed: no practice needed."
		return nil
	}
	sess, err := quiz.Practice(missed, prev.cfg.Kind, s.seed())
	if err != nil {
		s.note = errorSentence(err.Error())
		return nil
	}
	cfg := prev.cfg
	cfg.Scope, cfg.Count = "missed", len(missed)
	r := s.newRun("quiz", cfg, sess)
	s.quiz = r
	s.setup.active = false
	focus := r.focus()
	s.layoutRun(r)
	return tea.Batch(s.startSession(r), focus)
}

// close closes the progress store.
func (s *study) close() error {
	if s.store == nil {
		return nil
	}
	return s.store.Close()
}

func (s *study) newRun(mode string, cfg quiz.Config, sess *quiz.Session) *run {
	now := s.opts.Now()
	r := &run{mode: mode, cfg: cfg, sess: sess, begin: now, shown: now, body: viewport.New()}
	r.input = textinput.New()
	r.input.Prompt = "Code: "
	r.input.Placeholder = "3 digits"
	r.input.CharLimit = 3
	r.input.SetWidth(lipgloss.Width(r.input.Placeholder)) // the whole placeholder
	r.input.SetStyles(inputStyles(s.styles))
	r.body.SetWidth(s.width)
	r.body.SetHeight(s.height)
	if sess.Done() {
		r.phase = phaseSummary
		r.summary = sess.Summary(0)
	}
	s.layoutRun(r)
	return r
}

// focus focuses the recall input when the current question wants typing.
func (r *run) focus() tea.Cmd {
	if q := r.sess.Current(); q != nil && q.Kind == quiz.Recall && r.phase == phaseAsking {
		r.input.Reset()
		return r.input.Focus()
	}
	r.input.Blur()
	return nil
}

func (s *study) startSession(r *run) tea.Cmd {
	if s.store == nil {
		r.started = true
		return nil
	}
	st := s.store
	total := 0
	if r.sess != nil {
		_, total = r.sess.Pos()
	}
	info := store.SessionInfo{
		Mode: r.mode, Kind: string(orMix(r.cfg.Kind)), Scope: string(r.cfg.Scope),
		Planned: total, Seed: r.cfg.Seed, Started: r.begin,
	}
	return func() tea.Msg {
		id, err := st.StartSession(info)
		return sessionStartedMsg{run: r, id: id, err: err}
	}
}

func orMix(k quiz.Kind) quiz.Kind {
	if k == "" {
		return quiz.Mix
	}
	return k
}

// planReview asks the store how many new cards were introduced today.
func (s *study) planReview() tea.Cmd {
	st, now := s.store, s.opts.Now()
	return func() tea.Msg {
		if st == nil {
			return reviewReadyMsg{}
		}
		n, err := st.IntroducedToday(now)
		if err != nil {
			return reviewReadyMsg{err: err}
		}
		p, err := readProgress(st)
		return reviewReadyMsg{introduced: n, progress: p, err: err}
	}
}

// refresh re-reads the learner's progress in the background.
func (s *study) refresh() tea.Cmd {
	st, seq := s.store, s.recorded
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		p, err := readProgress(st)
		if err != nil {
			return nil // keep what is loaded; the next answer is saved all the same
		}
		p.seq = seq
		return p
	}
}

func readProgress(st *store.Store) (progressMsg, error) {
	var p progressMsg
	var err error
	if p.cards, err = st.Cards(); err != nil {
		return p, err
	}
	if p.misses, err = st.Misses(); err != nil {
		return p, err
	}
	p.kindMisses, err = st.KindMisses()
	return p, err
}

func (s *study) takeProgress(p progressMsg) {
	if p.cards != nil {
		s.cards, s.misses, s.kindMisses = p.cards, orEmpty(p.misses), orEmpty(p.kindMisses)
	}
}

func (s *study) startReview(introduced int, err error) tea.Cmd {
	if err != nil {
		s.note = "Could not read today's progress: " + err.Error()
	}
	now := s.opts.Now()
	sess, plan := quiz.NewReview(s.cards, quiz.Deck(), introduced, s.opts.NewPerDay, s.opts.Params, now, s.seed())
	r := s.newRun("review", quiz.Config{Kind: quiz.Mix, Scope: "review"}, sess)
	r.plan = plan
	if plan.Due+plan.New == 0 {
		r.phase = phaseEmpty
	}
	s.review = r
	s.layoutRun(r)
	if r.phase == phaseEmpty {
		return nil
	}
	focus := r.focus()
	s.layoutRun(r)
	return tea.Batch(s.startSession(r), focus)
}

func (s *study) loadStats() tea.Cmd {
	st, now, limit := s.store, s.opts.Now(), s.opts.NewPerDay
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		stats, err := st.Stats(now, quiz.DeckIDs(), limit)
		return statsMsg{stats: stats, err: err}
	}
}

func (s *study) renderStats() {
	text := StatsText(*s.stats, s.width-3, s.styles)
	if !s.saving {
		text = s.styles.Warn.Render(lipgloss.Wrap("These figures are this session's only: progress is not being saved.",
			max(s.width-3, 10), "")) + "\n\n" + text
	}
	// A margin of one column on the left.
	s.statsView.SetContent(" " + strings.ReplaceAll(text, "\n", "\n "))
}

// answer records the learner's answer: the feedback shows once the answer
// has been committed to the store.
func (s *study) answer(r *run, res quiz.Result) tea.Cmd {
	if res.Invalid {
		if q := r.sess.Current(); q != nil && q.Kind == quiz.Recall {
			s.note = "Type the code in digits, e.g. 404."
		}
		return nil
	}
	s.note = ""
	r.result = res
	r.input.Blur()
	q := res.Question
	if s.store == nil {
		r.phase = phaseFeedback
		s.layoutRun(r)
		return nil
	}
	r.phase = phaseSaving
	s.layoutRun(r) // the pick and "Saving…" until the answer is committed
	st := s.store
	a := store.Answer{
		SessionID: r.sessionID, CardID: q.Entry.ID(), Kind: string(q.Kind),
		Correct: res.Correct, Hint: res.Hint, Elapsed: res.Elapsed, At: s.opts.Now(),
	}
	return func() tea.Msg {
		c, err := st.Record(a)
		return recordedMsg{run: r, id: a.CardID, card: c, err: err}
	}
}

// next moves past the feedback to the next question or the summary.
func (s *study) next(r *run) tea.Cmd {
	r.sess.Next()
	r.hint, r.cursor, r.saveErr = false, 0, nil
	r.shown = s.opts.Now()
	if r.sess.Done() {
		r.phase = phaseSummary
		r.summary = r.sess.Summary(s.opts.Now().Sub(r.begin))
		s.layoutRun(r)
		return s.endSession(r)
	}
	r.phase = phaseAsking
	cmd := r.focus() // before the layout: the input is drawn empty
	s.layoutRun(r)
	return cmd
}

func (s *study) endSession(r *run) tea.Cmd {
	if s.store == nil || r.sessionID == 0 {
		return nil
	}
	st, id, now, sum := s.store, r.sessionID, s.opts.Now(), r.summary
	return func() tea.Msg {
		return sessionEndedMsg{run: r, err: st.EndSession(id, now, sum.Correct, sum.Total)}
	}
}

func (s *study) current(screen Screen) *run {
	switch screen {
	case QuizScreen:
		return s.quiz
	case ReviewScreen:
		return s.review
	}
	return nil
}

// key handles a key on the quiz, review or stats screen; used is false when
// the root should handle it.
func (s *study) key(msg tea.KeyPressMsg, screen *Screen, km KeyMap) (tea.Cmd, bool) {
	if *screen == StatsScreen {
		return s.scroll(&s.statsView, msg, km), s.isScroll(msg, km)
	}
	r := s.current(*screen)
	if *screen == QuizScreen && (r == nil || s.setup.active) {
		return s.setupKey(msg, km)
	}
	if r == nil {
		return nil, false
	}
	switch r.phase {
	case phaseAsking:
		if !r.started {
			// The session's record is a moment away: keep the key and
			// replay it when the record exists.
			r.pending = append(r.pending, msg)
			return nil, true
		}
		return s.askingKey(r, msg, km)
	case phaseSaving:
		return nil, true
	case phaseFeedback:
		if key.Matches(msg, km.Continue) {
			return s.next(r), true
		}
		return s.scroll(&r.body, msg, km), s.isScroll(msg, km)
	case phaseSummary:
		switch {
		case key.Matches(msg, km.Practice) && r.mode == "quiz":
			return s.practice(r), true
		case key.Matches(msg, km.NewQuiz) && r.mode == "quiz":
			s.setup.active = true // with the choices of the last quiz
			return nil, true
		case key.Matches(msg, km.Continue) && r.mode == "quiz":
			s.setup.active = true
			return nil, true
		}
		return s.scroll(&r.body, msg, km), s.isScroll(msg, km)
	}
	return nil, false
}

func (s *study) askingKey(r *run, msg tea.KeyPressMsg, km KeyMap) (tea.Cmd, bool) {
	q := r.sess.Current()
	if q == nil {
		return nil, false
	}
	elapsed := s.opts.Now().Sub(r.shown)
	if key.Matches(msg, km.Hint) && !r.hint {
		r.hint = true
		r.follow = followHint
		s.layoutRun(r)
		return nil, true
	}
	// A question taller than the screen scrolls (↑↓ move the cursor). While
	// a code is typed, only the keys that type nothing scroll.
	if key.Matches(msg, km.PageUp, km.PageDown, km.Top, km.Bottom, km.ScrollUp, km.ScrollDown) &&
		(q.Kind != quiz.Recall || msg.Text == "") {
		return s.scroll(&r.body, msg, km), true
	}
	if q.Kind == quiz.Recall {
		switch {
		case msg.String() == "enter":
			if v := strings.TrimSpace(r.input.Value()); len(v) != 3 {
				s.note = "A status code has three digits, e.g. 404."
				return nil, true
			}
			return s.answer(r, r.sess.AnswerText(r.input.Value(), r.hint, elapsed)), true
		case msg.Text != "" && (msg.Text[0] < '0' || msg.Text[0] > '9'):
			if msg.String() == "q" {
				return nil, false
			}
			s.note = "Digits only: type the code, e.g. 404."
			return nil, true
		case msg.String() == "esc" || msg.String() == "ctrl+c":
			return nil, false
		}
		s.note = ""
		var cmd tea.Cmd
		r.input, cmd = r.input.Update(msg)
		s.layoutRun(r) // the input is drawn into the body: show what was typed
		return cmd, true
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
		return s.answer(r, r.sess.Answer(r.cursor, r.hint, elapsed)), true
	case key.Matches(msg, km.Choose):
		i := choiceIndex(msg.String())
		if i < 0 || i >= n {
			s.note = fmt.Sprintf("Choose 1–%d.", n)
			return nil, true
		}
		r.cursor = i
		return s.answer(r, r.sess.Answer(i, r.hint, elapsed)), true
	default:
		return nil, false
	}
	s.layoutRun(r)
	return nil, true
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

func (s *study) isScroll(msg tea.KeyPressMsg, km KeyMap) bool {
	return key.Matches(msg, km.Up, km.Down, km.PageUp, km.PageDown, km.Top, km.Bottom, km.ScrollUp, km.ScrollDown)
}

func (s *study) scroll(v *viewport.Model, msg tea.KeyPressMsg, km KeyMap) tea.Cmd {
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
	}
	return nil
}

func (s *study) mouse(msg tea.MouseMsg, screen Screen) tea.Cmd {
	wheel, ok := msg.(tea.MouseWheelMsg)
	if !ok {
		return nil
	}
	var v *viewport.Model
	if screen == StatsScreen {
		v = &s.statsView
	} else if r := s.current(screen); r != nil {
		v = &r.body
	}
	if v == nil {
		return nil
	}
	if wheel.Button == tea.MouseWheelDown {
		v.ScrollDown(3)
	} else if wheel.Button == tea.MouseWheelUp {
		v.ScrollUp(3)
	}
	return nil
}

// layoutRun renders the run's current content into its scrollable body.
func (s *study) layoutRun(r *run) {
	if r == nil || s.width == 0 {
		return
	}
	r.body.SetContent(s.runText(r))
	// A new question or the summary starts at the top; a re-layout of the
	// same one (a resize, new colours) keeps the reader's place.
	if q := r.sess.Current(); (r.phase == phaseAsking || r.phase == phaseSummary) && (r.phase != r.laidPhase || q != r.laidQ) {
		r.body.GotoTop()
	}
	r.laidPhase, r.laidQ = r.phase, r.sess.Current()
	if r.phase == phaseAsking {
		switch r.follow {
		case followHint:
			showLines(&r.body, r.hintLines)
		case followCursor:
			showLines(&r.body, r.cursorLines)
		}
	}
	r.follow = followNone
}

// showLines scrolls v as little as it takes to show lines [first, last].
func showLines(v *viewport.Model, lines [2]int) {
	if h := v.Height(); h > 0 && lines[1] >= v.YOffset()+h {
		v.SetYOffset(lines[1] - h + 1)
	}
	if lines[0] < v.YOffset() {
		v.SetYOffset(lines[0])
	}
}

func (s *study) view(screen Screen, st Styles) string {
	switch screen {
	case StatsScreen:
		return s.statsScreen(st)
	case QuizScreen:
		if s.quiz == nil || s.setup.active {
			if !s.ready {
				return pad(st.Muted.Render("Opening your progress…"))
			}
			return s.setup.view(st, s.width, s.saving)
		}
		return withScrollbar(&s.quiz.body, s.width, st)
	case ReviewScreen:
		if s.review == nil {
			return pad(st.Muted.Render("Finding what is due…"))
		}
		return withScrollbar(&s.review.body, s.width, st)
	}
	return ""
}

// withScrollbar shows what a viewport shows, padded to width with a
// scrollbar in the last column when its content is taller than it.
func withScrollbar(v *viewport.Model, width int, st Styles) string {
	lines := windowLines(v)
	if v.TotalLineCount() <= v.Height() {
		return strings.Join(lines, "\n")
	}
	for len(lines) < v.Height() {
		lines = append(lines, "")
	}
	bar := scrollbar(v.Height(), v.TotalLineCount(), v.YOffset(), st)
	for i := range lines {
		lines[i] = padTo(lines[i], width-1) + bar[i]
	}
	return strings.Join(lines, "\n")
}

func pad(s string) string { return lipgloss.NewStyle().Padding(1, 2).Render(s) }

func (s *study) statsScreen(st Styles) string {
	switch {
	case s.statsErr != nil:
		return pad(st.Bad.Render("Could not compute the statistics: " + s.statsErr.Error()))
	case s.stats == nil:
		return pad(st.Muted.Render("Counting…"))
	}
	return withScrollbar(&s.statsView, s.width, st)
}

// runText is the content of a quiz or review screen in its current phase.
func (s *study) runText(r *run) string {
	st, w := s.styles, max(s.width-4, 20)
	var b strings.Builder
	n := 1 // indent puts an empty line first
	line := func(x string) { b.WriteString(x + "\n"); n++ }
	wrap := func(x string, style lipgloss.Style) {
		for _, l := range strings.Split(lipgloss.Wrap(x, w, ""), "\n") {
			line(style.Render(l))
		}
	}
	if r.phase == phaseEmpty {
		line(st.Heading.Render("Review"))
		line("")
		wrap("Nothing is due right now.", st.Text)
		if !r.plan.NextDue.IsZero() {
			wrap("Next card "+dueText(r.plan.NextDue, s.opts.Now(), s.opts.Params)+
				" ("+r.plan.NextDue.In(s.loc()).Format("Mon 2 Jan 15:04")+").", st.Muted)
		} else {
			wrap("You have no cards yet: take a quiz (t) and the codes you answer join your reviews.", st.Muted)
		}
		return indent(b.String())
	}
	if r.phase == phaseSummary {
		return indent(s.summaryText(r))
	}
	q := r.sess.Current()
	if q == nil {
		return ""
	}

	pos, total := r.sess.Pos()
	title := "Quiz"
	if r.mode == "review" {
		title = "Review"
	}
	meta := []string{string(q.Kind)}
	if r.mode == "quiz" && r.cfg.Scope != "" {
		meta = append(meta, string(r.cfg.Scope))
	}
	if r.mode == "review" {
		meta = append(meta, fmt.Sprintf("today: %d due + %d new", r.plan.Due, r.plan.New))
	}
	progress := fmt.Sprintf("%d/%d", pos, total)
	if q.Again {
		progress += " · repeat"
	}
	head := st.Heading.Render(title) + st.Muted.Render(" · "+strings.Join(meta, " · "))
	if room := w - lipgloss.Width(progress) - 1; lipgloss.Width(head) > room {
		// Too narrow for both: the details go under the title.
		line(st.Heading.Render(title) + strings.Repeat(" ", max(w-lipgloss.Width(title)-lipgloss.Width(progress), 1)) +
			st.Bold.Render(progress))
		wrap(strings.Join(meta, " · "), st.Muted)
	} else {
		line(head + strings.Repeat(" ", max(w-lipgloss.Width(head)-lipgloss.Width(progress), 1)) + st.Bold.Render(progress))
	}
	for _, nt := range r.notices {
		if pos == 1 && r.phase == phaseAsking {
			wrap(nt, st.Warn)
		}
	}
	line("")
	if q.Context != "" {
		wrap(q.Context, st.Text)
		line("")
	}
	wrap(q.Prompt, st.Title)
	line("")

	answered := r.phase == phaseFeedback || r.phase == phaseSaving
	if q.Kind == quiz.Recall {
		if answered {
			typed := r.result.TypedText
			style := st.Right
			if !r.result.Correct {
				style = st.Wrong
			}
			line("  Code: " + style.Render(typed))
		} else {
			line("  " + r.input.View())
		}
	}
	for i, o := range q.Options {
		mark := "  "
		label := o.Label
		style := st.Option
		num := st.Muted.Render(fmt.Sprintf("%d ", i+1))
		switch {
		case answered && i == q.Answer:
			mark, style = st.Right.Render("✓ "), st.Right
		case answered && i == r.cursor && !r.result.Correct:
			mark, style = st.Wrong.Render("✗ "), st.Wrong
		case !answered && i == r.cursor:
			mark, style = st.Accent.Render("› "), st.OptionOn
		case !answered && r.hint && slices.Contains(q.RuledOut, i):
			style = st.Faint // what the hint rules out
		}
		// The code in a label ("404 Not Found") takes its class colour,
		// unless the option is ruled out; the rest keeps the option's style.
		code, codeStyle := "", style
		if o.Entry != nil && q.Kind != quiz.CodeOf {
			code = strconv.Itoa(o.Entry.Code)
			if style.GetForeground() != st.Faint.GetForeground() {
				codeStyle = st.Code(o.Entry.Class())
			}
		}
		prefix := "  " + mark + num
		if i == r.cursor {
			r.cursorLines[0] = n
		}
		for j, l := range strings.Split(lipgloss.Wrap(label, max(w-lipgloss.Width(prefix), 10), ""), "\n") {
			if j > 0 {
				prefix = strings.Repeat(" ", lipgloss.Width(prefix))
			}
			if before, after, ok := strings.Cut(l, code); ok && j == 0 && code != "" {
				if before != "" {
					before = style.Render(before)
				}
				line(prefix + before + codeStyle.Render(code) + style.Render(after))
				continue
			}
			line(prefix + style.Render(l))
		}
		if i == r.cursor {
			r.cursorLines[1] = n - 1
		}
	}
	if r.hint {
		line("")
		r.hintLines[0] = n
		wrap("Hint: "+q.Hint, st.Warn)
		r.hintLines[1] = n - 1
	}
	if r.phase == phaseSaving {
		line("")
		line(st.Muted.Render("Saving…"))
	}
	if r.phase == phaseFeedback {
		line("")
		res := r.result
		right := answerName(q)
		switch {
		case res.Correct && res.Hint:
			wrap("✓ Right, with a hint: "+right+".", st.Good)
		case res.Correct:
			wrap("✓ Right: "+right+".", st.Good)
		default:
			wrap("✗ Not quite. The answer is "+right+".", st.Bad)
		}
		line("")
		wrap("Why: "+res.Why, st.Text)
		if !res.Correct && res.PickedMeans != "" {
			line("")
			wrap("Your pick: "+res.PickedMeans, st.Muted)
		}
		if r.saveErr != nil {
			line("")
			wrap("This answer could not be saved: "+r.saveErr.Error(), st.Bad)
		}
	}
	return indent(b.String())
}

// answerName is how feedback names the right answer.
func answerName(q *quiz.Question) string {
	if q.Kind == quiz.ClassKind {
		return q.Entry.Class().Label()
	}
	name := strconv.Itoa(q.Entry.Code) + " " + q.Entry.Title()
	if !q.Entry.Official() {
		name += " (" + shortVendor(q.Entry) + ")"
	}
	return name
}

func (s *study) summaryText(r *run) string {
	st, w := s.styles, max(s.width-4, 20)
	sum := r.summary
	var b strings.Builder
	line := func(x string) { b.WriteString(x + "\n") }
	title := "Quiz complete"
	if r.mode == "review" {
		title = "Review complete"
	}
	line(st.Heading.Render(title))
	line("")
	score := fmt.Sprintf("Score %s (%d%%)", sum.Score(), sum.Percent)
	extra := []string{formatDuration(sum.Took)}
	if sum.Hinted > 0 {
		extra = append(extra, fmt.Sprintf("%d right with a hint", sum.Hinted))
	}
	if sum.Again > 0 {
		extra = append(extra, fmt.Sprintf("%d asked again", sum.Again))
	}
	hanging(&b, st.Bold.Render(score)+"  ", strings.Join(extra, " · "), w, st.Muted)
	if len(sum.ByKind) > 1 {
		line("")
		line(st.Heading.Render("By kind"))
		for _, k := range sum.ByKind {
			line(fmt.Sprintf("  %-9s %d/%d", k.Kind, k.Correct, k.Total))
		}
	}
	if len(sum.Missed) > 0 {
		line("")
		line(st.Heading.Render("Missed"))
		var rows [][2]string
		for _, e := range sum.Missed {
			rows = append(rows, [2]string{st.Code(e.Class()).Render(strconv.Itoa(e.Code)) + " " + e.Title(), e.Summary})
		}
		twoColumns(&b, rows, w, st.Muted)
	} else if sum.Total > 0 {
		line("")
		line(st.Good.Render("Nothing missed."))
	}
	// Codes right the first time but missed when asked again.
	var later []string
	for _, e := range r.sess.Missed() {
		if !slices.Contains(sum.Missed, e) {
			later = append(later, strconv.Itoa(e.Code)+" "+e.Title())
		}
	}
	if len(later) > 0 {
		line("")
		hanging(&b, "", "Missed when asked again: "+strings.Join(later, ", ")+".", w, st.Muted)
	}
	if r.mode == "review" {
		if left := s.stillLearning(); left != "" {
			line("")
			hanging(&b, "", left, w, st.Warn)
		}
	}
	if r.saveErr != nil {
		line("")
		hanging(&b, "", "The score could not be saved: "+r.saveErr.Error(), w, st.Bad)
	}
	line("")
	var actions []string
	if r.mode == "quiz" {
		if len(sum.Missed) > 0 {
			actions = append(actions, "p practise the missed ones")
		}
		actions = append(actions, "n new quiz")
	}
	actions = append(actions, "b back to browse")
	hanging(&b, "", strings.Join(actions, " · "), w, st.Muted)
	return b.String()
}

// stillLearning says, after a review, which codes are still in their
// learning steps and when they come back; "" when none is.
func (s *study) stillLearning() string {
	now := s.opts.Now()
	var codes []string
	var next time.Time
	for id, c := range s.cards {
		if c.State != fsrs.Learning && c.State != fsrs.Relearning {
			continue
		}
		if e := data.ByID(id); e != nil {
			codes = append(codes, strconv.Itoa(e.Code))
		}
		if next.IsZero() || c.Due.Before(next) {
			next = c.Due
		}
	}
	if len(codes) == 0 {
		return ""
	}
	slices.Sort(codes)
	list := strings.Join(codes, ", ")
	if len(codes) > 8 {
		list = strings.Join(codes[:8], ", ") + " …"
	}
	n := len(codes)
	what := fmt.Sprintf("%d %s still in %s learning steps (%s)", n, plural(n, "code is", "codes are"),
		plural(n, "its", "their"), list)
	if !next.After(now.Add(quiz.LearnAhead)) {
		return what + ": press r to go on."
	}
	return what + ": review again from " + next.In(s.loc()).Format("15:04") + " (r)."
}

// errorSentence turns a Go error message (lower case, no full stop) into
// a sentence for the status bar.
func errorSentence(msg string) string {
	if msg == "" {
		return ""
	}
	r, size := utf8.DecodeRuneInString(msg)
	msg = string(unicode.ToUpper(r)) + msg[size:]
	if !strings.HasSuffix(msg, ".") {
		msg += "."
	}
	return msg
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func (s *study) loc() *time.Location {
	if s.opts.Params.Location != nil {
		return s.opts.Params.Location
	}
	return time.UTC
}

func formatDuration(d time.Duration) string {
	d = d.Round(time.Second)
	if d < time.Minute {
		return fmt.Sprintf("%ds", int(d.Seconds()))
	}
	return fmt.Sprintf("%dm %02ds", int(d.Minutes()), int(d.Seconds())%60)
}

func indent(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = "  " + l
		}
	}
	return "\n" + strings.Join(lines, "\n")
}

func (s *study) helpKeys(screen Screen, km KeyMap) helpKeys {
	general := []key.Binding{km.Back, km.Help, km.Quit}
	scroll := []key.Binding{km.Up, km.Down, km.PageUp, km.PageDown, km.Top, km.Bottom}
	down, up := km.ScrollDown, km.ScrollUp
	down.SetHelp("ctrl+d", "scroll down")
	up.SetHelp("ctrl+u", "scroll up")
	if screen == StatsScreen {
		return helpKeys{
			short: []key.Binding{km.Down, km.PageDown, km.Back, km.Quiz, km.Review, km.Help, km.Quit},
			full:  [][]key.Binding{scroll, general},
		}
	}
	r := s.current(screen)
	if screen == QuizScreen && (r == nil || s.setup.active) {
		start := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start"))
		field := key.NewBinding(key.WithKeys(append(km.PrevField.Keys(), km.NextField.Keys()...)...), key.WithHelp("↑↓", "field"))
		return helpKeys{
			short: []key.Binding{field, km.Left, start, km.Back, km.Help, km.Quit},
			full:  [][]key.Binding{{km.PrevField, km.NextField, km.Left, start}, general},
		}
	}
	if r == nil {
		return helpKeys{short: general, full: [][]key.Binding{general}}
	}
	leave := km.Back
	leave.SetHelp("esc", "leave (answers are saved)")
	var more []key.Binding // scrolling, when the body is taller than the screen
	if r.body.TotalLineCount() > r.body.Height() {
		more = []key.Binding{down}
	}
	switch r.phase {
	case phaseAsking:
		// Letters answer here: the screen keys (b is option b) do not
		// apply until the answer is given.
		if q := r.sess.Current(); q != nil && q.Kind == quiz.Recall {
			digits := km.Jump
			digits.SetHelp("0-9", "type the code")
			return helpKeys{
				short:     append(append([]key.Binding{digits, km.Submit, km.Hint}, more...), leave, km.Help, km.Quit),
				full:      [][]key.Binding{{digits, km.Submit, km.Hint}, {leave, km.Help, km.Quit}},
				noScreens: true,
			}
		}
		choose := km.Choose
		if q := r.sess.Current(); q != nil {
			n := len(q.Options)
			choose.SetHelp(fmt.Sprintf("1-%d/a-%c", n, 'a'+n-1), "answer")
		}
		move := key.NewBinding(key.WithKeys(append(km.Up.Keys(), km.Down.Keys()...)...), key.WithHelp("↑↓", "move"))
		return helpKeys{
			short: append(append([]key.Binding{choose, km.Hint}, more...), move, km.Submit, leave, km.Help, km.Quit),
			full: [][]key.Binding{{choose, km.Up, km.Down, km.Submit, km.Hint, down, up}, {leave, km.Help, km.Quit},
				{km.Review, km.Stats}}, // b and t are answers or this screen
			noScreens: true,
		}
	case phaseFeedback:
		return helpKeys{
			short: append(append([]key.Binding{km.Continue}, more...), leave, km.Help, km.Quit),
			full:  [][]key.Binding{{km.Continue, down, up}, general},
		}
	case phaseSummary:
		short := []key.Binding{km.Browse, km.Help, km.Quit}
		if r.mode == "quiz" {
			short = []key.Binding{km.NewQuiz, km.Browse, km.Help, km.Quit}
			if len(r.summary.Missed) > 0 { // as the summary offers it
				short = append([]key.Binding{km.Practice}, short...)
			}
		}
		return helpKeys{short: short, full: [][]key.Binding{short, {down, up}}}
	}
	return helpKeys{short: general, full: [][]key.Binding{general}}
}
