package store

import (
	"fmt"
	"httpcodes/quiz"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"httpcodes/quiz/fsrs"
)

// BenchmarkRecord reports the 95th percentile latency of Record on a file
// database in a temporary directory, for synchronous=FULL (the default)
// and NORMAL. Target: p95 under 5 ms.
func BenchmarkRecord(b *testing.B) {
	for _, mode := range []string{"full", "normal"} {
		b.Run("sync="+mode, func(b *testing.B) {
			s, _, err := openFile(b.TempDir(), fsrs.Default(), mode)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			var lat []time.Duration
			for i := 0; b.Loop(); i++ {
				start := time.Now()
				if _, err := s.Record(quiz.Answer{CardID: fmt.Sprint(100 + i%100), Kind: "code", Correct: i%4 != 0,
					Elapsed: time.Second, At: t0.Add(time.Duration(i) * time.Minute)}); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)*95/100].Nanoseconds()), "p95-ns")
		})
	}
}

var (
	bigOnce sync.Once
	bigDir  string
	bigErr  error
	bigNow  = time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC)
	bigDeck []string
)

// bigDB builds, once per test binary, a database of 100,000 answers to 100
// cards over 400 days (250 a day), with 400 sessions.
func bigDB(b *testing.B) string {
	bigOnce.Do(func() {
		if benchDir == "" {
			if benchDir, bigErr = os.MkdirTemp("", "store-bench-"); bigErr != nil {
				return
			}
		}
		bigDir = filepath.Join(benchDir, "big")
		for c := 1; c <= 5; c++ {
			for j := range 20 {
				bigDeck = append(bigDeck, fmt.Sprintf("%d%02d", c, j))
			}
		}
		bigDeck = append(bigDeck, "499-nginx", "520-cloudflare") // never seen
		s, _, err := Open(bigDir, fsrs.Default())
		if err != nil {
			bigErr = err
			return
		}
		defer s.Close()
		r := rand.New(rand.NewPCG(7, 7))
		const n, days = 100_000, 400
		log := make([]logReview, 0, n)
		kinds := []string{"meaning", "code", "scenario", "recall", "pair", "class"}
		for i := range n {
			daysAgo := days - 1 - i*days/n
			prev := fsrs.Review
			if r.IntN(10) == 0 {
				prev = fsrs.State(r.IntN(4))
			}
			log = append(log, logReview{card: bigDeck[r.IntN(100)], kind: kinds[r.IntN(len(kinds))], correct: r.IntN(5) != 0,
				hint: r.IntN(10) == 0, at: bigNow.AddDate(0, 0, -daysAgo).Add(time.Duration(r.IntN(12*3600)) * time.Second), prev: prev})
		}
		insertReviews(b, s, log)
		for i, id := range bigDeck[:100] {
			state := []fsrs.State{fsrs.Review, fsrs.Review, fsrs.Review, fsrs.Learning, fsrs.Relearning}[i%5]
			insertCard(b, s, id, fsrs.Card{State: state, Stability: 1 + r.Float64()*60, Difficulty: 1 + r.Float64()*9,
				Due: bigNow.Add(time.Duration(r.IntN(30*24)-5*24) * time.Hour), LastReview: bigNow.AddDate(0, 0, -r.IntN(20)),
				Interval: 1 + r.IntN(60), Reps: 1000, Lapses: r.IntN(20)}, bigNow.Day()-r.IntN(400))
		}
		for i := range 400 {
			e := bigNow.AddDate(0, 0, -i)
			insertSession(b, s, []string{"quiz", "review"}[i%2], "code", "all", 20, 20, r.IntN(21), &e)
		}
	})
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	return bigDir
}

// BenchmarkStats100k: Stats over 100,000 logged answers. Target: < 50 ms.
func BenchmarkStats100k(b *testing.B) {
	s, _, err := Open(bigDB(b), fsrs.Default())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for b.Loop() {
		st, err := s.Stats(bigNow, quiz.StatsQuery{Deck: bigDeck, NewPerDay: 20})
		if err != nil {
			b.Fatal(err)
		}
		if st.Reviews != 100_000 {
			b.Fatalf("%d reviews", st.Reviews)
		}
	}
}

// BenchmarkOpen: Open (with its quick_check) of an existing database, then
// Close. "100k" is the Stats benchmark's database (about 8 MB).
func BenchmarkOpen(b *testing.B) {
	small := filepath.Join(b.TempDir(), "small")
	s, _, err := Open(small, fsrs.Default())
	if err != nil {
		b.Fatal(err)
	}
	for i := range 500 {
		if _, err := s.Record(quiz.Answer{CardID: fmt.Sprint(100 + i%60), Kind: "code", Correct: true, At: t0.Add(time.Duration(i) * time.Hour)}); err != nil {
			b.Fatal(err)
		}
	}
	s.Close()
	for _, c := range []struct{ name, dir string }{{"500", small}, {"100k", bigDB(b)}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				s, n, err := Open(c.dir, fsrs.Default())
				if err != nil || n.MovedAside != "" {
					b.Fatal(err, n)
				}
				s.Close()
			}
		})
	}
}
