package quiz

// A leech is a code the learner keeps missing (Learner.LeechAfter misses):
// instead of asking it the same way again, a session drills it against the
// code it is most confused with.

import (
	"slices"

	"httpcodes/data"
)

// MostConfused is the code e is most confused with in the built-in
// catalogue; see catalog.mostConfused.
func MostConfused(e *data.Entry) *data.Entry { return builtin.cat().mostConfused(e) }

// mostConfused is the code e is most confused with, the one a leech is
// drilled against: the first of its SeeAlso that a question may set
// against it, else the first of its other known confusions; nil when
// none may be.
func (c *catalog) mostConfused(e *data.Entry) *data.Entry {
	if !askable(e) {
		return nil
	}
	for _, sa := range e.SeeAlso {
		if d := sa.Resolve(); !sa.Same && c.settable(e, d) {
			return d
		}
	}
	for _, d := range c.confusions[e] {
		if c.settable(e, d) {
			return d
		}
	}
	return nil
}

// settable reports whether d may be offered as the wrong answer to a
// question about e: another askable code, with another number and title,
// not meaning the same, and a registry code when e is one (the rules of
// distractors).
func (c *catalog) settable(e, d *data.Entry) bool {
	return askable(d) && d != e && d.Code != e.Code && d.Title() != e.Title() &&
		!slices.Contains(c.sameAll[e], d) && (d.Official() || !e.Official())
}

// drill builds the question a leech is drilled with, set against d, the
// code it is most confused with. Where a classic confusion holds both, it
// is a pair question on it; otherwise the two codes are the only options,
// asked from a scenario of e (one written to tell it from d when there is
// one) as a pair question, or, for a code without scenarios, by name as a
// code question. like, when not nil, is the drill being re-asked.
func (g *gen) drill(e, d *data.Entry, like *Question) *Question {
	q := &Question{Kind: Pair, Entry: e, Against: d, Answer: -1, CardID: e.ID()}
	if like != nil {
		q.Group, q.Scenario, q.Again = like.Group, like.Scenario, true
	} else {
		q.Group, q.Scenario = g.drillChoice(e, d)
	}
	if q.Group != nil {
		g.groupOptions(q)
		return q
	}
	if q.Scenario != nil {
		q.Prompt, q.Context = scenarioPrompt(q.Scenario), q.Scenario.Text
	} else {
		q.Kind = CodeOf
		q.Prompt = "Which code means " + tagged(e.Title(), e) + "?"
	}
	for _, x := range []*data.Entry{e, d} {
		q.Options = append(q.Options, Option{Label: optionLabel(q.Kind, x), Entry: x, Class: x.Class()})
	}
	g.shuffle(q)
	q.Hint, q.RuledOut = eliminationHint(q)
	return q
}

// drillChoice picks what a drill of e against d is asked from: a classic
// confusion holding both, with a scenario of e written against d if one
// is (else against the group); else a scenario of e, one written against
// d first, that does not name d's number; else nothing.
func (g *gen) drillChoice(e, d *data.Entry) (*data.Group, *data.Scenario) {
	var groups, against []pairChoice
	for _, pc := range g.c.pairs[e] {
		if d.Official() && slices.Contains(pc.group.Codes, d.Code) {
			groups = append(groups, pc)
			if slices.Contains(pc.scenario.Versus, d.Code) {
				against = append(against, pc)
			}
		}
	}
	if len(against) > 0 {
		groups = against
	}
	if len(groups) > 0 {
		pc := groups[g.r.IntN(len(groups))]
		return pc.group, pc.scenario
	}
	var fit, any []*data.Scenario
	for i := range e.Scenarios {
		sc := &e.Scenarios[i]
		if slices.Contains(mentions(sc.Text), d.Code) {
			continue
		}
		any = append(any, sc)
		if slices.Contains(sc.Versus, d.Code) {
			fit = append(fit, sc)
		}
	}
	if len(fit) > 0 {
		any = fit
	}
	if len(any) == 0 {
		return nil, nil
	}
	return nil, any[g.r.IntN(len(any))]
}
