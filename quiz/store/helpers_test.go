package store

import (
	"bufio"
	"database/sql"
	"errors"
	"fmt"
	"httpcodes/quiz"
	"io/fs"
	"os"
	"strconv"
	"testing"
	"time"

	"httpcodes/quiz/fsrs"
)

// The multi-process tests re-execute the test binary with helperEnv set;
// TestMain then runs the helper instead of the tests.
const helperEnv = "HTTPCODES_STORE_HELPER"

// benchDir holds databases shared by benchmarks across runs (built once).
var benchDir string

func TestMain(m *testing.M) {
	if mode := os.Getenv(helperEnv); mode != "" {
		os.Exit(helperMain(mode))
	}
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// helperMain is the child process. Modes:
//
//	record: open STORE_DIR, print "ready", wait for a line on stdin, record
//	        STORE_N answers, printing "ok i" after each, then close.
//	loop:   open STORE_DIR and record answers forever, printing "ok i"
//	        after each Record returns (the parent kills it).
//	open:   open STORE_DIR, print what Open said and how many answers the
//	        store holds, record one answer, and print whether that worked.
//	race:   print "ready", wait for a line on stdin, then open STORE_DIR,
//	        record STORE_N answers, printing "ok i" after each, and close
//	        (several of them started at once race to open the same file).
func helperMain(mode string) int {
	dir := os.Getenv("STORE_DIR")
	n, _ := strconv.Atoi(os.Getenv("STORE_N"))
	if mode == "open" {
		return helperOpen(dir)
	}
	out := bufio.NewWriter(os.Stdout)
	if mode == "race" {
		fmt.Fprintln(out, "ready")
		out.Flush()
		if _, err := bufio.NewReader(os.Stdin).ReadString('\n'); err != nil {
			fmt.Fprintln(os.Stderr, "stdin:", err)
			return 2
		}
		mode = "answer"
	}
	s, _, err := Open(dir, fsrs.Default())
	if err != nil {
		fmt.Fprintln(os.Stderr, "open:", err)
		return 2
	}
	if mode == "record" {
		fmt.Fprintln(out, "ready")
		out.Flush()
		if _, err := bufio.NewReader(os.Stdin).ReadString('\n'); err != nil {
			fmt.Fprintln(os.Stderr, "stdin:", err)
			return 2
		}
	} else if mode == "loop" {
		n = -1
	}
	for i := 0; n < 0 || i < n; i++ {
		_, err := s.Record(quiz.Answer{
			CardID:  strconv.Itoa(200 + i%5),
			Kind:    "meaning",
			Correct: i%3 != 0,
			Elapsed: time.Second,
			At:      time.Now(),
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, "record:", err)
			return 3
		}
		fmt.Fprintf(out, "ok %d\n", i)
		out.Flush()
	}
	if err := s.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "close:", err)
		return 4
	}
	return 0
}

func helperOpen(dir string) int {
	s, n, err := Open(dir, fsrs.Default())
	if err != nil {
		fmt.Printf("unwritable=%v damaged=%v notice=%q err=%q\n", errors.Is(err, ErrUnwritable), errors.Is(err, ErrDamaged), n, err)
		return 0
	}
	var reviews int
	if err := s.db.QueryRow(`SELECT COUNT(*) FROM reviews`).Scan(&reviews); err != nil {
		fmt.Println("count:", err)
		return 1
	}
	_, rerr := s.Record(quiz.Answer{CardID: "404", Kind: "code", Correct: true, At: time.Now()})
	scratch := s.scratch
	s.Close()
	_, serr := os.Stat(scratch)
	fmt.Printf("notsaved=%v moved=%q unreadable=%v path=%q reviews=%d recorded=%v cleaned=%v\n",
		n.NotSaved != nil, n.MovedAside, n.Unreadable, s.Path(), reviews, rerr == nil, scratch == "" || errors.Is(serr, fs.ErrNotExist))
	return 0
}

// openTemp opens a store in a fresh temporary directory.
func openTemp(t testing.TB, p fsrs.Params) *Store {
	t.Helper()
	s, n, err := Open(t.TempDir(), p)
	if err != nil {
		t.Fatal(err)
	}
	if n.MovedAside != "" {
		t.Fatalf("fresh dir: notice %+v", n)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// queryInt runs a query returning one integer.
func queryInt(t testing.TB, db *sql.DB, q string, args ...any) int {
	t.Helper()
	var n sql.NullInt64
	if err := db.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return int(n.Int64)
}

// queryString runs a query returning one string.
func queryString(t testing.TB, db *sql.DB, q string, args ...any) string {
	t.Helper()
	var s string
	if err := db.QueryRow(q, args...).Scan(&s); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return s
}

// logReview inserts one review directly, bypassing the scheduler, so that
// tests and benchmarks control every column.
type logReview struct {
	card      string
	kind      string
	correct   bool
	hint      bool
	at        time.Time
	prev      fsrs.State
	sessionID int64
}

func insertReviews(t testing.TB, s *Store, rs []logReview) {
	t.Helper()
	tx, err := s.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	st, err := tx.Prepare(`INSERT INTO reviews
		(card_id, kind, correct, hint, rating, elapsed_ms, answered_at, day, session_id, prev_state)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, r := range rs {
		var session any
		if r.sessionID != 0 {
			session = r.sessionID
		}
		if _, err := st.Exec(r.card, r.kind, boolInt(r.correct), boolInt(r.hint), int(quiz.RatingOf(r.correct, r.hint)),
			1500, r.at.UnixMilli(), s.p.DayNumber(r.at), session, int(r.prev)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// insertCard writes one card row directly.
func insertCard(t testing.TB, s *Store, id string, c fsrs.Card, introducedDay int) {
	t.Helper()
	if _, err := s.db.Exec(`INSERT INTO cards (card_id, `+cardColumns+`, introduced_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, int(c.State), c.Step, c.Stability, c.Difficulty, c.Due.UnixMilli(), c.LastReview.UnixMilli(),
		c.Interval, c.Reps, c.Lapses, introducedDay); err != nil {
		t.Fatal(err)
	}
}

// insertSession writes one session row directly.
func insertSession(t testing.TB, s *Store, mode, kind, scope string, planned, answered, correct int, ended *time.Time) int64 {
	t.Helper()
	var e any
	if ended != nil {
		e = ended.UnixMilli()
	}
	res, err := s.db.Exec(`INSERT INTO sessions (mode, kind, scope, planned, seed, started_at, ended_at, answered, correct)
		VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)`, mode, kind, scope, planned, int64(0), e, answered, correct)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := res.LastInsertId()
	return id
}
