package store

import (
	"database/sql"
	"httpcodes/quiz"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sync"
	"testing"
	"time"

	"httpcodes/quiz/fsrs"
)

func columns(t *testing.T, db *sql.DB, table string) []string {
	t.Helper()
	rows, err := db.Query(`SELECT name FROM pragma_table_info(?) ORDER BY cid`, table)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		out = append(out, n)
	}
	return out
}

func indexes(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.Query(`SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		out = append(out, n)
	}
	return out
}

var (
	wantReviews  = []string{"id", "card_id", "kind", "correct", "hint", "rating", "elapsed_ms", "answered_at", "day", "session_id", "prev_state"}
	wantCards    = []string{"card_id", "state", "step", "stability", "difficulty", "due", "last_review", "interval", "reps", "lapses", "introduced_day"}
	wantSessions = []string{"id", "mode", "kind", "scope", "planned", "seed", "started_at", "ended_at", "answered", "correct"}
	wantIndexes  = []string{"reviews_card", "reviews_day", "reviews_session"}
)

func TestMigrateFromEmpty(t *testing.T) {
	s := openTemp(t, fsrs.Default())
	for table, want := range map[string][]string{"reviews": wantReviews, "cards": wantCards, "sessions": wantSessions} {
		if got := columns(t, s.db, table); !slices.Equal(got, want) {
			t.Errorf("%s columns %v, want %v", table, got, want)
		}
	}
	if got := indexes(t, s.db); !slices.Equal(got, wantIndexes) {
		t.Errorf("indexes %v, want %v", got, wantIndexes)
	}
	// The statistics queries use the indexes (no full table scan).
	for _, q := range []string{
		`SELECT card_id, kind, COUNT(*), SUM(correct) FROM reviews GROUP BY card_id, kind`,
		`SELECT day, COUNT(*) FROM reviews WHERE day BETWEEN 1 AND 2 GROUP BY day`,
		`SELECT MIN(id), prev_state, rating FROM reviews WHERE day BETWEEN 1 AND 2 GROUP BY day, card_id`,
	} {
		rows, err := s.db.Query(`EXPLAIN QUERY PLAN ` + q)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, notused int
			var detail string
			rows.Scan(&id, &parent, &notused, &detail)
			plan = append(plan, detail)
		}
		rows.Close()
		usesIndex := false
		for _, step := range plan {
			usesIndex = usesIndex || regexp.MustCompile(`^(SCAN|SEARCH) reviews USING (COVERING )?INDEX reviews_`).MatchString(step)
			if step == "SCAN reviews" {
				usesIndex = false
				break
			}
		}
		if !usesIndex {
			t.Errorf("%s: plan %q does not use an index", q, plan)
		}
	}
}

// TestMigrateFromV1: a version 1 database with rows is brought to version
// 2; the rows are kept, introduced_day and prev_state are back-filled.
func TestMigrateFromV1(t *testing.T) {
	p := fsrs.Default()
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	db, err := sql.Open("sqlite3", fileDSN(path, "busy_timeout(5000)", "journal_mode(wal)"))
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(t.Context(), db, p, path, 1); err != nil {
		t.Fatal(err)
	}
	if v := queryInt(t, db, `PRAGMA user_version`); v != 1 {
		t.Fatalf("user_version %d after migration 1", v)
	}
	if got := columns(t, db, "reviews"); !slices.Equal(got, wantReviews[:9]) {
		t.Fatalf("v1 reviews columns %v", got)
	}
	// Card 404: good, good (graduates), then a lapse three days later.
	// Card 200: one wrong answer. Days: t0 is day D, t0+72h is D+3.
	type v1review struct {
		card   string
		rating fsrs.Rating
		at     time.Time
	}
	log := []v1review{
		{"404", fsrs.Good, t0},
		{"200", fsrs.Again, t0.Add(5 * time.Minute)},
		{"404", fsrs.Good, t0.Add(10 * time.Minute)},
		{"404", fsrs.Again, t0.Add(72 * time.Hour)},
	}
	cards := map[string]fsrs.Card{}
	for _, r := range log {
		c := cards[r.card]
		c.Seed = quiz.CardSeed(r.card)
		cards[r.card] = p.Next(c, r.rating, r.at)
		if _, err := db.Exec(`INSERT INTO reviews (card_id, kind, correct, hint, rating, elapsed_ms, answered_at, day)
			VALUES (?, 'code', ?, 0, ?, 1000, ?, ?)`, r.card, boolInt(r.rating != fsrs.Again), int(r.rating), r.at.UnixMilli(), p.DayNumber(r.at)); err != nil {
			t.Fatal(err)
		}
	}
	for id, c := range cards {
		if _, err := db.Exec(`INSERT INTO cards (card_id, `+cardColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, int(c.State), c.Step, c.Stability, c.Difficulty, c.Due.UnixMilli(), c.LastReview.UnixMilli(), c.Interval, c.Reps, c.Lapses); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s, n, err := Open(dir, p)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n.MovedAside != "" {
		t.Fatalf("notice %+v", n)
	}
	if v := queryInt(t, s.db, `PRAGMA user_version`); v != latestVersion {
		t.Fatalf("user_version %d, want %d", v, latestVersion)
	}
	if got := columns(t, s.db, "cards"); !slices.Equal(got, wantCards) {
		t.Errorf("cards columns %v", got)
	}
	got, err := s.Cards()
	if err != nil {
		t.Fatal(err)
	}
	for id, c := range cards {
		if !reflect.DeepEqual(got[id].Due.UnixMilli(), c.Due.UnixMilli()) || got[id].Reps != c.Reps || got[id].State != c.State ||
			got[id].Stability != c.Stability || got[id].Lapses != c.Lapses {
			t.Errorf("card %s: %+v, want %+v", id, got[id], c)
		}
	}
	D := p.DayNumber(t0)
	for id, want := range map[string]int{"404": D, "200": D} {
		if d := queryInt(t, s.db, `SELECT introduced_day FROM cards WHERE card_id = ?`, id); d != want {
			t.Errorf("%s: introduced_day %d, want %d", id, d, want)
		}
	}
	rows, err := s.db.Query(`SELECT card_id, rating, answered_at, session_id, prev_state FROM reviews ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	wantPrev := []fsrs.State{fsrs.New, fsrs.New, fsrs.Learning, fsrs.Review}
	i := 0
	for rows.Next() {
		var card string
		var rating int
		var at int64
		var session *int64
		var prev int
		if err := rows.Scan(&card, &rating, &at, &session, &prev); err != nil {
			t.Fatal(err)
		}
		if card != log[i].card || rating != int(log[i].rating) || at != log[i].at.UnixMilli() || session != nil || prev != int(wantPrev[i]) {
			t.Errorf("review %d: %s %d %d %v prev %d; want %+v prev %d", i, card, rating, at, session, prev, log[i], wantPrev[i])
		}
		i++
	}
	rows.Close()
	if i != len(log) {
		t.Errorf("%d reviews after migration, want %d", i, len(log))
	}
	// The migrated store goes on from where the log left off.
	c, err := s.Record(quiz.Answer{CardID: "404", Kind: "code", Correct: true, At: t0.Add(72*time.Hour + 10*time.Minute)})
	if err != nil || c.Reps != 4 {
		t.Errorf("Record after migration: %+v, %v", c, err)
	}
}

// TestConcurrentOpen: several stores opening one fresh directory at once
// apply each migration exactly once.
func TestConcurrentOpen(t *testing.T) {
	dir := t.TempDir()
	var wg sync.WaitGroup
	stores := make([]*Store, 4)
	errs := make([]error, 4)
	for i := range stores {
		wg.Go(func() { stores[i], _, errs[i] = Open(dir, fsrs.Default()) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("store %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	for i, s := range stores {
		if _, err := s.Record(quiz.Answer{CardID: "200", Kind: "code", Correct: true, At: t0.Add(time.Duration(i) * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	checkConsistent(t, stores[0], 4)
	if got := indexes(t, stores[0].db); !slices.Equal(got, wantIndexes) {
		t.Errorf("indexes %v", got)
	}
}
