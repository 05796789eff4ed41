// Package ui is the terminal interface of httpcodes: one root model that
// owns the screens (browse, quiz setup, quiz, review, stats, help), its
// keys, styles and layout, and the one-shot printouts of the command line.
//
// Each screen is a file: browse.go (with card.go for a code's card),
// setup.go, quiz.go (the questions, the recall input, the feedback and the
// summary, which review.go reuses), review.go, stats.go and help.go. The
// root routes messages to them; they report upward with typed messages
// (switchScreenMsg, startQuizMsg …) and share what the root gives them in
// common (progress.go). The learner's progress is read and written only
// through quiz.Progress, in named …Cmd commands.
package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"httpcodes/quiz"
)

// screen is what the root asks of every screen.
type screen interface {
	// update handles a message that is not input: the results of commands,
	// the root's broadcasts.
	update(tea.Msg) tea.Cmd
	// keyPress handles a key; used is false when the root should handle it.
	keyPress(tea.KeyPressMsg) (cmd tea.Cmd, used bool)
	mouse(tea.MouseMsg) tea.Cmd
	view() string
	setSize(w, h int)
	setStyles()
	helpKeys() helpKeys
	// status is the screen's line for the status bar ("" for none).
	status() string
	// enter is called when the screen is shown, leave when another takes
	// its place.
	enter() tea.Cmd
	leave()
}

// Model is the root model: it owns the screens and routes messages to the
// active one.
type Model struct {
	c *common
	// help draws the help bar. It is held by pointer, as the screens are:
	// a Model is copied by every Update, and help.Model is 4.6 KB.
	help *help.Model

	active   Screen
	showHelp bool
	// banner is a notice about progress shown under the tab bar until the
	// next key; bannerLines is it wrapped to the width.
	banner      string
	bannerLines []string
	// pendingQuiz is a quiz asked for on the command line, started once
	// the progress is open.
	pendingQuiz *quiz.Config
	quitting    bool // quit once what is being saved is saved
	note        string

	width, height int
	tooSmall      bool

	browse *browse
	setup  *setup
	quiz   *quizScreen
	review *reviewScreen
	stats  *statsScreen
	full   *helpScreen
}

// New builds the root model. The first frame uses dark styles; a reply to
// the background-colour query switches to light ones where needed.
func New(opts Options) Model {
	c := &common{opts: opts.withDefaults(), keys: DefaultKeyMap(), styles: newStyles(true)}
	m := Model{
		c:      c,
		help:   new(help.New()),
		browse: newBrowse(c),
		setup:  newSetup(c),
		quiz:   newQuizScreen(c),
		review: newReviewScreen(c),
		stats:  newStatsScreen(c),
		full:   newHelpScreen(c),
	}
	if opts.Quiz != nil {
		cfg := *opts.Quiz
		m.pendingQuiz = &cfg
	}
	m.setHelpStyles()
	m.banner = opts.Notice
	m.active = c.opts.Start
	if m.active == QuizScreen {
		m.active = setupScreen // until the quiz starts
	}
	if opts.Width > 0 && opts.Height > 0 {
		m.width, m.height = opts.Width, opts.Height
		m.layout()
		m.browse.prepare()
	}
	return m
}

// Start returns the model a program runs the app with: it builds the app
// (New) in its Init, which Bubble Tea calls once its renderer is running.
// The building, and the first View, then happen while the program waits
// for the renderer's first tick, instead of before the renderer starts.
// After the first message the program holds the app's Model itself. Close
// the final model when the program ends.
func Start(opts Options) tea.Model { return &starter{opts: opts} }

// starter stands in for the app until its Init has built it.
type starter struct {
	opts  Options
	app   Model
	built bool
}

func (s *starter) Init() tea.Cmd {
	s.app, s.built = New(s.opts), true
	// Now, not as a command, which would start once the messages of the
	// start are handled; and after New, so that on one CPU it runs once
	// the first View is done, while the program waits for its first tick.
	go warmWidths()
	return s.app.Init()
}

// warmWidths measures a box-drawing character as the renderer measures the
// cells of a frame: with x/ansi's wcwidth, which go-runewidth answers from
// a 2 MB table it fills on its first lookup above U+02FF. Done at start,
// the filling happens while the program waits for its first frame rather
// than inside the drawing of it.
func warmWidths() { ansi.StringWidthWc("│") }

func (s *starter) Update(msg tea.Msg) (tea.Model, tea.Cmd) { return s.app.Update(msg) }

func (s *starter) View() tea.View { return s.app.View() }

// Close releases the learner's progress, as Model.Close does.
func (s *starter) Close() error {
	if !s.built {
		return nil
	}
	return s.app.Close()
}

// screens are every screen, for broadcasts.
func (m Model) screens() []screen {
	return []screen{m.browse, m.setup, m.quiz, m.review, m.stats}
}

// screen is the screen shown for s.
func (m Model) screen(s Screen) screen {
	switch s {
	case QuizScreen:
		return m.quiz
	case setupScreen:
		return m.setup
	case ReviewScreen:
		return m.review
	case StatsScreen:
		return m.stats
	}
	return m.browse
}

// Close releases the learner's progress; call it after the program ends.
func (m Model) Close() error {
	if m.c.progress == nil {
		return nil
	}
	return m.c.progress.Close()
}

// Init asks the terminal for its background colour and opens the learner's
// progress in the background.
func (m Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, openProgressCmd(m.c.opts))
}

func (m *Model) setHelpStyles() {
	st := m.c.styles
	hs := help.DefaultStyles(st.IsDark)
	hs.ShortKey = st.Key
	hs.ShortDesc = st.KeyDesc
	hs.FullKey = st.Key
	hs.FullDesc = st.KeyDesc
	m.help.Styles = hs
}

// Update routes a message: window and colour messages to everyone, keys and
// mouse to the active screen, then the global keys; the results of
// commands to every screen, after the root has taken what it keeps.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := m.update(msg)
	if m.active == BrowseScreen && m.width > 0 && !m.tooSmall {
		m.browse.prepare()
	}
	return m, cmd
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		if msg.Width != m.width || msg.Height != m.height { // the first is often the size New was given
			m.width, m.height = msg.Width, msg.Height
			m.layout()
		}
		return m, nil
	case tea.BackgroundColorMsg:
		if dark := msg.IsDark(); dark != m.c.styles.IsDark {
			*m.c.styles = *newStyles(dark) // the screens share this Styles
			m.setHelpStyles()
			for _, s := range m.screens() {
				s.setStyles()
			}
			if m.showHelp {
				m.full.layout()
			}
		}
		return m, nil
	case tea.KeyPressMsg:
		return m.keyPress(msg)
	case tea.PasteMsg: // into the browse filter while it is being typed
		if m.active == BrowseScreen && !m.showHelp && !m.tooSmall {
			return m, m.browse.update(msg)
		}
		return m, nil
	case tea.MouseMsg:
		if m.tooSmall || m.showHelp {
			return m, nil
		}
		if click, ok := msg.(tea.MouseClickMsg); ok && click.Y == 0 {
			if s, ok := m.tabAt(click.X); ok {
				return m.switchTo(s)
			}
		}
		return m, m.screen(m.active).mouse(msg)
	case switchScreenMsg:
		return m.switchTo(msg.screen)
	case startQuizMsg:
		return m.startQuiz(msg.cfg, msg.reproducible)
	case quizRefusedMsg:
		m, cmd := m.switchTo(setupScreen)
		return m, tea.Batch(cmd, m.setup.update(msg))
	case progressOpenedMsg:
		return m.progressOpened(msg)
	case learnerMsg:
		if msg.seq == m.c.recorded { // else an answer saved since is missing from it
			m.c.learner = msg.learner
		}
		return m, nil
	case reviewPlannedMsg:
		if msg.err == nil && msg.seq == m.c.recorded { // else an answer saved since is missing from it
			m.c.learner = msg.learner
		}
	case answerSavedMsg:
		m.c.recorded++
		m.c.lastSaveErr = msg.err
		if msg.err == nil {
			m.c.learner = m.c.learner.withAnswer(msg.answer, msg.card)
		}
	}
	var cmds []tea.Cmd
	for _, s := range m.screens() {
		cmds = append(cmds, s.update(msg))
	}
	if m.quitting && m.saving() == "" {
		return m, tea.Quit // what was being saved is saved
	}
	return m, tea.Batch(cmds...)
}

// progressOpened takes the learner's progress in, shows its notice, and
// lets the screen on view do what it waited for.
func (m Model) progressOpened(msg progressOpenedMsg) (Model, tea.Cmd) {
	c := m.c
	c.progress, c.ready, c.saving, c.notice = msg.progress, true, msg.saving, msg.notice
	c.learner = msg.learner
	m.banner = strings.TrimSpace(m.banner + " " + msg.notice) // a notice of the start not yet read stays
	m.layout()
	cmds := []tea.Cmd{m.setup.update(msg)}
	switch m.active {
	case setupScreen, QuizScreen:
		if m.pendingQuiz != nil {
			m, cmd := m.startPending()
			return m, tea.Batch(append(cmds, cmd)...)
		}
	case ReviewScreen, StatsScreen:
		cmds = append(cmds, m.screen(m.active).enter())
	}
	return m, tea.Batch(cmds...)
}

// startPending starts the quiz asked for on the command line.
func (m Model) startPending() (Model, tea.Cmd) {
	cfg := *m.pendingQuiz
	m.pendingQuiz = nil
	return m.startQuiz(cfg, m.c.opts.Reproducible)
}

// startQuiz starts a quiz on the quiz screen.
func (m Model) startQuiz(cfg quiz.Config, reproducible bool) (Model, tea.Cmd) {
	if m.active != QuizScreen {
		m.screen(m.active).leave()
	}
	m.active, m.showHelp = QuizScreen, false
	return m, m.quiz.start(cfg, reproducible)
}

// saving says what is being saved, if anything: an answer, or the desired
// retention chosen on the stats screen.
func (m Model) saving() string {
	switch {
	case m.quiz.saving() || m.review.saving():
		return "your answer"
	case m.stats.saving:
		return "the new retention"
	}
	return ""
}

// quit ends the program, but not before what is being saved is saved.
func (m Model) quit() (Model, tea.Cmd) {
	if what := m.saving(); what != "" && !m.quitting { // a second press does not wait
		m.quitting = true
		m.note = "Saving " + what + "…"
		return m, nil
	}
	return m, tea.Quit
}

func (m Model) keyPress(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	km := m.c.keys
	if key.Matches(msg, km.ForceQuit) {
		return m.quit()
	}
	if m.banner != "" { // read: it gives its room back
		m.banner = ""
		m.layout()
	}
	if m.showHelp {
		m.showHelp = m.full.keyPress(msg)
		return m, nil
	}
	if m.tooSmall {
		if key.Matches(msg, km.Quit) {
			return m.quit() // waits for an answer being saved, as everywhere
		}
		return m, nil
	}

	// The active screen first: it owns text input and its own keys.
	if cmd, used := m.screen(m.active).keyPress(msg); used {
		return m, cmd
	}

	switch {
	case key.Matches(msg, km.Quit):
		return m.quit()
	case key.Matches(msg, km.Help):
		m.showHelp = true
		m.full.setSize(m.width, m.helpHeight())
		m.full.open(m.screen(m.active).helpKeys())
	case key.Matches(msg, km.Back):
		if m.active != BrowseScreen {
			return m.switchTo(BrowseScreen)
		}
	case key.Matches(msg, km.Browse):
		return m.switchTo(BrowseScreen)
	case key.Matches(msg, km.Quiz):
		return m.switchTo(QuizScreen)
	case key.Matches(msg, km.Review):
		return m.switchTo(ReviewScreen)
	case key.Matches(msg, km.Stats):
		return m.switchTo(StatsScreen)
	}
	return m, nil
}

// switchTo shows a screen. The quiz's tab shows the quiz under way, or the
// setup of a new one.
func (m Model) switchTo(s Screen) (Model, tea.Cmd) {
	m.showHelp = false
	if s == QuizScreen && m.pendingQuiz != nil && m.c.ready {
		return m.startPending()
	}
	if s == QuizScreen && !m.quiz.unfinished() {
		s = setupScreen
	}
	if m.active != s {
		m.screen(m.active).leave()
	}
	m.active = s
	m.note = ""
	cmds := []tea.Cmd{m.screen(s).enter()}
	if m.c.ready && (s == BrowseScreen || s == QuizScreen || s == setupScreen) {
		// The cards' records, and a quiz's weighting toward what the
		// learner misses: another terminal may have studied meanwhile.
		cmds = append(cmds, m.c.refreshCmd())
	}
	return m, tea.Batch(cmds...)
}

// layout computes every size once per window size.
func (m *Model) layout() {
	m.tooSmall = m.width < minWidth || m.height < minHeight
	if m.tooSmall {
		return
	}
	m.bannerLines = nil
	if m.banner != "" {
		lines := strings.Split(lipgloss.Wrap(m.banner, max(m.width-2, 10), ""), "\n")
		room := max(m.height-headerRows-footerRows-bannerMinBody, 1)
		if len(lines) > room {
			// The whole notice does not fit: its start, and where the rest is.
			more := " … (? shows it all)"
			lines = strings.Split(lipgloss.Wrap(m.banner, max(m.width-2-lipgloss.Width(more), 10), ""), "\n")[:room]
			lines[room-1] += more
		}
		m.bannerLines = lines
	}
	body := m.bodyHeight()
	for _, s := range m.screens() {
		s.setSize(m.width, body)
	}
	m.browse.setTop(headerRows + len(m.bannerLines))
	if m.showHelp { // else it is laid out when opened
		m.full.setSize(m.width, m.helpHeight())
	}
	m.help.SetWidth(m.width)
}

// helpHeight is the height of the full help: the screen but for the tab
// bar and the help bar.
func (m Model) helpHeight() int { return m.height - headerRows - footerRows }

// bodyHeight is the height left for the active screen.
func (m Model) bodyHeight() int {
	return m.height - headerRows - footerRows - len(m.bannerLines)
}

// View assembles the header, the active screen and the help bar.
func (m Model) View() tea.View {
	v := tea.NewView(m.content())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "httpcodes"
	return v
}

func (m Model) content() string {
	if m.width == 0 || m.height == 0 {
		return "" // before the first WindowSizeMsg
	}
	st := m.c.styles
	if m.tooSmall {
		return tooSmall(m.width, m.height, st)
	}
	var body string
	if m.showHelp {
		body = m.full.view()
	} else {
		body = m.screen(m.active).view()
	}
	body = fitHeight(body, m.bodyHeight(), m.width)
	top := m.header()
	for _, l := range m.bannerLines {
		top += "\n" + padTo(" "+st.Warn.Render(l), m.width)
	}
	return top + "\n" + body + "\n" + m.footer()
}

var tabs = []struct {
	screen Screen
	label  string
}{
	{BrowseScreen, "Browse"},
	{QuizScreen, "Quiz"},
	{ReviewScreen, "Review"},
	{StatsScreen, "Stats"},
}

// titleShown: the app's name heads the tab bar when there is room for it
// and for the "not saved" marker.
func (m Model) titleShown() bool { return m.width >= titleMinWidth }

// tab is the tab a screen is under.
func tab(s Screen) Screen {
	if s == setupScreen {
		return QuizScreen
	}
	return s
}

func (m Model) header() string {
	st := m.c.styles
	var parts []string
	if m.titleShown() {
		parts = append(parts, st.Accent.Render("httpcodes"))
	}
	for _, t := range tabs {
		style := st.Tab
		if t.screen == tab(m.active) {
			style = st.TabOn
		}
		parts = append(parts, style.Render(t.label))
	}
	line := strings.Join(parts, " ")
	room := m.width - lipgloss.Width(line) - 2
	if n := m.marker(room); n != "" {
		line += "  " + st.Warn.Render(ansi.Truncate(n, max(room, 0), "…"))
	}
	return padTo(line, m.width)
}

// marker is the short reminder in the tab bar when progress is not being
// saved.
func (m Model) marker(room int) string {
	switch {
	case !m.c.ready || m.c.saving:
		return ""
	case room >= 20:
		return "⚠ progress not saved"
	}
	return "⚠ not saved"
}

// tabAt returns the screen whose tab is at column x of the header.
func (m Model) tabAt(x int) (Screen, bool) {
	pos := 0
	if m.titleShown() {
		pos = lipgloss.Width("httpcodes") + 1
	}
	for _, t := range tabs {
		w := lipgloss.Width(m.c.styles.Tab.Render(t.label))
		if x >= pos && x < pos+w {
			return t.screen, true
		}
		pos += w + 1
	}
	return 0, false
}

func (m Model) footer() string {
	st := m.c.styles
	var keys helpKeys
	note := m.note
	if m.showHelp {
		keys = m.full.close
	} else {
		keys = m.screen(m.active).helpKeys()
		if note == "" {
			note = m.screen(m.active).status()
		}
	}
	var prefix string
	if note != "" {
		// The note may take the bar, but for the last two keys (help and
		// quit) when there is room for them.
		keep := 0
		if sh := keys.ShortHelp(); len(sh) >= 2 {
			h := *m.help
			h.SetWidth(0)
			keep = lipgloss.Width(h.ShortHelpView(sh[len(sh)-2:])) + 2
		}
		prefix = st.Warn.Render(truncate(note, max(m.width-keep, m.width/2))) + "  "
	}
	room := m.width - lipgloss.Width(prefix)
	// When the bar is too long, the keys before the last two (help and
	// quit, or whatever ends the list) give way first, from the end.
	short := keys.ShortHelp()
	h := *m.help
	h.SetWidth(0)
	for len(short) > 2 && lipgloss.Width(h.ShortHelpView(short)) > room {
		short = append(short[:len(short)-3:len(short)-3], short[len(short)-2:]...)
	}
	h.SetWidth(max(room, 0))
	return padTo(prefix+h.ShortHelpView(short), m.width)
}

// tooSmall fills the screen with a short message, cut to whatever fits.
func tooSmall(w, h int, st *Styles) string {
	msg := []string{
		"Terminal too small",
		"need " + itoa(minWidth) + "×" + itoa(minHeight) + ", have " + itoa(w) + "×" + itoa(h),
		"q quits",
	}
	lines := make([]string, h)
	top := max((h-len(msg))/2, 0)
	for i := range lines {
		j := i - top
		if j >= 0 && j < len(msg) {
			text := ansi.Truncate(msg[j], w, "")
			pad := max((w-lipgloss.Width(text))/2, 0)
			lines[i] = strings.Repeat(" ", pad) + st.Warn.Render(text)
		}
		lines[i] = padTo(lines[i], w)
	}
	return strings.Join(lines, "\n")
}
