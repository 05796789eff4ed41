package data

import (
	"bufio"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// libraryRow is one row of a library's table in testdata/constants.
type libraryRow struct {
	code   int
	name   string
	note   string
	phrase string
}

func (r libraryRow) deprecated() bool { return strings.HasPrefix(r.note, "Deprecated") }

// readLibraryTable reads testdata/constants/<name>.tsv: comment lines, then
// code, name, note, phrase and source line separated by tabs.
func readLibraryTable(t *testing.T, name string) []libraryRow {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "constants", name+".tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []libraryRow
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 5 {
			t.Fatalf("%s.tsv: want 5 fields, got %d in %q", name, len(fields), line)
		}
		code, err := strconv.Atoi(fields[0])
		if err != nil {
			t.Fatalf("%s.tsv: %v", name, err)
		}
		rows = append(rows, libraryRow{code: code, name: fields[1], note: fields[2], phrase: fields[3]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s.tsv has no rows", name)
	}
	return rows
}

// unplaced are library names for a meaning the catalogue has no entry for,
// so no card can show them.
var unplaced = map[string]string{
	"HttpStatus.CONTENT_DIFFERENT":               "nestjs: 210 has no entry",
	"HttpStatus.UNRECOVERABLE_ERROR":             "nestjs: 456 has no entry",
	"StatusCodes.Status419AuthenticationTimeout": "aspnetcore: 419 Authentication Timeout is neither Laravel's nor Spring's 419",
}

// vendorPlacement names the entry for codes whose library names carry a
// vendor meaning although the registry has an entry for the number.
var vendorPlacement = map[int]string{418: "418-teapot"}

func tableOf(t *testing.T, id string) []constant {
	t.Helper()
	for _, s := range stacks {
		if s.ID == id {
			return s.names
		}
	}
	t.Fatalf("no stack %q", id)
	return nil
}

// TestConstantsMatchLibraries checks every stack's names against the table
// taken from the library's own source: every name present, at an entry for
// its code, with the same note, deprecation and phrase, and no name the
// library lacks.
func TestConstantsMatchLibraries(t *testing.T) {
	for _, st := range Stacks() {
		t.Run(st.ID, func(t *testing.T) {
			rows := readLibraryTable(t, st.ID)
			have := map[string]constant{}
			for _, c := range tableOf(t, st.ID) {
				if _, dup := have[c.name]; dup {
					t.Errorf("%s listed twice", c.name)
				}
				have[c.name] = c
			}
			want := map[string]bool{}
			for _, r := range rows {
				want[r.name] = true
				c, ok := have[r.name]
				if why, skip := unplaced[r.name]; skip {
					if ok {
						t.Errorf("%s is listed as unplaced (%s) but the catalogue has it", r.name, why)
					}
					continue
				}
				if !ok {
					t.Errorf("missing %d %s", r.code, r.name)
					continue
				}
				e := ByID(c.entry)
				if e == nil {
					t.Errorf("%s: no entry %q", r.name, c.entry)
					continue
				}
				if e.Code != r.code {
					t.Errorf("%s is %d in the library but sits on entry %s", r.name, r.code, e.ID())
				}
				if c.note != r.note {
					t.Errorf("%s note\n got %q\nwant %q", r.name, c.note, r.note)
				}
				if c.deprecated != r.deprecated() {
					t.Errorf("%s deprecated = %v, library says %v", r.name, c.deprecated, r.deprecated())
				}
				if c.phrase != r.phrase {
					t.Errorf("%s phrase = %q, library says %q", r.name, c.phrase, r.phrase)
				}
			}
			for name := range have {
				if !want[name] {
					t.Errorf("%s is not in the library's table", name)
				}
			}
		})
	}
}

// TestConstantsSitOnTheirMeaning checks that a name sits on its code's
// registry entry, or on a vendor entry of that code only where the
// registry has none or the name carries the vendor's meaning.
func TestConstantsSitOnTheirMeaning(t *testing.T) {
	for _, st := range stacks {
		if !slices.IsSortedFunc(st.names, func(a, b constant) int { return strings.Compare(a.entry, b.entry) }) {
			t.Errorf("%s: table not sorted by entry ID", st.ID)
		}
		for _, c := range st.names {
			e := ByID(c.entry)
			if e == nil {
				t.Errorf("%s %s: no entry %q", st.ID, c.name, c.entry)
				continue
			}
			want := ""
			if v, ok := vendorPlacement[e.Code]; ok {
				want = v
			} else if r := Registry(e.Code); r != nil {
				want = r.ID()
			}
			if want != "" && e.ID() != want {
				t.Errorf("%s %s sits on %s, want %s", st.ID, c.name, e.ID(), want)
			}
		}
	}
	for name := range unplaced {
		found := false
		for _, st := range Stacks() {
			for _, r := range readLibraryTable(t, st.ID) {
				found = found || r.name == name
			}
		}
		if !found {
			t.Errorf("unplaced %s is in no library table", name)
		}
	}
	for _, code := range []int{210, 456} {
		if len(Lookup(code)) > 0 {
			t.Errorf("the catalogue now has %d: place NestJS's name for it", code)
		}
	}
}

// TestGoConstantsMatchInstalledNetHTTP compares the go table with the
// net/http this test is built with: constant names read with go/ast from
// status.go, and phrases from http.StatusText.
func TestGoConstantsMatchInstalledNetHTTP(t *testing.T) {
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	path := filepath.Join(strings.TrimSpace(string(goroot)), "src", "net", "http", "status.go")
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		t.Skipf("no Go source to read: %v", err)
	}
	want := map[string]int{}
	ast.Inspect(f, func(n ast.Node) bool {
		v, ok := n.(*ast.ValueSpec)
		if !ok {
			return true
		}
		for i, id := range v.Names {
			lit, ok := v.Values[i].(*ast.BasicLit)
			if id.Name == "_" || !ok || lit.Kind != token.INT {
				continue
			}
			code, _ := strconv.Atoi(lit.Value)
			want["http."+id.Name] = code
		}
		return true
	})
	if len(want) < 60 {
		t.Fatalf("found only %d constants in %s", len(want), path)
	}
	have := map[string]constant{}
	for _, c := range goConstants {
		have[c.name] = c
	}
	for name, code := range want {
		c, ok := have[name]
		if !ok {
			t.Errorf("net/http has %s (%d); the catalogue lacks it", name, code)
			continue
		}
		if got := ByID(c.entry).Code; got != code {
			t.Errorf("%s is %d in net/http, %d in the catalogue", name, code, got)
		}
		if c.phrase != http.StatusText(code) {
			t.Errorf("%s phrase %q, http.StatusText says %q", name, c.phrase, http.StatusText(code))
		}
	}
	for name := range have {
		if _, ok := want[name]; !ok {
			t.Errorf("%s is not in net/http", name)
		}
	}
}

func constantsOf(id, stack string) []Constant {
	var out []Constant
	for _, c := range ConstantsFor(ByID(id)) {
		if c.Stack == stack {
			out = append(out, c)
		}
	}
	return out
}

// TestPython422KeepsItsOldName: Python 3.13 renamed 422 to
// UNPROCESSABLE_CONTENT and kept UNPROCESSABLE_ENTITY as an alias, not a
// deprecated name.
func TestPython422KeepsItsOldName(t *testing.T) {
	got := constantsOf("422", "python")
	if len(got) != 2 {
		t.Fatalf("python 422: got %+v", got)
	}
	if got[0].Name != "HTTPStatus.UNPROCESSABLE_CONTENT" || got[0].Deprecated || got[0].Note != "" {
		t.Errorf("first python name for 422: %+v", got[0])
	}
	old := got[1]
	if old.Name != "HTTPStatus.UNPROCESSABLE_ENTITY" || old.Deprecated ||
		!strings.Contains(old.Note, "Alias of HTTPStatus.UNPROCESSABLE_CONTENT") ||
		!strings.Contains(old.Note, "3.12 and older") {
		t.Errorf("old python name for 422: %+v", old)
	}
}

func TestConstantsForListsEveryStackInOrder(t *testing.T) {
	order := map[string]int{}
	for i, s := range Stacks() {
		order[s.ID] = i
	}
	for _, e := range All() {
		cs := ConstantsFor(e)
		seen := map[string]bool{}
		last := -1
		for _, c := range cs {
			i, ok := order[c.Stack]
			if !ok || i < last {
				t.Fatalf("%s: stacks out of order: %+v", e.ID(), cs)
			}
			last = i
			seen[c.Stack] = true
			if c.Name == "" && c.Note == "" {
				t.Errorf("%s %s: no name and no note", e.ID(), c.Stack)
			}
		}
		if len(seen) != len(stacks) {
			t.Errorf("%s: %d stacks, want %d", e.ID(), len(seen), len(stacks))
		}
	}
}

func TestMissingNamesSaySo(t *testing.T) {
	tests := []struct {
		id, stack, note string
	}{
		{"418-teapot", "rails", "Rack has no symbol for 418; use the number."},
		{"418", "rails", "Rack has no symbol for 418; the registry keeps the code reserved as (Unused)."},
		{"306", "go", "net/http has no constant for 306; the registry keeps the code reserved as (Unused)."},
		{"418", "go", "net/http has no constant for 418 in this sense; http.StatusTeapot means 418 I'm a teapot."},
		{"444-nginx", "rust", "http::StatusCode has no constant for 444; use the number."},
	}
	for _, tt := range tests {
		got := constantsOf(tt.id, tt.stack)
		if len(got) != 1 || got[0].Name != "" || got[0].Note != tt.note {
			t.Errorf("%s %s: got %+v, want note %q", tt.id, tt.stack, got, tt.note)
		}
	}
}

// TestReservedCodesAreNotToBeSent checks that no note tells a developer to
// send a code the registry reserves as (Unused) (RFC 9110 §15.4.7, §15.5.19).
func TestReservedCodesAreNotToBeSent(t *testing.T) {
	for _, e := range All() {
		if e.Status != Reserved {
			continue
		}
		for _, c := range ConstantsFor(e) {
			if c.Name == "" && strings.Contains(c.Note, "use the number") {
				t.Errorf("%s %s: %q tells the reader to send a reserved code", e.ID(), c.Stack, c.Note)
			}
		}
	}
}

// TestGapsSayWhenDeprecated checks the release each removed Spring name was
// first deprecated in: USE_PROXY in 4.1, the two WebDAV draft codes in 3.2
// (Spring source, HttpStatus.java at v3.2.0 and v4.1.0), not in 6.2.
func TestGapsSayWhenDeprecated(t *testing.T) {
	want := map[string]string{"305": "since Spring 4.1", "419-spring": "since Spring 3.2", "420-spring": "since Spring 3.2"}
	for _, g := range gaps {
		if g.stack != "spring" {
			continue
		}
		if !strings.Contains(g.note, want[g.entry]) || strings.Contains(g.note, "6.2") {
			t.Errorf("gap %s: %q must say it was deprecated %s", g.entry, g.note, want[g.entry])
		}
	}
}

// TestGapsNameRemovedConstants checks that a name a gap says the library
// removed is in its older table and not in the current one.
func TestGapsNameRemovedConstants(t *testing.T) {
	removed := map[string]int{}
	for _, r := range readLibraryTable(t, "spring-removed") {
		removed[r.name] = r.code
	}
	for _, g := range gaps {
		if _, ok := StackByID(g.stack); !ok || ByID(g.entry) == nil {
			t.Errorf("gap %+v: unknown stack or entry", g)
			continue
		}
		if len(namesFor(tableOf(t, g.stack), ByID(g.entry))) > 0 {
			t.Errorf("gap %s %s: the stack has a name for it", g.stack, g.entry)
		}
		if g.former == "" {
			continue
		}
		if g.stack != "spring" || removed[g.former] != ByID(g.entry).Code {
			t.Errorf("gap %s %s: %s is not a removed name for %d", g.stack, g.entry, g.former, ByID(g.entry).Code)
		}
		if !strings.Contains(g.note, g.former) {
			t.Errorf("gap note %q does not name %s", g.note, g.former)
		}
	}
	for _, r := range readLibraryTable(t, "spring") {
		if _, ok := removed[r.name]; ok {
			t.Errorf("%s is both current and removed", r.name)
		}
	}
}

func TestPhraseOnlyWhereItDiffers(t *testing.T) {
	got := constantsOf("413", "go")
	if len(got) != 1 || got[0].Phrase != "Request Entity Too Large" {
		t.Errorf("go 413: %+v", got)
	}
	for _, e := range All() {
		for _, c := range ConstantsFor(e) {
			if c.Phrase == e.Title() {
				t.Errorf("%s %s repeats the entry's phrase %q", e.ID(), c.Name, c.Phrase)
			}
		}
	}
}

func TestAllConstantsYieldsEveryPlacedName(t *testing.T) {
	n := 0
	for _, st := range stacks {
		n += len(st.names)
	}
	got := 0
	for e, c := range AllConstants() {
		if c.Name == "" || e == nil {
			t.Fatalf("AllConstants yielded %v %+v", e, c)
		}
		got++
	}
	if got != n {
		t.Errorf("AllConstants yielded %d names, the tables hold %d", got, n)
	}
}

func TestParseStacks(t *testing.T) {
	got, err := ParseStacks(" Go,rails,go , ")
	if err != nil || !slices.Equal(got, []string{"go", "rails"}) {
		t.Errorf("ParseStacks: %v, %v", got, err)
	}
	if _, err := ParseStacks(" , "); err != ErrNoStack {
		t.Errorf("empty list: %v", err)
	}
	_, err = ParseStacks("go,cobol")
	if _, ok := err.(UnknownStackError); !ok || !strings.Contains(err.Error(), `"cobol"`) {
		t.Errorf("unknown stack: %v", err)
	}
}

func TestJSONConstants(t *testing.T) {
	for _, e := range All() {
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		var m struct {
			Constants []map[string]any `json:"constants"`
		}
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		if len(m.Constants) < len(stacks) {
			t.Fatalf("%s: %d constants in JSON", e.ID(), len(m.Constants))
		}
		for _, c := range m.Constants {
			if _, ok := c["stack"].(string); !ok {
				t.Errorf("%s: constant without stack: %v", e.ID(), c)
			}
			if _, ok := c["name"].(string); !ok {
				t.Errorf("%s: constant without name: %v", e.ID(), c)
			}
			if n, ok := c["note"]; ok && n == "" {
				t.Errorf("%s: empty note kept: %v", e.ID(), c)
			}
		}
	}
}

// TestIndexLeavesConstantsAlone checks that building the catalogue index,
// which every program start may do, never reads the constant tables: only
// the constants files and JSON output refer to them.
func TestIndexLeavesConstantsAlone(t *testing.T) {
	tables := map[string]bool{"stacks": true, "gaps": true, "ConstantsFor": true, "AllConstants": true}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fs := token.NewFileSet()
	for _, name := range files {
		// JSON and the search index (built at the first search, never at
		// start-up) read the constants.
		if strings.HasSuffix(name, "_test.go") || strings.HasPrefix(name, "constants") || name == "json.go" ||
			name == "search_index.go" {
			continue
		}
		f, err := parser.ParseFile(fs, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && (tables[id.Name] || strings.HasSuffix(id.Name, "Constants")) {
				t.Errorf("%s refers to %s", fs.Position(id.Pos()), id.Name)
			}
			return true
		})
	}
}

func BenchmarkConstantsFor(b *testing.B) {
	e := ByID("422")
	for b.Loop() {
		_ = ConstantsFor(e)
	}
}

func BenchmarkConstantsForEveryEntry(b *testing.B) {
	all := All()
	for b.Loop() {
		for _, e := range all {
			_ = ConstantsFor(e)
		}
	}
}
