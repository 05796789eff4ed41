package ui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"httpcodes/data"
)

// view shows the list and the detail side by side (wide) or one of them
// (narrow), as prepare left them.
func (b *browse) view() string {
	if b.wide {
		// Joined line by line: both panes come padded to their widths, and
		// lipgloss.JoinHorizontal would measure every line again.
		list, detail := strings.Split(b.list, "\n"), strings.Split(b.detailView(), "\n")
		sep := b.c.styles.Border.Render("│")
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
		return b.detailView()
	}
	return b.list
}

// listView draws the list pane: the filter line, a sticky class heading,
// the visible rows.
func (b *browse) listView() string {
	st := b.c.styles
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
		lines = append(lines, b.headingView(b.rows[b.offset].entry.Class()))
	}
	if len(b.rows) == 0 {
		msg := "No code matches. esc clears the filter."
		if b.hiddenMatches > 0 {
			msg = fmt.Sprintf("No listed code matches; %d vendor %s: v shows %s.",
				b.hiddenMatches, Plural(b.hiddenMatches, "code does", "codes do"), Plural(b.hiddenMatches, "it", "them"))
		} else if b.hiddenTeam > 0 {
			msg = fmt.Sprintf("No listed code matches; %d team deck %s: d shows them.",
				b.hiddenTeam, Plural(b.hiddenTeam, "code does", "codes do"))
		}
		for _, l := range strings.Split(lipgloss.Wrap(msg, max(b.listW-1, 8), ""), "\n") {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	for i := b.offset; i < len(b.rows) && i < b.offset+h; i++ {
		lines = append(lines, b.rowView(b.rows[i], i == b.cursor))
	}
	for len(lines) < b.listH {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = padTo(l, b.listW)
	}
	return strings.Join(lines, "\n")
}

func (b *browse) rowView(r row, selected bool) string {
	st, w := b.c.styles, b.listW
	if r.entry == nil {
		return b.headingView(r.heading)
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
	return bg(st.Accent).Render(marker) + bg(st.Code(e.Class())).Render(code) + bg(st.Text).Render(" "+name) +
		bg(st.Vendor).Render(tag) + bg(lipgloss.NewStyle()).Render(strings.Repeat(" ", max(w-used, 0)))
}

func (b *browse) headingView(c data.Class) string {
	return b.c.styles.Class(c).Bold(true).Render(ansi.Truncate(c.Label(), b.listW, "…"))
}

// detailView is the card pane: the card's visible lines, a margin and a
// scrollbar.
func (b *browse) detailView() string {
	st := b.c.styles
	lines := windowLines(&b.detail)
	for len(lines) < b.height {
		lines = append(lines, "")
	}
	lines = lines[:b.height]
	bar := scrollbar(b.height, b.detail.TotalLineCount(), b.detail.YOffset(), st)
	w := b.detailW - 2
	for i, l := range lines {
		// A line longer than the pane (a long URL, which is never
		// broken) ends in an ellipsis; its hyperlink keeps the whole URL.
		if n := lipgloss.Width(l); n > w {
			l = truncate(l, w)
		} else {
			l += strings.Repeat(" ", w-n)
		}
		lines[i] = " " + l + bar[i]
	}
	return strings.Join(lines, "\n")
}
