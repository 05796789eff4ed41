package quiz

import (
	"strings"
	"testing"
	"time"

	"httpcodes/data"
	"httpcodes/quiz/fsrs"
)

// teamBank is a bank with a team's deck: its own 599 and three scenarios,
// one answered by 422, one by the team's 599, one by 409; and two that
// must be left out (an answer from no catalogue, a second use of an ID).
func teamBank(t *testing.T) *Bank {
	t.Helper()
	cat, err := data.Extend([]data.Entry{{
		Code: 599, Phrase: "Ledger Unavailable", Status: data.Unofficial, Vendor: "Payments API", Slug: data.TeamSlug,
		Tier: data.Common, Summary: "Our gateway could not reach the ledger in time",
		Explanation: "Sent by the payments gateway, never by the ledger itself.",
	}}, map[string]data.Team{"422": {Deck: "Payments API", Note: "We answer 422 with problem+json."}})
	if err != nil {
		t.Fatal(err)
	}
	stray := &data.Entry{Code: 418, Phrase: "Stray"}
	return NewBank(cat, []TeamScenario{
		{ID: "422-team-00000001", Deck: "Payments API", Answer: cat.Registry(422),
			Scenario: data.Scenario{Text: "A refund asks for more money than the original charge.", Why: "Our business rule: 422.",
				Versus: []int{400}}},
		{ID: "599-team-00000002", Deck: "Payments API", Answer: cat.ByID("599-team"),
			Scenario: data.Scenario{Text: "The gateway gave up waiting for the ledger service."}},
		{ID: "409-team-00000003", Deck: "Payments API", Answer: cat.Registry(409),
			Scenario: data.Scenario{Text: "Two refunds of one charge arrive at once; the second loses the race.", Why: "A conflict with the current state."}},
		{ID: "418-team-00000004", Deck: "Payments API", Answer: stray, Scenario: data.Scenario{Text: "Not of this catalogue."}},
		{ID: "422-team-00000001", Deck: "Payments API", Answer: cat.Registry(409), Scenario: data.Scenario{Text: "The same ID again."}},
	})
}

func TestTeamScopeAsksTheTeamScenarios(t *testing.T) {
	b := teamBank(t)
	if !b.HasTeam() || Builtin().HasTeam() {
		t.Error("HasTeam is wrong")
	}
	s, notices, err := b.NewSession(Config{Kind: Mix, Scope: ScopeTeam, Count: 10, Seed: 4}, Learner{})
	if err != nil {
		t.Fatal(err)
	}
	// A stray answer and a repeated ID are left out.
	if len(notices) != 1 || !strings.Contains(notices[0], "Only 3 scenarios in scope team") {
		t.Errorf("notices: %q", notices)
	}
	texts := map[string]string{
		"422-team-00000001": "A refund asks", "599-team-00000002": "The gateway gave up", "409-team-00000003": "Two refunds",
	}
	seen := map[string]bool{}
	for _, q := range s.queue {
		want, ok := texts[q.CardID]
		if !ok || q.Kind != ScenarioKind || !strings.HasPrefix(q.Context, want) || q.Deck != "Payments API" {
			t.Errorf("a team-scope question: %s card %q deck %q: %q", q.Kind, q.CardID, q.Deck, q.Context)
		}
		if q.Options[q.Answer].Entry != q.Entry || q.CardID[:3] != q.Entry.ID()[:3] {
			t.Errorf("%s: the right option is %v, the entry %s", q.CardID, q.Options[q.Answer].Entry, q.Entry.ID())
		}
		for _, p := range problems(q) {
			t.Errorf("%s: %s", q.CardID, p)
		}
		seen[q.CardID] = true
	}
	if len(seen) != 3 {
		t.Errorf("asked %d of the 3 team scenarios", len(seen))
	}
	again, _, _ := b.NewSession(Config{Kind: Mix, Scope: ScopeTeam, Count: 10, Seed: 4}, Learner{})
	if fingerprint(again) != fingerprint(s) {
		t.Error("the same seed gave another team quiz")
	}
}

func TestTeamScenarioFeedbackAndRecords(t *testing.T) {
	b := teamBank(t)
	s, _, err := b.NewSession(Config{Kind: ScenarioKind, Scope: ScopeTeam, Count: 3, Seed: 1}, Learner{})
	if err != nil {
		t.Fatal(err)
	}
	var missed string
	for i := 0; !s.Done(); i++ {
		q := s.Current()
		r := answerIt(s, i != 0) // the first wrong, the others right
		if q.CardID == "422-team-00000001" && r.Why != "Our business rule: 422." {
			t.Errorf("why: %q", r.Why)
		}
		if i == 0 {
			missed = q.CardID
			if r.Correct || r.PickedMeans == "" {
				t.Errorf("a wrong answer: %+v", r)
			}
		}
		s.Next()
	}
	p, err := s.Practice(Mix, 2)
	if err != nil {
		t.Fatal(err)
	}
	if q := p.Current(); q == nil || q.CardID != missed || q.Kind != ScenarioKind || q.Again {
		t.Errorf("the practice of a missed team scenario asks %+v", q)
	}
}

func TestTeamScenariosJoinMixQuizzes(t *testing.T) {
	b := teamBank(t)
	joined := map[Scope]map[string]bool{}
	for _, sc := range []Scope{ScopeCommon, "4xx", "5xx", ScopeVendor} {
		joined[sc] = map[string]bool{}
		for seed := range int64(40) {
			s, _, err := b.NewSession(Config{Kind: Mix, Scope: sc, Count: 10, Seed: seed}, Learner{})
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range s.queue {
				if q.Deck != "" {
					joined[sc][q.CardID] = true
				}
			}
		}
	}
	for sc, want := range map[Scope][]string{
		ScopeCommon: {"422-team-00000001", "599-team-00000002", "409-team-00000003"},
		"4xx":       {"422-team-00000001", "409-team-00000003"},
		"5xx":       {"599-team-00000002"},
		ScopeVendor: {"599-team-00000002"},
	} {
		if len(joined[sc]) != len(want) {
			t.Errorf("scope %s asked the team scenarios %v, want %v", sc, joined[sc], want)
		}
		for _, id := range want {
			if !joined[sc][id] {
				t.Errorf("scope %s never asked %s", sc, id)
			}
		}
	}
	// Other kinds stay on the catalogue's questions.
	s, _, err := b.NewSession(Config{Kind: Meaning, Scope: ScopeCommon, Count: 30, Seed: 1}, Learner{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range s.queue {
		if q.Deck != "" {
			t.Errorf("a meaning quiz asked the team scenario %s", q.CardID)
		}
	}
}

func TestTeamScopeRefusals(t *testing.T) {
	if _, _, err := NewSession(Config{Kind: Mix, Scope: ScopeTeam, Count: 5}, Learner{}); err == nil ||
		!strings.Contains(err.Error(), "no deck with scenarios") {
		t.Errorf("scope team without a deck: %v", err)
	}
	if _, _, err := teamBank(t).NewSession(Config{Kind: Meaning, Scope: ScopeTeam, Count: 5}, Learner{}); err == nil ||
		!strings.Contains(err.Error(), "choose kind scenario or mix") {
		t.Errorf("scope team, kind meaning: %v", err)
	}
}

func TestTypedTeamCode(t *testing.T) {
	b := teamBank(t)
	s, _, err := b.NewSession(Config{Kind: Recall, Scope: "5xx", Count: 1, Seed: 1}, Learner{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Current().Entry.Code == 599 {
		t.Skip("the question is about 599 itself")
	}
	if r := s.AnswerText("599", false, 0); r.Picked == nil || !r.Picked.FromDeck() {
		t.Errorf("599 typed with a deck in use means %v, want the team's own 599", r.Picked)
	}
}

func TestReviewOfTeamCards(t *testing.T) {
	b := teamBank(t)
	p := fsrs.Default()
	p.Location = time.UTC
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	due := fsrs.Card{State: fsrs.Review, Due: now.Add(-time.Hour), Stability: 3, Difficulty: 5, Reps: 2}
	cards := map[string]fsrs.Card{
		"422-team-00000001": due,
		"599-team":          due,
		"422-team-deadbeef": due, // a scenario since removed from the deck
	}
	s, plan := b.NewReview(cards, nil, 0, 0, p, now, 1, Learner{})
	if plan.Due != 2 {
		t.Fatalf("%d due, want the team scenario and the team code (the removed scenario skipped)", plan.Due)
	}
	got := map[string]bool{}
	for _, q := range s.queue {
		got[q.CardID] = true
		if q.CardID == "422-team-00000001" && (q.Kind != ScenarioKind || q.Deck == "") {
			t.Errorf("the team scenario is reviewed as %s from %q", q.Kind, q.Deck)
		}
	}
	if !got["422-team-00000001"] || !got["599-team"] {
		t.Errorf("reviewed %v", got)
	}
	// Without the deck, its cards are left out, and nothing breaks.
	if _, plan := NewReview(cards, nil, 0, 0, p, now, 1, Learner{}); plan.Due != 0 {
		t.Errorf("%d team cards due without the deck", plan.Due)
	}
}

// TestTeamScenarioAndItsCodeMissedInOneQuiz: a quiz that asks both 409 and
// a team scenario answered by 409, both missed, lists 409 once in its
// summary, and asks each of the two again.
func TestTeamScenarioAndItsCodeMissedInOneQuiz(t *testing.T) {
	b := teamBank(t)
	for seed := range int64(200) {
		s, _, err := b.NewSession(Config{Kind: Mix, Scope: "4xx", Count: 12, Seed: seed}, Learner{})
		if err != nil {
			t.Fatal(err)
		}
		both := 0
		for _, q := range s.queue {
			if q.CardID == "409" || q.CardID == "409-team-00000003" {
				both++
			}
		}
		if both < 2 {
			continue
		}
		again := map[string]int{}
		for !s.Done() {
			if q := s.Current(); q.Again {
				again[q.CardID]++
			}
			answerIt(s, false)
			s.Next()
		}
		n := 0
		for _, e := range s.Summary(time.Minute).Missed {
			if e.Code == 409 {
				n++
			}
		}
		if n != 1 {
			t.Errorf("seed %d: 409 is listed %d times among the missed", seed, n)
		}
		if again["409"] == 0 || again["409-team-00000003"] == 0 {
			t.Errorf("seed %d: asked again %v; want both the code and the scenario", seed, again)
		}
		return
	}
	t.Fatal("no seed plans both 409 and the team scenario answered by 409")
}
