package main

// Command-line tests: every command, output mode and exit code, run in
// process through run() with buffers (never a terminal) for stdin, stdout
// and stderr. Progress always lives in a temp dir (TestMain points
// HTTPCODES_DATA_DIR at one, and most tests pass --data-dir); so do the
// settings (HTTPCODES_CONFIG_DIR).

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/ncruces/go-sqlite3/driver" // registers "sqlite3"

	"httpcodes/data"
	"httpcodes/quiz"
	"httpcodes/quiz/fsrs"
	"httpcodes/quiz/store"
)

func TestMain(m *testing.M) {
	// Never touch the real progress of whoever runs the tests.
	dir, err := os.MkdirTemp("", "httpcodes-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Setenv("HTTPCODES_DATA_DIR", filepath.Join(dir, "default"))
	os.Setenv("HTTPCODES_CONFIG_DIR", filepath.Join(dir, "config")) // nor their settings
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	code           int
	stdout, stderr string
}

// cli runs the command line with an empty stdin.
func cli(t testing.TB, args ...string) result {
	t.Helper()
	return cliIn(t, strings.NewReader(""), args...)
}

func cliIn(t testing.TB, stdin io.Reader, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, stdin, &out, &errb)
	r := result{code: code, stdout: out.String(), stderr: errb.String()}
	if strings.Contains(r.stderr, "goroutine") || strings.Contains(r.stderr, "panic:") {
		t.Fatalf("%q: stack trace on stderr:\n%s", args, r.stderr)
	}
	return r
}

func (r result) wantCode(t testing.TB, args []string, code int) {
	t.Helper()
	if r.code != code {
		t.Fatalf("httpcodes %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s",
			strings.Join(args, " "), r.code, code, clip(r.stdout), r.stderr)
	}
}

// expect runs args and checks the exit code.
func expect(t testing.TB, code int, args ...string) result {
	t.Helper()
	r := cli(t, args...)
	r.wantCode(t, args, code)
	return r
}

func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "\n…"
	}
	return s
}

// flat collapses whitespace, so that messages wrapped by the error banner
// can be matched as one line.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// mentions reports whether s contains each of subs, ignoring case and line
// wrapping (the error banner capitalises the first word and wraps).
func mentions(t testing.TB, what, s string, subs ...string) {
	t.Helper()
	f := strings.ToLower(flat(s))
	for _, sub := range subs {
		if !strings.Contains(f, strings.ToLower(flat(sub))) {
			t.Errorf("%s does not mention %q:\n%s", what, sub, s)
		}
	}
}

// names checks that s contains each of subs exactly (case and all, after
// unwrapping): flag names must be quoted as they are typed.
func names(t testing.TB, what, s string, subs ...string) {
	t.Helper()
	for _, sub := range subs {
		if !strings.Contains(flat(s), sub) {
			t.Errorf("%s does not name %q as typed:\n%s", what, sub, s)
		}
	}
}

func noEscapes(t testing.TB, what, s string) {
	t.Helper()
	if i := strings.IndexByte(s, '\x1b'); i >= 0 {
		t.Errorf("%s contains an escape sequence at byte %d: %q", what, i, s[max(0, i-20):min(len(s), i+20)])
	}
}

// codeLines returns the lines of a list that start with a status code.
func codeLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if len(l) >= 4 && isCode(l[:3]) && l[3] == ' ' {
			out = append(out, l)
		}
	}
	return out
}

// ---- lookups ----------------------------------------------------------------

func TestLookupCard(t *testing.T) {
	r := expect(t, exitOK, "404")
	if !strings.HasPrefix(r.stdout, "404") {
		t.Errorf("card does not start with the code:\n%s", clip(r.stdout))
	}
	for _, want := range []string{"404", "Not Found", "What it means", "Use it when", "Often confused with",
		"Example", "Spec", "410 Gone", "RFC 9110"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("404 card lacks %q", want)
		}
	}
	noEscapes(t, "piped 404 card", r.stdout)
	if r.stderr != "" {
		t.Errorf("stderr: %q", r.stderr)
	}
	if !strings.HasSuffix(r.stdout, "\n") {
		t.Error("output does not end with a newline")
	}
}

// TestLookupConstants: a card says how each stack writes the code; --stack
// keeps the stacks named, in their order, on the card and in JSON.
func TestLookupConstants(t *testing.T) {
	r := expect(t, exitOK, "422", "--stack", "python")
	for _, want := range []string{"In your code", "HTTPStatus.UNPROCESSABLE_CONTENT", "HTTPStatus.UNPROCESSABLE_ENTITY",
		"3.12 and older"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("422 --stack python lacks %q", want)
		}
	}
	if strings.Contains(r.stdout, "http.Status") || strings.Contains(r.stdout, "Every stack is listed") {
		t.Error("422 --stack python shows other stacks")
	}
	r = expect(t, exitOK, "413")
	for _, want := range []string{"http.StatusRequestEntityTooLarge", ":content_too_large", "StatusCodes.REQUEST_TOO_LONG",
		"Every stack is listed"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("413 lacks %q", want)
		}
	}
	// The stacks with no name and nothing more to say take one line.
	r = expect(t, exitOK, "499")
	if !strings.Contains(r.stdout, "No name in Go, Python") || strings.Contains(r.stdout, "net/http has no constant for 499; use") {
		t.Errorf("499's stacks without a name are not said in one line:\n%s", clip(r.stdout))
	}
	r = expect(t, exitOK, "418", "--json", "--stack", "rails,go")
	var es []data.JSON
	if err := json.Unmarshal([]byte(r.stdout), &es); err != nil || len(es) != 2 {
		t.Fatalf("418 --json: %v, %d entries", err, len(es))
	}
	for _, e := range es {
		for _, c := range e.Constants {
			if c.Stack != "rails" && c.Stack != "go" {
				t.Errorf("%s --stack rails,go has %s's %q", e.ID, c.Stack, c.Name)
			}
		}
	}
	r = expect(t, exitUsage, "404", "--stack", "cobol")
	if !strings.Contains(r.stderr, "cobol") {
		t.Errorf("--stack cobol: %q", r.stderr)
	}
}

// TestLookupTroubleshooting: a card tells the side that received the code
// what to check.
func TestLookupTroubleshooting(t *testing.T) {
	r := expect(t, exitOK, "499")
	if strings.Count(r.stdout, "Seeing this?") != 3 {
		t.Errorf("499: want a troubleshooting section on each of its 3 cards:\n%s", clip(r.stdout))
	}
	for _, want := range data.Lookup(499)[0].Troubleshooting {
		if !strings.Contains(strings.Join(strings.Fields(r.stdout), " "), want.Cause) {
			t.Errorf("499 lacks the cause %q", want.Cause)
		}
	}
}

// A real file (not a terminal) as stdout goes through the *os.File branch
// of run: still plain text.
func TestLookupToFile(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "out.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var errb bytes.Buffer
	if code := run(context.Background(), []string{"404"}, strings.NewReader(""), f, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	b, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "Not Found") || !strings.Contains(string(b), "What it means") {
		t.Errorf("file output:\n%s", clip(string(b)))
	}
	noEscapes(t, "404 written to a file", string(b))
}

func TestLookupVendorCards(t *testing.T) {
	r := expect(t, exitOK, "499")
	var heads []string
	for _, l := range strings.Split(r.stdout, "\n") {
		if strings.HasPrefix(l, "499  ") {
			heads = append(heads, l)
		}
	}
	if len(heads) != 3 {
		t.Errorf("499: %d card headers, want 3 (nginx, Cloudflare, Esri): %q", len(heads), heads)
	}
	for _, v := range []string{"nginx", "Cloudflare", "Esri", "What it means"} {
		if !strings.Contains(r.stdout, v) {
			t.Errorf("499 cards lack %q", v)
		}
	}
	if n := len(data.Lookup(499)); n != 3 {
		t.Errorf("data.Lookup(499) has %d entries, the test expects 3", n)
	}
	noEscapes(t, "499 cards", r.stdout)
}

func TestLookupPatterns(t *testing.T) {
	for _, tc := range []struct {
		pattern, header string
		lo, hi          int
	}{
		{"4xx", "4xx Client Error", 400, 499},
		{"30x", "3xx Redirection", 300, 309},
		{"5xx", "5xx Server Error", 500, 599},
	} {
		t.Run(tc.pattern, func(t *testing.T) {
			r := expect(t, exitOK, tc.pattern)
			if !strings.Contains(r.stdout, tc.header) {
				t.Errorf("no group header %q:\n%s", tc.header, clip(r.stdout))
			}
			if strings.Contains(r.stdout, "What it means") {
				t.Error("a pattern prints a list, not cards")
			}
			lines := codeLines(r.stdout)
			want := data.Filter(func(e *data.Entry) bool { return e.Code >= tc.lo && e.Code <= tc.hi })
			if len(lines) != len(want) || len(want) == 0 {
				t.Errorf("%d lines, want %d entries", len(lines), len(want))
			}
			for _, l := range lines {
				n, _ := strconv.Atoi(l[:3])
				if n < tc.lo || n > tc.hi {
					t.Errorf("%s lists %d: %q", tc.pattern, n, l)
				}
			}
			noEscapes(t, tc.pattern, r.stdout)
		})
	}
	r := expect(t, exitOK, "30x")
	for _, want := range []string{"301  Moved Permanently", "304  Not Modified", "308  Permanent Redirect"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("30x lacks %q", want)
		}
	}
}

func TestLookupPatternForms(t *testing.T) {
	upper := expect(t, exitOK, "4XX")
	lower := expect(t, exitOK, "4xx")
	if upper.stdout != lower.stdout {
		t.Error("4XX and 4xx differ")
	}
	r := expect(t, exitOK, "40x")
	for _, l := range codeLines(r.stdout) {
		if !strings.HasPrefix(l, "40") {
			t.Errorf("40x lists %q", l)
		}
	}
	short := expect(t, exitOK, "4x")
	if short.stdout != lower.stdout {
		t.Error("4x and 4xx differ")
	}
	for _, bad := range []string{"0404", "1000", "404,410"} {
		r := expect(t, exitUsage, bad)
		mentions(t, bad, r.stderr, "unknown code or command", strconv.Quote(bad))
	}
	for _, bad := range []string{"6xx", "4xxx", "["} {
		r := expect(t, exitUsage, bad)
		mentions(t, bad, r.stderr, "pattern", strconv.Quote(bad))
	}
}

func TestLookupSeveral(t *testing.T) {
	r := expect(t, exitOK, "404", "410")
	for _, want := range []string{"404  Not Found", "410  Gone"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("lacks %q", want)
		}
	}
	if strings.Count(r.stdout, "What it means") != 2 {
		t.Errorf("want two full cards, got %d", strings.Count(r.stdout, "What it means"))
	}
	if i, j := strings.Index(r.stdout, "404  Not Found"), strings.Index(r.stdout, "410  Gone"); i > j {
		t.Error("cards are not in the order asked")
	}
}

// TestLookupNearestVendor: the nearest codes of an unknown one are in its
// class, vendor codes included and marked.
func TestLookupNearestVendor(t *testing.T) {
	r := expect(t, exitNotFound, "492")
	if !strings.Contains(r.stderr, "Nearest: 464 Incompatible Protocol Versions (AWS), 494 Request Header Too Large (nginx).") {
		t.Errorf("492: %q", r.stderr)
	}
	r = expect(t, exitNotFound, "299")
	if !strings.Contains(r.stderr, "Nearest: 226 IM Used.") || strings.Contains(r.stderr, "300") {
		t.Errorf("299: %q", r.stderr)
	}
}

func TestLookupUnregistered(t *testing.T) {
	r := expect(t, exitNotFound, "299")
	mentions(t, "stderr", r.stderr, "299 is not a registered status code", "226")
	if strings.Contains(r.stderr, "300") {
		t.Errorf("299 suggests a code of another class: %q", r.stderr)
	}
	if strings.TrimSpace(r.stdout) != "" {
		t.Errorf("stdout: %q", r.stdout)
	}

	r = expect(t, exitNotFound, "700")
	mentions(t, "stderr", r.stderr, "700 is not a status code", "100", "599")

	// What was found is printed; the exit code still says something was not.
	r = expect(t, exitNotFound, "404", "299")
	if !strings.Contains(r.stdout, "Not Found") {
		t.Errorf("404 not printed beside a missing code:\n%s", clip(r.stdout))
	}
	mentions(t, "stderr", r.stderr, "299 is not a registered status code")
}

func TestLookupUsageErrors(t *testing.T) {
	r := expect(t, exitUsage, "abc")
	mentions(t, "abc stderr", r.stderr, `"abc"`, "status code", "httpcodes search abc")

	r = expect(t, exitUsage, "serach")
	mentions(t, "serach stderr", r.stderr, `"serach"`, "the closest command is search")

	for _, args := range [][]string{
		{"--bogus"},
		{"404", "--bogus"},
		{"list", "--bogus"},
		{"search", "--bogus", "x"},
		{"stats", "--bogus"},
		{"export", "--bogus"},
		{"quiz", "--count", "many"},
		{"list", "extra"},
		{"stats", "extra"},
		{"review", "extra"},
		{"completion", "foo"},
	} {
		r := cli(t, args...)
		r.wantCode(t, args, exitUsage)
		if strings.TrimSpace(r.stderr) == "" {
			t.Errorf("%q: no message on stderr", args)
		}
	}
	r = expect(t, exitUsage, "--bogus")
	mentions(t, "unknown flag stderr", r.stderr, "unknown flag")
	names(t, "unknown flag stderr", r.stderr, "--bogus")

	// A value that does not parse is named with what the flag takes.
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"quiz", "--count", "many"}, `--count: "many" is not a whole number`},
		{[]string{"list", "--json=maybe"}, `--json: "maybe" is not true or false`},
	} {
		r := expect(t, exitUsage, c.args...)
		mentions(t, strings.Join(c.args, " "), r.stderr, c.want)
	}
}

// ---- search and list ---------------------------------------------------------

func TestSearch(t *testing.T) {
	r := expect(t, exitOK, "search", "rate", "limit")
	lines := codeLines(r.stdout)
	if len(lines) == 0 || !strings.HasPrefix(lines[0], "429") {
		t.Errorf("429 is not the first result:\n%s", r.stdout)
	}
	noEscapes(t, "search", r.stdout)

	r = expect(t, exitOK, "search", "--limit", "1", "rate", "limit")
	if n := len(codeLines(r.stdout)); n != 1 {
		t.Errorf("--limit 1 printed %d results", n)
	}

	r = expect(t, exitNotFound, "search", "xyzzy")
	mentions(t, "stderr", r.stderr, `Nothing matches "xyzzy"`)

	r = expect(t, exitUsage, "search")
	mentions(t, "stderr", r.stderr, "search needs words")
}

func TestList(t *testing.T) {
	all := data.All()
	r := expect(t, exitOK, "list")
	lines := codeLines(r.stdout)
	if len(lines) != len(all) {
		t.Errorf("list prints %d codes, the catalogue has %d", len(lines), len(all))
	}
	vendors := 0
	for _, e := range all {
		prefix := fmt.Sprintf("%d  %s", e.Code, e.Title())
		if !slices.ContainsFunc(lines, func(l string) bool {
			return strings.HasPrefix(l, prefix) && strings.Contains(l, e.VendorName())
		}) {
			t.Errorf("list lacks %s (%q, vendor %q)", e.ID(), prefix, e.VendorName())
		}
		if !e.Official() {
			vendors++
		}
	}
	if vendors == 0 {
		t.Error("the catalogue has no vendor codes: the list test proves nothing")
	}
	for _, h := range []string{"1xx", "2xx", "3xx", "4xx Client Error", "5xx"} {
		if !strings.Contains(r.stdout, h) {
			t.Errorf("list lacks the %s group", h)
		}
	}
	noEscapes(t, "list", r.stdout)

	r = expect(t, exitOK, "list", "--official")
	lines = codeLines(r.stdout)
	official := data.Filter(func(e *data.Entry) bool { return e.Official() })
	if len(lines) != len(official) {
		t.Errorf("list --official prints %d codes, want %d", len(lines), len(official))
	}
	for _, e := range all {
		if !e.Official() && strings.Contains(r.stdout, "("+e.VendorName()+")") {
			t.Errorf("list --official shows a vendor code: %s", e.ID())
		}
	}

	r = expect(t, exitOK, "list", "--class", "4xx", "--tier", "essential")
	want := data.Filter(func(e *data.Entry) bool { return e.Class() == data.ClassOf(400) && e.Tier.String() == "essential" })
	lines = codeLines(r.stdout)
	if len(lines) != len(want) || len(want) == 0 {
		t.Errorf("--class 4xx --tier essential: %d lines, want %d", len(lines), len(want))
	}
	for i, l := range lines {
		if !strings.HasPrefix(l, "4") {
			t.Errorf("not a 4xx: %q", l)
		}
		if i < len(want) && !strings.HasPrefix(l, strconv.Itoa(want[i].Code)) {
			t.Errorf("line %d is %q, want %d", i, l, want[i].Code)
		}
	}
	if strings.Contains(r.stdout, "402") {
		t.Error("a rare code in the essential list")
	}

	// Filters that match nothing: exit 1, a message, no output.
	var class, tier string
	for _, c := range []string{"1xx", "2xx", "3xx", "4xx", "5xx"} {
		for _, tr := range []string{"essential", "common", "rare"} {
			fits, _, _ := data.ParsePattern(c)
			if class == "" && len(data.Filter(func(e *data.Entry) bool { return fits(e.Code) && e.Tier.String() == tr })) == 0 {
				class, tier = c, tr
			}
		}
	}
	if class != "" {
		for _, asJSON := range []bool{false, true} {
			args := []string{"list", "--class", class, "--tier", tier}
			if asJSON {
				args = append(args, "--json")
			}
			r := cli(t, args...)
			r.wantCode(t, args, exitNotFound)
			mentions(t, "empty list", r.stderr, "No codes match")
			if want := map[bool]string{false: "", true: "[]\n"}[asJSON]; r.stdout != want {
				t.Errorf("%q: stdout %q, want %q", args, r.stdout, want)
			}
		}
	}

	r = expect(t, exitUsage, "list", "--class", "9xx")
	mentions(t, "bad --class", r.stderr, `"9xx"`, "1xx to 5xx")
	names(t, "bad --class", r.stderr, "--class")
	r = expect(t, exitUsage, "list", "--tier", "bogus")
	mentions(t, "bad --tier", r.stderr, `"bogus"`, "essential", "common", "rare")
	names(t, "bad --tier", r.stderr, "--tier")
}

// With stdout not a terminal, no arguments prints the plain list.
func TestNoArgsPiped(t *testing.T) {
	r := expect(t, exitOK)
	if !strings.Contains(r.stdout, "4xx Client Error") || !strings.Contains(r.stdout, "404") {
		t.Errorf("not the list:\n%s", clip(r.stdout))
	}
	if n := len(codeLines(r.stdout)); n != len(data.All()) {
		t.Errorf("%d codes, want %d", n, len(data.All()))
	}
	noEscapes(t, "plain list", r.stdout)
	mentions(t, "plain list", r.stdout, "Not Found")
	if strings.Contains(strings.ToLower(r.stderr), "terminal") {
		t.Errorf("asks for a terminal: %s", r.stderr)
	}
}

// ---- JSON ------------------------------------------------------------------

// jsonAlways are the fields every entry object carries; jsonOptional are
// omitted when empty (vendor: exactly when the code is not in the registry).
var (
	jsonAlways = []string{
		"id", "code", "phrase", "name", "class", "official", "status", "tier", "reference", "url",
		"summary", "description", "when_to_use", "when_not_to_use", "headers", "see_also", "example",
		"heuristically_cacheable", "content_forbidden", "no_store", "keywords", "former_names", "notes", "scenarios",
		"troubleshooting", "constants",
	}
	jsonOptional = []string{"vendor", "mdn", "caveat", "source"}
)

// decodeEntries checks that s is a JSON array of entry objects with the
// documented fields and types.
func decodeEntries(t *testing.T, what, s string) []map[string]any {
	t.Helper()
	var es []map[string]any
	dec := json.NewDecoder(strings.NewReader(s))
	if err := dec.Decode(&es); err != nil {
		t.Fatalf("%s: not a JSON array of objects: %v\n%s", what, err, clip(s))
	}
	if dec.More() {
		t.Fatalf("%s: more than one JSON value", what)
	}
	if es == nil {
		t.Fatalf("%s: null, want an array", what)
	}
	for _, e := range es {
		checkEntryJSON(t, what, e)
	}
	return es
}

func checkEntryJSON(t *testing.T, what string, e map[string]any) {
	t.Helper()
	id, _ := e["id"].(string)
	where := what + " " + id
	for _, k := range jsonAlways {
		if _, ok := e[k]; !ok {
			t.Errorf("%s: no %q", where, k)
		}
	}
	for k := range e {
		if !slices.Contains(jsonAlways, k) && !slices.Contains(jsonOptional, k) {
			t.Errorf("%s: undocumented field %q", where, k)
		}
	}
	if c, ok := e["code"].(float64); !ok || c < 100 || c > 599 || c != float64(int(c)) {
		t.Errorf("%s: code %v", where, e["code"])
	}
	for _, k := range []string{"id", "phrase", "name", "class", "status", "tier", "reference", "url", "summary", "description"} {
		if s, ok := e[k].(string); !ok || s == "" {
			t.Errorf("%s: %s is %#v, want a non-empty string", where, k, e[k])
		}
	}
	for _, k := range []string{"official", "heuristically_cacheable", "content_forbidden", "no_store"} {
		if _, ok := e[k].(bool); !ok {
			t.Errorf("%s: %s is %#v, want a boolean", where, k, e[k])
		}
	}
	for _, k := range []string{"when_to_use", "when_not_to_use", "headers", "see_also", "keywords", "former_names", "notes", "scenarios"} {
		if _, ok := e[k].([]any); !ok {
			t.Errorf("%s: %s is %#v, want an array (never null)", where, k, e[k])
		}
	}
	if ex, ok := e["example"].(map[string]any); !ok {
		t.Errorf("%s: example is %#v, want an object", where, e["example"])
	} else {
		for _, k := range []string{"request", "response"} {
			if _, ok := ex[k].([]any); !ok {
				t.Errorf("%s: example.%s is %#v, want an array", where, k, ex[k])
			}
		}
	}
	official, _ := e["official"].(bool)
	vendor, hasVendor := e["vendor"]
	switch {
	case official && hasVendor:
		t.Errorf("%s: a registry code with vendor %v", where, vendor)
	case !official && (!hasVendor || vendor == ""):
		t.Errorf("%s: an unofficial code without a vendor", where)
	}
	if c, ok := e["class"].(string); ok {
		if code, ok := e["code"].(float64); ok && c != fmt.Sprintf("%dxx", int(code)/100) {
			t.Errorf("%s: class %q", where, c)
		}
	}
}

// TestJSONFieldsDocumented: the README names every field of an entry.
func TestJSONFieldsDocumented(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	for _, k := range append(slices.Clone(jsonAlways), jsonOptional...) {
		if !strings.Contains(readme, k+",") && !strings.Contains(readme, k+"`") {
			t.Errorf("the README does not name the JSON field %q", k)
		}
	}
}

func TestJSON(t *testing.T) {
	r := expect(t, exitOK, "404", "--json")
	es := decodeEntries(t, "404 --json", r.stdout)
	if len(es) != 1 {
		t.Fatalf("404 --json: %d objects", len(es))
	}
	e := es[0]
	if e["code"] != float64(404) || e["phrase"] != "Not Found" || e["class"] != "4xx" || e["official"] != true {
		t.Errorf("404: code %v phrase %v class %v official %v", e["code"], e["phrase"], e["class"], e["official"])
	}
	if e["heuristically_cacheable"] != true {
		t.Errorf("404: heuristically_cacheable %v", e["heuristically_cacheable"])
	}
	if _, ok := e["vendor"]; ok {
		t.Error("404: vendor present for a registry code")
	}
	if sa, _ := e["see_also"].([]any); len(sa) == 0 {
		t.Error("404: no see_also")
	}

	r = expect(t, exitOK, "499", "--json")
	es = decodeEntries(t, "499 --json", r.stdout)
	var vendors []string
	for _, e := range es {
		v, _ := e["vendor"].(string)
		vendors = append(vendors, v)
	}
	if len(es) != 3 || slices.Contains(vendors, "") {
		t.Errorf("499 --json: vendors %q", vendors)
	}

	r = expect(t, exitOK, "30x", "--json")
	es = decodeEntries(t, "30x --json", r.stdout)
	for _, e := range es {
		if c := e["code"].(float64); c < 300 || c > 309 {
			t.Errorf("30x --json has %v", c)
		}
	}

	r = expect(t, exitOK, "search", "rate", "limit", "--json")
	es = decodeEntries(t, "search --json", r.stdout)
	if len(es) == 0 || es[0]["code"] != float64(429) {
		t.Errorf("search --json: first is not 429")
	}

	r = expect(t, exitOK, "list", "--json")
	es = decodeEntries(t, "list --json", r.stdout)
	if len(es) != len(data.All()) {
		t.Errorf("list --json: %d entries, want %d", len(es), len(data.All()))
	}
	vendorCount := 0
	for _, e := range es {
		if e["official"] == false {
			vendorCount++
		}
	}
	if vendorCount == 0 {
		t.Error("list --json has no vendor codes")
	}

	r = expect(t, exitOK, "list", "--official", "--json")
	for _, e := range decodeEntries(t, "list --official --json", r.stdout) {
		if e["official"] != true {
			t.Errorf("list --official --json has %v", e["id"])
		}
	}

	r = expect(t, exitOK, "--json")
	if es := decodeEntries(t, "--json", r.stdout); len(es) != len(data.All()) {
		t.Errorf("--json alone: %d entries, want %d", len(es), len(data.All()))
	}

	// A lookup that finds nothing prints an empty array, says why on
	// stderr, exits 1: a script reading the JSON still gets JSON.
	r = expect(t, exitNotFound, "299", "--json")
	if es := decodeEntries(t, "299 --json", r.stdout); len(es) != 0 {
		t.Errorf("299 --json: %d entries", len(es))
	}
	mentions(t, "299 --json", r.stderr, "299 is not a registered status code")
	for _, args := range [][]string{
		{"search", "xyzzy", "--json"},
		{"search", "zzzz", "--json"},
		{"list", "--class", "1xx", "--tier", "essential", "--official", "--json"},
	} {
		r = expect(t, exitNotFound, args...)
		if strings.TrimSpace(r.stdout) != "[]" {
			t.Errorf("%s: stdout %q, want []", strings.Join(args, " "), r.stdout)
		}
		if r.stderr == "" {
			t.Errorf("%s: nothing on stderr says why", strings.Join(args, " "))
		}
	}
}

// ---- quiz and review ---------------------------------------------------------

func TestQuizNeedsTerminal(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"quiz"},
		{"quiz", "--kind", "pair", "--count", "10", "--scope", "4xx", "--seed", "42"},
		{"review"},
	} {
		r := cli(t, append(args, "--data-dir", dir)...)
		r.wantCode(t, args, exitUsage)
		mentions(t, strings.Join(args, " "), r.stderr, "needs a terminal")
	}
}

func TestQuizFlags(t *testing.T) {
	r := expect(t, exitUsage, "quiz", "--kind", "bogus")
	var kinds []string
	for _, k := range quiz.Kinds() {
		kinds = append(kinds, string(k))
	}
	mentions(t, "--kind bogus", r.stderr, append([]string{`"bogus"`}, kinds...)...)

	r = expect(t, exitUsage, "quiz", "--scope", "bogus")
	var scopes []string
	for _, s := range quiz.Scopes() {
		scopes = append(scopes, string(s))
	}
	mentions(t, "--scope bogus", r.stderr, append([]string{`"bogus"`}, scopes...)...)

	for _, n := range []string{"0", "101", "-1"} {
		r = expect(t, exitUsage, "quiz", "--count", n)
		mentions(t, "--count "+n, r.stderr, fmt.Sprintf("from %d to %d", quiz.MinCount, quiz.MaxCount))
		names(t, "--count "+n, r.stderr, "--count "+n)
	}
}

// ---- progress: stats, export, reset -------------------------------------------

// seed records answers in a store in dir, as a quiz would: one per card ID,
// the first wrong and the others right.
func seed(t *testing.T, dir string, ids ...string) {
	t.Helper()
	p := fsrs.Default()
	p.Location = time.Local // as the command does
	st, _, err := store.Open(dir, p)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	at := time.Now().Add(-time.Minute)
	for i, id := range ids {
		if _, err := st.Record(quiz.Answer{CardID: id, Kind: "meaning", Correct: i > 0,
			Elapsed: 3 * time.Second, At: at.Add(time.Duration(i) * time.Second)}); err != nil {
			t.Fatal(err)
		}
	}
}

type statsJSON struct {
	Reviews   int  `json:"reviews"`
	Correct   int  `json:"correct"`
	DueToday  *any `json:"due_today"`
	Days30    *int `json:"days_studied_30"`
	Retention *any `json:"retention_30"`
	Cards     []struct {
		ID   string `json:"id"`
		Code int    `json:"code"` // a number, as in every other JSON output
	} `json:"cards"`
}

func statsOf(t *testing.T, args ...string) statsJSON {
	t.Helper()
	args = append([]string{"stats", "--json"}, args...)
	r := cli(t, args...)
	r.wantCode(t, args, exitOK)
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(r.stdout), &raw); err != nil {
		t.Fatalf("stats --json: %v\n%s", err, clip(r.stdout))
	}
	for _, k := range []string{"reviews", "correct", "due_today", "days_studied_30", "retention_30", "cards"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("stats --json lacks %q", k)
		}
	}
	var s statsJSON
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatalf("stats --json: %v", err)
	}
	return s
}

func TestStatsFresh(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "fresh")
	r := expect(t, exitOK, "stats", "--data-dir", dir)
	noEscapes(t, "stats", r.stdout)
	mentions(t, "stats", r.stdout, "Mastery by class")
	if r.stderr != "" {
		t.Errorf("stderr: %q", r.stderr)
	}
	s := statsOf(t, "--data-dir", dir)
	if s.Reviews != 0 || s.Correct != 0 || len(s.Cards) != 0 {
		t.Errorf("fresh stats: %+v", s)
	}
	// Reading creates nothing: a mistyped --data-dir stays missing.
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("stats created %s: %v", dir, err)
	}
	expect(t, exitOK, "export", "--data-dir", dir)
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("export created %s: %v", dir, err)
	}
}

func TestStatsExportReset(t *testing.T) {
	dir := t.TempDir()
	ids := []string{"404", "500", "499-nginx"}
	seed(t, dir, ids...)

	s := statsOf(t, "--data-dir", dir)
	if s.Reviews != len(ids) || s.Correct != len(ids)-1 {
		t.Errorf("stats: reviews %d correct %d, want %d and %d", s.Reviews, s.Correct, len(ids), len(ids)-1)
	}
	if s.Days30 == nil || *s.Days30 != 1 {
		t.Errorf("days_studied_30: %v, want 1", s.Days30)
	}
	var codes []string
	for _, c := range s.Cards {
		codes = append(codes, c.ID)
		if c.Code != quiz.CodeOfID(c.ID) {
			t.Errorf("stats card %s: code %d", c.ID, c.Code)
		}
	}
	slices.Sort(codes)
	want := slices.Clone(ids)
	slices.Sort(want)
	if !slices.Equal(codes, want) {
		t.Errorf("stats cards %q, want %q", codes, want)
	}
	r := expect(t, exitOK, "stats", "--data-dir", dir)
	noEscapes(t, "stats", r.stdout)

	// CSV: a header row and one row per answer.
	r = expect(t, exitOK, "export", "--data-dir", dir)
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatalf("export: not CSV: %v\n%s", err, r.stdout)
	}
	if len(rows) != len(ids)+1 {
		t.Fatalf("export: %d rows, want a header and %d", len(rows), len(ids))
	}
	if h := rows[0]; len(h) < 3 || h[0] != "id" || h[2] != "card_id" {
		t.Errorf("export header %q", h)
	}
	for i, id := range ids {
		if rows[i+1][2] != id {
			t.Errorf("export row %d: card %q, want %q", i+1, rows[i+1][2], id)
		}
	}

	// JSON: the same answers.
	r = expect(t, exitOK, "export", "--format", "json", "--data-dir", dir)
	var log []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatalf("export --format json: %v\n%s", err, r.stdout)
	}
	if len(log) != len(ids) {
		t.Fatalf("export --format json: %d answers, want %d", len(log), len(ids))
	}
	for i, id := range ids {
		if log[i]["card_id"] != id || log[i]["correct"] != (i > 0) {
			t.Errorf("export json %d: %v", i, log[i])
		}
	}

	// --output writes a file.
	out := filepath.Join(t.TempDir(), "reviews.csv")
	r = expect(t, exitOK, "export", "--output", out, "--data-dir", dir)
	if b, err := os.ReadFile(out); err != nil || strings.Count(string(b), "\n") != len(ids)+1 {
		t.Errorf("export --output: %v\n%s", err, b)
	}
	if r.stdout != "" {
		t.Errorf("export --output also wrote stdout: %q", r.stdout)
	}

	// An --output that cannot be created is a usage error, not a progress one.
	r = expect(t, exitUsage, "export", "--output", filepath.Join(t.TempDir(), "no", "such", "dir.csv"), "--data-dir", dir)
	mentions(t, "export --output into a missing directory", r.stderr, "--output")

	// --output onto the progress database, or a file beside it, is refused,
	// and the database keeps every answer.
	for _, name := range []string{"progress.db", "progress.db-wal", "./progress.db"} {
		target := filepath.Join(dir, name)
		if name == "./progress.db" {
			target = filepath.Join(dir, ".", "sub", "..", "progress.db")
		}
		r = expect(t, exitUsage, "export", "--output", target, "--data-dir", dir)
		mentions(t, "export --output "+name, r.stderr, "progress database")
	}
	if link := filepath.Join(t.TempDir(), "link.db"); os.Symlink(filepath.Join(dir, "progress.db"), link) == nil {
		r = expect(t, exitUsage, "export", "--output", link, "--data-dir", dir)
		mentions(t, "export --output through a symlink", r.stderr, "progress database")
	}
	r = expect(t, exitOK, "export", "--data-dir", dir)
	if n := strings.Count(r.stdout, "\n"); n != len(ids)+1 {
		t.Errorf("after refused exports: %d lines, want %d", n, len(ids)+1)
	}

	// An existing file is replaced whole, keeping its mode, and nothing is
	// left beside it; through a symlink, the file it points to is replaced.
	outDir := t.TempDir()
	keep := filepath.Join(outDir, "keep.csv")
	if err := os.WriteFile(keep, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(keep, filepath.Join(outDir, "link.csv")); err != nil {
		t.Fatal(err)
	}
	expect(t, exitOK, "export", "--output", filepath.Join(outDir, "link.csv"), "--data-dir", dir)
	if b, _ := os.ReadFile(keep); strings.Count(string(b), "\n") != len(ids)+1 {
		t.Errorf("export through a link: %q", b)
	}
	if fi, err := os.Lstat(filepath.Join(outDir, "link.csv")); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file: %v", err)
	}
	if fi, err := os.Stat(keep); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("the replaced file's mode changed: %v", fi.Mode())
	}
	if ents, _ := os.ReadDir(outDir); len(ents) != 2 {
		t.Errorf("export left files behind: %v", ents)
	}

	// A pipe (or /dev/stdout) is written to as it is.
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	got := make(chan []byte)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- nil
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		got <- b
	}()
	expect(t, exitOK, "export", "--output", fifo, "--data-dir", dir)
	if b := <-got; strings.Count(string(b), "\n") != len(ids)+1 {
		t.Errorf("export into a pipe: %q", b)
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced: %v", err)
	}

	r = expect(t, exitUsage, "export", "--format", "xml", "--data-dir", dir)
	mentions(t, "--format xml", r.stderr, `"xml"`, "csv", "json")
	names(t, "--format xml", r.stderr, "--format")

	// reset without --yes and without a terminal on stdin: refused,
	// nothing deleted; even "y" on a piped stdin is not consent.
	for _, stdin := range []io.Reader{strings.NewReader("y\n"), tempFile(t, "y\n")} {
		args := []string{"reset", "--data-dir", dir}
		r = cliIn(t, stdin, args...)
		r.wantCode(t, args, exitUsage)
		mentions(t, "reset", r.stderr, "--yes")
		if s := statsOf(t, "--data-dir", dir); s.Reviews != len(ids) {
			t.Fatalf("reset without --yes deleted progress: %d reviews left", s.Reviews)
		}
	}

	r = expect(t, exitOK, "reset", "--yes", "--data-dir", dir)
	mentions(t, "reset --yes", r.stdout, "Progress deleted")
	if s := statsOf(t, "--data-dir", dir); s.Reviews != 0 || len(s.Cards) != 0 {
		t.Errorf("after reset --yes: %d reviews, %d cards", s.Reviews, len(s.Cards))
	}
	r = expect(t, exitOK, "export", "--data-dir", dir)
	if strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("export after reset: %q", r.stdout)
	}
}

func tempFile(t *testing.T, content string) *os.File {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "stdin-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	if _, err := f.WriteString(content); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	return f
}

func TestDataDirFromEnv(t *testing.T) {
	envDir := filepath.Join(t.TempDir(), "env")
	t.Setenv("HTTPCODES_DATA_DIR", envDir)
	seed(t, envDir, "404", "200")
	if s := statsOf(t); s.Reviews != 2 {
		t.Errorf("stats with HTTPCODES_DATA_DIR: %d reviews, want 2", s.Reviews)
	}
	// --data-dir wins over the environment.
	flagDir := filepath.Join(t.TempDir(), "flag")
	seed(t, flagDir, "500")
	if s := statsOf(t, "--data-dir", flagDir); s.Reviews != 1 {
		t.Errorf("--data-dir ignored: %d reviews, want 1", s.Reviews)
	}
}

// ---- progress unavailable ----------------------------------------------------

func TestProgressUnavailable(t *testing.T) {
	tmp := t.TempDir()
	file := filepath.Join(tmp, "file")
	if err := os.WriteFile(file, []byte("not a directory"), 0o600); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(file, "sub")
	for _, args := range [][]string{
		{"stats"}, {"stats", "--json"}, {"export"}, {"reset", "--yes"},
	} {
		r := cli(t, append(args, "--data-dir", dir)...)
		r.wantCode(t, args, exitProgress)
		mentions(t, strings.Join(args, " "), r.stderr, "cannot open your progress")
		if r.stdout != "" {
			t.Errorf("%q: stdout %q", args, r.stdout)
		}
	}
	// The same directory through the environment.
	t.Setenv("HTTPCODES_DATA_DIR", dir)
	r := expect(t, exitProgress, "stats")
	mentions(t, "stats", r.stderr, "cannot open your progress")
	// Lookups do not need progress.
	expect(t, exitOK, "404")
}

func TestNewerSchemaUntouched(t *testing.T) {
	dir := t.TempDir()
	seed(t, dir, "404")
	path := filepath.Join(dir, store.FileName)
	const newer = 1000
	db, err := sql.Open("sqlite3", "file:"+filepath.ToSlash(path))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		fmt.Sprintf("PRAGMA user_version = %d", newer),
		"PRAGMA wal_checkpoint(TRUNCATE)",
		"PRAGMA journal_mode = delete",
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(before) < 100 || binary.BigEndian.Uint32(before[60:64]) != newer {
		t.Fatalf("set-up: the header does not say version %d", newer)
	}
	files := listDir(t, dir)

	for _, args := range [][]string{{"stats"}, {"stats", "--json"}, {"export"}, {"reset", "--yes"}} {
		r := cli(t, append(args, "--data-dir", dir)...)
		r.wantCode(t, args, exitProgress)
		mentions(t, strings.Join(args, " "), r.stderr, "newer version", strconv.Itoa(newer))
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("the newer database was changed")
	}
	if got := listDir(t, dir); !slices.Equal(got, files) {
		t.Errorf("files beside it changed: %q, was %q", got, files)
	}
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range des {
		names = append(names, d.Name())
	}
	return names
}

func TestDamagedDatabaseMovedAside(t *testing.T) {
	dir := t.TempDir()
	garbage := bytes.Repeat([]byte("this is not an SQLite database\x00\xff"), 512)
	if err := os.WriteFile(filepath.Join(dir, store.FileName), garbage, 0o600); err != nil {
		t.Fatal(err)
	}
	// stats only reads: it says the file is damaged and leaves it be.
	r := expect(t, exitProgress, "stats", "--data-dir", dir)
	mentions(t, "stderr", r.stderr, "damaged", "left as it is", "next quiz or review")
	if b, err := os.ReadFile(filepath.Join(dir, store.FileName)); err != nil || !bytes.Equal(b, garbage) {
		t.Fatalf("stats changed the damaged file (%v)", err)
	}
	if names := listDir(t, dir); len(names) != 1 {
		t.Fatalf("stats left %v beside the damaged file", names)
	}
	// A command that writes moves it aside.
	r = expect(t, exitOK, "reset", "--yes", "--data-dir", dir)
	mentions(t, "stderr", r.stderr, "damaged", "moved to")

	// The message names the new place of the file; it holds the old bytes.
	msg := flat(r.stderr)
	i := strings.Index(msg, "moved to ")
	if i < 0 {
		t.Fatalf("stderr: %q", r.stderr)
	}
	moved := msg[i+len("moved to "):]
	if j := strings.Index(moved, " and a new one"); j >= 0 {
		moved = moved[:j]
	}
	if filepath.Dir(moved) != dir || !strings.HasPrefix(filepath.Base(moved), store.FileName+".damaged-") {
		t.Errorf("moved to %q, want %s/%s.damaged-…", moved, dir, store.FileName)
	}
	if b, err := os.ReadFile(moved); err != nil || !bytes.Equal(b, garbage) {
		t.Errorf("the damaged file is not where stderr says (%v)", err)
	}
	// A new store works, and says nothing the second time.
	if s := statsOf(t, "--data-dir", dir); s.Reviews != 0 {
		t.Errorf("new store has %d reviews", s.Reviews)
	}
	r = expect(t, exitOK, "stats", "--data-dir", dir)
	if r.stderr != "" {
		t.Errorf("second run: stderr %q", r.stderr)
	}
}

// ---- help, version, completion ------------------------------------------------

func TestHelpVersionCompletion(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		r := cli(t, args...)
		r.wantCode(t, args, exitOK)
		mentions(t, strings.Join(args, " "), r.stdout, "httpcodes 404", "httpcodes search rate limit",
			"quiz", "review", "stats", "--data-dir", "--json")
	}

	r := expect(t, exitOK, "quiz", "--help")
	mentions(t, "quiz --help", r.stdout, "--kind", "--scope", "--count", "--seed", "httpcodes quiz --kind pair")
	for _, k := range quiz.Kinds() {
		mentions(t, "quiz --help", r.stdout, string(k))
	}
	for _, sub := range []string{"search", "list", "review", "stats", "reset", "export"} {
		r := expect(t, exitOK, sub, "--help")
		if strings.TrimSpace(r.stdout) == "" {
			t.Errorf("%s --help printed nothing", sub)
		}
	}

	for _, flag := range []string{"--version", "-v"} {
		r := expect(t, exitOK, flag)
		mentions(t, flag, r.stdout, "httpcodes", "version")
		if strings.TrimSpace(r.stdout) == "" || strings.Count(strings.TrimSpace(r.stdout), "\n") > 0 {
			t.Errorf("%s: %q", flag, r.stdout)
		}
	}

	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		r := expect(t, exitOK, "completion", shell)
		if len(r.stdout) < 200 || !strings.Contains(r.stdout, "httpcodes") {
			t.Errorf("completion %s: %d bytes", shell, len(r.stdout))
		}
	}
	r = expect(t, exitOK, "completion", "bash")
	mentions(t, "completion bash", r.stdout, "bash completion")

	// The dynamic completion lists codes and flag values.
	r = expect(t, exitOK, "__complete", "40")
	mentions(t, "__complete 40", r.stdout, "404")
	r = expect(t, exitOK, "__complete", "list", "--tier", "")
	mentions(t, "__complete --tier", r.stdout, "essential", "common", "rare")
}

// TestHelpPolish: every command's help has examples and keeps its words
// as written; piped help and error messages carry no blanks at the ends
// of lines (fang pads them to the width of a terminal).
func TestHelpPolish(t *testing.T) {
	all := [][]string{{"--help"}}
	for _, c := range newRoot(&env{}).Commands() {
		all = append(all, []string{c.Name(), "--help"})
	}
	for _, args := range all {
		r := expect(t, exitOK, args...)
		what := strings.Join(args, " ")
		if !strings.Contains(r.stdout, "EXAMPLES") {
			t.Errorf("%s: no examples:\n%s", what, r.stdout)
		}
		noTrailingBlanks(t, what, r.stdout)
	}
	// fang capitalises the first word of a flag's description: a format
	// name must not come first ("Csv or json").
	r := expect(t, exitOK, "export", "--help")
	mentions(t, "export --help", r.stdout, "csv or json")
	if strings.Contains(r.stdout, "Csv") {
		t.Errorf("export --help: %q", r.stdout)
	}
	for _, args := range [][]string{{"list", "--class", "zz"}, {"--bogus"}, {"quiz", "--count", "many"}} {
		r := expect(t, exitUsage, args...)
		noTrailingBlanks(t, strings.Join(args, " "), r.stderr)
	}
}

func noTrailingBlanks(t *testing.T, what, s string) {
	t.Helper()
	for i, l := range strings.Split(s, "\n") {
		if strings.TrimRight(l, " \t") != l {
			t.Errorf("%s: line %d ends in blanks: %q", what, i+1, l)
			return
		}
	}
}

// TestReadmeFirstCommand runs the README's first command as written, in a
// copy of the module, from a shell whose PATH has the go command and the
// system's directories only (not where go install puts binaries). Piped,
// the app prints its list of codes. The build shares this machine's module
// and build caches, so it takes seconds, not the minutes of a first build.
func TestReadmeFirstCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(b), "```sh\n")
	if !ok {
		t.Fatal("the README has no sh block")
	}
	first, _, _ := strings.Cut(block, "\n")
	if i := strings.Index(first, "#"); i >= 0 {
		first = first[:i]
	}

	dir := t.TempDir()
	copyModule(t, ".", dir)
	cache := func(name string) string {
		out, err := exec.Command(goBin, "env", name).Output()
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimSpace(string(out))
	}
	cmd := exec.Command("/bin/bash", "-c", first)
	cmd.Dir = dir
	cmd.Env = []string{
		"HOME=" + t.TempDir(),
		"PATH=" + filepath.Dir(goBin) + ":/usr/bin:/bin",
		"GOMODCACHE=" + cache("GOMODCACHE"),
		"GOCACHE=" + cache("GOCACHE"),
		"GOPROXY=" + cache("GOPROXY"),
		"GOFLAGS=-buildvcs=false",
		"HTTPCODES_DATA_DIR=" + t.TempDir(),
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", first, err, clip(string(out)))
	}
	mentions(t, first, string(out), "404", "Not Found")
}

// copyModule copies the module's files (not its git directory) to dst.
func copyModule(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		target := filepath.Join(dst, path)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestManPage: `httpcodes man` writes a man page (roff) naming every
// command; fang writes it to the process's standard output.
func TestManPage(t *testing.T) {
	r := cli(t, "man")
	page := r.stdout
	r.wantCode(t, []string{"man"}, exitOK)
	if !strings.HasPrefix(page, ".TH HTTPCODES 1") {
		t.Fatalf("man: not a man page:\n%s", clip(page))
	}
	for _, want := range []string{"quiz", "review", "stats", "export", "--data-dir", "spaced repetition",
		`\fB-n, --count\fP`, "HTTPCODES_CONFIG_DIR", "the program crashed"} {
		if !strings.Contains(page, want) {
			t.Errorf("man page lacks %q", want)
		}
	}
	if strings.Contains(page, "--n --count") {
		t.Error("man page writes the short flag -n with two dashes")
	}
	// The description is one paragraph, not broken where the source
	// string was.
	if strings.Contains(page, "to use it and\n") {
		t.Errorf("man: the description breaks mid-sentence:\n%s", clip(page))
	}
}

// TestVersionOf: --version names what was built, from what the go tool
// stamps into the binary.
func TestVersionOf(t *testing.T) {
	vcs := []debug.BuildSetting{
		{Key: "vcs", Value: "git"},
		{Key: "vcs.revision", Value: "24fb67d5a87c43b99d7d653052068c683a0b5c15"},
		{Key: "vcs.time", Value: "2026-12-05T12:03:08Z"},
		{Key: "vcs.modified", Value: "false"},
	}
	dirty := slices.Clone(vcs)
	dirty[3].Value = "true"
	for _, tc := range []struct {
		main     string
		settings []debug.BuildSetting
		want     string
	}{
		{"v1.2.0", nil, "v1.2.0"},
		{"v0.0.0-20261205120308-24fb67d5a87c+dirty", vcs, "v0.0.0-20261205120308-24fb67d5a87c+dirty"},
		{"(devel)", vcs, "dev, commit 24fb67d5a87c of 2026-12-05T12:03:08Z"},
		{"", dirty, "dev, commit 24fb67d5a87c of 2026-12-05T12:03:08Z, with uncommitted changes"},
		{"(devel)", nil, "dev (no version control information; built with go1.26.0)"},
	} {
		info := &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Path: "httpcodes", Version: tc.main}, Settings: tc.settings}
		if got := versionOf(info); got != tc.want {
			t.Errorf("version %q with %d settings: %q, want %q", tc.main, len(tc.settings), got, tc.want)
		}
	}
}

// ---- benchmark ----------------------------------------------------------------

// BenchmarkLookup404 is the in-process cost of `httpcodes 404` (command
// tree, parsing, rendering the card); .ci/bench-oneshot measures the whole
// process.
func BenchmarkLookup404(b *testing.B) {
	ctx := context.Background()
	args := []string{"404"}
	for b.Loop() {
		if code := run(ctx, args, strings.NewReader(""), io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}
