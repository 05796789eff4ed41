package data

import (
	"slices"
	"strings"
	"sync"
)

// synonymGroups gather the words a learner uses for one idea of HTTP. Each
// group links a learner's word to the words the catalogue itself writes (the
// comment names where): a search for one member also finds entries that use
// another, a little below entries that use the member searched for.
// Members are compared after stemming, so "timed out" covers "time out"
// and "times out"; between two words of a member, one stop word may stand
// in the text ("closed the connection"). Spellings of one member are
// separated by "|" ("timeout|time out"): they count as the same word.
var synonymGroups = []struct {
	name    string
	members []string
}{
	// 401 "how to log in", "signed-in"; 511 "Sign in to the Wi-Fi"; 561 "sign-in";
	// 401's keywords "authentication", "login".
	{"signin", []string{"sign in|signin", "log in|login", "log on|logon", "authenticate", "unauthenticated", "auth"}},
	// 403 "the role or permission", phrase "Forbidden", keyword "access denied";
	// learners also say "banned".
	{"permission", []string{"permission", "forbidden", "access denied", "denied", "no access", "banned"}},
	// 410 "removed on purpose", phrase "Gone", and "deleted".
	{"removed", []string{"delete", "remove", "gone"}},
	// 408 "took too long"; 504 "gave up waiting", former "Gateway Time-out";
	// 522 "Connection Timed Out"; 524 "A Timeout Occurred"; 598 "slow".
	{"timeout", []string{"timeout|time out", "took too long", "too slow", "slow", "gave up waiting",
		"give up waiting"}},
	// 429 "Rate limited", "too many requests", keywords "throttle" and "quota";
	// 420 "slow down", "rate limiting".
	{"ratelimit", []string{"rate limit", "throttle", "too many requests", "slow down", "quota"}},
	// 502 "a gateway or proxy (a load balancer, a reverse proxy, a CDN)".
	{"proxy", []string{"gateway", "proxy", "reverse proxy", "load balancer", "cdn"}},
	// 502 "the server behind it"; 503 "backends"; 521 "origin"; 598 "upstream".
	{"upstream", []string{"upstream", "backend|back end", "origin", "origin server"}},
	// 413 "bigger than this server will accept", former "Payload Too Large";
	// 431 "too big"; 494 "oversized".
	{"toolarge", []string{"too large", "too big", "bigger than", "larger than", "oversized", "huge"}},
	// 413 "request body", former "Payload Too Large"; 104 "upload".
	{"body", []string{"payload", "request body", "upload"}},
	// 503 "Down for now", phrase "Service Unavailable"; 521 "Web Server Is Down";
	// 523 "Unreachable"; 521 and 522 "offline"; 503 "outage".
	{"down", []string{"down", "unavailable", "unreachable", "offline", "outage"}},
	// 499 "hangs up", "closed the connection"; 460 "Client Closed Connection";
	// nginx's 499 "client abort", and its scenario "cancels the previous request".
	{"hangup", []string{"close connection", "hang up", "hung up", "abort", "cancel", "disconnect"}},
	// 503 "overloaded", "at capacity"; 529 "Overloaded", "short of capacity".
	{"overload", []string{"overload", "capacity", "busy", "too much traffic"}},
	// 525 "SSL Handshake Failed" with "a TLS handshake"; nginx 495 "SSL Certificate Error".
	{"tls", []string{"ssl", "tls"}},
	// 495–496 and 526 "certificate"; learners shorten it.
	{"certificate", []string{"certificate|cert"}},
	// 203 "a proxy changed the response", "altered", "a transforming proxy"; 304 "Not Modified".
	{"change", []string{"change", "modify", "alter", "transform"}},
	// 415 "Unsupported Media Type", whose headers name "Content-Type".
	{"mediatype", []string{"media type", "content type"}},
	// 204's note on a browser's "CORS preflight" before a "cross-origin" call.
	{"cors", []string{"cors", "cross origin", "preflight"}},
	// 405's scenario "An HTML form submits with POST"; 303 "the usual reply
	// after a form POST".
	{"submit", []string{"submit", "post"}},
	// 301 "Moved Permanently", 308 "Permanent Redirect"; 302's former "Moved Temporarily".
	{"redirect", []string{"redirect", "moved", "relocate"}},
	// 404 "Nothing lives at this address"; learners say "does not exist", "broken link".
	{"notfound", []string{"not found", "does not exist|doesnt exist", "no such", "nothing lives",
		"broken link", "dead link"}},
	// 414 "URI Too Long" and "The URL"; 404 "this address".
	{"url", []string{"url", "uri", "address"}},
	// 402 "payment APIs", "a charge that failed", "paid access".
	{"payment", []string{"payment", "paid", "billing"}},
	// 500 "Something broke inside the server", "a bug", "crash", "exception".
	{"crash", []string{"crash", "bug", "exception", "panic", "broke"}},
	// 202 "queued for later", "a background worker".
	{"async", []string{"queue", "async|asynchronous", "background"}},
	// 204 "Nothing to send back"; 520 "an empty or garbled answer".
	{"empty", []string{"empty", "no body", "no content"}},
	// 520 "garbled"; 502 "a broken or invalid answer"; 400 "malformed".
	{"garbled", []string{"garbled", "garbage", "malformed", "corrupt"}},
	// 451 "a legal demand, such as a court order", "takedown", "censorship".
	{"legal", []string{"legal", "court order", "censor", "takedown", "government"}},
	// 511 "Sign in to the Wi-Fi", "hotspot", "captive portal".
	{"wifi", []string{"wifi|wi fi", "hotspot", "captive portal"}},
	// 101 "WebSocket".
	{"websocket", []string{"websocket|web socket"}},
	// 409 "already exists", "duplicate".
	{"duplicate", []string{"duplicate", "already exists", "already taken", "already in use"}},
	// 530 "could not resolve the origin's hostname"; 103, 520 and 522 "DNS".
	{"dns", []string{"dns", "resolve", "name resolution", "hostname lookup"}},
}

// synonym is one spelling of a member of a group, as stems, with the index
// terms it adds: "~group" for the group and "=key" for the member whatever
// its spelling ("timeout", "time out" and "timed out" are one member).
type synonym struct {
	stems              []string
	groupTerm, keyTerm string
}

// synonymsByFirst holds every spelling by its first stem, longest first, so
// that "slow down" is found before "slow". It is built on the first search,
// not when the program starts: a code looked up never needs it.
var synonymsByFirst = sync.OnceValue(buildSynonyms)

func buildSynonyms() map[string][]synonym {
	out := map[string][]synonym{}
	for _, g := range synonymGroups {
		for _, m := range g.members {
			spellings := strings.Split(m, "|")
			key := strings.Join(stems(spellings[0]), " ")
			for _, sp := range spellings {
				ss := stems(sp)
				out[ss[0]] = append(out[ss[0]], synonym{stems: ss, groupTerm: "~" + g.name, keyTerm: "=" + key})
			}
		}
	}
	for _, syns := range out {
		slices.SortStableFunc(syns, func(a, b synonym) int { return len(b.stems) - len(a.stems) })
	}
	return out
}

func stems(text string) []string {
	var out []string
	for _, w := range words(text) {
		out = append(out, stem(w))
	}
	return out
}

// wordToken is one word of a text: its stem, and whether it is a stop word.
type wordToken struct {
	stem string
	stop bool
}

func tokenize(text string) []wordToken {
	ws := words(text)
	out := make([]wordToken, len(ws))
	for i, w := range ws {
		out[i] = wordToken{stem: stem(w), stop: stopWords[w]}
	}
	return out
}

// synonymHit is a member found in a text: its terms, and the span of
// tokens it covers.
type synonymHit struct {
	groupTerm, keyTerm string
	start, end         int
}

// findSynonyms returns the members found in a tokenized text, the longest
// where two start at the same word.
func findSynonyms(ts []wordToken) []synonymHit {
	var out []synonymHit
	for i, t := range ts {
		for _, s := range synonymsByFirst()[t.stem] {
			if end, ok := matchAt(ts, i, s.stems); ok {
				out = append(out, synonymHit{groupTerm: s.groupTerm, keyTerm: s.keyTerm, start: i, end: end})
				break
			}
		}
	}
	return out
}

// matchAt reports whether the member's stems start at token i, allowing
// one stop word between two of its words, and where the match ends.
func matchAt(ts []wordToken, i int, stems []string) (int, bool) {
	if ts[i].stem != stems[0] {
		return 0, false
	}
	j := i + 1
	for _, s := range stems[1:] {
		switch {
		case j < len(ts) && ts[j].stem == s:
		case j+1 < len(ts) && ts[j].stop && ts[j+1].stem == s:
			j++
		default:
			return 0, false
		}
		j++
	}
	return j, true
}
