// Package quiz turns the catalogue of status codes into questions, runs quiz
// and review sessions, and scores them.
//
// Everything here is a pure function of its arguments: questions come from a
// random source seeded by the caller, and time enters only as arguments
// (`now`, durations). The package does no I/O and knows nothing of the
// terminal or of the progress database: the UI records answers and passes in
// plain values (a Learner, FSRS cards).
//
// A quiz session:
//
//	s, notices, err := quiz.NewSession(quiz.Config{Kind: quiz.Mix, Scope: quiz.ScopeEssential, Count: 10, Seed: seed}, learner)
//	for !s.Done() {
//		q := s.Current()
//		r := s.Answer(choice, usedHint, elapsed) // or s.AnswerText for recall
//		// record r in the store, then s.Reschedule(card) with the card's new state
//		s.Next()
//	}
//	sum := s.Summary(took)
package quiz

import (
	"fmt"
	"strings"
)

// Kind is a kind of question, as named by `--kind`.
type Kind string

const (
	// Meaning: "What does 404 mean?", four phrases to choose from.
	Meaning Kind = "meaning"
	// CodeOf: "Which code means Service Unavailable?", four code numbers.
	CodeOf Kind = "code"
	// ScenarioKind: a situation, "Which code fits?", four codes with phrases.
	ScenarioKind Kind = "scenario"
	// Recall: type the code for a phrase or a situation; no options.
	Recall Kind = "recall"
	// Pair: a situation written to tell apart the codes of one classic
	// confusion (401/403 …); the options are the group's codes.
	Pair Kind = "pair"
	// ClassKind: which class (1xx … 5xx) a code's phrase belongs to.
	ClassKind Kind = "class"
	// ConstantKind: how a stack writes a code ("Which code is
	// HttpStatus.CONFLICT in Spring?"), in the learner's stacks.
	ConstantKind Kind = "constant"
	// Mix blends the other kinds, weighted toward what the learner gets
	// wrong. It is the default.
	Mix Kind = "mix"
)

// askKinds are the kinds a single question can be, in the stable order used
// for reports (Summary.ByKind) and for mix weighting.
var askKinds = [...]Kind{Meaning, CodeOf, ScenarioKind, Recall, Pair, ClassKind, ConstantKind}

// Kinds returns every kind a session can be asked in, the default (Mix) last.
func Kinds() []Kind { return append(askKinds[:], Mix) }

func kindNames() string {
	var names []string
	for _, k := range Kinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

// ParseKind reads a `--kind` value. The empty string is Mix, the default.
func ParseKind(s string) (Kind, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return Mix, nil
	}
	for _, k := range Kinds() {
		if string(k) == s {
			return k, nil
		}
	}
	return "", fmt.Errorf("unknown kind %q: choose one of %s", s, kindNames())
}

// valid reports whether k is one of the named kinds.
func (k Kind) valid() bool {
	for _, x := range Kinds() {
		if x == k {
			return true
		}
	}
	return false
}

// kindIndex is k's position in askKinds, or -1.
func kindIndex(k Kind) int {
	for i, x := range askKinds {
		if x == k {
			return i
		}
	}
	return -1
}
