package data

import (
	"encoding/csv"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The reference files in testdata are copies of the IANA registry and of
// the vendor-code list with sources; the catalogue must agree with them.

func readCSV(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows[1:] // header
}

func TestRegistryCodes(t *testing.T) {
	rows := readCSV(t, "iana-status-codes.csv")
	want := map[int]bool{}
	for _, r := range rows {
		code, err := strconv.Atoi(r[0])
		if err != nil {
			t.Fatalf("bad code %q in the registry file", r[0])
		}
		want[code] = true
		e := Registry(code)
		if e == nil {
			t.Errorf("%d %s: missing", code, r[1])
			continue
		}
		if e.Phrase != r[1] {
			t.Errorf("%d: phrase %q, registry says %q", code, e.Phrase, r[1])
		}
		if e.Reference != r[2] {
			t.Errorf("%d: reference %q, registry says %q", code, e.Reference, r[2])
		}
		if e.Vendor != "" || e.Slug != "" {
			t.Errorf("%d: a registry entry has vendor %q slug %q", code, e.Vendor, e.Slug)
		}
	}
	for _, e := range All() {
		if e.Official() && !want[e.Code] {
			t.Errorf("%d %s is marked official but is not in the registry", e.Code, e.Phrase)
		}
	}
	if len(want) < 60 {
		t.Fatalf("only %d registry rows read", len(want))
	}
}

func TestRegistryStatuses(t *testing.T) {
	want := map[int]Status{104: Temporary, 306: Reserved, 418: Reserved, 510: Obsoleted}
	for _, e := range All() {
		if !e.Official() {
			continue
		}
		if got, exp := e.Status, want[e.Code]; got != exp {
			t.Errorf("%d: status %s, want %s", e.Code, got, exp)
		}
	}
	for code, words := range map[int][]string{
		104: {"temporary", "expire"},
		306: {"reserved"},
		418: {"2324", "7168", "reserved"},
		510: {"obsolete"},
	} {
		text := strings.ToLower(Registry(code).Explanation + " " + strings.Join(Registry(code).Notes, " "))
		for _, w := range words {
			if !strings.Contains(text, w) {
				t.Errorf("%d: the explanation or notes should say %q", code, w)
			}
		}
	}
}

func TestVendorCodes(t *testing.T) {
	rows := readCSV(t, "unofficial-status-codes.csv")
	unofficial := Filter(func(e *Entry) bool { return !e.Official() })
	if len(unofficial) != len(rows) {
		t.Errorf("%d unofficial entries, the vendor list has %d rows", len(unofficial), len(rows))
	}
	used := map[*Entry]bool{}
	for _, r := range rows {
		code, _ := strconv.Atoi(r[0])
		var found *Entry
		for _, e := range Lookup(code) {
			if !e.Official() && e.Phrase == r[1] && !used[e] && vendorMatches(e.Vendor, r[2]) {
				found = e
				break
			}
		}
		if found == nil {
			t.Errorf("vendor code %d %q (%s): no unofficial entry with that phrase and vendor", code, r[1], r[2])
			continue
		}
		used[found] = true
		if found.Slug == "" || found.Source == "" || found.URL == "" {
			t.Errorf("%s: slug, source and URL are required", found.ID())
		}
		if found.HeuristicallyCacheable || found.ContentForbidden {
			t.Errorf("%s: a vendor code carries no RFC facts", found.ID())
		}
	}
}

func TestVendorNames(t *testing.T) {
	// Every vendor's short name is spelled out, not left to its slug.
	for _, e := range All() {
		if !e.Official() && vendorNames[e.Slug] == "" {
			t.Errorf("%s: no short vendor name for slug %q", e.ID(), e.Slug)
		}
	}
}

// vendorMatches accepts a display vendor name that keeps the first word of
// the vendor list's name ("Cloudflare", "nginx", "AWS" …).
func vendorMatches(got, list string) bool {
	first := strings.ToLower(strings.FieldsFunc(list, func(r rune) bool {
		return r == ' ' || r == ';' || r == ',' || r == '('
	})[0])
	return strings.Contains(strings.ToLower(got), first)
}

func TestVendorCaveats(t *testing.T) {
	// Codes that never reach a client, that are rewritten on the wire, or
	// whose source is weak must say so.
	for id, words := range map[string][]string{
		"444-nginx":      {"log"},
		"499-nginx":      {"log"},
		"499-cloudflare": {"log"},
		"494-nginx":      {"400"},
		"495-nginx":      {"400"},
		"496-nginx":      {"400"},
		"497-nginx":      {"400"},
		"218-folklore":   {"source"},
		"527-cloudflare": {"railgun"},
		"450-windows":    {"source"},
		"498-esri":       {"body"},
		"499-esri":       {"body"},
	} {
		e := ByID(id)
		if e == nil {
			t.Errorf("%s: missing", id)
			continue
		}
		caveat := strings.ToLower(e.Caveat)
		for _, w := range words {
			if !strings.Contains(caveat, w) {
				t.Errorf("%s: caveat %q should mention %q", id, e.Caveat, w)
			}
		}
	}
}

func TestHeuristicallyCacheable(t *testing.T) {
	// RFC 9110 §15.1 lists twelve codes; RFC 7725 §3 adds 451.
	want := []int{200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501}
	var got []int
	for _, e := range All() {
		if e.HeuristicallyCacheable {
			if !e.Official() {
				t.Errorf("%s: a vendor code is marked heuristically cacheable", e.ID())
			}
			got = append(got, e.Code)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("heuristically cacheable: %v, want %v", got, want)
	}
}

func TestNoStore(t *testing.T) {
	// RFC 6585 §3–§6: caches MUST NOT store 428, 429, 431 and 511.
	var got []int
	for _, e := range All() {
		if e.NoStore {
			got = append(got, e.Code)
		}
	}
	if want := []int{428, 429, 431, 511}; !slices.Equal(got, want) {
		t.Errorf("never stored: %v, want %v", got, want)
	}
}

func TestContentForbidden(t *testing.T) {
	// RFC 9110 §15.2 (1xx), §15.3.5 (204), §15.3.6 (205), §15.4.5 (304).
	for _, e := range All() {
		if !e.Official() {
			continue
		}
		want := e.Class() == 1 || e.Code == 204 || e.Code == 205 || e.Code == 304
		if e.ContentForbidden != want {
			t.Errorf("%d: content forbidden %v, want %v", e.Code, e.ContentForbidden, want)
		}
		if want && slices.Contains(e.Example.Response, "") {
			t.Errorf("%d: content is forbidden but the example response has a body", e.Code)
		}
	}
}

func TestFormerNames(t *testing.T) {
	want := map[int][]string{
		413: {"Payload Too Large", "Request Entity Too Large"},
		// Go's net/http StatusText spells it without the hyphen.
		414: {"Request-URI Too Long", "Request URI Too Long"},
		416: {"Requested Range Not Satisfiable"},
		422: {"Unprocessable Entity"},
	}
	for code, names := range want {
		for _, n := range names {
			if !slices.Contains(Registry(code).FormerNames, n) {
				t.Errorf("%d: former names %v lack %q", code, Registry(code).FormerNames, n)
			}
		}
	}
}

func TestEssentialTier(t *testing.T) {
	for _, c := range []int{200, 201, 204, 301, 302, 307, 400, 401, 403, 404, 500, 502, 503} {
		if e := Registry(c); e == nil || e.Tier != Essential {
			t.Errorf("%d must be essential", c)
		}
	}
}

func TestHeaders(t *testing.T) {
	// Headers RFC 9110 and RFC 6585 tie to codes (RFC 9110 §15, RFC 6585).
	want := map[int]string{
		101: "Upgrade", 201: "Location", 206: "Content-Range", 301: "Location", 302: "Location",
		303: "Location", 307: "Location", 308: "Location", 401: "WWW-Authenticate", 405: "Allow",
		407: "Proxy-Authenticate", 413: "Retry-After", 416: "Content-Range", 426: "Upgrade",
		429: "Retry-After", 503: "Retry-After",
	}
	for code, h := range want {
		if !slices.ContainsFunc(Registry(code).Headers, func(x Header) bool { return x.Name == h }) {
			t.Errorf("%d: headers lack %s", code, h)
		}
	}
}

func TestNoDuplicates(t *testing.T) {
	ids := map[string]bool{}
	for _, e := range All() {
		if ids[e.ID()] {
			t.Errorf("duplicate entry %s", e.ID())
		}
		ids[e.ID()] = true
	}
	for _, e := range All() {
		if e.Official() {
			continue
		}
		for _, o := range Lookup(e.Code) {
			if o != e && o.Phrase == e.Phrase && o.Vendor == e.Vendor {
				t.Errorf("%s and %s are the same meaning twice", e.ID(), o.ID())
			}
		}
	}
}

var rfcURL = regexp.MustCompile(`^https://www\.rfc-editor\.org/rfc/rfc\d+\.html(#section-[\d.]+)?$`)

func TestRequiredFields(t *testing.T) {
	for _, e := range All() {
		id := e.ID()
		if e.Summary == "" || len([]rune(e.Summary)) > SummaryMax {
			t.Errorf("%s: summary %q must be 1–%d characters", id, e.Summary, SummaryMax)
		}
		if strings.HasSuffix(e.Summary, ".") {
			t.Errorf("%s: a summary takes no final period", id)
		}
		if strings.EqualFold(e.Summary, e.Title()) {
			t.Errorf("%s: the summary only repeats the phrase", id)
		}
		if sentences(e.Explanation) < 2 {
			t.Errorf("%s: the explanation needs at least two sentences", id)
		}
		if e.URL == "" || e.Reference == "" {
			t.Errorf("%s: reference and URL are required", id)
		}
		if e.MDN != "" && e.MDN != "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/"+strconv.Itoa(e.Code) {
			t.Errorf("%s: MDN link %q is not the code's MDN page", id, e.MDN)
		}
		if len(e.Example.Request) == 0 || len(e.Example.Response) == 0 {
			t.Errorf("%s: the example needs a request and a response", id)
		} else if neverSent := (!e.Official() && e.Caveat != "" || e.Code == 306) && strings.HasPrefix(e.Example.Response[0], "("); !neverSent &&
			!strings.HasPrefix(e.Example.Response[0], "HTTP/") {
			// A code that never reaches the client (a vendor's log-only
			// code, or 306, which no server sends) shows, in parentheses,
			// what happens instead of a status line.
			t.Errorf("%s: the example response must start with a status line, got %q", id, e.Example.Response[0])
		}
		for _, h := range e.Headers {
			if h.Name == "" || h.Why == "" {
				t.Errorf("%s: header %+v needs a name and a why", id, h)
			}
		}
		for _, s := range e.SeeAlso {
			if s.Why == "" {
				t.Errorf("%s: see-also %d needs a why", id, s.Code)
			}
		}
		for _, n := range e.Notes {
			if n == "" {
				t.Errorf("%s: empty note", id)
			}
		}
		if !e.Official() {
			if e.Vendor == "" || e.Slug == "" {
				t.Errorf("%s: vendor and slug are required", id)
			}
			continue
		}
		if len(e.WhenToUse) == 0 || len(e.WhenNotToUse) == 0 {
			t.Errorf("%s: when to use it, and when not, are required", id)
		}
		if strings.HasPrefix(e.Reference, "RFC") && !rfcURL.MatchString(e.URL) {
			t.Errorf("%s: URL %q is not an rfc-editor.org RFC link", id, e.URL)
		}
		if strings.HasPrefix(e.Reference, "RFC9110, Section ") {
			section := strings.TrimPrefix(e.Reference, "RFC9110, Section ")
			if !strings.HasSuffix(e.URL, "#section-"+section) {
				t.Errorf("%s: URL %q does not link section %s", id, e.URL, section)
			}
		}
		// The code shows in the status line, or somewhere in the response
		// for codes that travel inside a 207 Multi-Status body (208, 424).
		if !slices.ContainsFunc(e.Example.Response, func(l string) bool { return strings.Contains(l, strconv.Itoa(e.Code)) }) {
			t.Errorf("%s: the example response never shows the code", id)
		}
	}
}

func sentences(s string) int {
	n := 0
	for _, end := range []string{". ", "! ", "? "} {
		n += strings.Count(s+" ", end)
	}
	return n
}

func TestSeeAlsoResolves(t *testing.T) {
	for _, e := range All() {
		for _, s := range e.SeeAlso {
			r := s.Resolve()
			if r == nil {
				t.Errorf("%s: see-also %d %q does not exist", e.ID(), s.Code, s.Slug)
			} else if r == e {
				t.Errorf("%s: sees itself", e.ID())
			}
		}
	}
}

func TestScenarios(t *testing.T) {
	total := 0
	for _, e := range All() {
		total += len(e.Scenarios)
		if (e.Tier == Essential || e.Tier == Common) && len(e.Scenarios) < 2 {
			t.Errorf("%s (%s) has %d scenarios, needs at least 2", e.ID(), e.Tier, len(e.Scenarios))
		}
		code := strconv.Itoa(e.Code)
		for _, s := range e.Scenarios {
			if s.Text == "" || s.Why == "" {
				t.Errorf("%s: a scenario needs a text and a why", e.ID())
			}
			if strings.Contains(s.Text, code) {
				t.Errorf("%s: scenario %q gives the answer away", e.ID(), s.Text)
			}
			if len(e.Phrase) > 4 && strings.Contains(strings.ToLower(s.Text), strings.ToLower(e.Phrase)) {
				t.Errorf("%s: scenario %q names the phrase", e.ID(), s.Text)
			}
			for _, v := range s.Versus {
				if Registry(v) == nil || v == e.Code {
					t.Errorf("%s: scenario versus %d is not another registry code", e.ID(), v)
				}
			}
		}
	}
	if total < 100 {
		t.Errorf("%d scenarios in all, want at least 100", total)
	}
}

func TestGroupQuestions(t *testing.T) {
	// The question is a hint: it must not name any of the group's codes.
	for _, g := range Groups() {
		if !strings.HasSuffix(g.Question, "?") || g.Topic == "" || g.Lesson == "" {
			t.Errorf("group %v is incomplete: %+v", g.Codes, g)
		}
		for _, c := range g.Codes {
			if strings.Contains(g.Question, strconv.Itoa(c)) || strings.Contains(g.Question, Registry(c).Phrase) {
				t.Errorf("group %v: the question %q names %d", g.Codes, g.Question, c)
			}
		}
	}
}

func TestGroupsTellApart(t *testing.T) {
	// Every member of every classic confusion has a scenario written to
	// tell it apart from another member of its group.
	for _, g := range Groups() {
		for _, c := range g.Codes {
			e := Registry(c)
			if e == nil {
				t.Fatalf("group %v: %d missing", g.Codes, c)
			}
			ok := slices.ContainsFunc(e.Scenarios, func(s Scenario) bool {
				return slices.ContainsFunc(s.Versus, func(v int) bool { return v != c && slices.Contains(g.Codes, v) })
			})
			if !ok {
				t.Errorf("group %v: %d has no scenario that sets it against the others", g.Codes, c)
			}
		}
	}
}

func TestClasses(t *testing.T) {
	for i, c := range Classes() {
		if int(c.Class) != i+1 || c.Name == "" || sentences(c.Description) < 1 || c.Unknown == "" {
			t.Errorf("class %d is incomplete: %+v", i+1, c)
		}
		if !strings.Contains(c.Unknown, strconv.Itoa(i+1)+"00") {
			t.Errorf("class %s: the unknown-code rule should name %d00", c.Class, i+1)
		}
	}
	if _, ok := InfoOf(6); ok {
		t.Error("there is no 6xx class")
	}
	if got := Class(4).Label(); got != "4xx Client Error" {
		t.Errorf("Class(4).Label() = %q", got)
	}
	if got := Class(6).Label(); got != "6xx" {
		t.Errorf("Class(6).Label() = %q, want the bare class", got)
	}
}

func TestLookups(t *testing.T) {
	if e := Registry(404); e == nil || e.Phrase != "Not Found" {
		t.Fatalf("Registry(404) = %+v", e)
	}
	if got := len(Lookup(499)); got != 3 {
		t.Errorf("499 has %d entries, want 3 (nginx, Cloudflare, Esri)", got)
	}
	if e := ByID("499-nginx"); e == nil || e.Code != 499 || e.Official() {
		t.Errorf("ByID(499-nginx) = %+v", e)
	}
	if Registry(299) != nil || len(Lookup(299)) != 0 {
		t.Error("299 is not a status code")
	}
	for _, e := range ByClass(4) {
		if e.Code < 400 || e.Code > 499 {
			t.Errorf("ByClass(4) holds %d", e.Code)
		}
	}
	for _, e := range ByTier(Essential) {
		if e.Tier != Essential {
			t.Errorf("ByTier(Essential) holds %s", e.ID())
		}
	}
	all := All()
	for i := 1; i < len(all); i++ {
		if all[i-1].Code > all[i].Code {
			t.Fatalf("All() is not in code order at %s, %s", all[i-1].ID(), all[i].ID())
		}
		if all[i-1].Code == all[i].Code && !all[i-1].Official() && all[i].Official() {
			t.Errorf("at %d the registry entry must come first", all[i].Code)
		}
	}
}

// prose gathers every sentence an entry teaches: summary, explanation,
// when and when not, header and see-also reasons, notes and scenarios.
func prose(e *Entry) string {
	parts := []string{e.Summary, e.Explanation}
	parts = append(parts, e.WhenToUse...)
	parts = append(parts, e.WhenNotToUse...)
	for _, h := range e.Headers {
		parts = append(parts, h.Why)
	}
	for _, s := range e.SeeAlso {
		parts = append(parts, s.Why)
	}
	parts = append(parts, e.Notes...)
	for _, s := range e.Scenarios {
		parts = append(parts, s.Text, s.Why)
	}
	return strings.Join(parts, "\n")
}

// noteWith returns the first note of e that contains every word.
func noteWith(e *Entry, words ...string) string {
	for _, n := range e.Notes {
		if !slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(n, w) }) {
			return n
		}
	}
	return ""
}

func group(codes ...int) Group {
	for _, g := range Groups() {
		if slices.Equal(g.Codes, codes) {
			return g
		}
	}
	return Group{}
}

func TestRuntimePhrases(t *testing.T) {
	// Python 3.13 renamed 422 (Lib/http/__init__.py); Go and Node keep
	// "Unprocessable Entity".
	if n := noteWith(Registry(422), "Unprocessable Entity", "Python"); n == "" || !strings.Contains(n, "3.13") ||
		strings.Contains(n, "Python, Go and Node still") {
		t.Errorf("422: the runtime note must say Python 3.13 uses the new phrase: %q", n)
	}
	// Go says "I'm a teapot"; Node and Python "I'm a Teapot".
	for _, id := range []string{"418", "418-teapot"} {
		n := noteWith(ByID(id), "Go", "Node", "Python")
		if !strings.Contains(n, "\"I'm a teapot\"") || !strings.Contains(n, "\"I'm a Teapot\"") {
			t.Errorf("%s: the runtime note must give both spellings: %q", id, n)
		}
	}
	// Python 3.13 says "Content Too Large" for 413.
	if n := noteWith(Registry(413), "Runtimes disagree"); !strings.Contains(n, "3.13") {
		t.Errorf("413: the runtime note must cover Python 3.13: %q", n)
	}
}

func TestForbiddenTeachesTheRFC(t *testing.T) {
	// RFC 9110 §15.5.4: the client SHOULD NOT repeat the request with the
	// same credentials and MAY repeat it with new or different ones.
	wrong := []string{
		"new credentials will not help", "new credentials change nothing", "no credentials could help",
		"would other credentials help", "signing in again will not help", "new credentials could help",
		"stays no even with credentials",
	}
	g := group(401, 403)
	texts := map[string]string{
		"401":            prose(Registry(401)),
		"403":            prose(Registry(403)),
		"407":            prose(Registry(407)),
		"401/403 lesson": g.Lesson + " " + g.Question,
	}
	for name, text := range texts {
		for _, w := range wrong {
			if strings.Contains(strings.ToLower(text), w) {
				t.Errorf("%s says %q, but different credentials may succeed", name, w)
			}
		}
	}
	if e := Registry(403); !strings.Contains(e.Explanation, "same credentials") || !strings.Contains(e.Explanation, "different ones") {
		t.Errorf("403: the explanation must teach same versus different credentials: %q", e.Explanation)
	}
	if !strings.Contains(g.Lesson, "same credentials") {
		t.Errorf("the 401/403 lesson must say only the same credentials are pointless: %q", g.Lesson)
	}
}

func TestAlreadyReportedNeedsDAVHeader(t *testing.T) {
	// RFC 5842 §7.1: 208 SHOULD NOT be used unless the client signalled
	// support with the DAV request header; otherwise a loop gets 508.
	e := Registry(208)
	if !slices.ContainsFunc(e.WhenToUse, func(s string) bool { return strings.Contains(s, "DAV: bind") }) {
		t.Errorf("208: when to use it must require DAV: bind: %q", e.WhenToUse)
	}
	if !slices.Contains(e.Example.Request, "DAV: bind") {
		t.Errorf("208: the example request must send DAV: bind: %q", e.Example.Request)
	}
	if !slices.ContainsFunc(e.Headers, func(h Header) bool { return h.Name == "DAV" }) {
		t.Error("208: headers lack DAV")
	}
	if !slices.ContainsFunc(e.Scenarios, func(s Scenario) bool { return strings.Contains(s.Text, "binding support") }) {
		t.Error("208: the scenario must have the client announce binding support")
	}
	if !strings.Contains(e.Explanation, "508") {
		t.Error("208: the explanation must say other clients get 508")
	}
}

func TestPartialContentHeaders(t *testing.T) {
	// RFC 9110 §15.3.7: a 206 carries the fields a 200 would have had.
	e := Registry(206)
	text := prose(e)
	for _, h := range []string{"Date", "Cache-Control", "ETag", "Expires", "Content-Location", "Vary"} {
		if !strings.Contains(text, h) {
			t.Errorf("206 never mentions %s", h)
		}
	}
	for _, h := range []string{"Date: ", "ETag: ", "Content-Range: "} {
		if !slices.ContainsFunc(e.Example.Response, func(l string) bool { return strings.HasPrefix(l, h) }) {
			t.Errorf("206: the example response lacks %s", h)
		}
	}
}

func TestCitationsArePrecise(t *testing.T) {
	// RFC 8470 §4: a client that used early data MUST retry; §5.2: it
	// SHOULD do so automatically.
	if n := noteWith(Registry(425), "MUST retry", "RFC 8470 §4"); n == "" || !strings.Contains(n, "SHOULD retry automatically") ||
		!strings.Contains(n, "§5.2") {
		t.Errorf("425: the retry note must cite §4 (MUST) and §5.2 (SHOULD): %q", n)
	}
	// RFC 8297 §3: a server "might refrain" from sending 103 over HTTP/1.1.
	e := Registry(103)
	if text := prose(e); strings.Contains(text, "advises") || !strings.Contains(text, "might refrain") {
		t.Error("103: RFC 8297 §3 says a server might refrain, it does not advise against")
	}
	// RFC 9110 §15.4.4: the follow-up to a 303 is GET or HEAD.
	if g := group(302, 303, 307); !strings.Contains(g.Lesson, "GET or HEAD") {
		t.Errorf("the redirect lesson must say 303 fetches with GET or HEAD: %q", g.Lesson)
	}
	for _, h := range Registry(303).Headers {
		if h.Name == "Location" && !strings.Contains(h.Why, "HEAD") {
			t.Errorf("303: Location says the client retrieves with GET only: %q", h.Why)
		}
	}
	// RFC 9110 §15.5.1 and §15: 400 is any perceived client error, and
	// the fallback for an unknown 4xx.
	if g := group(400, 422); !strings.Contains(g.Lesson, "any client error") || !strings.Contains(g.Lesson, "fallback") {
		t.Errorf("the 400/422 lesson must not reduce 400 to unparsable requests: %q", g.Lesson)
	}
	if s := Registry(400).Summary; strings.Contains(s, "can't even read") {
		t.Errorf("400: the summary reduces 400 to unreadable requests: %q", s)
	}
}

func TestMultiStatusExamples(t *testing.T) {
	// RFC 4918 §10.2: with Depth: 1 a PROPFIND covers the collection
	// itself and its members.
	e := Registry(207)
	target := strings.Fields(e.Example.Request[0])[1]
	if !slices.Contains(e.Example.Request, "Depth: 1") {
		t.Fatalf("207: the example is no longer a Depth: 1 PROPFIND")
	}
	var self, member bool
	for _, l := range e.Example.Response {
		switch {
		case strings.Contains(l, "<D:href>"+target+"</D:href>"):
			self = true
		case strings.Contains(l, "<D:href>"+target):
			member = true
		}
	}
	if !self || !member {
		t.Errorf("207: a Depth: 1 listing of %s must include the collection itself (%v) and a member (%v)", target, self, member)
	}
	// A 424 travels inside a 207: a scenario must not pretend the status
	// line says 424 (RFC 4918 §9.2, §11.4).
	for _, s := range Registry(424).Scenarios {
		if !strings.Contains(s.Text, "207") || !strings.Contains(s.Why, "207") {
			t.Errorf("424: scenario %q must say the response itself is 207", s.Text)
		}
	}
}

func TestScenariosHaveOneAnswer(t *testing.T) {
	// A scenario whose feedback admits that an offered code would do as
	// well has two defensible answers.
	for _, e := range All() {
		for _, s := range e.Scenarios {
			for _, v := range s.Versus {
				for _, w := range []string{strconv.Itoa(v) + " would behave the same", strconv.Itoa(v) + " would work as well"} {
					if strings.Contains(s.Why, w) {
						t.Errorf("%s: scenario %q: %s", e.ID(), s.Text, w)
					}
				}
			}
		}
	}
	// The nginx rewrite scenarios ask what nginx sends, which has one
	// answer, not which code would fit, which has two.
	for _, code := range []int{301, 302} {
		for _, s := range Registry(code).Scenarios {
			if strings.Contains(s.Text, "rewrite ") && !strings.Contains(s.Text, "status line does nginx send") {
				t.Errorf("%d: scenario %q must ask which status line nginx sends", code, s.Text)
			}
		}
	}
}

// nginxPhrases is nginx's own status line table (nginx source,
// ngx_http_header_filter_module.c), for the codes an example may show.
var nginxPhrases = map[int]string{
	200: "OK", 301: "Moved Permanently", 302: "Moved Temporarily", 400: "Bad Request",
	403: "Forbidden", 404: "Not Found", 405: "Not Allowed", 408: "Request Time-out",
	413: "Request Entity Too Large", 414: "Request-URI Too Large", 500: "Internal Server Error",
	502: "Bad Gateway", 503: "Service Temporarily Unavailable", 504: "Gateway Time-out",
}

func TestNginxExamplesUseNginxPhrases(t *testing.T) {
	for _, e := range All() {
		resp := e.Example.Response
		if len(resp) == 0 || !strings.HasPrefix(resp[0], "HTTP/1.1 ") ||
			!strings.Contains(strings.ToLower(strings.Join(resp, "\n")), "nginx") {
			continue
		}
		f := strings.SplitN(resp[0], " ", 3)
		code, _ := strconv.Atoi(f[1])
		want, ok := nginxPhrases[code]
		if !ok {
			t.Errorf("%s: nginx example with code %d: add nginx's phrase to the table", e.ID(), code)
			continue
		}
		if len(f) < 3 || f[2] != want {
			t.Errorf("%s: nginx sends %q, the example shows %q", e.ID(), fmt.Sprintf("%d %s", code, want), resp[0])
		}
	}
}

func TestAuditCorrections(t *testing.T) {
	checks := []struct {
		id, why string
		ok      func(e *Entry) bool
	}{
		{"100", "417 means: repeat without Expect and send the body (RFC 9110 §10.1.1)", func(e *Entry) bool {
			return slices.ContainsFunc(e.SeeAlso, func(s SeeAlso) bool { return s.Code == 417 && strings.Contains(s.Why, "without Expect") })
		}},
		{"101", "WebSockets over HTTP/2 use extended CONNECT (RFC 9113 §8.6)", func(e *Entry) bool {
			return strings.Contains(prose(e), "extended CONNECT")
		}},
		{"101", "WebSocket is a common case, not measured as by far the most common", func(e *Entry) bool {
			return !strings.Contains(e.Explanation, "By far the most common")
		}},
		{"102", "RFC 4918 Appendix F says why 102 was dropped", func(e *Entry) bool {
			return strings.Contains(prose(e), "lack of implementation") && strings.Contains(prose(e), "RFC 4918 Appendix F")
		}},
		{"200", "200 is the default of Go and Node, not of every server and API", func(e *Entry) bool {
			return !strings.Contains(e.Explanation, "every web server and API")
		}},
		{"206", "a cache must understand the code and support ranges (RFC 9111 §3, §3.3)", func(e *Entry) bool {
			return noteWith(e, "RFC 9111 §3", "§3.3", "Content-Range") != ""
		}},
		{"306", "Switch Proxy came from Netscape drafts sent by a proxy", func(e *Entry) bool {
			return strings.Contains(e.Explanation, "Netscape") && !strings.Contains(e.Explanation, "a 1997 Internet-Draft")
		}},
		{"410", "RFC 9110 §15.5.11: the removal is likely permanent, not certainly", func(e *Entry) bool {
			return !strings.Contains(group(404, 410).Lesson, "on purpose, for good")
		}},
		{"414", "nginx sends 414 Request-URI Too Large (ngx_http_header_filter_module.c)", func(e *Entry) bool {
			return noteWith(e, "nginx", "414 Request-URI Too Large") != ""
		}},
		{"422", "400 is not only for requests that cannot be parsed (RFC 9110 §15.5.1)", func(e *Entry) bool {
			return !strings.Contains(prose(e), "400 is for requests that cannot be parsed")
		}},
		{"426", "the WebSocket version scenario needs the cue that RFC 6455 §4.2.2 suggests this code", func(e *Entry) bool {
			return slices.ContainsFunc(e.Scenarios, func(s Scenario) bool {
				return strings.Contains(s.Text, "RFC 6455") && strings.Contains(s.Why, "§4.2.2")
			})
		}},
		{"501", "a request body's final transfer coding must be chunked (RFC 9112 §6.3), or the answer is 400", func(e *Entry) bool {
			return !slices.ContainsFunc(e.Scenarios, func(s Scenario) bool {
				return strings.Contains(s.Text, "Transfer-Encoding: zstd") && !strings.Contains(s.Text, "zstd, chunked")
			})
		}},
		{"495-nginx", "nginx logs the verify error at info level (ngx_http_request.c)", func(e *Entry) bool {
			return strings.Contains(e.Explanation, "info level") && noteWith(e, "info", "error_log") != ""
		}},
		{"419-spring", "Spring links the constant to draft-ietf-webdav-protocol-06", func(e *Entry) bool {
			return strings.Contains(e.Explanation, "draft-ietf-webdav-protocol-06")
		}},
		{"420-spring", "Spring links the constant to draft-ietf-webdav-protocol-06", func(e *Entry) bool {
			return strings.Contains(e.Explanation, "draft-ietf-webdav-protocol-06")
		}},
		{"420-twitter", "Twitter's error list names the Search and Trends APIs", func(e *Entry) bool {
			return noteWith(e, "Search and Trends", "Error Codes") != ""
		}},
		{"520-cloudflare", "Cloudflare's limit for origin headers is 128 KB (Cloudflare docs, Error 520)", func(e *Entry) bool {
			return noteWith(e, "128 KB") != ""
		}},
		{"451-exchange", "the reference names the section its URL opens, [MS-ASHTTP] §3.2.5.1", func(e *Entry) bool {
			return e.Reference == "Microsoft [MS-ASHTTP] §3.2.5.1"
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

// TestNewEntriesMatchSources pins facts in recently added text that were
// once outdated or unsourced.
func TestNewEntriesMatchSources(t *testing.T) {
	// arcgis-rest-js moved checkForErrors into request.ts in 2019, and since
	// 2022 (#973) only codes 498 and 499 raise ArcGISAuthError.
	for _, id := range []string{"498-esri", "499-esri"} {
		e := ByID(id)
		if strings.Contains(e.Source+e.Reference+e.URL+prose(e), "check-for-errors.ts") {
			t.Errorf("%s: cites check-for-errors.ts, which REST JS no longer has", id)
		}
		for _, n := range e.Notes {
			if strings.Contains(n, "GWM_0003") && !strings.Contains(n, "earlier versions") {
				t.Errorf("%s: note says GWM_0003 makes an auth error today: %q", id, n)
			}
		}
	}
	// The Fetch Standard gives 200 and 204 as examples of an ok status for a
	// preflight (§3.3.3); it does not say how common either is.
	n := noteWith(Registry(204), "CORS preflight")
	if n == "" || strings.Contains(n, "common answer") || !strings.Contains(n, "§3.3.3") {
		t.Errorf("204: the preflight note must cite §3.3.3 and claim no frequency: %q", n)
	}
	// http.dev says Shopify's old 430 meaning is deprecated; that it is gone
	// from Shopify's table is Shopify's own table's word.
	if n := noteWith(ByID("430-shopify"), "Request Header Fields Too Large"); !strings.Contains(n, "Shopify docs, API response status and error codes") {
		t.Errorf("430-shopify: the note on the old meaning must cite Shopify's table: %q", n)
	}
}
