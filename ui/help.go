package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// helpScreen is the full help (?): every key of the screen it was opened
// on, grouped, with a word on the mouse, the colours and progress. It
// scrolls when taller than the terminal.
type helpScreen struct {
	c      *common
	keys   helpKeys // the keys of the screen underneath
	lines  []string // laid out for the width, in open and setSize
	offset int
	width  int
	height int
	close  helpKeys // the help bar's keys while the help is shown
}

func newHelpScreen(c *common) *helpScreen {
	return &helpScreen{c: c, close: helpKeys{short: []key.Binding{c.keys.CloseHelp, c.keys.ForceQuit}}}
}

// open shows the keys of a screen, from the top.
func (h *helpScreen) open(keys helpKeys) {
	h.keys, h.offset = keys, 0
	h.layout()
}

func (h *helpScreen) setSize(w, hh int) {
	h.width, h.height = w, hh
	h.layout()
}

func (h *helpScreen) layout() {
	if h.width == 0 {
		return
	}
	st, km := h.c.styles, h.c.keys
	groups := h.keys.FullHelp()
	if !h.keys.noScreens {
		groups = append(groups, []key.Binding{km.Browse, km.Quiz, km.Review, km.Stats})
	}
	var b strings.Builder
	b.WriteString(st.Heading.Render("Keys") + "\n\n")
	b.WriteString(helpColumns(groups, h.width-4, st) + "\n\n")
	// The notices of the start (the team deck's, the progress's), whole.
	for _, n := range []string{h.c.opts.Notice, h.c.notice} {
		if n != "" {
			b.WriteString(st.Warn.Render(lipgloss.Wrap(n, max(h.width-4, 10), "")) + "\n\n")
		}
	}
	progress := "Progress: every answer is saved as you give it (httpcodes stats, export, reset)."
	if h.c.ready && !h.c.saving {
		progress = "Progress: not saved this time; the answers count for this session only."
	}
	for _, l := range []string{
		"Mouse: the wheel scrolls the pane under it; a click selects a code or a tab.",
		"Colours: 1xx blue · 2xx green · 3xx cyan · 4xx orange · 5xx red.",
		progress,
	} {
		b.WriteString(st.Muted.Render(lipgloss.Wrap(l, max(h.width-4, 10), "")) + "\n")
	}
	h.lines = strings.Split(lipgloss.NewStyle().Padding(1, 2).Render(b.String()), "\n")
	h.offset = min(h.offset, h.maxOffset())
}

// maxOffset is how far the help can scroll.
func (h *helpScreen) maxOffset() int { return max(len(h.lines)-h.height, 0) }

// keyPress scrolls the help; it reports false for a key that closes it.
func (h *helpScreen) keyPress(msg tea.KeyPressMsg) bool {
	km := h.c.keys
	switch {
	case key.Matches(msg, km.CloseHelp):
		return false
	case key.Matches(msg, km.Down):
		h.offset = min(h.offset+1, h.maxOffset())
	case key.Matches(msg, km.Up):
		h.offset = max(h.offset-1, 0)
	case key.Matches(msg, km.PageDown):
		h.offset = min(h.offset+max(h.height-1, 1), h.maxOffset())
	case key.Matches(msg, km.PageUp):
		h.offset = max(h.offset-max(h.height-1, 1), 0)
	case key.Matches(msg, km.Top):
		h.offset = 0
	case key.Matches(msg, km.Bottom):
		h.offset = h.maxOffset()
	}
	return true
}

func (h *helpScreen) view() string {
	if len(h.lines) == 0 {
		return ""
	}
	off := min(h.offset, len(h.lines)-1)
	window := h.lines[off:min(off+max(h.height, 0), len(h.lines))]
	return scrollWindow(window, h.height, len(h.lines), off, h.width, h.c.styles)
}

// helpColumns lays out groups of bindings as columns of "key  what it
// does", side by side as far as width allows, in rows.
func helpColumns(groups [][]key.Binding, width int, st *Styles) string {
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
