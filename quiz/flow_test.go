package quiz

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"httpcodes/quiz/fsrs"
)

// asked is one question as a session asked it.
type asked struct {
	q *Question
	// requeued is the re-ask its answer queued, and others how many other
	// questions were still to come when it did.
	requeued *Question
	others   int
}

// playRandom answers a session through, wrongly with probability miss,
// and in a review tells it each card is in its learning steps (as a new
// card answered right is), as the UI does.
func playRandom(s *Session, r *rand.Rand, miss float64, review bool) []asked {
	var out []asked
	for !s.Done() {
		a := asked{q: s.Current()}
		answerIt(s, r.Float64() >= miss)
		if review {
			s.Reschedule(fsrs.Card{State: fsrs.Learning, Step: 1, LastReview: time.Unix(0, 0), Due: time.Unix(600, 0)})
		}
		a.requeued = s.Requeued()
		if a.requeued != nil {
			left, _ := s.Left()
			a.others = left - 1
		}
		out = append(out, a)
		s.Next()
	}
	return out
}

// A missed question comes back with ReaskGap others between, where the
// session has that many left, at least one other otherwise, and never as
// the very next question: a miss with nothing left after it is not asked
// again.
func TestReaskNeverNext(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	reasks, short := 0, 0
	for i := range 300 {
		count := 1 + r.IntN(8)
		s := mustSession(t, Config{Kind: Mix, Scope: ScopeAll, Count: count, Seed: int64(i)}, Learner{})
		review := i%3 == 0
		played := playRandom(s, r, 0.5, review)
		for j, a := range played {
			if a.requeued == nil {
				continue
			}
			reasks++
			at := -1
			for k := j + 1; k < len(played); k++ {
				if played[k].q == a.requeued {
					at = k
					break
				}
			}
			between := at - j - 1
			switch {
			case at < 0:
				t.Fatalf("session %d: the re-ask of question %d was never asked", i, j)
			case between < 1:
				t.Fatalf("session %d: question %d (%s) came back as the very next question", i, j, a.q.Entry.ID())
			case between < min(ReaskGap, a.others):
				t.Fatalf("session %d: question %d came back after %d others, with %d left then", i, j, between, a.others)
			case between < ReaskGap:
				short++
			}
			if review && a.requeued.Step != 10*time.Minute {
				t.Fatalf("session %d: a card in its 10-minute step came back with step %v", i, a.requeued.Step)
			}
		}
		// The last question: a miss there has nothing after it to wait for.
		if last := played[len(played)-1]; last.requeued != nil {
			t.Fatalf("session %d: the last question queued a re-ask of itself", i)
		}
	}
	if reasks < 100 || short == 0 {
		t.Errorf("%d re-asks, %d with fewer than %d others between: the sessions did not test the rule", reasks, short, ReaskGap)
	}
	t.Logf("%d re-asks, %d near the end with fewer than %d others between", reasks, short, ReaskGap)
}

// Left counts what is still to answer, re-asks included, and how many are
// re-asks: "10 left", then "10 left · 1 to repeat" after a miss.
func TestLeft(t *testing.T) {
	s := mustSession(t, Config{Kind: Meaning, Scope: ScopeEssential, Count: 10, Seed: 3}, Learner{})
	check := func(when string, left, again int) {
		t.Helper()
		if l, a := s.Left(); l != left || a != again {
			t.Errorf("%s: Left() = %d, %d; want %d, %d", when, l, a, left, again)
		}
	}
	check("at the start", 10, 0)
	answerIt(s, false)
	check("after a miss", 10, 1) // 9 planned and the re-ask
	if s.Requeued() == nil || s.Requeued().Entry != s.Current().Entry {
		t.Fatal("the miss queued no re-ask of its question")
	}
	s.Next()
	check("on the next question", 10, 1)
	answerIt(s, true)
	if s.Requeued() != nil {
		t.Error("a right answer in a quiz queued a re-ask")
	}
	check("after a right answer", 9, 1)
	for !s.Done() {
		answerIt(s, true)
		s.Next()
	}
	check("at the end", 0, 0)
}

// In a review, the re-ask of a card in its learning steps keeps the
// step's wait, from the card the answer scheduled.
func TestRescheduleKeepsStep(t *testing.T) {
	for _, c := range []struct {
		card fsrs.Card
		want time.Duration
	}{
		{fsrs.Card{State: fsrs.Learning, LastReview: time.Unix(0, 0), Due: time.Unix(60, 0)}, time.Minute},
		{fsrs.Card{State: fsrs.Learning, LastReview: time.Unix(0, 0), Due: time.Unix(330, 0)}, 330 * time.Second},
		{fsrs.Card{State: fsrs.Relearning, LastReview: time.Unix(0, 0), Due: time.Unix(600, 0)}, 10 * time.Minute},
	} {
		s, _ := NewReview(nil, Deck()[:5], 0, 5, reviewParams(), time.Unix(0, 0), 1, Learner{})
		answerIt(s, true)
		s.Reschedule(c.card)
		if rq := s.Requeued(); rq == nil || rq.Step != c.want || !rq.Again {
			t.Errorf("card %v due %v after its review: re-ask %+v, want one with step %v", c.card.State,
				c.card.Due.Sub(c.card.LastReview), rq, c.want)
		}
	}
	// A card that graduated is not asked again.
	s, _ := NewReview(nil, Deck()[:5], 0, 5, reviewParams(), time.Unix(0, 0), 1, Learner{})
	answerIt(s, true)
	s.Reschedule(fsrs.Card{State: fsrs.Review})
	if s.Requeued() != nil {
		t.Error("a card in review was asked again")
	}
}

func ExampleSession_Left() {
	s, _, _ := NewSession(Config{Kind: Meaning, Scope: ScopeEssential, Count: 4, Seed: 1}, Learner{})
	q := s.Current()
	s.Answer((q.Answer+1)%len(q.Options), false, 0) // wrong
	left, again := s.Left()
	fmt.Printf("%d left · %d to repeat\n", left, again)
	// Output: 4 left · 1 to repeat
}
