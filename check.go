package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"httpcodes/data"
	"httpcodes/ui"
)

func newCheck(e *env) *cobra.Command {
	var asJSON bool
	var method, timeout string
	var maxRedirects int
	cmd := &cobra.Command{
		Use:   "check URL",
		Short: "Request a URL, follow its redirects one hop at a time, and explain each answer",
		Long: "Send one request to URL and explain the answer: its code and meaning, where a redirect leads and\n" +
			"what it does to the method, and the headers that matter for that code. Redirects are followed one\n" +
			"hop at a time, each explained, up to --max-redirects; a loop is detected and named. The request is\n" +
			"HEAD, sent again as GET when the server answers HEAD with 405 or 501 or drops it; -X chooses the\n" +
			"method. This is the only command that uses the network.\n\n" +
			"Exit codes: 0 when the final answer is 2xx or 3xx, 1 for a 4xx or 5xx, a redirect loop or too many\n" +
			"redirects, 2 for a usage error or a network error (DNS, connection refused, TLS, timeout).",
		Example: strings.Join([]string{
			"httpcodes check https://example.com/",
			"httpcodes check -X POST https://example.com/form",
			"httpcodes check http://example.com --max-redirects 3 --timeout 5s",
			"httpcodes check https://example.com/ --json | jq '.hops[].code'",
		}, "\n"),
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageErr("check needs one URL, such as httpcodes check https://example.com/")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			target, err := parseTarget(args[0])
			if err != nil {
				return err
			}
			wait, err := parseTimeout(timeout)
			if err != nil {
				return err
			}
			if maxRedirects < 0 {
				return usageErr("--max-redirects %d: give 0 (do not follow) or more", maxRedirects)
			}
			if !isMethod(method) {
				return usageErr("-X %q: give a method such as GET, HEAD, POST, PUT or DELETE", method)
			}
			ck := checker{
				client:   newCheckClient(wait),
				method:   method,
				fallback: !cmd.Flags().Changed("request"),
				max:      maxRedirects,
				timeout:  wait,
			}
			res := ck.run(cmd.Context(), target)
			if asJSON {
				err = writeJSON(e.stdout, res)
			} else {
				err = printText(e, ui.CheckText(res, e.width, ui.PrintStyles()))
			}
			if err != nil {
				return err
			}
			return checkExit(res)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: the hops, one object each, and the outcome")
	cmd.Flags().StringVarP(&method, "request", "X", http.MethodHead, "the request method; HEAD is sent again as GET if it is refused")
	cmd.Flags().IntVar(&maxRedirects, "max-redirects", 10, "follow at most this many redirects; 0 follows none")
	cmd.Flags().StringVar(&timeout, "timeout", "10s", "time allowed for each request: 10s, 500ms, or a number of seconds")
	return cmd
}

// checkExit maps how a check ended to an exit code.
func checkExit(res ui.Check) error {
	switch res.Outcome {
	case "ok":
		return nil
	case "network error":
		return &exitError{code: exitUsage, err: errors.New(res.Problem), quiet: true}
	}
	msg := res.Problem
	if msg == "" {
		msg = fmt.Sprintf("final answer %d", res.Final)
	}
	return &exitError{code: exitNotFound, err: errors.New(msg), quiet: true}
}

// parseTarget reads the URL to check: http or https, with a host.
func parseTarget(s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		hint := "https://example.com/"
		if !strings.Contains(s, "://") && !strings.HasPrefix(s, "/") {
			hint = "https://" + s
			if host, _, _ := strings.Cut(s, "/"); strings.HasPrefix(host, "localhost") || strings.HasPrefix(host, "127.") {
				hint = "http://" + s
			}
		}
		return nil, usageErr("%q is not an http or https URL: give the whole URL, such as %s", s, hint)
	}
	return u, nil
}

// parseTimeout reads --timeout: a Go duration ("10s", "500ms") or a number
// of seconds.
func parseTimeout(s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	if err != nil {
		secs, ferr := strconv.ParseFloat(s, 64)
		if ferr != nil {
			return 0, usageErr("--timeout %q: give a duration such as 10s or 500ms, or a number of seconds", s)
		}
		d = time.Duration(secs * float64(time.Second))
	}
	if d <= 0 {
		return 0, usageErr("--timeout %q: give a time above zero", s)
	}
	return d, nil
}

// isMethod reports whether m can be sent as a request method: a token
// (RFC 9110 §9.1), and not CONNECT, which opens a tunnel rather than
// asking for a resource.
func isMethod(m string) bool {
	if m == "" || m == http.MethodConnect {
		return false
	}
	for _, c := range m {
		if c > 127 || !strings.ContainsRune("!#$%&'*+-.^_`|~", c) &&
			(c < '0' || c > '9') && (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}

// newCheckClient is an HTTP client that hands every redirect back instead
// of following it, so that each hop can be explained.
func newCheckClient(timeout time.Duration) *http.Client {
	return &http.Client{
		Timeout: timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}

// checker walks a URL's redirects.
type checker struct {
	client   *http.Client
	method   string
	fallback bool // HEAD may be sent again as GET
	max      int  // redirects to follow
	timeout  time.Duration
}

// run requests target and follows its redirects, one hop at a time.
func (c *checker) run(ctx context.Context, target *url.URL) ui.Check {
	res := ui.Check{URL: target.String(), Hops: []ui.Hop{}}
	seen := map[string]int{} // "METHOD url" → the hop that requested it
	method, cur := c.method, target
	for n := 1; ; n++ {
		seen[method+" "+cur.String()] = n
		hop, err := c.hop(ctx, n, method, cur)
		res.Hops = append(res.Hops, hop)
		if err != nil {
			res.Outcome = "network error"
			res.ErrorKind, res.Problem = netProblem(err, cur, c.timeout)
			return res
		}
		res.Final = hop.Code
		res.Outcome = "ok"
		if hop.Code >= 400 {
			res.Outcome = "error"
		}
		if hop.Next == "" {
			return res
		}
		next, _ := url.Parse(hop.Next) // hop made it from a parsed URL
		switch {
		case next.Scheme != "http" && next.Scheme != "https":
			res.Problem = "The redirect leads out of HTTP (" + next.Scheme + ":), so check stops here."
			return res
		case c.max == 0:
			res.Problem = "The redirect was not followed (--max-redirects 0)."
			return res
		case n > c.max:
			res.Outcome = "too many redirects"
			res.Problem = fmt.Sprintf("Stopped: more than %d %s (--max-redirects).", c.max, ui.Plural(c.max, "redirect", "redirects"))
			return res
		}
		if at, ok := seen[hop.NextMethod+" "+next.String()]; ok {
			res.Outcome = "loop"
			res.Problem = fmt.Sprintf("Redirect loop: hop %d sends the client back to hop %d (%s %s); following it "+
				"would never end.", n, at, hop.NextMethod, next)
			return res
		}
		method, cur = hop.NextMethod, next
	}
}

// hop sends one request (HEAD, then GET when HEAD is refused) and explains
// the response. The error is a network error.
func (c *checker) hop(ctx context.Context, n int, method string, u *url.URL) (ui.Hop, error) {
	h := ui.Hop{N: n, Method: method, URL: u.String(), Headers: []ui.HopHeader{}, Missing: []ui.HopHeader{}}
	resp, took, err := c.send(ctx, method, u)
	if why := headRefused(resp, err); c.fallback && method == http.MethodHead && why != "" {
		if resp != nil {
			resp.Body.Close()
		}
		h.Method = http.MethodGet
		h.Fallback = why + "; asked again with GET."
		resp, took, err = c.send(ctx, http.MethodGet, u)
	}
	h.Millis = took.Milliseconds()
	if err != nil {
		return h, err
	}
	defer resp.Body.Close()
	explainResponse(&h, resp, h.Method, u) // the method sent: GET after a refused HEAD
	return h, nil
}

// headRefused says why a HEAD request is worth sending again as GET: the
// server does not support HEAD here (405, 501), or dropped the request
// without a network fault (some servers hang up on HEAD). Empty when
// there is no reason.
func headRefused(resp *http.Response, err error) string {
	if err != nil {
		if kind, _ := netProblem(err, nil, 0); kind == "network" {
			return "HEAD failed (" + inner(err).Error() + ")"
		}
		return ""
	}
	if resp.StatusCode == http.StatusMethodNotAllowed || resp.StatusCode == http.StatusNotImplemented {
		return fmt.Sprintf("HEAD was answered with %d", resp.StatusCode)
	}
	return ""
}

// send makes one request, with no body, and times it up to the response
// headers.
func (c *checker) send(ctx context.Context, method string, u *url.URL) (*http.Response, time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, method, u.String(), nil)
	if err != nil {
		return nil, 0, err
	}
	req.Header.Set("User-Agent", userAgent(version()))
	start := time.Now()
	resp, err := c.client.Do(req)
	return resp, time.Since(start), err
}

// userAgent names the program as a product token, name "/" version
// (RFC 9110 §10.1.5: product = token ["/" product-version]): the version
// as far as it is plain letters, digits, dots, hyphens and underscores,
// so that "dev, commit … of …" sends "httpcodes/dev".
func userAgent(version string) string {
	end := strings.IndexFunc(version, func(r rune) bool {
		return !(r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".-_", r)))
	})
	if end >= 0 {
		version = version[:end]
	}
	if version == "" {
		return "httpcodes"
	}
	return "httpcodes/" + version
}

// explainResponse fills in what a response means: its code, where a
// redirect leads and with which method, the headers that matter.
func explainResponse(h *ui.Hop, resp *http.Response, method string, u *url.URL) {
	code := resp.StatusCode
	h.Code = code
	h.Proto = resp.Proto
	h.Reason = strings.TrimSpace(strings.TrimPrefix(resp.Status, strconv.Itoa(code)))
	en := data.Registry(code)
	if en == nil {
		if es := data.Lookup(code); len(es) > 0 {
			en = es[0]
		}
	}
	if en != nil {
		h.ID, h.Name, h.Summary = en.ID(), en.Title(), en.Summary
	} else {
		h.Summary = ui.UnknownCode(strconv.Itoa(code), code, true) // and what a client does with it
	}
	if _, follows := methodRules[code]; follows {
		if loc := resp.Header.Get("Location"); loc != "" {
			if ref, err := url.Parse(loc); err == nil {
				h.Next = u.ResolveReference(ref).String()
				h.NextMethod, h.MethodRule = methodAfter(code, method)
			} else {
				h.Missing = append(h.Missing, ui.HopHeader{Name: "usable Location",
					Why: fmt.Sprintf("%q is not a URL, so there is nothing to follow.", loc)})
			}
		}
	}
	h.Headers = append(h.Headers, headersThatMatter(en, resp.Header)...)
	for _, r := range requiredHeaders {
		if slices.Contains(r.codes, code) && resp.Header.Get(r.name) == "" {
			h.Missing = append(h.Missing, ui.HopHeader{Name: r.name, Why: r.why})
		}
	}
}

// methodRules say what following each redirect does to the method
// (RFC 9110 §15.4.2–§15.4.9); the browsers' rule for 301 and 302 is the
// Fetch Standard's.
var methodRules = map[int]string{
	301: "a client may turn POST into GET when it follows a 301, for historical reasons, and browsers do; other " +
		"methods are kept. To keep POST, a server sends 308 (RFC 9110 §15.4.2).",
	302: "a client may turn POST into GET when it follows a 302, for historical reasons, and browsers do; other " +
		"methods are kept. To keep POST, a server sends 307 (RFC 9110 §15.4.3).",
	303: "a 303 is followed with GET (or HEAD): it points to another resource, one that describes the result " +
		"(RFC 9110 §15.4.4).",
	307: "a 307 must be followed with the same method and body (RFC 9110 §15.4.8).",
	308: "a 308 is followed with the same method and body, and the move is permanent (RFC 9110 §15.4.9).",
}

// methodAfter is the method the next request uses after a redirect with
// code, as browsers do it: POST becomes GET on 301 and 302, every method
// but HEAD becomes GET on 303, and 307 and 308 keep it (Fetch Standard,
// HTTP-redirect fetch).
func methodAfter(code int, method string) (string, string) {
	next := method
	switch {
	case (code == 301 || code == 302) && method == http.MethodPost:
		next = http.MethodGet
	case code == 303 && method != http.MethodGet && method != http.MethodHead:
		next = http.MethodGet
	}
	rule := methodRules[code]
	if next != method {
		return next, fmt.Sprintf("%s becomes %s here: %s", method, next, rule)
	}
	return next, fmt.Sprintf("%s stays %s here: %s", method, next, rule)
}

// headerWhy says why a header matters, for the headers worth showing with
// any code; a code's own entry may say more.
var headerWhy = []ui.HopHeader{
	{Name: "Location", Why: "Where the client is sent; a relative reference is resolved against the request's URL (RFC 9110 §10.2.2)."},
	{Name: "Retry-After", Why: "How long to wait before trying again, in seconds or as a date (RFC 9110 §10.2.3)."},
	{Name: "Cache-Control", Why: "Whether caches may store the response, and for how long (RFC 9111 §5.2)."},
	{Name: "WWW-Authenticate", Why: "How to authenticate: the schemes the server accepts here (RFC 9110 §11.6.1)."},
	{Name: "Proxy-Authenticate", Why: "How to authenticate with the proxy (RFC 9110 §11.7.1)."},
	{Name: "Allow", Why: "The methods this resource supports (RFC 9110 §10.2.1)."},
	{Name: "Content-Location", Why: "A URL for this particular representation of the resource (RFC 9110 §8.7)."},
}

// headersThatMatter lists the response's headers that matter for its code:
// those the code's entry names, with the entry's reason, then the ones
// worth knowing with any code.
func headersThatMatter(en *data.Entry, hdr http.Header) []ui.HopHeader {
	var out []ui.HopHeader
	shown := map[string]bool{}
	add := func(name, why string) {
		key := http.CanonicalHeaderKey(name)
		if v := hdr.Get(key); v != "" && !shown[key] {
			shown[key] = true
			out = append(out, ui.HopHeader{Name: name, Value: strings.Join(hdr.Values(key), ", "), Why: why})
		}
	}
	if en != nil {
		for _, h := range en.Headers {
			add(h.Name, h.Why)
		}
	}
	for _, h := range headerWhy {
		add(h.Name, h.Why)
	}
	return out
}

// requiredHeaders are the headers a code calls for (RFC 9110 §15).
var requiredHeaders = []struct {
	codes []int
	name  string
	why   string
}{
	{[]int{301, 302, 307, 308}, "Location", "a redirect should say where the resource is now; without Location there is " +
		"nothing to follow (RFC 9110 §15.4.2, §15.4.3, §15.4.8, §15.4.9)."},
	{[]int{303}, "Location", "a 303 is defined by the Location it points to (RFC 9110 §15.4.4)."},
	{[]int{401}, "WWW-Authenticate", "a 401 must carry at least one challenge saying how to authenticate " +
		"(RFC 9110 §15.5.2)."},
	{[]int{405}, "Allow", "a 405 must list the methods the resource supports (RFC 9110 §15.5.6)."},
	{[]int{407}, "Proxy-Authenticate", "a 407 must carry the proxy's challenge (RFC 9110 §15.5.8)."},
	{[]int{426}, "Upgrade", "a 426 must name the protocols to upgrade to (RFC 9110 §15.5.22)."},
}

// netProblem names a network error for people: its kind ("dns",
// "refused", "tls", "timeout" or "network") and a sentence.
func netProblem(err error, u *url.URL, timeout time.Duration) (kind, msg string) {
	host := ""
	if u != nil {
		host = u.Host
	}
	var dnsErr *net.DNSError
	var certErr *tls.CertificateVerificationError
	var unknownCA x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var invalid x509.CertificateInvalidError
	var record tls.RecordHeaderError
	var alert tls.AlertError
	var ne net.Error
	switch {
	case errors.As(err, &dnsErr):
		return "dns", fmt.Sprintf("DNS: cannot find the address of %s (%s).", dnsErr.Name, dnsErr.Err)
	case errors.Is(err, syscall.ECONNREFUSED):
		return "refused", fmt.Sprintf("Connection refused by %s: nothing accepts connections on that port.", host)
	case errors.As(err, &ne) && ne.Timeout():
		return "timeout", fmt.Sprintf("Timeout: no answer from %s within %s (--timeout).", host, timeout)
	case errors.As(err, &unknownCA):
		return "tls", fmt.Sprintf("TLS: the certificate of %s is signed by an authority this system does not trust.", host)
	case errors.As(err, &hostErr):
		return "tls", fmt.Sprintf("TLS: the certificate of %s is not valid for that name (%v).", host, hostErr)
	case errors.As(err, &invalid):
		return "tls", fmt.Sprintf("TLS: the certificate of %s is not valid (%v).", host, invalid)
	case errors.As(err, &certErr):
		return "tls", fmt.Sprintf("TLS: the certificate of %s failed verification (%v).", host, certErr.Err)
	case errors.As(err, &record):
		return "tls", fmt.Sprintf("TLS: %s did not answer in TLS; it may speak plain HTTP (try http://).", host)
	case errors.As(err, &alert):
		return "tls", fmt.Sprintf("TLS: %s refused the handshake (%v).", host, alert)
	}
	return "network", fmt.Sprintf("Network error talking to %s: %v.", host, inner(err))
}

// inner is the cause inside the *url.Error that the client returns, which
// repeats the method and URL already shown.
func inner(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
