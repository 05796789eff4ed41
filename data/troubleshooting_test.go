package data

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// troubleWhere is the set of places a Trouble may point to first, as the
// Trouble doc comment lists them.
var troubleWhere = []string{"client", "proxy", "load balancer", "CDN", "origin", "application"}

// citationSources are the ways a Check may name its source, each at the
// start of one part of the closing parenthesis ("(RFC 9110 §15.6.3)",
// "(nginx docs, proxy_read_timeout; AWS ALB troubleshooting guide, HTTP 504)").
var citationSources = []string{
	"RFC ", "MDN ", "IANA registry", "Fetch Standard",
	"nginx docs", "nginx source",
	"Cloudflare docs", "Cloudflare TV",
	"AWS ALB ",
	"Node.js docs", "Node.js source", "body-parser docs", "curl manual", "Go source", "Spring source",
	"Laravel docs", "Laravel config", "Laravel source",
	"TechNet ", "KB", "[MS-", "Microsoft Open Specifications", "Microsoft Learn",
	"Twitter Developer Community", "http.dev ",
	"ArcGIS ", "arcgis-rest-js", "CloudLinux docs", "SSL Labs ", "ssllabs-scan", "Pantheon docs", "Shopify docs",
}

// Limits that keep a trouble readable on an 80-column card.
const (
	troubleCauseMax = 130
	troubleCheckMax = 200
)

// needsTroubleshooting reports whether an entry must have a "Seeing this?"
// section: every 4xx and 5xx registry code and every vendor code.
func needsTroubleshooting(e *Entry) bool {
	if !e.Official() {
		return true
	}
	c := e.Class()
	return c == 4 || c == 5
}

func TestTroubleshootingCoverage(t *testing.T) {
	required := 0
	for _, e := range All() {
		n := len(e.Troubleshooting)
		if needsTroubleshooting(e) {
			required++
			if n == 0 {
				t.Errorf("%s: no troubleshooting section", e.ID())
				continue
			}
		}
		if n != 0 && (n < 2 || n > 4) {
			t.Errorf("%s: %d troubles, want 2 to 4", e.ID(), n)
		}
	}
	if required < 60 {
		t.Fatalf("only %d entries need troubleshooting; the catalogue did not load", required)
	}
}

func TestTroubleshootingFields(t *testing.T) {
	for _, e := range All() {
		for i, tr := range e.Troubleshooting {
			at := func(format string, args ...any) {
				t.Helper()
				t.Errorf("%s trouble %d: "+format, append([]any{e.ID(), i + 1}, args...)...)
			}
			if strings.TrimSpace(tr.Cause) == "" {
				at("empty Cause")
			}
			if strings.TrimSpace(tr.Check) == "" {
				at("empty Check")
			}
			if !slices.Contains(troubleWhere, tr.Where) {
				at("Where %q is not one of %q", tr.Where, troubleWhere)
			}
			if n := utf8.RuneCountInString(tr.Cause); n > troubleCauseMax {
				at("Cause is %d characters, the limit is %d", n, troubleCauseMax)
			}
			if n := utf8.RuneCountInString(tr.Check); n > troubleCheckMax {
				at("Check is %d characters, the limit is %d", n, troubleCheckMax)
			}
			if !citesSource(tr.Check) {
				at("Check does not end with a citation of a known source: %q", tr.Check)
			}
		}
	}
}

// citesSource reports whether s ends with a parenthesised citation whose
// every part, separated by "; ", starts with a known source.
func citesSource(s string) bool {
	if !strings.HasSuffix(s, ").") {
		return false
	}
	open := strings.LastIndex(s, "(")
	if open < 0 {
		return false
	}
	for part := range strings.SplitSeq(s[open+1:len(s)-2], "; ") {
		known := false
		for _, src := range citationSources {
			if strings.HasPrefix(part, src) {
				known = true
				break
			}
		}
		if !known {
			return false
		}
	}
	return true
}

func TestCitesSource(t *testing.T) {
	for s, want := range map[string]bool{
		"Raise it (nginx docs, client_max_body_size).":           true,
		"Wait (RFC 6585 §4; RFC 9110 §10.2.3).":                  true,
		"Check it (nginx docs, upstream; my blog, a post).":      false,
		"Raise it (nginx docs, client_max_body_size)":            false,
		"Raise client_max_body_size (default 1m).":               false,
		"Raise client_max_body_size.":                            false,
		"Ask the host ([MS-ASHTTP] §3.1.5.2.2).":                 true,
		"Look it up (AWS ALB troubleshooting guide, HTTP 502).":  true,
		"Compare (one page, 4k or 8k); then see (http.dev 509).": true,
	} {
		if got := citesSource(s); got != want {
			t.Errorf("citesSource(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTroubleshootingSaysSomethingNew(t *testing.T) {
	for _, e := range All() {
		summary := strings.ToLower(strings.TrimRight(e.Summary, "."))
		causes := map[string]bool{}
		checks := map[string]bool{}
		for i, tr := range e.Troubleshooting {
			cause, check := strings.ToLower(tr.Cause), strings.ToLower(tr.Check)
			if strings.Contains(cause, summary) || strings.Contains(check, summary) {
				t.Errorf("%s trouble %d repeats the summary %q", e.ID(), i+1, e.Summary)
			}
			if causes[cause] {
				t.Errorf("%s trouble %d repeats an earlier cause: %q", e.ID(), i+1, tr.Cause)
			}
			if checks[check] {
				t.Errorf("%s trouble %d repeats an earlier check: %q", e.ID(), i+1, tr.Check)
			}
			causes[cause], checks[check] = true, true
		}
	}
}

func TestTroubleshootingJSON(t *testing.T) {
	type trouble struct {
		Cause string `json:"cause"`
		Where string `json:"where"`
		Check string `json:"check"`
	}
	for _, e := range All() {
		raw, err := json.Marshal(e)
		if err != nil {
			t.Fatalf("%s: %v", e.ID(), err)
		}
		var got struct {
			Troubleshooting *[]trouble `json:"troubleshooting"`
		}
		if err := json.Unmarshal(raw, &got); err != nil {
			t.Fatalf("%s: %v", e.ID(), err)
		}
		if got.Troubleshooting == nil {
			t.Errorf("%s: JSON has no troubleshooting list (null or missing)", e.ID())
			continue
		}
		list := *got.Troubleshooting
		if len(list) != len(e.Troubleshooting) {
			t.Errorf("%s: JSON has %d troubles, the entry %d", e.ID(), len(list), len(e.Troubleshooting))
			continue
		}
		for i, tr := range e.Troubleshooting {
			if list[i] != trouble(tr) {
				t.Errorf("%s trouble %d: JSON %+v, entry %+v", e.ID(), i+1, list[i], tr)
			}
		}
	}
}
