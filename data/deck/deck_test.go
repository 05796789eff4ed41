package deck

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"httpcodes/data"
)

func parseOK(t *testing.T, src string) *Deck {
	t.Helper()
	d, probs := Parse("deck.toml", []byte(src))
	if len(probs) > 0 {
		t.Fatalf("problems in a good deck: %v", probs)
	}
	return d
}

func TestStarterIsAGoodDeck(t *testing.T) {
	d := parseOK(t, Starter)
	if d.Name != "Payments API" || len(d.Codes) != 2 || len(d.Scenarios) != 1 {
		t.Fatalf("starter deck: name %q, %d codes, %d scenarios", d.Name, len(d.Codes), len(d.Scenarios))
	}
	if d.Codes[0].Own() || !d.Codes[1].Own() {
		t.Errorf("422 is a note and 599 the team's own code; got Own() %v, %v", d.Codes[0].Own(), d.Codes[1].Own())
	}
	sc := d.Scenarios[0]
	if sc.Answer != 422 || sc.At.Line != strings.Count(Starter[:strings.Index(Starter, "[[scenario]]")], "\n")+1 {
		t.Errorf("scenario: answer %d at %v", sc.Answer, sc.At)
	}
}

func TestCatalogueOfADeck(t *testing.T) {
	d := parseOK(t, Starter)
	cat, err := d.Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	own := cat.ByID("599-team")
	if own == nil {
		t.Fatal("599-team is not in the deck's catalogue")
	}
	if own.VendorName() != "Payments API" || own.Official() || own.Title() != "Ledger Unavailable" {
		t.Errorf("599-team: vendor %q, official %v, title %q", own.VendorName(), own.Official(), own.Title())
	}
	// One more meaning of 599, beside the informal one; the built-in
	// catalogue is untouched.
	if n, m := len(cat.Lookup(599)), len(data.Lookup(599)); n != m+1 {
		t.Errorf("599 has %d meanings with the deck, %d without", n, m)
	}
	if data.ByID("599-team") != nil {
		t.Error("the deck leaked into the built-in catalogue")
	}
	r422 := cat.Registry(422)
	if tm := cat.Team(r422); tm == nil || !strings.Contains(tm.Note, "problem+json") || tm.Deck != "Payments API" ||
		tm.Link != "https://wiki.example.com/api/errors#validation" {
		t.Errorf("422's team note: %+v", tm)
	}
	if cat.Team(cat.Registry(404)) != nil {
		t.Error("404 has a team note the deck never gave")
	}
	if j := cat.ToJSON(r422); j.Team == nil || j.Team.Deck != "Payments API" {
		t.Errorf("422's JSON team: %+v", j.Team)
	}
	if Answer(cat, 599) != own || Answer(cat, 422) != r422 {
		t.Error("answers resolve to the team's own code first, then the registry's")
	}
	if res := cat.Search("ledger"); len(res) == 0 || res[0].Entry != own {
		t.Errorf("search for ledger: %v", res)
	}
}

// problem is one problem expected of a deck: its line, column and a part of
// its message.
type problem struct {
	line, col int
	says      string
}

func TestProblems(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []problem
	}{
		{"TOML syntax", "name = \"x\"\n[[code]\ncode = 422\n", []problem{{2, 7, "TOML syntax"}}},
		{"unterminated string", "name = \"x\n", []problem{{1, 0, "TOML syntax"}}},
		{"unknown key", "name = \"x\"\n\n[[scenario]]\ntext = \"A refund too large.\"\nanwser = 422\n",
			[]problem{{3, 1, "no answer"}, {5, 1, `unknown key "anwser" in [[scenario]]; did you mean "answer"?`}}},
		{"unknown top-level key", "name = \"x\"\ncolour = \"red\"\n", []problem{{2, 1, `unknown key "colour" at the top`}}},
		{"answer not a code", "name = \"x\"\n[[scenario]]\ntext = \"t\"\n  answer = 299\n",
			[]problem{{4, 3, "answer 299 is neither a code of the catalogue nor one of this deck's codes"}}},
		{"answer reserved", "name = \"x\"\n[[scenario]]\ntext = \"t\"\nanswer = 418\n",
			[]problem{{4, 1, "answer 418 is reserved (unused)"}}},
		{"answer out of range", "name = \"x\"\n[[scenario]]\ntext = \"t\"\nanswer = 42\n",
			[]problem{{4, 1, "answer 42 is not a status code"}}},
		{"answer as text", "name = \"x\"\n[[scenario]]\ntext = \"t\"\nanswer = \"422\"\n",
			[]problem{{4, 1, "answer must be a status code"}}},
		{"duplicate team code", "name = \"x\"\n[[code]]\ncode = 599\nphrase = \"A\"\nsummary = \"s\"\nexplanation = \"e\"\n" +
			"\n[[code]]\ncode = 599\nnote = \"again\"\n", []problem{{8, 1, "code 599 is listed twice: first at line 2"}}},
		{"duplicate code with a bad link", "name = \"x\"\n[[code]]\ncode = 422\nnote = \"a\"\nlink = \"ftp://wiki\"\n" +
			"[[code]]\ncode = 422\nnote = \"b\"\n", []problem{{5, 1, "link must be an http"}, {6, 1, "code 422 is listed twice"}}},
		{"empty text", "name = \"x\"\n[[scenario]]\ntext = \"\"\nanswer = 422\n", []problem{{3, 1, "text is empty"}}},
		{"text of escapes only", "name = \"x\"\n[[scenario]]\ntext = \"\\u001b[2J\\u001b[H\"\nanswer = 422\n",
			[]problem{{3, 1, "text is empty"}}},
		{"empty name", "name = \"  \"\n", []problem{{1, 1, "name is empty"}}},
		{"no name", "[[code]]\ncode = 422\nnote = \"n\"\n", []problem{{1, 1, "the deck has no name"}}},
		{"link not http", "name = \"x\"\n[[code]]\ncode = 422\nnote = \"n\"\nlink = \"javascript:alert(1)\"\n",
			[]problem{{5, 1, "link must be an http:// or https:// address"}}},
		{"link without host", "name = \"x\"\n[[code]]\ncode = 422\nnote = \"n\"\nlink = \"https://\"\n",
			[]problem{{5, 1, "link must be an http:// or https:// address"}}},
		{"note on an unknown code", "name = \"x\"\n[[code]]\ncode = 299\nnote = \"n\"\n",
			[]problem{{3, 1, "code 299 is not in the catalogue"}}},
		{"code without note", "name = \"x\"\n[[code]]\ncode = 422\n", []problem{{2, 1, "code 422 needs a note"}}},
		{"own code without explanation", "name = \"x\"\n[[code]]\ncode = 599\nphrase = \"P\"\nsummary = \"s\"\n",
			[]problem{{2, 1, "it needs a explanation"}}},
		{"summary without phrase", "name = \"x\"\n[[code]]\ncode = 422\nnote = \"n\"\nsummary = \"s\"\n",
			[]problem{{5, 1, "summary only goes with a phrase"}}},
		{"code table not array", "name = \"x\"\n[code]\ncode = 422\n", []problem{{2, 1, "code must be written [[code]]"}}},
		{"versus not registered", "name = \"x\"\n[[scenario]]\ntext = \"t\"\nanswer = 422\nversus = [400, 299]\n",
			[]problem{{5, 1, "versus 299 is not a registered status code"}}},
		{"same scenario twice", "name = \"x\"\n[[scenario]]\ntext = \"A refund.\"\nanswer = 422\n" +
			"[[scenario]]\ntext = \"a  refund.\"\nanswer = 422\n", []problem{{5, 1, "the same scenario as at line 2"}}},
		{"key after a multi-line string", "name = \"x\"\n[[scenario]]\ntext = \"\"\"A refund\nanswer = 1\n\"\"\"\n" +
			"why = 'w' # answer = 2\nanwser = 422\n", []problem{{2, 1, "no answer"}, {7, 1, `unknown key "anwser"`}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, probs := Parse("deck.toml", []byte(tc.src))
			if d != nil {
				t.Errorf("a deck with problems was returned")
			}
			if len(probs) != len(tc.want) {
				t.Fatalf("got %d problems, want %d:\n%s", len(probs), len(tc.want), list(probs))
			}
			for i, w := range tc.want {
				p := probs[i]
				if p.Line != w.line || (w.col > 0 && p.Col != w.col) || !strings.Contains(p.Message, w.says) {
					t.Errorf("problem %d: %s, want %d:%d: …%s…", i, p, w.line, w.col, w.says)
				}
				if !strings.HasPrefix(p.String(), fmt.Sprintf("deck.toml:%d:%d: ", p.Line, p.Col)) {
					t.Errorf("problem %d prints as %q", i, p)
				}
			}
		})
	}
}

func list(ps []Problem) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.String() + "\n")
	}
	return b.String()
}

func TestTooLarge(t *testing.T) {
	big := "name = \"x\"\n# " + strings.Repeat("x", MaxSize) + "\n"
	d, probs := Parse("deck.toml", []byte(big))
	if d != nil || len(probs) != 1 || !strings.Contains(probs[0].Message, "larger than the 1 MB") {
		t.Fatalf("a deck over 1 MB: %v", probs)
	}
}

// TestEscapesAreHarmless parses a deck whose every string tries to drive
// the terminal: clear the screen, set the title, plant a hidden link, use
// an 8-bit CSI, ring the bell, reverse the text's direction.
func TestEscapesAreHarmless(t *testing.T) {
	src := `name = "Pay\u001b]0;pwned\u0007ments"
[[code]]
code = 422
note = "We\u001b[2J\u001b[H answer\u009b31m 422\u0007 with\u202e problem+json."
link = "https://wiki.example.com/x"
[[code]]
code = 599
phrase = "Ledger\u001b]8;;https://evil.example/\u001b\\ Unavailable"
summary = "Line one\nline two\ttabbed"
explanation = "\u001bPq#0;2;0;0;0\u001b\\Sixel gone."
[[scenario]]
text = "A refund\u001b[31m too large.\r"
answer = 422
why = "\u0008Business rule."
`
	d := parseOK(t, src)
	var texts []string
	texts = append(texts, d.Name)
	for _, c := range d.Codes {
		texts = append(texts, c.Phrase, c.Summary, c.Explanation, c.Note, c.Link)
	}
	for _, s := range d.Scenarios {
		texts = append(texts, s.Text, s.Why)
	}
	for _, s := range texts {
		for _, r := range s {
			if unicode.IsControl(r) || bidiControl(r) {
				t.Errorf("%q keeps the control character %U", s, r)
			}
		}
	}
	want := map[string]string{
		d.Name: "Payments", d.Codes[0].Note: "We answer 422 with problem+json.", d.Codes[1].Phrase: "Ledger Unavailable",
		d.Codes[1].Summary: "Line one line two tabbed", d.Codes[1].Explanation: "Sixel gone.",
		d.Scenarios[0].Text: "A refund too large.", d.Scenarios[0].Why: "Business rule.",
	}
	for got, w := range want {
		if got != w {
			t.Errorf("cleaned to %q, want %q", got, w)
		}
	}
}

func TestScenarioIDs(t *testing.T) {
	a := Scenario{Text: "A refund asks for more money than the original charge.", Answer: 422, Why: "one"}
	b := a
	b.Why = "another reason, reworded"
	b.Text = "A refund asks for more money\n   than the original charge."
	if a.ID() != b.ID() {
		t.Errorf("rewording the why or reflowing the text changed the ID: %s, %s", a.ID(), b.ID())
	}
	if !strings.HasPrefix(a.ID(), "422-team-") || len(a.ID()) != len("422-team-")+8 {
		t.Errorf("ID %q, want 422-team-<8 hex digits>", a.ID())
	}
	c := a
	c.Text = "A refund asks for less money than the original charge."
	d := a
	d.Answer = 400
	if c.ID() == a.ID() || d.ID() == a.ID() {
		t.Error("a new text or a new answer kept the ID")
	}
}

func TestKeyPositions(t *testing.T) {
	src := "# comment = 1\nname = \"x\" # name = 2\n[[code]]\n  code = 1\n" +
		"list = [\n  \"a = b\",\n  { c = 1 },\n]\nlong = '''\nfake = 1\n'''\n[[code]]\n\"quoted\" = 2\n[t]\nk.dotted = 3\n"
	pos := keyPositions(src)
	for path, want := range map[string]Position{
		"name": {2, 1}, "code[0]": {3, 1}, "code[0].code": {4, 3}, "code[0].list": {5, 1}, "code[0].long": {9, 1},
		"code[1]": {12, 1}, "code[1].quoted": {13, 1}, "t": {14, 1}, "t.k.dotted": {15, 1},
	} {
		if pos[path] != want {
			t.Errorf("%s at %v, want %v", path, pos[path], want)
		}
	}
	for _, fake := range []string{"comment", "fake", "code[0].fake", "code[0].c"} {
		if _, ok := pos[fake]; ok {
			t.Errorf("%s is found as a key, but it is inside a comment or a string", fake)
		}
	}
}

// BenchmarkParse parses the starter deck, as a run with a deck does before
// its first frame.
func BenchmarkParse(b *testing.B) {
	src := []byte(Starter)
	for b.Loop() {
		if _, probs := Parse(FileName, src); len(probs) > 0 {
			b.Fatal(probs)
		}
	}
}
