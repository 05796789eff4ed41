package quiz

import (
	"cmp"
	"errors"
	"slices"
	"sync"
	"time"

	"httpcodes/quiz/fsrs"
)

// Memory is a Progress kept in memory for one run of the program: what
// the app studies with when the learner's progress cannot be opened, and
// what tests use. It schedules and counts exactly as the SQLite store does.
type Memory struct {
	p        fsrs.Params
	mu       sync.Mutex
	cards    map[string]*memCard
	reviews  []memReview
	sessions []memSession
}

type memCard struct {
	card       fsrs.Card
	introduced int
}

type memReview struct {
	card      string
	kind      Kind
	correct   bool
	rating    fsrs.Rating
	day       int
	prevState fsrs.State
}

type memSession struct {
	info              SessionInfo
	ended             time.Time
	correct, answered int
}

// NewMemory returns an empty progress kept in memory.
func NewMemory(p fsrs.Params) *Memory {
	return &Memory{p: p, cards: map[string]*memCard{}}
}

// Record schedules the card with RatingOf and logs the answer.
func (m *Memory) Record(a Answer) (fsrs.Card, error) {
	if a.CardID == "" {
		return fsrs.Card{}, errors.New("progress: answer without a card ID")
	}
	if a.At.IsZero() {
		return fsrs.Card{}, errors.New("progress: answer time is zero")
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	at := time.UnixMilli(a.At.UnixMilli()).In(m.loc()) // kept to the millisecond, as on disk
	day := m.p.DayNumber(at)
	rating := RatingOf(a.Correct, a.Hint)
	c := m.cards[a.CardID]
	if c == nil {
		c = &memCard{card: fsrs.Card{Seed: CardSeed(a.CardID)}, introduced: day}
		m.cards[a.CardID] = c
	}
	prev := c.card.State
	c.card = m.p.Next(c.card, rating, at)
	m.reviews = append(m.reviews, memReview{card: a.CardID, kind: a.Kind, correct: a.Correct, rating: rating,
		day: day, prevState: prev})
	if i := int(a.SessionID) - 1; i >= 0 && i < len(m.sessions) {
		m.sessions[i].answered++
		if a.Correct {
			m.sessions[i].correct++
		}
	}
	return c.card, nil
}

// StartSession records a session; IDs count from 1.
func (m *Memory) StartSession(info SessionInfo) (int64, error) {
	if info.Started.IsZero() {
		return 0, errors.New("progress: session start time is zero")
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sessions = append(m.sessions, memSession{info: info})
	return int64(len(m.sessions)), nil
}

// EndSession stores a session's score.
func (m *Memory) EndSession(id int64, ended time.Time, correct, total int) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if i := int(id) - 1; i >= 0 && i < len(m.sessions) {
		m.sessions[i].ended, m.sessions[i].correct, m.sessions[i].answered = ended, correct, total
	}
	return nil
}

// Cards returns a copy of every card's state.
func (m *Memory) Cards() (map[string]fsrs.Card, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make(map[string]fsrs.Card, len(m.cards))
	for id, c := range m.cards {
		out[id] = c.card
	}
	return out, nil
}

// Misses counts answers and wrong answers per card.
func (m *Memory) Misses() (map[string]Miss, error) {
	return tallyMisses(m, func(r memReview) string { return r.card }), nil
}

// KindMisses counts answers and wrong answers per kind.
func (m *Memory) KindMisses() (map[Kind]Miss, error) {
	return tallyMisses(m, func(r memReview) Kind { return r.kind }), nil
}

func tallyMisses[K comparable](m *Memory, key func(memReview) K) map[K]Miss {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[K]Miss{}
	for _, r := range m.reviews {
		ms := out[key(r)]
		ms.Answers++
		if !r.correct {
			ms.Wrong++
		}
		out[key(r)] = ms
	}
	return out
}

// IntroducedToday counts the cards first answered on now's learner day.
func (m *Memory) IntroducedToday(now time.Time) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	today, n := m.p.DayNumber(now), 0
	for _, c := range m.cards {
		if c.introduced == today {
			n++
		}
	}
	return n, nil
}

// SetRetention changes the desired retention of the answers recorded from
// now on.
func (m *Memory) SetRetention(r float64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.p.DesiredRetention = r
}

// Stats computes the statistics as the SQLite store does.
func (m *Memory) Stats(now time.Time, q StatsQuery) (Stats, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	log := StatsLog{PerDay: map[int]int{}}
	for id, c := range m.cards {
		log.Cards = append(log.Cards, CardLog{ID: id, Card: c.card, Introduced: c.introduced})
	}
	type key struct {
		card string
		kind Kind
	}
	tallies := map[key]*Tally{}
	today := m.p.DayNumber(now)
	firstOfDay := map[[2]any]bool{}
	for _, r := range m.reviews {
		t := at(tallies, key{r.card, r.kind})
		t.CardID, t.Kind = r.card, r.kind
		t.Answers++
		if r.correct {
			t.Correct++
		}
		log.PerDay[r.day]++
		if k := [2]any{r.day, r.card}; r.day > today-StatsDays && r.day <= today && !firstOfDay[k] {
			firstOfDay[k] = true
			if r.prevState == fsrs.Review {
				log.RetentionFirst++
				if r.rating != fsrs.Again {
					log.RetentionKept++
				}
			}
		}
	}
	for _, t := range tallies {
		log.Tallies = append(log.Tallies, *t)
	}
	type finished struct {
		score Score
		ended time.Time
	}
	var done []finished
	for i, s := range m.sessions {
		if s.info.Mode != ModeQuiz || s.ended.IsZero() || s.info.Planned < BestMinPlanned || s.answered < s.info.Planned {
			continue
		}
		done = append(done, finished{Score{
			Session: int64(i + 1), Kind: string(s.info.Kind), Scope: string(s.info.Scope), Correct: s.correct,
			Planned: s.info.Planned, Answered: s.answered, Percent: 100 * ratio(s.correct, s.answered),
			Date: DayDate(m.p.DayNumber(s.ended)),
		}, s.ended})
	}
	// As the store orders them: by percent, then answers, then the earlier.
	slices.SortStableFunc(done, func(a, b finished) int {
		return cmp.Or(cmp.Compare(b.score.Percent, a.score.Percent), cmp.Compare(b.score.Answered, a.score.Answered),
			a.ended.Compare(b.ended))
	})
	for _, f := range done[:min(len(done), BestMax)] {
		log.BestScores = append(log.BestScores, f.score)
	}
	return ComputeStats(log, m.p, now, q), nil
}

// Queued returns no card: queueing codes to learn first is for progress
// kept on disk (httpcodes explain --study).
func (m *Memory) Queued() ([]string, error) { return nil, nil }

// Saved is false: nothing outlives the program.
func (m *Memory) Saved() bool { return false }

// Close does nothing.
func (m *Memory) Close() error { return nil }

func (m *Memory) loc() *time.Location {
	if m.p.Location != nil {
		return m.p.Location
	}
	return time.UTC
}
