package quiz

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"httpcodes/data"
)

// Learner is what a session needs to know about the learner's past answers.
type Learner struct {
	// Misses holds, by entry ID ("404", "499-nginx"), all-time answers and
	// wrong answers.
	Misses map[string]Miss
	// ByKind holds accuracy per kind, for mix weighting.
	ByKind map[Kind]Miss
	// FirstTime is true when the learner has never answered.
	FirstTime bool
	// Stacks are the stacks the learner chose: constant questions are
	// asked in them, and join a mix once there are some.
	Stacks []string
	// LeechAfter is how many misses make a code a leech
	// (settings.DefaultLeechAfter when 0): a leech is drilled against the
	// code it is most confused with instead of asked as usual.
	LeechAfter int
	// Queued are the codes the learner asked to learn first (httpcodes
	// explain --study): a review takes them first among the new ones.
	Queued []string
}

// leech reports whether e is one of the learner's leeches.
func (l Learner) leech(e *data.Entry) bool { return IsLeech(l.Misses[e.ID()], l.LeechAfter) }

// Miss counts answers and wrong answers.
type Miss struct{ Answers, Wrong int }

// Config is what `httpcodes quiz` was asked for.
type Config struct {
	Kind  Kind  // "" means Mix
	Scope Scope // "" means DefaultScope of the learner
	Count int   // MinCount … MaxCount
	Seed  int64
}

// The limits of Config.Count, and a sensible default for the flag.
const (
	MinCount     = 1
	MaxCount     = 100
	DefaultCount = 10
)

// ReaskGap is how many other questions come between a missed question and
// its re-ask, where the session has that many left. With fewer left the
// re-ask comes last, and with none left there is none: a question never
// comes back as the very next one.
const ReaskGap = 2

// MaxReasks caps the re-asks of one code in one session, so that a learner
// who keeps missing it (or keeps it in its learning steps) can still finish.
const MaxReasks = 2

// Session is a quiz or review session: the questions, their order, the
// answers given and the re-asks they caused. It is not safe for concurrent
// use; the UI drives it from its Update.
type Session struct {
	cfg   Config
	g     *gen
	queue []*Question
	cur   int
	// answered: the current question has been answered; Next moves on.
	answered bool
	// last is the index in queue of the latest answered question, -1 before
	// the first; lastReasked says it has already been queued again.
	last        int
	lastReasked bool
	// requeued is the re-ask the latest answer queued; nil when none.
	requeued *Question
	reasks   map[string]int

	// missedItems are the questions missed, by card, for a practice of
	// them: the codes, and the team scenarios as themselves.
	missedItems []item
	missedCards map[string]bool

	planned      int
	correct      int
	total        int
	hinted       int
	again        int
	byKind       [len(askKinds)]KindScore
	missedFirst  []*data.Entry
	missedAny    []*data.Entry
	missedAnySet map[*data.Entry]bool
}

// Result is the outcome of one answer, with what the feedback shows.
type Result struct {
	Correct, Hint bool
	// Invalid means the answer was not taken and nothing was recorded: not
	// digits (recall), an option out of range, the wrong kind of answer for
	// the question, or a question already answered or no question at all.
	Invalid  bool
	Question *Question
	// Picked is the code chosen: nil for class questions, or for a typed
	// number that is no code.
	Picked      *data.Entry
	PickedClass data.Class
	// Typed is the number typed (recall), and TypedText the three digits
	// as typed (000 stays 000).
	Typed     int
	TypedText string
	// Why says why the right answer is right.
	Why string
	// PickedMeans, when the answer was wrong, says what the pick really
	// means, and why it is not the answer when the data says so.
	PickedMeans string
	Elapsed     time.Duration
}

// KindScore is the score of one kind of question.
type KindScore struct {
	Kind           Kind
	Correct, Total int
}

// Summary is the score of a session. Only first attempts of the planned
// questions count; re-asks are counted apart (Again).
type Summary struct {
	Correct, Total, Hinted int
	// Percent is Correct/Total in per cent, rounded half up (0 when Total
	// is 0).
	Percent int
	Took    time.Duration
	// ByKind lists the kinds asked, in the order of Kinds().
	ByKind []KindScore
	// Missed are the codes whose first attempt was wrong, in the order
	// missed, each once.
	Missed []*data.Entry
	// Again is the number of re-asks answered.
	Again int
}

// Score is "7/10".
func (s Summary) Score() string { return strconv.Itoa(s.Correct) + "/" + strconv.Itoa(s.Total) }

// item is one thing a quiz asks about: an entry, or a team scenario.
type item struct {
	e  *data.Entry
	ts *TeamScenario // nil for an entry
}

// card is the progress card an item is recorded on.
func (it item) card() string {
	if it.ts != nil {
		return it.ts.ID
	}
	return it.e.ID()
}

// NewSession plans a quiz. It returns notices for the learner (a scope too
// small for the count, a weakest scope with nothing missed yet) and an error
// for a bad kind, scope or count. The same Config and Learner always give
// the same session: the same questions, in the same order, with the same
// options. A team's scenarios join the mix and scenario quizzes of the
// scopes they fit (teamPool), and make the team scope on their own.
func (b *Bank) NewSession(cfg Config, l Learner) (*Session, []string, error) {
	c := b.cat()
	if cfg.Kind == "" {
		cfg.Kind = Mix
	}
	if !cfg.Kind.valid() {
		return nil, nil, fmt.Errorf("unknown kind %q: choose one of %s", cfg.Kind, kindNames())
	}
	if cfg.Scope == "" {
		cfg.Scope = DefaultScope(l)
	}
	if _, err := ParseScope(string(cfg.Scope)); err != nil || cfg.Scope != Scope(strings.ToLower(string(cfg.Scope))) {
		return nil, nil, fmt.Errorf("unknown scope %q: choose one of %s", cfg.Scope, scopeNames())
	}
	if cfg.Count < MinCount || cfg.Count > MaxCount {
		return nil, nil, fmt.Errorf("a quiz has %d to %d questions, not %d", MinCount, MaxCount, cfg.Count)
	}
	if _, oneClass := cfg.Scope.class(); oneClass && cfg.Kind == ClassKind {
		return nil, nil, fmt.Errorf("class questions in scope %s would all have the same answer: "+
			"choose a scope with several classes, such as essential, common or all", cfg.Scope)
	}
	if cfg.Scope == ScopeTeam {
		if len(c.team) == 0 {
			return nil, nil, fmt.Errorf("scope team asks the scenarios of a team deck, and no deck with scenarios " +
				"is in use: add a .httpcodes.toml (httpcodes deck init), or name one with --deck")
		}
		if cfg.Kind != Mix && cfg.Kind != ScenarioKind {
			return nil, nil, fmt.Errorf("scope team asks the team's scenarios: choose kind scenario or mix, not %s", cfg.Kind)
		}
	}
	var notices []string
	entries, scope, notice := c.pool(cfg.Scope, l)
	if notice != "" {
		notices = append(notices, notice)
	}
	names := &gen{stacks: stacksFor(cfg.Kind, l)} // which codes the stacks name
	var eligible []item
	for _, e := range entries {
		if c.canAsk(e, cfg.Kind) && (cfg.Kind != ConstantKind || names.canAskConstant(e)) {
			eligible = append(eligible, item{e: e})
		}
	}
	for _, ts := range c.teamPool(scope, cfg.Kind) {
		eligible = append(eligible, item{e: ts.Answer, ts: ts})
	}
	asked := ""
	if cfg.Kind != Mix {
		asked = " that can be asked as " + string(cfg.Kind) + " questions"
	}
	if len(eligible) == 0 {
		return nil, notices, fmt.Errorf("no code in scope %s%s", scope, asked)
	}
	n := cfg.Count
	if len(eligible) < n {
		n = len(eligible)
		what := plural(n, "code")
		if scope == ScopeTeam {
			what, asked = plural(n, "scenario"), ""
		}
		notices = append(notices, fmt.Sprintf("Only %d %s in scope %s%s: the quiz has %d %s, not %d.",
			n, what, scope, asked, n, plural(n, "question"), cfg.Count))
	}
	cfg.Scope = scope // weakest falls back to essential for a learner with no misses
	s := newSession(c, cfg)
	s.g.stacks = names.stacks
	_, s.g.oneClass = scope.class()
	var chosen []item
	if scope == ScopeWeakest {
		chosen = slices.Clone(eligible[:n]) // the most missed
	} else {
		chosen = s.g.sample(eligible, n, l)
	}
	s.g.r.Shuffle(len(chosen), func(i, j int) { chosen[i], chosen[j] = chosen[j], chosen[i] })
	for _, it := range chosen {
		s.plan(it, cfg.Kind, l)
	}
	return s, notices, nil
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

func newSession(c *catalog, cfg Config) *Session {
	return &Session{
		cfg:          cfg,
		g:            newGen(c, cfg.Seed),
		last:         -1,
		reasks:       map[string]int{},
		missedAnySet: map[*data.Entry]bool{},
		missedCards:  map[string]bool{},
	}
}

// plan appends a planned question about an item: a team scenario is asked
// as itself; an entry as kind k, or for Mix (or a kind that cannot be asked
// about it) as a kind picked for the learner. A leech of the learner's, in
// a mix or pair session, is drilled against the code it is most confused
// with instead.
func (s *Session) plan(it item, k Kind, l Learner) {
	if it.ts != nil {
		s.queue = append(s.queue, s.g.team(it.ts))
		s.planned++
		return
	}
	e := it.e
	if k == Mix || k == Pair {
		if d := s.g.c.mostConfused(e); d != nil && l.leech(e) {
			s.queue = append(s.queue, s.g.drill(e, d, nil))
			s.planned++
			return
		}
	}
	if k == Mix || !s.g.c.canAsk(e, k) || (k == ConstantKind && !s.g.canAskConstant(e)) {
		k = s.g.pickKind(e, l)
	}
	s.queue = append(s.queue, s.g.build(e, k, nil))
	s.planned++
}

// missWeight is how much more often a code is picked the more it is
// missed: 1 for a code never missed, growing with the number of wrong
// answers and their share.
func missWeight(m Miss) float64 {
	if m.Wrong <= 0 {
		return 1
	}
	rate := float64(m.Wrong) / float64(max(m.Answers, m.Wrong)+2)
	return 1 + 8*rate + 0.5*float64(min(m.Wrong, 10))
}

// sample draws n items without replacement, each with a chance
// proportional to the missWeight of its card.
func (g *gen) sample(pool []item, n int, l Learner) []item {
	rest := slices.Clone(pool)
	w := make([]float64, len(rest))
	for i, it := range rest {
		w[i] = missWeight(l.Misses[it.card()])
	}
	out := make([]item, 0, n)
	for range n {
		sum := 0.0
		for _, x := range w {
			sum += x
		}
		x := g.r.Float64() * sum
		i := 0
		for ; i < len(w)-1; i++ {
			if x < w[i] {
				break
			}
			x -= w[i]
		}
		out = append(out, rest[i])
		rest = slices.Delete(rest, i, i+1)
		w = slices.Delete(w, i, i+1)
	}
	return out
}

// kindBase is how often a kind comes up in a mix before the learner's
// accuracy is taken into account: scenarios and pairs teach most, class
// questions least.
func kindBase(k Kind) float64 {
	switch k {
	case ScenarioKind, Pair:
		return 1.5
	case ClassKind:
		return 0.5
	}
	return 1
}

// pickKind picks the kind of a mix question about e among the kinds that
// can be asked about it; a kind the learner answers worse comes up a little
// more often (up to twice as often as a kind always answered right).
func (g *gen) pickKind(e *data.Entry, l Learner) Kind {
	var ks [len(askKinds)]Kind
	var ws [len(askKinds)]float64
	n, sum := 0, 0.0
	for _, k := range askKinds {
		if !g.c.canAsk(e, k) || (k == ConstantKind && !g.canAskConstant(e)) || (k == ClassKind && g.oneClass) {
			continue
		}
		m := l.ByKind[k]
		w := kindBase(k) * (1 + float64(m.Wrong)/float64(max(m.Answers, m.Wrong)+2))
		ks[n], ws[n] = k, w
		sum += w
		n++
	}
	x := g.r.Float64() * sum
	for i := range n - 1 {
		if x < ws[i] {
			return ks[i]
		}
		x -= ws[i]
	}
	return ks[n-1]
}

// Current is the question to show, nil when the session is finished. It
// stays the same after an answer until Next.
func (s *Session) Current() *Question {
	if s.cur >= len(s.queue) {
		return nil
	}
	return s.queue[s.cur]
}

// Config is the session's configuration, with the defaults filled in (the
// kind and scope actually used, the count after any reduction).
func (s *Session) Config() Config {
	c := s.cfg
	c.Count = s.planned
	return c
}

// Pos is where the learner is, for "3/10": n is the 1-based number of the
// current planned question (during a re-ask, of the last planned one
// shown), total the number of planned questions.
func (s *Session) Pos() (n, total int) {
	for _, q := range s.queue[:min(s.cur+1, len(s.queue))] {
		if !q.Again {
			n++
		}
	}
	return n, s.planned
}

// Left counts the questions still to answer, re-asks included (the
// current one until it is answered), and how many of them are re-asks.
func (s *Session) Left() (left, again int) {
	from := s.cur
	if s.answered {
		from++
	}
	for _, q := range s.queue[min(from, len(s.queue)):] {
		left++
		if q.Again {
			again++
		}
	}
	return left, again
}

// Requeued is the re-ask that the latest answer queued (a miss, or in a
// review a card still in its learning steps); nil when it queued none.
func (s *Session) Requeued() *Question { return s.requeued }

// Done reports whether every question, re-asks included, has been answered
// and moved past.
func (s *Session) Done() bool { return s.cur >= len(s.queue) }

// Next moves on to the next question once the current one is answered
// (and its feedback shown). Before an answer it does nothing.
func (s *Session) Next() {
	if s.answered {
		s.cur++
		s.answered = false
	}
}

// Answer answers the current option question with the index of an option.
func (s *Session) Answer(choice int, hint bool, elapsed time.Duration) Result {
	q := s.Current()
	r := Result{Question: q, Hint: hint, Elapsed: elapsed}
	if q == nil || s.answered || q.Kind == Recall || choice < 0 || choice >= len(q.Options) {
		r.Invalid = true
		return r
	}
	o := q.Options[choice]
	r.Correct = choice == q.Answer
	r.Picked, r.PickedClass = o.Entry, o.Class
	r.Why = why(q)
	if !r.Correct {
		switch q.Kind {
		case ClassKind:
			r.PickedMeans = o.Class.Label() + ": " + classGist(o.Class)
		case ConstantKind:
			r.PickedMeans = constantPicked(q, o.Entry)
		default:
			r.PickedMeans = pickedMeans(q.Entry, o.Entry)
		}
	}
	s.record(q, r.Correct, hint)
	return r
}

// AnswerText answers the current recall question with what was typed.
// Anything but digits (surrounding spaces aside) is Invalid, so that the UI
// can say "digits only"; nothing is recorded then.
func (s *Session) AnswerText(typed string, hint bool, elapsed time.Duration) Result {
	q := s.Current()
	r := Result{Question: q, Hint: hint, Elapsed: elapsed}
	typed = strings.TrimSpace(typed)
	n, err := strconv.Atoi(typed)
	if q == nil || s.answered || q.Kind != Recall || err != nil || len(typed) != 3 || strings.TrimLeft(typed, "0123456789") != "" {
		r.Invalid = true
		return r
	}
	r.Typed, r.TypedText = n, typed
	r.Correct = n == q.Entry.Code
	r.Why = why(q)
	if r.Correct {
		r.Picked = q.Entry
	} else {
		r.Picked = s.g.c.typed(n)
		if r.Picked == nil {
			r.PickedMeans = typed + " is not a registered status code"
			if n < 100 || n > 599 {
				r.PickedMeans += " (status codes run from 100 to 599)"
			}
			r.PickedMeans += "."
		} else {
			r.PickedMeans = pickedMeans(q.Entry, r.Picked)
		}
	}
	if r.Picked != nil {
		r.PickedClass = r.Picked.Class()
	}
	s.record(q, r.Correct, hint)
	return r
}

// typed is what a typed number means: the team's own code of that number,
// else its registry entry, else its first vendor entry, else nil.
func (c *catalog) typed(n int) *data.Entry {
	if e := c.data.ByID(strconv.Itoa(n) + "-" + data.TeamSlug); e != nil {
		return e
	}
	if e := c.data.Registry(n); e != nil {
		return e
	}
	if es := c.data.Lookup(n); len(es) > 0 {
		return es[0]
	}
	return nil
}

// why explains the right answer: the scenario's Why, else the summary and
// the first sentence of the explanation; pair questions add the group's
// lesson on a line of its own.
func why(q *Question) string {
	e := q.Entry
	var w string
	switch {
	case q.Kind == ConstantKind:
		return constantWhy(q)
	case q.Scenario != nil && q.Scenario.Why != "":
		w = q.Scenario.Why
	default:
		w = sentence(e.Summary) + " " + data.FirstSentence(e.Explanation)
	}
	if q.Kind == ClassKind {
		w = "It is " + tagged(strconv.Itoa(e.Code), e) + ", a " + e.Class().Label() + ". " + w
	}
	if q.Group != nil {
		w += "\n" + q.Group.Lesson
	}
	return w
}

// pickedMeans says what a wrong pick means ("410 Gone: <summary>"), and
// why the answer is not it when the answer's SeeAlso says so.
func pickedMeans(answer, picked *data.Entry) string {
	s := codeName(picked) + ": " + sentence(picked.Summary)
	for _, sa := range answer.SeeAlso {
		if sa.Why != "" && sa.Resolve() == picked {
			s += " " + sentence(sa.Why)
			break
		}
	}
	return s
}

// Summary scores the session so far; took is the time it took.
func (s *Session) Summary(took time.Duration) Summary {
	sum := Summary{
		Correct: s.correct,
		Total:   s.total,
		Hinted:  s.hinted,
		Took:    took,
		Missed:  slices.Clone(s.missedFirst),
		Again:   s.again,
	}
	if s.total > 0 {
		sum.Percent = (200*s.correct + s.total) / (2 * s.total)
	}
	for _, ks := range s.byKind {
		if ks.Total > 0 {
			sum.ByKind = append(sum.ByKind, ks)
		}
	}
	return sum
}
