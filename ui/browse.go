package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"httpcodes/data"
)

// row is one line of the browse list: a class heading or an entry.
type row struct {
	heading data.Class // set for a heading row
	entry   *data.Entry
}

// browse is the browse screen: a list of every code grouped by class, and a
// detail pane that teaches the selected code.
type browse struct {
	all        []*data.Entry
	showVendor bool

	filter    textinput.Model
	filtering bool   // the filter input has focus
	query     string // the filter in force ("" when none)
	matches   int
	// hiddenMatches counts the vendor codes the filter matched while they
	// are hidden.
	hiddenMatches int

	rows   []row
	cursor int // index into rows; always an entry row when there is one
	offset int // first visible row

	detail      viewport.Model
	detailFocus bool   // the detail pane has the keys (wide) or is shown (narrow)
	cacheKey    string // what the detail's content was drawn from
	shownID     string // the entry the detail shows

	jump    string // digits typed so far to jump to a code
	note    string // a one-line message for the status bar
	noteSeq int    // which note is showing, for its expiry

	// Layout, computed in setSize.
	top           int // the screen row of the list's first line
	width, height int
	wide          bool
	listW, listH  int
	detailW       int

	records func(id string) *CardRecord

	// rowCache holds rendered list rows, a pure function of the rowKey. It
	// is shared by the model's copies, so View fills it too.
	rowCache map[rowKey]string
}

func newBrowse(st Styles) browse {
	ti := textinput.New()
	ti.Prompt = "/ "
	ti.Placeholder = "code, phrase, header or any word"
	ti.CharLimit = 60
	b := browse{
		all:        data.All(),
		showVendor: true,
		filter:     ti,
		detail:     viewport.New(),
		rowCache:   map[rowKey]string{},
	}
	b.setStyles(st)
	b.rebuild()
	return b
}

func (b *browse) setStyles(st Styles) {
	ts := textinput.DefaultStyles(st.IsDark)
	ts.Focused.Prompt = st.Accent
	ts.Blurred.Prompt = st.Muted
	ts.Cursor.Blink = false
	b.filter.SetStyles(ts)
	b.cacheKey = "" // re-render the card in the new colours
	clear(b.rowCache)
}

// rowKey is everything a rendered list row depends on.
type rowKey struct {
	e      *data.Entry
	marker string
	width  int
	dark   bool
}

// rebuild recomputes the rows from the filter and the vendor toggle,
// keeping the selected entry when it is still there.
func (b *browse) rebuild() {
	var keep *data.Entry
	if b.cursor < len(b.rows) {
		keep = b.rows[b.cursor].entry
	}
	b.rows = b.rows[:0]
	if b.query != "" {
		res := data.Search(b.query)
		b.matches, b.hiddenMatches = 0, 0
		for _, r := range res {
			if r.Entry.Official() || b.showVendor {
				b.rows = append(b.rows, row{entry: r.Entry})
				b.matches++
			} else {
				b.hiddenMatches++
			}
		}
	} else {
		var cur data.Class
		for _, e := range b.all {
			if !e.Official() && !b.showVendor {
				continue
			}
			if e.Class() != cur {
				cur = e.Class()
				b.rows = append(b.rows, row{heading: cur})
			}
			b.rows = append(b.rows, row{entry: e})
		}
	}
	// Stay on the same entry, or on the listed one closest to it (hiding
	// vendor codes while on 599 lands on 511, not on 100).
	b.cursor = 0
	best := -1
	for i, r := range b.rows {
		if r.entry == nil || keep == nil {
			continue
		}
		if r.entry == keep {
			b.cursor = i
			break
		}
		if d := abs(r.entry.Code - keep.Code); best < 0 || d < best {
			best, b.cursor = d, i
		}
	}
	b.cursor = b.nearestEntry(b.cursor, 1)
	b.offset = 0
	b.ensureVisible()
}

// nearestEntry returns the first entry row at or after i (dir 1) or at or
// before i (dir -1), else the other way.
func (b *browse) nearestEntry(i, dir int) int {
	for _, d := range []int{dir, -dir} {
		for j := i; j >= 0 && j < len(b.rows); j += d {
			if b.rows[j].entry != nil {
				return j
			}
		}
	}
	return 0
}

func (b *browse) selected() *data.Entry {
	if b.cursor < len(b.rows) {
		return b.rows[b.cursor].entry
	}
	return nil
}

func (b *browse) move(delta int) {
	if len(b.rows) == 0 {
		return
	}
	dir := 1
	if delta < 0 {
		dir = -1
	}
	i := min(max(b.cursor+delta, 0), len(b.rows)-1)
	b.cursor = b.nearestEntry(i, dir)
	b.ensureVisible()
}

func (b *browse) ensureVisible() {
	if b.cursor < b.offset {
		b.offset = b.cursor
		// Show the class heading above the first entry of a class.
		if b.offset > 0 && b.rows[b.offset-1].entry == nil {
			b.offset--
		}
	}
	for b.offset < b.cursor && b.cursor >= b.offset+b.shown(b.offset) {
		b.offset++
	}
	// No blank space under the last row when the list could fill it.
	for b.offset > 0 && len(b.rows)-(b.offset-1) <= b.shown(b.offset-1) {
		b.offset--
	}
}

// sticky reports whether the list starts with a repeated class heading:
// when it is scrolled into a class, that class's name stays on top.
func (b *browse) sticky(offset int) bool {
	return b.query == "" && offset < len(b.rows) && offset > 0 && b.rows[offset].entry != nil
}

// shown is how many rows fit from offset, under a sticky heading if any.
func (b *browse) shown(offset int) int {
	n := b.listRows()
	if b.sticky(offset) {
		n--
	}
	return max(n, 1)
}

// listRows is how many rows of the list fit under the filter line.
func (b *browse) listRows() int {
	if b.filtering || b.query != "" {
		return b.listH - 1
	}
	return b.listH
}

func (b *browse) setSize(w, h int) {
	b.width, b.height = w, h
	b.wide = w >= wideMin
	if b.wide {
		b.listW = min(max(w*2/5, 32), 56)
		b.detailW = w - b.listW - 1 // one column for the separator
	} else {
		b.listW, b.detailW = w, w
	}
	b.listH = h
	b.filter.SetWidth(max(b.listW-lipgloss.Width(b.filter.Prompt)-6, 1)) // room for the match count
	b.detail.SetWidth(max(b.detailW-2, 1))                               // a margin on the left, a scrollbar on the right
	b.detail.SetHeight(max(h, 1))
	b.cacheKey = ""
	clear(b.rowCache) // rows of the old width
	b.ensureVisible()
}

// refreshDetail renders the selected entry's card into the detail pane when
// the entry, the width, the colours or the learner's record changed.
func (b *browse) refreshDetail(st Styles) {
	e := b.selected()
	if e == nil {
		b.detail.SetContent("")
		b.cacheKey, b.shownID = "", ""
		return
	}
	var rec *CardRecord
	if b.records != nil {
		rec = b.records(e.ID())
	}
	k := fmt.Sprintf("%s/%d/%v/%s", e.ID(), b.detail.Width(), st.IsDark, rec.key())
	if k == b.cacheKey {
		return
	}
	b.cacheKey = k
	b.detail.SetContent(Card(e, b.detail.Width()-1, st, rec))
	if e.ID() != b.shownID {
		// A new card starts at its top; the same card re-drawn (a resize,
		// new colours, a changed record) keeps its place.
		b.shownID = e.ID()
		b.detail.GotoTop()
	}
}

// update handles a message for the browse screen. It reports whether the
// key was consumed, so that the root can handle global keys otherwise.
func (b *browse) update(msg tea.Msg, km KeyMap) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return b.key(msg, km)
	case tea.PasteMsg:
		if b.filtering {
			var cmd tea.Cmd
			b.filter, cmd = b.filter.Update(msg)
			b.setQuery(b.filter.Value())
			return cmd, true
		}
	case tea.MouseWheelMsg:
		m := msg.Mouse()
		down := m.Button == tea.MouseWheelDown
		if b.overDetail(m.X) {
			if down {
				b.detail.ScrollDown(3)
			} else {
				b.detail.ScrollUp(3)
			}
		} else if down {
			b.move(1)
		} else {
			b.move(-1)
		}
		return nil, true
	case tea.MouseClickMsg:
		m := msg.Mouse()
		if m.Button != tea.MouseLeft {
			return nil, false
		}
		if b.overDetail(m.X) {
			b.detailFocus = true
			return nil, true
		}
		y := m.Y - b.top
		if b.filtering || b.query != "" {
			y--
		}
		if b.sticky(b.offset) {
			y--
		}
		if i := b.offset + y; y >= 0 && i < len(b.rows) && b.rows[i].entry != nil {
			b.cursor = i
			b.ensureVisible()
			if !b.wide {
				b.detailFocus = true // narrow: a click opens the detail
			} else {
				b.detailFocus = false
			}
		}
		return nil, true
	}
	return nil, false
}

func (b *browse) overDetail(x int) bool {
	if b.wide {
		return x > b.listW
	}
	return b.detailFocus
}

func (b *browse) key(msg tea.KeyPressMsg, km KeyMap) (tea.Cmd, bool) {
	if b.filtering {
		switch {
		case key.Matches(msg, km.ClearFilter):
			b.filtering = false
			b.filter.Blur()
			b.filter.SetValue("")
			b.setQuery("")
			return nil, true
		case key.Matches(msg, km.AcceptFilter):
			b.filtering = false
			b.filter.Blur()
			if msg.String() == "down" {
				b.move(1)
			}
			return nil, true
		case msg.String() == "ctrl+c":
			return nil, false
		}
		var cmd tea.Cmd
		b.filter, cmd = b.filter.Update(msg)
		b.setQuery(b.filter.Value())
		return cmd, true
	}

	// Digits jump to a code: "4" to the first 4xx, "40" to 40x, "404".
	if r := msg.Text; len(r) == 1 && r[0] >= '0' && r[0] <= '9' && msg.Mod == 0 {
		return b.say(b.typeDigit(r[0])), true
	}
	b.jump = ""
	b.note = ""

	narrowDetail := !b.wide && b.detailFocus
	switch {
	case key.Matches(msg, km.Filter):
		b.filtering = true
		b.detailFocus = false
		b.filter.SetValue(b.query)
		b.filter.CursorEnd()
		return b.filter.Focus(), true
	case key.Matches(msg, km.Back):
		switch {
		case b.detailFocus:
			b.detailFocus = false
		case b.query != "":
			b.filter.SetValue("")
			b.setQuery("")
		default:
			return nil, false
		}
		return nil, true
	case key.Matches(msg, km.Vendor):
		b.showVendor = !b.showVendor
		b.rebuild()
		if b.showVendor {
			return b.say("Showing vendor codes"), true
		}
		return b.say("Vendor codes hidden"), true
	case key.Matches(msg, km.Focus):
		b.detailFocus = !b.detailFocus
		return nil, true
	case key.Matches(msg, km.ScrollDown):
		b.detail.HalfPageDown()
		return nil, true
	case key.Matches(msg, km.ScrollUp):
		b.detail.HalfPageUp()
		return nil, true
	}

	if b.detailFocus {
		switch {
		case key.Matches(msg, km.Up):
			b.detail.ScrollUp(1)
		case key.Matches(msg, km.Down):
			b.detail.ScrollDown(1)
		case key.Matches(msg, km.PageUp):
			b.detail.PageUp()
		case key.Matches(msg, km.PageDown):
			b.detail.PageDown()
		case key.Matches(msg, km.Top):
			b.detail.GotoTop()
		case key.Matches(msg, km.Bottom):
			b.detail.GotoBottom()
		case narrowDetail && msg.String() == "left", narrowDetail && msg.String() == "h":
			b.detailFocus = false
		default:
			return nil, false
		}
		return nil, true
	}

	switch {
	case key.Matches(msg, km.Up):
		b.move(-1)
	case key.Matches(msg, km.Down):
		b.move(1)
	case key.Matches(msg, km.PageUp):
		b.move(-max(b.listRows()-1, 1))
	case key.Matches(msg, km.PageDown):
		b.move(max(b.listRows()-1, 1))
	case key.Matches(msg, km.Top):
		b.cursor = b.nearestEntry(0, 1)
		b.ensureVisible()
	case key.Matches(msg, km.Bottom):
		b.cursor = b.nearestEntry(len(b.rows)-1, -1)
		b.ensureVisible()
	case key.Matches(msg, km.Open):
		b.detailFocus = b.selected() != nil // nothing listed: nothing to open
	default:
		return nil, false
	}
	return nil, true
}

func (b *browse) setQuery(q string) {
	q = strings.TrimSpace(q)
	if q == b.query {
		return
	}
	b.query = q
	b.rebuild()
	if q != "" {
		// A new filter starts at its best match.
		b.cursor = b.nearestEntry(0, 1)
		b.offset = 0
		b.ensureVisible()
	}
}

// noteExpiredMsg clears a status-bar note, and a half-typed code, a moment
// after they were shown.
type noteExpiredMsg struct{ seq int }

// noteLife is how long a note stays, and how long a half-typed code waits
// for its next digit.
const noteLife = 2 * time.Second

// say shows a note in the status bar until the next key or for noteLife.
func (b *browse) say(note string) tea.Cmd {
	b.note = note
	b.noteSeq++
	seq := b.noteSeq
	return tea.Tick(noteLife, func(time.Time) tea.Msg { return noteExpiredMsg{seq: seq} })
}

func (b *browse) expire(msg noteExpiredMsg) {
	if msg.seq == b.noteSeq {
		b.note, b.jump = "", ""
	}
}

// typeDigit extends the code being typed, jumps to the first listed code
// that starts with it, and returns the note to show.
func (b *browse) typeDigit(d byte) string {
	b.jump += string(d)
	found := -1
	for i, r := range b.rows {
		if r.entry != nil && strings.HasPrefix(strconv.Itoa(r.entry.Code), b.jump) {
			found = i
			break
		}
	}
	var note string
	switch {
	case found >= 0:
		b.cursor = found
		b.ensureVisible()
		note = "go to " + b.jump + strings.Repeat("_", 3-len(b.jump))
	case len(b.jump) == 3 && !b.showVendor && hasVendor(b.jump):
		note = b.jump + " is a vendor code, and vendor codes are hidden: v shows them"
	case len(b.jump) == 3:
		note = unknownHint(b.jump)
	default:
		note = "no listed code starts with " + b.jump
	}
	// Keep a code with no listed prefix until its third digit, so that
	// "299" is answered as a whole ("not a registered code").
	if len(b.jump) >= 3 {
		b.jump = ""
	}
	return note
}

// hasVendor reports whether a typed code has vendor meanings.
func hasVendor(code string) bool {
	n, _ := strconv.Atoi(code)
	for _, e := range data.Lookup(n) {
		if !e.Official() {
			return true
		}
	}
	return false
}

// status is the browse screen's line for the status bar: the latest note,
// else a reminder that vendor codes are hidden.
func (b *browse) status() string {
	if b.note == "" && !b.showVendor {
		return "vendor codes hidden (v)"
	}
	return b.note
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// unknownHint is the status-bar message for a typed code that is not listed.
func unknownHint(code string) string {
	n, _ := strconv.Atoi(code)
	if n < 100 || n > 599 {
		return code + " is not a status code (100–599)"
	}
	var near []string
	for _, e := range data.Nearest(n) {
		near = append(near, strconv.Itoa(e.Code))
	}
	return code + " is not a registered code; nearest: " + strings.Join(near, ", ")
}

// view renders the list and the detail side by side (wide) or one of them
// (narrow). refreshDetail must have run since the last change.
func (b *browse) view(st Styles) string {
	if b.wide {
		// Joined line by line: both panes come padded to their widths, and
		// lipgloss.JoinHorizontal would measure every line again.
		list, detail := strings.Split(b.listView(st), "\n"), strings.Split(b.detailView(st), "\n")
		sep := st.Border.Render("│")
		lines := make([]string, max(len(list), len(detail)))
		for i := range lines {
			l, d := strings.Repeat(" ", b.listW), ""
			if i < len(list) {
				l = list[i]
			}
			if i < len(detail) {
				d = detail[i]
			}
			lines[i] = l + sep + d
		}
		return strings.Join(lines, "\n")
	}
	if b.detailFocus {
		return b.detailView(st)
	}
	return b.listView(st)
}

func (b *browse) listView(st Styles) string {
	lines := make([]string, 0, b.listH)
	if b.filtering || b.query != "" {
		var fl string
		if b.filtering {
			fl = b.filter.View()
		} else {
			fl = st.Muted.Render("/ ") + b.query
		}
		count := fmt.Sprintf(" %d", b.matches)
		fl = ansi.Truncate(fl, b.listW-lipgloss.Width(count), "…")
		fl += strings.Repeat(" ", max(b.listW-lipgloss.Width(fl)-lipgloss.Width(count), 0)) + st.Muted.Render(count)
		lines = append(lines, fl)
	}
	h := b.shown(b.offset)
	if b.sticky(b.offset) {
		lines = append(lines, b.headingView(b.rows[b.offset].entry.Class(), st))
	}
	if len(b.rows) == 0 {
		msg := "No code matches. esc clears the filter."
		if b.hiddenMatches > 0 {
			msg = fmt.Sprintf("No listed code matches; %d vendor %s: v shows them.",
				b.hiddenMatches, plural(b.hiddenMatches, "code does", "codes do"))
		}
		for _, l := range strings.Split(lipgloss.Wrap(msg, max(b.listW-1, 8), ""), "\n") {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	for i := b.offset; i < len(b.rows) && i < b.offset+h; i++ {
		lines = append(lines, b.rowView(b.rows[i], i == b.cursor, st))
	}
	for len(lines) < b.listH {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = padTo(l, b.listW)
	}
	return strings.Join(lines, "\n")
}

func (b *browse) rowView(r row, selected bool, st Styles) string {
	w := b.listW
	if r.entry == nil {
		return b.headingView(r.heading, st)
	}
	e := r.entry
	code := strconv.Itoa(e.Code)
	name := e.Title()
	marker := "  "
	if selected {
		marker = "▌ "
		if b.detailFocus && b.wide {
			marker = "│ "
		}
	}
	k := rowKey{e, marker, w, st.IsDark}
	if s, ok := b.rowCache[k]; ok {
		return s
	}
	var tag string
	if !e.Official() {
		tag = " (" + e.VendorName() + ")"
	}
	room := w - lipgloss.Width(marker) - len(code) - 1
	nameW := lipgloss.Width(name)
	tagW := lipgloss.Width(tag)
	if nameW+tagW > room {
		if nameW >= room {
			name, tag = ansi.Truncate(name, room, "…"), ""
		} else {
			tag = ansi.Truncate(tag, room-nameW, "…")
		}
	}
	// Every segment carries the row's background, so that the highlight
	// runs unbroken across the styled parts.
	bg := func(s lipgloss.Style) lipgloss.Style { return s }
	if selected {
		sel := st.Selected
		bg = func(s lipgloss.Style) lipgloss.Style { return s.Inherit(sel) }
	}
	used := lipgloss.Width(marker) + len(code) + 1 + lipgloss.Width(name) + lipgloss.Width(tag)
	out := bg(st.Accent).Render(marker) + bg(st.Code(e.Class())).Render(code) + bg(st.Text).Render(" "+name) +
		bg(st.Vendor).Render(tag) + bg(lipgloss.NewStyle()).Render(strings.Repeat(" ", max(w-used, 0)))
	if b.rowCache != nil {
		b.rowCache[k] = out
	}
	return out
}

func (b *browse) headingView(c data.Class, st Styles) string {
	return st.Class(c).Bold(true).Render(ansi.Truncate(c.Label(), b.listW, "…"))
}

func (b *browse) detailView(st Styles) string {
	lines := windowLines(&b.detail)
	for len(lines) < b.height {
		lines = append(lines, "")
	}
	lines = lines[:b.height]
	bar := scrollbar(b.height, b.detail.TotalLineCount(), b.detail.YOffset(), st)
	for i, l := range lines {
		lines[i] = " " + padTo(l, b.detailW-2) + bar[i]
	}
	return strings.Join(lines, "\n")
}

// windowLines is what a viewport shows: its content's lines from its offset,
// at most its height. viewport.View pads and measures them through lipgloss
// twice, most of a frame's time; the callers pad them once.
func windowLines(v *viewport.Model) []string {
	h := v.Height()
	if v.Width() == 0 || h == 0 {
		return nil
	}
	lines := strings.Split(v.GetContent(), "\n")
	off := min(max(v.YOffset(), 0), len(lines))
	return lines[off:min(off+h, len(lines))]
}

// scrollbar returns one cell per line: a thumb where the visible window
// is, a faint track elsewhere, or blanks when everything fits.
func scrollbar(height, total, offset int, st Styles) []string {
	out := make([]string, height)
	if total <= height || height < 2 {
		for i := range out {
			out[i] = " "
		}
		return out
	}
	thumb := max(height*height/total, 1)
	start := offset * (height - thumb) / max(total-height, 1)
	for i := range out {
		if i >= start && i < start+thumb {
			out[i] = st.Focused.Render("┃")
		} else {
			out[i] = st.Border.Render("│")
		}
	}
	return out
}

// padTo pads or truncates a styled line to exactly w cells.
func padTo(s string, w int) string {
	n := lipgloss.Width(s)
	switch {
	case n > w:
		return ansi.Truncate(s, w, "")
	case n < w:
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

func truncate(s string, w int) string { return ansi.Truncate(s, w, "…") }

func (b *browse) helpKeys(km KeyMap) helpKeys {
	if b.filtering {
		return helpKeys{
			short: []key.Binding{km.AcceptFilter, km.ClearFilter},
			full:  [][]key.Binding{{km.AcceptFilter, km.ClearFilter}},
		}
	}
	// The help bar names up and down once, as "move".
	move := key.NewBinding(key.WithKeys(append(km.Up.Keys(), km.Down.Keys()...)...), key.WithHelp("↑↓", "move"))
	open := km.Open
	open.SetHelp("enter", "card")
	nav := []key.Binding{km.Up, km.Down, km.PageUp, km.PageDown, km.Top, km.Bottom}
	pane := []key.Binding{km.Open, km.Focus, km.Back, km.ScrollDown, km.ScrollUp}
	find := []key.Binding{km.Filter, km.Jump, km.Vendor}
	general := []key.Binding{km.Help, km.Quit}
	short := []key.Binding{move, km.Filter, km.Jump, open, km.Quiz, km.Help, km.Quit}
	if b.detailFocus {
		short = []key.Binding{move, km.Back, km.ScrollDown, km.Filter, km.Quiz, km.Help, km.Quit}
	}
	return helpKeys{short: short, full: [][]key.Binding{nav, pane, find, general}}
}
