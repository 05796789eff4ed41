package main

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"httpcodes/data/logscan"
	"httpcodes/quiz"
	"httpcodes/quiz/settings"
	"httpcodes/ui"
)

// stdinName is how explain names standard input.
const stdinName = "standard input"

func newExplain(e *env) *cobra.Command {
	var asJSON, study bool
	cmd := &cobra.Command{
		Use:   "explain [FILE ...]",
		Short: "Count the status codes in logs, curl output or HAR files, and explain them",
		Long: "Count the status codes in access logs, HTTP responses and HAR files, and explain each one: what it\n" +
			"means, who made it, and what to check first for an error. Formats are recognised line by line, with\n" +
			"no configuration: nginx and Apache combined or common logs, AWS ALB access logs, JSON lines (the\n" +
			"status under status, status_code, statusCode, http.status_code, http.response.status_code,\n" +
			"response.status, res.statusCode, httpRequest.status or DownstreamStatus), HTTP responses and curl\n" +
			"-i or -v output, and HAR files saved from a browser. gzip files are read as they are. With no FILE,\n" +
			"or with -, it reads standard input.",
		Example: strings.Join([]string{
			"httpcodes explain /var/log/nginx/access.log",
			"httpcodes explain access.log.2.gz access.log.1 access.log",
			"curl -sv https://example.com/ 2>&1 | httpcodes explain",
			"httpcodes explain page.har --json | jq '.codes[] | select(.code >= 500)'",
		}, "\n"),
		Args: cobra.ArbitraryArgs,
		RunE: func(_ *cobra.Command, args []string) error {
			return explain(e, args, asJSON, study)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: the counts and one object per code")
	cmd.Flags().BoolVar(&study, "study", false,
		"add the codes seen to your reviews, first in line among the new codes (learn what your system returns)")
	return cmd
}

// explained is what explain found in all its inputs.
type explained struct {
	total    *logscan.Report
	unparsed []string // the first unreadable lines, named
	warnings []string
	failed   error // the first input that could not be read to its end
}

func explain(e *env, args []string, asJSON, study bool) error {
	if len(args) == 0 {
		if f, ok := e.stdin.(*os.File); ok && term.IsTerminal(f.Fd()) {
			return usageErr("explain reads a log: name a file (httpcodes explain access.log) or pipe one in " +
				"(cat access.log | httpcodes explain)")
		}
		args = []string{"-"}
	}
	inputs, err := openInputs(e, args)
	if err != nil {
		return err
	}
	ex := explained{total: &logscan.Report{}}
	for _, in := range inputs {
		ex.scan(in, len(inputs) > 1)
	}
	if asJSON {
		if err := writeExplainJSON(e.stdout, ex); err != nil {
			return err
		}
	}
	switch {
	case ex.failed != nil:
		if !asJSON && ex.total.Matched > 0 {
			if err := printExplain(e, ex); err != nil {
				return err
			}
		}
		return &exitError{code: exitUsage, err: ex.failed}
	case ex.total.Matched == 0:
		return notFound(e.stderr, nothingFound(ex, args))
	}
	if !asJSON {
		if err := printExplain(e, ex); err != nil {
			return err
		}
	}
	if study {
		return queueSeen(e, ex.total)
	}
	return nil
}

// queueSeen puts the codes a log holds first in line among the new codes
// of the learner's reviews, the commonest first, and says so on stderr
// (stdout may be JSON).
func queueSeen(e *env, rep *logscan.Report) error {
	deck := quiz.DeckIDs()
	rows := rep.Rows()
	slices.SortStableFunc(rows, func(a, b logscan.Row) int { return b.Count - a.Count }) // the commonest first
	var ids []string
	for _, row := range rows {
		if row.Entry != nil && slices.Contains(deck, row.Entry.ID()) && !slices.Contains(ids, row.Entry.ID()) {
			ids = append(ids, row.Entry.ID())
		}
	}
	st, err := e.openStore(false, quiz.Params(settings.Settings{})) // nothing is scheduled
	if err != nil {
		return err
	}
	defer st.Close()
	added, err := st.Queue(ids, time.Now())
	if err != nil {
		return progressErr("adding the codes to your reviews: %w", err)
	}
	fmt.Fprintf(e.stderr, "%d %s from this log added to your reviews, first in line among the new ones "+
		"(%d already were): httpcodes review\n", added, ui.Plural(added, "code", "codes"), len(ids)-added)
	return nil
}

func printExplain(e *env, ex explained) error {
	text := ui.ExplainText(ui.ExplainInput{Report: ex.total, Unparsed: ex.unparsed, Warnings: ex.warnings},
		e.width, ui.PrintStyles())
	return printText(e, text)
}

// input is one file, or standard input, ready to read.
type input struct {
	name string
	r    io.Reader
	c    io.Closer // nil for standard input
}

// openInputs opens every input before any is read, so that a mistyped name
// fails at once rather than after a long read.
func openInputs(e *env, args []string) ([]input, error) {
	var out []input
	fail := func(err error) ([]input, error) {
		for _, in := range out {
			if in.c != nil {
				in.c.Close()
			}
		}
		return nil, err
	}
	stdinUsed := false
	for _, name := range args {
		if name == "-" {
			if stdinUsed {
				return fail(usageErr("standard input (-) can be read only once"))
			}
			stdinUsed = true
			out = append(out, input{name: stdinName, r: e.stdin})
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			return fail(usageErr("cannot read %s: %s", name, pathReason(err)))
		}
		fi, err := f.Stat()
		if err == nil && fi.IsDir() {
			f.Close()
			return fail(usageErr("%s is a directory: name the log files in it, such as %s/access.log", name,
				strings.TrimRight(name, "/")))
		}
		out = append(out, input{name: name, r: f, c: f})
	}
	return out, nil
}

// pathReason words why a file could not be opened.
func pathReason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// scan reads one input, gzip-compressed or not, and adds what it found.
func (ex *explained) scan(in input, named bool) {
	if in.c != nil {
		defer in.c.Close()
	}
	r, err := decompress(in.r)
	var rep *logscan.Report
	if err == nil {
		rep, err = logscan.Scan(r)
	}
	if rep == nil {
		rep = &logscan.Report{}
	}
	ex.total.Merge(rep)
	for _, n := range rep.FirstUnparsed {
		if len(ex.unparsed) == logscan.MaxExamples {
			break
		}
		at := strconv.Itoa(n)
		if named {
			at = in.name + ":" + at
		}
		ex.unparsed = append(ex.unparsed, at)
	}
	if rep.Damaged != "" {
		ex.warnings = append(ex.warnings, in.name+": "+rep.Damaged+".")
	}
	if err != nil && ex.failed == nil {
		ex.failed = fmt.Errorf("cannot read %s to its end, after line %d: %w", in.name, rep.Lines, err)
		if rep.Lines == 0 {
			ex.failed = fmt.Errorf("cannot read %s: %w", in.name, err)
		}
	}
}

// decompress returns a reader of r's content, decompressed when it starts
// with gzip's magic bytes (RFC 1952 §2.3.1: ID1 31, ID2 139), whatever the
// file is called.
func decompress(r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	magic, _ := br.Peek(2)
	if len(magic) < 2 || magic[0] != 0x1f || magic[1] != 0x8b {
		return br, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("damaged gzip data: %w", err)
	}
	return zr, nil
}

// nothingFound says why no status code was found.
func nothingFound(ex explained, args []string) string {
	rep := ex.total
	what := "the input"
	if len(args) == 1 && args[0] != "-" {
		what = args[0]
	} else if len(args) > 1 {
		what = "the inputs"
	}
	switch {
	case rep.Lines == 0:
		return fmt.Sprintf("No status codes: %s is empty.", what)
	case rep.Binary && rep.Unparsed == rep.Lines:
		return fmt.Sprintf("No status codes: %s looks like binary data, not a log.", what)
	}
	msg := fmt.Sprintf("No status codes found in %d lines of %s", rep.Lines, what)
	var parts []string
	if rep.NoStatus > 0 {
		parts = append(parts, fmt.Sprintf("%d records without one", rep.NoStatus))
	}
	if rep.Unparsed > 0 {
		parts = append(parts, fmt.Sprintf("%d unreadable, first: %s", rep.Unparsed, strings.Join(ex.unparsed, ", ")))
	}
	if len(parts) > 0 {
		msg += " (" + strings.Join(parts, "; ") + ")"
	}
	return msg + ".\nexplain reads nginx and Apache combined or common logs, AWS ALB access logs, JSON lines, " +
		"HTTP responses and curl -i or -v output, and HAR files."
}

// explainJSON is the --json shape of explain's output.
type explainJSON struct {
	Lines         int               `json:"lines"`
	Matched       int               `json:"matched"`
	Unparsed      int               `json:"unparsed"`
	NoStatus      int               `json:"no_status"`
	Ignored       int               `json:"ignored"`
	Formats       map[string]int    `json:"formats"`
	UnparsedLines []string          `json:"unparsed_lines"`
	Warnings      []string          `json:"warnings"`
	Codes         []explainCodeJSON `json:"codes"`
}

// explainCodeJSON is one code found, in --json output.
type explainCodeJSON struct {
	Code       int     `json:"code"`
	ID         string  `json:"id"`
	Count      int     `json:"count"`
	Share      float64 `json:"share"`
	Phrase     string  `json:"phrase"`
	Name       string  `json:"name"`
	Class      string  `json:"class"`
	Vendor     string  `json:"vendor,omitempty"`
	MadeBy     string  `json:"made_by,omitempty"`
	LoggedOnly bool    `json:"logged_only,omitempty"`
	Note       string  `json:"note,omitempty"`
	Summary    string  `json:"summary"`
}

func writeExplainJSON(w io.Writer, ex explained) error {
	rep := ex.total
	out := explainJSON{
		Lines: rep.Lines, Matched: rep.Matched, Unparsed: rep.Unparsed, NoStatus: rep.NoStatus, Ignored: rep.Ignored,
		Formats:       map[string]int{},
		UnparsedLines: append([]string{}, ex.unparsed...),
		Warnings:      append([]string{}, ex.warnings...),
		Codes:         []explainCodeJSON{},
	}
	for f := range logscan.NumFormats {
		if n := rep.ByFormat[f]; n > 0 {
			out.Formats[f.String()] = n
		}
	}
	for _, row := range rep.Rows() {
		c := explainCodeJSON{
			Code:       row.Code,
			Count:      row.Count,
			Share:      math.Round(rep.Share(row)*1e4) / 1e4,
			Class:      strconv.Itoa(row.Code/100) + "xx",
			MadeBy:     row.MadeBy,
			LoggedOnly: row.LoggedOnly,
			Note:       row.Note,
		}
		if en := row.Entry; en != nil {
			c.ID, c.Phrase, c.Name, c.Vendor, c.Summary = en.ID(), en.Phrase, en.Title(), en.VendorName(), en.Summary
		}
		out.Codes = append(out.Codes, c)
	}
	return writeJSON(w, out)
}
