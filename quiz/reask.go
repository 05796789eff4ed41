package quiz

// How a session records answers and asks again: a missed question comes
// back later (never as the very next), a card in its learning steps comes
// back once its step is over, and what was missed can be practised at once.

import (
	"fmt"
	"slices"

	"httpcodes/data"
	"httpcodes/quiz/fsrs"
)

// record counts an answer to q and queues a re-ask when it was wrong.
func (s *Session) record(q *Question, correct, hint bool) {
	s.answered = true
	s.last, s.lastReasked, s.requeued = s.cur, false, nil
	if q.Again {
		s.again++
	} else {
		s.total++
		ks := &s.byKind[kindIndex(q.Kind)]
		ks.Kind = q.Kind
		ks.Total++
		if correct {
			s.correct++
			ks.Correct++
		} else if !slices.Contains(s.missedFirst, q.Entry) {
			// Once: a team's scenario may be answered by a code that is
			// asked about too.
			s.missedFirst = append(s.missedFirst, q.Entry)
		}
		if hint && correct {
			s.hinted++
		}
	}
	if !correct {
		if !s.missedAnySet[q.Entry] {
			s.missedAnySet[q.Entry] = true
			s.missedAny = append(s.missedAny, q.Entry)
		}
		if !s.missedCards[q.CardID] {
			s.missedCards[q.CardID] = true
			s.missedItems = append(s.missedItems, item{e: q.Entry, ts: s.g.c.teamByID[q.CardID]})
		}
		s.reask()
	}
}

// reask queues the latest answered question again, with ReaskGap other
// questions between (or as many as are left, at least one), as a fresh
// question of the same kind about the same code; once per answer and at
// most MaxReasks times per code.
func (s *Session) reask() {
	if s.last < 0 || s.lastReasked {
		return
	}
	q := s.queue[s.last]
	at := min(max(s.last+ReaskGap+1, s.cur+1), len(s.queue))
	if s.reasks[q.CardID] >= MaxReasks || at == s.last+1 {
		return
	}
	s.reasks[q.CardID]++
	s.lastReasked = true
	s.requeued = s.g.build(q.Entry, q.Kind, q)
	s.queue = slices.Insert(s.queue, at, s.requeued)
}

// Reschedule tells the session the FSRS state of the card of the latest
// answer, once the UI has recorded it. A card in its learning or
// relearning steps is asked again later in the session (as a missed
// question is: see reask), unless that answer already queued a re-ask (a
// wrong answer does): one re-ask per answer. The re-ask keeps the step's
// wait (Question.Step).
func (s *Session) Reschedule(c fsrs.Card) {
	if c.State != fsrs.Learning && c.State != fsrs.Relearning {
		return
	}
	s.reask()
	if s.requeued != nil {
		s.requeued.Step = c.Due.Sub(c.LastReview)
	}
}

// Missed returns every code answered wrongly in this session, on a first
// attempt or a re-ask, in the order first missed: the codes for "practise
// the missed ones".
func (s *Session) Missed() []*data.Entry { return slices.Clone(s.missedAny) }

// Practice is a new session on exactly the given codes of the built-in
// bank (duplicates and reserved entries dropped), in a seeded order, each
// asked as kind (Mix, or a kind that cannot be asked about a code, picks a
// kind per code).
func Practice(missed []*data.Entry, kind Kind, seed int64) (*Session, error) {
	items := make([]item, 0, len(missed))
	for _, e := range missed {
		items = append(items, item{e: e})
	}
	return builtin.cat().practice(items, kind, seed)
}

// Practice is a new session on what this one missed, as Practice is: a
// team scenario missed is asked again as itself.
func (s *Session) Practice(kind Kind, seed int64) (*Session, error) {
	return s.g.c.practice(s.missedItems, kind, seed)
}

func (c *catalog) practice(missed []item, kind Kind, seed int64) (*Session, error) {
	if kind == "" {
		kind = Mix
	}
	if !kind.valid() {
		return nil, fmt.Errorf("unknown kind %q: choose one of %s", kind, kindNames())
	}
	var items []item
	for _, it := range missed {
		if askable(it.e) && !slices.ContainsFunc(items, func(o item) bool { return o.card() == it.card() }) {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("nothing to practise: no missed codes")
	}
	s := newSession(c, Config{Kind: kind, Count: len(items), Seed: seed})
	s.g.r.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
	for _, it := range items {
		s.plan(it, kind, Learner{})
	}
	return s, nil
}
