package data

import "encoding/json"

// JSON is the public shape of an entry in `--json` output: one object per
// entry, with stable field names.
type JSON struct {
	ID                     string         `json:"id"`
	Code                   int            `json:"code"`
	Phrase                 string         `json:"phrase"`
	Name                   string         `json:"name"`
	Class                  string         `json:"class"`
	Official               bool           `json:"official"`
	Status                 string         `json:"status"`
	Vendor                 string         `json:"vendor,omitempty"`
	Tier                   string         `json:"tier"`
	Reference              string         `json:"reference"`
	URL                    string         `json:"url"`
	MDN                    string         `json:"mdn,omitempty"`
	Summary                string         `json:"summary"`
	Team                   *JSONTeam      `json:"team,omitempty"`
	Description            string         `json:"description"`
	Caveat                 string         `json:"caveat,omitempty"`
	Source                 string         `json:"source,omitempty"`
	WhenToUse              []string       `json:"when_to_use"`
	WhenNotToUse           []string       `json:"when_not_to_use"`
	Headers                []JSONHeader   `json:"headers"`
	SeeAlso                []JSONSeeAlso  `json:"see_also"`
	Example                JSONExample    `json:"example"`
	HeuristicallyCacheable bool           `json:"heuristically_cacheable"`
	ContentForbidden       bool           `json:"content_forbidden"`
	NoStore                bool           `json:"no_store"`
	Keywords               []string       `json:"keywords"`
	FormerNames            []string       `json:"former_names"`
	Notes                  []string       `json:"notes"`
	Scenarios              []JSONScenario `json:"scenarios"`
	Troubleshooting        []JSONTrouble  `json:"troubleshooting"`
	Constants              []JSONConstant `json:"constants"`
}

// JSONHeader is a related header in JSON output.
type JSONHeader struct {
	Name string `json:"name"`
	Why  string `json:"why"`
}

// JSONSeeAlso is a confusion in JSON output.
type JSONSeeAlso struct {
	Code int    `json:"code"`
	ID   string `json:"id"`
	Why  string `json:"why"`
}

// JSONExample is the example exchange in JSON output.
type JSONExample struct {
	Request  []string `json:"request"`
	Response []string `json:"response"`
}

// JSONScenario is a quiz scenario in JSON output.
type JSONScenario struct {
	Text   string `json:"text"`
	Answer int    `json:"answer"`
	Why    string `json:"why"`
	Versus []int  `json:"versus,omitempty"`
}

// JSONTrouble is one likely cause of receiving a code, in JSON output.
type JSONTrouble struct {
	Cause string `json:"cause"`
	Where string `json:"where"`
	Check string `json:"check"`
}

// JSONConstant is one stack's name for the code in JSON output. Name is
// empty where the stack has none, and Note then says what to write.
type JSONConstant struct {
	Stack  string `json:"stack"`
	Name   string `json:"name"`
	Note   string `json:"note,omitempty"`
	Phrase string `json:"phrase,omitempty"`
}

// ToJSON converts an entry to its JSON shape. Lists are never null.
func (e *Entry) ToJSON() JSON {
	j := JSON{
		ID:                     e.ID(),
		Code:                   e.Code,
		Phrase:                 e.Phrase,
		Name:                   e.Title(),
		Class:                  e.Class().String(),
		Official:               e.Official(),
		Status:                 e.Status.String(),
		Vendor:                 e.Vendor,
		Tier:                   e.Tier.String(),
		Reference:              e.Reference,
		URL:                    e.URL,
		MDN:                    e.MDN,
		Summary:                e.Summary,
		Description:            e.Explanation,
		Caveat:                 e.Caveat,
		Source:                 e.Source,
		WhenToUse:              nonNil(e.WhenToUse),
		WhenNotToUse:           nonNil(e.WhenNotToUse),
		Headers:                []JSONHeader{},
		SeeAlso:                []JSONSeeAlso{},
		Example:                JSONExample{Request: nonNil(e.Example.Request), Response: nonNil(e.Example.Response)},
		HeuristicallyCacheable: e.HeuristicallyCacheable,
		ContentForbidden:       e.ContentForbidden,
		NoStore:                e.NoStore,
		Keywords:               nonNil(e.Keywords),
		FormerNames:            nonNil(e.FormerNames),
		Notes:                  nonNil(e.Notes),
		Scenarios:              []JSONScenario{},
		Troubleshooting:        []JSONTrouble{},
		Constants:              []JSONConstant{},
	}
	for _, h := range e.Headers {
		j.Headers = append(j.Headers, JSONHeader(h))
	}
	for _, s := range e.SeeAlso {
		id := ""
		if r := s.Resolve(); r != nil {
			id = r.ID()
		}
		j.SeeAlso = append(j.SeeAlso, JSONSeeAlso{Code: s.Code, ID: id, Why: s.Why})
	}
	for _, s := range e.Scenarios {
		j.Scenarios = append(j.Scenarios, JSONScenario{Text: s.Text, Answer: e.Code, Why: s.Why, Versus: s.Versus})
	}
	for _, t := range e.Troubleshooting {
		j.Troubleshooting = append(j.Troubleshooting, JSONTrouble(t))
	}
	for _, c := range ConstantsFor(e) {
		j.Constants = append(j.Constants, JSONConstant{Stack: c.Stack, Name: c.Name, Note: c.Note, Phrase: c.Phrase})
	}
	return j
}

// MarshalJSON encodes an entry in its public JSON shape.
func (e *Entry) MarshalJSON() ([]byte, error) { return json.Marshal(e.ToJSON()) }

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
