package data

import (
	"errors"
	"iter"
	"slices"
	"strconv"
	"strings"
)

// Stack is a language or framework whose names for status codes the
// catalogue lists: the constant, enum member or symbol a developer types.
type Stack struct {
	// ID is the stack's short name on the command line and in JSON: "go".
	ID string
	// Name is what a learner calls the stack: "Go".
	Name string
	// Library is the part of the stack that defines the names, as it is
	// named in notes: "net/http", "Rack".
	Library string
	// Version is the library release the names were taken from.
	Version string
	// noun is what the library calls one name: "constant", "symbol".
	noun string
}

// stackTable ties a stack to its names.
type stackTable struct {
	Stack
	names []constant
}

// stacks is every stack, in the order cards and JSON list them.
var stacks = [...]stackTable{
	{Stack{"go", "Go", "net/http", "go1.26.8", "constant"}, goConstants},
	{Stack{"python", "Python", "http.HTTPStatus", "3.13.0", "member"}, pythonConstants},
	{Stack{"rails", "Rails", "Rack", "3.2.7", "symbol"}, railsConstants},
	{Stack{"spring", "Spring", "Spring's HttpStatus", "7.0.9", "constant"}, springConstants},
	{Stack{"aspnetcore", "ASP.NET Core", "ASP.NET Core's StatusCodes", "main e76e013f", "constant"}, aspnetcoreConstants},
	{Stack{"dotnet", ".NET", "HttpStatusCode", "main 8b9361fc", "member"}, dotnetConstants},
	{Stack{"drf", "Django REST framework", "rest_framework.status", "3.18.0", "constant"}, drfConstants},
	{Stack{"fastapi", "FastAPI", "starlette.status", "Starlette 1.3.1", "constant"}, fastapiConstants},
	{Stack{"nestjs", "NestJS", "NestJS's HttpStatus", "12.6.3", "member"}, nestjsConstants},
	{Stack{"symfony", "Symfony and Laravel", "Symfony's Response", "7.1.5", "constant"}, symfonyConstants},
	{Stack{"rust", "Rust", "http::StatusCode", "1.4.2", "constant"}, rustConstants},
	{Stack{"http-status-codes", "Node (http-status-codes)", "http-status-codes", "2.3.0", "constant"}, httpStatusCodesConstants},
}

// constant is one name a library defines for one entry.
type constant struct {
	// entry is the ID of the entry whose meaning the name carries.
	entry string
	// name is written as a developer types it: "http.StatusNotFound".
	name string
	// note says what a reader must know: deprecated (since when, what
	// replaces it), an alias kept after a rename, a synonym.
	note string
	// phrase is the library's own reason phrase, or "" where it has none.
	phrase     string
	deprecated bool
}

// gap explains why a stack has no name for an entry, where the reason is
// more than "use the number".
type gap struct {
	stack, entry string
	// former is the name the library had before removing it.
	former string
	note   string
}

// gaps are the entries a library once named and no longer does.
var gaps = [...]gap{
	{"spring", "305", "HttpStatus.USE_PROXY",
		"Spring 7.0 removed HttpStatus.USE_PROXY, deprecated since Spring 4.1; use the number."},
	{"spring", "419-spring", "HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE",
		"Spring 7.0 removed HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE, deprecated since Spring 3.2; use the number."},
	{"spring", "420-spring", "HttpStatus.METHOD_FAILURE",
		"Spring 7.0 removed HttpStatus.METHOD_FAILURE, deprecated since Spring 3.2; use the number."},
	{"dotnet", "418-teapot", "",
		"HttpStatusCode leaves out 418 on purpose: its source calls adding ImATeapot a mistake; use the number."},
}

// Constant is one stack's name for an entry's code, as ConstantsFor returns
// it. An empty Name means the stack has none; Note then says what to write.
type Constant struct {
	// Stack is the stack's ID: "go".
	Stack string
	// Name is written as a developer types it: "http.StatusNotFound".
	Name string
	// Note is what a reader must know about the name, or why there is none.
	Note string
	// Deprecated marks a name the library still accepts but discourages.
	Deprecated bool
	// Phrase is the library's reason phrase where it differs from the
	// entry's ("Request Entity Too Large" in Go for 413); empty otherwise.
	Phrase string
	// Plain marks a stack with no name for the code and nothing to say
	// beyond writing the number.
	Plain bool
}

// Stacks returns every stack, in the order cards list them.
func Stacks() []Stack {
	out := make([]Stack, len(stacks))
	for i, s := range stacks {
		out[i] = s.Stack
	}
	return out
}

// StackByID returns the stack with this ID ("go", "rails").
func StackByID(id string) (Stack, bool) {
	for _, s := range stacks {
		if s.ID == id {
			return s.Stack, true
		}
	}
	return Stack{}, false
}

// ErrNoStack is returned by ParseStacks for a list that names no stack.
var ErrNoStack = errors.New("no stack given")

// UnknownStackError is returned by ParseStacks for a name that is not a
// stack ID.
type UnknownStackError struct{ Name string }

// Error names the unknown stack and lists the IDs to choose from.
func (e UnknownStackError) Error() string {
	ids := make([]string, len(stacks))
	for i, s := range stacks {
		ids[i] = s.ID
	}
	return "unknown stack " + strconv.Quote(e.Name) + "; choose from " + strings.Join(ids, ", ")
}

// ParseStacks reads a comma-separated list of stack IDs ("go, rails"),
// case-insensitively, and returns the IDs in the order given, each once.
func ParseStacks(csv string) ([]string, error) {
	var ids []string
	for _, part := range strings.Split(csv, ",") {
		id := strings.ToLower(strings.TrimSpace(part))
		if id == "" {
			continue
		}
		if _, ok := StackByID(id); !ok {
			return nil, UnknownStackError{Name: strings.TrimSpace(part)}
		}
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil, ErrNoStack
	}
	return ids, nil
}

// ConstantsFor returns every stack's names for an entry, in Stacks() order:
// current names first, then deprecated ones. A stack with no name for the
// entry gets one Constant with an empty Name and a Note saying so.
func ConstantsFor(e *Entry) []Constant {
	out := make([]Constant, 0, 2*len(stacks))
	for i := range stacks {
		st := &stacks[i]
		n := len(out)
		for _, c := range namesFor(st.names, e) {
			out = append(out, c.public(st.ID, e))
		}
		if len(out) == n {
			note, plain := absentNote(st, e)
			out = append(out, Constant{Stack: st.ID, Note: note, Plain: plain})
		}
	}
	return out
}

// namesFor returns the names a table has for an entry: a run of the
// table, which is sorted by entry ID.
func namesFor(names []constant, e *Entry) []constant {
	id := e.ID()
	lo, _ := slices.BinarySearchFunc(names, id, func(c constant, id string) int {
		return strings.Compare(c.entry, id)
	})
	hi := lo
	for hi < len(names) && names[hi].entry == id {
		hi++
	}
	return names[lo:hi]
}

func (c constant) public(stack string, e *Entry) Constant {
	k := Constant{Stack: stack, Name: c.name, Note: c.note, Deprecated: c.deprecated}
	if c.phrase != e.Title() {
		k.Phrase = c.phrase
	}
	return k
}

// absentNote says why a stack has no name for an entry: a name the library
// removed, a name it has for another meaning of the same number, a code the
// registry reserves, or none.
func absentNote(st *stackTable, e *Entry) (note string, plain bool) {
	for _, g := range gaps {
		if g.stack == st.ID && g.entry == e.ID() {
			return g.note, false
		}
	}
	code := strconv.Itoa(e.Code)
	var others []string
	var meaning string
	for _, c := range st.names {
		if c.entry[:3] == code && c.entry != e.ID() {
			others = append(others, c.name)
			if other := ByID(c.entry); other != nil {
				meaning = code + " " + other.Title()
			}
		}
	}
	if len(others) > 0 {
		verb := "means"
		if len(others) > 1 {
			verb = "mean"
		}
		return st.Library + " has no " + st.noun + " for " + code + " in this sense; " +
			strings.Join(others, " and ") + " " + verb + " " + meaning + ".", false
	}
	if e.Status == Reserved {
		return st.Library + " has no " + st.noun + " for " + code + "; the registry keeps the code reserved as (Unused).", false
	}
	return st.Library + " has no " + st.noun + " for " + code + "; use the number.", true
}

// AllConstants yields every name of every stack with the entry it belongs
// to, in catalogue order and then Stacks() order, for search indexing. It
// yields names only, never the notes about missing ones.
func AllConstants() iter.Seq2[*Entry, Constant] {
	return func(yield func(*Entry, Constant) bool) {
		for _, e := range All() {
			for i := range stacks {
				st := &stacks[i]
				for _, c := range namesFor(st.names, e) {
					if !yield(e, c.public(st.ID, e)) {
						return
					}
				}
			}
		}
	}
}
