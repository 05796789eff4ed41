package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"httpcodes/quiz"
	"httpcodes/quiz/settings"
	"httpcodes/quiz/store"
)

// subResult is what running one subcommand gave.
type subResult struct {
	code           int
	stdout, stderr string
}

// runSub builds a subcommand with its constructor and runs it with args,
// mapping its error to an exit code as the command line does.
func runSub(t *testing.T, build func(*env) *cobra.Command, stdin io.Reader, args ...string) subResult {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: stdin, stdout: &out, stderr: &errb, width: 80}
	cmd := build(e)
	cmd.SetArgs(args)
	cmd.SetIn(stdin)
	cmd.SetOut(&out)
	cmd.SetErr(&errb)
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	err := cmd.ExecuteContext(context.Background())
	r := subResult{stdout: out.String()}
	var ee *exitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		r.code = ee.code
		if !ee.quiet {
			errb.WriteString(err.Error())
		}
	default:
		r.code = exitUsage // cobra's own errors: flags and arguments
		errb.WriteString(err.Error())
	}
	r.stderr = errb.String()
	return r
}

const fixtures = "data/logscan/testdata"

func fixture(name string) string { return filepath.Join(fixtures, name) }

// explainOut is the part of explain's --json output the tests read.
type explainOut struct {
	Lines         int      `json:"lines"`
	Matched       int      `json:"matched"`
	Unparsed      int      `json:"unparsed"`
	NoStatus      int      `json:"no_status"`
	UnparsedLines []string `json:"unparsed_lines"`
	Warnings      []string `json:"warnings"`
	Codes         []struct {
		Code       int     `json:"code"`
		ID         string  `json:"id"`
		Count      int     `json:"count"`
		Share      float64 `json:"share"`
		Phrase     string  `json:"phrase"`
		MadeBy     string  `json:"made_by"`
		LoggedOnly bool    `json:"logged_only"`
	} `json:"codes"`
}

func explainJSONOf(t *testing.T, stdin io.Reader, args ...string) (explainOut, subResult) {
	t.Helper()
	r := runSub(t, newExplain, stdin, append([]string{"--json"}, args...)...)
	var out explainOut
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("explain %q: not JSON (%v):\n%s\nstderr: %s", args, err, r.stdout, r.stderr)
	}
	return out, r
}

// byID sums the codes by entry ID, "@lb" marking the load balancer's own.
func (o explainOut) byID() map[string]int {
	m := map[string]int{}
	for _, c := range o.Codes {
		k := c.ID
		if c.MadeBy != "" {
			k += "@lb"
		}
		m[k] += c.Count
	}
	return m
}

func TestExplainFiles(t *testing.T) {
	// Counted by hand from the fixtures.
	for _, c := range []struct {
		file                             string
		lines, matched, unparsed, noStat int
		codes                            map[string]int
	}{
		{"combined.log", 12, 12, 0, 0, map[string]int{"200": 3, "404": 2, "201": 1, "499-nginx": 2, "444-nginx": 1,
			"301": 1, "504": 1, "400": 1}},
		{"alb.log", 10, 10, 0, 0, map[string]int{"200": 2, "502": 1, "502@lb": 1, "460-aws@lb": 1, "503@lb": 1,
			"403@lb": 1, "404": 1, "301@lb": 1, "504@lb": 1}},
		{"devtools.har", 6, 5, 0, 1, map[string]int{"200": 2, "304": 1, "404": 1, "500": 1}},
		{"curl-v.txt", 34, 2, 0, 0, map[string]int{"301": 1, "404": 1}},
		{"mixed.log", 12, 5, 5, 1, map[string]int{"200": 1, "404": 1, "504@lb": 1, "410": 1, "418": 1}},
	} {
		out, r := explainJSONOf(t, strings.NewReader(""), fixture(c.file))
		if r.code != exitOK {
			t.Errorf("%s: exit %d, want 0; stderr %s", c.file, r.code, r.stderr)
		}
		if out.Lines != c.lines || out.Matched != c.matched || out.Unparsed != c.unparsed || out.NoStatus != c.noStat {
			t.Errorf("%s: lines %d matched %d unparsed %d no status %d, want %d %d %d %d", c.file,
				out.Lines, out.Matched, out.Unparsed, out.NoStatus, c.lines, c.matched, c.unparsed, c.noStat)
		}
		if got := out.byID(); !maps.Equal(got, c.codes) {
			t.Errorf("%s: codes %v, want %v", c.file, got, c.codes)
		}
	}
}

func TestExplainJSONFields(t *testing.T) {
	out, _ := explainJSONOf(t, nil, fixture("combined.log"))
	for _, c := range out.Codes {
		switch c.ID {
		case "404":
			if c.Code != 404 || c.Count != 2 || c.Share != 0.1667 || c.Phrase != "Not Found" || c.LoggedOnly {
				t.Errorf("404: %+v", c)
			}
		case "499-nginx":
			if c.Code != 499 || !c.LoggedOnly || c.Phrase != "Client Closed Request" {
				t.Errorf("499: %+v", c)
			}
		}
	}
	r := runSub(t, newExplain, nil, "--json", fixture("combined.log"))
	for _, field := range []string{`"lines":`, `"matched":`, `"unparsed":`, `"codes":`, `"code":`, `"id":`, `"count":`,
		`"share":`, `"phrase":`} {
		if !strings.Contains(r.stdout, field) {
			t.Errorf("--json lacks %s", field)
		}
	}
}

// gzipFile writes the gzip of a fixture to a temporary file named name.
func gzipFile(t *testing.T, fixtureName, name string) string {
	t.Helper()
	plain, err := os.ReadFile(fixture(fixtureName))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(plain)
	zw.Close()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestExplainGzip(t *testing.T) {
	// gzip is known by its magic bytes, whatever the name says.
	for _, name := range []string{"access.log.1.gz", "access.log.1"} {
		out, r := explainJSONOf(t, nil, gzipFile(t, "combined.log", name))
		if r.code != exitOK || out.Matched != 12 || out.byID()["499-nginx"] != 2 {
			t.Errorf("%s: exit %d, %+v", name, r.code, out)
		}
	}
	// From standard input too.
	gz, err := os.ReadFile(gzipFile(t, "alb.log", "alb.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if out, _ := explainJSONOf(t, bytes.NewReader(gz)); out.Matched != 10 {
		t.Errorf("gzip on stdin: matched %d, want 10", out.Matched)
	}
}

func TestExplainDamagedGzip(t *testing.T) {
	path := gzipFile(t, "combined.log", "cut.gz")
	b, _ := os.ReadFile(path)
	os.WriteFile(path, b[:len(b)/2], 0o644)
	r := runSub(t, newExplain, nil, path)
	if r.code != exitUsage || !strings.Contains(r.stderr, "cannot read "+path) {
		t.Errorf("cut gzip: exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "Read ") {
		t.Errorf("cut gzip: the lines read before the damage are not shown:\n%s", r.stdout)
	}
}

func TestExplainStdin(t *testing.T) {
	alb, err := os.ReadFile(fixture("alb.log"))
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{nil, {"-"}} {
		out, r := explainJSONOf(t, bytes.NewReader(alb), args...)
		if r.code != exitOK || out.Matched != 10 || out.byID()["460-aws@lb"] != 1 {
			t.Errorf("stdin %q: exit %d, %+v", args, r.code, out)
		}
	}
	r := runSub(t, newExplain, bytes.NewReader(alb), "-", "-")
	if r.code != exitUsage || !strings.Contains(r.stderr, "only once") {
		t.Errorf("- -: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestExplainSeveralFiles(t *testing.T) {
	out, r := explainJSONOf(t, nil, fixture("combined.log"), fixture("mixed.log"))
	if r.code != exitOK || out.Lines != 24 || out.Matched != 17 || out.Unparsed != 5 {
		t.Errorf("two files: exit %d, %+v", r.code, out)
	}
	want := "data/logscan/testdata/mixed.log:2"
	if len(out.UnparsedLines) == 0 || out.UnparsedLines[0] != want {
		t.Errorf("unparsed lines %q, want the first to be %q", out.UnparsedLines, want)
	}
}

func TestExplainNothingToRead(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.log")
	os.WriteFile(empty, nil, 0o644)
	binary := filepath.Join(dir, "core.bin")
	bin := make([]byte, 50_000)
	for i := range bin {
		bin[i] = byte(i * 131)
	}
	os.WriteFile(binary, bin, 0o644)
	garbage := filepath.Join(dir, "notes.txt")
	os.WriteFile(garbage, []byte("dear diary\nnothing happened\n"), 0o644)
	for _, c := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{empty}, exitNotFound, "is empty"},
		{[]string{binary}, exitNotFound, "binary"},
		{[]string{garbage}, exitNotFound, "2 unreadable, first: 1, 2"},
		{[]string{dir}, exitUsage, "is a directory"},
		{[]string{filepath.Join(dir, "nope.log")}, exitUsage, "no such file"},
		{[]string{fixture("alb.log"), filepath.Join(dir, "nope.log")}, exitUsage, "no such file"},
	} {
		r := runSub(t, newExplain, nil, c.args...)
		if r.code != c.code || !strings.Contains(r.stderr, c.says) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", c.args, r.code, r.stderr, c.code, c.says)
		}
		if c.code == exitUsage && r.stdout != "" {
			t.Errorf("%q: printed before failing:\n%s", c.args, r.stdout)
		}
	}
}

func TestExplainLongLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long.jsonl")
	line := `{"msg":"` + strings.Repeat("x", 1<<20) + `","status":201}` + "\n"
	os.WriteFile(path, []byte(line+line), 0o644)
	out, r := explainJSONOf(t, nil, path)
	if r.code != exitOK || out.Matched != 2 || out.byID()["201"] != 2 {
		t.Errorf("1 MB lines: exit %d, %+v", r.code, out)
	}
}

func TestExplainText(t *testing.T) {
	r := runSub(t, newExplain, nil, fixture("combined.log"), fixture("alb.log"))
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"Read 22 lines: 22 with a status code (combined log 12 · AWS ALB log 10).",
		"4xx Client Error",
		"499  Client Closed Request (nginx)",
		"Never sent: nginx logs 499",
		"460  Client Closed Connection (AWS)",
		"Made by the load balancer, not a target.",
		"no registered targets",
		"Seeing this?",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("the printout lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "\x1b") {
		t.Error("escape codes in piped output")
	}
	for _, l := range strings.Split(r.stdout, "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("line of %d cells at width 80: %q", w, l)
		}
	}
}

// TestExplainStudy: --study puts the codes a log holds first in line among
// the new codes of the learner's reviews, the commonest first.
func TestExplainStudy(t *testing.T) {
	dir := t.TempDir()
	r := expect(t, exitOK, "explain", "--study", "--data-dir", dir, fixture("combined.log"))
	if !strings.Contains(r.stderr, "8 codes from this log added to your reviews") {
		t.Errorf("stderr %q", r.stderr)
	}
	st, _, err := store.Open(dir, quiz.Params(settings.Settings{}))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	queued, err := st.Queued()
	// combined.log: 200 ×3, 404 ×2, 499 ×2, then one each (444, being
	// logged only, is in the deck too).
	if err != nil || len(queued) != 8 || queued[0] != "200" || !slices.Contains(queued[1:3], "404") {
		t.Errorf("queued %v, %v", queued, err)
	}
	r = expect(t, exitOK, "explain", "--study", "--data-dir", dir, fixture("combined.log"))
	if !strings.Contains(r.stderr, "0 codes from this log added") {
		t.Errorf("a second run: %q", r.stderr)
	}
}
