package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"httpcodes/data"
	"httpcodes/quiz"
)

// setupField is the field of the quiz setup that has the focus.
type setupField int

const (
	fieldKind setupField = iota
	fieldScope
	fieldCount
	setupFields // how many fields there are
)

// setup is the quiz setup screen: the same choices as `httpcodes quiz`'s
// --kind, --scope and --count. Enter asks the root for the quiz.
type setup struct {
	c     *common
	field setupField
	kind  int
	scope int
	count int
	note  string // why the last choices could not make a quiz

	kinds  []quiz.Kind
	scopes []quiz.Scope
	counts []int
	blurbs map[quiz.Scope]string // counted once, not every frame
	width  int

	help helpKeys
}

var kindBlurbs = map[quiz.Kind]string{
	quiz.Mix:          "A blend of every kind, weighted toward what you get wrong",
	quiz.Meaning:      "“What does 404 mean?” Pick the phrase",
	quiz.CodeOf:       "“Which code means Service Unavailable?” Pick the number",
	quiz.ScenarioKind: "A real situation: pick the code that fits",
	quiz.Recall:       "Type the code for a phrase or a situation",
	quiz.Pair:         "The classic mix-ups: 401/403, 301/308, 502/503/504…",
	quiz.ClassKind:    "Which class is a code in?",
	quiz.ConstantKind: "How your stack writes a code: http.StatusConflict, :conflict…",
}

// startQuizMsg asks the root for a quiz with these choices.
type startQuizMsg struct {
	cfg          quiz.Config
	reproducible bool
}

// quizRefusedMsg: the choices could not make a quiz; the setup shows them
// again, with why.
type quizRefusedMsg struct {
	cfg quiz.Config
	why string
}

func newSetup(c *common) *setup {
	s := &setup{
		c:      c,
		kinds:  quiz.Kinds(),
		scopes: slices.DeleteFunc(quiz.Scopes(), func(sc quiz.Scope) bool { return sc == quiz.ScopeTeam && !c.opts.Bank.HasTeam() }),
		counts: []int{5, 10, 20, 30, 50},
		count:  1,
		kind:   len(quiz.Kinds()) - 1, // mix
		blurbs: map[quiz.Scope]string{},
	}
	for _, sc := range s.scopes {
		s.blurbs[sc] = scopeBlurb(sc)
	}
	km := c.keys
	general := []key.Binding{km.Back, km.Help, km.Quit}
	s.help = helpKeys{
		short: []key.Binding{km.Start, km.helpField, km.Left, km.Back, km.Help, km.Quit},
		full:  [][]key.Binding{{km.PrevField, km.NextField, km.Left, km.Start}, general},
	}
	return s
}

// defaults picks the starting choices for this learner: mix, essential for
// a first-timer (else common), 10 questions.
func (s *setup) defaults(l quiz.Learner) {
	if i := slices.Index(s.kinds, quiz.Mix); i >= 0 {
		s.kind = i
	}
	if i := slices.Index(s.scopes, quiz.DefaultScope(l)); i >= 0 {
		s.scope = i
	}
	s.count = slices.Index(s.counts, quiz.DefaultCount)
}

// remember makes a quiz's choices the form's, so that "new quiz" starts
// from them (a count the form does not offer keeps the form's).
func (s *setup) remember(c quiz.Config) {
	if i := slices.Index(s.kinds, c.Kind); i >= 0 {
		s.kind = i
	}
	if i := slices.Index(s.scopes, c.Scope); i >= 0 {
		s.scope = i
	}
	if i := slices.Index(s.counts, c.Count); i >= 0 {
		s.count = i
	}
}

func (s *setup) config(seed int64) quiz.Config {
	return quiz.Config{Kind: s.kinds[s.kind], Scope: s.scopes[s.scope], Count: s.counts[s.count], Seed: seed}
}

func (s *setup) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case progressOpenedMsg:
		s.defaults(s.c.quizLearner())
	case quizStartedMsg:
		s.remember(msg.cfg)
	case quizRefusedMsg:
		s.remember(msg.cfg)
		s.note = errorSentence(msg.why)
	}
	return nil
}

func (s *setup) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if !s.c.ready {
		return nil, false
	}
	km := s.c.keys
	change := func(d int) {
		switch s.field {
		case fieldKind:
			s.kind = (s.kind + d + len(s.kinds)) % len(s.kinds)
		case fieldScope:
			s.scope = (s.scope + d + len(s.scopes)) % len(s.scopes)
		case fieldCount:
			s.count = (s.count + d + len(s.counts)) % len(s.counts)
		}
	}
	s.note = "" // a complaint about the last choices is stale once they change
	switch {
	case key.Matches(msg, km.Start):
		cfg := s.config(s.c.seed())
		return func() tea.Msg { return startQuizMsg{cfg: cfg} }, true
	case key.Matches(msg, km.PrevField):
		s.field = (s.field + setupFields - 1) % setupFields
	case key.Matches(msg, km.NextField):
		s.field = (s.field + 1) % setupFields
	case key.Matches(msg, km.Left):
		change(-1)
	case key.Matches(msg, km.Right):
		change(1)
	default:
		return nil, false
	}
	return nil, true
}

func scopeBlurb(sc quiz.Scope) string {
	count := func(keep func(*data.Entry) bool) int { return len(data.Filter(keep)) }
	registry := func(e *data.Entry) bool { return e.Official() && e.Status != data.Reserved }
	switch sc {
	case quiz.ScopeEssential:
		return fmt.Sprintf("The %d codes every developer must know", count(func(e *data.Entry) bool {
			return registry(e) && e.Tier == data.Essential
		}))
	case quiz.ScopeCommon:
		return fmt.Sprintf("The %d codes you will meet in APIs, proxies and browsers", count(func(e *data.Entry) bool {
			return registry(e) && e.Tier >= data.Common
		}))
	case quiz.ScopeAll:
		return fmt.Sprintf("Every registered code but the two reserved ones (%d)", count(registry))
	case quiz.ScopeVendor:
		return fmt.Sprintf("Vendor codes: nginx, Cloudflare, AWS and others (%d)", count(func(e *data.Entry) bool {
			return !e.Official()
		}))
	case quiz.ScopeWeakest:
		return "The codes you miss most"
	case quiz.ScopeTeam:
		return "The scenarios of your team's deck"
	}
	if fits, _, err := data.ParsePattern(string(sc)); err == nil && fits != nil {
		c := data.Class(sc[0] - '0')
		return fmt.Sprintf("%s only (%d codes)", c.Label(), count(func(e *data.Entry) bool {
			return registry(e) && fits(e.Code)
		}))
	}
	return ""
}

func (s *setup) setSize(w, _ int) { s.width = w }

func (s *setup) view() string {
	st := s.c.styles
	if !s.c.ready {
		return pad(st.Muted.Render("Opening your progress…"))
	}
	var b strings.Builder
	b.WriteString(st.Heading.Render("New quiz") + "\n\n")
	rows := []struct{ name, value, blurb string }{
		{"Kind", string(s.kinds[s.kind]), kindBlurbs[s.kinds[s.kind]]},
		{"Scope", string(s.scopes[s.scope]), s.blurbs[s.scopes[s.scope]]},
		{"Count", strconv.Itoa(s.counts[s.count]), "questions"},
	}
	for i, r := range rows {
		mark, name, val := "  ", st.Muted.Render(fmt.Sprintf("%-6s", r.name)), r.value
		if setupField(i) == s.field {
			mark = st.Accent.Render("› ")
			name = st.Bold.Render(fmt.Sprintf("%-6s", r.name))
			val = st.Accent.Render("‹ " + val + " ›")
		} else {
			val = "  " + val + "  "
		}
		left := mark + name + " " + padTo(val, 16)
		var sb strings.Builder
		hanging(&sb, left, r.blurb, max(s.width-4, 30), st.Muted)
		b.WriteString(sb.String())
	}
	w := max(s.width-4, 20)
	b.WriteString("\n" + st.Muted.Render(lipgloss.Wrap("↑/↓ choose a field · ←/→ change it · enter starts the quiz", w, "")) + "\n")
	if s.c.saving {
		b.WriteString(st.Faint.Render(lipgloss.Wrap("Every answer is saved as you go and schedules the code for review.", w, "")) + "\n")
	} else {
		b.WriteString(st.Warn.Render(lipgloss.Wrap("Progress is not being saved this time: your answers count for this session only.", w, "")) + "\n")
	}
	return lipgloss.NewStyle().Padding(1, 2).Render(strings.TrimRight(b.String(), "\n"))
}

func (s *setup) status() string             { return s.note }
func (s *setup) helpKeys() helpKeys         { return s.help }
func (s *setup) mouse(tea.MouseMsg) tea.Cmd { return nil }
func (s *setup) setStyles()                 {}

// enter starts the form on its first field.
func (s *setup) enter() tea.Cmd { s.note, s.field = "", fieldKind; return nil }
func (s *setup) leave()         {}
