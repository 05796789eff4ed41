package quiz

import (
	"cmp"
	"maps"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"httpcodes/data"
)

// Question is one question of a session.
type Question struct {
	Kind Kind
	// Entry is the code asked about: the right answer.
	Entry *data.Entry
	// Prompt is the question itself: "What does 404 mean?".
	Prompt string
	// Context is the scenario text, when the question is asked from one.
	Context string
	// Options are the choices, in the order shown; empty for recall.
	Options []Option
	// Answer is the index of the right option; -1 for recall, where the
	// answer is typed (Entry.Code).
	Answer int
	// Scenario is the scenario the question is asked from, if any.
	Scenario *data.Scenario
	// Group is the confusion a pair question is about.
	Group *data.Group
	// Hint is what the hint key reveals: normally the class ("It is a 4xx
	// Client Error: the request itself is at fault."); for class questions,
	// where the class is the answer, the code's summary; for pair questions,
	// whose options share a class or differ only by it, the group's lesson.
	Hint string
	// RuledOut are the options the hint rules out (of another class, or
	// named by it), by index; the screen dims them once the hint is shown.
	RuledOut []int
	// Stack is the stack a constant question is about ("go"), and Named
	// says the question gives the name and asks for the code.
	Stack string
	Named bool
	// Again marks a re-ask of a missed question (or of a card still in its
	// learning steps). It does not count toward the score.
	Again bool
	// Step is, for a re-ask of a card in its learning steps (a review),
	// how long the step waits: the card is due again that long after the
	// answer that queued the re-ask. 0 otherwise.
	Step time.Duration
	// Against is, for the drill of a leech, the code it is set against:
	// the one it is most confused with. nil otherwise.
	Against *data.Entry
	// CardID is the card the answer is recorded on: the entry's ID, or a
	// team scenario's own ID.
	CardID string
	// Deck names the team deck a team scenario comes from; empty for the
	// catalogue's own questions.
	Deck string
}

// Option is one choice of a question.
type Option struct {
	// Label is what is shown: "Not Found", "404", "404 Not Found" or
	// "4xx Client Error", by kind.
	Label string
	// Entry is the code this option stands for; nil for class options.
	Entry *data.Entry
	// Class is the class a class option stands for (and the class of Entry
	// otherwise).
	Class data.Class
}

// Options per question: the right answer and three distractors.
const choices = 4

// catalog is what question generation needs from a catalogue and a team's
// scenarios, computed once per Bank.
type catalog struct {
	data *data.Catalogue
	// askable is every entry but the reserved ones (306, 418), in catalogue
	// order: the entries that may be asked about or used as distractors.
	askable []*data.Entry
	byClass map[data.Class][]*data.Entry
	order   map[*data.Entry]int
	// confusions are, per entry, the codes it is known to be confused
	// with: its SeeAlso and the other members of its groups.
	confusions map[*data.Entry][]*data.Entry
	// same are, per entry, the codes that mean the same (SeeAlso.Same):
	// never offered as its wrong answers.
	// sameAll closes same over its links.
	same, sameAll map[*data.Entry][]*data.Entry
	pairs         map[*data.Entry][]pairChoice
	// team are the team's scenarios whose answer is askable, and teamByID
	// the same by card ID.
	team     []*TeamScenario
	teamByID map[string]*TeamScenario
}

// pairChoice is one way to ask a pair question: a group of the entry and a
// scenario of the entry whose Versus names another member of that group.
type pairChoice struct {
	group    *data.Group
	scenario *data.Scenario
}

func newCatalog(dc *data.Catalogue, team []TeamScenario) *catalog {
	c := &catalog{
		data:       dc,
		teamByID:   map[string]*TeamScenario{},
		byClass:    map[data.Class][]*data.Entry{},
		order:      map[*data.Entry]int{},
		confusions: map[*data.Entry][]*data.Entry{},
		same:       map[*data.Entry][]*data.Entry{},
		sameAll:    map[*data.Entry][]*data.Entry{},
		pairs:      map[*data.Entry][]pairChoice{},
	}
	for i, e := range dc.All() {
		c.order[e] = i
		if !askable(e) {
			continue
		}
		c.askable = append(c.askable, e)
		c.byClass[e.Class()] = append(c.byClass[e.Class()], e)
	}
	groups := data.Groups()
	for _, e := range c.askable {
		var conf []*data.Entry
		add := func(d *data.Entry) {
			if d != nil && d != e && askable(d) && !slices.Contains(conf, d) {
				conf = append(conf, d)
			}
		}
		for _, sa := range e.SeeAlso {
			if d := sa.Resolve(); sa.Same && d != nil {
				c.same[e] = append(c.same[e], d)
				c.same[d] = append(c.same[d], e)
				continue
			}
			add(sa.Resolve())
		}
		if !e.Official() {
			c.confusions[e] = conf
			continue // the groups are about registry codes
		}
		for gi := range groups {
			g := &groups[gi]
			if !slices.Contains(g.Codes, e.Code) {
				continue
			}
			for _, code := range g.Codes {
				add(data.Registry(code))
			}
			for si := range e.Scenarios {
				sc := &e.Scenarios[si]
				for _, v := range sc.Versus {
					if v != e.Code && slices.Contains(g.Codes, v) {
						c.pairs[e] = append(c.pairs[e], pairChoice{g, sc})
						break
					}
				}
			}
		}
		c.confusions[e] = conf
	}
	// Meaning the same is transitive: AWS's 460 and Cloudflare's 499 both
	// mean what nginx's 499 means, so they mean the same as each other.
	for e := range c.same {
		seen := map[*data.Entry]bool{e: true}
		queue := []*data.Entry{e}
		for len(queue) > 0 {
			d := queue[0]
			queue = queue[1:]
			for _, x := range c.same[d] {
				if !seen[x] {
					seen[x] = true
					queue = append(queue, x)
				}
			}
		}
		delete(seen, e)
		c.sameAll[e] = slices.Collect(maps.Keys(seen))
	}
	for i := range team {
		ts := &team[i]
		// Only answers of this catalogue, asked once each.
		if askable(ts.Answer) && dc.ByID(ts.Answer.ID()) == ts.Answer && c.teamByID[ts.ID] == nil {
			c.team = append(c.team, ts)
			c.teamByID[ts.ID] = ts
		}
	}
	return c
}

// askable reports whether an entry may be asked about or offered as an
// option: every entry but the reserved "(Unused)" 306 and 418.
func askable(e *data.Entry) bool { return e != nil && e.Status != data.Reserved }

// canAsk reports whether a question of kind k can be asked about e.
func (c *catalog) canAsk(e *data.Entry, k Kind) bool {
	if !askable(e) {
		return false
	}
	switch k {
	case ScenarioKind:
		return len(e.Scenarios) > 0
	case Pair:
		return len(c.pairs[e]) > 0
	case ConstantKind:
		return hasName(e)
	}
	return true
}

// scenarioPrompt is what a question asked from a scenario asks: "Which
// code fits?", unless the scenario ends with a question of its own.
func scenarioPrompt(sc *data.Scenario) string {
	if strings.HasSuffix(strings.TrimSpace(sc.Text), "?") {
		return "Pick the code."
	}
	return "Which code fits?"
}

// tagged appends the vendor tag to s: "Client Closed Request (nginx)".
func tagged(s string, e *data.Entry) string {
	if t := e.VendorName(); t != "" {
		return s + " (" + t + ")"
	}
	return s
}

// codeName is "410 Gone", or "499 Client Closed Request (nginx)".
func codeName(e *data.Entry) string { return tagged(strconv.Itoa(e.Code)+" "+e.Title(), e) }

// optionLabel is how an entry is shown as an option of a question of kind k.
func optionLabel(k Kind, e *data.Entry) string {
	switch k {
	case Meaning:
		return e.Title()
	case CodeOf:
		return strconv.Itoa(e.Code)
	}
	return strconv.Itoa(e.Code) + " " + e.Title()
}

// classHint is "It is a 4xx Client Error: the request itself is at fault."
func classHint(c data.Class) string { return "It is a " + c.Label() + ": " + classGist(c) }

// classGist says in a few words what a class tells the client.
func classGist(c data.Class) string {
	info, _ := data.InfoOf(c)
	return info.Gist
}

// sentence makes s end like a sentence.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?") {
		return s
	}
	return s + "."
}

// gen builds questions from a catalog, with a seeded random source;
// stacks are the stacks constant questions are asked in, and oneClass says
// every code asked is of one class (a class question would give itself
// away).
type gen struct {
	r        *rand.Rand
	c        *catalog
	stacks   []string
	oneClass bool
}

// pcgStream is the second half of the PCG state; the seed is the first.
const pcgStream = 0x68747470636f6465 // "httpcode"

func newGen(c *catalog, seed int64) *gen {
	return &gen{r: rand.New(rand.NewPCG(uint64(seed), pcgStream)), c: c}
}

// build makes a question of kind k (not Mix) about e. like, when not nil,
// is the question being re-asked: its scenario, group and prompt form are
// kept, its distractors and their order drawn afresh.
func (g *gen) build(e *data.Entry, k Kind, like *Question) *Question {
	if like != nil && like.Against != nil {
		return g.drill(e, like.Against, like)
	}
	q := &Question{Kind: k, Entry: e, Answer: -1, Hint: classHint(e.Class()), CardID: e.ID()}
	if like != nil {
		q.Scenario, q.Group, q.Again = like.Scenario, like.Group, true
		if like.CardID != "" {
			q.CardID, q.Deck = like.CardID, like.Deck
		}
	}
	switch k {
	case Meaning:
		q.Prompt = tagged("What does "+strconv.Itoa(e.Code)+" mean", e) + "?"
		g.entryOptions(q, nil)
	case CodeOf:
		q.Prompt = "Which code means " + tagged(e.Title(), e) + "?"
		g.entryOptions(q, nil)
	case ScenarioKind:
		if q.Scenario == nil {
			q.Scenario = &e.Scenarios[g.r.IntN(len(e.Scenarios))]
		}
		q.Prompt, q.Context = scenarioPrompt(q.Scenario), q.Scenario.Text
		g.entryOptions(q, q.Scenario)
	case Recall:
		if like == nil && len(e.Scenarios) > 0 && g.r.IntN(2) == 0 {
			q.Scenario = &e.Scenarios[g.r.IntN(len(e.Scenarios))]
		}
		if q.Scenario != nil {
			q.Prompt, q.Context = "Type the code that fits.", q.Scenario.Text
		} else {
			q.Prompt = "Type the code for " + tagged("‘"+e.Title()+"’", e) + "."
		}
	case Pair:
		if q.Group == nil {
			pc := g.c.pairs[e][g.r.IntN(len(g.c.pairs[e]))]
			q.Group, q.Scenario = pc.group, pc.scenario
		}
		g.groupOptions(q)
	case ClassKind:
		q.Prompt = "Which class is " + tagged("‘"+e.Title()+"’", e) + " in?"
		q.Hint = sentence(e.Summary)
		// The classes in their own order, 1xx to 5xx: the learner picks a
		// class, and a shuffled scale would only slow the eye.
		for i, info := range data.Classes() {
			q.Options = append(q.Options, Option{Label: info.Label(), Class: info.Class})
			if info.Class == e.Class() {
				q.Answer = i
			}
		}
	case ConstantKind:
		g.constantQuestion(q, like)
	}
	return q
}

// groupOptions makes q a pair question on its Group, asked from its
// Scenario: the group's codes are the options.
func (g *gen) groupOptions(q *Question) {
	// The group's lesson would give the answer away: the hint only names
	// the question to ask.
	q.Prompt, q.Context, q.Hint = scenarioPrompt(q.Scenario), q.Scenario.Text, "Ask yourself: "+q.Group.Question
	for _, code := range q.Group.Codes {
		d := data.Registry(code)
		q.Options = append(q.Options, Option{Label: optionLabel(Pair, d), Entry: d, Class: d.Class()})
	}
	g.shuffle(q)
}

// team builds the question of a team scenario: a scenario question about
// its answer, recorded on the scenario's own card.
func (g *gen) team(ts *TeamScenario) *Question {
	q := g.build(ts.Answer, ScenarioKind, &Question{Scenario: &ts.Scenario, CardID: ts.ID, Deck: ts.Deck})
	q.Again = false
	return q
}

// entryOptions gives q its answer and three distractors, shuffled.
func (g *gen) entryOptions(q *Question, sc *data.Scenario) {
	e := q.Entry
	q.Options = append(q.Options, Option{Label: optionLabel(q.Kind, e), Entry: e, Class: e.Class()})
	for _, d := range g.distractors(e, q.Kind, sc, choices-1) {
		q.Options = append(q.Options, Option{Label: optionLabel(q.Kind, d), Entry: d, Class: d.Class()})
	}
	g.shuffle(q)
	q.Hint, q.RuledOut = eliminationHint(q)
}

// eliminationHint is the hint of an options question: its class; when every
// option is of that class, it also names two wrong options.
// It returns the indices of the options the hint rules out.
func eliminationHint(q *Question) (string, []int) {
	var other, wrong []int
	for i, o := range q.Options {
		if o.Class != q.Entry.Class() {
			other = append(other, i)
		} else if i != q.Answer && len(wrong) < 2 {
			wrong = append(wrong, i)
		}
	}
	if len(other) > 0 || len(wrong) < 2 {
		return classHint(q.Entry.Class()), other
	}
	return "It is a " + q.Entry.Class().Label() + ", like every option here, but not " + q.Options[wrong[0]].Label +
		" and not " + q.Options[wrong[1]].Label + ".", wrong
}

// shuffle puts the options of q in random order and finds the answer
// among them.
func (g *gen) shuffle(q *Question) {
	g.r.Shuffle(len(q.Options), func(i, j int) { q.Options[i], q.Options[j] = q.Options[j], q.Options[i] })
	for i, o := range q.Options {
		if o.Entry == q.Entry {
			q.Answer = i
		}
	}
}

// distractors picks n plausible wrong options for a question of kind k
// about e, asked from scenario sc if not nil. In order of preference: the
// codes the scenario was written to tell apart (its Versus) and the known
// confusions of the same class, at most n-1 of them so that one option
// always varies; then other codes of the same class; then the remaining
// confusions; then confusions in other classes; then the nearest codes by
// number. Never the answer, never a code with the answer's number or title
// (it could be right too), never a code whose number the scenario mentions
// (the nginx 49x scenarios say the client sees a 400: offering 400 would
// make them ambiguous), never a reserved code, never two options with the
// same label, and vendor codes only when the answer is one.
func (g *gen) distractors(e *data.Entry, k Kind, sc *data.Scenario, n int) []*data.Entry {
	c := g.c
	taken := map[string]bool{optionLabel(k, e): true}
	out := make([]*data.Entry, 0, n)
	var versus []int
	var mentioned []int
	if sc != nil {
		versus, mentioned = sc.Versus, mentions(sc.Text)
	}
	add := func(d *data.Entry) {
		if len(out) >= n || d == nil || d == e || !askable(d) || d.Code == e.Code || d.Title() == e.Title() || slices.Contains(c.sameAll[e], d) ||
			(!d.Official() && e.Official()) || taken[optionLabel(k, d)] || slices.Contains(mentioned, d.Code) {
			return
		}
		taken[optionLabel(k, d)] = true
		out = append(out, d)
	}
	var known, far []*data.Entry
	for _, v := range versus {
		if d := data.Registry(v); d != nil && !slices.Contains(known, d) {
			known = append(known, d)
		}
	}
	g.shuffleEntries(known)
	var near []*data.Entry
	for _, d := range c.confusions[e] {
		if slices.Contains(known, d) {
			continue
		}
		if d.Class() == e.Class() {
			near = append(near, d)
		} else {
			far = append(far, d)
		}
	}
	g.shuffleEntries(near)
	known = append(known, near...)
	for _, d := range known {
		if len(out) >= n-1 {
			break
		}
		add(d)
	}
	same := slices.Clone(c.byClass[e.Class()])
	g.shuffleEntries(same)
	for _, d := range same {
		add(d)
	}
	for _, d := range known {
		add(d)
	}
	g.shuffleEntries(far)
	for _, d := range far {
		add(d)
	}
	if len(out) < n {
		byDistance := slices.Clone(c.askable)
		slices.SortStableFunc(byDistance, func(a, b *data.Entry) int {
			return cmp.Compare(data.Distance(a.Code, e.Code), data.Distance(b.Code, e.Code))
		})
		for _, d := range byDistance {
			add(d)
		}
	}
	return out
}

// mentions returns the three-digit numbers from 100 to 599 that a text
// names as words ("nginx's 400 page").
func mentions(text string) []int {
	var out []int
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return r < '0' || r > '9' }) {
		if n, err := strconv.Atoi(w); err == nil && len(w) == 3 && n >= 100 && n <= 599 {
			out = append(out, n)
		}
	}
	return out
}

func (g *gen) shuffleEntries(es []*data.Entry) {
	g.r.Shuffle(len(es), func(i, j int) { es[i], es[j] = es[j], es[i] })
}
