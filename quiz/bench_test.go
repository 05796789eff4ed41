package quiz

import (
	"testing"

	"httpcodes/data"
)

// BenchmarkNewSession plans a 20-question mix quiz over the common codes
// for a learner with a history. The target is under 1 ms per session; the
// figure is reported, not asserted.
func BenchmarkNewSession(b *testing.B) {
	l := Learner{Misses: map[string]Miss{}, ByKind: map[Kind]Miss{Recall: {20, 8}, Meaning: {30, 3}}}
	for i, e := range data.All() {
		l.Misses[e.ID()] = Miss{Answers: 6, Wrong: i % 3}
	}
	builtin.cat() // the one-time index, shared by every session
	b.ReportAllocs()
	seed := int64(0)
	for b.Loop() {
		seed++
		if _, _, err := NewSession(Config{Kind: Mix, Scope: ScopeCommon, Count: 20, Seed: seed}, l); err != nil {
			b.Fatal(err)
		}
	}
}
