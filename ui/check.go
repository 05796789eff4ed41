package ui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"httpcodes/data"
)

// Check is what `httpcodes check` found: each request it made, and how
// the walk ended. Its fields are also the --json output.
type Check struct {
	URL  string `json:"url"`
	Hops []Hop  `json:"hops"`
	// Final is the status code of the last response; 0 when none came.
	Final int `json:"final"`
	// Outcome is "ok" (a 2xx or 3xx at the end), "error" (a 4xx or 5xx),
	// "loop", "too many redirects" or "network error".
	Outcome string `json:"outcome"`
	// Problem explains an outcome other than "ok"; empty for "ok".
	Problem string `json:"problem,omitempty"`
	// ErrorKind names a network error: "dns", "refused", "tls",
	// "timeout" or "network".
	ErrorKind string `json:"error_kind,omitempty"`
}

// Hop is one request and its response.
type Hop struct {
	N      int    `json:"hop"`
	Method string `json:"method"`
	URL    string `json:"url"`
	// Fallback says why the request was sent again with GET after HEAD.
	Fallback string `json:"fallback,omitempty"`
	// Code is 0 when no response came.
	Code    int    `json:"code"`
	ID      string `json:"id,omitempty"`
	Name    string `json:"name,omitempty"`
	Reason  string `json:"reason"` // the reason phrase the server sent
	Proto   string `json:"proto,omitempty"`
	Summary string `json:"summary,omitempty"`
	Millis  int64  `json:"ms"`
	// Next is where a redirect leads, resolved against URL.
	Next string `json:"next,omitempty"`
	// NextMethod is the method the next request uses.
	NextMethod string `json:"next_method,omitempty"`
	// MethodRule says what the redirect does to the method, with its source.
	MethodRule string      `json:"method_rule,omitempty"`
	Headers    []HopHeader `json:"headers"`
	// Missing are headers the code calls for that the response lacks.
	Missing []HopHeader `json:"missing"`
}

// HopHeader is a response header that matters for the code, and why.
type HopHeader struct {
	Name  string `json:"name"`
	Value string `json:"value,omitempty"`
	Why   string `json:"why"`
}

// CheckText renders a check: each hop with its code and meaning, where a
// redirect leads and what it does to the method, the headers that matter
// for the code; then how it ended.
func CheckText(c Check, width int, st *Styles) string {
	width = max(width, 40)
	var b strings.Builder
	const indent = "     "
	for _, h := range c.Hops {
		num := fmt.Sprintf("%3d", h.N)
		b.WriteString(st.Faint.Render(num) + "  " + st.Request.Bold(true).Render(h.Method) + " " + h.URL)
		if h.Millis > 0 || h.Code > 0 {
			b.WriteString(st.Faint.Render("  " + strconv.FormatInt(h.Millis, 10) + " ms"))
		}
		b.WriteByte('\n')
		if h.Fallback != "" {
			hanging(&b, indent, h.Fallback, width, st.Muted)
		}
		if h.Code == 0 {
			continue
		}
		cls := data.ClassOf(h.Code)
		title := st.Code(cls).Render(strconv.Itoa(h.Code)) + " " + st.Title.Render(h.Name)
		if h.Name == "" {
			title = st.Code(cls).Render(strconv.Itoa(h.Code)) + " " + st.Title.Render(h.Reason)
		}
		if h.Proto != "" {
			title += st.Faint.Render("  " + h.Proto)
		}
		b.WriteString(indent + title + "\n")
		if h.Summary != "" {
			hanging(&b, indent, h.Summary, width, st.Muted)
		}
		if h.Next != "" {
			hanging(&b, indent, st.Header.Render("→")+" "+h.Next, width, st.Text)
		}
		if h.MethodRule != "" {
			hanging(&b, indent, "Method: "+h.MethodRule, width, st.Text)
		}
		for _, hd := range h.Headers {
			hanging(&b, indent, st.Header.Render(hd.Name)+": "+hd.Value, width, st.Text)
			hanging(&b, indent+"  ", hd.Why, width, st.Muted)
		}
		for _, hd := range h.Missing {
			hanging(&b, indent, st.Warn.Render("No "+hd.Name+" header: ")+hd.Why, width, st.Text)
		}
	}
	b.WriteByte('\n')
	hanging(&b, "", checkEnd(c), width, outcomeStyle(c, st))
	return b.String()
}

// checkEnd is the last line: how the walk ended.
func checkEnd(c Check) string {
	redirects := len(c.Hops) - 1
	after := ""
	if redirects > 0 {
		after = " after " + nounCount(redirects, "redirect")
	}
	switch c.Outcome {
	case "ok", "error":
		name := ""
		if e := data.Registry(c.Final); e != nil {
			name = " " + e.Title()
		}
		s := fmt.Sprintf("Final answer: %d%s%s.", c.Final, name, after)
		if c.Problem != "" {
			s += " " + c.Problem
		}
		return s
	}
	return c.Problem
}

func outcomeStyle(c Check, st *Styles) lipgloss.Style {
	if c.Outcome == "ok" {
		return st.Good
	}
	return st.Bad
}
