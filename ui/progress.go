package ui

import (
	"fmt"
	"maps"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"httpcodes/data"
	"httpcodes/quiz"
	"httpcodes/quiz/fsrs"
)

// common is what every screen shares: the options, keys, styles and what
// the app knows of the learner's progress. The root builds it and is the
// only one to change it, in Update; the screens read it.
type common struct {
	opts   Options
	keys   KeyMap
	styles *Styles

	progress quiz.Progress // nil until opened
	ready    bool          // the progress has been opened (or replaced by memory)
	saving   bool          // answers outlive the program
	notice   string        // what the learner was told when it opened
	learner  learnerState
	// lastSaveErr is why the latest answer could not be saved; nil when it
	// was.
	lastSaveErr error
	// recorded counts the answers saved in this run, so that a read of the
	// progress that started before the latest answer is not taken.
	recorded int
}

// learnerState is the learner's progress as last read, updated by every
// answer saved.
type learnerState struct {
	cards      map[string]fsrs.Card
	misses     map[string]quiz.Miss
	kindMisses map[quiz.Kind]quiz.Miss
}

// quizLearner is what a quiz needs to know of the learner: the misses
// (a code missed LeechAfter times is a leech), and the stacks whose names
// constant questions ask.
func (c *common) quizLearner() quiz.Learner {
	l := c.learner
	return quiz.Learner{Misses: l.misses, ByKind: l.kindMisses, FirstTime: len(l.misses) == 0,
		LeechAfter: c.opts.Settings.LeechAfter, Stacks: c.opts.Stacks}
}

// withAnswer is the state after an answer was saved, as a new value: the
// maps of the old one may still be read by a command running meanwhile.
func (l learnerState) withAnswer(a quiz.Answer, card fsrs.Card) learnerState {
	n := learnerState{cards: maps.Clone(l.cards), misses: maps.Clone(l.misses), kindMisses: maps.Clone(l.kindMisses)}
	n.cards[a.CardID] = card
	count := func(m quiz.Miss) quiz.Miss {
		m.Answers++
		if !a.Correct {
			m.Wrong++
		}
		return m
	}
	n.misses[a.CardID] = count(n.misses[a.CardID])
	n.kindMisses[a.Kind] = count(n.kindMisses[a.Kind])
	return n
}

func (c *common) now() time.Time { return c.opts.Now() }

// cat is the catalogue the app shows: the built-in one, or one with a
// team's deck.
func (c *common) cat() *data.Catalogue { return c.opts.Bank.Catalogue() }

func (c *common) seed() int64 {
	if c.opts.Seed != 0 {
		return c.opts.Seed
	}
	return c.now().UnixNano()
}

func (c *common) loc() *time.Location {
	if c.opts.Params.Location != nil {
		return c.opts.Params.Location
	}
	return time.UTC
}

// Messages about the learner's progress.
type (
	// progressOpenedMsg: the progress is open (or replaced by memory).
	progressOpenedMsg struct {
		progress quiz.Progress
		saving   bool
		notice   string
		learner  learnerState
	}
	// learnerMsg is the learner's progress as the store has it now:
	// another terminal may have studied meanwhile.
	learnerMsg struct {
		seq     int // common.recorded when it was read
		learner learnerState
	}
	// answerSavedMsg: an answer was committed (or could not be).
	answerSavedMsg struct {
		run    *run
		answer quiz.Answer
		card   fsrs.Card
		err    error
	}
)

// openProgressCmd opens the learner's progress in the background and reads
// what the screens need from it. A progress that cannot be opened is
// replaced by one in memory, with a notice: studying still works,
// nothing is kept.
func openProgressCmd(opts Options) tea.Cmd {
	return func() tea.Msg {
		// Opening (and checking) the database takes CPU the first frame
		// should have: wait until it is on the screen.
		time.Sleep(opts.StoreDelay)
		p, notice, err := opts.OpenProgress()
		if err != nil || p == nil {
			why := "no progress store"
			if err != nil {
				why = err.Error()
			}
			p = quiz.NewMemory(opts.Params)
			notice = strings.TrimSpace(notice + " Progress is not being saved: " + why + ".")
		}
		msg := progressOpenedMsg{progress: p, saving: p.Saved(), notice: notice}
		l, err := readLearner(p)
		if err != nil {
			// Answers are still saved; what was learnt before is not shown.
			msg.notice = strings.TrimSpace(msg.notice + " Your earlier progress could not be read: " + err.Error() + ".")
		}
		msg.learner = l
		return msg
	}
}

// refreshCmd re-reads the learner's progress in the background.
func (c *common) refreshCmd() tea.Cmd {
	p, seq := c.progress, c.recorded
	if p == nil {
		return nil
	}
	return func() tea.Msg {
		l, err := readLearner(p)
		if err != nil {
			return nil // keep what is loaded; the next answer is saved all the same
		}
		return learnerMsg{seq: seq, learner: l}
	}
}

// readLearner reads the cards and the misses. The maps are never nil.
func readLearner(p quiz.Progress) (learnerState, error) {
	l := learnerState{cards: map[string]fsrs.Card{}, misses: map[string]quiz.Miss{}, kindMisses: map[quiz.Kind]quiz.Miss{}}
	cards, err := p.Cards()
	if err != nil {
		return l, err
	}
	misses, err := p.Misses()
	if err != nil {
		return l, err
	}
	kinds, err := p.KindMisses()
	if err != nil {
		return l, err
	}
	maps.Copy(l.cards, cards)
	maps.Copy(l.misses, misses)
	maps.Copy(l.kindMisses, kinds)
	return l, nil
}

// recordCmd commits an answer; the answer's feedback waits for it.
func (c *common) recordCmd(r *run, a quiz.Answer) tea.Cmd {
	p := c.progress
	return func() tea.Msg {
		card, err := p.Record(a)
		return answerSavedMsg{run: r, answer: a, card: card, err: err}
	}
}

// cardRecord is the learner's record for the browse pane, from what is
// already loaded (no I/O).
func (c *common) cardRecord(id string) *CardRecord {
	if !c.ready {
		return nil
	}
	m := c.learner.misses[id]
	r := &CardRecord{Answers: m.Answers, Correct: m.Answers - m.Wrong, Mastery: quiz.New.String(),
		Leech: quiz.IsLeech(m, c.opts.Settings.LeechAfter)}
	if d := quiz.MostConfused(data.ByID(id)); r.Leech && d != nil {
		r.Against = strconv.Itoa(d.Code) + " " + d.Title()
	}
	card, ok := c.learner.cards[id]
	if !ok {
		return r
	}
	now := c.now()
	r.Mastery = quiz.MasteryOf(card).String()
	r.Recall = c.opts.Params.Recall(card, now)
	r.Due = dueText(card.Due, now, c.opts.Params)
	return r
}

// dueText says when a card is due, in the learner's days.
func dueText(due, now time.Time, p fsrs.Params) string {
	if !due.After(now) {
		return "due now"
	}
	days := p.DaysBetween(now, due)
	switch days {
	case 0:
		return "due later today"
	case 1:
		return "due tomorrow"
	}
	return fmt.Sprintf("due in %d days", days)
}
