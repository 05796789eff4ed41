package quiz

import (
	"slices"
	"strconv"
	"testing"
	"time"

	"httpcodes/data"
	"httpcodes/quiz/fsrs"
)

func missed(id string, wrong int) Learner {
	return Learner{Misses: map[string]Miss{id: {Answers: wrong + 1, Wrong: wrong}}}
}

func TestIsLeech(t *testing.T) {
	for _, c := range []struct {
		m     Miss
		after int
		want  bool
	}{
		{Miss{Answers: 20, Wrong: 5}, 0, false}, // the default threshold is 6
		{Miss{Answers: 6, Wrong: 6}, 0, true},
		{Miss{Answers: 9, Wrong: 3}, 3, true},
		{Miss{Answers: 9, Wrong: 2}, 3, false},
	} {
		if got := IsLeech(c.m, c.after); got != c.want {
			t.Errorf("IsLeech(%+v, %d) = %v, want %v", c.m, c.after, got, c.want)
		}
	}
}

// 404 missed six times is drilled, in the next quiz, against 410, the
// first code its card says it is confused with: a pair question on the
// 404/410 confusion. Missed five times, it is asked as usual.
func TestLeechDrilledInQuiz(t *testing.T) {
	e, gone := data.ByID("404"), data.ByID("410")
	if MostConfused(e) != gone {
		t.Fatalf("404 is most confused with %v, want 410 (its first see-also)", MostConfused(e))
	}
	for seed := range int64(20) {
		s := mustSession(t, Config{Kind: Mix, Scope: ScopeWeakest, Count: 1, Seed: seed}, missed("404", 6))
		q := s.Current()
		if q.Entry != e || q.Against != gone || q.Kind != Pair {
			t.Fatalf("seed %d: a leech asked as %s about %s against %v", seed, q.Kind, q.Entry.ID(), q.Against)
		}
		labels := optionIDs(q)
		if !slices.Contains(labels, "410") || q.Options[q.Answer].Entry != e {
			t.Fatalf("seed %d: options %v, answer %d", seed, labels, q.Answer)
		}
		if q.Group == nil || !slices.Contains(q.Group.Codes, 410) || !slices.Contains(q.Scenario.Versus, 410) {
			t.Fatalf("seed %d: drilled on group %v, scenario against %v; want the 404/410 confusion", seed, q.Group, q.Scenario.Versus)
		}
		s = mustSession(t, Config{Kind: Mix, Scope: ScopeWeakest, Count: 1, Seed: seed}, missed("404", 5))
		if q := s.Current(); q.Against != nil {
			t.Fatalf("seed %d: missed 5 times, 404 was drilled", seed)
		}
	}
	// The threshold is the learner's.
	l := missed("404", 3)
	l.LeechAfter = 3
	if q := mustSession(t, Config{Kind: Mix, Scope: ScopeWeakest, Count: 1, Seed: 1}, l).Current(); q.Against != gone {
		t.Errorf("leech after 3, missed 3: asked %s against %v", q.Kind, q.Against)
	}
	// A kind asked for is kept: a recall quiz asks recall questions.
	if q := mustSession(t, Config{Kind: Recall, Scope: ScopeWeakest, Count: 1, Seed: 1}, missed("404", 9)).Current(); q.Kind != Recall || q.Against != nil {
		t.Errorf("a recall quiz drilled a leech: %s against %v", q.Kind, q.Against)
	}
}

func optionIDs(q *Question) []string {
	var ids []string
	for _, o := range q.Options {
		ids = append(ids, o.Entry.ID())
	}
	return ids
}

// A missed drill comes back as a drill against the same code.
func TestLeechDrillReasked(t *testing.T) {
	s := mustSession(t, Config{Kind: Mix, Scope: ScopeWeakest, Count: 3, Seed: 2}, Learner{Misses: map[string]Miss{
		"404": {Answers: 8, Wrong: 7}, "500": {Answers: 2, Wrong: 1}, "200": {Answers: 2, Wrong: 1},
	}})
	var drill *Question
	for !s.Done() {
		q := s.Current()
		answerIt(s, q.Against == nil || q.Again)
		if q.Against != nil && !q.Again {
			drill = s.Requeued()
		}
		s.Next()
	}
	if drill == nil || drill.Against != data.ByID("410") || drill.Entry != data.ByID("404") || drill.Group == nil {
		t.Fatalf("the re-ask of a missed drill is %+v", drill)
	}
}

// Every askable code can be drilled: against another code a question may
// offer, with the answer among the options, asked from a scenario that
// does not name the other code, or by name.
func TestEveryDrillIsSound(t *testing.T) {
	g := newGen(builtin.cat(), 1)
	drills, pairs, scenarios, names, none := 0, 0, 0, 0, 0
	for _, e := range Deck() {
		d := MostConfused(e)
		if d == nil {
			none++ // 420-twitter: its confusions mean the same, or share its number
			continue
		}
		if d.Code == e.Code || d.Title() == e.Title() || (!d.Official() && e.Official()) || slices.Contains(builtin.cat().sameAll[e], d) {
			t.Errorf("%s drilled against %s, which a question may not offer", e.ID(), d.ID())
		}
		for range 3 {
			q := g.drill(e, d, nil)
			drills++
			ids := optionIDs(q)
			if q.Answer < 0 || q.Options[q.Answer].Entry != e || !slices.Contains(ids, d.ID()) || len(ids) < 2 {
				t.Fatalf("%s against %s: options %v, answer %d", e.ID(), d.ID(), ids, q.Answer)
			}
			if q.Hint == "" || q.Prompt == "" {
				t.Fatalf("%s against %s: no prompt or hint", e.ID(), d.ID())
			}
			switch {
			case q.Group != nil:
				pairs++
			case q.Scenario != nil:
				scenarios++
				if len(ids) != 2 || slices.Contains(mentions(q.Context), d.Code) {
					t.Fatalf("%s against %s: %v from %q", e.ID(), d.ID(), ids, q.Context)
				}
			default:
				names++
				if q.Kind != CodeOf || len(e.Scenarios) > 0 && !allMention(e, d) {
					t.Fatalf("%s against %s: asked by name, though it has scenarios", e.ID(), d.ID())
				}
			}
		}
	}
	if pairs == 0 || scenarios == 0 || names == 0 || none > 2 {
		t.Errorf("%d drills: %d pair, %d scenario, %d by name; want each form; %d codes with none", drills, pairs,
			scenarios, names, none)
	}
}

// A leech with no code it may be set against is asked as usual.
func TestLeechWithoutConfusion(t *testing.T) {
	e := data.ByID("420-twitter")
	if MostConfused(e) != nil {
		t.Skip("420-twitter has a code to be drilled against now")
	}
	q := mustSession(t, Config{Kind: Mix, Scope: ScopeWeakest, Count: 1, Seed: 1}, missed(e.ID(), 8)).Current()
	if q.Entry != e || q.Against != nil || q.Answer < 0 && q.Kind != Recall {
		t.Errorf("420-twitter as a leech: %+v", q)
	}
}

// allMention reports whether every scenario of e names d's number.
func allMention(e, d *data.Entry) bool {
	for _, sc := range e.Scenarios {
		if !slices.Contains(mentions(sc.Text), d.Code) {
			return false
		}
	}
	return true
}

// A review drills a due leech too; its other questions are as before.
func TestLeechDrilledInReview(t *testing.T) {
	p := reviewParams()
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	cards := map[string]fsrs.Card{
		"401": {State: fsrs.Review, Due: now.Add(-time.Hour), Stability: 3},
		"500": {State: fsrs.Review, Due: now.Add(-2 * time.Hour), Stability: 3},
	}
	plain, _ := NewReview(cards, nil, 0, 0, p, now, 9, Learner{})
	drilled, _ := NewReview(cards, nil, 0, 0, p, now, 9, missed("401", 7))
	var got []string
	for _, q := range drilled.queue {
		against := ""
		if q.Against != nil {
			against = strconv.Itoa(q.Against.Code)
		}
		got = append(got, q.Entry.ID()+"/"+against)
	}
	if want := []string{"500/", "401/403"}; !slices.Equal(got, want) {
		t.Errorf("review %v, want %v (401 drilled against 403)", got, want)
	}
	if plain.queue[0].Kind != drilled.queue[0].Kind || plain.queue[1].Against != nil {
		t.Errorf("the leech changed the other questions: %s then %s", plain.queue[0].Kind, drilled.queue[0].Kind)
	}
}
