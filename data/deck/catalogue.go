package deck

import (
	"strconv"

	"httpcodes/data"
)

// Entries returns the team's own codes as catalogue entries: unofficial,
// with the deck's name as their vendor and IDs such as "599-team".
func (d *Deck) Entries() []data.Entry {
	var out []data.Entry
	for _, c := range d.Codes {
		if !c.Own() {
			continue
		}
		out = append(out, data.Entry{
			Code:        c.Code,
			Phrase:      c.Phrase,
			Status:      data.Unofficial,
			Vendor:      d.Name,
			Slug:        data.TeamSlug,
			Tier:        data.Common,
			Reference:   d.Name + " team deck",
			Summary:     c.Summary,
			Explanation: c.Explanation,
		})
	}
	return out
}

// Catalogue returns the built-in catalogue with the team's own codes and
// its notes: a team code carries its note and link; a note on a catalogue
// code goes to the code's registry entry, or to each of its meanings when
// the registry has none.
func (d *Deck) Catalogue() (*data.Catalogue, error) {
	team := map[string]data.Team{}
	for _, c := range d.Codes {
		t := data.Team{Deck: d.Name, Note: c.Note, Link: c.Link}
		if c.Own() {
			team[strconv.Itoa(c.Code)+"-"+data.TeamSlug] = t
			continue
		}
		targets := data.Lookup(c.Code)
		if r := data.Registry(c.Code); r != nil {
			targets = []*data.Entry{r}
		}
		for _, e := range targets {
			team[e.ID()] = t
		}
	}
	return data.Extend(d.Entries(), team)
}

// Answer is the entry a scenario's answer names in cat: the team's own
// code of that number, else the registry's, else the first vendor meaning.
func Answer(cat *data.Catalogue, code int) *data.Entry {
	if e := cat.ByID(strconv.Itoa(code) + "-" + data.TeamSlug); e != nil {
		return e
	}
	if e := cat.Registry(code); e != nil {
		return e
	}
	if es := cat.Lookup(code); len(es) > 0 {
		return es[0]
	}
	return nil
}
