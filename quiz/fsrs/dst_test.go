package fsrs

import (
	"testing"
	"time"
	_ "time/tzdata" // the zones below, whatever the machine has installed
)

func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// A review at 03:00 on 26 February 2025 in New York (learner day 25
// February: days begin at 4 am) with an 11-day interval is due on learner
// day 8 March, 03:00 on 9 March by the clock; the clocks sprang forward at
// 2 am that morning, so 11 × 24 hours would end at 04:00, learner day 9
// March: a day late.
func TestDueAcrossDaylightSavingExample(t *testing.T) {
	ny := zone(t, "America/New_York")
	p := testParams()
	p.DayStartHour, p.Location, p.MaximumInterval = 4, ny, 11
	now := time.Date(2025, 2, 26, 3, 0, 0, 0, ny)
	c := Card{State: Review, Stability: 400, Difficulty: 5, LastReview: now.AddDate(0, 0, -300), Reps: 5}
	next := p.Next(c, Good, now)
	if next.Interval != 11 {
		t.Fatalf("interval %d, want 11 (the maximum)", next.Interval)
	}
	if got := p.DaysBetween(now, next.Due); got != 11 {
		t.Errorf("due %s: %d learner days after the review, want 11", next.Due, got)
	}
	if want := time.Date(2025, 3, 9, 3, 0, 0, 0, ny); !next.Due.Equal(want) {
		t.Errorf("due %s, want %s (the review's clock time)", next.Due, want)
	}
}

// transitions returns the daylight-saving changes of loc between from and
// to, found from the zone itself.
func transitions(loc *time.Location, from, to time.Time) []time.Time {
	var out []time.Time
	for t := from.In(loc); t.Before(to); {
		_, end := t.ZoneBounds()
		if end.IsZero() || !end.Before(to) {
			break
		}
		out = append(out, end)
		t = end
	}
	return out
}

// Every review due across a daylight-saving change, at every quarter hour
// of the day and a half around it and for intervals from a day to a month,
// is due exactly its interval's learner days later, at the review's clock
// time whenever the due date has that time. In a zone without daylight
// saving, due is the review plus whole 24-hour days.
func TestDueAcrossDaylightSaving(t *testing.T) {
	from, to := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	zones := []struct {
		name  string
		least int // daylight-saving changes expected in 2024–2026
	}{
		{"America/New_York", 6}, {"Europe/Berlin", 6}, {"Australia/Sydney", 6},
		{"Australia/Lord_Howe", 6}, // the clocks move by half an hour
		{"America/Santiago", 6}, {"Asia/Tokyo", 0},
	}
	intervals := []int{1, 2, 3, 6, 11, 30}
	for _, z := range zones {
		loc := zone(t, z.name)
		changes := transitions(loc, from, to)
		if len(changes) < z.least || z.least == 0 && len(changes) > 0 {
			t.Fatalf("%s: %d changes in 2024–2026, expected %d or more (none for a zone without)", z.name, len(changes), z.least)
		}
		around := changes
		if len(around) == 0 {
			around = []time.Time{time.Date(2025, 3, 30, 2, 0, 0, 0, loc), time.Date(2025, 10, 26, 2, 0, 0, 0, loc)}
		}
		for _, hour := range []int{0, 2, 3, 4} {
			p := testParams()
			p.DayStartHour, p.Location = hour, loc
			checked := 0
			for _, change := range around {
				for _, days := range intervals {
					// Reviews whose due time, by 24-hour days, falls within 18 hours
					// of the change.
					mid := change.AddDate(0, 0, -days)
					for k := -72; k <= 72; k++ {
						now := mid.Add(time.Duration(k) * 15 * time.Minute)
						due := p.DueAfter(now, days)
						checked++
						if got := p.DaysBetween(now, due); got != days {
							t.Fatalf("%s, day from %d:00: review %s + %d days: due %s is %d learner days later",
								z.name, hour, now.In(loc), days, due.In(loc), got)
						}
						lt := now.In(loc)
						clock := time.Date(lt.Year(), lt.Month(), lt.Day()+days, lt.Hour(), lt.Minute(), 0, 0, loc)
						if clock.Hour() == lt.Hour() && clock.Minute() == lt.Minute() && !due.Equal(clock) &&
							p.DayNumber(clock) == p.DayNumber(now)+days {
							t.Fatalf("%s: review %s + %d days: due %s, want the same clock time %s",
								z.name, lt, days, due.In(loc), clock)
						}
						if len(changes) == 0 && !due.Equal(now.Add(time.Duration(days)*24*time.Hour)) {
							t.Fatalf("%s (no daylight saving): review %s + %d days: due %s, want %d × 24 hours later",
								z.name, lt, days, due.In(loc), days)
						}
					}
				}
			}
			if checked < 1000 {
				t.Fatalf("%s: only %d reviews checked", z.name, checked)
			}
		}
	}
}

// The learner day begins at DayStartHour on the clock, also on the days
// the clocks change.
func TestDayStart(t *testing.T) {
	for _, name := range []string{"America/New_York", "Europe/Berlin", "Australia/Sydney", "America/Santiago", "Asia/Tokyo"} {
		loc := zone(t, name)
		for _, hour := range []int{0, 2, 3, 4} {
			p := Default()
			p.DayStartHour, p.Location = hour, loc
			first := p.DayNumber(time.Date(2025, 1, 1, 12, 0, 0, 0, loc))
			for day := first; day < first+365; day++ {
				start := p.DayStart(day)
				if p.DayNumber(start) != day || p.DayNumber(start.Add(-time.Millisecond)) != day-1 {
					t.Fatalf("%s, day from %d:00: day %s starts at %s, which is not its first moment",
						name, hour, time.Unix(int64(day)*86400, 0).UTC().Format(time.DateOnly), start.In(loc))
				}
			}
		}
	}
}
