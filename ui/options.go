package ui

import (
	"time"

	"httpcodes/quiz"
	"httpcodes/quiz/fsrs"
	"httpcodes/quiz/settings"
)

// Screen is one of the app's screens.
type Screen int

const (
	// BrowseScreen lists every code, with the selected one's card.
	BrowseScreen Screen = iota
	// QuizScreen asks a quiz (or sets one up, before the first).
	QuizScreen
	// ReviewScreen asks what is due.
	ReviewScreen
	// StatsScreen shows the learner's statistics.
	StatsScreen
	// setupScreen sets up a quiz; it shares the quiz's tab.
	setupScreen
)

// Options configure the app.
type Options struct {
	// Start is the first screen.
	Start Screen
	// Width and Height are the terminal's size when known at start, so that
	// the very first frame is already laid out (a WindowSizeMsg follows).
	Width, Height int
	// Quiz, when set, starts a quiz with this configuration at once (from
	// `httpcodes quiz --kind …`); otherwise the quiz screen offers a setup.
	Quiz *quiz.Config
	// Reproducible says the quiz was given a seed: it then ignores the
	// learner's history, so that the seed alone decides the questions, their
	// order and their options.
	Reproducible bool
	// OpenProgress opens the learner's progress. It runs in the background,
	// never before the first frame. It may return a notice for the learner
	// (a damaged file moved aside, progress not being saved).
	OpenProgress func() (quiz.Progress, string, error)
	// StoreDelay is how long after start the progress is opened, so that
	// opening it never competes with drawing the first frame.
	StoreDelay time.Duration
	// Now is the clock (tests fix it).
	Now func() time.Time
	// Settings are the learner's settings; unset fields are the defaults.
	Settings settings.Settings
	// SaveRetention keeps a desired retention chosen on the stats screen for
	// the runs to come; nil keeps it for this run only.
	SaveRetention func(float64) error
	// Params is the scheduler's configuration (quiz.Params of Settings
	// when unset).
	Params fsrs.Params
	// NewPerDay is the daily limit of new cards in review.
	NewPerDay int
	// Stacks are the stacks whose names cards list; nil lists every one.
	Stacks []string
	// Seed seeds quizzes started from the app (tests fix it); 0 means the
	// clock.
	Seed int64
	// Bank is what the app shows and asks: the built-in catalogue when nil,
	// else one with a team's deck (its codes, notes and scenarios).
	Bank *quiz.Bank
	// Notice is said under the tab bar at start, until the first key: why
	// a team's deck is not in use, for one.
	Notice string
}

func (o Options) withDefaults() Options {
	if o.Now == nil {
		o.Now = time.Now
	}
	o.Settings = o.Settings.Default()
	if o.Params.W == [21]float64{} {
		o.Params = quiz.Params(o.Settings)
	}
	if o.NewPerDay <= 0 {
		o.NewPerDay = quiz.NewPerDay
	}
	if o.Bank == nil {
		o.Bank = quiz.Builtin()
	}
	if o.OpenProgress == nil {
		p := o.Params
		o.OpenProgress = func() (quiz.Progress, string, error) {
			return quiz.NewMemory(p), "Progress is not being saved.", nil
		}
	}
	return o
}
