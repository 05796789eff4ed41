package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"

	"httpcodes/data"
)

// Styles holds every colour and style of the app, built for a light or a
// dark terminal. One colour per class (1xx … 5xx) is used everywhere.
type Styles struct {
	IsDark bool

	classFg [6]color.Color // index by class; 0 unused

	Accent   lipgloss.Style // the app's own colour: titles, the cursor
	Title    lipgloss.Style // a card's title line
	Heading  lipgloss.Style // section headings in a card
	Text     lipgloss.Style
	Muted    lipgloss.Style
	Faint    lipgloss.Style
	Bold     lipgloss.Style
	Selected lipgloss.Style // the list row under the cursor
	Vendor   lipgloss.Style // the "vendor" marker
	Warn     lipgloss.Style
	Good     lipgloss.Style
	Bad      lipgloss.Style
	Link     lipgloss.Style
	Border   lipgloss.Style // pane borders
	Focused  lipgloss.Style // the focused pane's border
	Request  lipgloss.Style // "> GET …" lines of an example
	Response lipgloss.Style // "< HTTP/1.1 …" lines
	Header   lipgloss.Style // a header name in an example or the headers list
	Body     lipgloss.Style // an example's body
	Key      lipgloss.Style // a key in the help
	KeyDesc  lipgloss.Style
	Tab      lipgloss.Style
	TabOn    lipgloss.Style
	Option   lipgloss.Style
	OptionOn lipgloss.Style
	Right    lipgloss.Style // the right answer in feedback
	Wrong    lipgloss.Style // a wrong pick in feedback
}

// palette is the set of colours a Styles is built from.
type palette struct {
	text, muted, faint, accent, good, bad, warn, selBg, border color.Color
	class                                                      [5]color.Color
	request, response, header                                  color.Color
}

// newStyles builds the styles for a dark or light background. Bubble Tea
// downsamples the colours to what the terminal supports and drops them
// under NO_COLOR.
func newStyles(isDark bool) *Styles {
	s := new(Styles)
	ld := lipgloss.LightDark(isDark)
	c := func(light, dark string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(dark)) }
	build(s, isDark, palette{
		text:   c("#1C1C1C", "#E4E4E4"),
		muted:  c("#5F5F5F", "#A8A8A8"),
		faint:  c("#8A8A8A", "#6C6C6C"),
		accent: c("#5F00D7", "#AF87FF"),
		good:   c("#007A33", "#5FD787"),
		bad:    c("#C00000", "#FF6B6B"),
		warn:   c("#8A5A00", "#FFD75F"),
		selBg:  c("#E4E0F7", "#2E2A4A"),
		border: c("#BCBCBC", "#4E4E4E"),
		class: [5]color.Color{
			c("#005FD7", "#5FAFFF"), // 1xx informational: blue
			c("#007A33", "#5FD787"), // 2xx success: green
			c("#007070", "#5FD7D7"), // 3xx redirection: cyan
			c("#A34D00", "#FFAF5F"), // 4xx client error: orange
			c("#C00000", "#FF6B6B"), // 5xx server error: red
		},
		request:  c("#005FD7", "#87AFFF"),
		response: c("#007A33", "#87D7AF"),
		header:   c("#6C3483", "#D7AFFF"),
	})
	return s
}

// PrintStyles are the styles of the one-shot printouts: the terminal's own
// 16 colours, which its theme already fits to its background, so that
// nothing has to ask the terminal what its background is.
func PrintStyles() *Styles {
	a := func(n int) color.Color { return lipgloss.ANSIColor(n) }
	none := lipgloss.NoColor{}
	s := new(Styles)
	build(s, true, palette{
		text: none, muted: none, faint: a(8), accent: a(5), good: a(2), bad: a(1), warn: a(3),
		selBg: none, border: a(8),
		class:   [5]color.Color{a(4), a(2), a(6), a(3), a(1)},
		request: a(4), response: a(2), header: a(5),
	})
	return s
}

// build fills s from a palette. It fills it in place: a Styles is 17.6 KB,
// and one returned by value takes that much stack in every caller.
func build(s *Styles, isDark bool, p palette) {
	s.IsDark = isDark
	s.classFg = [6]color.Color{p.text, p.class[0], p.class[1], p.class[2], p.class[3], p.class[4]}
	base := lipgloss.NewStyle()
	s.Accent = base.Foreground(p.accent).Bold(true)
	s.Title = base.Bold(true).Foreground(p.text)
	s.Heading = base.Bold(true).Foreground(p.accent)
	s.Text = base.Foreground(p.text)
	s.Muted = base.Foreground(p.muted)
	s.Faint = base.Foreground(p.faint)
	s.Bold = base.Bold(true)
	s.Selected = base.Background(p.selBg).Bold(true)
	s.Vendor = base.Foreground(p.muted).Italic(true)
	s.Warn = base.Foreground(p.warn)
	s.Good = base.Foreground(p.good).Bold(true)
	s.Bad = base.Foreground(p.bad).Bold(true)
	s.Link = base.Foreground(p.accent).Underline(true)
	s.Border = base.Foreground(p.border)
	s.Focused = base.Foreground(p.accent)
	s.Request = base.Foreground(p.request)
	s.Response = base.Foreground(p.response)
	s.Header = base.Foreground(p.header)
	s.Body = base.Foreground(p.muted)
	s.Key = base.Foreground(p.accent).Bold(true)
	s.KeyDesc = base.Foreground(p.muted)
	s.Tab = base.Foreground(p.muted).Padding(0, 1)
	s.TabOn = base.Foreground(p.accent).Bold(true).Underline(true).Padding(0, 1)
	s.Option = base.Foreground(p.text)
	s.OptionOn = base.Foreground(p.accent).Bold(true)
	s.Right = base.Foreground(p.good).Bold(true)
	s.Wrong = base.Foreground(p.bad).Bold(true)
}

// ClassColor is the colour of a class.
func (s *Styles) ClassColor(c data.Class) color.Color {
	if c < 1 || c > 5 {
		return s.classFg[0]
	}
	return s.classFg[c]
}

// Class styles text in the colour of a class.
func (s *Styles) Class(c data.Class) lipgloss.Style {
	return lipgloss.NewStyle().Foreground(s.ClassColor(c))
}

// Code styles a code number in its class colour, bold.
func (s *Styles) Code(c data.Class) lipgloss.Style { return s.Class(c).Bold(true) }
