package data

import (
	"slices"
	"strings"
	"testing"
)

func TestSearchRanksFirst(t *testing.T) {
	// What a learner types, and the entry that must come first.
	cases := map[string]string{
		"404":                      "404",
		"not found":                "404",
		"Not Found":                "404",
		"teapot":                   "418-teapot",
		"rate limit":               "429",
		"rate limiting":            "429",
		"too many requests":        "429",
		"payload too large":        "413",
		"request entity too large": "413",
		"unprocessable entity":     "422",
		"gateway timeout":          "504",
		"bad gateway":              "502",
		"service unavailable":      "503",
		"internal server error":    "500",
		"moved permanently":        "301",
		"permanent redirect":       "308",
		"see other":                "303",
		"www-authenticate":         "401",
		"unauthorized":             "401",
		"unauthorised":             "401", // a typo away
		"forbiden":                 "403", // a typo away
		"precondition failed":      "412",
		"legal reasons":            "451",
		"early hints":              "103",
		"switching protocols":      "101",
		"Allow":                    "405",
		"no content":               "204",
		"conflict":                 "409",
		"gone":                     "410",
		"captive portal":           "511",
		"client closed request":    "499-nginx",
		"enhance your calm":        "420-twitter",
		"csrf":                     "419-laravel",
	}
	for q, want := range cases {
		res := Search(q)
		if len(res) == 0 {
			t.Errorf("Search(%q): nothing, want %s first", q, want)
			continue
		}
		if got := res[0].Entry.ID(); got != want {
			top := []string{}
			for i := 0; i < len(res) && i < 5; i++ {
				top = append(top, res[i].Entry.ID())
			}
			t.Errorf("Search(%q) ranks %v first, want %s", q, top, want)
		}
	}
}

func TestSearchFinds(t *testing.T) {
	// Every entry listed must be among the results.
	cases := map[string][]string{
		"retry-after": {"429", "503", "413"},
		"redirect":    {"301", "302", "307", "308"},
		"cloudflare":  {"520-cloudflare", "521-cloudflare", "522-cloudflare", "499-cloudflare"},
		"nginx":       {"444-nginx", "499-nginx", "494-nginx"},
		"timeout":     {"408", "504"},
		"range":       {"206", "416"},
	}
	for q, wants := range cases {
		got := map[string]bool{}
		for _, r := range Search(q) {
			got[r.Entry.ID()] = true
		}
		for _, w := range wants {
			if !got[w] {
				t.Errorf("Search(%q) misses %s", q, w)
			}
		}
	}
}

func TestSearchNothing(t *testing.T) {
	for _, q := range []string{"", "   ", "xyzzyplugh", "999"} {
		if res := Search(q); len(res) != 0 {
			t.Errorf("Search(%q) = %d results, want none", q, len(res))
		}
	}
}

func TestSearchOrderIsStable(t *testing.T) {
	a, b := Search("server error"), Search("server error")
	if len(a) != len(b) {
		t.Fatal("two searches differ in length")
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("result %d differs: %s vs %s", i, a[i].Entry.ID(), b[i].Entry.ID())
		}
	}
	for i := 1; i < len(a); i++ {
		if a[i-1].Score < a[i].Score {
			t.Fatalf("results out of order at %d", i)
		}
	}
}

func TestEditDistance(t *testing.T) {
	cases := []struct {
		a, b string
		want int
	}{
		{"kitten", "sitting", 3}, {"forbiden", "forbidden", 1}, {"teapto", "teapot", 1}, {"same", "same", 0},
	}
	for _, c := range cases {
		if got := editDistance(c.a, c.b, 5); got != c.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func BenchmarkLoadAndLookup(b *testing.B) {
	for b.Loop() {
		ix := buildIndex(catalogue())
		if len(ix.byCode[404]) == 0 {
			b.Fatal("404 missing")
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	load()
	for b.Loop() {
		if Registry(404) == nil {
			b.Fatal("404 missing")
		}
	}
}

func BenchmarkSearch(b *testing.B) {
	docs()
	for b.Loop() {
		if len(Search("rate limit")) == 0 {
			b.Fatal("no results")
		}
	}
}

func BenchmarkSearchTypo(b *testing.B) {
	docs()
	for b.Loop() {
		if len(Search("unauthorised")) == 0 {
			b.Fatal("no results")
		}
	}
}

func TestSearchOneLetter(t *testing.T) {
	// A filter typed letter by letter must not go blank at the first
	// letter; one letter only starts names, headers and vendors.
	res := Search("r")
	if len(res) == 0 {
		t.Fatal(`Search("r") found nothing`)
	}
	for _, r := range res {
		e := r.Entry
		text := strings.ToLower(e.Title() + " " + strings.Join(e.FormerNames, " ") + " " +
			strings.Join(e.Keywords, " ") + " " + e.Vendor + " " + e.Slug)
		for _, h := range e.Headers {
			text += " " + strings.ToLower(h.Name)
		}
		if !slices.ContainsFunc(words(text), func(w string) bool { return strings.HasPrefix(w, "r") }) {
			t.Errorf(`Search("r") returned %s, where no name, header or vendor starts with r`, e.ID())
		}
	}
}
