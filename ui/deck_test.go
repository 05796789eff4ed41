package ui

import (
	"strings"
	"testing"

	"httpcodes/data"
	"httpcodes/data/deck"
	"httpcodes/quiz"
)

// deckBank parses a deck and makes its bank, as the command line does.
func deckBank(t *testing.T, src string) *quiz.Bank {
	t.Helper()
	d, problems := deck.Parse(deck.FileName, []byte(src))
	if len(problems) > 0 {
		t.Fatalf("deck problems: %v", problems)
	}
	cat, err := d.Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	var team []quiz.TeamScenario
	for _, s := range d.Scenarios {
		team = append(team, quiz.TeamScenario{ID: s.ID(), Deck: d.Name, Answer: deck.Answer(cat, s.Answer),
			Scenario: data.Scenario{Text: s.Text, Why: s.Why, Versus: s.Versus}})
	}
	return quiz.NewBank(cat, team)
}

func TestCardShowsTheTeamNote(t *testing.T) {
	o := testOptions()
	o.Bank = deckBank(t, deck.Starter)
	hs := newHarness(t, o, 80, 24)
	hs.keys("4", "2", "2")
	if hs.selectedCode() != 422 {
		t.Fatalf("on %d, want 422", hs.selectedCode())
	}
	v := hs.plain()
	sum := strings.Index(v, "fails validation") // the end of 422's summary
	team := strings.Index(v, "Payments API")
	note := strings.Index(v, "We answer 422 for")
	if sum < 0 || team < sum || note < team {
		t.Fatalf("the team's note is not right after the summary:\n%s", v)
	}
}

func TestTeamCodesInTheList(t *testing.T) {
	o := testOptions()
	o.Bank = deckBank(t, deck.Starter)
	hs := newHarness(t, o, 100, 30)
	hs.keys("5", "9", "9") // the team's 599, a common code, comes before the rare informal one
	if e := hs.m.browse.selected(); e == nil || !e.FromDeck() {
		t.Fatalf("on %v, want the team's 599", e)
	}
	hs.requireContains("599 Ledger Unavailable (Payments API)", "unofficial · Payments API")
	hs.keys("d")
	for _, r := range hs.m.browse.rows {
		if r.entry != nil && r.entry.FromDeck() {
			t.Fatal("d left the team's codes listed")
		}
	}
	if hs.m.browse.selected().Code != 599 || hs.note() != "Team deck codes hidden" {
		t.Errorf("after d: on %d, note %q", hs.m.browse.selected().Code, hs.note())
	}
	hs.keys("esc", "d")
	hs.requireContains("599 Ledger Unavailable (Payments API)")

	// Without a deck, d does nothing and is not offered.
	plain := newHarness(t, testOptions(), 100, 30)
	n := len(plain.m.browse.rows)
	plain.keys("d")
	if len(plain.m.browse.rows) != n {
		t.Error("d changed the list without a deck")
	}
	for _, group := range plain.m.browse.helpList.full {
		for _, b := range group {
			if b.Help().Desc == "team deck codes" {
				t.Error("the help offers d without a deck")
			}
		}
	}
}

// TestDeckEscapesNeverReachTheScreen draws the card of a deck that tries
// to drive the terminal: clear the screen, set the title, plant a link.
func TestDeckEscapesNeverReachTheScreen(t *testing.T) {
	o := testOptions()
	o.Bank = deckBank(t, `name = "Pay\u001b]0;pwned\u0007ments"
[[code]]
code = 422
note = "We\u001b[2J\u001b[H answer 422 \u001b]8;;https://evil.example/\u001b\\here\u001b]8;;\u001b\\ always."
`)
	hs := newHarness(t, o, 100, 30)
	hs.keys("4", "2", "2")
	v := hs.view()
	for _, bad := range []string{"pwned", "\x1b[2J", "\x1b[H", "evil.example", "\x1b]0;", "\a"} {
		if strings.Contains(v, bad) {
			t.Errorf("the screen carries %q from the deck", bad)
		}
	}
	hs.requireContains("Payments", "We answer 422 here always.")
}

// TestTeamScenarioAnsweredWrongThenRight runs a team-scope quiz: the
// scenario is asked as the deck's, the feedback gives the team's why and
// note, the answer is recorded on the scenario's card, and a practice asks
// it again.
func TestTeamScenarioAnsweredWrongThenRight(t *testing.T) {
	o := testOptions()
	o.Bank = deckBank(t, deck.Starter)
	o.Start = QuizScreen
	o.Quiz = &quiz.Config{Kind: quiz.Mix, Scope: quiz.ScopeTeam, Count: 5, Seed: 3}
	o.Width, o.Height = 80, 24 // known at start, as on a terminal: no size message comes before the quiz
	hs := newHarness(t, o, 0, 0)
	hs.requireContains("scenario · team · Payments API", "A refund asks for more money than the original charge.",
		"Only 1 scenario in scope team")
	q := hs.currentRun().sess.Current()
	hs.keys(hs.wrongChoice())
	hs.requireContains("Not quite. The answer is 422 Unprocessable Content.",
		"Why: The request is well-formed but breaks a business rule", "Payments API: We answer 422 for every")
	misses, _ := hs.fake().Misses()
	if m := misses[q.CardID]; !strings.HasPrefix(q.CardID, "422-team-") || m.Wrong != 1 || len(misses) != 1 {
		t.Fatalf("recorded %v, want one wrong answer on the scenario's card %s", misses, q.CardID)
	}
	// The only question of the quiz is not asked again at once (a missed
	// question never comes back as the very next); practising the missed
	// ones asks it again, recorded on the same card.
	hs.keys("enter")
	hs.requireContains("Quiz complete", "Score 0/1")
	hs.keys("p")
	again := hs.currentRun().sess.Current()
	if again == nil || again.CardID != q.CardID {
		t.Fatalf("the practice asks %+v, want the team scenario", again)
	}
	hs.requireContains("scenario · missed · Payments API", "A refund asks for more money")
	hs.requireLacks("Only 1 scenario") // said once, above the first question of the quiz
	hs.keys(hs.rightChoice())
	hs.requireContains("✓ Right: 422 Unprocessable Content.", "Payments API: We answer 422 for every")
	misses, _ = hs.fake().Misses()
	if m := misses[q.CardID]; m.Answers != 2 || m.Wrong != 1 {
		t.Errorf("the scenario's card has %+v, want 2 answers, 1 wrong", m)
	}
}

func TestSetupOffersTheTeamScopeOnlyWithADeck(t *testing.T) {
	o := testOptions()
	with := New(o)
	o.Bank = deckBank(t, deck.Starter)
	withDeck := New(o)
	if has := func(m Model) bool {
		for _, sc := range m.setup.scopes {
			if sc == quiz.ScopeTeam {
				return true
			}
		}
		return false
	}; has(with) || !has(withDeck) {
		t.Errorf("scope team offered: without a deck %v, with one %v", has(with), has(withDeck))
	}
}

func TestDeckNoticeAtStart(t *testing.T) {
	o := testOptions()
	o.Notice = "Team deck not used: .httpcodes.toml:7: answer 299 is neither a code of the catalogue nor one of this deck's codes"
	hs := newHarness(t, o, 100, 30)
	hs.requireContains("Team deck not used: .httpcodes.toml:7: answer 299")
	hs.keys("j")
	hs.requireLacks("Team deck not used")
}

// TestStatsNameTeamCards: the stats name a team scenario's card by its
// answer and its deck, not by its raw ID.
func TestStatsNameTeamCards(t *testing.T) {
	bank := deckBank(t, deck.Starter)
	q, _, err := bank.NewSession(quiz.Config{Kind: quiz.ScenarioKind, Scope: quiz.ScopeTeam, Count: 1, Seed: 1}, quiz.Learner{})
	if err != nil {
		t.Fatal(err)
	}
	id := q.Current().CardID
	s := quiz.Stats{Weakest: []quiz.Weak{{ID: id, Code: 422, Answers: 2, Wrong: 2}}}
	text := flatText(StatsText(s, bank, 100, PrintStyles()))
	if !strings.Contains(text, "422 Unprocessable Content (a Payments API scenario)") || strings.Contains(text, id) {
		t.Errorf("weakest lists %s as:\n%s", id, text)
	}
}
