// Package logscan counts the HTTP status codes in access logs, HTTP
// transcripts and HAR files. It recognises the format of every line by
// itself, with no configuration:
//
//   - nginx and Apache access logs in the combined or common log format
//   - AWS Application Load Balancer access logs
//   - JSON lines, with the status under one of the usual keys
//   - HTTP responses and curl's -i and -v output (status lines such as
//     "HTTP/1.1 404 Not Found" or "< HTTP/2 404")
//   - HAR files saved from a browser's developer tools
//
// It reads an io.Reader to its end and keeps no more than one line of it
// (at most MaxLine) and a block in memory, however long the input. It opens no files and draws
// nothing: the meaning of each code comes from package data.
package logscan

import (
	"cmp"
	"slices"

	"httpcodes/data"
)

// Format is a kind of input a line can be recognised as.
type Format int

const (
	// Combined is the combined or common log format of nginx and Apache.
	Combined Format = iota
	// ALB is an AWS Application Load Balancer access log.
	ALB
	// JSON is one JSON object per line.
	JSON
	// HTTP is a status line of a raw HTTP response or of curl's output.
	HTTP
	// HAR is a HAR file: one JSON document of requests and responses.
	HAR
	// NumFormats is the number of formats.
	NumFormats
)

var formatNames = [NumFormats]string{"combined", "alb", "json", "http", "har"}

// String names the format as the --json output does: "combined", "alb",
// "json", "http", "har".
func (f Format) String() string { return formatNames[f] }

// MaxExamples is how many unreadable line numbers a Report keeps.
const MaxExamples = 5

// MaxLine is the longest line read whole; a longer line is counted as
// unparsed without being read into memory.
const MaxLine = 8 << 20

// Report is what a scan found.
type Report struct {
	// Lines is the number of lines read; in a HAR file, the number of
	// entries.
	Lines int
	// Matched lines carry a status code.
	Matched int
	// NoStatus lines are records of a known format that carry no status
	// code: a JSON object without a status field, a HAR entry with status
	// 0 (the request never got a response), an ALB entry with "-".
	NoStatus int
	// Ignored lines carry no status by nature: blank lines, the header
	// and body lines of an HTTP transcript, curl's own remarks.
	Ignored int
	// Unparsed lines are in no format this package knows.
	Unparsed int
	// ByFormat counts the matched lines of each format.
	ByFormat [NumFormats]int
	// FirstUnparsed holds the numbers of the first few unparsed lines
	// (HAR: entries), counting from 1.
	FirstUnparsed []int
	// LongLines counts the lines longer than MaxLine (they are unparsed).
	LongLines int
	// Binary is set when an unparsed line holds a NUL byte: the input is
	// probably not text.
	Binary bool
	// Damaged says why the input could not be read to its end as the
	// format it began in (a HAR file cut short); empty when it could.
	Damaged string

	counts [numOrigins][600]int
}

// origin is what the format says about who made a code.
type origin uint8

const (
	// plain: the code alone; its commonest meaning.
	plain origin = iota
	// nginxLog: a line of the combined format, so a number the registry
	// does not have is nginx's.
	nginxLog
	// albMade: an AWS load balancer made the code itself (target status
	// "-"), so AWS's meaning applies.
	albMade
	numOrigins
)

// count records one status code found in a line of format f.
func (r *Report) count(f Format, o origin, code int) {
	r.Matched++
	r.ByFormat[f]++
	r.counts[o][code]++
}

// unparsed records line n as unreadable.
func (r *Report) unparsed(n int) {
	r.Unparsed++
	if len(r.FirstUnparsed) < MaxExamples {
		r.FirstUnparsed = append(r.FirstUnparsed, n)
	}
}

// Merge adds the counts of o to r. The unparsed line numbers of o are not
// kept: they belong to another input.
func (r *Report) Merge(o *Report) {
	r.Lines += o.Lines
	r.Matched += o.Matched
	r.NoStatus += o.NoStatus
	r.Ignored += o.Ignored
	r.Unparsed += o.Unparsed
	r.LongLines += o.LongLines
	r.Binary = r.Binary || o.Binary
	for f := range r.ByFormat {
		r.ByFormat[f] += o.ByFormat[f]
	}
	for i := range r.counts {
		for c, n := range o.counts[i] {
			r.counts[i][c] += n
		}
	}
}

// Row is one status code found, with its meaning.
type Row struct {
	Code int
	// Entry is the code's meaning in the catalogue; nil for a number the
	// catalogue does not know.
	Entry *data.Entry
	// MadeBy is "load balancer" when an AWS Application Load Balancer
	// made the code itself rather than passing on a target's; else empty.
	MadeBy string
	// Note is what the format adds to the entry's meaning: AWS's causes
	// for a code the load balancer made, or why a code exists only in
	// logs.
	Note string
	// LoggedOnly is set for codes that are written to logs but never
	// received by a client (nginx 444 and 499, AWS 460).
	LoggedOnly bool
	Count      int
}

// Share is the row's part of all the matched lines, from 0 to 1.
func (r *Report) Share(row Row) float64 {
	if r.Matched == 0 {
		return 0
	}
	return float64(row.Count) / float64(r.Matched)
}

// Rows returns the codes found, in code order; at one code, the one the
// load balancer made comes after the one passed on from a target.
func (r *Report) Rows() []Row {
	type key struct {
		code   int
		entry  *data.Entry
		madeBy string
	}
	at := map[key]int{}
	var rows []Row
	for o := range numOrigins {
		for code, n := range r.counts[o] {
			if n == 0 {
				continue
			}
			row := describe(o, code)
			k := key{code, row.Entry, row.MadeBy}
			if i, ok := at[k]; ok {
				rows[i].Count += n
				if rows[i].Note == "" {
					rows[i].Note = row.Note
				}
				continue
			}
			row.Count = n
			at[k] = len(rows)
			rows = append(rows, row)
		}
	}
	slices.SortFunc(rows, func(a, b Row) int {
		if c := cmp.Compare(a.Code, b.Code); c != 0 {
			return c
		}
		return cmp.Compare(a.MadeBy, b.MadeBy)
	})
	return rows
}
