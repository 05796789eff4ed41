package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"httpcodes/quiz"
)

// layout renders the run's current content into its scrollable body, and
// scrolls the body to what it should show.
func (r *run) layout() {
	if r.width == 0 {
		return
	}
	r.body.SetContent(r.text())
	// A new question or the summary starts at the top; a re-layout of the
	// same one (a resize, new colours) keeps the reader's place.
	if q := r.sess.Current(); (r.phase == phaseAsking || r.phase == phaseSummary) && (r.phase != r.laidPhase || q != r.laidQ) {
		r.body.GotoTop()
	}
	// An answer's verdict and why come into view: on a short terminal
	// they are below the options.
	if r.phase == phaseFeedback && r.laidPhase != phaseFeedback {
		showLines(&r.body, r.verdictLines)
	}
	r.laidPhase, r.laidQ = r.phase, r.sess.Current()
	if r.phase == phaseAsking {
		switch r.follow {
		case followHint:
			showLines(&r.body, r.hintLines)
		case followCursor:
			showLines(&r.body, r.cursorLines)
		}
	}
	r.follow = followNone
}

// showLines scrolls v as little as it takes to show lines [first, last]
// (the first, when they are taller than v), clear of the line that says
// more follows.
func showLines(v interface {
	Height() int
	TotalLineCount() int
	YOffset() int
	SetYOffset(int)
}, lines [2]int) {
	h, total := v.Height(), v.TotalLineCount()
	if h > 0 && lines[1] >= v.YOffset()+shownLines(h, total, v.YOffset()) {
		off := lines[1] - h + 1
		if shownLines(h, total, off) < h {
			off++
		}
		v.SetYOffset(off)
	}
	if lines[0] < v.YOffset() {
		v.SetYOffset(lines[0])
	}
}

// text is the content of the run in its current phase; it records where
// the highlighted option and the hint are.
func (r *run) text() string {
	if r.phase == phaseSummary {
		return indent(r.summaryText())
	}
	q := r.sess.Current()
	if q == nil {
		return ""
	}
	st, w := r.c.styles, max(r.width-4, 20)
	var b strings.Builder
	n := 1 // indent puts an empty line first
	line := func(x string) { b.WriteString(x + "\n"); n++ }
	wrap := func(x string, style lipgloss.Style) {
		for _, l := range strings.Split(lipgloss.Wrap(x, w, ""), "\n") {
			line(style.Render(l))
		}
	}

	pos, _ := r.sess.Pos()
	title := "Quiz"
	if r.mode == quiz.ModeReview {
		title = "Review"
	}
	meta := []string{string(q.Kind)}
	if r.mode == quiz.ModeQuiz && r.cfg.Scope != "" {
		meta = append(meta, string(r.cfg.Scope))
	}
	if q.Deck != "" {
		meta = append(meta, q.Deck) // a team scenario
	}
	if r.mode == quiz.ModeReview {
		meta = append(meta, fmt.Sprintf("today: %d due + %d new", r.plan.Due, r.plan.New))
	}
	meta = append(meta, r.questionTags(q)...)
	progress := r.progressText()
	head := st.Heading.Render(title) + st.Muted.Render(" · "+strings.Join(meta, " · "))
	if room := w - lipgloss.Width(progress) - 1; lipgloss.Width(head) > room {
		// Too narrow for both: the details go under the title.
		line(st.Heading.Render(title) + strings.Repeat(" ", max(w-lipgloss.Width(title)-lipgloss.Width(progress), 1)) +
			st.Bold.Render(progress))
		wrap(strings.Join(meta, " · "), st.Muted)
	} else {
		line(head + strings.Repeat(" ", max(w-lipgloss.Width(head)-lipgloss.Width(progress), 1)) + st.Bold.Render(progress))
	}
	for _, nt := range r.notices {
		if pos == 1 && !q.Again && r.phase == phaseAsking {
			wrap(nt, st.Warn)
		}
	}
	line("")
	if q.Context != "" {
		wrap(q.Context, st.Text)
		line("")
	}
	wrap(q.Prompt, st.Title)
	line("")

	answered := r.phase == phaseFeedback || r.phase == phaseSaving
	if q.Kind == quiz.Recall {
		if answered {
			style := st.Right
			if !r.result.Correct {
				style = st.Wrong
			}
			line("  Code: " + style.Render(r.result.TypedText))
		} else {
			line("  " + r.input.View())
		}
	}
	for i, o := range q.Options {
		mark := "  "
		style := st.Option
		num := st.Muted.Render(fmt.Sprintf("%d ", i+1))
		switch {
		case answered && i == q.Answer:
			mark, style = st.Right.Render("✓ "), st.Right
		case answered && i == r.cursor && !r.result.Correct:
			mark, style = st.Wrong.Render("✗ "), st.Wrong
		case !answered && i == r.cursor:
			mark, style = st.Accent.Render("› "), st.OptionOn
		}
		if !answered && r.hint && slices.Contains(q.RuledOut, i) {
			style = st.Faint // what the hint rules out, under the cursor too
			if i != r.cursor {
				mark = st.Faint.Render("· ") // and without colours
			}
		}
		// The code in a label ("404 Not Found") takes its class colour,
		// unless the option is ruled out; the rest keeps the option's style.
		code, codeStyle := "", style
		if o.Entry != nil && q.Kind != quiz.CodeOf {
			code = strconv.Itoa(o.Entry.Code)
			if style.GetForeground() != st.Faint.GetForeground() {
				codeStyle = st.Code(o.Entry.Class())
			}
		}
		prefix := "  " + mark + num
		if i == r.cursor {
			r.cursorLines[0] = n
		}
		for j, l := range strings.Split(lipgloss.Wrap(o.Label, max(w-lipgloss.Width(prefix), 10), ""), "\n") {
			if j > 0 {
				prefix = strings.Repeat(" ", lipgloss.Width(prefix))
			}
			if before, after, ok := strings.Cut(l, code); ok && j == 0 && code != "" {
				if before != "" {
					before = style.Render(before)
				}
				line(prefix + before + codeStyle.Render(code) + style.Render(after))
				continue
			}
			line(prefix + style.Render(l))
		}
		if i == r.cursor {
			r.cursorLines[1] = n - 1
		}
	}
	if r.hint {
		line("")
		r.hintLines[0] = n
		wrap("Hint: "+q.Hint, st.Warn)
		r.hintLines[1] = n - 1
	}
	if r.phase == phaseSaving {
		line("")
		line(st.Muted.Render("Saving…"))
	}
	if r.phase == phaseFeedback {
		line("")
		r.verdictLines[0] = n
		res := r.result
		right := answerName(q)
		switch {
		case res.Correct && res.Hint:
			wrap("✓ Right, with a hint: "+right+".", st.Good)
		case res.Correct:
			wrap("✓ Right: "+right+".", st.Good)
		default:
			wrap("✗ Not quite. The answer is "+right+".", st.Bad)
		}
		line("")
		// The why, and a lesson on a paragraph of its own.
		for i, para := range strings.Split(res.Why, "\n") {
			if i == 0 {
				para = "Why: " + para
			} else {
				line("")
			}
			wrap(para, st.Text)
		}
		r.verdictLines[1] = n - 1
		if t := r.c.cat().Team(q.Entry); t != nil && t.Note != "" {
			line("")
			wrap(t.Deck+": "+t.Note, st.Text)
		}
		if !res.Correct && res.PickedMeans != "" {
			line("")
			wrap("Your pick: "+res.PickedMeans, st.Muted)
		}
		if r.saveErr != nil {
			line("")
			wrap("This answer could not be saved: "+r.saveErr.Error(), st.Bad)
		}
	}
	return indent(b.String())
}

// questionTags say why the current question is asked, when it is not a
// planned question like the others: a re-ask ("repeat", or in a review a
// card back for its learning step), or the drill of a leech.
func (r *run) questionTags(q *quiz.Question) []string {
	var tags []string
	switch {
	case q.Again && r.mode == quiz.ModeReview && q.Step > 0:
		tags = append(tags, "learning step")
	case q.Again:
		tags = append(tags, "repeat")
	}
	if q.Against != nil {
		tags = append(tags, "leech: against "+strconv.Itoa(q.Against.Code))
	}
	return tags
}

// progressText is the header's count of what is left: "4 left · 2 to
// repeat". Once a review's answer has put its card in a learning step, it
// says first when the card is due again: "again in 10 min · …".
func (r *run) progressText() string {
	left, again := r.sess.Left()
	text := fmt.Sprintf("%d left", left)
	if left == 0 {
		text = "none left"
	}
	if again > 0 {
		text += fmt.Sprintf(" · %d to repeat", again)
	}
	if rq := r.sess.Requeued(); r.mode == quiz.ModeReview && r.phase == phaseFeedback && rq != nil && rq.Step > 0 {
		text = "again in " + stepText(rq.Step) + " · " + text
	}
	return text
}

// stepText is a learning step's wait: "10 min", "5.5 min", "1 h".
func stepText(d time.Duration) string {
	if d >= time.Hour && d%time.Hour == 0 {
		return fmt.Sprintf("%d h", d/time.Hour)
	}
	return strconv.FormatFloat(d.Minutes(), 'f', -1, 64) + " min"
}

// answerName is how feedback names the right answer.
func answerName(q *quiz.Question) string {
	if q.Kind == quiz.ClassKind {
		return q.Entry.Class().Label()
	}
	return strconv.Itoa(q.Entry.Code) + " " + listName(q.Entry)
}

// summaryText is the end of a session: the score, by kind, what was
// missed, and what to do next.
func (r *run) summaryText() string {
	st, w := r.c.styles, max(r.width-4, 20)
	sum := r.summary
	var b strings.Builder
	line := func(x string) { b.WriteString(x + "\n") }
	title := "Quiz complete"
	if r.mode == quiz.ModeReview {
		title = "Review complete"
	}
	line(st.Heading.Render(title))
	line("")
	score := fmt.Sprintf("Score %s (%d%%)", sum.Score(), sum.Percent)
	extra := []string{formatDuration(sum.Took)}
	if sum.Hinted > 0 {
		extra = append(extra, fmt.Sprintf("%d right with a hint", sum.Hinted))
	}
	if sum.Again > 0 {
		extra = append(extra, fmt.Sprintf("%d asked again", sum.Again))
	}
	hanging(&b, st.Bold.Render(score)+"  ", strings.Join(extra, " · "), w, st.Muted)
	if len(sum.ByKind) > 1 {
		line("")
		line(st.Heading.Render("By kind"))
		for _, k := range sum.ByKind {
			line(fmt.Sprintf("  %-9s %d/%d", k.Kind, k.Correct, k.Total))
		}
	}
	if len(sum.Missed) > 0 {
		line("")
		line(st.Heading.Render("Missed"))
		var rows [][2]string
		for _, e := range sum.Missed {
			rows = append(rows, [2]string{st.Code(e.Class()).Render(strconv.Itoa(e.Code)) + " " + e.Title(), e.Summary})
		}
		twoColumns(&b, rows, w, st.Muted)
	} else if sum.Total > 0 {
		line("")
		line(st.Good.Render("Nothing missed."))
	}
	// Codes right the first time but missed when asked again.
	var later []string
	for _, e := range r.sess.Missed() {
		if !slices.Contains(sum.Missed, e) {
			later = append(later, strconv.Itoa(e.Code)+" "+e.Title())
		}
	}
	if len(later) > 0 {
		line("")
		hanging(&b, "", "Missed when asked again: "+strings.Join(later, ", ")+".", w, st.Muted)
	}
	if r.mode == quiz.ModeReview {
		if left := stillLearning(r.c); left != "" {
			line("")
			hanging(&b, "", left, w, st.Warn)
		}
	}
	if r.saveErr != nil {
		line("")
		hanging(&b, "", "The score could not be saved: "+r.saveErr.Error(), w, st.Bad)
	}
	line("")
	var actions []string
	if r.mode == quiz.ModeQuiz {
		if len(sum.Missed) > 0 {
			actions = append(actions, "p practise the missed ones")
		}
		actions = append(actions, "n new quiz")
	}
	actions = append(actions, "b back to browse")
	hanging(&b, "", strings.Join(actions, " · "), w, st.Muted)
	return b.String()
}
