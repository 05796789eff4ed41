package data

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Every example exchange must be valid HTTP/1.1 as written: its lines,
// joined with CRLF, parse with net/http, and its framing is exact
// (RFC 9112 §6). A message's header section ends at its first empty line;
// the lines after it, joined with CRLF, are its body.

// statusShown lists the entries whose example response carries another
// status code than their own, and why.
var statusShown = map[string]struct {
	code int
	why  string
}{
	"208":       {207, "208 is reported for one member inside a 207 Multi-Status body (RFC 5842 §7.1)"},
	"424":       {207, "424 is reported for one operation inside a 207 Multi-Status body (RFC 4918 §9.2, §11.4)"},
	"494-nginx": {400, "nginx sends its internal 494 to the client as 400 (nginx source, ngx_http_special_response.c)"},
	"495-nginx": {400, "nginx sends its internal 495 to the client as 400 (nginx source, ngx_http_special_response.c)"},
	"496-nginx": {400, "nginx sends its internal 496 to the client as 400 (nginx source, ngx_http_special_response.c)"},
	"497-nginx": {400, "nginx sends its internal 497 to the client as 400 (nginx source, ngx_http_special_response.c)"},
	"498-esri":  {200, "most ArcGIS Server services answer 200 and put 498 in the JSON body (arcgis-rest-js, request.ts)"},
	"499-esri":  {200, "most ArcGIS Server services answer 200 and put 499 in the JSON body (arcgis-rest-js, request.ts)"},
}

// bodyUnsent lists the entries whose example request declares a body that
// the example leaves out, because the response comes before the body has
// arrived, and why. A request with Expect: 100-continue needs no entry
// here: its body waits for the server's go-ahead (RFC 9110 §10.1.1).
var bodyUnsent = map[string]string{
	"104": "the server sends 104 while the upload is still arriving",
	"408": "the client stalls partway through its body; that is why the server gives up",
}

// message is an example message split at its first empty line.
type message struct {
	head string // the header section with its final empty line
	body string // the lines after the empty line, joined with CRLF
	// hasBody is true when the example shows an empty line and a body.
	hasBody bool
}

func split(lines []string) message {
	i := slices.Index(lines, "")
	if i < 0 {
		return message{head: strings.Join(lines, "\r\n") + "\r\n\r\n"}
	}
	return message{
		head:    strings.Join(lines[:i], "\r\n") + "\r\n\r\n",
		body:    strings.Join(lines[i+1:], "\r\n"),
		hasBody: true,
	}
}

// readExact reads a parsed message's body and checks that it consumed
// exactly the bytes the example shows, no fewer and no more.
func readExact(body io.Reader, rest *bufio.Reader) error {
	if _, err := io.ReadAll(body); err != nil {
		return fmt.Errorf("body does not match its framing: %v", err)
	}
	if n := rest.Buffered(); n > 0 {
		left, _ := rest.Peek(n)
		return fmt.Errorf("%d bytes after the message are not covered by its framing: %.40q", n, left)
	}
	return nil
}

// checkRequest parses an example request and checks its framing.
func checkRequest(e *Entry) (*http.Request, error) {
	m := split(e.Example.Request)
	r := bufio.NewReader(strings.NewReader(m.head + m.body))
	req, err := http.ReadRequest(r)
	if err != nil {
		return nil, fmt.Errorf("request does not parse: %v", err)
	}
	if (req.ProtoMajor != 1 || req.ProtoMinor != 1) && e.Code != 505 {
		return req, fmt.Errorf("request is %s, not HTTP/1.1", req.Proto)
	}
	if m.hasBody && m.body == "" {
		return req, fmt.Errorf("request has an empty line but no body")
	}
	if m.hasBody && req.ContentLength == 0 && len(req.TransferEncoding) == 0 {
		return req, fmt.Errorf("request sends a %d-byte body without Content-Length or Transfer-Encoding", len(m.body))
	}
	if !m.hasBody && (req.ContentLength > 0 || len(req.TransferEncoding) > 0) {
		if req.Header.Get("Expect") == "100-continue" || bodyUnsent[e.ID()] != "" {
			return req, nil
		}
		return req, fmt.Errorf("request declares a body (Content-Length %d) but the example shows none", req.ContentLength)
	}
	return req, readExact(req.Body, r)
}

// forbidsContent reports whether a response with this code, to this
// request, can never carry content (RFC 9110 §6.4.1, §9.3.2).
func forbidsContent(code int, req *http.Request) bool {
	return code/100 == 1 || code == 204 || code == 304 || req.Method == http.MethodHead
}

// checkResponse parses an example response and checks its status and
// framing.
func checkResponse(e *Entry, req *http.Request) error {
	m := split(e.Example.Response)
	r := bufio.NewReader(strings.NewReader(m.head + m.body))
	resp, err := http.ReadResponse(r, req)
	if err != nil {
		return fmt.Errorf("response does not parse: %v", err)
	}
	if resp.ProtoMajor != 1 || resp.ProtoMinor != 1 {
		return fmt.Errorf("response is %s, not HTTP/1.1", resp.Proto)
	}
	want := e.Code
	if s, ok := statusShown[e.ID()]; ok {
		want = s.code
	}
	if resp.StatusCode != want {
		return fmt.Errorf("status line says %d, want %d", resp.StatusCode, want)
	}
	if forbidsContent(resp.StatusCode, req) {
		if m.hasBody {
			return fmt.Errorf("a %d response to %s cannot carry content", resp.StatusCode, req.Method)
		}
		return nil
	}
	if m.hasBody && m.body == "" {
		return fmt.Errorf("response has an empty line but no body")
	}
	if resp.ContentLength < 0 && len(resp.TransferEncoding) == 0 {
		return fmt.Errorf("response has no Content-Length or Transfer-Encoding, so its end is unknown")
	}
	return readExact(resp.Body, r)
}

// sentResponse reports whether the example shows a response on the wire;
// a code that never reaches a client shows, in parentheses, what happens
// instead.
func sentResponse(e *Entry) bool {
	return !strings.HasPrefix(e.Example.Response[0], "(")
}

func TestExamplesAreValidHTTP(t *testing.T) {
	var requests, responses int
	for _, e := range All() {
		req, err := checkRequest(e)
		if err != nil {
			t.Errorf("%s: %v", e.ID(), err)
			requests++
		}
		if req == nil {
			req = &http.Request{Method: http.MethodGet}
		}
		if !sentResponse(e) {
			continue
		}
		if err := checkResponse(e, req); err != nil {
			t.Errorf("%s: %v", e.ID(), err)
			responses++
		}
	}
	if requests+responses > 0 {
		t.Logf("%d requests and %d responses are not valid HTTP/1.1 as written", requests, responses)
	}
}

func TestExampleExceptionsAreUsed(t *testing.T) {
	// Every documented exception names an entry whose example needs it.
	for id, s := range statusShown {
		e := ByID(id)
		if e == nil || !sentResponse(e) || !strings.HasPrefix(e.Example.Response[0], "HTTP/1.1 "+strconv.Itoa(s.code)+" ") {
			t.Errorf("%s: the exception (%s) does not match its example", id, s.why)
		}
	}
	for id, why := range bodyUnsent {
		e := ByID(id)
		if e == nil || slices.Contains(e.Example.Request, "") {
			t.Errorf("%s: the exception (%s) does not match its example", id, why)
		}
	}
}
