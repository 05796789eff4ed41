package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"httpcodes/data"
	"httpcodes/quiz"
)

// statsScreen is the stats screen: the learner's statistics, read afresh
// each time it is shown, in a scrollable view.
type statsScreen struct {
	c      *common
	stats  *quiz.Stats
	err    error
	body   viewport.Model
	width  int
	height int
	help   helpKeys
}

// statsMsg carries the statistics read from the progress.
type statsMsg struct {
	stats quiz.Stats
	err   error
}

func newStatsScreen(c *common) *statsScreen {
	km := c.keys
	scroll := []key.Binding{km.Up, km.Down, km.PageUp, km.PageDown, km.Top, km.Bottom}
	general := []key.Binding{km.Back, km.Help, km.Quit}
	return &statsScreen{c: c, body: viewport.New(), help: helpKeys{
		short: []key.Binding{km.Down, km.PageDown, km.Back, km.Quiz, km.Review, km.Help, km.Quit},
		full:  [][]key.Binding{scroll, general},
	}}
}

// enter reads the statistics afresh.
func (s *statsScreen) enter() tea.Cmd {
	if !s.c.ready {
		return nil // read once the progress is open
	}
	return s.loadCmd()
}

func (s *statsScreen) leave() {}

// loadCmd computes the statistics in the background.
func (s *statsScreen) loadCmd() tea.Cmd {
	p, now, limit, bank := s.c.progress, s.c.now(), s.c.opts.NewPerDay, s.c.opts.Bank
	return func() tea.Msg {
		st, err := p.Stats(now, bank.DeckIDs(), limit)
		return statsMsg{stats: st, err: err}
	}
}

func (s *statsScreen) update(msg tea.Msg) tea.Cmd {
	if msg, ok := msg.(statsMsg); ok {
		s.err = msg.err
		if msg.err == nil {
			st := msg.stats
			s.stats = &st
			s.render()
		}
	}
	return nil
}

// render lays the statistics out for the width, in a margin of one column.
func (s *statsScreen) render() {
	if s.stats == nil || s.width == 0 {
		return
	}
	text := StatsText(*s.stats, s.width-3, s.c.styles)
	if !s.c.saving {
		text = s.c.styles.Warn.Render(lipgloss.Wrap("These figures are this session's only: progress is not being saved.",
			max(s.width-3, 10), "")) + "\n\n" + text
	}
	s.body.SetContent(" " + strings.ReplaceAll(text, "\n", "\n "))
}

func (s *statsScreen) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	return nil, scrollViewport(&s.body, msg, s.c.keys)
}

func (s *statsScreen) mouse(msg tea.MouseMsg) tea.Cmd {
	wheel(&s.body, msg)
	return nil
}

func (s *statsScreen) setSize(w, h int) {
	s.width, s.height = w, h
	s.body.SetWidth(w)
	s.body.SetHeight(h)
	s.render()
}

func (s *statsScreen) setStyles()         { s.render() }
func (s *statsScreen) status() string     { return "" }
func (s *statsScreen) helpKeys() helpKeys { return s.help }

func (s *statsScreen) view() string {
	st := s.c.styles
	switch {
	case s.err != nil:
		return pad(st.Bad.Render("Could not compute the statistics: " + s.err.Error()))
	case s.stats == nil:
		return pad(st.Muted.Render("Counting…"))
	}
	return withScrollbar(&s.body, s.width, st)
}

// StatsText renders the learner's statistics: what is due, mastery per
// class, retention, the study calendar, accuracy by kind, the weakest
// codes, the best quizzes and the week ahead. It serves the stats screen
// and `httpcodes stats`.
func StatsText(s quiz.Stats, width int, st *Styles) string {
	width = max(width, 24)
	var b strings.Builder
	line := func(x string) { b.WriteString(x + "\n") }
	heading := func(h string) { line(""); line(st.Heading.Render(h)) }
	wrap := func(x string) {
		for _, l := range strings.Split(lipgloss.Wrap(x, width-2, ""), "\n") {
			line("  " + l)
		}
	}

	line(st.Heading.Render("Today"))
	d := s.DueToday
	if d.Total == 0 {
		wrap("Nothing is due today.")
	} else {
		wrap(fmt.Sprintf("%s due: %d new · %d learning · %d review",
			st.Bold.Render(fmt.Sprint(d.Total)), d.New, d.Learning, d.Review))
	}
	if s.Reviews == 0 {
		wrap(st.Muted.Render("No answers yet: take a quiz or a review, and your progress shows here."))
	} else {
		ret := "not enough reviews yet"
		if s.Retention30 != nil {
			ret = fmt.Sprintf("%d%%", pct(*s.Retention30))
		}
		wrap(fmt.Sprintf("%d answers, %d%% right · studied %d of the last 30 days · retention (30 days) %s",
			s.Reviews, pct(s.Accuracy), s.DaysStudied30, ret))
		wrap(fmt.Sprintf("Estimated knowledge: %.1f of the %d codes seen (the sum of their recall probabilities "+
			"now: near 100%% just after a review, falling as days pass)", s.Knowledge, len(s.Cards)))
	}

	heading("Mastery by class")
	// A mastery line is "  1xx " + the bar + " 12 mature · 12 young · 12
	// learning · 12 new": 50 cells besides the bar. Narrower, the counts go
	// under the bar.
	barW := min(max(width-50, 10), 40)
	under := width < 50+10
	if under {
		barW = max(width-8, 10)
	}
	for _, m := range s.Mastery {
		total := m.New + m.Learning + m.Young + m.Mature
		c := m.Class
		bar := stackedBar(barW, total, []int{m.Mature, m.Young, m.Learning, m.New},
			[]string{"█", "▓", "▒", "░"}, []lipgloss.Style{st.Class(c), st.Class(c), st.Muted, st.Faint})
		counts := st.Muted.Render(fmt.Sprintf("%d mature · %d young · %d learning · %d new", m.Mature, m.Young, m.Learning, m.New))
		if under {
			line(fmt.Sprintf("  %s %s", st.Code(c).Render(c.String()), bar))
			wrap("    " + counts)
			continue
		}
		line(fmt.Sprintf("  %s %s %s", st.Code(c).Render(c.String()), bar, counts))
	}
	line(st.Faint.Render("  █ mature (21+ days)  ▓ young  ▒ learning  ░ new"))

	if len(s.Heatmap) > 0 {
		heading("Last 12 weeks")
		for _, l := range heatmap(s.Heatmap, st) {
			line("  " + l)
		}
	}

	if len(s.ByKind) > 0 {
		heading("Accuracy by question kind")
		for _, k := range s.ByKind {
			bar := stackedBar(min(barW, 20), k.Answers, []int{k.Correct, k.Answers - k.Correct},
				[]string{"█", "░"}, []lipgloss.Style{st.Good, st.Faint})
			line(fmt.Sprintf("  %-9s %s %3d%% of %d", k.Kind, bar, pct(k.Accuracy), k.Answers))
		}
	}

	if len(s.Weakest) > 0 {
		heading("Weakest codes")
		var rows [][2]string
		for _, w := range s.Weakest {
			label := w.ID
			if e := data.ByID(w.ID); e != nil {
				label = st.Code(e.Class()).Render(fmt.Sprint(e.Code)) + " " + e.Title()
			}
			rows = append(rows, [2]string{label, fmt.Sprintf("%d wrong of %d (%d%% right)", w.Wrong, w.Answers, pct(w.Accuracy))})
		}
		twoColumns(&b, rows, width, st.Muted)
	}

	if len(s.BestScores) > 0 {
		heading("Best quizzes")
		for _, q := range s.BestScores {
			line(fmt.Sprintf("  %s %s", st.Bold.Render(fmt.Sprintf("%d/%d (%d%%)", q.Correct, q.Answered, int(q.Percent+0.5))),
				st.Muted.Render(fmt.Sprintf("%s · %s · %s", q.Kind, q.Scope, q.Date))))
		}
	}

	if len(s.Forecast) > 0 {
		heading("Reviews due in the next 7 days")
		peak := 1
		for _, n := range s.Forecast {
			peak = max(peak, n)
		}
		for i, n := range s.Forecast {
			day := "today"
			if i == 1 {
				day = "tomorrow"
			} else if i > 1 {
				day = fmt.Sprintf("in %d days", i)
			}
			bar := st.Accent.Render(strings.Repeat("▇", n*min(barW, 30)/peak))
			line(fmt.Sprintf("  %-11s %3d %s", day, n, bar))
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func pct(f float64) int { return int(f*100 + 0.5) }

// stackedBar draws parts of total as a bar of width w, one glyph and style
// per part.
func stackedBar(w, total int, parts []int, glyphs []string, styles []lipgloss.Style) string {
	if total <= 0 {
		return strings.Repeat(" ", w)
	}
	var b strings.Builder
	used := 0
	for i, p := range parts {
		n := p * w / total
		if i == len(parts)-1 {
			n = w - used
		}
		if n > 0 {
			b.WriteString(styles[i].Render(strings.Repeat(glyphs[i], n)))
		}
		used += n
	}
	return b.String()
}

// heatmap lays out days as a calendar: a row per weekday, a column per
// week, the shade saying how many answers that day had.
func heatmap(days []quiz.DayCount, st *Styles) []string {
	type cell struct {
		n   int
		set bool
	}
	first, err := time.Parse("2006-01-02", days[0].Date)
	if err != nil {
		return nil
	}
	lead := (int(first.Weekday()) + 6) % 7 // Monday first
	weeks := (lead + len(days) + 6) / 7
	grid := make([][]cell, 7)
	for i := range grid {
		grid[i] = make([]cell, weeks)
	}
	peak := 1
	for i, d := range days {
		p := lead + i
		grid[p%7][p/7] = cell{n: d.Reviews, set: true}
		peak = max(peak, d.Reviews)
	}
	shades := []string{"░", "▒", "▓", "█"}
	names := []string{"Mon", "", "Wed", "", "Fri", "", "Sun"}
	out := make([]string, 0, 8)
	for wd := range 7 {
		var b strings.Builder
		b.WriteString(st.Faint.Render(fmt.Sprintf("%-4s", names[wd])))
		for _, c := range grid[wd] {
			switch {
			case !c.set:
				b.WriteString("  ")
			case c.n == 0:
				b.WriteString(st.Faint.Render("· "))
			default:
				lvl := min((c.n*len(shades)-1)/peak, len(shades)-1)
				b.WriteString(st.Good.Render(shades[lvl]) + " ")
			}
		}
		out = append(out, b.String())
	}
	out = append(out, st.Faint.Render("    · none  ░ ▒ ▓ █ fewer to most answers in a day"))
	return out
}
