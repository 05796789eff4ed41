package data

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestParsePattern(t *testing.T) {
	// Each pattern with codes it must fit and codes it must not.
	cases := []struct {
		pat       string
		fit, miss []int
	}{
		{"4xx", []int{400, 404, 451, 499}, []int{399, 500}},
		{"5XX", []int{500, 599}, []int{499}},
		{"4??", []int{400, 499}, []int{300}},
		{"4x?", []int{400, 431}, []int{500}},
		{"x04", []int{104, 204, 304, 404, 504}, []int{400, 405}},
		{"?0?", []int{100, 301, 408, 505}, []int{410, 226}},
		{"30x", []int{300, 308}, []int{310, 400}},
		{"4x", []int{400, 451}, []int{500, 40}},
		{"4?", []int{404}, []int{504}},
		{"30[12]", []int{301, 302}, []int{300, 303}},
		{"5[0-4]x", []int{500, 504, 549}, []int{550, 599, 404}},
		{"[45]0x", []int{404, 503}, []int{304, 410}},
		{"[1-3]xx", []int{100, 204, 308}, []int{400}},
		{"404", []int{404}, []int{405, 414}},
		{" 4XX ", []int{400}, []int{500}},
	}
	for _, c := range cases {
		fits, isPattern, err := ParsePattern(c.pat)
		if !isPattern || err != nil || fits == nil {
			t.Errorf("ParsePattern(%q) = pattern %v, error %v", c.pat, isPattern, err)
			continue
		}
		for _, code := range c.fit {
			if !fits(code) {
				t.Errorf("%q does not fit %d", c.pat, code)
			}
		}
		for _, code := range c.miss {
			if fits(code) {
				t.Errorf("%q fits %d", c.pat, code)
			}
		}
	}
}

func TestParsePatternNotAPattern(t *testing.T) {
	// Words and numbers are not patterns at all: the caller looks them up
	// some other way, with no error.
	for _, s := range []string{"", "4", "40", "4040", "teapot", "x", "xx", "rate limit", "-"} {
		if fits, isPattern, err := ParsePattern(s); isPattern || err != nil || fits != nil {
			t.Errorf("ParsePattern(%q) = pattern %v, error %v; want not a pattern", s, isPattern, err)
		}
	}
}

func TestParsePatternErrors(t *testing.T) {
	// A pattern that cannot work is an error that says why.
	cases := map[string]string{
		"[":       "never closed",
		"]4x":     "never opened",
		"6xx":     "starts with 6",
		"[6-9]xx": "starts with any of 6, 7, 8, 9",
		"4xxx":    "three places",
		"4x4x":    "three places",
		"[]xx":    "empty set",
		"4[a]x":   "only digits",
		"[9-1]xx": "lower digit",
		"4-5x":    "outside a set",
		"40[1":    "never closed",
	}
	for s, want := range cases {
		fits, isPattern, err := ParsePattern(s)
		if !isPattern || err == nil || fits != nil {
			t.Errorf("ParsePattern(%q) = pattern %v, error %v; want a pattern with an error", s, isPattern, err)
			continue
		}
		if !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), s) {
			t.Errorf("ParsePattern(%q) error %q, want it to name the pattern and say %q", s, err, want)
		}
	}
}

func TestMatch(t *testing.T) {
	codes := func(es []*Entry) []int {
		var out []int
		for _, e := range es {
			out = append(out, e.Code)
		}
		return out
	}
	es, ok, err := Match("30[12]")
	if !ok || err != nil || !slices.Equal(codes(es), []int{301, 302}) {
		t.Errorf("Match(30[12]) = %v, %v, %v", codes(es), ok, err)
	}
	all5, _, _ := Match("5x")
	if len(all5) != len(ByClass(5)) {
		t.Errorf("5x matched %d, class 5 has %d", len(all5), len(ByClass(5)))
	}
	if es, ok, err := Match("6xx"); es != nil || !ok || err == nil {
		t.Errorf("Match(6xx) = %v, %v, %v; want a pattern error", codes(es), ok, err)
	}
	if es, ok, err := Match("teapot"); es != nil || ok || err != nil {
		t.Errorf("Match(teapot) = %v, %v, %v; want not a pattern", codes(es), ok, err)
	}
}

// fake builds entries for Nearest from IDs: "404" or "499-nginx".
func fake(ids ...string) []*Entry {
	var out []*Entry
	for _, id := range ids {
		num, slug, _ := strings.Cut(id, "-")
		code, err := strconv.Atoi(num)
		if err != nil {
			panic(err)
		}
		e := &Entry{Code: code, Slug: slug, id: id}
		if slug != "" {
			e.Status = Unofficial
		}
		out = append(out, e)
	}
	return out
}

func TestNearestIn(t *testing.T) {
	all := fake("226", "300", "451", "497-nginx", "499-nginx", "499-cloudflare", "500", "511")
	cases := []struct {
		code int
		want []string
	}{
		// Vendor codes of the class count, before any code of another class.
		{498, []string{"497-nginx", "499-nginx"}},
		// Nothing above in the class: the class's side below alone.
		{299, []string{"226"}},
		// Nothing below in the class: the side above alone, not 300.
		{440, []string{"451"}},
		{490, []string{"451", "497-nginx"}},
		{512, []string{"511"}},
		// A class with nothing listed falls back to the nearest codes.
		{150, []string{"226"}},
		{250, []string{"226"}},
	}
	for _, c := range cases {
		var got []string
		for _, e := range nearestIn(all, c.code) {
			got = append(got, e.ID())
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Nearest(%d) = %v, want %v", c.code, got, c.want)
		}
	}
}

func TestNearest(t *testing.T) {
	// Over the real catalogue: the answers share the code's class, one
	// below and one above at most, and no listed code of the class lies
	// between them and the code.
	for code := 100; code <= 599; code++ {
		if len(Lookup(code)) > 0 {
			continue
		}
		near := Nearest(code)
		if len(near) == 0 || len(near) > 2 {
			t.Fatalf("Nearest(%d) = %d entries", code, len(near))
		}
		for _, e := range near {
			if e.Class() != ClassOf(code) {
				t.Errorf("Nearest(%d) crosses to %s", code, e.ID())
			}
			lo, hi := min(e.Code, code), max(e.Code, code)
			for _, o := range ByClass(ClassOf(code)) {
				if o.Code > lo && o.Code < hi {
					t.Errorf("Nearest(%d) gives %s, but %s is nearer", code, e.ID(), o.ID())
				}
			}
			if e != Lookup(e.Code)[0] {
				t.Errorf("Nearest(%d) gives %s, not the first entry of %d", code, e.ID(), e.Code)
			}
		}
	}
	if got := Nearest(299); len(got) != 1 || got[0].Class() != 2 {
		t.Errorf("Nearest(299) = %v, want one 2xx below it, not 300", got)
	}
	if got := Nearest(498); len(got) != 2 || got[0].ID() != "497-nginx" || got[1].ID() != "499-nginx" {
		t.Errorf("Nearest(498) = %v, want nginx's 497 and 499", got)
	}
}
