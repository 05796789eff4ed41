package ui

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"httpcodes/data"
)

var urlRe = regexp.MustCompile(`https?://[^\s"\\<>]+`)

// TestCardURLsAreNeverSplit: in every card at every width, each URL is
// whole on one line, so that it can be copied; a URL longer than the line
// overflows instead. The spec and MDN links are also hyperlinks to the
// whole URL.
func TestCardURLsAreNeverSplit(t *testing.T) {
	st := PrintStyles()
	for _, e := range data.All() {
		b, err := json.Marshal(e.ToJSON())
		if err != nil {
			t.Fatal(err)
		}
		urls := urlRe.FindAllString(string(b), -1)
		for _, width := range []int{40, 60, 80, 120} {
			card := Card(e, width, st, CardExtras{})
			lines := strings.Split(ansi.Strip(card), "\n")
			var joined strings.Builder
			for _, l := range lines {
				joined.WriteString(strings.TrimLeft(l, " "))
			}
			for _, u := range urls {
				whole := false
				for _, l := range lines {
					whole = whole || strings.Contains(l, u)
				}
				mustShow := u == e.URL || u == e.MDN
				if !whole && (mustShow || strings.Contains(joined.String(), u)) {
					t.Fatalf("%s at %d: %s is split across lines:\n%s", e.ID(), width, u, ansi.Strip(card))
				}
			}
			for _, u := range []string{e.URL, e.MDN} {
				if u != "" && !strings.Contains(card, "\x1b]8;;"+u+"\a") {
					t.Fatalf("%s at %d: no hyperlink to %s", e.ID(), width, u)
				}
			}
		}
	}
}
