package settings

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestLoadMissingIsDefault(t *testing.T) {
	s, err := Load(t.TempDir())
	if err != nil || s.Retention != DefaultRetention || s.LeechAfter != DefaultLeechAfter || s.Stacks != nil {
		t.Fatalf("Load of nothing = %+v, %v", s, err)
	}
}

func TestSaveLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new")
	want := Settings{Retention: 0.85, LeechAfter: 4, Stacks: []string{"go", "rails"}}
	if err := Save(dir, want); err != nil {
		t.Fatal(err)
	}
	got, err := Load(dir)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("Load = %+v, %v; want %+v", got, err, want)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("Save left %d files, want 1", len(entries))
	}
}

// Settings at their defaults are not written: they follow the defaults.
func TestSaveLeavesOutDefaults(t *testing.T) {
	dir := t.TempDir()
	if err := Save(dir, Settings{Retention: 0.8, LeechAfter: DefaultLeechAfter}.Default()); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, FileName))
	if err != nil || !strings.Contains(string(b), "retention = 0.8") || strings.Contains(string(b), "leech_after") {
		t.Errorf("saved %q, %v; want the retention only", b, err)
	}
	if s, err := Load(dir); err != nil || s.Retention != 0.8 || s.LeechAfter != DefaultLeechAfter {
		t.Errorf("Load = %+v, %v", s, err)
	}
}

func TestSaveRefusesOutOfRange(t *testing.T) {
	for _, s := range []Settings{{Retention: 0.5}, {Retention: 0.99}, {LeechAfter: 1}, {LeechAfter: 100}} {
		if err := Save(t.TempDir(), s); err == nil {
			t.Errorf("Save(%+v) took a value out of range", s)
		}
	}
}

// Every fault in a settings file is reported as file:line:col: what is
// wrong, and gives the defaults.
func TestLoadErrorsSayWhere(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"retention = \n", ":1:13: expected value"},
		{"retention = 0.9\nleech_after = \"six\"\n", ":2:1: leech_after must be a whole number"},
		{"leech_after = 6.5\n", ":1:1: leech_after must be a whole number"},
		{"# mine\n  retension = 0.9\n", `:2:3: unknown setting "retension"`},
		{"retention = 1.5\n", ":1:1: retention 1.5 is out of range"},
		{"retention = 0\n", ":1:1: retention must be a number"},
		{"retention = \"high\"\n", ":1:1: retention must be a number"},
		{"stacks = \"go\"\n", ":1:1: stacks must be a list"},
		{"retention = 0.85\nstacks = [\"go\", \"cobol\"]\n", `:2:1: unknown stack "cobol"`},
		{"retention = 0.85\n\n[extra]\nx = 1\n", `:3:1: unknown setting "extra"`},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, FileName), []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := Load(dir)
		if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, FileName)+c.want) {
			t.Errorf("Load(%q) error %v; want one saying %q after the file", c.text, err, c.want)
		}
		if !reflect.DeepEqual(s, Settings{}.Default()) {
			t.Errorf("Load(%q) on error gives %+v, want the defaults", c.text, s)
		}
	}
}

// An integer is a number: retention = 1 is out of range, not of the wrong
// type; and the settings a file does set are read whatever their order.
func TestLoadValues(t *testing.T) {
	dir := t.TempDir()
	text := "stacks = [\"rails\", \"go\"]\nleech_after = 9\nretention = 0.8\n"
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Load(dir)
	if want := (Settings{Retention: 0.8, LeechAfter: 9, Stacks: []string{"rails", "go"}}); err != nil || !reflect.DeepEqual(s, want) {
		t.Errorf("Load = %+v, %v; want %+v", s, err, want)
	}
	if _, err := parse("retention = 1\n"); err == nil || !strings.Contains(err.Error(), "out of range") {
		t.Errorf("retention = 1: %v, want out of range", err)
	}
}

func TestDir(t *testing.T) {
	t.Setenv("HTTPCODES_CONFIG_DIR", "")
	t.Setenv("XDG_CONFIG_HOME", "/x/cfg")
	if d, _ := Dir(); d != "/x/cfg/httpcodes" {
		t.Errorf("Dir with XDG_CONFIG_HOME = %q", d)
	}
	t.Setenv("XDG_CONFIG_HOME", "relative")
	t.Setenv("HOME", "/home/l")
	if d, _ := Dir(); d != "/home/l/.config/httpcodes" {
		t.Errorf("Dir with a relative XDG_CONFIG_HOME = %q", d)
	}
	t.Setenv("HTTPCODES_CONFIG_DIR", "/y")
	if d, _ := Dir(); d != "/y" {
		t.Errorf("Dir with HTTPCODES_CONFIG_DIR = %q", d)
	}
}
