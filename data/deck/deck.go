// Package deck reads a team's deck: a .httpcodes.toml file, committed in
// the team's repository, with the team's notes on catalogue codes, its own
// codes and scenarios from its own API. Parse is pure: it takes the file's
// bytes and returns the deck, or the problems that keep it from being
// used, each with its line and column. Finding and reading the file is the
// command line's business.
//
// A deck is data and is never executed. Every string from it is cleaned of
// terminal escape sequences and control characters as it is parsed, and
// its links are checked to be http or https, so that nothing drawn from it
// can drive the terminal.
package deck

import (
	"cmp"
	"errors"
	"fmt"
	"hash/fnv"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"httpcodes/data"
)

// FileName is the name of a deck in a repository.
const FileName = ".httpcodes.toml"

// MaxSize is the largest deck read, in bytes: 1 MB.
const MaxSize = 1 << 20

// Deck is a team's deck, as parsed and checked.
type Deck struct {
	// Name is the team's name for it, shown wherever its content appears.
	Name string
	// File is the name it was parsed under, for messages.
	File      string
	Codes     []Code
	Scenarios []Scenario
}

// Code is a [[code]] of a deck: a note on a catalogue code, or, when it has
// a phrase, a code of the team's own.
type Code struct {
	Code                         int
	Phrase, Summary, Explanation string
	Note, Link                   string
	// At is where its [[code]] header is.
	At Position
}

// Own reports whether the code is the team's own (it has a phrase), rather
// than a note on a code the catalogue has.
func (c Code) Own() bool { return c.Phrase != "" }

// Scenario is a [[scenario]] of a deck: a situation from the team's API and
// the team's answer.
type Scenario struct {
	Text   string
	Answer int
	Why    string
	// Versus are codes the scenario is written to tell apart from the
	// answer.
	Versus []int
	At     Position
}

// ID is the scenario's card in the learner's progress: its answer, "team"
// and a hash of its text ("422-team-5f1c0a3e"). Editing its why keeps the
// learner's progress on it; editing its text or answer makes it a new card,
// and the old card is left out of every review.
func (s Scenario) ID() string {
	h := fnv.New32a()
	h.Write([]byte(strings.ToLower(strings.Join(strings.Fields(s.Text), " "))))
	return fmt.Sprintf("%d-%s-%08x", s.Answer, data.TeamSlug, h.Sum32())
}

// Problem is something that keeps a deck from being used.
type Problem struct {
	File string
	Position
	Message string
}

// String is "FILE:LINE:COL: message".
func (p Problem) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Message)
}

// Parse reads a deck. name is the file's name, for the problems. It
// returns the deck, or nil and every problem found, in file order.
func Parse(name string, b []byte) (*Deck, []Problem) {
	p := &parser{file: clean(name)}
	if len(b) > MaxSize {
		p.add(Position{1, 1}, "the deck is %d bytes, larger than the 1 MB a deck may be", len(b))
		return nil, p.problems
	}
	var raw map[string]any
	if _, err := toml.Decode(string(b), &raw); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			p.add(syntaxAt(string(b), pe.Position), "TOML syntax: %s", pe.Message)
		} else {
			p.add(Position{1, 1}, "TOML: %s", err.Error())
		}
		return nil, p.problems
	}
	p.pos = keyPositions(string(b))
	d := p.deck(raw)
	if len(p.problems) > 0 {
		slices.SortStableFunc(p.problems, func(a, b Problem) int {
			return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
		})
		return nil, p.problems
	}
	return d, nil
}

// syntaxAt is where a TOML syntax error is. The library's byte offset is
// the better guide: its line count has already moved past a line break the
// error points at.
func syntaxAt(src string, at toml.Position) Position {
	if at.Start > 0 && at.Start <= len(src) {
		w := &walker{src: src}
		return w.position(at.Start)
	}
	return Position{max(at.Line, 1), max(at.Col, 1)}
}

// parser checks a decoded deck and gathers its problems.
type parser struct {
	file     string
	pos      map[string]Position
	problems []Problem
}

func (p *parser) add(at Position, format string, a ...any) {
	p.problems = append(p.problems, Problem{File: p.file, Position: at, Message: fmt.Sprintf(format, a...)})
}

// at is where a path is written; the start of the file when unknown.
func (p *parser) at(path string) Position {
	if at, ok := p.pos[path]; ok {
		return at
	}
	return Position{1, 1}
}

// The keys each part of a deck may have.
var (
	topKeys      = []string{"name", "code", "scenario"}
	codeKeys     = []string{"code", "phrase", "summary", "explanation", "note", "link"}
	scenarioKeys = []string{"text", "answer", "why", "versus"}
)

func (p *parser) deck(raw map[string]any) *Deck {
	d := &Deck{File: p.file}
	p.unknown(raw, "", topKeys, "at the top of the deck")
	if name, ok := p.text(raw, "", "name"); ok {
		d.Name = name
	} else if _, given := raw["name"]; !given {
		p.add(Position{1, 1}, `the deck has no name: add name = "Your team" at the top`)
	}
	codes := p.tables(raw, "code")
	var numbered []Code // every [[code]] with a number, to find one listed twice whatever else is wrong
	for i, t := range codes {
		c, ok := p.code(t, "code["+strconv.Itoa(i)+"]")
		if ok {
			d.Codes = append(d.Codes, c)
		}
		if c.Code != 0 {
			numbered = append(numbered, c)
		}
	}
	p.duplicateCodes(numbered)
	own := map[int]bool{}
	for _, c := range d.Codes {
		if c.Own() {
			own[c.Code] = true
		}
	}
	seen := map[string]Position{}
	for i, t := range p.tables(raw, "scenario") {
		s, ok := p.scenario(t, "scenario["+strconv.Itoa(i)+"]", own)
		if !ok {
			continue
		}
		if first, dup := seen[s.ID()]; dup {
			p.add(s.At, "the same scenario as at line %d", first.Line)
			continue
		}
		seen[s.ID()] = s.At
		d.Scenarios = append(d.Scenarios, s)
	}
	return d
}

// tables returns the [[name]] tables of the deck.
func (p *parser) tables(raw map[string]any, name string) []map[string]any {
	v, ok := raw[name]
	if !ok {
		return nil
	}
	if ts, ok := v.([]map[string]any); ok {
		return ts
	}
	p.add(p.at(name), "%s must be written [[%s]], a table for each %s", name, name, name)
	return nil
}

// unknown reports the keys of t that are not in known, suggesting the
// closest known key for a typo.
func (p *parser) unknown(t map[string]any, path string, known []string, where string) {
	var keys []string
	for k := range t {
		if !slices.Contains(known, k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		msg := fmt.Sprintf("unknown key %q %s", clean(k), where)
		if s := closest(k, known); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		} else {
			msg += "; the keys are " + strings.Join(known, ", ")
		}
		p.add(p.at(join(path, k)), "%s", msg)
	}
}

// closest returns the known key within two edits of k, if any.
func closest(k string, known []string) string {
	best, bestD := "", 3
	for _, c := range known {
		if d := data.EditDistance(strings.ToLower(k), c, 2); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// text reads an optional string: ok is false when it is missing or was
// reported (not a string, or empty once cleaned).
func (p *parser) text(t map[string]any, path, key string) (string, bool) {
	v, given := t[key]
	if !given {
		return "", false
	}
	at := p.at(join(path, key))
	s, isString := v.(string)
	if !isString {
		p.add(at, "%s must be text in quotes", key)
		return "", false
	}
	s = clean(s)
	if s == "" {
		p.add(at, "%s is empty", key)
		return "", false
	}
	return s, true
}

// status reads an optional status code: ok is false when it is missing or
// was reported.
func (p *parser) status(t map[string]any, path, key string) (int, bool) {
	v, given := t[key]
	if !given {
		return 0, false
	}
	n, isInt := v.(int64)
	if !isInt {
		p.add(p.at(join(path, key)), "%s must be a status code, a number such as 422", key)
		return 0, false
	}
	if n < 100 || n > 599 {
		p.add(p.at(join(path, key)), "%s %d is not a status code: codes run from 100 to 599", key, n)
		return 0, false
	}
	return int(n), true
}

func (p *parser) code(t map[string]any, path string) (Code, bool) {
	c := Code{At: p.at(path)}
	before := len(p.problems)
	p.unknown(t, path, codeKeys, "in [[code]]")
	n, ok := p.status(t, path, "code")
	if !ok {
		if _, given := t["code"]; !given {
			p.add(c.At, "this [[code]] has no number: add one, such as code = 422")
		}
	}
	c.Code = n
	c.Phrase, _ = p.text(t, path, "phrase")
	c.Summary, _ = p.text(t, path, "summary")
	c.Explanation, _ = p.text(t, path, "explanation")
	c.Note, _ = p.text(t, path, "note")
	c.Link, _ = p.text(t, path, "link")
	if _, given := t["link"]; given && c.Link != "" && !webLink(c.Link) {
		p.add(p.at(path+".link"), "link must be an http:// or https:// address")
	}
	_, phrased := t["phrase"]
	switch {
	case phrased:
		for _, k := range []string{"summary", "explanation"} {
			if _, given := t[k]; !given {
				p.add(c.At, "code %d has a phrase, so it is the team's own code: it needs a %s too", n, k)
			}
		}
	case ok:
		for _, k := range []string{"summary", "explanation"} {
			if _, given := t[k]; given {
				p.add(p.at(path+"."+k), "%s only goes with a phrase, on a code of the team's own", k)
			}
		}
		if _, given := t["note"]; !given {
			p.add(c.At, "code %d needs a note (or a phrase, a summary and an explanation to make it the team's own)", n)
		}
		if len(data.Lookup(n)) == 0 {
			p.add(p.at(path+".code"), "code %d is not in the catalogue: give it a phrase, a summary and an explanation "+
				"to make it the team's own", n)
		}
	}
	return c, len(p.problems) == before
}

// webLink reports whether s is an absolute http or https URL with a host.
func webLink(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// duplicateCodes reports a code listed twice.
func (p *parser) duplicateCodes(codes []Code) {
	first := map[int]Position{}
	for _, c := range codes {
		if at, dup := first[c.Code]; dup {
			p.add(c.At, "code %d is listed twice: first at line %d", c.Code, at.Line)
			continue
		}
		first[c.Code] = c.At
	}
}

func (p *parser) scenario(t map[string]any, path string, own map[int]bool) (Scenario, bool) {
	s := Scenario{At: p.at(path)}
	before := len(p.problems)
	p.unknown(t, path, scenarioKeys, "in [[scenario]]")
	var ok bool
	if s.Text, ok = p.text(t, path, "text"); !ok {
		if _, given := t["text"]; !given {
			p.add(s.At, "this [[scenario]] has no text: describe the situation")
		}
	}
	if s.Answer, ok = p.status(t, path, "answer"); ok {
		switch r := data.Registry(s.Answer); {
		case own[s.Answer]:
		case len(data.Lookup(s.Answer)) == 0:
			p.add(p.at(path+".answer"), "answer %d is neither a code of the catalogue nor one of this deck's codes", s.Answer)
		case r != nil && r.Status == data.Reserved:
			p.add(p.at(path+".answer"), "answer %d is reserved (unused): no server may send it, so the quiz cannot ask it", s.Answer)
		}
	} else if _, given := t["answer"]; !given {
		p.add(s.At, "this [[scenario]] has no answer: add the code that fits, such as answer = 409")
	}
	s.Why, _ = p.text(t, path, "why")
	if v, given := t["versus"]; given {
		s.Versus = p.versus(v, path+".versus", s.Answer)
	}
	return s, len(p.problems) == before
}

// versus reads the codes a scenario tells its answer apart from: registry
// codes, other than the answer.
func (p *parser) versus(v any, path string, answer int) []int {
	at := p.at(path)
	list, isList := v.([]any)
	if !isList {
		p.add(at, "versus must be a list of status codes, such as [400, 409]")
		return nil
	}
	var out []int
	for _, x := range list {
		n, isInt := x.(int64)
		switch {
		case !isInt:
			p.add(at, "versus must be a list of status codes, such as [400, 409]")
		case data.Registry(int(n)) == nil:
			p.add(at, "versus %d is not a registered status code", n)
		case int(n) == answer:
			p.add(at, "versus lists the answer, %d, itself", n)
		default:
			out = append(out, int(n))
		}
	}
	return out
}
