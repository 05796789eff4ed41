// Package ui is the terminal interface of httpcodes: one root model that
// owns the screens (browse, quiz, review, stats, help), its keys, styles and
// layout, and the one-shot printouts of the command line.
package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Screen is one of the app's screens.
type Screen int

const (
	BrowseScreen Screen = iota
	QuizScreen
	ReviewScreen
	StatsScreen
)

// Layout constants.
const (
	headerRows = 1  // the tab bar
	footerRows = 1  // the help bar
	wideMin    = 80 // from this width, list and detail sit side by side
	minWidth   = 30 // below this, or below minHeight, the terminal is too small
	minHeight  = 8
)

// Model is the root model: it owns the screens and routes messages to the
// active one.
type Model struct {
	opts   Options
	keys   KeyMap
	styles Styles
	help   help.Model

	screen   Screen
	showHelp bool
	// banner is a notice about progress shown under the tab bar until the
	// next key; bannerLines is it wrapped to the width.
	banner      string
	bannerLines []string
	helpOffset  int // how far the full help is scrolled

	width, height int
	tooSmall      bool

	browse browse
	study  *study
}

// New builds the root model. The first frame uses dark styles; a reply to
// the background-colour query switches to light ones where needed.
func New(opts Options) Model {
	st := newStyles(true)
	m := Model{
		opts:   opts.withDefaults(),
		keys:   DefaultKeyMap(),
		styles: st,
		help:   help.New(),
		browse: newBrowse(st),
	}
	m.study = newStudy(m.opts, st)
	m.browse.records = m.study.cardRecord
	m.setHelpStyles()
	m.screen = m.opts.Start
	if opts.Width > 0 && opts.Height > 0 {
		m.width, m.height = opts.Width, opts.Height
		m.layout()
	}
	return m
}

// quit ends the program, but not before an answer being saved is saved.
func (m Model) quit() tea.Cmd {
	if m.study.savingAnswer() && !m.study.quitting { // a second press does not wait
		m.study.quitting = true
		m.study.note = "Saving your answer…"
		return nil
	}
	return tea.Quit
}

// Close releases the progress store; call it after the program ends.
func (m Model) Close() error { return m.study.close() }

// Init asks the terminal for its background colour and opens the progress
// store in the background.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor, m.study.open()}
	return tea.Batch(cmds...)
}

func (m *Model) setHelpStyles() {
	hs := help.DefaultStyles(m.styles.IsDark)
	hs.ShortKey = m.styles.Key
	hs.ShortDesc = m.styles.KeyDesc
	hs.FullKey = m.styles.Key
	hs.FullDesc = m.styles.KeyDesc
	m.help.Styles = hs
}

// Update routes a message: window and colour messages to everyone, keys and
// mouse to the active screen, then the global keys.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.update(msg)
	// Render the detail card here, in the model that is kept: View works on
	// a copy, so a card rendered only there would be lost, and with it the
	// detail's scroll position.
	if nm, ok := next.(Model); ok && nm.screen == BrowseScreen && nm.width > 0 && !nm.tooSmall {
		nm.browse.refreshDetail(nm.styles)
		next = nm
	}
	return next, cmd
}

func (m Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, nil
	case tea.BackgroundColorMsg:
		if dark := msg.IsDark(); dark != m.styles.IsDark {
			m.styles = newStyles(dark)
			m.setHelpStyles()
			m.browse.setStyles(m.styles)
			m.study.setStyles(m.styles)
		}
		return m, nil
	case tea.KeyPressMsg:
		return m.keyPress(msg)
	case noteExpiredMsg:
		m.browse.expire(msg)
		return m, nil
	case tea.PasteMsg: // into the browse filter while it is being typed
		if m.screen == BrowseScreen && !m.showHelp && !m.tooSmall {
			cmd, _ := m.browse.update(msg, m.keys)
			return m, cmd
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
		if m.screen == BrowseScreen {
			cmd, _ := m.browse.update(msg, m.keys)
			return m, cmd
		}
		return m, m.study.mouse(msg, m.screen)
	}
	cmd := m.study.update(msg, &m.screen)
	if m.study.quitting && !m.study.savingAnswer() {
		return m, tea.Quit // the answer that was being saved is saved
	}
	if n := m.study.takeBanner(); n != "" {
		m.banner = n
		m.layout()
	}
	return m, cmd
}

func (m Model) keyPress(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if msg.String() == "ctrl+c" {
		return m, m.quit()
	}
	if m.banner != "" { // read: it gives its room back
		m.banner = ""
		m.layout()
	}
	if m.showHelp {
		switch {
		case key.Matches(msg, m.keys.Help, m.keys.Back) || msg.String() == "q":
			m.showHelp = false
		case key.Matches(msg, m.keys.Down):
			m.helpOffset = min(m.helpOffset+1, m.maxHelpOffset())
		case key.Matches(msg, m.keys.Up):
			m.helpOffset = max(m.helpOffset-1, 0)
		case key.Matches(msg, m.keys.PageDown):
			m.helpOffset = min(m.helpOffset+max(m.height-3, 1), m.maxHelpOffset())
		case key.Matches(msg, m.keys.PageUp):
			m.helpOffset = max(m.helpOffset-max(m.height-3, 1), 0)
		case key.Matches(msg, m.keys.Top):
			m.helpOffset = 0
		case key.Matches(msg, m.keys.Bottom):
			m.helpOffset = m.maxHelpOffset()
		}
		return m, nil
	}
	if m.tooSmall {
		if key.Matches(msg, m.keys.Quit) {
			return m, tea.Quit
		}
		return m, nil
	}

	// The active screen first: it owns text input and its own keys.
	var cmd tea.Cmd
	var used bool
	if m.screen == BrowseScreen {
		cmd, used = m.browse.update(msg, m.keys)
	} else {
		cmd, used = m.study.key(msg, &m.screen, m.keys)
	}
	if used {
		return m, cmd
	}

	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, m.quit()
	case key.Matches(msg, m.keys.Help):
		m.showHelp, m.helpOffset = true, 0
	case key.Matches(msg, m.keys.Back):
		if m.screen != BrowseScreen {
			return m.switchTo(BrowseScreen)
		}
	case key.Matches(msg, m.keys.Browse):
		return m.switchTo(BrowseScreen)
	case key.Matches(msg, m.keys.Quiz):
		return m.switchTo(QuizScreen)
	case key.Matches(msg, m.keys.Review):
		return m.switchTo(ReviewScreen)
	case key.Matches(msg, m.keys.Stats):
		return m.switchTo(StatsScreen)
	}
	return m, nil
}

func (m Model) switchTo(s Screen) (tea.Model, tea.Cmd) {
	m.showHelp = false
	if m.screen != s {
		m.study.leave(m.screen)
	}
	m.screen = s
	return m, m.study.enter(s)
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
		m.bannerLines = lines[:min(len(lines), 3, max(m.height-headerRows-footerRows-4, 0))]
	}
	body := m.bodyHeight()
	m.browse.setSize(m.width, body)
	m.browse.top = headerRows + len(m.bannerLines)
	m.study.setSize(m.width, body)
	m.help.SetWidth(m.width)
}

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
	if m.tooSmall {
		return tooSmall(m.width, m.height, m.styles)
	}
	var body string
	if m.showHelp {
		body = m.fullHelp()
	} else if m.screen == BrowseScreen {
		m.browse.refreshDetail(m.styles)
		body = m.browse.view(m.styles)
	} else {
		body = m.study.view(m.screen, m.styles)
	}
	body = fitHeight(body, m.bodyHeight(), m.width)
	top := m.header()
	for _, l := range m.bannerLines {
		top += "\n" + padTo(" "+m.styles.Warn.Render(l), m.width)
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
func (m Model) titleShown() bool { return m.width >= 56 }

func (m Model) header() string {
	var parts []string
	if m.titleShown() {
		parts = append(parts, m.styles.Accent.Render("httpcodes"))
	}
	for _, t := range tabs {
		style := m.styles.Tab
		if t.screen == m.screen {
			style = m.styles.TabOn
		}
		parts = append(parts, style.Render(t.label))
	}
	line := strings.Join(parts, " ")
	room := m.width - lipgloss.Width(line) - 2
	if n := m.study.marker(room); n != "" {
		line += "  " + m.styles.Warn.Render(ansi.Truncate(n, max(room, 0), "…"))
	}
	return padTo(line, m.width)
}

// tabAt returns the screen whose tab is at column x of the header.
func (m Model) tabAt(x int) (Screen, bool) {
	pos := 0
	if m.titleShown() {
		pos = lipgloss.Width("httpcodes") + 1
	}
	for _, t := range tabs {
		w := lipgloss.Width(m.styles.Tab.Render(t.label))
		if x >= pos && x < pos+w {
			return t.screen, true
		}
		pos += w + 1
	}
	return 0, false
}

func (m Model) footer() string {
	var keys helpKeys
	var note string
	if m.showHelp {
		keys = helpKeys{short: []key.Binding{m.keys.Back, m.keys.Quit}}
	} else if m.screen == BrowseScreen {
		keys = m.browse.helpKeys(m.keys)
		note = m.browse.status()
	} else {
		keys = m.study.helpKeys(m.screen, m.keys)
		note = m.study.status()
	}
	var prefix string
	if note != "" {
		// The note may take the bar, but for the last two keys (help and
		// quit) when there is room for them.
		keep := 0
		if sh := keys.ShortHelp(); len(sh) >= 2 {
			h := m.help
			h.SetWidth(0)
			keep = lipgloss.Width(h.ShortHelpView(sh[len(sh)-2:])) + 2
		}
		prefix = m.styles.Warn.Render(truncate(note, max(m.width-keep, m.width/2))) + "  "
	}
	room := m.width - lipgloss.Width(prefix)
	// When the bar is too long, the keys before the last two (help and
	// quit, or whatever ends the list) give way first, from the end.
	short := keys.ShortHelp()
	h := m.help
	h.SetWidth(0)
	for len(short) > 2 && lipgloss.Width(h.ShortHelpView(short)) > room {
		short = append(short[:len(short)-3:len(short)-3], short[len(short)-2:]...)
	}
	h.SetWidth(max(room, 0))
	return padTo(prefix+h.ShortHelpView(short), m.width)
}

func (m Model) fullHelp() string {
	lines := m.fullHelpLines()
	return strings.Join(lines[min(m.helpOffset, len(lines)-1):], "\n")
}

// maxHelpOffset is how far the full help can scroll.
func (m Model) maxHelpOffset() int {
	return max(len(m.fullHelpLines())-(m.height-headerRows-footerRows), 0)
}

func (m Model) fullHelpLines() []string {
	var keys helpKeys
	if m.screen == BrowseScreen {
		keys = m.browse.helpKeys(m.keys)
	} else {
		keys = m.study.helpKeys(m.screen, m.keys)
	}
	st := m.styles
	groups := keys.FullHelp()
	if !keys.noScreens {
		groups = append(groups, []key.Binding{m.keys.Browse, m.keys.Quiz, m.keys.Review, m.keys.Stats})
	}
	var b strings.Builder
	b.WriteString(st.Heading.Render("Keys") + "\n\n")
	b.WriteString(helpColumns(groups, m.width-4, st) + "\n\n")
	if n := m.study.storeNotice; n != "" {
		b.WriteString(st.Warn.Render(lipgloss.Wrap(n, max(m.width-4, 10), "")) + "\n\n")
	}
	for _, l := range []string{
		"Mouse: the wheel scrolls the pane under it; a click selects a code or a tab.",
		"Colours: 1xx blue · 2xx green · 3xx cyan · 4xx orange · 5xx red.",
		"Progress: every answer is saved as you give it (httpcodes stats, export, reset).",
	} {
		b.WriteString(st.Muted.Render(lipgloss.Wrap(l, max(m.width-4, 10), "")) + "\n")
	}
	return strings.Split(lipgloss.NewStyle().Padding(1, 2).Render(b.String()), "\n")
}

// helpColumns lays out groups of bindings as columns of "key  what it
// does", side by side as far as width allows, in rows.
func helpColumns(groups [][]key.Binding, width int, st Styles) string {
	var blocks []string
	for _, g := range groups {
		kw := 0
		for _, b := range g {
			if b.Enabled() {
				kw = max(kw, lipgloss.Width(b.Help().Key))
			}
		}
		var lines []string
		for _, b := range g {
			if !b.Enabled() {
				continue
			}
			h := b.Help()
			lines = append(lines, st.Key.Render(padRight(h.Key, kw))+"  "+st.KeyDesc.Render(h.Desc))
		}
		if len(lines) > 0 {
			blocks = append(blocks, strings.Join(lines, "\n"))
		}
	}
	// Flow the blocks into rows of columns, as many side by side as fit.
	var rows []string
	var row []string
	used := 0
	flush := func() {
		if len(row) > 0 {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, used = nil, 0
		}
	}
	for _, bl := range blocks {
		w := lipgloss.Width(bl) + 4
		if used > 0 && used+w > width {
			flush()
		}
		row = append(row, lipgloss.NewStyle().PaddingRight(4).Render(bl))
		used += w
	}
	flush()
	return strings.Join(rows, "\n\n")
}

// tooSmall fills the screen with a short message, cut to whatever fits.
func tooSmall(w, h int, st Styles) string {
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

// fitHeight pads or cuts a block to exactly h lines of width w.
func fitHeight(s string, h, w int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = padTo(l, w)
	}
	return strings.Join(lines, "\n")
}
