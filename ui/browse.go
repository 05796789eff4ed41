package ui

import (
	"fmt"
	"slices"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

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
	c          *common
	all        []*data.Entry
	showVendor bool
	showTeam   bool // a team deck's own codes are listed

	filter    textinput.Model
	filtering bool   // the filter input has focus
	query     string // the filter in force ("" when none)
	matches   int
	// hiddenMatches counts the vendor codes the filter matched while they
	// are hidden, hiddenTeam the team codes.
	hiddenMatches, hiddenTeam int

	rows   []row
	cursor int // index into rows; always an entry row when there is one
	offset int // first visible row

	detail      viewport.Model
	detailFocus bool   // the detail pane has the keys (wide) or is shown (narrow)
	cardKey     string // what the detail's content was drawn from
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

	// list is the list pane as drawn, and listKey what it was drawn from:
	// both set in prepare, read by View.
	list    string
	listKey string

	// The help bar's keys in each state, built once.
	helpList, helpDetail, helpFilter helpKeys
}

// noteExpiredMsg clears a status-bar note, and a half-typed code, a moment
// after they were shown.
type noteExpiredMsg struct{ seq int }

func newBrowse(c *common) *browse {
	ti := textinput.New()
	ti.Prompt = "/ "
	ti.Placeholder = "code, phrase, header or any word"
	ti.CharLimit = 60
	b := &browse{
		c:          c,
		all:        c.cat().All(),
		showVendor: true,
		showTeam:   true,
		filter:     ti,
		detail:     viewport.New(),
	}
	km := c.keys
	nav := []key.Binding{km.Up, km.Down, km.PageUp, km.PageDown, km.Top, km.Bottom}
	pane := []key.Binding{km.Open, km.Focus, km.Back, km.ScrollDown, km.ScrollUp}
	find := []key.Binding{km.Filter, km.Jump, km.Vendor}
	if slices.ContainsFunc(b.all, (*data.Entry).FromDeck) {
		find = append(find, km.Team) // only a team deck has codes of its own
	}
	general := []key.Binding{km.Help, km.Quit}
	full := [][]key.Binding{nav, pane, find, general}
	// Most important first: on a narrow terminal, where the card is
	// stacked, enter is the only way to it.
	b.helpList = helpKeys{short: []key.Binding{km.helpCard, km.helpMove, km.Filter, km.Jump, km.Quiz, km.Help, km.Quit}, full: full}
	b.helpDetail = helpKeys{short: []key.Binding{km.Back, km.helpScrollCard, km.Filter, km.Quiz, km.Help, km.Quit}, full: full}
	b.helpFilter = helpKeys{
		short: []key.Binding{km.AcceptFilter, km.ClearFilter},
		full:  [][]key.Binding{{km.AcceptFilter, km.ClearFilter}},
	}
	b.setStyles()
	b.rebuild()
	return b
}

func (b *browse) setStyles() {
	st := b.c.styles
	ts := textinput.DefaultStyles(st.IsDark)
	ts.Focused.Prompt = st.Accent
	ts.Blurred.Prompt = st.Muted
	ts.Cursor.Blink = false
	b.filter.SetStyles(ts)
	b.cardKey, b.listKey = "", "" // re-render in the new colours
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
		res := b.c.cat().Search(b.query)
		b.matches, b.hiddenMatches, b.hiddenTeam = 0, 0, 0
		for _, r := range res {
			switch {
			case b.listed(r.Entry):
				b.rows = append(b.rows, row{entry: r.Entry})
				b.matches++
			case r.Entry.FromDeck():
				b.hiddenTeam++
			default:
				b.hiddenMatches++
			}
		}
	} else {
		var cur data.Class
		for _, e := range b.all {
			if !b.listed(e) {
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
		if d := data.Distance(r.entry.Code, keep.Code); best < 0 || d < best {
			best, b.cursor = d, i
		}
	}
	b.cursor = b.nearestEntry(b.cursor, 1)
	b.offset = 0
	b.listKey = ""
	b.ensureVisible()
}

// listed reports whether an entry is shown: vendor codes and a team's own
// codes each have a key that hides them.
func (b *browse) listed(e *data.Entry) bool {
	switch {
	case e.FromDeck():
		return b.showTeam
	case !e.Official():
		return b.showVendor
	}
	return true
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
		b.listW = min(max(w*listShareNum/listShareDen, listMinWidth), listMaxWidth)
		b.detailW = w - b.listW - 1 // one column for the separator
	} else {
		b.listW, b.detailW = w, w
	}
	b.listH = h
	b.filter.SetWidth(max(b.listW-lipgloss.Width(b.filter.Prompt)-6, 1)) // room for the match count
	b.detail.SetWidth(max(b.detailW-2, 1))                               // a margin on the left, a scrollbar on the right
	b.detail.SetHeight(max(h, 1))
	b.cardKey = ""
	b.ensureVisible()
}

// setTop tells the screen which terminal row its list starts on (for
// mouse clicks).
func (b *browse) setTop(y int) { b.top = y }

// prepare renders what View shows: the selected entry's card, when the
// entry, the width, the colours or the learner's record changed, and the
// list pane.
func (b *browse) prepare() {
	if b.width == 0 {
		return
	}
	b.prepareCard()
	k := fmt.Sprintf("%d/%d/%d/%d/%d/%v/%v/%v/%q/%v/%v", b.cursor, b.offset, len(b.rows), b.listW, b.listH, b.detailFocus,
		b.filtering, b.c.styles.IsDark, b.query, b.showVendor, b.showTeam)
	if b.filtering {
		k += "/" + b.filter.View() // the input's cursor moves as it is typed in
	}
	if k != b.listKey {
		b.listKey = k
		b.list = b.listView()
	}
}

func (b *browse) prepareCard() {
	e := b.selected()
	if e == nil {
		b.detail.SetContent("")
		b.cardKey, b.shownID = "", ""
		return
	}
	rec := b.c.cardRecord(e.ID())
	k := fmt.Sprintf("%s/%d/%v/%s", e.ID(), b.detail.Width(), b.c.styles.IsDark, rec.key())
	if k == b.cardKey {
		return
	}
	b.cardKey = k
	b.detail.SetContent(Card(e, b.detail.Width()-1, b.c.styles,
		CardExtras{Record: rec, Stacks: b.c.opts.Stacks, Team: b.c.cat().Team(e)}))
	if e.ID() != b.shownID {
		// A new card starts at its top; the same card re-drawn (a resize,
		// new colours, a changed record) keeps its place.
		b.shownID = e.ID()
		b.detail.GotoTop()
	}
}

// update handles a message for the browse screen.
func (b *browse) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case noteExpiredMsg:
		if msg.seq == b.noteSeq {
			b.note, b.jump = "", ""
		}
	case tea.PasteMsg:
		if b.filtering {
			var cmd tea.Cmd
			b.filter, cmd = b.filter.Update(msg)
			b.setQuery(b.filter.Value())
			return cmd
		}
	}
	return nil
}

// status is the browse screen's line for the status bar: the latest note,
// else a reminder that vendor or team codes are hidden.
func (b *browse) status() string {
	switch {
	case b.note != "":
		return b.note
	case !b.showVendor:
		return "vendor codes hidden (v)"
	case !b.showTeam:
		return "team deck codes hidden (d)"
	}
	return ""
}

func (b *browse) helpKeys() helpKeys {
	switch {
	case b.filtering:
		return b.helpFilter
	case b.detailFocus:
		return b.helpDetail
	}
	return b.helpList
}

// enter and leave: browse keeps its place while away.
func (b *browse) enter() tea.Cmd { return nil }
func (b *browse) leave()         {}
