package quiz

import (
	"strings"
	"testing"

	"httpcodes/data"
)

// TestConstantQuestions: constant questions are drawn from the learner's
// stacks, offer the stack's real names, and teach the renames.
func TestConstantQuestions(t *testing.T) {
	l := Learner{Stacks: []string{"rails"}}
	seen := map[bool]int{}
	for seed := range int64(20) {
		s, _, err := NewSession(Config{Kind: ConstantKind, Scope: ScopeAll, Count: 20, Seed: seed}, l)
		if err != nil {
			t.Fatal(err)
		}
		for !s.Done() {
			q := s.Current()
			if q.Kind != ConstantKind || q.Stack != "rails" {
				t.Fatalf("%s question in %q in a constant quiz of Rails", q.Kind, q.Stack)
			}
			seen[q.Named]++
			if q.Named && !strings.HasPrefix(q.Prompt, "Which code is :") {
				t.Errorf("named prompt %q", q.Prompt)
			}
			r := s.Answer((q.Answer+1)%len(q.Options), false, 0)
			if !strings.Contains(r.Why, "Rack names") || !strings.Contains(r.PickedMeans, "is Rails's name for") {
				t.Errorf("feedback: %q / %q", r.Why, r.PickedMeans)
			}
			s.Next()
		}
	}
	if seen[true] == 0 || seen[false] == 0 {
		t.Errorf("forms asked: %v; want both", seen)
	}
}

func TestConstantWhyTeachesTheRename(t *testing.T) {
	q := &Question{Kind: ConstantKind, Entry: data.Registry(422), Stack: "python"}
	w := constantWhy(q)
	for _, want := range []string{"HTTPStatus.UNPROCESSABLE_CONTENT", "HTTPStatus.UNPROCESSABLE_ENTITY", "3.13"} {
		if !strings.Contains(w, want) {
			t.Errorf("why for 422 in Python lacks %q: %q", want, w)
		}
	}
	q = &Question{Kind: ConstantKind, Entry: data.Registry(413), Stack: "go"}
	if w := constantWhy(q); !strings.Contains(w, `"Request Entity Too Large"`) {
		t.Errorf("why for 413 in Go does not give Go's phrase: %q", w)
	}
}

// TestConstantInMix: a mix asks constant questions only once the learner
// has chosen stacks, and never in a stack whose names spell out the code.
func TestConstantInMix(t *testing.T) {
	count := func(l Learner) int {
		n := 0
		for seed := range int64(30) {
			s, _, err := NewSession(Config{Kind: Mix, Scope: ScopeAll, Count: 30, Seed: seed}, l)
			if err != nil {
				t.Fatal(err)
			}
			for !s.Done() {
				if q := s.Current(); q.Kind == ConstantKind {
					n++
					if q.Stack != "go" {
						t.Errorf("constant question in %s", q.Stack)
					}
				}
				answerIt(s, true)
				s.Next()
			}
		}
		return n
	}
	if n := count(Learner{}); n != 0 {
		t.Errorf("%d constant questions for a learner with no stacks", n)
	}
	if n := count(Learner{Stacks: []string{"go"}}); n == 0 {
		t.Error("no constant question for a learner of Go")
	}
	if _, _, err := NewSession(Config{Kind: ConstantKind, Scope: ScopeAll, Count: 5}, Learner{Stacks: []string{"drf"}}); err == nil {
		t.Error("constant questions in Django REST framework, whose names spell out the code")
	}
}
