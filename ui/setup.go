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

// setup is the quiz setup form: the same choices as `httpcodes quiz`'s
// --kind, --scope and --count.
type setup struct {
	active bool
	field  int // 0 kind, 1 scope, 2 count
	kind   int
	scope  int
	count  int

	kinds  []quiz.Kind
	scopes []quiz.Scope
	counts []int
	blurbs map[quiz.Scope]string // counted once, not every frame
}

var kindBlurbs = map[quiz.Kind]string{
	quiz.Mix:          "A blend of every kind, weighted toward what you get wrong",
	quiz.Meaning:      "“What does 404 mean?” Pick the phrase",
	quiz.CodeOf:       "“Which code means Service Unavailable?” Pick the number",
	quiz.ScenarioKind: "A real situation: pick the code that fits",
	quiz.Recall:       "Type the code for a phrase or a situation",
	quiz.Pair:         "The classic mix-ups: 401/403, 301/308, 502/503/504…",
	quiz.ClassKind:    "Which class is a code in?",
}

func newSetup() setup {
	st := setup{
		active: true,
		kinds:  quiz.Kinds(),
		scopes: quiz.Scopes(),
		counts: []int{5, 10, 20, 30, 50},
		count:  1,
		kind:   len(quiz.Kinds()) - 1, // mix
		blurbs: map[quiz.Scope]string{},
	}
	for _, sc := range st.scopes {
		st.blurbs[sc] = scopeBlurb(sc)
	}
	return st
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

func (s setup) config(seed int64) quiz.Config {
	return quiz.Config{Kind: s.kinds[s.kind], Scope: s.scopes[s.scope], Count: s.counts[s.count], Seed: seed}
}

func (s *study) setupKey(msg tea.KeyPressMsg, km KeyMap) (tea.Cmd, bool) {
	if !s.ready {
		return nil, false
	}
	f := &s.setup
	change := func(d int) {
		switch f.field {
		case 0:
			f.kind = (f.kind + d + len(f.kinds)) % len(f.kinds)
		case 1:
			f.scope = (f.scope + d + len(f.scopes)) % len(f.scopes)
		case 2:
			f.count = (f.count + d + len(f.counts)) % len(f.counts)
		}
	}
	s.note = "" // a complaint about the last choices is stale once they change
	switch {
	case msg.String() == "enter":
		return s.startQuiz(f.config(s.seed()), false), true // which leaves the setup if it starts
	case key.Matches(msg, km.PrevField):
		f.field = (f.field + 2) % 3
	case key.Matches(msg, km.NextField):
		f.field = (f.field + 1) % 3
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
	}
	if fits, _, err := data.ParsePattern(string(sc)); err == nil && fits != nil {
		c := data.Class(sc[0] - '0')
		return fmt.Sprintf("%s only (%d codes)", c.Label(), count(func(e *data.Entry) bool {
			return registry(e) && fits(e.Code)
		}))
	}
	return ""
}

func (s setup) view(st Styles, width int, saving bool) string {
	var b strings.Builder
	b.WriteString(st.Heading.Render("New quiz") + "\n\n")
	rows := []struct{ name, value, blurb string }{
		{"Kind", string(s.kinds[s.kind]), kindBlurbs[s.kinds[s.kind]]},
		{"Scope", string(s.scopes[s.scope]), s.blurbs[s.scopes[s.scope]]},
		{"Count", strconv.Itoa(s.counts[s.count]), "questions"},
	}
	for i, r := range rows {
		mark, name, val := "  ", st.Muted.Render(fmt.Sprintf("%-6s", r.name)), r.value
		if i == s.field {
			mark = st.Accent.Render("› ")
			name = st.Bold.Render(fmt.Sprintf("%-6s", r.name))
			val = st.Accent.Render("‹ " + val + " ›")
		} else {
			val = "  " + val + "  "
		}
		left := mark + name + " " + padTo(val, 16)
		var sb strings.Builder
		hanging(&sb, left, r.blurb, max(width-4, 30), st.Muted)
		b.WriteString(sb.String())
	}
	w := max(width-4, 20)
	b.WriteString("\n" + st.Muted.Render(lipgloss.Wrap("↑/↓ choose a field · ←/→ change it · enter starts the quiz", w, "")) + "\n")
	if saving {
		b.WriteString(st.Faint.Render(lipgloss.Wrap("Every answer is saved as you go and schedules the code for review.", w, "")) + "\n")
	} else {
		b.WriteString(st.Warn.Render(lipgloss.Wrap("Progress is not being saved this time: your answers count for this session only.", w, "")) + "\n")
	}
	return lipgloss.NewStyle().Padding(1, 2).Render(strings.TrimRight(b.String(), "\n"))
}

func itoa(n int) string { return strconv.Itoa(n) }
