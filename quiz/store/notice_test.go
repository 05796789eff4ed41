package store

import (
	"errors"
	"strings"
	"testing"
)

func TestNoticeString(t *testing.T) {
	if got := (Notice{}).String(); got != "" {
		t.Errorf("empty notice: %q", got)
	}
	got := Notice{WALKept: "/d/progress.db-wal.damaged-1", MovedAside: "/d/progress.db.damaged-1"}.String()
	for _, want := range []string{"log was damaged", "/d/progress.db-wal.damaged-1", "was damaged: it was moved to /d/progress.db.damaged-1"} {
		if !strings.Contains(got, want) {
			t.Errorf("notice %q does not say %q", got, want)
		}
	}
	got = Notice{MovedAside: "/d/progress.db.damaged-1", Unreadable: true}.String()
	if !strings.Contains(got, "could not be read") || strings.Contains(got, "was damaged") {
		t.Errorf("unreadable notice: %q", got)
	}
	got = Notice{NotSaved: errors.New("cannot write progress to /d: permission denied")}.String()
	if !strings.Contains(got, "read-only (cannot write progress to /d: permission denied)") {
		t.Errorf("read-only notice: %q", got)
	}
}
