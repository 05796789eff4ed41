package quiz

import (
	"fmt"
	"math"

	"httpcodes/quiz/settings"
)

// RetentionStep is how much one press changes the desired retention on
// the stats screen.
const RetentionStep = 0.01

// StepRetention is r moved by steps of RetentionStep (negative: down),
// rounded to hundredths and kept within the allowed range.
func StepRetention(r float64, steps int) float64 {
	r = math.Round((r+float64(steps)*RetentionStep)*100) / 100
	return min(max(r, settings.MinRetention), settings.MaxRetention)
}

// RetentionChange says what changing the desired retention from one value
// to another does to future intervals, with an example in days.
func RetentionChange(from, to float64) string {
	if math.Abs(from-to) < 1e-9 {
		return fmt.Sprintf("The desired retention is already %s: nothing changes.", Percent(to))
	}
	// The ratio of intervals does not depend on the stability: I(S) is
	// S times a function of the retention.
	p := Params(settings.Settings{})
	ratio := p.RawInterval(1, to) / p.RawInterval(1, from)
	const example = 10
	after := max(int(math.Round(example*ratio)), 1)
	if ratio > 1 {
		return fmt.Sprintf("Future intervals will be longer: a code due back in %d days at %s comes back in %d at %s. "+
			"Fewer reviews, and more codes forgotten by then. Each code takes it up at its next review.",
			example, Percent(from), after, Percent(to))
	}
	return fmt.Sprintf("Future intervals will be shorter: a code due back in %d days at %s comes back in %d at %s. "+
		"More reviews, and fewer codes forgotten. Each code takes it up at its next review.",
		example, Percent(from), after, Percent(to))
}

// Percent writes a probability as a whole per cent: "90%".
func Percent(r float64) string { return fmt.Sprintf("%d%%", int(math.Round(r*100))) }
