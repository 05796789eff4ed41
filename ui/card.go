package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"httpcodes/data"
)

// CardRecord is the learner's own record for a code, shown under its card.
type CardRecord struct {
	Answers, Correct int
	Mastery          string // "new", "learning", "young", "mature"
	Due              string // "due now", "due in 3 days"
	Recall           float64
	// Leech: the code has been missed so often that quizzes and reviews
	// drill it against Against, the code it is most confused with ("410
	// Gone"; "" when it has none).
	Leech   bool
	Against string
}

// key is what the rendered record depends on: recall to the whole per
// cent, so that a clock ticking on does not re-draw the card.
func (r *CardRecord) key() string {
	if r == nil {
		return "-"
	}
	return fmt.Sprintf("%d/%d/%s/%s/%d/%t/%s", r.Answers, r.Correct, r.Mastery, r.Due, int(r.Recall*100+0.5), r.Leech, r.Against)
}

// CardExtras is what a card shows besides the entry itself.
type CardExtras struct {
	// Record is the learner's record for the code; nil for none.
	Record *CardRecord
	// Stacks are the IDs of the stacks "In your code" lists, in order;
	// nil lists every stack.
	Stacks []string
	// Team is what the team's deck says of the code; nil for nothing.
	Team *data.Team
}

// Card renders an entry as a card that teaches: title, class, summary,
// the team's note, explanation, what to check when you receive it, when
// to use it and when not, its name in code, headers, confusions with the
// why, the example exchange, facts, former names, notes and the spec links.
// width is the width of the text.
func Card(e *data.Entry, width int, st *Styles, x CardExtras) string {
	rec, team := x.Record, x.Team
	width = max(width, 20)
	var b strings.Builder
	line := func(s string) { b.WriteString(s); b.WriteByte('\n') }
	para := func(s string, indent int) {
		pad := strings.Repeat(" ", indent)
		for _, l := range wrapText(s, max(width-indent, 10)) {
			line(pad + st.Text.Render(l))
		}
	}
	bullets := func(items []string, mark string) {
		for _, it := range items {
			hanging(&b, "  "+st.Faint.Render(mark)+" ", it, width, st.Text)
		}
	}
	heading := func(h string) { line(""); line(st.Heading.Render(h)) }

	cls := e.Class()
	title := st.Code(cls).Render(fmt.Sprint(e.Code)) + "  " + st.Title.Render(e.Title())
	line(title)
	para(st.Muted.Render(metaLine(e)), 0)
	para(st.Text.Italic(true).Render(e.Summary), 0)
	teamSection(&b, team, width, st)
	if e.Caveat != "" {
		line("")
		hanging(&b, "! ", e.Caveat, width, st.Warn)
	}

	heading("What it means")
	para(e.Explanation, 2)

	if len(e.Troubleshooting) > 0 {
		heading("Seeing this?")
		troubleLines(&b, e.Troubleshooting, width, st)
	}

	if len(e.WhenToUse) > 0 {
		heading("Use it when")
		bullets(e.WhenToUse, "•")
	}
	if len(e.WhenNotToUse) > 0 {
		heading("Not when")
		bullets(e.WhenNotToUse, "•")
	}
	if cs := constantsShown(e, x.Stacks); len(cs) > 0 {
		heading("In your code")
		told := slices.DeleteFunc(slices.Clone(cs), func(c data.Constant) bool { return c.Plain })
		constantLines(&b, told, width, st)
		if plain := len(cs) - len(told); plain > 0 {
			// The stacks that have no name and nothing more to say: one
			// line for them all.
			var names []string
			for _, c := range cs {
				if s, ok := data.StackByID(c.Stack); ok && c.Plain {
					names = append(names, s.Name)
				}
			}
			what := "No name in " + strings.Join(names, ", ") + ": write " + strconv.Itoa(e.Code) + "."
			if len(told) == 0 {
				what = "No library listed here names " + strconv.Itoa(e.Code) + " in this sense: write the number."
			}
			hanging(&b, "  ", what, width, st.Muted)
		}
		if x.Stacks == nil {
			hanging(&b, "  ", "Every stack is listed; to list only yours, run", width, st.Faint)
			hanging(&b, "    ", "httpcodes config stacks go,rails", width, st.Faint)
		}
	}
	if len(e.Headers) > 0 {
		heading("Headers")
		var rows [][2]string
		for _, h := range e.Headers {
			rows = append(rows, [2]string{st.Header.Render(h.Name), h.Why})
		}
		twoColumns(&b, rows, width, st.Text)
	}
	if len(e.SeeAlso) > 0 {
		heading("Often confused with")
		var rows [][2]string
		for _, s := range e.SeeAlso {
			name := fmt.Sprint(s.Code)
			if o := s.Resolve(); o != nil {
				name = st.Code(o.Class()).Render(name) + " " + o.Title()
				if !o.Official() {
					name += st.Vendor.Render(" (" + shortVendor(o) + ")")
				}
			}
			rows = append(rows, [2]string{name, s.Why})
		}
		twoColumns(&b, rows, width, st.Muted)
	}
	if len(e.Example.Request) > 0 {
		heading("Example")
		exampleLines(&b, e.Example, width, st)
	}
	if e.Official() {
		heading("Facts")
		for _, f := range facts(e) {
			mark, text, _ := strings.Cut(f, " ")
			hanging(&b, "  "+mark+" ", text, width, st.Text)
		}
	}
	if len(e.FormerNames) > 0 {
		heading("Former names")
		para(strings.Join(e.FormerNames, " · "), 2)
	}
	if len(e.Notes) > 0 {
		heading("Good to know")
		bullets(e.Notes, "•")
	}
	heading("Spec")
	ref := prettyReference(e)
	if !e.Official() && e.Source != "" {
		hanging(&b, "  ", "Source: "+e.Source, width, st.Muted)
	}
	line("  " + st.Text.Render(ref))
	line("  " + link(st, e.URL))
	if e.MDN != "" {
		line("  " + st.Text.Render("MDN"))
		line("  " + link(st, e.MDN))
	}
	if rec != nil {
		heading("Your record")
		para(recordLine(*rec), 2)
	}
	return strings.TrimRight(b.String(), "\n")
}

// teamSection is what a team's deck says about the code: its note and its
// link, under the deck's name. The link is shown, never opened.
func teamSection(b *strings.Builder, t *data.Team, width int, st *Styles) {
	if t == nil || t.Note == "" && t.Link == "" {
		return
	}
	b.WriteString("\n" + st.Heading.Render(truncate(t.Deck, width)) + "\n")
	if t.Note != "" {
		hanging(b, "  ", t.Note, width, st.Text)
	}
	if t.Link != "" {
		b.WriteString("  " + link(st, t.Link) + "\n")
	}
}

func exampleLines(b *strings.Builder, ex data.Example, width int, st *Styles) {
	side := func(lines []string, mark string, first lipgloss.Style) {
		body := false
		for i, l := range lines {
			var styled string
			switch {
			case l == "":
				body = true
				styled = ""
			case i == 0:
				styled = first.Render(l)
			case body:
				styled = st.Body.Render(l)
			default:
				styled = headerLine(l, st)
			}
			hanging(b, "  "+st.Faint.Render(mark)+" ", styled, width, lipgloss.Style{})
		}
	}
	side(ex.Request, ">", st.Request.Bold(true))
	side(ex.Response, "<", st.Response.Bold(true))
}

// headerLine styles "Name: value" with the name coloured.
func headerLine(l string, st *Styles) string {
	name, value, ok := strings.Cut(l, ":")
	if !ok || strings.ContainsAny(name, " \t") {
		return l
	}
	return st.Header.Render(name) + ":" + value
}

func metaLine(e *data.Entry) string {
	parts := []string{e.Class().Label()}
	if e.Official() {
		parts = append(parts, e.Tier.String())
		if e.Status != data.Registered {
			parts = append(parts, e.Status.String())
		}
	} else {
		parts = append(parts, "unofficial · "+e.Vendor)
	}
	return strings.Join(parts, " · ")
}

// shortVendor is the vendor's short name.
func shortVendor(e *data.Entry) string { return e.VendorName() }

// prettyReference turns "RFC9110, Section 15.5.5" into "RFC 9110 §15.5.5",
// and "RFC6585" into "RFC 6585 §4" when the link names the section.
func prettyReference(e *data.Entry) string {
	r := e.Reference
	rest, ok := strings.CutPrefix(r, "RFC")
	if !ok || rest == "" || rest[0] < '0' || rest[0] > '9' {
		return r
	}
	if num, sec, hasSec := strings.Cut(rest, ", Section "); hasSec {
		return "RFC " + num + " §" + sec
	}
	if _, sec, ok := strings.Cut(e.URL, "#section-"); ok && !strings.ContainsAny(rest, ";, ") {
		return "RFC " + rest + " §" + sec
	}
	return "RFC " + rest
}

// link shows a URL as a hyperlink on a line of its own, whole: a URL
// longer than the line overflows it rather than break, so that it can
// still be copied.
func link(st *Styles, url string) string { return st.Link.Hyperlink(url).Render(url) }

func facts(e *data.Entry) []string {
	if e.Status == data.Reserved {
		return []string{"✗ Reserved: no server should send it, so no caching or content rules apply (" +
			prettyReference(e) + ")."}
	}
	var out []string
	switch {
	case e.NoStore:
		out = append(out, "✗ Never stored: caches MUST NOT store it, whatever its headers say ("+prettyReference(e)+").")
	case e.HeuristicallyCacheable:
		src := "RFC 9110 §15.1"
		if e.Code == 451 {
			src = "RFC 7725 §3"
		}
		out = append(out, "✓ Heuristically cacheable: a cache may reuse it without explicit freshness ("+src+").")
	default:
		out = append(out, "✗ Not heuristically cacheable: a cache stores it only with explicit freshness, such as Cache-Control: max-age (RFC 9111 §3).")
	}
	if e.ContentForbidden {
		src := map[int]string{204: "§15.3.5", 205: "§15.3.6", 304: "§15.4.5"}[e.Code]
		if e.Class() == 1 {
			src = "§15.2"
		}
		out = append(out, "✗ Never has content: the response ends after its headers (RFC 9110 "+src+").")
	} else {
		out = append(out, "✓ May have content (a body).")
	}
	return out
}

func recordLine(r CardRecord) string {
	if r.Answers == 0 {
		return "Not studied yet."
	}
	pct := int(100*float64(r.Correct)/float64(r.Answers) + 0.5) // rounded, as the stats round
	answers := Plural(r.Answers, "answer", "answers")
	parts := []string{
		fmt.Sprintf("%d %s, %d%% right", r.Answers, answers, pct),
		r.Mastery,
	}
	if r.Due != "" {
		parts = append(parts, r.Due)
	}
	// A card in its (re)learning steps was just missed or is not learnt
	// yet: its fresh review predicts a recall it has not shown.
	if r.Recall > 0 && r.Mastery != "learning" {
		parts = append(parts, fmt.Sprintf("recall now %d%%", int(r.Recall*100+0.5)))
	}
	if r.Leech {
		leech := fmt.Sprintf("a leech: missed %d times", r.Answers-r.Correct)
		if r.Against != "" {
			leech += ", drilled against " + r.Against
		}
		parts = append(parts, leech)
	}
	return strings.Join(parts, " · ")
}

// troubleLines writes the likely causes of receiving a code, most likely
// first, each with where to look and what to check.
func troubleLines(b *strings.Builder, ts []data.Trouble, width int, st *Styles) {
	for i, t := range ts {
		hanging(b, "  "+st.Faint.Render(fmt.Sprintf("%d", i+1))+" ", t.Cause, width, st.Text)
		hanging(b, "    ", st.Vendor.Render(t.Where+":")+" "+t.Check, width, st.Muted)
	}
}

// constantsShown are the entry's names in the given stacks (every stack
// when stacks is nil), in the order given.
func constantsShown(e *data.Entry, stacks []string) []data.Constant {
	all := data.ConstantsFor(e)
	if stacks == nil {
		return all
	}
	var out []data.Constant
	for _, id := range stacks {
		for _, c := range all {
			if c.Stack == id {
				out = append(out, c)
			}
		}
	}
	return out
}

// constantLines writes each stack's names for a code: the name as it is
// typed, with what to know about it, and the library's own phrase where it
// differs from the registry's. The names line up after the stacks' names
// where the card is wide enough, else go under them.
func constantLines(b *strings.Builder, cs []data.Constant, width int, st *Styles) {
	labelW := 0
	for _, c := range cs {
		if s, ok := data.StackByID(c.Stack); ok {
			labelW = max(labelW, lipgloss.Width(s.Name))
		}
	}
	aligned := width-labelW-4 >= 30
	prev := ""
	for _, c := range cs {
		text := st.Header.Render(c.Name)
		switch {
		case c.Name == "":
			text = st.Muted.Render(c.Note)
		case c.Note != "":
			text += st.Muted.Render(" — " + c.Note)
		}
		if c.Phrase != "" {
			text += st.Muted.Render(" (phrase: " + c.Phrase + ")")
		}
		label := ""
		if c.Stack != prev {
			prev = c.Stack
			if s, ok := data.StackByID(c.Stack); ok {
				label = s.Name
			}
		}
		if !aligned {
			if label != "" {
				b.WriteString("  " + st.Bold.Render(label) + "\n")
			}
			hanging(b, "    ", text, width, lipgloss.NewStyle())
			continue
		}
		hanging(b, "  "+st.Bold.Render(padRight(label, labelW))+"  ", text, width, lipgloss.NewStyle())
	}
}
