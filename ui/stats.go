package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"httpcodes/quiz"
)

// statsScreen is the stats screen: the learner's statistics, read afresh
// each time it is shown, in a scrollable view, where the desired retention
// can be changed.
type statsScreen struct {
	c      *common
	stats  *quiz.Stats
	err    error
	body   viewport.Model
	width  int
	height int
	help   helpKeys

	// from is the desired retention when the statistics were read: a
	// change is described from it.
	from float64
	// saving: a retention is being kept; another change waits for it.
	saving bool
	// change says what the latest change of retention does, or why it
	// could not be kept; bad marks the latter.
	change string
	bad    bool
}

// Messages of the stats screen's commands.
type (
	// statsMsg carries the statistics read from the progress.
	statsMsg struct {
		stats quiz.Stats
		err   error
	}
	// retentionSavedMsg: a desired retention was kept (or could not be
	// saved for the next runs).
	retentionSavedMsg struct {
		retention float64
		err       error
	}
)

func newStatsScreen(c *common) *statsScreen {
	km := c.keys
	scroll := []key.Binding{km.Up, km.Down, km.PageUp, km.PageDown, km.Top, km.Bottom}
	general := []key.Binding{km.Back, km.Help, km.Quit}
	return &statsScreen{c: c, body: viewport.New(), help: helpKeys{
		// The retention's key comes last: where the bar is too narrow, the
		// screen still names it beside the retention.
		short: []key.Binding{km.Down, km.PageDown, km.Back, km.Quiz, km.Review, km.helpRetention, km.Help, km.Quit},
		full:  [][]key.Binding{scroll, {km.RetentionDown, km.RetentionUp}, general},
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
	p, now, bank := s.c.progress, s.c.now(), s.c.opts.Bank
	q := quiz.StatsQuery{Deck: bank.DeckIDs(), NewPerDay: s.c.opts.NewPerDay, LeechAfter: s.c.opts.Settings.LeechAfter}
	return func() tea.Msg {
		st, err := p.Stats(now, q)
		return statsMsg{stats: st, err: err}
	}
}

func (s *statsScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case statsMsg:
		s.err = msg.err
		if msg.err == nil {
			st := msg.stats
			if s.stats != nil && s.saving {
				st.DesiredRetention = s.stats.DesiredRetention // the change being kept
			}
			s.stats, s.from, s.change = &st, st.DesiredRetention, ""
			s.render()
		}
	case retentionSavedMsg:
		s.saving = false
		if s.stats != nil && s.stats.DesiredRetention != msg.retention {
			return s.keepRetentionCmd(s.stats.DesiredRetention) // changed again meanwhile
		}
		if msg.err != nil {
			s.change, s.bad = "The new retention holds until you quit: it could not be saved ("+msg.err.Error()+").", true
			s.render()
		}
	}
	return nil
}

// stepRetention moves the desired retention by steps, says what that does
// and keeps it.
func (s *statsScreen) stepRetention(steps int) tea.Cmd {
	if s.stats == nil {
		return nil
	}
	r := quiz.StepRetention(s.stats.DesiredRetention, steps)
	s.bad = false
	if r == s.stats.DesiredRetention {
		end := "highest"
		if steps < 0 {
			end = "lowest"
		}
		s.change = fmt.Sprintf("The desired retention is at its %s, %s.", end, quiz.Percent(r))
		s.render()
		return nil
	}
	s.stats.DesiredRetention = r
	s.change = quiz.RetentionChange(s.from, r)
	if s.c.opts.SaveRetention == nil {
		s.change += " It holds until you quit."
	}
	s.render()
	if s.saving {
		return nil // the save under way takes the latest value up when it is done
	}
	return s.keepRetentionCmd(r)
}

// keepRetentionCmd keeps a desired retention: the progress schedules the
// next answers with it, and the settings keep it for the next runs.
func (s *statsScreen) keepRetentionCmd(r float64) tea.Cmd {
	s.saving = true
	p, save := s.c.progress, s.c.opts.SaveRetention
	return func() tea.Msg {
		p.SetRetention(r)
		var err error
		if save != nil {
			err = save(r)
		}
		return retentionSavedMsg{retention: r, err: err}
	}
}

// render lays the statistics out for the width, in a margin of one column.
func (s *statsScreen) render() {
	if s.stats == nil || s.width == 0 {
		return
	}
	rc := retentionControl{key: s.c.keys.helpRetention.Help().Key, note: s.change, bad: s.bad}
	text := statsText(*s.stats, s.c.opts.Bank, s.width-3, s.c.styles, rc)
	if !s.c.saving {
		text = s.c.styles.Warn.Render(lipgloss.Wrap("These figures are this session's only: progress is not being saved.",
			max(s.width-3, 10), "")) + "\n\n" + text
	}
	s.body.SetContent(" " + strings.ReplaceAll(text, "\n", "\n "))
}

func (s *statsScreen) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	switch km := s.c.keys; {
	case key.Matches(msg, km.RetentionDown):
		return s.stepRetention(-1), true
	case key.Matches(msg, km.RetentionUp):
		return s.stepRetention(1), true
	}
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

// StatsText renders the learner's statistics: what is due, retention
// desired and measured, mastery per class, the study calendar, accuracy by
// kind, the weakest codes and the leeches, the best quizzes and the week
// ahead. It serves the stats screen and `httpcodes stats`.
// bank names the cards (a team deck's scenarios too).
func StatsText(s quiz.Stats, bank *quiz.Bank, width int, st *Styles) string {
	return statsText(s, bank, width, st, retentionControl{})
}

// retentionControl is what the stats screen adds to the desired retention:
// the key that changes it, and what the latest change does (bad: why it
// could not be kept).
type retentionControl struct {
	key, note string
	bad       bool
}

// statsText is StatsText with the stats screen's retention control.
func statsText(s quiz.Stats, bank *quiz.Bank, width int, st *Styles, rc retentionControl) string {
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
	newCodes := fmt.Sprintf("%d new %s to learn", d.New, Plural(d.New, "code", "codes"))
	switch {
	case d.Total == 0 && d.New == 0:
		wrap("Nothing is due today.")
	case d.Total == 0:
		wrap("Nothing is due today; " + newCodes + ".")
	default:
		due := fmt.Sprintf("%s due today (%d learning · %d review)", st.Bold.Render(fmt.Sprint(d.Total)), d.Learning, d.Review)
		if d.New > 0 {
			due += ", and " + newCodes
		}
		wrap(due + ".")
	}
	if s.Reviews == 0 {
		wrap(st.Muted.Render("No answers yet: take a quiz or a review, and your progress shows here."))
	} else {
		wrap(fmt.Sprintf("%d %s, %d%% right · studied %d of the last 30 days",
			s.Reviews, Plural(s.Reviews, "answer", "answers"), pct(s.Accuracy), s.DaysStudied30))
		wrap(knowledgeText(s))
	}
	measured := "not enough reviews yet"
	if s.Retention30 != nil {
		measured = fmt.Sprintf("%d%%", pct(*s.Retention30))
	}
	desired := st.Bold.Render(quiz.Percent(s.DesiredRetention))
	if rc.key != "" {
		desired += " (" + rc.key + " to change)"
	}
	wrap("Retention: desired " + desired + " · measured over 30 days: " + measured)
	if rc.note != "" {
		style := st.Muted
		if rc.bad {
			style = st.Warn
		}
		wrap(style.Render(rc.note))
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
			// Narrow: under the bar, only the counts there are.
			var parts []string
			for i, n := range []int{m.Mature, m.Young, m.Learning, m.New} {
				if n > 0 {
					parts = append(parts, fmt.Sprintf("%d %s", n, []string{"mature", "young", "learning", "new"}[i]))
				}
			}
			line(fmt.Sprintf("  %s %s", st.Code(c).Render(c.String()), bar))
			hanging(&b, "      ", strings.Join(parts, " · "), width, st.Muted)
			continue
		}
		line(fmt.Sprintf("  %s %s %s", st.Code(c).Render(c.String()), bar, counts))
	}
	hanging(&b, "  ", "█ mature (21+ days)  ▓ young  ▒ learning  ░ new", width, st.Faint)

	if len(s.Heatmap) > 0 {
		heading("Last 12 weeks")
		for _, l := range heatmap(s.Heatmap, st) {
			line("  " + l)
		}
		hanging(&b, "      ", "· none  ░ ▒ ▓ █ fewer to most answers in a day", width, st.Faint)
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
			rows = append(rows, [2]string{codeLabel(w.ID, bank, st), fmt.Sprintf("%d wrong of %d (%d%% right)", w.Wrong, w.Answers, pct(w.Accuracy))})
		}
		twoColumns(&b, rows, width, st.Muted)
	}

	if len(s.Leeches) > 0 {
		heading(fmt.Sprintf("Leeches: missed %d times or more", s.LeechAfter))
		var rows [][2]string
		for _, l := range s.Leeches {
			what := fmt.Sprintf("missed %d of %d", l.Wrong, l.Answers)
			if d, _ := bank.Card(l.Versus); d != nil {
				what += fmt.Sprintf(" · drilled against %d %s", d.Code, d.Title())
			}
			rows = append(rows, [2]string{codeLabel(l.ID, bank, st), what})
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
			bar := st.Accent.Render(strings.Repeat("▇", n*min(barW, 30, max(width-18, 5))/peak))
			line(fmt.Sprintf("  %-11s %3d %s", day, n, bar))
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func pct(f float64) int { return int(f*100 + 0.5) }

// knowledgeText says how many codes the learner knows: the sum of the
// recall probabilities of the codes in review; a code in its learning
// steps, just missed or not learnt yet, counts as not known.
func knowledgeText(s quiz.Stats) string {
	seen, learning := len(s.Cards), len(s.Cards)-s.InReview
	codes := fmt.Sprintf("%d %s seen", seen, Plural(seen, "code", "codes"))
	if s.InReview == 0 {
		return fmt.Sprintf("Estimated knowledge: 0 of the %s: %s in learning steps, which count as not known yet.",
			codes, Plural(seen, "it is still", "they are all still"))
	}
	text := fmt.Sprintf("Estimated knowledge: %.1f of the %s: the sum of the recall probabilities now of the %d in "+
		"review (near 100%% just after a review, falling as days pass)", s.Knowledge, codes, s.InReview)
	if learning > 0 {
		text += fmt.Sprintf("; the %d in learning steps count as not known yet", learning)
	}
	return text + "."
}

// codeLabel is a card ID as the stats list it: "404 Not Found", the code
// in its class's colour; a team scenario's card is its answer and its
// deck's name.
func codeLabel(id string, bank *quiz.Bank, st *Styles) string {
	e, deck := bank.Card(id)
	if e == nil {
		return id
	}
	label := st.Code(e.Class()).Render(fmt.Sprint(e.Code)) + " " + e.Title()
	if deck != "" {
		label += st.Vendor.Render(" (a " + deck + " scenario)")
	}
	return label
}

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
// week, the shade saying how many answers that day had. The calendar
// starts on the first Monday, so that every row starts in the first
// column (a lone Sunday would stand out to the left of the grid); the
// last week ends today.
func heatmap(days []quiz.DayCount, st *Styles) []string {
	type cell struct {
		n   int
		set bool
	}
	first, err := time.Parse("2006-01-02", days[0].Date)
	if err != nil {
		return nil
	}
	lead := (int(first.Weekday()) + 6) % 7 // the blank days before the first, Monday first
	if toMonday := (7 - lead) % 7; toMonday < len(days) {
		days, lead = days[toMonday:], 0
	}
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
		out = append(out, strings.TrimRight(b.String(), " "))
	}
	return out
}
