package store

import (
	"math"

	"httpcodes/quiz/fsrs"
)

// SetRetention changes the desired retention of the answers recorded from
// now on (the learner changed the setting while studying).
func (s *Store) SetRetention(r float64) { s.retention.Store(math.Float64bits(r)) }

// params are the scheduler's parameters now: those the store was opened
// with, and the desired retention set since.
func (s *Store) params() fsrs.Params {
	p := s.p
	if bits := s.retention.Load(); bits != 0 {
		p.DesiredRetention = math.Float64frombits(bits)
	}
	return p
}
