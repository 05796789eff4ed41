package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"httpcodes/quiz"
	"httpcodes/quiz/settings"
	"httpcodes/quiz/store"
)

// configDir points the settings at a fresh directory for one test.
func configDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "config")
	t.Setenv("HTTPCODES_CONFIG_DIR", dir)
	return dir
}

func configJSON(t *testing.T, args ...string) settingsJSON {
	t.Helper()
	args = append([]string{"config", "--json"}, args...)
	r := expect(t, exitOK, args...)
	var s settingsJSON
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatalf("%s: %v\n%s", args, err, r.stdout)
	}
	return s
}

func TestConfigShowsDefaultsAndFile(t *testing.T) {
	dir := configDir(t)
	r := expect(t, exitOK, "config")
	path := filepath.Join(dir, settings.FileName)
	mentions(t, "config", r.stdout, path, "no file yet", "retention", "0.90", "leech-after", "stacks", "all")
	if r.stderr != "" {
		t.Errorf("stderr: %q", r.stderr)
	}
	want := settingsJSON{File: path, Exists: false, Retention: 0.9, LeechAfter: 6, Stacks: []string{}}
	if got := configJSON(t); !reflect.DeepEqual(got, want) {
		t.Errorf("config --json = %+v, want %+v", got, want)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("showing the settings created %s", dir)
	}
}

func TestConfigSets(t *testing.T) {
	dir := configDir(t)
	r := expect(t, exitOK, "config", "retention", "0.85")
	// 0.90 → 0.85: intervals grow by (0.85^(−1/w20) − 1)/(0.9^(−1/w20) − 1), about
	// 1.9 with FSRS-6's w20 = 0.1542: 10 days become 19.
	mentions(t, "config retention", r.stdout, "0.90 → 0.85", "longer", "10 days at 90% comes back in 19 at 85%")
	r = expect(t, exitOK, "config", "retention", "93%")
	mentions(t, "config retention", r.stdout, "0.85 → 0.93", "shorter")
	r = expect(t, exitOK, "config", "leech-after", "8")
	mentions(t, "config leech-after", r.stdout, "6 → 8", "missed 8 times")
	r = expect(t, exitOK, "config", "stacks", "Go, rails")
	mentions(t, "config stacks", r.stdout, "all → go,rails", "Go and Rails")
	want := settingsJSON{File: filepath.Join(dir, settings.FileName), Exists: true, Retention: 0.93, LeechAfter: 8,
		Stacks: []string{"go", "rails"}}
	if got := configJSON(t); !reflect.DeepEqual(got, want) {
		t.Errorf("after the changes: %+v, want %+v", got, want)
	}
	if got := expect(t, exitOK, "config", "retention").stdout; got != "0.93\n" {
		t.Errorf("config retention = %q, want 0.93", got)
	}
	// Stacks as separate words, then all: the choice is cleared.
	if got := configJSON(t, "stacks", "rust", "go"); !reflect.DeepEqual(got.Stacks, []string{"rust", "go"}) {
		t.Errorf("stacks rust go: %v", got.Stacks)
	}
	if got := configJSON(t, "stacks", "all"); len(got.Stacks) != 0 || got.Retention != 0.93 {
		t.Errorf("stacks all: %+v", got)
	}
	// The file is what the settings package reads.
	s, err := settings.Load(dir)
	if err != nil || s.Retention != 0.93 || s.LeechAfter != 8 || s.Stacks != nil {
		t.Errorf("settings.Load = %+v, %v", s, err)
	}
}

func TestConfigBadValues(t *testing.T) {
	dir := configDir(t)
	expect(t, exitOK, "config", "retention", "0.8")
	before, err := os.ReadFile(filepath.Join(dir, settings.FileName))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"retention", "1.5"}, "0.70 to 0.97"},
		{[]string{"retention", "0.69"}, "0.70 to 0.97"},
		{[]string{"retention", "0.855"}, "hundredths"},
		{[]string{"retention", "high"}, "0.70 to 0.97"},
		{[]string{"retention", "NaN"}, "0.70 to 0.97"},
		{[]string{"leech-after", "1"}, "2 to 99"},
		{[]string{"leech-after", "six"}, "whole number"},
		{[]string{"stacks", "cobol"}, `unknown stack "cobol"`},
		{[]string{"stacks", ","}, "name one or more"},
		{[]string{"retension", "0.8"}, `unknown setting "retension"`},
		{[]string{"retention", "0.8", "0.9"}, "one value"},
	} {
		args := append([]string{"config"}, c.args...)
		r := expect(t, exitUsage, args...)
		mentions(t, strings.Join(args, " "), r.stderr, c.says)
	}
	after, _ := os.ReadFile(filepath.Join(dir, settings.FileName))
	if string(after) != string(before) {
		t.Errorf("a refused value changed the file:\n%s", after)
	}
}

// A broken settings file never stops a command: each says where it is
// wrong in one line and goes on with the defaults; config refuses to write
// over it.
func TestConfigBrokenFile(t *testing.T) {
	dir := configDir(t)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, settings.FileName)
	text := "retention = 0.85\nleech_after = \"six\"\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	where := path + ":2:1: leech_after must be a whole number"
	for _, args := range [][]string{{"config"}, {"stats"}, {"stats", "--json"}, {"export"}} {
		r := expect(t, exitOK, args...)
		if lines := strings.Split(strings.TrimSpace(r.stderr), "\n"); len(lines) != 1 || !strings.Contains(lines[0], where) ||
			!strings.Contains(lines[0], "default settings") {
			t.Errorf("%s: stderr %q, want one line with %q", args, r.stderr, where)
		}
	}
	if got := configJSON(t); got.Retention != 0.9 || got.LeechAfter != 6 {
		t.Errorf("a broken file gives %+v, want the defaults", got)
	}
	r := expect(t, exitUsage, "config", "retention", "0.8")
	mentions(t, "config on a broken file", r.stderr, where, "fix the file or delete it")
	if b, _ := os.ReadFile(path); string(b) != text {
		t.Errorf("the broken file was written over:\n%s", b)
	}
}

// stats shows the desired retention from the settings next to the measured
// one, and lists the leeches by the settings' threshold.
func TestStatsRetentionAndLeeches(t *testing.T) {
	configDir(t)
	data := t.TempDir()
	st, _, err := store.Open(data, quiz.Params(settings.Settings{}))
	if err != nil {
		t.Fatal(err)
	}
	at := time.Now().Add(-time.Hour)
	for i := range 4 { // 404 missed four times
		if _, err := st.Record(quiz.Answer{CardID: "404", Kind: quiz.Meaning, At: at.Add(time.Duration(i) * time.Second)}); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	expect(t, exitOK, "config", "retention", "0.8")
	type statsJSON struct {
		DesiredRetention float64      `json:"desired_retention"`
		LeechAfter       int          `json:"leech_after"`
		Leeches          []quiz.Leech `json:"leeches"`
	}
	var s statsJSON
	r := expect(t, exitOK, "stats", "--json", "--data-dir", data)
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatal(err)
	}
	if s.DesiredRetention != 0.8 || s.LeechAfter != 6 || len(s.Leeches) != 0 {
		t.Errorf("desired %v, leech after %d, leeches %+v; want 0.8, 6, none", s.DesiredRetention, s.LeechAfter, s.Leeches)
	}
	text := expect(t, exitOK, "stats", "--data-dir", data).stdout
	mentions(t, "stats", text, "desired 80%", "measured over 30 days")

	expect(t, exitOK, "config", "leech-after", "4")
	r = expect(t, exitOK, "stats", "--json", "--data-dir", data)
	s = statsJSON{}
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatal(err)
	}
	if want := []quiz.Leech{{ID: "404", Code: 404, Answers: 4, Wrong: 4, Versus: "410"}}; !reflect.DeepEqual(s.Leeches, want) {
		t.Errorf("leeches %+v, want %+v", s.Leeches, want)
	}
	mentions(t, "stats", expect(t, exitOK, "stats", "--data-dir", data).stdout,
		"Leeches: missed 4 times or more", "404 Not Found", "drilled against 410 Gone")
}
