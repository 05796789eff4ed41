package quiz

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"httpcodes/data"
)

// Scope is which codes a quiz draws from, as named by `--scope`.
type Scope string

const (
	// ScopeEssential: the codes every developer must know by heart. The
	// default for a first-timer.
	ScopeEssential Scope = "essential"
	// ScopeCommon: essential and common registry codes. The default for a
	// learner who has answered before.
	ScopeCommon Scope = "common"
	// ScopeAll: every registry code except the reserved 306 and 418.
	ScopeAll Scope = "all"
	// ScopeVendor: the unofficial codes of nginx, Cloudflare, AWS and others.
	ScopeVendor Scope = "vendor"
	// ScopeWeakest: the codes this learner misses most.
	ScopeWeakest Scope = "weakest"
	// ScopeTeam: the scenarios of the team's deck, and only them.
	ScopeTeam Scope = "team"

	// ScopeMissed is the scope of a practice of the codes just missed
	// (Practice); it is not a --scope value.
	ScopeMissed Scope = "missed"
	// ScopeReview is the scope a review session is recorded with; it is not
	// a --scope value.
	ScopeReview Scope = "review"
)

// ClassScope is the scope of one class's registry codes: "1xx" … "5xx".
func ClassScope(c data.Class) Scope { return Scope(c.String()) }

// Scopes returns every scope, in the order help text lists them.
func Scopes() []Scope {
	out := []Scope{ScopeEssential, ScopeCommon, ScopeAll}
	for c := data.Class(1); c <= 5; c++ {
		out = append(out, ClassScope(c))
	}
	return append(out, ScopeVendor, ScopeWeakest, ScopeTeam)
}

func scopeNames() string {
	var names []string
	for _, s := range Scopes() {
		names = append(names, string(s))
	}
	return strings.Join(names, ", ")
}

// ParseScope reads a `--scope` value ("4XX" is read as "4xx"). The empty
// string is returned as the empty Scope, which NewSession replaces by
// DefaultScope of the learner.
func ParseScope(s string) (Scope, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return "", nil
	}
	for _, sc := range Scopes() {
		if string(sc) == s {
			return sc, nil
		}
	}
	return "", fmt.Errorf("unknown scope %q: choose one of %s", s, scopeNames())
}

// DefaultScope is the scope of a quiz started without `--scope`: essential
// for a first-timer, common for everyone else.
func DefaultScope(l Learner) Scope {
	if l.FirstTime || len(l.Misses) == 0 {
		return ScopeEssential
	}
	return ScopeCommon
}

// class returns the class of a class scope ("4xx").
func (s Scope) class() (data.Class, bool) {
	for c := data.Class(1); c <= 5; c++ {
		if s == ClassScope(c) {
			return c, true
		}
	}
	return 0, false
}

// pool returns the entries of a scope in catalogue order; for weakest, most
// missed first. It returns a notice, and the scope actually used, when
// weakest falls back to essential. The team scope has no entries: it is
// made of team scenarios (teamPool).
func (c *catalog) pool(s Scope, l Learner) ([]*data.Entry, Scope, string) {
	keep := func(f func(e *data.Entry) bool) []*data.Entry {
		var out []*data.Entry
		for _, e := range c.askable {
			if f(e) {
				out = append(out, e)
			}
		}
		return out
	}
	switch s {
	case ScopeEssential:
		return keep(func(e *data.Entry) bool { return e.Official() && e.Tier == data.Essential }), s, ""
	case ScopeCommon:
		return keep(func(e *data.Entry) bool { return e.Official() && e.Tier >= data.Common }), s, ""
	case ScopeAll:
		return keep((*data.Entry).Official), s, ""
	case ScopeVendor:
		return keep(func(e *data.Entry) bool { return !e.Official() }), s, ""
	case ScopeWeakest:
		if w := c.weakest(l); len(w) > 0 {
			return w, s, ""
		}
		es, _, _ := c.pool(ScopeEssential, l)
		return es, ScopeEssential, "You have not missed any code yet, so there is no weakest list: " +
			"this quiz is on the essential codes instead."
	case ScopeTeam:
		return nil, s, ""
	}
	cl, _ := s.class()
	return keep(func(e *data.Entry) bool { return e.Official() && e.Class() == cl }), s, ""
}

// weakest returns the codes the learner has answered wrongly at least once:
// most wrong answers first, then the higher share of wrong answers, then
// catalogue order.
func (c *catalog) weakest(l Learner) []*data.Entry {
	type weak struct {
		e *data.Entry
		m Miss
	}
	var ws []weak
	for id, m := range l.Misses {
		e := c.data.ByID(id)
		if e == nil || m.Wrong <= 0 || !askable(e) {
			continue
		}
		ws = append(ws, weak{e, m})
	}
	slices.SortFunc(ws, func(a, b weak) int {
		if c := cmp.Compare(b.m.Wrong, a.m.Wrong); c != 0 {
			return c
		}
		// a.Wrong/a.Answers > b.Wrong/b.Answers, without dividing.
		ra, rb := a.m.Wrong*max(b.m.Answers, 1), b.m.Wrong*max(a.m.Answers, 1)
		if c := cmp.Compare(rb, ra); c != 0 {
			return c
		}
		return cmp.Compare(c.order[a.e], c.order[b.e])
	})
	out := make([]*data.Entry, len(ws))
	for i, w := range ws {
		out[i] = w.e
	}
	return out
}

// teamPool returns the team scenarios a quiz of scope s and kind k asks
// among its questions: every one in the team scope; in a mix or scenario
// quiz, those whose answer fits the scope (a class scope keeps its class,
// the vendor scope the answers that are not registry codes; essential,
// common and all take every one). Weakest takes none: it is made of the
// learner's misses.
func (c *catalog) teamPool(s Scope, k Kind) []*TeamScenario {
	if k != Mix && k != ScenarioKind {
		return nil
	}
	var out []*TeamScenario
	for _, ts := range c.team {
		fits := true
		switch cl, oneClass := s.class(); {
		case oneClass:
			fits = ts.Answer.Class() == cl
		case s == ScopeVendor:
			fits = !ts.Answer.Official()
		case s == ScopeWeakest:
			fits = false
		}
		if fits {
			out = append(out, ts)
		}
	}
	return out
}
