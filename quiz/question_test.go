package quiz

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"httpcodes/data"
)

// sameMeaning reports whether a and b are linked, directly or through
// other entries, as meaning the same (SeeAlso.Same), read straight from
// the data.
func sameMeaning(a, b *data.Entry) bool {
	linked := func(x, y *data.Entry) bool {
		for _, p := range [][2]*data.Entry{{x, y}, {y, x}} {
			for _, sa := range p[0].SeeAlso {
				if sa.Same && sa.Resolve() == p[1] {
					return true
				}
			}
		}
		return false
	}
	seen := map[*data.Entry]bool{a: true}
	for queue := []*data.Entry{a}; len(queue) > 0; queue = queue[1:] {
		for _, x := range data.All() {
			if !seen[x] && linked(queue[0], x) {
				if x == b {
					return true
				}
				seen[x] = true
				queue = append(queue, x)
			}
		}
	}
	return false
}

// problems lists what is wrong with a question; empty means it is sound.
// The tests below run it over thousands of generated questions, and
// TestProblemsCatchesBrokenQuestions shows that it does catch each fault.
func problems(q *Question) []string {
	var ps []string
	bad := func(format string, a ...any) { ps = append(ps, fmt.Sprintf(format, a...)) }
	e := q.Entry
	if e == nil {
		return []string{"no entry"}
	}
	if !askable(e) {
		bad("asks about reserved %s", e.ID())
	}
	if q.Prompt == "" || q.Hint == "" {
		bad("empty prompt or hint")
	}
	want := map[Kind]int{Meaning: 4, CodeOf: 4, ScenarioKind: 4, Recall: 0, ClassKind: 5}
	if n, ok := want[q.Kind]; ok && len(q.Options) != n {
		bad("%d options, want %d", len(q.Options), n)
	}
	if q.Kind == Recall {
		if q.Answer != -1 {
			bad("recall answer index %d, want -1", q.Answer)
		}
	} else if q.Answer < 0 || q.Answer >= len(q.Options) {
		bad("answer index %d out of %d options", q.Answer, len(q.Options))
	}
	for _, i := range q.RuledOut {
		switch {
		case i < 0 || i >= len(q.Options):
			bad("ruled-out option %d of %d", i, len(q.Options))
		case i == q.Answer:
			bad("the hint rules out the answer")
		case q.Options[i].Class == e.Class() && !strings.Contains(q.Hint, q.Options[i].Label):
			bad("option %q is ruled out, but the hint neither names it nor its class differs", q.Options[i].Label)
		}
	}
	labels := map[string]bool{}
	answers := 0
	for i, o := range q.Options {
		if labels[o.Label] {
			bad("two options labelled %q", o.Label)
		}
		labels[o.Label] = true
		if q.Kind == ClassKind {
			if o.Entry != nil || o.Label != o.Class.Label() {
				bad("class option %d is %q / %v", i, o.Label, o.Entry)
			}
			if o.Class == e.Class() {
				answers++
				if i != q.Answer {
					bad("the right class is option %d, Answer says %d", i, q.Answer)
				}
			}
			continue
		}
		d := o.Entry
		if d == nil {
			bad("option %d has no entry", i)
			continue
		}
		if q.Kind == ConstantKind {
			ps = append(ps, constantOptionProblems(q, i)...)
		} else if o.Label != optionLabel(q.Kind, d) || o.Class != d.Class() {
			bad("option %d label %q class %v for %s", i, o.Label, o.Class, d.ID())
		}
		if !askable(d) {
			bad("reserved %s offered", d.ID())
		}
		if d == e {
			answers++
			if i != q.Answer {
				bad("the answer is option %d, Answer says %d", i, q.Answer)
			}
			continue
		}
		if i == q.Answer {
			bad("Answer %d points at distractor %s", i, d.ID())
		}
		if d.Code == e.Code || d.Title() == e.Title() {
			bad("distractor %s could be right too (same code or title as %s)", d.ID(), e.ID())
		}
		if sameMeaning(e, d) {
			bad("distractor %s means the same as %s", d.ID(), e.ID())
		}
		if !d.Official() && e.Official() {
			bad("vendor distractor %s for registry answer %s", d.ID(), e.ID())
		}
		if slices.Contains(mentions(q.Context), d.Code) {
			bad("distractor %s is named by the scenario: %q", d.ID(), q.Context)
		}
	}
	if q.Kind != Recall && answers != 1 {
		bad("%d options are the answer", answers)
	}
	if q.Scenario != nil {
		if q.Deck == "" && !holds(e, q.Scenario) { // a team's scenarios are the deck's (team_test.go)
			bad("scenario %q is not one of %s's", q.Scenario.Text, e.ID())
		}
		if q.Context != q.Scenario.Text {
			bad("context is not the scenario text")
		}
	}
	if q.Kind == ScenarioKind && q.Scenario == nil {
		bad("scenario question without a scenario")
	}
	if q.Kind != Meaning && !(q.Kind == ConstantKind && !q.Named) && strings.Contains(q.Prompt+" "+q.Context, strconv.Itoa(e.Code)) {
		bad("the %s question gives its code away: %q %q", q.Kind, q.Prompt, q.Context)
	}
	if q.Kind == Pair {
		ps = append(ps, pairProblems(q)...)
	}
	return ps
}

// constantOptionProblems checks option i of a constant question: a code of
// the stack's (named form), or a real name of the stack's for the option's
// code that does not spell out the code.
func constantOptionProblems(q *Question, i int) []string {
	o := q.Options[i]
	if o.Class != o.Entry.Class() {
		return []string{fmt.Sprintf("option %d class %v for %s", i, o.Class, o.Entry.ID())}
	}
	if q.Named {
		if o.Label != optionLabel(CodeOf, o.Entry) {
			return []string{fmt.Sprintf("option %d label %q for %s", i, o.Label, o.Entry.ID())}
		}
		return nil
	}
	if strings.Contains(o.Label, strconv.Itoa(o.Entry.Code)) {
		return []string{fmt.Sprintf("option %q spells out its code", o.Label)}
	}
	for _, c := range data.ConstantsFor(o.Entry) {
		if c.Stack == q.Stack && c.Name == o.Label && !c.Deprecated {
			return nil
		}
	}
	return []string{fmt.Sprintf("option %q is not %s's current name for %s", o.Label, q.Stack, o.Entry.ID())}
}

// holds reports whether sc is one of e's scenarios (the very same one).
func holds(e *data.Entry, sc *data.Scenario) bool {
	for i := range e.Scenarios {
		if &e.Scenarios[i] == sc {
			return true
		}
	}
	return false
}

// pairProblems checks a pair question: its options are exactly the codes of
// one group, and its scenario's Versus names another of them.
func pairProblems(q *Question) []string {
	var ps []string
	if q.Group == nil || q.Scenario == nil {
		return []string{"pair question without group or scenario"}
	}
	if !slices.ContainsFunc(data.Groups(), func(g data.Group) bool { return slices.Equal(g.Codes, q.Group.Codes) }) {
		ps = append(ps, fmt.Sprintf("group %v is not one of data.Groups()", q.Group.Codes))
	}
	var codes []int
	for _, o := range q.Options {
		if o.Entry != nil {
			codes = append(codes, o.Entry.Code)
		}
	}
	slices.Sort(codes)
	if want := slices.Sorted(slices.Values(q.Group.Codes)); !slices.Equal(codes, want) {
		ps = append(ps, fmt.Sprintf("pair options %v, want the group's %v", codes, want))
	}
	versus := false
	for _, v := range q.Scenario.Versus {
		if v != q.Entry.Code && slices.Contains(codes, v) {
			versus = true
		}
	}
	if !versus {
		ps = append(ps, fmt.Sprintf("scenario Versus %v names no other option of %v", q.Scenario.Versus, codes))
	}
	if q.Hint == q.Group.Lesson || !strings.Contains(q.Hint, q.Group.Question) {
		ps = append(ps, "pair hint gives the lesson away or does not ask the group's question")
	}
	return ps
}

// everySession plans sessions of every kind in every scope for a few seeds,
// answers them (every third answer wrong, so that re-asks are generated
// too) and calls f with every question asked.
func everySession(t *testing.T, seeds int, f func(q *Question)) {
	t.Helper()
	l := Learner{Misses: map[string]Miss{"404": {10, 7}, "499-nginx": {3, 2}, "302": {4, 1}}}
	for _, k := range Kinds() {
		for _, sc := range Scopes() {
			if sc == ScopeTeam {
				continue // the built-in bank has no team scenarios (team_test.go)
			}
			for seed := range int64(seeds) {
				s, _, err := NewSession(Config{Kind: k, Scope: sc, Count: 30, Seed: seed}, l)
				if err != nil {
					if k == Pair && (sc == ScopeVendor || sc == "1xx" || sc == "2xx") {
						continue // no pair can be asked there
					}
					if _, oneClass := sc.class(); k == ClassKind && oneClass {
						continue // every answer would be the same class
					}
					t.Fatalf("%s/%s: %v", k, sc, err)
				}
				for i := 0; !s.Done(); i++ {
					q := s.Current()
					f(q)
					answerIt(s, i%3 != 0)
					s.Next()
				}
			}
		}
	}
}

// answerIt answers the current question rightly or wrongly.
func answerIt(s *Session, right bool) Result {
	q := s.Current()
	if q.Kind == Recall {
		n := q.Entry.Code
		if !right {
			n++
		}
		return s.AnswerText(strconv.Itoa(n), false, 0)
	}
	c := q.Answer
	if !right {
		c = (c + 1) % len(q.Options)
	}
	return s.Answer(c, false, 0)
}

func TestQuestionsAreSound(t *testing.T) {
	n := 0
	kinds := map[Kind]int{}
	everySession(t, 12, func(q *Question) {
		n++
		kinds[q.Kind]++
		for _, p := range problems(q) {
			t.Errorf("%s question about %s (%q): %s", q.Kind, q.Entry.ID(), q.Prompt, p)
		}
	})
	t.Logf("%d questions checked: %v", n, kinds)
	for _, k := range askKinds {
		if kinds[k] < 100 {
			t.Errorf("only %d %s questions checked", kinds[k], k)
		}
	}
}

// Every scenario of every code, and every way to ask a pair, makes a sound
// question: answerable from data/ alone.
func TestEveryScenarioAndPairIsAnswerable(t *testing.T) {
	g := newGen(builtin.cat(), 1)
	pairs := 0
	for _, e := range builtin.cat().askable {
		for i := range e.Scenarios {
			sc := &e.Scenarios[i]
			for _, k := range []Kind{ScenarioKind, Recall} {
				q := g.build(e, k, &Question{Scenario: sc})
				for _, p := range problems(q) {
					t.Errorf("%s scenario %d of %s: %s", k, i, e.ID(), p)
				}
			}
		}
		for _, pc := range builtin.cat().pairs[e] {
			pairs++
			q := g.build(e, Pair, &Question{Scenario: pc.scenario, Group: pc.group})
			for _, p := range problems(q) {
				t.Errorf("pair %v from %s: %s", pc.group.Codes, e.ID(), p)
			}
		}
	}
	// Every member of every group can be asked as a pair question.
	for _, gr := range data.Groups() {
		for _, c := range gr.Codes {
			if !builtin.cat().canAsk(data.Registry(c), Pair) {
				t.Errorf("%d of group %v has no scenario with a Versus in its group", c, gr.Codes)
			}
		}
	}
	if pairs < 20 {
		t.Errorf("only %d pair questions possible", pairs)
	}
}

// The checker itself must be able to fail: each broken question below is
// caught.
func TestProblemsCatchesBrokenQuestions(t *testing.T) {
	g := newGen(builtin.cat(), 3)
	e404 := data.Registry(404)
	fresh := func(k Kind) *Question {
		if k == Pair {
			pc := builtin.cat().pairs[e404][0]
			return g.build(e404, Pair, &Question{Scenario: pc.scenario, Group: pc.group})
		}
		return g.build(e404, k, nil)
	}
	other := func(q *Question) int { return (q.Answer + 1) % len(q.Options) }
	breakers := map[string]func(q *Question){
		"duplicate label": func(q *Question) { q.Options[other(q)].Label = q.Options[q.Answer].Label },
		"answer twice":    func(q *Question) { q.Options[other(q)] = q.Options[q.Answer] },
		"answer index":    func(q *Question) { q.Answer = other(q) },
		"reserved distractor": func(q *Question) {
			d := data.Registry(418)
			q.Options[other(q)] = Option{Label: optionLabel(q.Kind, d), Entry: d, Class: d.Class()}
		},
		"vendor distractor": func(q *Question) {
			d := data.ByID("444-nginx")
			q.Options[other(q)] = Option{Label: optionLabel(q.Kind, d), Entry: d, Class: d.Class()}
		},
		"same-title distractor": func(q *Question) { // 561-aws is "Unauthorized" too
			q.Entry = data.Registry(401)
			d := data.ByID("561-aws")
			q.Options[q.Answer] = Option{Label: optionLabel(q.Kind, q.Entry), Entry: q.Entry, Class: 4}
			q.Options[other(q)] = Option{Label: optionLabel(q.Kind, d), Entry: d, Class: d.Class()}
		},
		"too few options":  func(q *Question) { q.Options = q.Options[:3]; q.Answer = min(q.Answer, 2) },
		"answer ruled out": func(q *Question) { q.RuledOut = append(q.RuledOut, q.Answer) },
		"same-meaning distractor": func(q *Question) { // Twitter's 420 is what 429 is now
			q.Entry = data.ByID("420-twitter")
			d := data.Registry(429)
			q.Options[q.Answer] = Option{Label: optionLabel(q.Kind, q.Entry), Entry: q.Entry, Class: 4}
			q.Options[other(q)] = Option{Label: optionLabel(q.Kind, d), Entry: d, Class: d.Class()}
		},
	}
	for name, breakIt := range breakers {
		for _, k := range []Kind{Meaning, CodeOf, ScenarioKind} {
			q := fresh(k)
			if ps := problems(q); len(ps) > 0 {
				t.Fatalf("fresh %s question already has problems: %v", k, ps)
			}
			breakIt(q)
			if len(problems(q)) == 0 {
				t.Errorf("%s: not caught in a %s question", name, k)
			}
		}
	}
	// Pair questions: an option outside the group, a scenario with no Versus.
	q := fresh(Pair)
	q.Options = append(q.Options, Option{Label: "405 Method Not Allowed", Entry: data.Registry(405), Class: 4})
	if len(problems(q)) == 0 {
		t.Error("pair option outside the group not caught")
	}
	q = fresh(Pair)
	q.Scenario = &data.Scenario{Text: q.Scenario.Text}
	if len(problems(q)) == 0 {
		t.Error("pair scenario without Versus not caught")
	}
	// A distractor the scenario names ("nginx's 400 page" for 494).
	q = fresh(ScenarioKind)
	q.Context += " The client sees 410 in its logs."
	q.Scenario = &data.Scenario{Text: q.Context}
	if !slices.ContainsFunc(q.Options, func(o Option) bool { return o.Entry.Code == 410 }) {
		q.Options[(q.Answer+1)%4] = Option{Label: "410 Gone", Entry: data.Registry(410), Class: 4}
	}
	if !slices.ContainsFunc(problems(q), func(p string) bool { return strings.Contains(p, "named by the scenario") }) {
		t.Error("distractor named by the scenario not caught")
	}
	// A scenario that is another code's.
	q = fresh(ScenarioKind)
	q.Scenario = &data.Registry(410).Scenarios[0]
	q.Context = q.Scenario.Text
	if len(problems(q)) == 0 {
		t.Error("scenario of another code not caught")
	}
	// A class question whose right class is offered twice.
	q = g.build(e404, ClassKind, nil)
	q.Options[(q.Answer+1)%5].Class = 4
	if len(problems(q)) == 0 {
		t.Error("class question with the answer twice not caught")
	}
}

// chiSquare is Pearson's statistic of counts against a uniform
// distribution.
func chiSquare(counts []int) float64 {
	total := 0
	for _, c := range counts {
		total += c
	}
	exp := float64(total) / float64(len(counts))
	x := 0.0
	for _, c := range counts {
		d := float64(c) - exp
		x += d * d / exp
	}
	return x
}

// The upper 0.1% point of the chi-square distribution with 3 degrees of
// freedom: a fair shuffle exceeds it once in a thousand seeds, and the seeds
// are fixed, so the test is deterministic; a bias of a few points in one
// position fails it.
const chi2df3 = 16.266

func TestChiSquareCanFail(t *testing.T) {
	// A position 0 chosen 28% instead of 25% of 4000 times.
	if x := chiSquare([]int{1120, 960, 960, 960}); x <= chi2df3 {
		t.Errorf("biased counts give %.1f, not above %.3f", x, chi2df3)
	}
	if x := chiSquare([]int{1000, 1000, 1000, 1000}); x != 0 {
		t.Errorf("uniform counts give %.1f", x)
	}
}

// answerPositions counts where the right answer sits among n options, over
// questions from sessions with fixed seeds, until want questions are seen.
func answerPositions(t *testing.T, cfg Config, n, want int) []int {
	t.Helper()
	counts := make([]int, n)
	seen := 0
	for seed := cfg.Seed; seen < want; seed++ {
		cfg.Seed = seed
		s, _, err := NewSession(cfg, Learner{})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range s.queue {
			if len(q.Options) == n && seen < want {
				counts[q.Answer]++
				seen++
			}
		}
	}
	return counts
}

func TestAnswerPositionsAreUniform(t *testing.T) {
	for i, k := range []Kind{Mix, Meaning, CodeOf, ScenarioKind} {
		// Each kind from its own seeds (1000, 1001 …).
		counts := answerPositions(t, Config{Kind: k, Scope: ScopeAll, Count: 50, Seed: int64(1000 * (i + 1))}, 4, 4000)
		if x := chiSquare(counts); x > chi2df3 {
			t.Errorf("%s: answer positions %v: chi-square %.2f > %.3f (df 3, p 0.001)", k, counts, x, chi2df3)
		} else {
			t.Logf("%s: answer positions %v: chi-square %.2f", k, counts, x)
		}
	}
}

// TestClassOptionsInOrder: a class question lists the classes 1xx to 5xx in
// that order, whatever the seed, and its answer is the code's class.
func TestClassOptionsInOrder(t *testing.T) {
	for seed := range int64(50) {
		s, _, err := NewSession(Config{Kind: ClassKind, Scope: ScopeAll, Count: 20, Seed: seed}, Learner{})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range s.queue {
			var labels []string
			for i, o := range q.Options {
				labels = append(labels, o.Label)
				if o.Class != data.Class(i+1) {
					t.Fatalf("seed %d, %s: options %q are not 1xx to 5xx in order", seed, q.Entry.ID(), labels)
				}
			}
			if len(q.Options) != 5 || q.Options[q.Answer].Class != q.Entry.Class() {
				t.Fatalf("seed %d, %s: answer %d of %q, want its class %d", seed, q.Entry.ID(), q.Answer, labels, q.Entry.Class())
			}
		}
	}
}

func TestDistractorsArePlausible(t *testing.T) {
	// Over many questions, most distractors share the answer's class, and
	// the known confusions come up often.
	same, all := 0, 0
	with410 := 0
	for seed := range int64(200) {
		g := newGen(builtin.cat(), seed)
		q := g.build(data.Registry(404), Meaning, nil)
		for _, o := range q.Options {
			if o.Entry == q.Entry {
				continue
			}
			all++
			if o.Class == 4 {
				same++
			}
			if o.Entry.Code == 410 {
				with410++
			}
		}
	}
	if same != all {
		t.Errorf("%d of %d distractors for 404 are 4xx, want all", same, all)
	}
	if with410 < 100 {
		t.Errorf("410, the classic confusion, is offered for 404 only %d times in 200", with410)
	}
	// A scenario's Versus codes are always offered (up to three).
	for seed := range int64(50) {
		g := newGen(builtin.cat(), seed)
		e := data.Registry(429)
		for i := range e.Scenarios {
			sc := &e.Scenarios[i]
			q := g.build(e, ScenarioKind, &Question{Scenario: sc})
			for _, v := range sc.Versus {
				if !slices.ContainsFunc(q.Options, func(o Option) bool { return o.Entry.Code == v }) {
					t.Errorf("429 scenario %d: Versus %d not offered: %v", i, v, q.Options)
				}
			}
		}
	}
}

func TestPromptsAndHints(t *testing.T) {
	g := newGen(builtin.cat(), 1)
	e := data.Registry(451)
	q := g.build(e, ClassKind, nil)
	if q.Prompt != "Which class is ‘Unavailable For Legal Reasons’ in?" {
		t.Errorf("class prompt %q", q.Prompt)
	}
	if q.Hint != sentence(e.Summary) {
		t.Errorf("class hint %q, want the summary", q.Hint)
	}
	if q := g.build(data.ByID("499-nginx"), ClassKind, nil); q.Prompt != "Which class is ‘Client Closed Request’ (nginx) in?" {
		t.Errorf("vendor class prompt %q", q.Prompt)
	}
	if q := g.build(data.Registry(404), Meaning, nil); q.Prompt != "What does 404 mean?" {
		t.Errorf("meaning prompt %q", q.Prompt)
	}
	q = g.build(data.Registry(503), CodeOf, nil)
	if q.Prompt != "Which code means Service Unavailable?" {
		t.Errorf("code prompt %q", q.Prompt)
	}
	// All four options are 5xx, so the class alone would tell nothing: the
	// hint also rules out two wrong options.
	var wrong []string
	for i, o := range q.Options {
		if o.Class != 5 {
			t.Fatalf("option %q is not a 5xx", o.Label)
		}
		if i != q.Answer {
			wrong = append(wrong, o.Label)
		}
	}
	if want := "It is a 5xx Server Error, like every option here, but not " + wrong[0] + " and not " + wrong[1] + "."; q.Hint != want {
		t.Errorf("hint %q, want %q", q.Hint, want)
	}
	// Options of several classes: the hint is the class.
	mixed := &Question{Kind: Meaning, Entry: data.Registry(404), Answer: 0, Options: []Option{
		{Label: "Not Found", Entry: data.Registry(404), Class: 4}, {Label: "OK", Entry: data.Registry(200), Class: 2},
		{Label: "Gone", Entry: data.Registry(410), Class: 4},
	}}
	if h, out := eliminationHint(mixed); h != classHint(4) || !slices.Equal(out, []int{1}) {
		t.Errorf("mixed-class hint %q ruling out %v, want the class, ruling out option 1 (200)", h, out)
	}
	if h := classHint(4); h != "It is a 4xx Client Error: the request itself is at fault." {
		t.Errorf("4xx hint %q", h)
	}
	for _, o := range q.Options {
		if _, err := strconv.Atoi(o.Label); err != nil {
			t.Errorf("code option %q is not a number", o.Label)
		}
	}
}

func TestSentences(t *testing.T) {
	for in, want := range map[string]string{
		"One. Two.":                        "One.",
		"Use it, e.g. for forms. Then go.": "Use it, e.g. for forms.",
		"A 1.1 server. 2 more.":            "A 1.1 server.",
		"No end":                           "No end",
		"Why? Because.":                    "Why?",
	} {
		if got := data.FirstSentence(in); got != want {
			t.Errorf("FirstSentence(%q) = %q, want %q", in, got, want)
		}
	}
	if sentence("done") != "done." || sentence("done?") != "done?" {
		t.Error("sentence")
	}
}

// A code with the answer's title could be right too: never offered, even
// when a scenario names it.
func TestNoEquallyRightDistractor(t *testing.T) {
	g := newGen(builtin.cat(), 1)
	for _, k := range []Kind{Meaning, CodeOf, ScenarioKind} {
		e := data.ByID("561-aws") // "Unauthorized", like 401
		for _, d := range g.distractors(e, k, &data.Scenario{Versus: []int{401}}, 3) {
			if d.Title() == e.Title() || d.Code == e.Code {
				t.Errorf("%s: %s offered as a wrong answer for %s", k, d.ID(), e.ID())
			}
		}
		e = data.ByID("499-cloudflare") // same number and title as 499-nginx
		for _, d := range g.distractors(e, k, nil, 3) {
			if d.Title() == e.Title() || d.Code == e.Code {
				t.Errorf("%s: %s offered as a wrong answer for %s", k, d.ID(), e.ID())
			}
		}
	}
}
