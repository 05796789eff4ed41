package logscan

import (
	"bytes"
	"errors"
	"io"
)

// blockSize is the size of one read; blocks is how many are in flight
// between the goroutine that reads and the one that parses.
const (
	blockSize = 256 << 10
	blocks    = 4
)

// Scan reads r to its end and counts the status codes in it. The reading
// runs in its own goroutine, so that reading (and any decompression behind
// r) overlaps with parsing. The error is the first one r returned other
// than io.EOF; the report then covers what was read before it.
func Scan(r io.Reader) (*Report, error) {
	rd := startReader(r)
	defer rd.stop()
	rep := &Report{}
	head := rd.head(512)
	if isHAR(head) {
		scanHAR(io.MultiReader(bytes.NewReader(head), rd), rep)
		return rep, rd.seen
	}
	s := lineScanner{rep: rep}
	s.feed(head)
	for b := range rd.blocks() {
		s.feed(b)
	}
	s.finish()
	return rep, rd.failed
}

// reader reads blocks of r in a goroutine.
type reader struct {
	full   chan []byte // blocks read, in order
	free   chan []byte // blocks to fill again
	done   chan struct{}
	failed error // set before full is closed: read it only after that
	seen   error // failed, once Read has seen full closed
	cur    []byte
	held   []byte // the block cur is part of, to give back
}

func startReader(r io.Reader) *reader {
	rd := &reader{
		full: make(chan []byte, blocks),
		free: make(chan []byte, blocks),
		done: make(chan struct{}),
	}
	for range blocks {
		rd.free <- make([]byte, blockSize)
	}
	go rd.run(r)
	return rd
}

func (rd *reader) run(r io.Reader) {
	defer close(rd.full)
	for {
		var buf []byte
		select {
		case buf = <-rd.free:
		case <-rd.done:
			return
		}
		n, err := r.Read(buf[:cap(buf)])
		if n > 0 {
			select {
			case rd.full <- buf[:n]:
			case <-rd.done:
				return
			}
		} else {
			rd.free <- buf
		}
		if err != nil {
			if !errors.Is(err, io.EOF) {
				rd.failed = err
			}
			return
		}
	}
}

// stop ends the reading goroutine early, when the parser needs no more.
func (rd *reader) stop() { close(rd.done) }

// blocks yields the blocks read, each valid until the next is asked for.
func (rd *reader) blocks() func(yield func([]byte) bool) {
	return func(yield func([]byte) bool) {
		for b := range rd.full {
			ok := yield(b)
			rd.free <- b[:cap(b)]
			if !ok {
				return
			}
		}
	}
}

// head returns at least n bytes from the start of the input (fewer only at
// its end), as a copy.
func (rd *reader) head(n int) []byte {
	var out []byte
	for len(out) < n {
		b, ok := <-rd.full
		if !ok {
			return out
		}
		out = append(out, b...)
		rd.free <- b[:cap(b)]
	}
	return out
}

// Read makes the rest of the input an io.Reader (for the HAR decoder).
func (rd *reader) Read(p []byte) (int, error) {
	for len(rd.cur) == 0 {
		if rd.held != nil {
			rd.free <- rd.held[:cap(rd.held)]
			rd.held = nil
		}
		b, ok := <-rd.full
		if !ok {
			if rd.failed != nil {
				rd.seen = rd.failed
				return 0, rd.failed
			}
			return 0, io.EOF
		}
		rd.cur, rd.held = b, b
	}
	n := copy(p, rd.cur)
	rd.cur = rd.cur[n:]
	return n, nil
}

// isHAR reports whether the input starts like a HAR file: a JSON object
// whose first member is "log" holding an object (HAR 1.2: the root object
// has one member, log).
func isHAR(head []byte) bool {
	b := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")) // a byte order mark
	for _, want := range []string{"{", `"log"`, ":", "{"} {
		b = bytes.TrimLeft(b, " \t\r\n")
		var ok bool
		if b, ok = bytes.CutPrefix(b, []byte(want)); !ok {
			return false
		}
	}
	return true
}

// lineState is where a line stands in an HTTP transcript.
type lineState uint8

const (
	outside   lineState = iota
	inHeaders           // after a status or request line, until a blank line
	inBody              // after the headers, until the next message
)

// lineScanner splits blocks into lines and counts each.
type lineScanner struct {
	rep     *Report
	n       int    // number of the line being read
	carry   []byte // the start of a line that runs on into the next block
	tooLong bool   // the line being carried went over MaxLine
	state   lineState
}

// feed takes the next block of input.
func (s *lineScanner) feed(b []byte) {
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			s.hold(b)
			return
		}
		if len(s.carry) > 0 || s.tooLong {
			s.hold(b[:i])
			s.line(s.carry)
			s.carry, s.tooLong = s.carry[:0], false
		} else {
			s.line(b[:i])
		}
		b = b[i+1:]
	}
}

// hold keeps the start of a line that continues in the next block; past
// MaxLine, it keeps nothing more and marks the line too long.
func (s *lineScanner) hold(b []byte) {
	if s.tooLong || len(s.carry)+len(b) > MaxLine {
		s.tooLong = true
		s.carry = s.carry[:0]
		return
	}
	s.carry = append(s.carry, b...)
}

// finish counts a last line that has no newline.
func (s *lineScanner) finish() {
	if len(s.carry) > 0 || s.tooLong {
		s.line(s.carry)
	}
}

// line counts one line.
func (s *lineScanner) line(l []byte) {
	s.n++
	s.rep.Lines++
	if s.tooLong {
		s.rep.LongLines++
		s.rep.unparsed(s.n)
		s.state = outside
		return
	}
	l = bytes.TrimRight(l, " \t\r")
	if len(l) == 0 {
		s.blank()
		return
	}
	if s.curl(l) {
		return
	}
	if s.state == inHeaders && headerLine(l) {
		s.rep.Ignored++
		return
	}
	switch l[0] {
	case '{':
		if s.state == inBody { // a JSON body, not a log line
			s.rep.Ignored++
			return
		}
		if code, ok := jsonLine(l); ok {
			s.record(JSON, plain, code)
			return
		}
	case 'H':
		if code, ok := statusLine(l); ok {
			s.record(HTTP, plain, code)
			s.state = inHeaders
			return
		}
	}
	if code, byLB, ok := alb(l); ok {
		o := plain
		if byLB {
			o = albMade
		}
		s.record(ALB, o, code)
		return
	}
	if code, ok := combined(l); ok {
		s.record(Combined, nginxLog, code)
		return
	}
	if requestLine(l) {
		s.rep.Ignored++
		s.state = inHeaders
		return
	}
	if s.state == inBody {
		s.rep.Ignored++
		return
	}
	s.state = outside
	if bytes.IndexByte(l, 0) >= 0 {
		s.rep.Binary = true
	}
	s.rep.unparsed(s.n)
}

// record counts a line of a known format; code 0 means it had no status.
func (s *lineScanner) record(f Format, o origin, code int) {
	if f != HTTP {
		s.state = outside
	}
	if code == 0 {
		s.rep.NoStatus++
		return
	}
	s.rep.count(f, o, code)
}

// blank counts an empty line: it ends the headers of an HTTP message.
func (s *lineScanner) blank() {
	s.rep.Ignored++
	if s.state == inHeaders {
		s.state = inBody
	}
}

// curl handles the lines of curl's verbose output, which curl starts with
// "* " (its own remarks), "> " (headers sent), "< " (headers received), and
// "{ " or "} " (data in and out) (curl source, Curl_debug and the tool's
// debug callback). A received status line is counted; the rest is
// ignored. It reports whether l was such a line.
func (s *lineScanner) curl(l []byte) bool {
	if len(l) == 1 && (l[0] == '<' || l[0] == '>' || l[0] == '*') {
		s.blank() // curl marks the end of the headers with a bare "<"
		return true
	}
	if len(l) < 2 || l[1] != ' ' {
		return false
	}
	switch l[0] {
	case '<':
		if code, ok := statusLine(l[2:]); ok {
			s.record(HTTP, plain, code)
			s.state = inHeaders
			return true
		}
		s.rep.Ignored++
		return true
	case '>', '*':
		s.rep.Ignored++
		return true
	case '{', '}':
		if len(l) > 2 && l[2] == '[' {
			s.rep.Ignored++
			return true
		}
	}
	return false
}
