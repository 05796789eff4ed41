package quiz

import (
	"time"

	"httpcodes/quiz/fsrs"
	"httpcodes/quiz/settings"
)

// Progress is where a learner's progress is kept: the log of every answer,
// the FSRS state of every card and the sessions. The screens of the app
// ask it through this interface only; quiz/store keeps it in SQLite and
// Memory keeps it for one run of the program.
//
// Every method may be slow (it may wait for another process's write): call
// them off the UI's event loop.
type Progress interface {
	// Record commits one answer and returns the card as scheduled by it.
	Record(Answer) (fsrs.Card, error)
	// StartSession records the start of a session and returns its ID.
	StartSession(SessionInfo) (int64, error)
	// EndSession marks a session finished with its score: correct of total
	// first attempts.
	EndSession(id int64, ended time.Time, correct, total int) error
	// Cards returns the state of every card that has been reviewed.
	Cards() (map[string]fsrs.Card, error)
	// Misses returns, per card answered at least once, its answers and
	// wrong answers of all time.
	Misses() (map[string]Miss, error)
	// KindMisses returns the same per question kind.
	KindMisses() (map[Kind]Miss, error)
	// IntroducedToday counts the cards first reviewed on now's learner day.
	IntroducedToday(now time.Time) (int, error)
	// Queued returns the cards queued to come first among the new ones,
	// first in line first.
	Queued() ([]string, error)
	// Stats computes the learner's statistics at now.
	Stats(now time.Time, q StatsQuery) (Stats, error)
	// SetRetention changes the desired retention of the reviews recorded
	// from now on, when the learner changes the setting.
	SetRetention(r float64)
	// Saved reports whether answers outlive the program (false for a
	// progress kept in memory, or a read-only copy).
	Saved() bool
	// Close releases the progress.
	Close() error
}

// Mode is what a session is: a quiz or a review.
type Mode int

const (
	// ModeQuiz is a quiz: questions drawn from a scope.
	ModeQuiz Mode = iota
	// ModeReview is a review: the cards FSRS says are due, then new ones.
	ModeReview
)

// String returns "quiz" or "review", the names the progress log keeps.
func (m Mode) String() string {
	if m == ModeReview {
		return "review"
	}
	return "quiz"
}

// SessionInfo describes a session as it starts.
type SessionInfo struct {
	Mode    Mode
	Kind    Kind  // the kind asked for; Mix for mixed
	Scope   Scope // the scope asked for
	Planned int   // questions planned
	Seed    int64 // the seed of the session's order
	Started time.Time
}

// Answer is one answer to one question.
type Answer struct {
	SessionID int64  // 0 = none
	CardID    string // "404", "499-nginx"
	Kind      Kind
	Correct   bool
	Hint      bool
	Elapsed   time.Duration // time the learner took
	At        time.Time
}

// RatingOf maps an answer to an FSRS rating: wrong → Again, right with a
// hint → Hard, right → Good.
func RatingOf(correct, hint bool) fsrs.Rating {
	switch {
	case !correct:
		return fsrs.Again
	case hint:
		return fsrs.Hard
	}
	return fsrs.Good
}

// Mastery says how well a card is known.
type Mastery int

const (
	// New cards have never been answered.
	New Mastery = iota
	// Learning cards are in their first steps, or relearning after a lapse.
	Learning
	// Young cards are in review with an interval under MatureDays.
	Young
	// Mature cards are in review with an interval of MatureDays or more.
	Mature
)

var masteryNames = [...]string{New: "new", Learning: "learning", Young: "young", Mature: "mature"}

// String returns "new", "learning", "young" or "mature".
func (m Mastery) String() string { return masteryNames[m] }

// MatureDays is the interval from which a card counts as mature (Anki's).
const MatureDays = 21

// MasteryOf says how well a card is known.
func MasteryOf(c fsrs.Card) Mastery {
	switch {
	case c.State == fsrs.Learning || c.State == fsrs.Relearning:
		return Learning
	case c.State == fsrs.Review && c.Interval >= MatureDays:
		return Mature
	case c.State == fsrs.Review:
		return Young
	}
	return New
}

// NewPerDay is the daily limit of new cards in a review.
const NewPerDay = 10

// Params are the scheduler's parameters for the learner's settings:
// FSRS-6's defaults with the learner's desired retention, and days that
// begin at 4 am local time. They are built here only: the app, the
// progress store and the commands all schedule with them.
func Params(s settings.Settings) fsrs.Params {
	p := fsrs.Default()
	p.DesiredRetention = s.Default().Retention
	p.Location = time.Local
	return p
}

// IsLeech reports whether a code with these answers is a leech: missed
// leechAfter times or more (settings.DefaultLeechAfter when leechAfter is
// 0), whatever came between. A leech stays one: the misses are history.
func IsLeech(m Miss, leechAfter int) bool {
	if leechAfter <= 0 {
		leechAfter = settings.DefaultLeechAfter
	}
	return m.Wrong >= leechAfter
}
