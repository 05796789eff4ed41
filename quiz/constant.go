package quiz

import (
	"slices"
	"strconv"
	"strings"

	"httpcodes/data"
)

// Constant questions ask how a stack writes a code: "Which code is
// HttpStatus.CONFLICT in Spring?" (the options are codes) or "Which is
// Rack's name for 422 Unprocessable Content?" (the options are the
// stack's own names for other codes, never invented ones). They are drawn
// from the learner's stacks, and their feedback teaches the names that
// changed.

// currentNames are the names a stack defines for an entry, does not
// discourage, and that do not spell out the code: ASP.NET Core's
// Status404NotFound or Django REST framework's HTTP_404_NOT_FOUND would
// give the answer away, so those stacks are not asked about.
func currentNames(e *data.Entry, stack string) []data.Constant {
	var out []data.Constant
	for _, c := range data.ConstantsFor(e) {
		if c.Stack == stack && askableName(e, c) {
			out = append(out, c)
		}
	}
	return out
}

func askableName(e *data.Entry, c data.Constant) bool {
	return c.Name != "" && !c.Deprecated && !strings.Contains(c.Name, strconv.Itoa(e.Code))
}

// hasName reports whether any stack has an askable name for e.
func hasName(e *data.Entry) bool {
	return slices.ContainsFunc(data.ConstantsFor(e), func(c data.Constant) bool { return askableName(e, c) })
}

// constantStacks are the stacks a constant question about e may be asked
// in: the generator's stacks that have a current name for it.
func (g *gen) constantStacks(e *data.Entry) []string {
	var out []string
	for _, s := range g.stacks {
		if len(currentNames(e, s)) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// canAskConstant reports whether a constant question can be asked about e
// in the generator's stacks.
func (g *gen) canAskConstant(e *data.Entry) bool { return len(g.constantStacks(e)) > 0 }

// constantQuestion makes q a constant question. A re-ask (like) keeps its
// stack and its form.
func (g *gen) constantQuestion(q *Question, like *Question) {
	e := q.Entry
	named := g.r.IntN(2) == 0
	if like != nil {
		q.Stack, named = like.Stack, like.Named
	} else {
		stacks := g.constantStacks(e)
		q.Stack = stacks[g.r.IntN(len(stacks))]
	}
	stack, _ := data.StackByID(q.Stack)
	names := currentNames(e, q.Stack)
	name := names[g.r.IntN(len(names))].Name
	// Distractors: the usual plausible codes, kept where the stack names
	// them, each by one of its names.
	var others []*data.Entry
	for _, d := range g.distractors(e, CodeOf, nil, len(g.c.askable)) {
		if len(currentNames(d, q.Stack)) > 0 && (named || !sameNames(d, e, q.Stack)) {
			others = append(others, d)
		}
		if len(others) == choices-1 {
			break
		}
	}
	// Named: the name is given, the numbers are the options. Otherwise the
	// number is given and the stack's names are the options. Neither shows
	// a phrase, which the names echo.
	q.Named = named
	if named {
		q.Prompt = "Which code is " + name + " in " + stack.Name + "?"
		q.Options = append(q.Options, Option{Label: optionLabel(CodeOf, e), Entry: e, Class: e.Class()})
		for _, d := range others {
			q.Options = append(q.Options, Option{Label: optionLabel(CodeOf, d), Entry: d, Class: d.Class()})
		}
	} else {
		q.Prompt = "Which is " + stack.Name + "'s name for " + tagged(strconv.Itoa(e.Code), e) + "?"
		q.Options = append(q.Options, Option{Label: name, Entry: e, Class: e.Class()})
		for _, d := range others {
			dn := currentNames(d, q.Stack)
			q.Options = append(q.Options, Option{Label: dn[g.r.IntN(len(dn))].Name, Entry: d, Class: d.Class()})
		}
	}
	g.shuffle(q)
	q.Hint, q.RuledOut = eliminationHint(q)
}

// sameNames reports whether two entries share a name in a stack (so that
// one could not be told from the other by it).
func sameNames(a, b *data.Entry, stack string) bool {
	for _, x := range currentNames(a, stack) {
		for _, y := range currentNames(b, stack) {
			if x.Name == y.Name {
				return true
			}
		}
	}
	return false
}

// constantWhy explains the answer of a constant question: the stack's
// names for the code, the ones it renamed or discourages, and its own
// phrase where that differs from the registry's.
func constantWhy(q *Question) string {
	e := q.Entry
	stack, _ := data.StackByID(q.Stack)
	var current, old []string
	phrase := ""
	for _, c := range data.ConstantsFor(e) {
		if c.Stack != q.Stack || c.Name == "" {
			continue
		}
		if c.Phrase != "" {
			phrase = c.Phrase
		}
		if c.Deprecated || c.Note != "" {
			old = append(old, c.Name+": "+strings.TrimSuffix(c.Note, ".")+".")
		}
		if !c.Deprecated {
			current = append(current, c.Name)
		}
	}
	w := stack.Library + " names " + codeName(e) + " " + strings.Join(current, " or ") + "."
	if len(old) > 0 {
		w += " " + strings.Join(old, " ")
	}
	if phrase != "" {
		w += " Its reason phrase is \"" + phrase + "\", not the registry's \"" + e.Phrase + "\"."
	}
	return w
}

// constantPicked says what a wrong pick of a constant question stands for.
func constantPicked(q *Question, picked *data.Entry) string {
	stack, _ := data.StackByID(q.Stack)
	names := currentNames(picked, q.Stack)
	var ns []string
	for _, c := range names {
		ns = append(ns, c.Name)
	}
	return strings.Join(ns, " or ") + " is " + stack.Name + "'s name for " + strconv.Itoa(picked.Code) + " " +
		picked.Title() + "."
}

// allStackIDs are the IDs of every stack.
func allStackIDs() []string {
	var out []string
	for _, s := range data.Stacks() {
		out = append(out, s.ID)
	}
	return out
}

// stacksFor are the stacks a session asks constant questions in: the
// learner's, or, for a quiz of constant questions only, every stack when
// the learner has chosen none.
func stacksFor(k Kind, l Learner) []string {
	if len(l.Stacks) == 0 && k == ConstantKind {
		return allStackIDs()
	}
	return slices.Clone(l.Stacks)
}
