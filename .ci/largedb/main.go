// Command largedb writes a progress database of many answers for the
// start-up benchmarks: every answer goes through quiz/store's Record, as in
// the app, so the file has the schema, the cards and the log the app reads.
//
// Usage: go run ./.ci/largedb [-n 100000] DIR
//
// The answers are spread over the deck, one every five minutes up to now,
// with one in five wrong and one in ten given with a hint. DIR must not
// hold progress yet.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"httpcodes/quiz"
	"httpcodes/quiz/settings"
	"httpcodes/quiz/store"
)

func main() {
	n := flag.Int("n", 100_000, "number of answers to write")
	flag.Parse()
	if flag.NArg() != 1 || *n < 1 {
		fmt.Fprintln(os.Stderr, "usage: largedb [-n answers] DIR")
		os.Exit(2)
	}
	if err := write(flag.Arg(0), *n); err != nil {
		fmt.Fprintln(os.Stderr, "largedb:", err)
		os.Exit(1)
	}
}

func write(dir string, n int) error {
	if _, err := os.Stat(filepath.Join(dir, "progress.db")); err == nil {
		return fmt.Errorf("%s already holds progress", dir)
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	s, _, err := store.Open(dir, quiz.Params(settings.Settings{}))
	if err != nil {
		return err
	}
	deck := quiz.DeckIDs()
	var kinds []quiz.Kind // the kinds a question can be
	for _, k := range quiz.Kinds() {
		if k != quiz.Mix {
			kinds = append(kinds, k)
		}
	}
	start := time.Now().Add(-time.Duration(n) * 5 * time.Minute)
	for i := range n {
		a := quiz.Answer{
			CardID:  deck[i%len(deck)],
			Kind:    kinds[i%len(kinds)],
			Correct: i%5 != 0,
			Hint:    i%10 == 3,
			Elapsed: 4 * time.Second,
			At:      start.Add(time.Duration(i) * 5 * time.Minute),
		}
		if _, err := s.Record(a); err != nil {
			s.Close()
			return fmt.Errorf("answer %d: %w", i+1, err)
		}
	}
	if err := s.Close(); err != nil {
		return err
	}
	answers, cards, err := count(dir)
	if err != nil {
		return err
	}
	fmt.Printf("%s: %d answers to %d cards\n", dir, answers, cards)
	return nil
}

// count reopens the database and says what it holds.
func count(dir string) (answers, cards int, err error) {
	s, _, err := store.OpenReadOnly(dir, quiz.Params(settings.Settings{}))
	if err != nil {
		return 0, 0, err
	}
	defer s.Close()
	return s.Size()
}
