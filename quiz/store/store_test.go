package store

import (
	"httpcodes/quiz"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"httpcodes/quiz/fsrs"
)

var t0 = time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)

func TestDefaultDir(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	cases := []struct{ data, xdg, want string }{
		{"/data/here", "/xdg", "/data/here"},
		{"", "/xdg", "/xdg/httpcodes"},
		{"", "relative/xdg", filepath.Join(home, ".local", "state", "httpcodes")}, // XDG: relative paths are ignored
		{"", "", filepath.Join(home, ".local", "state", "httpcodes")},
	}
	for _, c := range cases {
		t.Setenv("HTTPCODES_DATA_DIR", c.data)
		t.Setenv("XDG_STATE_HOME", c.xdg)
		got, err := DefaultDir()
		if err != nil || got != c.want {
			t.Errorf("data=%q xdg=%q: DefaultDir() = %q, %v; want %q", c.data, c.xdg, got, err, c.want)
		}
	}
}

func TestOpenFresh(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b") // created on demand
	s, n, err := Open(dir, fsrs.Default())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n.MovedAside != "" {
		t.Errorf("notice %+v", n)
	}
	if want := filepath.Join(dir, FileName); s.Path() != want {
		t.Errorf("Path() = %q, want %q", s.Path(), want)
	}
	if v := queryInt(t, s.db, `PRAGMA user_version`); v != latestVersion || latestVersion != 3 {
		t.Errorf("user_version %d, latest %d; want 3", v, latestVersion)
	}
	// Every pooled connection gets the pragmas: hold several at once.
	conns := make([]interface{ Close() error }, 0, 3)
	for range 3 {
		c, err := s.db.Conn(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
		var jm string
		var bt, sy, fk int
		if err := c.QueryRowContext(t.Context(), `PRAGMA journal_mode`).Scan(&jm); err != nil {
			t.Fatal(err)
		}
		c.QueryRowContext(t.Context(), `PRAGMA busy_timeout`).Scan(&bt)
		c.QueryRowContext(t.Context(), `PRAGMA synchronous`).Scan(&sy)
		c.QueryRowContext(t.Context(), `PRAGMA foreign_keys`).Scan(&fk)
		if jm != "wal" || bt != 5000 || sy != 2 || fk != 1 {
			t.Errorf("conn pragmas: journal_mode=%s busy_timeout=%d synchronous=%d foreign_keys=%d", jm, bt, sy, fk)
		}
	}
	for _, c := range conns {
		c.Close()
	}
}

func TestRatingOf(t *testing.T) {
	cases := []struct {
		correct, hint bool
		want          fsrs.Rating
	}{
		{false, false, fsrs.Again}, {false, true, fsrs.Again}, {true, true, fsrs.Hard}, {true, false, fsrs.Good},
	}
	for _, c := range cases {
		if got := quiz.RatingOf(c.correct, c.hint); got != c.want {
			t.Errorf("quiz.RatingOf(%v, %v) = %v, want %v", c.correct, c.hint, got, c.want)
		}
	}
}

// TestRecord checks that Record applies exactly the scheduler, logs every
// column, keeps introduced_day, and that what it returns is what is stored.
func TestRecord(t *testing.T) {
	p := fsrs.Default()
	dir := t.TempDir()
	s, _, err := Open(dir, p)
	if err != nil {
		t.Fatal(err)
	}
	answers := []quiz.Answer{
		{CardID: "404", Kind: "meaning", Correct: true, Elapsed: 2500 * time.Millisecond, At: t0},
		{CardID: "404", Kind: "code", Correct: true, Hint: true, Elapsed: time.Second, At: t0.Add(10 * time.Minute)},
		{CardID: "404", Kind: "recall", Correct: true, Elapsed: time.Second, At: t0.Add(20 * time.Minute)},
		{CardID: "404", Kind: "meaning", Correct: false, Elapsed: 4 * time.Second, At: t0.Add(72 * time.Hour)},
		{CardID: "404", Kind: "meaning", Correct: true, Elapsed: time.Second, At: t0.Add(72*time.Hour + 11*time.Minute)},
	}
	want := fsrs.Card{Seed: quiz.CardSeed("404")}
	var prevStates []fsrs.State
	var got fsrs.Card
	for _, a := range answers {
		prevStates = append(prevStates, want.State)
		want = p.Next(want, quiz.RatingOf(a.Correct, a.Hint), a.At)
		if got, err = s.Record(a); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Record(%+v) = %+v, want %+v", a, got, want)
		}
	}
	if want.Reps != 5 || want.Lapses != 1 || want.State != fsrs.Review {
		t.Fatalf("scenario went wrong: %+v", want) // the fixture must exercise a lapse and relearning
	}
	if got.Seed != quiz.CardSeed("404") || quiz.CardSeed("404") == quiz.CardSeed("405") {
		t.Errorf("seed %d not the FNV hash of the ID", got.Seed)
	}

	rows, err := s.db.Query(`SELECT card_id, kind, correct, hint, rating, elapsed_ms, answered_at, day, session_id, prev_state FROM reviews ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	i := 0
	for rows.Next() {
		var card, kind string
		var correct, hint, rating, day, prev int
		var elapsed, at int64
		var session *int64
		if err := rows.Scan(&card, &kind, &correct, &hint, &rating, &elapsed, &at, &day, &session, &prev); err != nil {
			t.Fatal(err)
		}
		a := answers[i]
		if card != a.CardID || kind != string(a.Kind) || correct != boolInt(a.Correct) || hint != boolInt(a.Hint) ||
			rating != int(quiz.RatingOf(a.Correct, a.Hint)) || elapsed != a.Elapsed.Milliseconds() ||
			at != a.At.UnixMilli() || day != p.DayNumber(a.At) || session != nil || prev != int(prevStates[i]) {
			t.Errorf("review %d: %s %s %d %d %d %d %d %d %v %d; answer %+v prev %v", i, card, kind, correct, hint, rating,
				elapsed, at, day, session, prev, a, prevStates[i])
		}
		i++
	}
	rows.Close()
	if i != len(answers) {
		t.Fatalf("%d reviews logged, want %d", i, len(answers))
	}
	if d := queryInt(t, s.db, `SELECT introduced_day FROM cards WHERE card_id = '404'`); d != p.DayNumber(t0) {
		t.Errorf("introduced_day %d, want the first review's day %d", d, p.DayNumber(t0))
	}
	s.Close()

	// Reopened, the card is exactly what Record returned.
	s, _, err = Open(dir, p)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cards, err := s.Cards()
	if err != nil {
		t.Fatal(err)
	}
	if len(cards) != 1 || !reflect.DeepEqual(cards["404"], got) {
		t.Errorf("Cards() after reopen = %+v, want 404: %+v", cards, got)
	}
}

// TestRecordMillisecondTimes: times are stored to the millisecond and the
// returned card agrees with the stored one.
func TestRecordMillisecondTimes(t *testing.T) {
	s := openTemp(t, fsrs.Default())
	at := t0.Add(123456789 * time.Nanosecond).In(time.FixedZone("X", 3600))
	c, err := s.Record(quiz.Answer{CardID: "200", Kind: "code", Correct: true, At: at})
	if err != nil {
		t.Fatal(err)
	}
	if !c.LastReview.Equal(t0.Add(123 * time.Millisecond)) {
		t.Errorf("LastReview %v, want %v", c.LastReview, t0.Add(123*time.Millisecond))
	}
	cards, _ := s.Cards()
	if !reflect.DeepEqual(cards["200"], c) {
		t.Errorf("stored %+v, returned %+v", cards["200"], c)
	}
}

// TestRecordReadsDatabase: two stores on one file (as two processes would
// be) see each other's answers, because Record reads the card inside its
// transaction instead of trusting a cache.
func TestRecordReadsDatabase(t *testing.T) {
	dir := t.TempDir()
	a, _, err := Open(dir, fsrs.Default())
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, _, err := Open(dir, fsrs.Default())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for i := range 6 {
		st := a
		if i%2 == 1 {
			st = b
		}
		c, err := st.Record(quiz.Answer{CardID: "301", Kind: "code", Correct: true, At: t0.Add(time.Duration(i) * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		if c.Reps != i+1 {
			t.Fatalf("answer %d: reps %d, want %d", i, c.Reps, i+1)
		}
	}
}

func TestSessions(t *testing.T) {
	s := openTemp(t, fsrs.Default())
	if _, err := s.StartSession(quiz.SessionInfo{Mode: quiz.Mode(7), Started: t0}); err == nil {
		t.Error("mode exam accepted")
	}
	if _, err := s.StartSession(quiz.SessionInfo{Mode: quiz.ModeQuiz}); err == nil {
		t.Error("zero start time accepted")
	}
	id, err := s.StartSession(quiz.SessionInfo{Mode: quiz.ModeQuiz, Kind: "meaning", Scope: "4xx", Planned: 3, Seed: -42, Started: t0})
	if err != nil {
		t.Fatal(err)
	}
	for i, ok := range []bool{true, false, true, true} { // the fourth answer re-asks the missed 401
		card := "40" + strconv.Itoa(i%3)
		if i == 3 {
			card = "401"
		}
		if _, err := s.Record(quiz.Answer{SessionID: id, CardID: card, Kind: "meaning", Correct: ok, At: t0.Add(time.Duration(i) * time.Second)}); err != nil {
			t.Fatal(err)
		}
	}
	if n := queryInt(t, s.db, `SELECT answered FROM sessions WHERE id = ?`, id); n != 4 {
		t.Errorf("while the session runs: answered %d, want every answer (4)", n)
	}
	if err := s.EndSession(id, t0.Add(time.Minute), 2, 3); err != nil { // the summary's score: 2/3
		t.Fatal(err)
	}
	var mode, kind, scope string
	var planned, answered, correct int
	var seed, started, ended int64
	if err := s.db.QueryRow(`SELECT mode, kind, scope, planned, seed, started_at, ended_at, answered, correct FROM sessions WHERE id = ?`, id).
		Scan(&mode, &kind, &scope, &planned, &seed, &started, &ended, &answered, &correct); err != nil {
		t.Fatal(err)
	}
	if mode != "quiz" || kind != "meaning" || scope != "4xx" || planned != 3 || seed != -42 ||
		started != t0.UnixMilli() || ended != t0.Add(time.Minute).UnixMilli() || answered != 3 || correct != 2 {
		t.Errorf("session row: %s %s %s %d %d %d %d %d %d", mode, kind, scope, planned, seed, started, ended, answered, correct)
	}
	if n := queryInt(t, s.db, `SELECT COUNT(*) FROM reviews WHERE session_id = ?`, id); n != 4 {
		t.Errorf("%d reviews in the session, want 4", n)
	}
	// A session that no longer exists does not lose the answer.
	if _, err := s.Record(quiz.Answer{SessionID: 9999, CardID: "500", Kind: "code", Correct: true, At: t0}); err != nil {
		t.Fatalf("answer with a missing session: %v", err)
	}
	if n := queryInt(t, s.db, `SELECT COUNT(*) FROM reviews WHERE card_id = '500' AND session_id IS NULL`); n != 1 {
		t.Errorf("answer with a missing session: %d rows logged without session, want 1", n)
	}
	if err := s.EndSession(9999, t0, 0, 0); err != nil {
		t.Errorf("EndSession of a missing session: %v", err)
	}
}

func TestRecordRejects(t *testing.T) {
	s := openTemp(t, fsrs.Default())
	if _, err := s.Record(quiz.Answer{Kind: "code", At: t0}); err == nil {
		t.Error("empty card ID accepted")
	}
	if _, err := s.Record(quiz.Answer{CardID: "200", Kind: "code"}); err == nil {
		t.Error("zero time accepted")
	}
	if n := queryInt(t, s.db, `SELECT COUNT(*) FROM reviews`); n != 0 {
		t.Errorf("%d reviews after rejected answers", n)
	}
}

// TestConcurrentRecord: many goroutines of one process, one store.
func TestConcurrentRecord(t *testing.T) {
	s := openTemp(t, fsrs.Default())
	const workers, each = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				if _, err := s.Record(quiz.Answer{CardID: strconv.Itoa(200 + (w+i)%3), Kind: "code", Correct: i%2 == 0,
					At: t0.Add(time.Duration(w*each+i) * time.Second)}); err != nil {
					errs <- err
					return
				}
				if i%5 == 0 {
					if _, err := s.Stats(t0, quiz.StatsQuery{NewPerDay: 10}); err != nil {
						errs <- err
						return
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	checkConsistent(t, s, workers*each)
}

// checkConsistent asserts that the log has n reviews and every card's reps
// equals its number of reviews.
func checkConsistent(t *testing.T, s *Store, n int) {
	t.Helper()
	if got := queryInt(t, s.db, `SELECT COUNT(*) FROM reviews`); got != n {
		t.Errorf("%d reviews, want %d", got, n)
	}
	if got := queryInt(t, s.db, `SELECT SUM(reps) FROM cards`); got != n {
		t.Errorf("reps add up to %d, want %d", got, n)
	}
	if bad := queryInt(t, s.db, `SELECT COUNT(*) FROM cards c WHERE reps != (SELECT COUNT(*) FROM reviews r WHERE r.card_id = c.card_id)`); bad != 0 {
		t.Errorf("%d cards whose reps differ from their reviews", bad)
	}
	if ok := queryString(t, s.db, `PRAGMA integrity_check`); ok != "ok" {
		t.Errorf("integrity_check: %s", ok)
	}
}

func TestMissesIntroducedSize(t *testing.T) {
	p := fsrs.Default()
	s := openTemp(t, p)
	day2 := t0.Add(24 * time.Hour)
	for _, a := range []quiz.Answer{
		{CardID: "404", Kind: "code", Correct: false, At: t0},
		{CardID: "404", Kind: "code", Correct: true, At: t0.Add(time.Minute)},
		{CardID: "404", Kind: "meaning", Correct: true, Hint: true, At: day2},
		{CardID: "410", Kind: "code", Correct: false, At: day2.Add(time.Minute)},
		{CardID: "200", Kind: "code", Correct: true, At: day2.Add(2 * time.Minute)},
	} {
		if _, err := s.Record(a); err != nil {
			t.Fatal(err)
		}
	}
	m, err := s.Misses()
	want := map[string]quiz.Miss{"404": {Answers: 3, Wrong: 1}, "410": {Answers: 1, Wrong: 1}, "200": {Answers: 1, Wrong: 0}}
	if err != nil || !reflect.DeepEqual(m, want) {
		t.Errorf("Misses() = %v, %v; want %v", m, err, want)
	}
	if a, c, err := s.Size(); err != nil || a != 5 || c != 3 {
		t.Errorf("Size() = %d answers, %d cards, %v; want 5 and 3", a, c, err)
	}
	km, err := s.KindMisses()
	wantKind := map[quiz.Kind]quiz.Miss{"code": {Answers: 4, Wrong: 2}, "meaning": {Answers: 1, Wrong: 0}}
	if err != nil || !reflect.DeepEqual(km, wantKind) {
		t.Errorf("KindMisses() = %v, %v; want %v", km, err, wantKind)
	}

	for _, c := range []struct {
		now  time.Time
		want int
	}{
		{t0, 1},                                      // 404
		{day2.Add(10 * time.Hour), 2},                // 410 and 200; 404 was introduced the day before
		{day2.Add(24 * time.Hour), 0},                // next day
		{day2.Add(15*time.Hour + 59*time.Minute), 2}, // 03:59 the next morning is still day2 (day starts at 04:00)
	} {
		if n, err := s.IntroducedToday(c.now); err != nil || n != c.want {
			t.Errorf("IntroducedToday(%v) = %d, %v; want %d", c.now, n, err, c.want)
		}
	}
}

func TestReset(t *testing.T) {
	s := openTemp(t, fsrs.Default())
	id, err := s.StartSession(quiz.SessionInfo{Mode: quiz.ModeReview, Started: t0})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Record(quiz.Answer{SessionID: id, CardID: "200", Kind: "code", Correct: true, At: t0}); err != nil {
		t.Fatal(err)
	}
	if err := s.Reset(); err != nil {
		t.Fatal(err)
	}
	for _, tbl := range []string{"reviews", "cards", "sessions"} {
		if n := queryInt(t, s.db, `SELECT COUNT(*) FROM `+tbl); n != 0 {
			t.Errorf("%s: %d rows after Reset", tbl, n)
		}
	}
	// Still usable afterwards, including the stale session ID.
	c, err := s.Record(quiz.Answer{SessionID: id, CardID: "200", Kind: "code", Correct: true, At: t0})
	if err != nil || c.Reps != 1 {
		t.Errorf("Record after Reset: %+v, %v", c, err)
	}
}

func TestOpenMemory(t *testing.T) {
	p := fsrs.Default()
	s, err := OpenMemory(p)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Path() != "" {
		t.Errorf("Path() = %q", s.Path())
	}
	if v := queryInt(t, s.db, `PRAGMA user_version`); v != latestVersion {
		t.Errorf("user_version %d", v)
	}
	// The database must survive idle periods: it lives in its connection.
	want := p.Next(fsrs.Card{Seed: quiz.CardSeed("503")}, fsrs.Good, t0)
	got, err := s.Record(quiz.Answer{CardID: "503", Kind: "code", Correct: true, At: t0})
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("Record: %+v, %v; want %+v", got, err, want)
	}
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			if _, err := s.Record(quiz.Answer{CardID: "503", Kind: "code", Correct: true, At: t0.Add(time.Duration(i+1) * time.Hour)}); err != nil {
				t.Error(err)
			}
			if _, err := s.Stats(t0, quiz.StatsQuery{Deck: []string{"503"}, NewPerDay: 5}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	checkConsistent(t, s, 5)
	st, err := s.Stats(t0.Add(5*time.Hour), quiz.StatsQuery{Deck: []string{"503", "504"}, NewPerDay: 5})
	if err != nil || st.Reviews != 5 || st.DueToday.New != 1 {
		t.Errorf("Stats: %+v, %v", st, err)
	}
	// Two memory stores are separate.
	o, err := OpenMemory(p)
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	if c, _ := o.Cards(); len(c) != 0 {
		t.Errorf("second memory store sees %d cards", len(c))
	}
	if err := s.Reset(); err != nil {
		t.Fatal(err)
	}
	if n := queryInt(t, s.db, `SELECT COUNT(*) FROM reviews`); n != 0 {
		t.Errorf("%d reviews after Reset", n)
	}
}

// TestOpenOddPath: characters that mean something in a URI are escaped.
func TestOpenOddPath(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a b?c=d#e%20f&_pragma=x")
	s, _, err := Open(dir, fsrs.Default())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Record(quiz.Answer{CardID: "200", Kind: "code", Correct: true, At: t0}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(filepath.Join(dir, FileName)); err != nil {
		t.Errorf("database not where it belongs: %v", err)
	}
	if ents, _ := os.ReadDir(filepath.Dir(dir)); len(ents) != 1 {
		t.Errorf("files outside the data dir: %v", ents)
	}
	s, _, err = Open(dir, fsrs.Default())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if c, _ := s.Cards(); c["200"].Reps != 1 {
		t.Errorf("reopened: %+v", c)
	}
}

// TestQueue: queued cards keep the order asked, a card queued twice keeps
// its first place, and reset empties the queue.
func TestQueue(t *testing.T) {
	s := openTemp(t, fsrs.Default())
	if n, err := s.Queue([]string{"503", "404"}, t0); err != nil || n != 2 {
		t.Fatalf("Queue = %d, %v", n, err)
	}
	if n, err := s.Queue([]string{"404", "429"}, t0.Add(time.Hour)); err != nil || n != 1 {
		t.Fatalf("Queue again = %d, %v; want 1 new", n, err)
	}
	got, err := s.Queued()
	if want := []string{"503", "404", "429"}; err != nil || !slices.Equal(got, want) {
		t.Fatalf("Queued = %v, %v; want %v", got, err, want)
	}
	if err := s.Reset(); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Queued(); len(got) != 0 {
		t.Errorf("Queued after reset = %v", got)
	}
}
