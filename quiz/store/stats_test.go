package store

import (
	"encoding/json"
	"httpcodes/quiz"
	"math"
	"reflect"
	"slices"
	"strconv"
	"testing"
	"time"

	"httpcodes/quiz/fsrs"
)

// at is a time k days before 2026-03-15 at hh:mm UTC. With the default
// parameters (UTC, day starts at 04:00) 2026-03-15 12:00 is learner day D.
func at(k, hh, mm int) time.Time {
	return time.Date(2026, 3, 15, hh, mm, 0, 0, time.UTC).AddDate(0, 0, -k)
}

func ptr[T any](v T) *T { return &v }

// TestStatsKnownLog checks every statistic on a log and card set built by
// hand; the expected figures are worked out in the comments.
func TestStatsKnownLog(t *testing.T) {
	p := fsrs.Default()
	s := openTemp(t, p)
	now := at(0, 12, 0)
	D := p.DayNumber(now)

	type cardFix struct {
		id    string
		card  fsrs.Card
		intro int
	}
	cards := []cardFix{
		// mature (interval ≥ 21), due in 10 days: outside the forecast
		{"200", fsrs.Card{State: fsrs.Review, Stability: 40, Difficulty: 5, Due: now.AddDate(0, 0, 10), LastReview: now.AddDate(0, 0, -20), Interval: 30, Reps: 5}, D - 100},
		// young, due later today: review due, forecast[0]
		{"404", fsrs.Card{State: fsrs.Review, Stability: 3, Difficulty: 6, Due: at(0, 20, 0), LastReview: at(3, 20, 0), Interval: 3, Reps: 4, Lapses: 2}, D - 10},
		// relearning, overdue by an hour: learning due, forecast[0]
		{"500", fsrs.Card{State: fsrs.Relearning, Stability: 1, Difficulty: 7, Due: at(0, 11, 0), LastReview: at(0, 10, 50), Reps: 6, Lapses: 1}, D - 40},
		// learning, due at 03:59 tomorrow = still today's learner day
		{"301", fsrs.Card{State: fsrs.Learning, Step: 1, Stability: 2.3, Difficulty: 2.1, Due: at(-1, 3, 59), LastReview: at(0, 11, 0), Reps: 2}, D},
		// young, due at 05:00 tomorrow = learner day D+1: forecast[1]
		{"302", fsrs.Card{State: fsrs.Review, Stability: 2.5, Difficulty: 2, Due: at(-1, 5, 0), LastReview: at(0, 9, 10), Interval: 2, Reps: 2}, D},
		// interval exactly 21 (mature), overdue 5 days: review due, forecast[0]
		{"103", fsrs.Card{State: fsrs.Review, Stability: 20, Difficulty: 4, Due: at(5, 12, 0), LastReview: at(2, 12, 5), Interval: 21, Reps: 7, Lapses: 1}, D - 50},
		// young, due 2026-03-22 03:00 = learner day D+6: forecast[6]
		{"499-nginx", fsrs.Card{State: fsrs.Review, Stability: 6, Difficulty: 5, Due: at(-7, 3, 0), LastReview: at(0, 3, 30), Interval: 5, Reps: 3}, D - 5},
	}
	for _, c := range cards {
		insertCard(t, s, c.id, c.card, c.intro)
	}
	R, L, Rl, N := fsrs.Review, fsrs.Learning, fsrs.Relearning, fsrs.New
	insertReviews(t, s, []logReview{
		{card: "200", kind: "meaning", correct: true, at: at(100, 12, 0), prev: N},              // r1: before the heatmap
		{card: "200", kind: "meaning", correct: false, at: at(99, 12, 0), prev: L},              // r2
		{card: "500", kind: "code", correct: false, at: at(40, 12, 0), prev: N},                 // r3
		{card: "500", kind: "code", correct: true, at: at(40, 12, 5), prev: L},                  // r4
		{card: "103", kind: "scenario", correct: true, at: at(50, 12, 0), prev: N},              // r5
		{card: "103", kind: "scenario", correct: true, hint: true, at: at(45, 12, 0), prev: L},  // r6
		{card: "200", kind: "meaning", correct: true, at: at(83, 12, 0), prev: R},               // r7: oldest heatmap day
		{card: "200", kind: "meaning", correct: true, at: at(84, 12, 0), prev: R},               // r8: one day too old
		{card: "500", kind: "code", correct: true, at: at(29, 12, 0), prev: R},                  // r9: retention, kept
		{card: "500", kind: "code", correct: false, at: at(30, 12, 0), prev: R},                 // r10: 30 days ago = outside
		{card: "404", kind: "recall", correct: false, at: at(10, 12, 0), prev: N},               // r11
		{card: "404", kind: "recall", correct: true, at: at(10, 12, 1), prev: L},                // r12
		{card: "404", kind: "meaning", correct: false, at: at(3, 12, 0), prev: R},               // r13: retention, lapsed
		{card: "404", kind: "meaning", correct: true, at: at(3, 12, 10), prev: Rl},              // r14
		{card: "200", kind: "pair", correct: true, at: at(1, 12, 0), prev: R},                   // r15: retention, kept
		{card: "200", kind: "pair", correct: false, at: at(1, 13, 0), prev: R},                  // r16: not the day's first
		{card: "500", kind: "class", correct: false, at: at(0, 10, 50), prev: R},                // r17: retention, lapsed
		{card: "499-nginx", kind: "code", correct: true, hint: true, at: at(0, 3, 30), prev: R}, // r18: 03:30 is day D-1; kept (hard)
		{card: "301", kind: "meaning", correct: true, at: at(0, 10, 59), prev: N},               // r19
		{card: "301", kind: "meaning", correct: true, at: at(0, 11, 0), prev: L},                // r20
		{card: "302", kind: "meaning", correct: true, at: at(0, 9, 0), prev: N},                 // r21
		{card: "302", kind: "code", correct: true, at: at(0, 9, 10), prev: L},                   // r22
		{card: "103", kind: "scenario", correct: false, at: at(2, 12, 0), prev: R},              // r23: retention, lapsed
		{card: "103", kind: "scenario", correct: false, at: at(2, 12, 5), prev: Rl},             // r24
	})
	ended := func(k int) *time.Time { e := at(k, 18, 0); return &e }
	s3 := insertSession(t, s, "quiz", "meaning", "all", 10, 10, 10, ended(3)) // 100%
	s2 := insertSession(t, s, "quiz", "code", "2xx", 20, 20, 18, ended(4))    // 90%, 20 answers
	s1 := insertSession(t, s, "quiz", "meaning", "all", 10, 10, 9, ended(5))  // 90%, 10 answers, later
	insertSession(t, s, "quiz", "meaning", "all", 10, 3, 3, ended(1))         // ended early: not finished
	insertSession(t, s, "quiz", "meaning", "all", 10, 10, 10, nil)            // never ended
	insertSession(t, s, "review", "", "due", 10, 10, 10, ended(1))            // not a quiz
	s7 := insertSession(t, s, "quiz", "pair", "common", 10, 12, 9, ended(2))  // 75% of 12 answers
	s8 := insertSession(t, s, "quiz", "class", "all", 10, 10, 9, ended(6))    // 90%, 10 answers, earlier
	insertSession(t, s, "quiz", "class", "all", 5, 5, 1, ended(1))            // 20%: sixth, cut
	insertSession(t, s, "quiz", "pair", "missed", 1, 1, 1, ended(2))          // 100%, but a single question

	deck := []string{"100", "101", "103", "200", "201", "204", "301", "302", "304", "404", "500", "503", "499-nginx", "200"}
	got, err := s.Stats(now, quiz.StatsQuery{Deck: deck, NewPerDay: 5})
	if err != nil {
		t.Fatal(err)
	}

	// 24 answers; wrong: r2 r3 r10 r11 r13 r16 r17 r23 r24 = 9.
	want := quiz.Stats{
		Reviews: 24, Correct: 15, Accuracy: 15.0 / 24,
		// unseen in deck: 100 101 201 204 304 503 = 6; introduced today: 301 302;
		// new = min(5-2, 6) = 3; learning: 500 301; review: 404 103; the
		// total is the seen cards due, as the forecast counts today.
		DueToday: quiz.Due{New: 3, Learning: 2, Review: 2, Total: 4},
		// days with reviews in D-29..D: D-29 D-10 D-3 D-2 D-1 D.
		DaysStudied30: 6,
		// first review per card-day with prev Review, D-29..D: (500,D-29) kept,
		// (404,D-3) again, (103,D-2) again, (200,D-1) kept [r15, not r16],
		// (499-nginx,D-1) kept, (500,D) again → 3/6.
		Retention30: ptr(0.5),
		Mastery: []quiz.ClassMastery{
			{Class: 1, New: 2, Mature: 1},             // 100 101 | 103
			{Class: 2, New: 2, Mature: 1},             // 201 204 | 200
			{Class: 3, New: 1, Learning: 1, Young: 1}, // 304 | 301 | 302
			{Class: 4, Young: 2},                      // 404 499-nginx
			{Class: 5, New: 1, Learning: 1},           // 503 | 500
		},
		// sorted by kind; meaning: r1 r2 r7 r8 r13 r14 r19 r20 r21 (7 right);
		// code: r3 r4 r9 r10 r18 r22 (4); scenario: r5 r6 r23 r24 (2);
		// recall r11 r12 (1); pair r15 r16 (1); class r17 (0).
		ByKind: []quiz.KindAccuracy{
			{Kind: "class", Answers: 1, Correct: 0, Accuracy: 0}, {Kind: "code", Answers: 6, Correct: 4, Accuracy: 4.0 / 6}, {Kind: "meaning", Answers: 9, Correct: 7, Accuracy: 7.0 / 9},
			{Kind: "pair", Answers: 2, Correct: 1, Accuracy: 0.5}, {Kind: "recall", Answers: 2, Correct: 1, Accuracy: 0.5}, {Kind: "scenario", Answers: 4, Correct: 2, Accuracy: 0.5},
		},
		// 500: 3 wrong of 5. Then 2 wrong: 404 and 103 (accuracy 0.5; 404 has
		// more lapses) before 200 (accuracy 4/6).
		Weakest: []quiz.Weak{
			{ID: "500", Code: 500, Answers: 5, Wrong: 3, Accuracy: 0.4, Lapses: 1}, {ID: "404", Code: 404, Answers: 4, Wrong: 2, Accuracy: 0.5, Lapses: 2}, {ID: "103", Code: 103, Answers: 4, Wrong: 2, Accuracy: 0.5, Lapses: 1}, {ID: "200", Code: 200, Answers: 6, Wrong: 2, Accuracy: 4.0 / 6, Lapses: 0},
		},
		BestScores: []quiz.Score{
			{Session: s3, Kind: "meaning", Scope: "all", Correct: 10, Planned: 10, Answered: 10, Percent: 100, Date: "2026-03-12"},
			{Session: s2, Kind: "code", Scope: "2xx", Correct: 18, Planned: 20, Answered: 20, Percent: 90, Date: "2026-03-11"},
			{Session: s8, Kind: "class", Scope: "all", Correct: 9, Planned: 10, Answered: 10, Percent: 90, Date: "2026-03-09"},
			{Session: s1, Kind: "meaning", Scope: "all", Correct: 9, Planned: 10, Answered: 10, Percent: 90, Date: "2026-03-10"},
			{Session: s7, Kind: "pair", Scope: "common", Correct: 9, Planned: 10, Answered: 12, Percent: 75, Date: "2026-03-13"},
		},
		// today: 404 500 301 103; D+1: 302; D+6: 499-nginx; 200 is D+10.
		Forecast: []int{4, 1, 0, 0, 0, 0, 1},
	}
	// Heatmap: D-83 … D. r7 D-83, r5 D-50, r6 D-45, r3 r4 D-40, r10 D-30,
	// r9 D-29, r11 r12 D-10, r13 r14 D-3, r23 r24 D-2, r15 r16 r18 D-1,
	// r17 r19 r20 r21 r22 D.
	counts := map[int]int{83: 1, 50: 1, 45: 1, 40: 2, 30: 1, 29: 1, 10: 2, 3: 2, 2: 2, 1: 3, 0: 5}
	for k := 83; k >= 0; k-- {
		want.Heatmap = append(want.Heatmap, quiz.DayCount{Date: at(k, 12, 0).Format(time.DateOnly), Reviews: counts[k]})
	}
	if want.Heatmap[0].Date != "2025-12-22" || want.Heatmap[83].Date != "2026-03-15" {
		t.Fatalf("heatmap fixture dates %s … %s", want.Heatmap[0].Date, want.Heatmap[83].Date)
	}
	sorted := slices.Clone(cards)
	slices.SortFunc(sorted, func(a, b cardFix) int {
		if a.id < b.id {
			return -1
		}
		return 1
	})
	for _, c := range sorted {
		r := p.Recall(c.card, now)
		if c.card.State == fsrs.Review { // cards in (re)learning steps are not known yet
			want.Knowledge += r
			want.InReview++
		}
		want.Cards = append(want.Cards, quiz.CardStat{ID: c.id, Code: quiz.CodeOfID(c.id), State: c.card.State.String(), Stability: c.card.Stability,
			Difficulty: c.card.Difficulty, Due: c.card.Due.UTC().Format(time.RFC3339), Reps: c.card.Reps, Lapses: c.card.Lapses, Recall: r})
	}
	if want.Cards[0].ID != "103" || want.Cards[4].Due != "2026-03-15T20:00:00Z" || want.Knowledge < 3 || want.Knowledge > 7 ||
		want.InReview != 5 {
		t.Fatalf("fixture: %+v, knowledge %v", want.Cards, want.Knowledge)
	}
	compareStats(t, got, want)

	// A lower daily limit than already introduced leaves no new cards.
	got, err = s.Stats(now, quiz.StatsQuery{Deck: deck, NewPerDay: 1})
	if err != nil || got.DueToday != (quiz.Due{New: 0, Learning: 2, Review: 2, Total: 4}) {
		t.Errorf("newPerDay 1: %+v, %v", got.DueToday, err)
	}
	if n, _ := s.IntroducedToday(now); n != 2 {
		t.Errorf("IntroducedToday = %d, want 2", n)
	}
}

// compareStats reports each field that differs; floats are compared to
// 1e-12.
func compareStats(t *testing.T, got, want quiz.Stats) {
	t.Helper()
	near := func(a, b float64) bool { return math.Abs(a-b) <= 1e-12 }
	if got.Reviews != want.Reviews || got.Correct != want.Correct || !near(got.Accuracy, want.Accuracy) {
		t.Errorf("totals %d %d %v, want %d %d %v", got.Reviews, got.Correct, got.Accuracy, want.Reviews, want.Correct, want.Accuracy)
	}
	if got.DueToday != want.DueToday {
		t.Errorf("DueToday %+v, want %+v", got.DueToday, want.DueToday)
	}
	if got.DaysStudied30 != want.DaysStudied30 {
		t.Errorf("DaysStudied30 %d, want %d", got.DaysStudied30, want.DaysStudied30)
	}
	if (got.Retention30 == nil) != (want.Retention30 == nil) || got.Retention30 != nil && !near(*got.Retention30, *want.Retention30) {
		t.Errorf("Retention30 %v, want %v", fmtPtr(got.Retention30), fmtPtr(want.Retention30))
	}
	if !near(got.Knowledge, want.Knowledge) || got.InReview != want.InReview {
		t.Errorf("Knowledge %v of %d, want %v of %d", got.Knowledge, got.InReview, want.Knowledge, want.InReview)
	}
	for _, f := range []struct {
		name      string
		got, want any
	}{
		{"Mastery", got.Mastery, want.Mastery}, {"Heatmap", got.Heatmap, want.Heatmap}, {"ByKind", got.ByKind, want.ByKind},
		{"Weakest", got.Weakest, want.Weakest}, {"BestScores", got.BestScores, want.BestScores},
		{"Forecast", got.Forecast, want.Forecast}, {"Cards", got.Cards, want.Cards},
	} {
		if !reflect.DeepEqual(f.got, f.want) {
			t.Errorf("%s\n got %+v\nwant %+v", f.name, f.got, f.want)
		}
	}
}

func fmtPtr(f *float64) string {
	if f == nil {
		return "nil"
	}
	return strconv.FormatFloat(*f, 'g', -1, 64)
}

// TestStatsThroughRecord: statistics of answers recorded the normal way,
// including the state before each review that true retention needs.
func TestStatsThroughRecord(t *testing.T) {
	p := fsrs.Default()
	p.Fuzz = false
	s := openTemp(t, p)
	// Day D-3: 200 and 404 graduate (good, good). Day D: 200 is forgotten,
	// 404 is recalled (twice; only the first counts for retention), 503 is
	// new and wrong.
	steps := []quiz.Answer{
		{CardID: "200", Kind: "code", Correct: true, At: at(3, 9, 0)},
		{CardID: "200", Kind: "code", Correct: true, At: at(3, 9, 10)},
		{CardID: "404", Kind: "meaning", Correct: true, At: at(3, 9, 1)},
		{CardID: "404", Kind: "meaning", Correct: true, At: at(3, 9, 11)},
		{CardID: "200", Kind: "code", Correct: false, At: at(0, 9, 0)},
		{CardID: "404", Kind: "meaning", Correct: true, Hint: true, At: at(0, 9, 1)},
		{CardID: "404", Kind: "meaning", Correct: false, At: at(0, 9, 2)},
		{CardID: "503", Kind: "meaning", Correct: false, At: at(0, 9, 3)},
	}
	var last = map[string]fsrs.Card{}
	for i, a := range steps {
		c, err := s.Record(a)
		if err != nil {
			t.Fatal(err)
		}
		if i == 3 && (last["200"].State != fsrs.Review || c.State != fsrs.Review) {
			t.Fatalf("fixture: cards did not graduate: %+v %+v", last["200"], c)
		}
		last[a.CardID] = c
	}
	now := at(0, 10, 0)
	st, err := s.Stats(now, quiz.StatsQuery{Deck: []string{"200", "404", "503", "504", "505"}, NewPerDay: 3})
	if err != nil {
		t.Fatal(err)
	}
	if st.Retention30 == nil || *st.Retention30 != 0.5 {
		t.Errorf("Retention30 = %s, want 0.5 (200 lapsed, 404 kept)", fmtPtr(st.Retention30))
	}
	if st.Reviews != 8 || st.Correct != 5 || st.DaysStudied30 != 2 {
		t.Errorf("reviews %d correct %d days %d, want 8 5 2", st.Reviews, st.Correct, st.DaysStudied30)
	}
	// All three are in (re)learning steps due within minutes; 503 was
	// introduced today, so 3-1 = 2 new remain (504, 505), not due.
	if st.DueToday != (quiz.Due{New: 2, Learning: 3, Total: 3}) || st.Forecast[0] != 3 {
		t.Errorf("DueToday %+v forecast %v", st.DueToday, st.Forecast)
	}
	// Each was just missed, or is still learnt: none counts as known,
	// though a review minutes ago predicts a recall near 100%.
	if st.Knowledge != 0 || st.InReview != 0 || p.Recall(last["200"], now) < 0.9 {
		t.Errorf("Knowledge %v of %d in review, want 0 of 0", st.Knowledge, st.InReview)
	}
	if len(st.Cards) != 3 || st.Cards[0].ID != "200" || st.Cards[0].State != "relearning" || st.Cards[0].Lapses != 1 {
		t.Errorf("Cards %+v", st.Cards)
	}
}

func TestStatsEmpty(t *testing.T) {
	s := openTemp(t, fsrs.Default())
	now := at(0, 12, 0)
	st, err := s.Stats(now, quiz.StatsQuery{Deck: []string{"200", "404"}, NewPerDay: 20})
	if err != nil {
		t.Fatal(err)
	}
	if st.Reviews != 0 || st.Accuracy != 0 || st.Retention30 != nil || st.Knowledge != 0 || st.DaysStudied30 != 0 ||
		st.DueToday != (quiz.Due{New: 2}) || st.DesiredRetention != 0.9 || st.LeechAfter != 6 || len(st.Heatmap) != 84 || len(st.Forecast) != 7 || len(st.Mastery) != 5 ||
		st.Mastery[1] != (quiz.ClassMastery{Class: 2, New: 1}) || st.Heatmap[83] != (quiz.DayCount{Date: "2026-03-15", Reviews: 0}) {
		t.Errorf("empty stats: %+v", st)
	}
	// The JSON contract of `httpcodes stats --json`: these names, and empty
	// lists as [] (not null).
	b, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	keys := []string{"reviews", "correct", "accuracy", "due_today", "days_studied_30", "retention_30", "desired_retention",
		"estimated_knowledge", "in_review", "mastery", "heatmap", "by_kind", "weakest", "leech_after", "leeches",
		"best_scores", "forecast", "cards"}
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	if len(m) != len(keys) {
		t.Errorf("JSON has %d keys, want %d: %s", len(m), len(keys), b)
	}
	for _, k := range []string{"by_kind", "weakest", "leeches", "best_scores", "cards"} {
		if string(m[k]) != "[]" {
			t.Errorf("%s = %s, want []", k, m[k])
		}
	}
	if string(m["retention_30"]) != "null" || string(m["due_today"]) != `{"new":2,"learning":0,"review":0,"total":0}` {
		t.Errorf("retention_30 %s due_today %s", m["retention_30"], m["due_today"])
	}
}

// TestStatsWeakestOrder: ties broken by accuracy, lapses, then ID; at most
// ten; cards never wrong are left out.
func TestStatsWeakestOrder(t *testing.T) {
	p := fsrs.Default()
	s := openTemp(t, p)
	now := at(0, 12, 0)
	var log []logReview
	add := func(id string, right, wrong, lapses int) {
		insertCard(t, s, id, fsrs.Card{State: fsrs.Review, Stability: 5, Difficulty: 5, Due: now, LastReview: at(1, 12, 0), Interval: 5, Reps: right + wrong, Lapses: lapses}, p.DayNumber(now)-9)
		for i := range right + wrong {
			log = append(log, logReview{card: id, kind: "code", correct: i < right, at: at(1, 12, i), prev: fsrs.Review})
		}
	}
	add("200", 5, 0, 0) // never wrong
	for i := range 12 {
		add(strconv.Itoa(300+i), 1, 1, 0) // 12 ties on everything but the ID
	}
	add("404", 0, 1, 0) // 1 wrong, accuracy 0: before the 1-of-2s
	add("410", 1, 2, 0) // 2 wrong: first
	add("411", 1, 1, 3) // 1 wrong, accuracy 0.5, most lapses
	insertReviews(t, s, log)
	st, err := s.Stats(now, quiz.StatsQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, w := range st.Weakest {
		ids = append(ids, w.ID)
	}
	want := []string{"410", "404", "411", "300", "301", "302", "303", "304", "305", "306"}
	if !slices.Equal(ids, want) {
		t.Errorf("weakest %v, want %v", ids, want)
	}
}
