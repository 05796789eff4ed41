package store

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"httpcodes/quiz"
	"reflect"
	"testing"
	"time"

	"httpcodes/quiz/fsrs"
)

func exportFixture(t *testing.T) *Store {
	t.Helper()
	s := openTemp(t, fsrs.Default())
	id, err := s.StartSession(quiz.SessionInfo{Mode: quiz.ModeQuiz, Kind: "code", Scope: "all", Planned: 2, Started: at(0, 3, 0)})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []quiz.Answer{
		{SessionID: id, CardID: "404", Kind: "code", Correct: true, Hint: true, Elapsed: 2345 * time.Millisecond, At: at(0, 3, 30).Add(250 * time.Millisecond)},
		{SessionID: id, CardID: "499-nginx", Kind: "scenario, quoted \"too\"", Correct: false, Elapsed: time.Second, At: at(0, 4, 0)},
		{CardID: "200", Kind: "meaning", Correct: true, Elapsed: 0, At: at(0, 5, 0)},
	} {
		if _, err := s.Record(a); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func TestExportCSV(t *testing.T) {
	s := exportFixture(t)
	var buf bytes.Buffer
	if err := s.ExportCSV(&buf); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	// 03:30 is still the learner day of 2026-03-14 (the day starts at 04:00).
	want := [][]string{
		{"id", "session_id", "card_id", "kind", "correct", "hint", "rating", "elapsed_ms", "answered_at", "day"},
		{"1", "1", "404", "code", "1", "1", "hard", "2345", "2026-03-15T03:30:00.250Z", "2026-03-14"},
		{"2", "1", "499-nginx", `scenario, quoted "too"`, "0", "0", "again", "1000", "2026-03-15T04:00:00.000Z", "2026-03-15"},
		{"3", "", "200", "meaning", "1", "0", "good", "0", "2026-03-15T05:00:00.000Z", "2026-03-15"},
	}
	if !reflect.DeepEqual(recs, want) {
		t.Errorf("CSV\n got %q\nwant %q", recs, want)
	}
	for _, r := range recs[1:] {
		if _, err := time.Parse(time.RFC3339, r[8]); err != nil {
			t.Errorf("answered_at %q is not RFC 3339: %v", r[8], err)
		}
	}
}

func TestExportJSON(t *testing.T) {
	s := exportFixture(t)
	var buf bytes.Buffer
	if err := s.ExportJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	want := []map[string]any{
		{"id": 1.0, "session_id": 1.0, "card_id": "404", "kind": "code", "correct": true, "hint": true, "rating": "hard",
			"elapsed_ms": 2345.0, "answered_at": "2026-03-15T03:30:00.250Z", "day": "2026-03-14"},
		{"id": 2.0, "session_id": 1.0, "card_id": "499-nginx", "kind": `scenario, quoted "too"`, "correct": false, "hint": false,
			"rating": "again", "elapsed_ms": 1000.0, "answered_at": "2026-03-15T04:00:00.000Z", "day": "2026-03-15"},
		{"id": 3.0, "session_id": nil, "card_id": "200", "kind": "meaning", "correct": true, "hint": false, "rating": "good",
			"elapsed_ms": 0.0, "answered_at": "2026-03-15T05:00:00.000Z", "day": "2026-03-15"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("JSON\n got %v\nwant %v", got, want)
	}
}

func TestExportEmpty(t *testing.T) {
	s := openTemp(t, fsrs.Default())
	var c, j bytes.Buffer
	if err := s.ExportCSV(&c); err != nil {
		t.Fatal(err)
	}
	if err := s.ExportJSON(&j); err != nil {
		t.Fatal(err)
	}
	if c.String() != "id,session_id,card_id,kind,correct,hint,rating,elapsed_ms,answered_at,day\n" {
		t.Errorf("empty CSV %q", c.String())
	}
	var got []any
	if err := json.Unmarshal(j.Bytes(), &got); err != nil || got == nil || len(got) != 0 {
		t.Errorf("empty JSON %q: %v", j.String(), err)
	}
}

// TestExportLocation: times are written in the learner's time zone.
func TestExportLocation(t *testing.T) {
	p := fsrs.Default()
	p.Location = time.FixedZone("UTC+10", 10*3600)
	s := openTemp(t, p)
	// 19:00 UTC on the 14th is 05:00 on the 15th in UTC+10.
	if _, err := s.Record(quiz.Answer{CardID: "200", Kind: "code", Correct: true, At: at(1, 19, 0)}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.ExportCSV(&buf); err != nil {
		t.Fatal(err)
	}
	recs, _ := csv.NewReader(&buf).ReadAll()
	if len(recs) != 2 || recs[1][8] != "2026-03-15T05:00:00.000+10:00" || recs[1][9] != "2026-03-15" {
		t.Errorf("CSV %q", recs)
	}
}
