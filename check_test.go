package main

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"httpcodes/ui"
)

// checkJSON runs check --json and decodes its answer.
func checkJSON(t *testing.T, args ...string) (ui.Check, subResult) {
	t.Helper()
	r := runSub(t, newCheck, nil, append([]string{"--json"}, args...)...)
	var c ui.Check
	if err := json.Unmarshal([]byte(r.stdout), &c); err != nil {
		t.Fatalf("check %q: not JSON (%v):\n%s\nstderr: %s", args, err, r.stdout, r.stderr)
	}
	return c, r
}

func codes(c ui.Check) []int {
	var out []int
	for _, h := range c.Hops {
		out = append(out, h.Code)
	}
	return out
}

func methods(c ui.Check) []string {
	var out []string
	for _, h := range c.Hops {
		out = append(out, h.Method)
	}
	return out
}

// recorder notes the method and path of each request a test server gets.
type recorder struct {
	mu   sync.Mutex
	seen []string
}

func (rec *recorder) note(r *http.Request) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	rec.seen = append(rec.seen, r.Method+" "+r.URL.Path)
}

// chainServer redirects /a → 301 → /b → 308 → /c → 200.
func chainServer(t *testing.T, rec *recorder) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		rec.note(r)
		w.Header().Set("Cache-Control", "max-age=3600")
		http.Redirect(w, r, "/b", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		rec.note(r)
		http.Redirect(w, r, "/c", http.StatusPermanentRedirect)
	})
	mux.HandleFunc("/c", func(w http.ResponseWriter, r *http.Request) {
		rec.note(r)
		w.Write([]byte("done"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestCheckRedirectChain(t *testing.T) {
	rec := &recorder{}
	srv := chainServer(t, rec)
	c, r := checkJSON(t, srv.URL+"/a")
	if r.code != exitOK || c.Outcome != "ok" || c.Final != 200 {
		t.Fatalf("exit %d, outcome %q, final %d", r.code, c.Outcome, c.Final)
	}
	if got := codes(c); !slices.Equal(got, []int{301, 308, 200}) {
		t.Errorf("codes %v", got)
	}
	if c.Hops[0].Next != srv.URL+"/b" || c.Hops[1].Next != srv.URL+"/c" || c.Hops[2].Next != "" {
		t.Errorf("next: %q %q %q", c.Hops[0].Next, c.Hops[1].Next, c.Hops[2].Next)
	}
	if !strings.Contains(c.Hops[0].MethodRule, "§15.4.2") || !strings.Contains(c.Hops[1].MethodRule, "§15.4.9") {
		t.Errorf("method rules: %q / %q", c.Hops[0].MethodRule, c.Hops[1].MethodRule)
	}
	var cacheControl ui.HopHeader
	for _, h := range c.Hops[0].Headers {
		if h.Name == "Cache-Control" {
			cacheControl = h
		}
	}
	if cacheControl.Value != "max-age=3600" || cacheControl.Why == "" {
		t.Errorf("hop 1 headers: %+v", c.Hops[0].Headers)
	}
	if want := []string{"HEAD /a", "HEAD /b", "HEAD /c"}; !slices.Equal(rec.seen, want) {
		t.Errorf("server saw %v, want %v", rec.seen, want)
	}
}

// A POST through 301 becomes a GET; 308 then keeps the GET.
func TestCheckMethodChanges(t *testing.T) {
	rec := &recorder{}
	srv := chainServer(t, rec)
	c, _ := checkJSON(t, "-X", "POST", srv.URL+"/a")
	if got := methods(c); !slices.Equal(got, []string{"POST", "GET", "GET"}) {
		t.Errorf("methods %v", got)
	}
	if !strings.HasPrefix(c.Hops[0].MethodRule, "POST becomes GET") {
		t.Errorf("301 rule: %q", c.Hops[0].MethodRule)
	}
	if want := []string{"POST /a", "GET /b", "GET /c"}; !slices.Equal(rec.seen, want) {
		t.Errorf("server saw %v, want %v", rec.seen, want)
	}

	// 307 and 308 keep a POST; 303 turns it into GET.
	mux := http.NewServeMux()
	mux.HandleFunc("/keep", func(w http.ResponseWriter, r *http.Request) {
		rec.note(r)
		http.Redirect(w, r, "/other", http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("/other", func(w http.ResponseWriter, r *http.Request) {
		rec.note(r)
		http.Redirect(w, r, "/result", http.StatusSeeOther)
	})
	mux.HandleFunc("/result", func(w http.ResponseWriter, r *http.Request) { rec.note(r) })
	srv2 := httptest.NewServer(mux)
	defer srv2.Close()
	rec.seen = nil
	c, _ = checkJSON(t, "-X", "POST", srv2.URL+"/keep")
	if want := []string{"POST /keep", "POST /other", "GET /result"}; !slices.Equal(rec.seen, want) {
		t.Errorf("server saw %v, want %v", rec.seen, want)
	}
}

func TestCheckLoop(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/x", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/y", http.StatusFound) })
	mux.HandleFunc("/y", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/x", http.StatusFound) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c, r := checkJSON(t, srv.URL+"/x")
	if r.code != exitNotFound || c.Outcome != "loop" || len(c.Hops) != 2 || !strings.Contains(c.Problem, "back to hop 1") {
		t.Errorf("loop: exit %d, outcome %q, %d hops, problem %q", r.code, c.Outcome, len(c.Hops), c.Problem)
	}
}

func TestCheckMaxRedirects(t *testing.T) {
	srv := chainServer(t, &recorder{})
	c, r := checkJSON(t, "--max-redirects", "1", srv.URL+"/a")
	if r.code != exitNotFound || c.Outcome != "too many redirects" || len(c.Hops) != 2 {
		t.Errorf("--max-redirects 1: exit %d, outcome %q, %d hops", r.code, c.Outcome, len(c.Hops))
	}
	c, r = checkJSON(t, "--max-redirects", "0", srv.URL+"/a")
	if r.code != exitOK || c.Final != 301 || len(c.Hops) != 1 {
		t.Errorf("--max-redirects 0: exit %d, final %d, %d hops", r.code, c.Final, len(c.Hops))
	}
}

func TestCheckTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	start := time.Now()
	c, r := checkJSON(t, "--timeout", "200ms", srv.URL)
	if r.code != exitUsage || c.ErrorKind != "timeout" || !strings.Contains(c.Problem, "within 200ms") {
		t.Errorf("slow server: exit %d, kind %q, problem %q", r.code, c.ErrorKind, c.Problem)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("took %v with a 200ms timeout", took)
	}
}

func TestCheckTLSError(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the handshake failure is the point
	srv.StartTLS()
	defer srv.Close()
	c, r := checkJSON(t, srv.URL)
	if r.code != exitUsage || c.ErrorKind != "tls" || !strings.HasPrefix(c.Problem, "TLS:") {
		t.Errorf("untrusted certificate: exit %d, kind %q, problem %q", r.code, c.ErrorKind, c.Problem)
	}
}

func TestCheckRefused(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close() // nothing listens there now
	c, r := checkJSON(t, url)
	if r.code != exitUsage || c.ErrorKind != "refused" {
		t.Errorf("closed port: exit %d, kind %q, problem %q", r.code, c.ErrorKind, c.Problem)
	}
}

func TestCheckRetryAfter(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120")
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	c, r := checkJSON(t, srv.URL)
	if r.code != exitNotFound || c.Outcome != "error" || c.Final != 503 {
		t.Fatalf("503: exit %d, outcome %q, final %d", r.code, c.Outcome, c.Final)
	}
	h := c.Hops[0]
	if len(h.Headers) == 0 || h.Headers[0].Name != "Retry-After" || h.Headers[0].Value != "120" {
		t.Errorf("503 headers: %+v", h.Headers)
	}
	text := runSub(t, newCheck, nil, srv.URL)
	for _, want := range []string{"503 Service Unavailable", "Retry-After: 120", "Final answer: 503"} {
		if !strings.Contains(text.stdout, want) {
			t.Errorf("printout lacks %q:\n%s", want, text.stdout)
		}
	}
}

// HEAD answered with 405 is asked again with GET, unless -X chose HEAD.
func TestCheckHeadFallback(t *testing.T) {
	rec := &recorder{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec.note(r)
		if r.Method == http.MethodHead {
			w.WriteHeader(http.StatusMethodNotAllowed)
		}
	}))
	defer srv.Close()
	c, r := checkJSON(t, srv.URL+"/p")
	if r.code != exitOK || c.Final != 200 || c.Hops[0].Method != "GET" || !strings.Contains(c.Hops[0].Fallback, "405") {
		t.Errorf("fallback: exit %d, %+v", r.code, c.Hops)
	}
	if want := []string{"HEAD /p", "GET /p"}; !slices.Equal(rec.seen, want) {
		t.Errorf("server saw %v, want %v", rec.seen, want)
	}
	c, r = checkJSON(t, "-X", "HEAD", srv.URL+"/p")
	if r.code != exitNotFound || c.Final != 405 {
		t.Errorf("-X HEAD: exit %d, final %d", r.code, c.Final)
	}
	if len(c.Hops[0].Missing) != 1 || c.Hops[0].Missing[0].Name != "Allow" {
		t.Errorf("a 405 without Allow is not flagged: %+v", c.Hops[0].Missing)
	}
}

// TestCheckHeadFallbackRedirect: after a refused HEAD is sent again as GET,
// the redirect it gets is explained for the GET that was sent.
func TestCheckHeadFallbackRedirect(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method == http.MethodHead:
			w.WriteHeader(http.StatusMethodNotAllowed)
		case r.URL.Path == "/old":
			http.Redirect(w, r, "/new", http.StatusPermanentRedirect)
		}
	}))
	defer srv.Close()
	c, r := checkJSON(t, srv.URL+"/old")
	if r.code != exitOK || len(c.Hops) != 2 {
		t.Fatalf("exit %d, hops %+v", r.code, c.Hops)
	}
	if h := c.Hops[0]; h.Method != "GET" || h.NextMethod != "GET" || !strings.HasPrefix(h.MethodRule, "GET") {
		t.Errorf("first hop: method %s, next %s, rule %q; want GET throughout", h.Method, h.NextMethod, h.MethodRule)
	}
}

func TestCheckUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"a", "b"},
		{"example.com"},
		{"ftp://example.com/"},
		{"--timeout", "soon", "http://127.0.0.1:1/"},
		{"--timeout", "0", "http://127.0.0.1:1/"},
		{"--max-redirects", "-1", "http://127.0.0.1:1/"},
		{"-X", "GET POST", "http://127.0.0.1:1/"},
	} {
		r := runSub(t, newCheck, nil, args...)
		if r.code != exitUsage || r.stdout != "" {
			t.Errorf("%q: exit %d, stdout %q", args, r.code, r.stdout)
		}
	}
}

// TestCheckUnknownCodeAndHints: a code the catalogue does not know is
// explained as httpcodes 299 explains it; a URL given without its scheme
// gets the scheme in the suggestion; one redirect is one redirect.
func TestCheckUnknownCodeAndHints(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(299) }))
	defer srv.Close()
	c, _ := checkJSON(t, srv.URL+"/")
	if len(c.Hops) != 1 || !strings.Contains(c.Hops[0].Summary, "299 is not a registered status code. Nearest: 226 IM Used") {
		t.Errorf("299 explained as %+v", c.Hops)
	}
	r := runSub(t, newCheck, nil, "127.0.0.1:8765/ok")
	if r.code != exitUsage || !strings.Contains(r.stderr, "such as http://127.0.0.1:8765/ok") {
		t.Errorf("no scheme: exit %d, %q", r.code, r.stderr)
	}
	c, _ = checkJSON(t, "--max-redirects", "1", chainServer(t, &recorder{}).URL+"/a")
	if !strings.Contains(c.Problem, "more than 1 redirect (") {
		t.Errorf("problem %q", c.Problem)
	}
}

// TestUserAgent: the version goes out as a product token, whatever the
// build says of itself.
func TestUserAgent(t *testing.T) {
	for v, want := range map[string]string{
		"v1.2.3":                             "httpcodes/v1.2.3",
		"v0.0.0-20261205132016-588152c310ed": "httpcodes/v0.0.0-20261205132016-588152c310ed",
		"dev, commit 588152c310ed of 2026-12-05T13:20:16Z":          "httpcodes/dev",
		"dev (no version control information; built with go1.26.8)": "httpcodes/dev",
		"v2.0.0+incompatible": "httpcodes/v2.0.0",
		"":                    "httpcodes",
	} {
		if got := userAgent(v); got != want {
			t.Errorf("userAgent(%q) = %q, want %q", v, got, want)
		}
	}
}
