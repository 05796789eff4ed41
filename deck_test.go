package main

// Team decks through the command line: finding the deck from a nested
// directory, the cards, lists, search and JSON with it, a broken deck that
// is told once and set aside, and the deck commands.

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"httpcodes/data"
	"httpcodes/data/deck"
)

// write writes a file, making its directory.
func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFindDeck(t *testing.T) {
	root := t.TempDir()
	home := filepath.Join(root, "home")
	repo := filepath.Join(home, "src", "payments")
	nested := filepath.Join(repo, "internal", "ledger", "client")
	if err := os.MkdirAll(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(nested, 0o755); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(home, deck.FileName) // above the repository
	write(t, outside, deck.Starter)

	if got := findDeck(nested, home); got != "" {
		t.Errorf("a deck above the repository root was found: %s", got)
	}
	inRepo := filepath.Join(repo, deck.FileName)
	write(t, inRepo, deck.Starter)
	if got := findDeck(nested, home); got != inRepo {
		t.Errorf("from %s: found %q, want %s", nested, got, inRepo)
	}
	closer := filepath.Join(repo, "internal", deck.FileName)
	write(t, closer, deck.Starter)
	if got := findDeck(nested, home); got != closer {
		t.Errorf("the nearest deck is %s, found %q", closer, got)
	}

	// Outside any repository the walk stops at the home directory, which
	// it still looks in.
	notes := filepath.Join(home, "notes", "http")
	if err := os.MkdirAll(notes, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := findDeck(notes, home); got != outside {
		t.Errorf("from %s: found %q, want the home directory's %s", notes, got, outside)
	}
	write(t, filepath.Join(root, deck.FileName), deck.Starter) // above home: never read
	if err := os.Remove(outside); err != nil {
		t.Fatal(err)
	}
	if got := findDeck(notes, home); got != "" {
		t.Errorf("a deck above the home directory was found: %s", got)
	}

	// A worktree's .git is a file: it marks the root all the same.
	wt := filepath.Join(root, "wt")
	write(t, filepath.Join(wt, ".git"), "gitdir: /elsewhere\n")
	write(t, filepath.Join(root, "x", deck.FileName), deck.Starter)
	if err := os.MkdirAll(filepath.Join(wt, "pkg"), 0o755); err != nil {
		t.Fatal(err)
	}
	if got := findDeck(filepath.Join(wt, "pkg"), ""); got != "" {
		t.Errorf("the walk went past a worktree's .git file: %s", got)
	}
	// A directory named like a deck is not one.
	if err := os.MkdirAll(filepath.Join(wt, "pkg", deck.FileName), 0o755); err != nil {
		t.Fatal(err)
	}
	if got := findDeck(filepath.Join(wt, "pkg"), ""); got != "" {
		t.Errorf("a directory was taken for a deck: %s", got)
	}
}

// inRepo makes a repository holding a deck and runs the tests from a
// directory nested in it; it returns the deck's path.
func inRepo(t *testing.T, content string) string {
	t.Helper()
	t.Setenv(deckEnv, "")
	repo := t.TempDir()
	if err := os.MkdirAll(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(repo, deck.FileName)
	if content != "" {
		write(t, path, content)
	}
	nested := filepath.Join(repo, "cmd", "server")
	if err := os.MkdirAll(nested, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(nested)
	return path
}

func TestDeckOnCardsListsAndSearch(t *testing.T) {
	inRepo(t, deck.Starter)

	r := expect(t, exitOK, "422")
	if r.stderr != "" {
		t.Errorf("a good deck made noise: %s", r.stderr)
	}
	summary := strings.Index(r.stdout, data.Registry(422).Summary)
	team := strings.Index(r.stdout, "Payments API")
	means := strings.Index(r.stdout, "What it means")
	if summary < 0 || team < summary || means < team {
		t.Errorf("the team's section is not between the summary and the explanation:\n%s", r.stdout)
	}
	mentions(t, "422's card", r.stdout, "RFC 9457 problem+json", "https://wiki.example.com/api/errors#validation")

	r = expect(t, exitOK, "599")
	mentions(t, "599's cards", r.stdout, "Network Connect Timeout Error", "Ledger Unavailable", "unofficial · Payments API")

	r = expect(t, exitOK, "list", "--class", "5xx")
	mentions(t, "list --class 5xx", r.stdout, "599  Ledger Unavailable (Payments API)")
	r = expect(t, exitOK, "list", "--official")
	if strings.Contains(r.stdout, "Ledger") {
		t.Error("list --official lists the team's own code")
	}
	r = expect(t, exitOK, "search", "ledger")
	if lines := codeLines(r.stdout); len(lines) == 0 || !strings.Contains(lines[0], "Ledger Unavailable") {
		t.Errorf("search ledger:\n%s", r.stdout)
	}
}

func TestDeckJSON(t *testing.T) {
	inRepo(t, deck.Starter)
	var out []map[string]any
	r := expect(t, exitOK, "422", "404", "599", "--json")
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatal(err)
	}
	teams := map[string]any{}
	for _, e := range out {
		teams[e["id"].(string)] = e["team"]
	}
	want := map[string]any{
		"422": map[string]any{"deck": "Payments API", "link": "https://wiki.example.com/api/errors#validation",
			"note": "We answer 422 for every validation error, with an RFC 9457 problem+json body listing the fields."},
		"404":          nil,
		"599-informal": nil,
		"599-team":     map[string]any{"deck": "Payments API", "note": "", "link": ""},
	}
	for id, w := range want {
		got, listed := teams[id]
		if !listed {
			t.Errorf("%s is missing from the JSON", id)
			continue
		}
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(w)
		if string(gj) != string(wj) {
			t.Errorf("%s: team %s, want %s", id, gj, wj)
		}
	}
}

func TestBrokenDeckIsToldOnceAndSetAside(t *testing.T) {
	path := inRepo(t, strings.Replace(deck.Starter, "answer = 422", "answer = 299", 1))
	line := 1 + strings.Count(deck.Starter[:strings.Index(deck.Starter, "answer = 422")], "\n")

	r := expect(t, exitOK, "599")
	want := "httpcodes: team deck not used: ../../" + deck.FileName + ":" + strconv.Itoa(line) + ": answer 299"
	if !strings.HasPrefix(r.stderr, want) || strings.Count(r.stderr, "team deck not used") != 1 {
		t.Errorf("stderr %q, want one line starting %q", r.stderr, want)
	}
	if strings.Contains(r.stdout, "Ledger") {
		t.Error("a broken deck's code was shown")
	}
	r = expect(t, exitOK, "list", "--class", "5xx", "--json") // asks the catalogue twice
	if n := strings.Count(r.stderr, "team deck not used"); n != 1 {
		t.Errorf("the problem was told %d times:\n%s", n, r.stderr)
	}

	r = expect(t, exitUsage, "deck", "check")
	col := strings.Index(strings.Split(deck.Starter, "\n")[line-1], "answer") + 1
	if got := strings.TrimSpace(r.stderr); got != "../../"+deck.FileName+":"+strconv.Itoa(line)+":"+strconv.Itoa(col)+
		": answer 299 is neither a code of the catalogue nor one of this deck's codes" {
		t.Errorf("deck check: %q", got)
	}
	r = expect(t, exitUsage, "deck", "check", path)
	if !strings.HasPrefix(r.stderr, path+":"+strconv.Itoa(line)+":") {
		t.Errorf("deck check FILE names the file as given: %q", r.stderr)
	}

	write(t, path, "name = \"x\"\n[[scenario]\n")
	r = expect(t, exitOK, "404")
	mentions(t, "a deck with a syntax error", r.stderr, deck.FileName+":2: TOML syntax")
}

func TestDeckCheckAndInit(t *testing.T) {
	path := inRepo(t, "")
	r := expect(t, exitUsage, "deck", "check")
	mentions(t, "deck check with no deck", r.stderr, "no team deck here", "httpcodes deck init")

	t.Chdir(filepath.Dir(path))
	r = expect(t, exitOK, "deck", "init")
	mentions(t, "deck init", r.stdout, "Wrote "+deck.FileName)
	b, err := os.ReadFile(path)
	if err != nil || string(b) != deck.Starter {
		t.Fatalf("deck init wrote %q (%v)", b, err)
	}
	r = expect(t, exitOK, "deck", "check")
	mentions(t, "deck check", r.stdout, `good: "Payments API", 2 codes (1 of the team's own), 1 scenario`)

	write(t, path, "name = \"mine\"\n")
	r = expect(t, exitUsage, "deck", "init")
	mentions(t, "deck init over a deck", r.stderr, "already exists")
	if b, _ := os.ReadFile(path); string(b) != "name = \"mine\"\n" {
		t.Error("deck init overwrote a deck")
	}
}

func TestDeckNamedByFlagOrEnvironment(t *testing.T) {
	inRepo(t, "")
	other := filepath.Join(t.TempDir(), "team.toml")
	write(t, other, deck.Starter)
	r := expect(t, exitOK, "--deck", other, "search", "ledger")
	mentions(t, "--deck", r.stdout, "Ledger Unavailable")
	t.Setenv(deckEnv, other)
	r = expect(t, exitOK, "search", "ledger")
	mentions(t, "$"+deckEnv, r.stdout, "Ledger Unavailable")

	r = expect(t, exitOK, "--deck", filepath.Join(t.TempDir(), "missing.toml"), "404")
	mentions(t, "a missing --deck", r.stderr, "team deck not used", "missing.toml: cannot read it")
	r = expect(t, exitUsage, "quiz", "--scope", "team", "--deck", filepath.Join(t.TempDir(), "missing.toml"))
	mentions(t, "quiz --scope team without a deck", r.stderr, "no deck with scenarios")
}

func TestDeckTooLarge(t *testing.T) {
	path := inRepo(t, deck.Starter+"# "+strings.Repeat("x", deck.MaxSize)+"\n")
	r := expect(t, exitOK, "404")
	mentions(t, "a deck over 1 MB", r.stderr, "team deck not used", "larger than 1 MB")
	r = expect(t, exitUsage, "deck", "check", path)
	mentions(t, "deck check of a deck over 1 MB", r.stderr, "larger than 1 MB")
}

// TestDeckEscapesAreHarmless: a deck cloned with a repository tries to
// drive the terminal from every string; nothing of it reaches the output.
func TestDeckEscapesAreHarmless(t *testing.T) {
	inRepo(t, `name = "Pay\u001b]0;pwned\u0007ments"
[[code]]
code = 422
note = "We\u001b[2J\u001b[H answer\u009b31m 422 \u001b]8;;https://evil.example/\u001b\\here\u001b]8;;\u001b\\."
link = "https://wiki.example.com/x"
[[code]]
code = 599
phrase = "Ledger\u001b[5m Unavailable\u0007"
summary = "Our gateway\rcould not reach the ledger"
explanation = "Sent by the gateway.\u001bPq#0;2;0;0;0\u001b\\"
`)
	for _, args := range [][]string{{"422"}, {"599"}, {"list", "--class", "5xx"}, {"search", "ledger"}, {"422", "--json"}} {
		r := expect(t, exitOK, args...)
		noEscapes(t, strings.Join(args, " "), r.stdout)
		for _, c := range r.stdout {
			if unicode.IsControl(c) && c != '\n' {
				t.Errorf("%s: a control character %U in the output", strings.Join(args, " "), c)
			}
		}
	}
	r := expect(t, exitOK, "422")
	mentions(t, "422's card", r.stdout, "Payments", "We answer 422 here.")
}
