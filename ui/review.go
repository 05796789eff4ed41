package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"httpcodes/quiz"
	"httpcodes/quiz/fsrs"
)

// reviewScreen is the review screen: the cards FSRS says are due, then new
// ones, asked as a run; or, when nothing is due, when the next card is.
type reviewScreen struct {
	c       *common
	run     *run            // the current review; nil before the first
	empty   bool            // nothing was due: the screen says so
	plan    quiz.ReviewPlan // what the review holds
	planned bool            // a plan has been asked for and not yet come
	width   int
	height  int
	note    string
}

// reviewPlannedMsg: what a review needs, read from the progress.
type reviewPlannedMsg struct {
	seq        int // common.recorded when it was read
	introduced int
	queued     []string // the codes to learn first
	learner    learnerState
	err        error
}

func newReviewScreen(c *common) *reviewScreen { return &reviewScreen{c: c} }

// enter plans a new review unless one is under way.
func (v *reviewScreen) enter() tea.Cmd {
	v.note = ""
	if v.run != nil && v.run.phase != phaseSummary && !v.empty {
		v.run.resume()
		return nil
	}
	if !v.c.ready || v.planned {
		return nil // planned once the progress is open
	}
	v.planned = true
	return v.planCmd()
}

func (v *reviewScreen) leave() {
	if v.run != nil {
		v.run.pause()
	}
}

// planCmd reads how many new cards were introduced today, the codes
// queued to learn first, and the cards.
func (v *reviewScreen) planCmd() tea.Cmd {
	p, now, seq := v.c.progress, v.c.now(), v.c.recorded
	return func() tea.Msg {
		n, err := p.IntroducedToday(now)
		if err != nil {
			return reviewPlannedMsg{err: err}
		}
		queued, err := p.Queued()
		if err != nil {
			return reviewPlannedMsg{err: err}
		}
		l, err := readLearner(p)
		return reviewPlannedMsg{seq: seq, introduced: n, queued: queued, learner: l, err: err}
	}
}

func (v *reviewScreen) update(msg tea.Msg) tea.Cmd {
	if msg, ok := msg.(reviewPlannedMsg); ok {
		v.planned = false
		return v.start(msg.introduced, msg.queued, msg.err)
	}
	if v.run != nil {
		return v.run.update(msg)
	}
	return nil
}

// start builds the review from the cards the root has just taken in.
func (v *reviewScreen) start(introduced int, queued []string, err error) tea.Cmd {
	if err != nil {
		v.note = "Could not read today's progress: " + err.Error()
	}
	c := v.c
	bank := c.opts.Bank
	l := c.quizLearner()
	l.Queued = queued
	sess, plan := bank.NewReview(c.learner.cards, bank.Deck(), introduced, c.opts.NewPerDay, c.opts.Params, c.now(), c.seed(), l)
	v.plan = plan
	v.empty = plan.Due+plan.New == 0
	v.run = newRun(c, quiz.ModeReview, quiz.Config{Kind: quiz.Mix, Scope: quiz.ScopeReview}, sess, v.width, v.height)
	v.run.plan = plan
	v.run.layout()
	if v.empty {
		return nil
	}
	return tea.Batch(v.run.startSessionCmd(), v.run.focus())
}

func (v *reviewScreen) keyPress(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if v.run == nil || v.empty {
		return nil, false
	}
	return v.run.keyPress(msg)
}

func (v *reviewScreen) mouse(msg tea.MouseMsg) tea.Cmd {
	if v.run != nil && !v.empty {
		v.run.mouse(msg)
	}
	return nil
}

func (v *reviewScreen) setSize(w, h int) {
	v.width, v.height = w, h
	if v.run != nil {
		v.run.setSize(w, h)
	}
}

func (v *reviewScreen) setStyles() {
	if v.run != nil {
		v.run.setStyles()
	}
}

func (v *reviewScreen) saving() bool { return v.run != nil && v.run.phase == phaseSaving }

func (v *reviewScreen) status() string {
	if v.run != nil && v.run.note != "" {
		return v.run.note
	}
	return v.note
}

func (v *reviewScreen) helpKeys() helpKeys {
	if v.run == nil || v.empty {
		km := v.c.keys
		general := []key.Binding{km.Back, km.Help, km.Quit}
		return helpKeys{short: general, full: [][]key.Binding{general}}
	}
	return v.run.helpKeys()
}

func (v *reviewScreen) view() string {
	st := v.c.styles
	switch {
	case v.run == nil:
		return pad(st.Muted.Render("Finding what is due…"))
	case v.empty:
		return v.nothingDue()
	}
	return v.run.view()
}

// nothingDue says that nothing is due, and when the next card is.
func (v *reviewScreen) nothingDue() string {
	st, w := v.c.styles, max(v.width-4, 20)
	var b strings.Builder
	wrap := func(x string, style lipgloss.Style) {
		for _, l := range strings.Split(lipgloss.Wrap(x, w, ""), "\n") {
			b.WriteString(style.Render(l) + "\n")
		}
	}
	b.WriteString(st.Heading.Render("Review") + "\n\n")
	wrap("Nothing is due right now.", st.Text)
	if next := v.plan.NextDue; !next.IsZero() {
		wrap("Next card "+dueText(next, v.c.now(), v.c.opts.Params)+
			" ("+next.In(v.c.loc()).Format("Mon 2 Jan 15:04")+").", st.Muted)
	} else {
		wrap("You have no cards yet: take a quiz (t) and the codes you answer join your reviews.", st.Muted)
	}
	return indent(b.String())
}

// stillLearning says, after a review, which codes are still in their
// learning steps and when they come back; "" when none is.
func stillLearning(c *common) string {
	now := c.now()
	var codes []string
	var next time.Time
	for id, card := range c.learner.cards {
		if card.State != fsrs.Learning && card.State != fsrs.Relearning {
			continue
		}
		if e, _ := c.opts.Bank.Card(id); e != nil {
			codes = append(codes, strconv.Itoa(e.Code))
		}
		if next.IsZero() || card.Due.Before(next) {
			next = card.Due
		}
	}
	if len(codes) == 0 {
		return ""
	}
	slices.Sort(codes)
	list := strings.Join(codes, ", ")
	if len(codes) > 8 {
		list = strings.Join(codes[:8], ", ") + " …"
	}
	n := len(codes)
	what := fmt.Sprintf("%d %s still in %s learning steps (%s)", n, Plural(n, "code is", "codes are"),
		Plural(n, "its", "their"), list)
	if !next.After(now.Add(quiz.LearnAhead)) {
		return what + ": press r to go on."
	}
	return what + ": review again from " + next.In(c.loc()).Format("15:04") + " (r)."
}
