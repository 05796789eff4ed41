package logscan

import (
	"bytes"
	"encoding/json"
)

// status reads a three-digit status code at the start of b. ok is false
// when b does not start with three digits followed by a space or the end;
// code is 0 for three digits outside 100–599 ("000").
func status(b []byte) (code int, ok bool) {
	if len(b) < 3 || (len(b) > 3 && b[3] != ' ') {
		return 0, false
	}
	for _, c := range b[:3] {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	code = int(b[0]-'0')*100 + int(b[1]-'0')*10 + int(b[2]-'0')
	if code < 100 || code > 599 {
		code = 0
	}
	return code, true
}

// combined reads the status of a line in the common or combined log
// format, which nginx and Apache write as
//
//	host ident user [time] "request" status bytes ["referer" "user-agent"]
//
// (nginx docs, ngx_http_log_module, log_format combined; Apache docs,
// mod_log_config, Common Log Format). Fields before the time may vary
// (Apache's vhost_combined puts the virtual host first) and fields after
// the size are ignored. ok is false when the line is not in the format.
// Both servers escape a double quote inside the request, nginx as \x22 and
// Apache as \", so the request ends at the first quote not preceded by a
// backslash (an escaped backslash, \\, is skipped as a pair).
func combined(line []byte) (code int, ok bool) {
	open := bytes.IndexByte(line, '[')
	if open < 4 || bytes.Count(line[:open], space) < 2 {
		return 0, false
	}
	rest := line[open:]
	shut := bytes.IndexByte(rest, ']')
	if shut < 0 || !bytes.HasPrefix(rest[shut+1:], []byte(` "`)) {
		return 0, false
	}
	rest = rest[shut+3:]
	end := closingQuote(rest)
	if end < 0 || len(rest) < end+2 || rest[end+1] != ' ' {
		return 0, false
	}
	return status(rest[end+2:])
}

var space = []byte{' '}

// closingQuote returns the index of the first double quote in b that is not
// escaped with a backslash, or -1.
func closingQuote(b []byte) int {
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++ // skip the escaped character
		case '"':
			return i
		}
	}
	return -1
}

// alb reads a line of an AWS Application Load Balancer access log. Its
// fields, in order and separated by spaces, begin
//
//	type time elb client:port target:port request_processing_time
//	target_processing_time response_processing_time elb_status_code
//	target_status_code received_bytes sent_bytes "request" ...
//
// (AWS ALB user guide, Access log entries, Syntax). type is http, https,
// h2, grpcs, ws or wss, and AWS asks readers to accept others; time is ISO
// 8601 in UTC. elb_status_code is what the client received;
// target_status_code is "-" when no target sent a response, so the load
// balancer made the code itself. ok is false when the line is not an ALB
// entry; code is 0 when elb_status_code is "-" or not a status code.
func alb(line []byte) (code int, byLB, ok bool) {
	var f [13][]byte
	rest := line
	for i := range 12 {
		sp := bytes.IndexByte(rest, ' ')
		if sp <= 0 {
			return 0, false, false
		}
		f[i], rest = rest[:sp], rest[sp+1:]
	}
	if len(rest) == 0 || rest[0] != '"' || !isWord(f[0]) {
		return 0, false, false
	}
	t := f[1]
	if len(t) < 20 || t[4] != '-' || t[10] != 'T' || t[len(t)-1] != 'Z' ||
		bytes.IndexByte(f[3], ':') < 0 || !isTime(f[5]) || !isTime(f[6]) || !isTime(f[7]) {
		return 0, false, false
	}
	target := f[9]
	byLB = len(target) == 1 && target[0] == '-'
	if c, ok := status(f[8]); ok {
		return c, byLB, true
	}
	if len(f[8]) == 1 && f[8][0] == '-' {
		return 0, byLB, true
	}
	return 0, false, false
}

// isWord reports whether b is a short lower-case word, like ALB's types.
func isWord(b []byte) bool {
	if len(b) == 0 || len(b) > 8 {
		return false
	}
	for _, c := range b {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// isTime reports whether b is one of ALB's processing times: seconds such
// as 0.001, or -1.
func isTime(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	if b[0] == '-' {
		b = b[1:]
	}
	digits := 0
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c != '.':
			return false
		}
	}
	return digits > 0
}

// statusLine reads an HTTP status line, "HTTP/1.1 404 Not Found" (RFC 9112
// §4: version, space, three-digit code, space, optional reason). curl
// writes the version of HTTP/2 and HTTP/3 without a minor digit ("HTTP/2
// 404"), so the minor digit is optional. ok is false when line is not a
// status line.
func statusLine(line []byte) (code int, ok bool) {
	rest, found := bytes.CutPrefix(line, []byte("HTTP/"))
	if !found || len(rest) < 2 || rest[0] < '0' || rest[0] > '9' {
		return 0, false
	}
	rest = rest[1:]
	if len(rest) >= 2 && rest[0] == '.' && rest[1] >= '0' && rest[1] <= '9' {
		rest = rest[2:]
	}
	if len(rest) < 4 || rest[0] != ' ' {
		return 0, false
	}
	code, ok = status(rest[1:])
	return code, ok && code != 0
}

// requestLine reports whether line is an HTTP/1 request line, "GET /
// HTTP/1.1" (RFC 9112 §3: method, space, target, space, version).
func requestLine(line []byte) bool {
	sp := bytes.IndexByte(line, ' ')
	if sp <= 0 || !isToken(line[:sp]) {
		return false
	}
	last := bytes.LastIndexByte(line, ' ')
	return last > sp+1 && bytes.HasPrefix(line[last+1:], []byte("HTTP/"))
}

// headerLine reports whether line is a header field, "Name: value"
// (RFC 9110 §5: the name is a token).
func headerLine(line []byte) bool {
	colon := bytes.IndexByte(line, ':')
	return colon > 0 && isToken(line[:colon])
}

// isToken reports whether b is an RFC 9110 §5.6.2 token: letters, digits
// and !#$%&'*+-.^_`|~.
func isToken(b []byte) bool {
	for _, c := range b {
		if !tchar[c] {
			return false
		}
	}
	return len(b) > 0
}

var tchar = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	for _, c := range "!#$%&'*+-.^_`|~" {
		t[c] = true
	}
	return t
}()

// jsonStatus is the part of a JSON log line where a status code may be.
// The keys, the client-facing ones first:
//
//   - DownstreamStatus: Traefik's access log, the code sent to the client
//     (traefik accesslog/logdata.go)
//   - http.response.status_code, flat or nested: Elastic Common Schema and
//     OpenTelemetry's HTTP semantic conventions
//   - http.status_code, flat or nested: OpenTelemetry's older name for it
//   - status, status_code, statusCode: what most servers and loggers use
//     (Caddy's access log writes status)
//   - response.status, res.statusCode, nested or flat: Express-style
//     loggers (pino-http logs res.statusCode)
//   - httpRequest.status: Google Cloud Logging's LogEntry HttpRequest
//
// Keys match regardless of case, as encoding/json matches them.
type jsonStatus struct {
	DownstreamStatus   json.RawMessage `json:"DownstreamStatus"`
	HTTPResponseStatus json.RawMessage `json:"http.response.status_code"`
	HTTPStatusCode     json.RawMessage `json:"http.status_code"`
	Status             json.RawMessage `json:"status"`
	StatusCodeSnake    json.RawMessage `json:"status_code"`
	StatusCodeCamel    json.RawMessage `json:"statusCode"`
	ResponseStatusFlat json.RawMessage `json:"response.status"`
	ResStatusCodeFlat  json.RawMessage `json:"res.statusCode"`
	HTTP               *jsonHTTP       `json:"http"`
	Response           *jsonResponse   `json:"response"`
	Res                *jsonResponse   `json:"res"`
	HTTPRequest        *jsonResponse   `json:"httpRequest"`
}

type jsonHTTP struct {
	StatusCode json.RawMessage `json:"status_code"`
	Response   *struct {
		StatusCode json.RawMessage `json:"status_code"`
	} `json:"response"`
}

type jsonResponse struct {
	Status     json.RawMessage `json:"status"`
	StatusCode json.RawMessage `json:"statusCode"`
}

// jsonLine reads the status of a JSON log line. ok is false when the line
// is not a JSON object; code is 0 when it has no status under a known key.
func jsonLine(line []byte) (code int, ok bool) {
	var v jsonStatus
	if err := json.Unmarshal(line, &v); err != nil {
		// A field of an unexpected type ("http": "1.1") is skipped and
		// the rest still decoded; only a syntax error rejects the line.
		if _, typeErr := err.(*json.UnmarshalTypeError); !typeErr {
			return 0, false
		}
	}
	candidates := []json.RawMessage{v.DownstreamStatus, v.HTTPResponseStatus}
	if v.HTTP != nil {
		if v.HTTP.Response != nil {
			candidates = append(candidates, v.HTTP.Response.StatusCode)
		}
		candidates = append(candidates, v.HTTP.StatusCode)
	}
	candidates = append(candidates, v.HTTPStatusCode, v.Status, v.StatusCodeSnake, v.StatusCodeCamel,
		v.ResponseStatusFlat, v.ResStatusCodeFlat)
	for _, r := range []*jsonResponse{v.Response, v.Res, v.HTTPRequest} {
		if r != nil {
			candidates = append(candidates, r.Status, r.StatusCode)
		}
	}
	for _, c := range candidates {
		if n := jsonCode(c); n != 0 {
			return n, true
		}
	}
	return 0, true
}

// jsonCode reads a status code written as a JSON number (404) or string
// ("404"); 0 when raw is anything else.
func jsonCode(raw json.RawMessage) int {
	b := bytes.Trim(raw, `"`)
	if len(b) != 3 {
		return 0
	}
	code, ok := status(b)
	if !ok {
		return 0
	}
	return code
}
