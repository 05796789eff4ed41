package ui

// The browse screen's keys and mouse: moving, the filter, jumping to a
// typed code, the vendor and team toggles, the card pane.

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	tea "charm.land/bubbletea/v2"

	"charm.land/bubbles/v2/key"

	"httpcodes/data"
)

// mouse scrolls the pane under the wheel and selects the row clicked.
func (b *browse) mouse(msg tea.MouseMsg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		m := msg.Mouse()
		down := m.Button == tea.MouseWheelDown
		if b.overDetail(m.X) {
			if down {
				b.detail.ScrollDown(wheelStep)
			} else {
				b.detail.ScrollUp(wheelStep)
			}
		} else if down {
			b.move(1)
		} else {
			b.move(-1)
		}
	case tea.MouseClickMsg:
		m := msg.Mouse()
		if m.Button != tea.MouseLeft {
			return nil
		}
		if b.overDetail(m.X) {
			b.detailFocus = true
			return nil
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
			b.detailFocus = !b.wide // narrow: a click opens the detail
		}
	}
	return nil
}

func (b *browse) overDetail(x int) bool {
	if b.wide {
		return x > b.listW
	}
	return b.detailFocus
}

// keyPress handles a key; it reports whether the key was used, so that the
// root can handle the global keys otherwise.
func (b *browse) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	km := b.c.keys
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
			if key.Matches(msg, km.Down) {
				b.move(1)
			}
			return nil, true
		case key.Matches(msg, km.ForceQuit):
			return nil, false
		}
		var cmd tea.Cmd
		b.filter, cmd = b.filter.Update(msg)
		b.setQuery(b.filter.Value())
		return cmd, true
	}

	// Digits jump to a code: "4" to the first 4xx, "40" to 40x, "404".
	if key.Matches(msg, km.Jump) && msg.Mod == 0 {
		return b.say(b.typeDigit(msg.String()[0])), true
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
	case key.Matches(msg, km.Team):
		return b.toggleTeam(), true
	case key.Matches(msg, km.Focus):
		if b.detailFocus || b.selected() != nil { // no card to go to when nothing is listed
			b.detailFocus = !b.detailFocus
		}
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
		case narrowDetail && key.Matches(msg, km.Close):
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

// toggleTeam shows or hides the codes of a team's deck.
func (b *browse) toggleTeam() tea.Cmd {
	if !slices.ContainsFunc(b.all, (*data.Entry).FromDeck) {
		return nil
	}
	b.showTeam = !b.showTeam
	b.rebuild()
	if b.showTeam {
		return b.say("Showing team deck codes")
	}
	return b.say("Team deck codes hidden")
}

func (b *browse) setQuery(q string) {
	q = strings.TrimLeftFunc(q, unicode.IsSpace) // a space after the last word says it is finished
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

// say shows a note in the status bar until the next key or for noteLife.
func (b *browse) say(note string) tea.Cmd {
	b.note = note
	b.noteSeq++
	seq := b.noteSeq
	return tea.Tick(noteLife, func(time.Time) tea.Msg { return noteExpiredMsg{seq: seq} })
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
	case len(b.jump) == 3 && !b.showTeam && b.has(b.jump, (*data.Entry).FromDeck):
		note = b.jump + " is a team deck code, and they are hidden: d shows them"
	case len(b.jump) == 3 && !b.showVendor && b.has(b.jump, func(e *data.Entry) bool { return !e.Official() }):
		note = b.jump + " is a vendor code, and vendor codes are hidden: v shows them"
	case len(b.jump) == 3:
		n, _ := strconv.Atoi(b.jump)
		note = UnknownCode(b.jump, n, false)
		b.goNearest(n)
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

// goNearest puts the cursor on the listed code nearest to n among those
// the note names (the lower one when both are as near), as the command
// line suggests them.
func (b *browse) goNearest(n int) {
	best := -1
	for _, e := range data.Nearest(n) {
		for i, r := range b.rows {
			if r.entry == e && (best < 0 || data.Distance(e.Code, n) < data.Distance(b.rows[best].entry.Code, n)) {
				best = i
			}
		}
	}
	if best >= 0 {
		b.cursor = best
		b.ensureVisible()
	}
}

// has reports whether a typed code has a meaning that is.
func (b *browse) has(code string, is func(*data.Entry) bool) bool {
	n, _ := strconv.Atoi(code)
	return slices.ContainsFunc(b.c.cat().Lookup(n), is)
}
