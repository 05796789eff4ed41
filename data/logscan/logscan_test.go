package logscan

import (
	"bytes"
	"errors"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
)

// tally sums a report's rows by entry ID (or code, for a number the
// catalogue does not know), with "@lb" for codes the load balancer made.
func tally(rep *Report) map[string]int {
	out := map[string]int{}
	for _, row := range rep.Rows() {
		k := strconv.Itoa(row.Code)
		if row.Entry != nil {
			k = row.Entry.ID()
		}
		if row.MadeBy != "" {
			k += "@lb"
		}
		out[k] += row.Count
	}
	return out
}

// totals is the counts of a report that every test checks.
type totals struct {
	lines, matched, noStatus, ignored, unparsed int
	firstUnparsed                               []int
}

func checkReport(t *testing.T, rep *Report, want totals, wantCodes map[string]int) {
	t.Helper()
	got := totals{rep.Lines, rep.Matched, rep.NoStatus, rep.Ignored, rep.Unparsed, rep.FirstUnparsed}
	if got.lines != want.lines || got.matched != want.matched || got.noStatus != want.noStatus ||
		got.ignored != want.ignored || got.unparsed != want.unparsed || !slices.Equal(got.firstUnparsed, want.firstUnparsed) {
		t.Errorf("totals = %+v, want %+v", got, want)
	}
	if g := tally(rep); !maps.Equal(g, wantCodes) {
		t.Errorf("codes = %v, want %v", g, wantCodes)
	}
	if sum := rep.Matched + rep.NoStatus + rep.Ignored + rep.Unparsed; sum != rep.Lines {
		t.Errorf("matched+no status+ignored+unparsed = %d, lines = %d", sum, rep.Lines)
	}
}

func scanFile(t *testing.T, name string) *Report {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rep, err := Scan(f)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// The counts below were made by reading each fixture line by line.
var fixtures = []struct {
	file   string
	format Format
	totals totals
	codes  map[string]int
}{
	{"combined.log", Combined, totals{lines: 12, matched: 12},
		map[string]int{"200": 3, "404": 2, "201": 1, "499-nginx": 2, "444-nginx": 1, "301": 1, "504": 1, "400": 1}},
	{"alb.log", ALB, totals{lines: 10, matched: 10},
		map[string]int{"200": 2, "502": 1, "502@lb": 1, "460-aws@lb": 1, "503@lb": 1, "403@lb": 1, "404": 1,
			"301@lb": 1, "504@lb": 1}},
	{"lines.jsonl", JSON, totals{lines: 17, matched: 14, noStatus: 2, unparsed: 1, firstUnparsed: []int{15}},
		map[string]int{"200": 1, "404": 1, "201": 1, "503": 1, "502": 1, "429": 1, "401": 1, "304": 1, "410": 1,
			"403": 1, "499-nginx": 1, "500": 1, "307": 1, "206": 1}},
	{"curl-v.txt", HTTP, totals{lines: 34, matched: 2, ignored: 32},
		map[string]int{"301": 1, "404": 1}},
	{"curl-i.txt", HTTP, totals{lines: 13, matched: 3, ignored: 10},
		map[string]int{"100": 1, "503": 1, "200": 1}},
	{"devtools.har", HAR, totals{lines: 6, matched: 5, noStatus: 1},
		map[string]int{"200": 2, "304": 1, "404": 1, "500": 1}},
}

func TestFormats(t *testing.T) {
	for _, fx := range fixtures {
		t.Run(fx.file, func(t *testing.T) {
			rep := scanFile(t, fx.file)
			checkReport(t, rep, fx.totals, fx.codes)
			if rep.ByFormat[fx.format] != rep.Matched {
				t.Errorf("matched as %s: %d of %d", fx.format, rep.ByFormat[fx.format], rep.Matched)
			}
		})
	}
}

// A reader that hands over one byte at a time splits every line across
// reads: the counts must not change.
func TestOneByteReads(t *testing.T) {
	for _, fx := range fixtures {
		t.Run(fx.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", fx.file))
			if err != nil {
				t.Fatal(err)
			}
			rep, err := Scan(iotest.OneByteReader(bytes.NewReader(b)))
			if err != nil {
				t.Fatal(err)
			}
			checkReport(t, rep, fx.totals, fx.codes)
		})
	}
}

func TestMixedWithGarbage(t *testing.T) {
	rep := scanFile(t, "mixed.log")
	checkReport(t, rep, totals{lines: 12, matched: 5, noStatus: 1, ignored: 1, unparsed: 5,
		firstUnparsed: []int{2, 6, 7, 10, 12}},
		map[string]int{"200": 1, "404": 1, "504@lb": 1, "410": 1, "418": 1})
	want := [NumFormats]int{Combined: 2, ALB: 1, JSON: 1, HTTP: 1}
	if rep.ByFormat != want {
		t.Errorf("by format = %v, want %v", rep.ByFormat, want)
	}
}

func TestMeanings(t *testing.T) {
	byKey := map[string]Row{}
	for _, name := range []string{"combined.log", "alb.log"} {
		for _, row := range scanFile(t, name).Rows() {
			byKey[row.Entry.ID()+"/"+row.MadeBy] = row
		}
	}
	for _, c := range []struct {
		key        string
		loggedOnly bool
		note       string // a piece of the note; "" for none
	}{
		{"499-nginx/", true, "Never sent"},
		{"444-nginx/", true, "Never sent"},
		{"460-aws/load balancer", true, "never receives 460"},
		{"502/load balancer", false, "HTTP 502"},
		{"503/load balancer", false, "no registered targets"},
		{"403/load balancer", false, "AWS WAF"},
		{"301/load balancer", false, "redirect"},
		{"502/", false, ""},
		{"404/", false, ""},
	} {
		row, ok := byKey[c.key]
		if !ok {
			t.Errorf("%s: not found in %v", c.key, slices.Sorted(maps.Keys(byKey)))
			continue
		}
		if row.LoggedOnly != c.loggedOnly {
			t.Errorf("%s: logged only = %v, want %v", c.key, row.LoggedOnly, c.loggedOnly)
		}
		if c.note == "" && row.Note != "" || !strings.Contains(row.Note, c.note) {
			t.Errorf("%s: note = %q, want one with %q", c.key, row.Note, c.note)
		}
	}
}

func TestRowsOrderAndShare(t *testing.T) {
	rep := scanFile(t, "alb.log")
	rows := rep.Rows()
	var got []string
	for _, r := range rows {
		got = append(got, strconv.Itoa(r.Code)+r.MadeBy)
	}
	want := []string{"200", "301load balancer", "403load balancer", "404", "460load balancer", "502",
		"502load balancer", "503load balancer", "504load balancer"}
	if !slices.Equal(got, want) {
		t.Errorf("rows = %v, want %v", got, want)
	}
	if s := rep.Share(rows[0]); s != 0.2 {
		t.Errorf("share of 200 = %v, want 0.2 (2 of 10)", s)
	}
}

func TestMerge(t *testing.T) {
	a, b := scanFile(t, "combined.log"), scanFile(t, "mixed.log")
	a.Merge(b)
	if a.Lines != 24 || a.Matched != 17 || a.Unparsed != 5 || a.NoStatus != 1 || a.Ignored != 1 {
		t.Errorf("merged totals: %+v", a)
	}
	if got := tally(a); got["200"] != 4 || got["410"] != 1 || got["504"] != 1 || got["504@lb"] != 1 {
		t.Errorf("merged codes = %v", got)
	}
}

func TestEmpty(t *testing.T) {
	rep, err := Scan(strings.NewReader(""))
	if err != nil {
		t.Fatal(err)
	}
	checkReport(t, rep, totals{}, map[string]int{})
}

func TestLastLineWithoutNewline(t *testing.T) {
	rep, err := Scan(strings.NewReader("HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 201 Created"))
	if err != nil {
		t.Fatal(err)
	}
	checkReport(t, rep, totals{lines: 3, matched: 2, ignored: 1}, map[string]int{"204": 1, "201": 1})
}

// A line of 1 MB, longer than bufio.Scanner's default limit, is read whole;
// a line longer than MaxLine is counted unparsed without being kept, and
// the lines after it are still read.
func TestLongLines(t *testing.T) {
	big := strings.Repeat("x", 1<<20)
	in := `{"msg":"` + big + `","status":201}` + "\n" +
		big + "\n" +
		strings.Repeat("y", MaxLine+10) + "\n" +
		"HTTP/1.1 404 Not Found\n"
	rep, err := Scan(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	checkReport(t, rep, totals{lines: 4, matched: 2, unparsed: 2, firstUnparsed: []int{2, 3}},
		map[string]int{"201": 1, "404": 1})
	if rep.LongLines != 1 {
		t.Errorf("long lines = %d, want 1", rep.LongLines)
	}
}

func TestBinary(t *testing.T) {
	in := make([]byte, 300_000)
	for i := range in {
		in[i] = byte(i*7 + i/251) // every byte value, NUL and newline among them
	}
	rep, err := Scan(bytes.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Binary || rep.Matched != 0 || rep.Unparsed == 0 {
		t.Errorf("binary input: %+v", rep)
	}
	if text := scanFile(t, "mixed.log"); text.Binary {
		t.Error("a text file was taken for binary")
	}
}

func TestReadError(t *testing.T) {
	broken := errors.New("disk on fire")
	in := io.MultiReader(strings.NewReader("HTTP/1.1 200 OK\nHTTP/1.1 500 Oops\n"), iotest.ErrReader(broken))
	rep, err := Scan(in)
	if !errors.Is(err, broken) {
		t.Fatalf("err = %v, want %v", err, broken)
	}
	if rep.Matched != 2 {
		t.Errorf("matched before the error = %d, want 2", rep.Matched)
	}
}

func TestHARCutShort(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "devtools.har"))
	if err != nil {
		t.Fatal(err)
	}
	cut := b[:bytes.Index(b, []byte(`"status": 404`))]
	rep, err := Scan(bytes.NewReader(cut))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Matched != 2 || rep.Unparsed != 1 || !strings.Contains(rep.Damaged, "after entry 2") {
		t.Errorf("cut HAR: matched %d, unparsed %d, damaged %q", rep.Matched, rep.Unparsed, rep.Damaged)
	}
}

func TestNotHAR(t *testing.T) {
	// A JSON line whose first key is "log" but holds no object is a JSON
	// line, not a HAR file.
	rep, err := Scan(strings.NewReader(`{"log":"GET /","status":302}` + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	checkReport(t, rep, totals{lines: 1, matched: 1}, map[string]int{"302": 1})
}
