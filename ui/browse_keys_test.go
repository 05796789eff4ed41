package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Every binding of the key map, on the screen where it acts. The browse
// screen first.

func TestBrowseStartsOnFirstCode(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	if got := hs.selectedCode(); got != 100 {
		t.Fatalf("selected %d at start, want 100", got)
	}
	hs.requireContains("httpcodes", "Browse", "1xx Informational", "▌ 100 Continue", "/ filter", "0-9 go to code")
	wide := newHarness(t, testOptions(), 120, 40)
	wide.requireContains("? help", "q quit")
}

func TestBrowseUpDown(t *testing.T) {
	for _, tc := range []struct{ down, up string }{{"j", "k"}, {"down", "up"}} {
		t.Run(tc.down, func(t *testing.T) {
			hs := newHarness(t, testOptions(), 80, 24)
			hs.keys(tc.down)
			if got := hs.selectedCode(); got != 101 {
				t.Fatalf("%s: selected %d, want 101", tc.down, got)
			}
			hs.requireContains("▌ 101 Switching Protocols")
			hs.requireLacks("▌ 100")
			hs.keys(tc.down, tc.down)
			if got := hs.selectedCode(); got != 103 {
				t.Fatalf("%s×3: selected %d, want 103", tc.down, got)
			}
			hs.keys(tc.up)
			if got := hs.selectedCode(); got != 102 {
				t.Fatalf("%s: selected %d, want 102", tc.up, got)
			}
			hs.keys(tc.up, tc.up, tc.up, tc.up) // past the top: stays on the first code
			if got := hs.selectedCode(); got != 100 {
				t.Fatalf("%s at the top: selected %d, want 100", tc.up, got)
			}
		})
	}
}

func TestBrowseDownSkipsClassHeadings(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.typeText("104")
	hs.keys("j")
	if got := hs.selectedCode(); got != 200 {
		t.Fatalf("down from 104 selected %d, want 200 (over the 2xx heading)", got)
	}
	hs.keys("k")
	if got := hs.selectedCode(); got != 104 {
		t.Fatalf("up from 200 selected %d, want 104", got)
	}
}

func TestBrowsePageDownUp(t *testing.T) {
	for _, tc := range []struct{ down, up string }{{"pgdown", "pgup"}, {"ctrl+f", "ctrl+b"}, {"space", "pgup"}} {
		t.Run(tc.down, func(t *testing.T) {
			hs := newHarness(t, testOptions(), 80, 24)
			start := hs.m.browse.cursor
			hs.keys(tc.down)
			moved := hs.m.browse.cursor - start
			page := hs.m.browse.listRows() - 1
			if moved < page-1 || moved > page+1 { // ±1 for a heading skipped
				t.Fatalf("%s moved %d rows, want about %d", tc.down, moved, page)
			}
			code := hs.selectedCode()
			hs.requireContains("▌ " + itoa(code))
			hs.requireLacks("▌ 100")
			hs.keys(tc.up)
			if got := hs.selectedCode(); got != 100 {
				t.Fatalf("%s after %s: selected %d, want 100", tc.up, tc.down, got)
			}
			hs.requireContains("▌ 100 Continue")
		})
	}
}

func TestBrowseTopBottom(t *testing.T) {
	for _, tc := range []struct{ bottom, top string }{{"G", "g"}, {"end", "home"}} {
		t.Run(tc.bottom, func(t *testing.T) {
			hs := newHarness(t, testOptions(), 80, 24)
			rows := hs.m.browse.rows
			last := rows[len(rows)-1].entry
			hs.keys(tc.bottom)
			if got := hs.m.browse.selected(); got != last {
				t.Fatalf("%s selected %v, want the last entry %s", tc.bottom, got, last.ID())
			}
			hs.requireContains("▌ " + itoa(last.Code) + " " + strings.Fields(last.Title())[0])
			hs.keys(tc.top)
			if got := hs.selectedCode(); got != 100 {
				t.Fatalf("%s selected %d, want 100", tc.top, got)
			}
			hs.requireContains("1xx Informational", "▌ 100 Continue")
		})
	}
}

func TestBrowseScrolledListKeepsClassHeading(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.typeText("404")
	lines := strings.Split(hs.plain(), "\n")
	if !strings.HasPrefix(lines[1], "2xx") && !strings.HasPrefix(lines[1], "3xx") && !strings.HasPrefix(lines[1], "4xx") {
		t.Fatalf("scrolled list should start with a class heading, got %q", lines[1])
	}
}

func TestBrowseTabSwitchesPane(t *testing.T) {
	hs := newHarness(t, testOptions(), 120, 40)
	hs.requireContains("▌ 100 Continue", "What it means") // wide: list and detail side by side
	hs.keys("tab")
	if !hs.m.browse.detailFocus {
		t.Fatal("tab did not focus the detail")
	}
	hs.requireContains("│ 100 Continue") // the list's cursor shows the focus has left
	// Up/down now scroll the detail instead of moving the cursor.
	hs.keys("j", "j")
	if got := hs.selectedCode(); got != 100 {
		t.Fatalf("j in the detail moved the list to %d", got)
	}
	if off := hs.m.browse.detail.YOffset(); off != 2 {
		t.Fatalf("j j in the detail: offset %d, want 2", off)
	}
	hs.keys("k")
	if off := hs.m.browse.detail.YOffset(); off != 1 {
		t.Fatalf("k in the detail: offset %d, want 1", off)
	}
	hs.send(tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift})
	if hs.m.browse.detailFocus {
		t.Fatal("shift+tab did not give the keys back to the list")
	}
	hs.keys("j")
	if got := hs.selectedCode(); got != 101 {
		t.Fatalf("j after shift+tab selected %d, want 101", got)
	}
}

// TestBrowseFilterFinishedWord: a space after the last word of the filter
// says it is finished, as it does for search: "who" is still being typed
// and lists the words it starts, "who " is a stop word and lists nothing.
func TestBrowseFilterFinishedWord(t *testing.T) {
	hs := newHarness(t, testOptions(), 70, 24)
	hs.keys("/").typeText("who")
	if hs.m.browse.selected() == nil {
		t.Fatal(`"who" lists nothing`)
	}
	hs.typeText(" ")
	if e := hs.m.browse.selected(); e != nil {
		t.Errorf(`"who " lists %s; want nothing`, e.ID())
	}
}

// TestBrowseTabWithNothingListed: with a filter that matches nothing there
// is no card, and tab leaves the keys with the list.
func TestBrowseTabWithNothingListed(t *testing.T) {
	hs := newHarness(t, testOptions(), 70, 24)
	hs.keys("/").typeText("xyzzyqwv").keys("enter", "tab")
	if hs.m.browse.selected() != nil {
		t.Fatal("the filter matched something")
	}
	if hs.m.browse.detailFocus {
		t.Error("tab opened a card with nothing listed")
	}
}

func TestBrowseOpenDetailNarrow(t *testing.T) {
	for _, k := range []string{"enter", "right", "l"} {
		t.Run(k, func(t *testing.T) {
			hs := newHarness(t, testOptions(), 70, 24)
			hs.keys("j", k)
			if !hs.m.browse.detailFocus {
				t.Fatalf("%s did not open the detail", k)
			}
			hs.requireContains("101  Switching Protocols", "What it means", "esc back")
			hs.requireLacks("102 Processing") // narrow: the list is hidden
			hs.keys("esc")
			if hs.m.browse.detailFocus {
				t.Fatal("esc did not close the detail")
			}
			hs.requireContains("▌ 101 Switching Protocols", "102 Processing")
		})
	}
}

func TestBrowseLeftClosesNarrowDetail(t *testing.T) {
	for _, k := range []string{"left", "h"} {
		hs := newHarness(t, testOptions(), 60, 20)
		hs.keys("enter", k)
		if hs.m.browse.detailFocus {
			t.Fatalf("%s did not close the narrow detail", k)
		}
		hs.requireContains("▌ 100 Continue")
	}
}

func TestBrowseOpenDetailWide(t *testing.T) {
	for _, k := range []string{"enter", "right", "l"} {
		t.Run(k, func(t *testing.T) {
			hs := newHarness(t, testOptions(), 120, 40)
			hs.keys("j", k)
			if !hs.m.browse.detailFocus {
				t.Fatalf("%s did not focus the detail", k)
			}
			// Wide: both panes stay on screen.
			hs.requireContains("│ 101 Switching Protocols", "102 Processing", "101  Switching Protocols")
			hs.keys("esc")
			if hs.m.browse.detailFocus {
				t.Fatal("esc did not give the keys back to the list")
			}
			hs.requireContains("▌ 101 Switching Protocols")
		})
	}
}

func TestBrowseEscWithNothingOpenDoesNothing(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	before := hs.view()
	hs.keys("esc")
	if hs.quit || hs.tab() != BrowseScreen || hs.view() != before {
		t.Fatal("esc on the plain list should change nothing")
	}
}

func TestBrowseFilterTeapot(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.keys("/")
	if !hs.m.browse.filtering {
		t.Fatal("/ did not start filtering")
	}
	hs.requireContains("/ ", "enter done", "esc clear filter")
	hs.typeText("teapot")
	rows := hs.m.browse.rows
	if len(rows) < 2 {
		t.Fatalf("teapot lists %d rows, want the 418 entries", len(rows))
	}
	for _, r := range rows {
		if r.entry == nil || r.entry.Code != 418 {
			t.Fatalf("teapot lists %+v, want only 418 entries", r)
		}
	}
	hs.requireContains("/ teapot", " 2", "418 I'm a teapot")
	hs.requireLacks("100 Continue")
}

func TestBrowseFilterRateLimit(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.keys("/").typeText("rate limit")
	if got := hs.selectedCode(); got != 429 {
		t.Fatalf("rate limit selected %d, want 429 first", got)
	}
	if first := hs.m.browse.rows[0].entry; first == nil || first.Code != 429 {
		t.Fatalf("rate limit's first row is %+v, want 429", hs.m.browse.rows[0])
	}
	lines := strings.Split(hs.plain(), "\n")
	if !strings.Contains(lines[2], "429 Too Many Requests") {
		t.Fatalf("first row under the filter line is %q, want 429", lines[2])
	}
}

func TestBrowseFilterTypesQ(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.keys("/", "q")
	if hs.quit {
		t.Fatal("q quit while filtering")
	}
	if got := hs.m.browse.filter.Value(); got != "q" {
		t.Fatalf("filter value %q, want q", got)
	}
	// Screen keys and ? are text too while filtering.
	hs.typeText("bts?v")
	if got := hs.m.browse.filter.Value(); got != "qbts?v" || hs.tab() != BrowseScreen || hs.m.showHelp {
		t.Fatalf("filter value %q, screen %d, help %v: keys escaped the filter", got, hs.tab(), hs.m.showHelp)
	}
}

func TestBrowseFilterAcceptAndClear(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.keys("/").typeText("teapot").keys("enter")
	if hs.m.browse.filtering {
		t.Fatal("enter did not accept the filter")
	}
	if hs.m.browse.query != "teapot" {
		t.Fatalf("query %q after enter, want teapot", hs.m.browse.query)
	}
	hs.requireContains("/ teapot", "418", "/ filter") // the ordinary help bar is back
	// Keys act on the list again: j moves, q would quit.
	hs.keys("j")
	if hs.m.browse.cursor != 1 {
		t.Fatalf("j in the filtered list: cursor %d, want 1", hs.m.browse.cursor)
	}
	// / again edits the same query.
	hs.keys("/")
	if got := hs.m.browse.filter.Value(); got != "teapot" {
		t.Fatalf("/ on an accepted filter: value %q, want teapot", got)
	}
	hs.keys("esc")
	if hs.m.browse.filtering || hs.m.browse.query != "" {
		t.Fatalf("esc while filtering: filtering %v, query %q", hs.m.browse.filtering, hs.m.browse.query)
	}
	requireFullList(t, hs)
}

// requireFullList checks that the whole catalogue is listed again, with
// its class headings, and the selection kept.
func requireFullList(t *testing.T, hs *harness) {
	t.Helper()
	if n, want := len(hs.m.browse.rows), len(hs.m.browse.all)+5; n != want {
		t.Fatalf("%d rows listed, want every entry and 5 headings (%d)", n, want)
	}
	hs.requireContains("4xx Client Error", "▌ "+itoa(hs.selectedCode()))
	hs.requireLacks("/ teapot")
}

func TestBrowseFilterDownAccepts(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.keys("/").typeText("rate limit").keys("down")
	if hs.m.browse.filtering {
		t.Fatal("down did not leave the filter input")
	}
	if hs.m.browse.cursor != 1 {
		t.Fatalf("down from the filter: cursor %d, want 1", hs.m.browse.cursor)
	}
}

func TestBrowseFilterUpAccepts(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.keys("/").typeText("rate limit").keys("up")
	if hs.m.browse.filtering || hs.m.browse.query != "rate limit" || hs.selectedCode() != 429 {
		t.Fatalf("up in the filter: filtering %v, query %q, selected %d",
			hs.m.browse.filtering, hs.m.browse.query, hs.selectedCode())
	}
}

func TestBrowseEscClearsAcceptedFilter(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.keys("/").typeText("teapot").keys("enter", "esc")
	if hs.m.browse.query != "" {
		t.Fatalf("esc left the query %q", hs.m.browse.query)
	}
	if hs.selectedCode() != 418 {
		t.Fatalf("esc lost the selection: %d", hs.selectedCode())
	}
	requireFullList(t, hs)
	// A second esc, with nothing left to clear, stays on browse.
	hs.keys("esc")
	if hs.tab() != BrowseScreen || hs.quit {
		t.Fatal("esc on a plain list left browse")
	}
}

func TestBrowseEscClosesDetailBeforeFilter(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.keys("/").typeText("teapot").keys("enter", "enter")
	if !hs.m.browse.detailFocus {
		t.Fatal("enter on a filtered list did not open the detail")
	}
	hs.keys("esc")
	if hs.m.browse.detailFocus || hs.m.browse.query != "teapot" {
		t.Fatalf("first esc: detail %v, query %q; want the detail closed, the filter kept",
			hs.m.browse.detailFocus, hs.m.browse.query)
	}
	hs.keys("esc")
	if hs.m.browse.query != "" {
		t.Fatal("second esc did not clear the filter")
	}
}

func TestBrowseNoteExpires(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.typeText("40")
	hs.requireContains("go to 40_")
	if len(hs.timers) == 0 {
		t.Fatal("a note without an expiry")
	}
	hs.timers = nil
	hs.send(noteExpiredMsg{seq: hs.m.browse.noteSeq}) // what the timer sends after noteLife
	hs.requireLacks("go to 40_")
	if hs.m.browse.jump != "" {
		t.Fatalf("the half-typed code %q outlived its note", hs.m.browse.jump)
	}
	hs.typeText("3")
	if got := hs.selectedCode(); got != 300 {
		t.Fatalf("3 after the expiry selected %d, want 300 (a new code)", got)
	}
	// An old expiry does not clear a newer note.
	hs.typeText("0")
	seq := hs.m.browse.noteSeq
	hs.send(noteExpiredMsg{seq: seq - 1})
	hs.requireContains("go to 30_")
	hs.send(noteExpiredMsg{seq: seq})
	hs.requireLacks("go to 30_")
}

func TestBrowseFilterNoMatch(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.keys("/").typeText("zzzzqqqq")
	hs.requireContains("No code matches", " 0")
	if hs.m.browse.selected() != nil {
		t.Fatal("an empty list has a selection")
	}
	hs.keys("enter", "j", "G", "enter", "ctrl+d") // nothing to move to or open: no panic
	if hs.m.browse.detailFocus {
		t.Fatal("enter opened the detail of nothing")
	}
	hs.requireContains("No code matches")
}

func TestBrowseDigitsJump(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.typeText("404")
	if got := hs.selectedCode(); got != 404 {
		t.Fatalf("404 selected %d", got)
	}
	hs.requireContains("▌ 404 Not Found", "go to 404")

	hs.typeText("4")
	if got := hs.selectedCode(); got != 400 {
		t.Fatalf("4 selected %d, want the first 4xx (400)", got)
	}
	hs.requireContains("go to 4__")
	hs.typeText("2")
	if got := hs.selectedCode(); got != 420 {
		t.Fatalf("42 selected %d, want 420 (the first listed 42x)", got)
	}
	hs.keys("j") // any other key ends the code being typed
	hs.typeText("5")
	if got := hs.selectedCode(); got != 500 {
		t.Fatalf("5 after j selected %d, want 500", got)
	}
}

func TestBrowseDigitsUnknown(t *testing.T) {
	hs := newHarness(t, testOptions(), 120, 40)
	hs.typeText("29")
	hs.requireContains("no listed code starts with 29")
	hs.typeText("9")
	hs.requireContains("299 is not a registered code; nearest: 226")
	if got := hs.selectedCode(); got != 226 {
		t.Fatalf("299 selected %d, want 226, the nearest code the note names", got)
	}
	// Vendor codes count as the nearest, marked; the cursor takes the
	// nearer one, as the command line suggests it.
	hs.typeText("492")
	hs.requireContains("492 is not a registered code; nearest: 464 (AWS), 494 (nginx)")
	if got := hs.selectedCode(); got != 494 {
		t.Fatalf("492 selected %d, want 494", got)
	}
	hs.typeText("999")
	hs.requireContains("999 is not a status code (100–599)")
	hs.typeText("432")
	hs.requireContains("432 is not a registered code")
	hs.typeText("0")
	hs.requireContains("no listed code starts with 0")
	hs.keys("j")
	hs.requireLacks("no listed code") // the note goes with the next key
	hs.typeText("404")                // and with it the digits typed
	if got := hs.selectedCode(); got != 404 {
		t.Fatalf("404 after an unknown code selected %d", got)
	}
}

func TestBrowseVendorToggle(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hasVendor := func() bool {
		for _, r := range hs.m.browse.rows {
			if r.entry != nil && !r.entry.Official() {
				return true
			}
		}
		return false
	}
	if !hasVendor() {
		t.Fatal("vendor codes hidden at start")
	}
	hs.requireContains("218 This is fine")
	hs.keys("v")
	if hasVendor() {
		t.Fatal("v did not hide the vendor codes")
	}
	hs.requireContains("Vendor codes hidden")
	hs.requireLacks("218 This is fine")
	hs.typeText("218")
	hs.requireContains("218 is a vendor code, and vendor codes are hidden")
	hs.send(noteExpiredMsg{seq: hs.m.browse.noteSeq})
	hs.requireContains("vendor codes hidden (v)") // once the note has gone
	hs.keys("/")
	hs.typeText("railgun") // only Cloudflare's 527 speaks of it
	hs.requireContains("vendor code does: v shows it")
	hs.keys("esc")
	hs.keys("v")
	if !hasVendor() {
		t.Fatal("v did not show the vendor codes again")
	}
	hs.requireContains("Showing vendor codes", "218 This is fine")
}

func TestBrowseVendorToggleKeepsSelection(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.typeText("404")
	hs.keys("v")
	if got := hs.selectedCode(); got != 404 {
		t.Fatalf("v moved the selection to %d", got)
	}
}

func TestBrowseDetailScroll(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h int
		open string
	}{{"narrow", 70, 24, "enter"}, {"wide", 120, 40, ""}} {
		t.Run(tc.name, func(t *testing.T) {
			hs := newHarness(t, testOptions(), tc.w, tc.h)
			hs.typeText("404")
			if tc.open != "" {
				hs.keys(tc.open)
			}
			hs.keys("K") // clears the "go to 404" note, so that only the detail changes
			top := hs.plain()
			for _, down := range []string{"ctrl+d", "J"} {
				hs.keys(down)
				off := hs.m.browse.detail.YOffset()
				if off == 0 {
					t.Fatalf("%s did not scroll the detail", down)
				}
				if hs.plain() == top {
					t.Fatalf("%s: the view did not change", down)
				}
				if got := hs.selectedCode(); got != 404 {
					t.Fatalf("%s moved the list to %d", down, got)
				}
				up := map[string]string{"ctrl+d": "ctrl+u", "J": "K"}[down]
				hs.keys(up)
				if off := hs.m.browse.detail.YOffset(); off != 0 {
					t.Fatalf("%s left the detail at %d", up, off)
				}
				if hs.plain() != top {
					t.Fatalf("%s: the view is not back at the top", up)
				}
			}
		})
	}
}

func TestBrowseDetailKeysNarrow(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.typeText("404")
	hs.keys("enter")
	d := &hs.m.browse.detail
	step := func(k string, want func(off int) bool) {
		t.Helper()
		hs.keys(k)
		d = &hs.m.browse.detail
		if off := d.YOffset(); !want(off) {
			t.Fatalf("%s: detail offset %d", k, off)
		}
	}
	step("j", func(o int) bool { return o == 1 })
	step("down", func(o int) bool { return o == 2 })
	step("k", func(o int) bool { return o == 1 })
	step("up", func(o int) bool { return o == 0 })
	step("pgdown", func(o int) bool { return o == d.Height() })
	step("pgup", func(o int) bool { return o == 0 })
	step("G", func(o int) bool { return o > 0 && o == d.TotalLineCount()-d.Height() })
	step("g", func(o int) bool { return o == 0 })
	step("end", func(o int) bool { return o > 0 })
	step("home", func(o int) bool { return o == 0 })
	if got := hs.selectedCode(); got != 404 {
		t.Fatalf("keys in the detail moved the list to %d", got)
	}
	hs.requireContains("404  Not Found")
}

func TestBrowseDetailShowsNewCard(t *testing.T) {
	hs := newHarness(t, testOptions(), 120, 40)
	hs.typeText("404").keys("ctrl+d")
	if hs.m.browse.detail.YOffset() == 0 {
		t.Fatal("ctrl+d did not scroll")
	}
	hs.keys("j") // a new card starts at its top
	if off := hs.m.browse.detail.YOffset(); off != 0 {
		t.Fatalf("a new card starts at offset %d", off)
	}
	hs.requireContains("405  Method Not Allowed")
}

func TestScreenKeys(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	steps := []struct {
		key    string
		screen Screen
		shows  string
	}{
		{"t", QuizScreen, "New quiz"},
		{"r", ReviewScreen, "today: 0 due + 10 new"},
		{"s", StatsScreen, "No answers yet"},
		{"b", BrowseScreen, "100 Continue"},
		{"s", StatsScreen, "Mastery by class"},
		{"t", QuizScreen, "Kind"},
		{"esc", BrowseScreen, "1xx Informational"},
		{"r", ReviewScreen, "10 left"}, // the same review, kept
		{"esc", BrowseScreen, "1xx Informational"},
	}
	for _, s := range steps {
		hs.keys(s.key)
		if hs.tab() != s.screen {
			t.Fatalf("%s: screen %d, want %d", s.key, hs.tab(), s.screen)
		}
		hs.requireContains(s.shows)
		// The active tab is the one styled on.
		header := strings.Split(hs.view(), "\n")[0]
		on := hs.m.c.styles.TabOn.Render(tabs[s.screen].label)
		if !strings.Contains(header, on) {
			t.Fatalf("%s: the %s tab is not highlighted: %q", s.key, tabs[s.screen].label, header)
		}
	}
}

func TestHelpKey(t *testing.T) {
	for _, closeKey := range []string{"?", "esc", "q"} {
		t.Run(closeKey, func(t *testing.T) {
			hs := newHarness(t, testOptions(), 80, 24)
			list := hs.view()
			hs.keys("?")
			if !hs.m.showHelp {
				t.Fatal("? did not open the help")
			}
			hs.requireContains("Keys", "quiz", "review", "stats", "switch pane", "go to code", "vendor codes", "Mouse:", "esc back")
			// Keys do not reach the list under the help.
			hs.keys("j", "v")
			if hs.selectedCode() != 100 || !hs.m.browse.showVendor {
				t.Fatal("keys went through the help to the list")
			}
			hs.keys(closeKey)
			if hs.m.showHelp || hs.quit {
				t.Fatalf("%s: help %v, quit %v", closeKey, hs.m.showHelp, hs.quit)
			}
			if hs.view() != list {
				t.Fatalf("%s did not go back to the list", closeKey)
			}
		})
	}
}

func TestHelpOnEveryScreen(t *testing.T) {
	for _, sc := range []struct {
		key, want string
	}{{"t", "start"}, {"r", "leave (answers are saved)"}, {"s", "browse"}} {
		hs := newHarness(t, testOptions(), 80, 24)
		hs.keys(sc.key, "?")
		hs.requireContains("Keys", sc.want)
		hs.keys("?")
		if hs.m.showHelp {
			t.Fatalf("%s: ? did not close the help", sc.key)
		}
	}
}

func requireQuit(t *testing.T, cmd tea.Cmd) {
	t.Helper()
	if cmd == nil {
		t.Fatal("no command, want tea.Quit")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("the command is not tea.Quit")
	}
}

func TestQuitKeys(t *testing.T) {
	screens := []string{"b", "t", "r", "s"}
	for _, sc := range screens {
		for _, k := range []string{"q", "ctrl+c"} {
			hs := newHarness(t, testOptions(), 80, 24)
			hs.keys(sc)
			_, cmd := hs.m.Update(keyMsg(k))
			requireQuit(t, cmd)
		}
	}
	// ctrl+c quits from anywhere: the filter, the help, a recall question.
	hs := newHarness(t, testOptions(), 80, 24)
	hs.keys("/")
	_, cmd := hs.m.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	requireQuit(t, cmd)
	hs.keys("esc", "?")
	_, cmd = hs.m.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	requireQuit(t, cmd)
	rq := newHarness(t, quizOpts("recall", 3), 80, 24)
	_, cmd = rq.m.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	requireQuit(t, cmd)
	_, cmd = rq.m.Update(keyMsg("q"))
	requireQuit(t, cmd)
}

func TestQuitWhenTooSmall(t *testing.T) {
	hs := newHarness(t, testOptions(), 20, 5)
	hs.requireContains("Terminal too small", "q quits")
	hs.keys("j", "t") // ignored
	if hs.tab() != BrowseScreen {
		t.Fatal("keys acted on a screen too small to show it")
	}
	_, cmd := hs.m.Update(keyMsg("q"))
	requireQuit(t, cmd)
}

func TestMouseWheelList(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		hs := newHarness(t, testOptions(), size[0], size[1])
		hs.send(tea.MouseWheelMsg{X: 5, Y: 5, Button: tea.MouseWheelDown})
		if got := hs.selectedCode(); got != 101 {
			t.Fatalf("%v: wheel down over the list selected %d, want 101", size, got)
		}
		hs.send(tea.MouseWheelMsg{X: 5, Y: 5, Button: tea.MouseWheelDown},
			tea.MouseWheelMsg{X: 5, Y: 5, Button: tea.MouseWheelUp})
		if got := hs.selectedCode(); got != 101 {
			t.Fatalf("%v: wheel down, up selected %d, want 101", size, got)
		}
		hs.requireContains("▌ 101")
	}
}

func TestMouseWheelDetail(t *testing.T) {
	// Wide: the wheel scrolls the pane under the pointer.
	hs := newHarness(t, testOptions(), 120, 40)
	top := hs.plain()
	hs.send(tea.MouseWheelMsg{X: 100, Y: 10, Button: tea.MouseWheelDown})
	if off := hs.m.browse.detail.YOffset(); off != 3 {
		t.Fatalf("wheel over the detail: offset %d, want 3", off)
	}
	if hs.selectedCode() != 100 {
		t.Fatal("the wheel over the detail moved the list")
	}
	if hs.plain() == top {
		t.Fatal("the wheel over the detail did not change the view")
	}
	hs.send(tea.MouseWheelMsg{X: 100, Y: 10, Button: tea.MouseWheelUp})
	if off := hs.m.browse.detail.YOffset(); off != 0 {
		t.Fatalf("wheel up over the detail: offset %d, want 0", off)
	}
	// Narrow, with the detail open.
	hs = newHarness(t, testOptions(), 70, 24)
	hs.keys("enter")
	hs.send(tea.MouseWheelMsg{X: 10, Y: 10, Button: tea.MouseWheelDown})
	if off := hs.m.browse.detail.YOffset(); off != 3 {
		t.Fatalf("narrow: wheel over the detail: offset %d, want 3", off)
	}
}

func TestMouseClickRow(t *testing.T) {
	// Row 0 is the tab bar; row 1 the 1xx heading, row 2 100, row 3 101.
	hs := newHarness(t, testOptions(), 120, 40)
	hs.send(tea.MouseClickMsg{X: 5, Y: 3, Button: tea.MouseLeft})
	if got := hs.selectedCode(); got != 101 {
		t.Fatalf("click on row 3 selected %d, want 101", got)
	}
	if hs.m.browse.detailFocus {
		t.Fatal("wide: a click on a row should leave the keys on the list")
	}
	hs.requireContains("▌ 101", "101  Switching Protocols")
	// A click on a heading does nothing.
	hs.send(tea.MouseClickMsg{X: 5, Y: 1, Button: tea.MouseLeft})
	if got := hs.selectedCode(); got != 101 {
		t.Fatalf("click on a heading selected %d", got)
	}
	// A click on the detail focuses it.
	hs.send(tea.MouseClickMsg{X: 100, Y: 10, Button: tea.MouseLeft})
	if !hs.m.browse.detailFocus {
		t.Fatal("a click on the detail did not focus it")
	}
	// A right click does nothing.
	hs.send(tea.MouseClickMsg{X: 5, Y: 4, Button: tea.MouseRight})
	if got := hs.selectedCode(); got != 101 {
		t.Fatalf("right click selected %d", got)
	}

	// Narrow: a click opens the detail.
	hs = newHarness(t, testOptions(), 70, 24)
	hs.send(tea.MouseClickMsg{X: 5, Y: 4, Button: tea.MouseLeft})
	if got := hs.selectedCode(); got != 102 || !hs.m.browse.detailFocus {
		t.Fatalf("narrow click: selected %d, detail %v; want 102 open", got, hs.m.browse.detailFocus)
	}
	hs.requireContains("102  Processing")
}

func TestMouseClickRowScrolledAndFiltered(t *testing.T) {
	hs := newHarness(t, testOptions(), 120, 40)
	hs.typeText("404")
	lines := strings.Split(hs.plain(), "\n")
	for y, l := range lines {
		if strings.Contains(l, "403 Forbidden") {
			hs.send(tea.MouseClickMsg{X: 5, Y: y, Button: tea.MouseLeft})
			break
		}
	}
	if got := hs.selectedCode(); got != 403 {
		t.Fatalf("click on the 403 row of a scrolled list selected %d", got)
	}
	hs.keys("/").typeText("rate limit").keys("enter")
	lines = strings.Split(hs.plain(), "\n")
	for y, l := range lines {
		if strings.Contains(l, "420 ") {
			hs.send(tea.MouseClickMsg{X: 5, Y: y, Button: tea.MouseLeft})
			break
		}
	}
	if got := hs.selectedCode(); got != 420 {
		t.Fatalf("click on the 420 row of a filtered list selected %d", got)
	}
}

func TestMouseClickTab(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	header := ansi.Strip(strings.Split(hs.view(), "\n")[0])
	for _, tab := range []struct {
		label  string
		screen Screen
	}{{"Quiz", QuizScreen}, {"Review", ReviewScreen}, {"Stats", StatsScreen}, {"Browse", BrowseScreen}} {
		x := strings.Index(header, tab.label)
		hs.send(tea.MouseClickMsg{X: x + 1, Y: 0, Button: tea.MouseLeft})
		if hs.tab() != tab.screen {
			t.Fatalf("click on %q at x=%d: screen %d, want %d", tab.label, x+1, hs.tab(), tab.screen)
		}
	}
	// A click on the title is no tab.
	hs.send(tea.MouseClickMsg{X: 2, Y: 0, Button: tea.MouseLeft})
	if hs.tab() != BrowseScreen {
		t.Fatal("a click on the title switched screens")
	}
}

func TestMouseIgnoredUnderHelp(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.keys("?")
	hs.send(tea.MouseWheelMsg{X: 5, Y: 5, Button: tea.MouseWheelDown},
		tea.MouseClickMsg{X: 20, Y: 0, Button: tea.MouseLeft})
	if hs.selectedCode() != 100 || hs.tab() != BrowseScreen || !hs.m.showHelp {
		t.Fatal("the mouse acted under the help")
	}
}

func TestPasteIntoFilter(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.keys("/")
	hs.send(tea.PasteMsg{Content: "teapot"})
	if hs.m.browse.query != "teapot" || hs.selectedCode() != 418 {
		t.Fatalf("paste: query %q, selected %d", hs.m.browse.query, hs.selectedCode())
	}
}

func TestBrowseResizeKeepsSelection(t *testing.T) {
	hs := newHarness(t, testOptions(), 80, 24)
	hs.typeText("503")
	for _, s := range [][2]int{{120, 40}, {50, 20}, {200, 60}, {30, 8}, {80, 24}} {
		hs.send(tea.WindowSizeMsg{Width: s[0], Height: s[1]})
		if hs.selectedCode() != 503 {
			t.Fatalf("%v: resize moved the selection to %d", s, hs.selectedCode())
		}
		hs.requireContains("503 Service Unavailable")
	}
}
