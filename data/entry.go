// Package data is the catalogue of HTTP status codes: every code in the IANA
// registry and the vendor codes a developer meets in logs and libraries, each
// written to teach. It is pure data plus lookups: no I/O, no terminal.
//
// Adding or correcting a code is an edit to its one entry in the file for its
// class (class1xx.go … class5xx.go) or vendor (vendor_nginx.go,
// vendor_cloudflare.go, vendor_aws.go, vendor_microsoft.go, vendor_other.go); the index,
// search and every screen of the app derive from it.
package data

import (
	"strconv"
	"strings"
)

// Class is the first digit of a status code: 1 for 1xx … 5 for 5xx.
type Class int

// ClassOf returns the class of a code (its first digit).
func ClassOf(code int) Class { return Class(code / 100) }

// String returns "1xx" … "5xx".
func (c Class) String() string { return strconv.Itoa(int(c)) + "xx" }

// MarshalText writes a class as "1xx" … "5xx" (in JSON too).
func (c Class) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// Label returns "4xx Client Error" and the like.
func (c Class) Label() string {
	if info, ok := InfoOf(c); ok {
		return info.Label()
	}
	return c.String()
}

// Tier says how much a developer needs a code.
type Tier int

const (
	// Rare codes are specialised, historical or vendor-specific.
	Rare Tier = iota
	// Common codes turn up regularly in APIs, proxies and browsers.
	Common
	// Essential codes are the ones every developer must know by heart.
	Essential
)

var tierNames = [...]string{Rare: "rare", Common: "common", Essential: "essential"}

// String returns "rare", "common" or "essential".
func (t Tier) String() string { return tierNames[t] }

// ParseTier turns "essential", "common" or "rare" into a Tier.
func ParseTier(s string) (Tier, bool) {
	for i, n := range tierNames {
		if n == s {
			return Tier(i), true
		}
	}
	return 0, false
}

// Status is where a code stands in the IANA registry.
type Status int

const (
	// Registered codes are permanent entries of the IANA registry.
	Registered Status = iota
	// Temporary codes have a registration with an expiry date (104).
	Temporary
	// Obsoleted codes are registered but their specification is historic (510).
	Obsoleted
	// Reserved codes are registered as "(Unused)" and may not be assigned (306, 418).
	Reserved
	// Unofficial codes are used by a vendor or by convention, not registered.
	Unofficial
)

var statusNames = [...]string{
	Registered: "registered",
	Temporary:  "temporary registration",
	Obsoleted:  "obsoleted",
	Reserved:   "reserved (unused)",
	Unofficial: "unofficial",
}

// String describes the status in a few words.
func (s Status) String() string { return statusNames[s] }

// Entry is one meaning of one status code. Most codes have exactly one entry;
// a number that means different things in different stacks (419, 420, 451,
// 499) has one entry per meaning.
type Entry struct {
	Code int
	// Phrase is the exact reason phrase of the IANA registry, or the vendor's
	// own phrase (or a descriptive label where the vendor publishes none).
	Phrase string
	// Name is what a learner calls the code when Phrase is not a clean name,
	// e.g. "Upload Resumption Supported" for 104. Empty means Phrase.
	Name string
	// Status is the code's standing in the registry.
	Status Status
	// Vendor names who uses an unofficial code; empty for registry codes.
	Vendor string
	// Slug tells apart the entries of an unofficial code ("nginx",
	// "laravel"); the entry's ID is "<code>-<slug>".
	Slug string
	// Source says where an unofficial code is documented.
	Source string
	// Caveat warns about an unofficial code: it never reaches a client, it is
	// rewritten on the wire, or its source is weak.
	Caveat string
	Tier   Tier
	// Reference is the registry's reference, exactly as the registry gives it
	// ("RFC9110, Section 15.5.5"); for vendor codes, the vendor's document.
	Reference string
	// URL links to the reference: the RFC section on www.rfc-editor.org, or
	// the vendor's documentation.
	URL string
	// MDN is the MDN Web Docs page for the code, where MDN has one.
	MDN string
	// Summary is one memorable line, at most SummaryMax characters.
	Summary string
	// Explanation is a short paragraph in plain words: what happened, who
	// sends it, what the client should do next.
	Explanation  string
	WhenToUse    []string
	WhenNotToUse []string
	Headers      []Header
	SeeAlso      []SeeAlso
	Example      Example
	// HeuristicallyCacheable is true for exactly the codes RFC 9110 §15.1
	// lists, plus 451 (RFC 7725 §3).
	HeuristicallyCacheable bool
	// NoStore is true where caches MUST NOT store the response at all: 428,
	// 429, 431 and 511 (RFC 6585 §3–§6).
	NoStore bool
	// ContentForbidden is true where a response can never carry content:
	// every 1xx, 204, 205 and 304 (RFC 9110 §15.2, §15.3.5, §15.3.6, §15.4.5).
	ContentForbidden bool
	// Keywords are other words a learner may search for ("rate limit" for
	// 429, "auth" for 401); they count as much as the phrase.
	Keywords []string
	// FormerNames are older or competing phrases still met in code and logs.
	FormerNames []string
	// Notes are further facts worth knowing, each with its source.
	Notes     []string
	Scenarios []Scenario
	// Troubleshooting is for the side that received the code: its likely
	// causes, most likely first, and what to check for each.
	Troubleshooting []Trouble

	id string
}

// Trouble is one likely cause of receiving a code, and what to check.
type Trouble struct {
	// Cause is what probably happened, in a sentence.
	Cause string
	// Where is the part of the system to look at first: "client",
	// "proxy", "load balancer", "CDN", "origin", "application".
	Where string
	// Check says what to look at and what to change or retry, with the
	// source of each fact.
	Check string
}

// Header is a header field that goes with a code, and why.
type Header struct {
	Name string
	Why  string
}

// SeeAlso is a code this one is confused with, and how to tell them apart.
type SeeAlso struct {
	Code int
	// Slug picks one meaning of an unofficial code; empty for registry codes.
	Slug string
	Why  string
	// Same marks a code that means the same thing under another number or
	// in another stack (nginx 499 and AWS 460): a quiz never offers it as a
	// wrong answer, because it would not be wrong.
	Same bool
}

// Example is a typical exchange: request lines (request line and key headers,
// then optionally a blank line and a body) and response lines (status line
// and key headers, then optionally a blank line and a body).
type Example struct {
	Request  []string
	Response []string
}

// Scenario is a situation a developer meets whose answer is this entry.
type Scenario struct {
	// Text describes the situation; it never names the answer.
	Text string
	// Why explains why this entry is the answer.
	Why string
	// Versus lists codes this scenario is written to tell apart from the
	// answer (for the classic confusions).
	Versus []int
}

// SummaryMax is the longest a summary may be, in characters.
const SummaryMax = 72

// ID identifies an entry: the code for registry codes ("404"), the code and
// slug for unofficial ones ("499-nginx").
func (e *Entry) ID() string { return e.id }

// Title is the name to show: Name when set, else Phrase.
func (e *Entry) Title() string {
	if e.Name != "" {
		return e.Name
	}
	return e.Phrase
}

// Class returns the entry's class.
func (e *Entry) Class() Class { return ClassOf(e.Code) }

// vendorNames are the short vendor names shown next to an unofficial
// code, by slug.
var vendorNames = map[string]string{
	"anthropic":  "Anthropic",
	"aws":        "AWS",
	"cloudflare": "Cloudflare",
	"cloudlinux": "CloudLinux",
	"cpanel":     "cPanel",
	"esri":       "Esri",
	"exchange":   "Exchange",
	"folklore":   "folklore",
	"iis":        "IIS",
	"informal":   "informal",
	"laravel":    "Laravel",
	"nginx":      "nginx",
	"pantheon":   "Pantheon",
	"qualys":     "Qualys",
	"shopify":    "Shopify",
	"spring":     "Spring",
	"teapot":     "HTCPCP",
	"twitter":    "Twitter",
	"windows":    "Microsoft",
}

// VendorName is the short name of an unofficial code's vendor ("nginx",
// "AWS"), the deck's name for a team's own code, or "" for a registry code.
func (e *Entry) VendorName() string {
	if e.Official() {
		return ""
	}
	if e.FromDeck() {
		return e.Vendor
	}
	if n, ok := vendorNames[e.Slug]; ok {
		return n
	}
	return e.Slug
}

// Official reports whether the code is in the IANA registry.
func (e *Entry) Official() bool { return e.Status != Unofficial }

// FirstSentence returns the first sentence of a paragraph: up to a full
// stop, question or exclamation mark followed by a space and a capital, a
// digit or a quote (not "e.g." or "i.e.").
func FirstSentence(s string) string {
	s = strings.TrimSpace(s)
	for i := 0; i+2 < len(s); i++ {
		if !strings.ContainsRune(".!?", rune(s[i])) || s[i+1] != ' ' {
			continue
		}
		next := s[i+2]
		if !(next >= 'A' && next <= 'Z' || next >= '0' && next <= '9' || next == '"') {
			continue
		}
		if head := s[:i+1]; strings.HasSuffix(head, "e.g.") || strings.HasSuffix(head, "i.e.") {
			continue
		}
		return s[:i+1]
	}
	return s
}
