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

// troubleWith returns the first trouble of e whose cause or check contains
// every word, or a zero Trouble.
func troubleWith(e *Entry, words ...string) Trouble {
	for _, tr := range e.Troubleshooting {
		text := tr.Cause + " " + tr.Check
		if !slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(text, w) }) {
			return tr
		}
	}
	return Trouble{}
}

// TestTroubleshootingMatchesSources pins facts that were once wrong or
// cited to a source that does not say them.
func TestTroubleshootingMatchesSources(t *testing.T) {
	checks := []struct {
		id, why string
		ok      func(e *Entry) bool
	}{
		{"401", "invalid_token also covers a malformed token (RFC 6750 §3.1)", func(e *Entry) bool {
			return strings.Contains(troubleWith(e, "invalid_token").Check, "malformed")
		}},
		{"400", "target:port is - for Lambda targets too; target_status_code - is what says no target answered (AWS ALB access log guide)", func(e *Entry) bool {
			c := troubleWith(e, "ALB", "16 K").Check
			return strings.Contains(c, "target_status_code") && strings.Contains(c, "AWS ALB access log guide")
		}},
		{"405", "browsers turn POST into GET after 302 as well as 301 (Fetch Standard, HTTP-redirect fetch)", func(e *Entry) bool {
			c := troubleWith(e, "resend a POST as GET").Check
			return strings.Contains(c, "after a 301 or 302") && strings.Contains(c, "Fetch Standard")
		}},
		{"413", "the log line is in nginx's source, not its docs", func(e *Entry) bool {
			return strings.Contains(troubleWith(e, "too large body").Check, "nginx source, ngx_http_core_module.c")
		}},
		{"502", "the log line is in nginx's source, not its docs", func(e *Entry) bool {
			return strings.Contains(troubleWith(e, "too big header").Check, "nginx source, ngx_http_upstream.c")
		}},
		{"504", "the log line is in nginx's source, not its docs", func(e *Entry) bool {
			return strings.Contains(troubleWith(e, "upstream timed out").Check, "nginx source, ngx_http_upstream.c")
		}},
		{"421", "RFC 9113 §9.1.1 lets clients reuse a connection (MAY), it does not say they do", func(e *Entry) bool {
			return strings.Contains(troubleWith(e, "RFC 9113 §9.1.1").Check, "may reuse")
		}},
		{"423", "the If header is RFC 4918 §10.4; §9.11 is UNLOCK", func(e *Entry) bool {
			return strings.Contains(troubleWith(e, "If header").Check, "§10.4")
		}},
		{"425", "the MUST retry is RFC 8470 §4; §5.2 only says SHOULD retry automatically", func(e *Entry) bool {
			return strings.Contains(troubleWith(e, "MUST retry").Check, "RFC 8470 §4")
		}},
		{"429", "no source says that retrying at once extends a rate limit", func(e *Entry) bool {
			return troubleWith(e, "extends the block").Check == ""
		}},
		{"430-shopify", "a 430 is by Shopify's table not a rate limit or a lock; the cause offered must be one that gives 430", func(e *Entry) bool {
			return troubleWith(e, "really a rate limit").Cause == "" && troubleWith(e, "http.dev 430").Check != ""
		}},
		{"440-iis", "Microsoft's second step is resynchronizing the IUSR and IWAM passwords (TechNet dd789741)", func(e *Entry) bool {
			return len(e.Troubleshooting) > 1 && strings.Contains(e.Troubleshooting[1].Check, "Resynchronize")
		}},
		{"499-cloudflare", "Cloudflare's page says nothing of a connection backlog", func(e *Entry) bool {
			return troubleWith(e, "backlog").Check == ""
		}},
		{"499-esri", "REST JS 4 no longer treats messageCode GWM_0003 alone as an auth error, and check-for-errors.ts is gone (arcgis-rest-js #973)", func(e *Entry) bool {
			return troubleWith(e, "check-for-errors.ts").Check == "" && troubleWith(e, "GWM_0003").Check == ""
		}},
		{"508-cloudlinux", "the Resource Usage page is named in CloudLinux's user_notify.txt example, not in Limits", func(e *Entry) bool {
			return strings.Contains(troubleWith(e, "Resource Usage").Check, "user_notify.txt")
		}},
		{"523-cloudflare", "Cloudflare asks the host for the MTR, to give to Cloudflare support", func(e *Entry) bool {
			c := troubleWith(e, "MTR").Check
			return strings.Contains(c, "Ask your host") && strings.Contains(c, "Cloudflare support")
		}},
		{"527-cloudflare", "the deprecation date is in Cloudflare's Railgun docs", func(e *Entry) bool {
			return strings.Contains(troubleWith(e, "January 2024").Check, "Cloudflare docs, Railgun deprecation notice")
		}},
		{"419-laravel", "Laravel 11 dropped VerifyCsrfToken's $except for a setting in bootstrap/app.php", func(e *Entry) bool {
			return troubleWith(e, "$except").Check == "" && troubleWith(e, "web group").Check != ""
		}},
	}
	for _, c := range checks {
		e := ByID(c.id)
		if e == nil {
			t.Fatalf("no entry %s", c.id)
		}
		if !c.ok(e) {
			t.Errorf("%s: %s", c.id, c.why)
		}
	}
}
