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

func TestSaveRefusesOutOfRange(t *testing.T) {
	for _, s := range []Settings{{Retention: 0.5}, {Retention: 0.99}, {LeechAfter: 1}, {LeechAfter: 100}} {
		if err := Save(t.TempDir(), s); err == nil {
			t.Errorf("Save(%+v) took a value out of range", s)
		}
	}
}

func TestLoadErrorsSayWhere(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"retention = \n", ":1:"},
		{"retention = 0.9\nleech_after = \"six\"\n", "leech_after"},
		{"retension = 0.9\n", `unknown setting "retension"`},
		{"retention = 1.5\n", "out of range"},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, FileName), []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := Load(dir)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), FileName) {
			t.Errorf("Load(%q) error %v; want one naming the file and %q", c.text, err, c.want)
		}
		if s.Retention != DefaultRetention {
			t.Errorf("Load(%q) on error gives %+v, want the defaults", c.text, s)
		}
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
