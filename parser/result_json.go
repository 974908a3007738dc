package parser

import (
	"encoding/json"
	"strings"

	"tilmeld"
)

// Output is the JSON shape of one reading, as `tilmeld parse` prints it and
// as the corpus labels are written (shared/corpus/README.md). Tools that
// compare readings (eval) decode labels into the same type.
type Output struct {
	File       string           `json:"file"`
	Intent     string           `json:"intent"`
	Status     string           `json:"status"`
	Missing    []string         `json:"missing"`
	Question   bool             `json:"question"`
	Contact    *OutputContact   `json:"contact"`
	Attendees  []OutputAttendee `json:"attendees"`
	Confidence float64          `json:"confidence"`
	Reasons    []string         `json:"reasons"`
}

// OutputContact is the contact; a field is null when unknown.
type OutputContact struct {
	Email *string `json:"email"`
	Phone *string `json:"phone"`
}

// OutputAttendee is one attendee; name, first and second are null when none.
type OutputAttendee struct {
	Name     *string  `json:"name"`
	First    *int     `json:"first"`
	Second   *int     `json:"second"`
	Diet     []string `json:"diet"`
	DietText string   `json:"diet_text,omitempty"`
}

// Output returns the reading in its JSON shape, for the mail named file.
func (r *Result) Output(file string) Output {
	o := Output{
		File:       file,
		Intent:     string(r.Intent),
		Status:     string(r.Status),
		Missing:    nonNil(r.Missing),
		Question:   r.Question,
		Attendees:  []OutputAttendee{},
		Confidence: r.Confidence,
		Reasons:    nonNil(r.Reasons),
	}
	if r.Contact.Email != "" || r.Contact.Phone != "" {
		o.Contact = &OutputContact{Email: strPtr(r.Contact.Email), Phone: strPtr(r.Contact.Phone)}
	}
	for _, a := range r.Attendees {
		oa := OutputAttendee{
			Name:     strPtr(a.Name),
			First:    intPtr(a.First()),
			Second:   intPtr(a.Second()),
			Diet:     []string{},
			DietText: a.DietText,
		}
		for _, d := range tilmeld.SortDiets(append([]tilmeld.Diet(nil), a.Diet...)) {
			oa.Diet = append(oa.Diet, string(d))
		}
		o.Attendees = append(o.Attendees, oa)
	}
	return o
}

// JSON returns the reading as one line of JSON, without a trailing newline.
func (r *Result) JSON(file string) ([]byte, error) {
	return json.Marshal(r.Output(file))
}

// NormName is how names are compared: case and runs of white space do not count.
func NormName(s *string) string {
	if s == nil {
		return ""
	}
	return strings.ToLower(strings.Join(strings.Fields(*s), " "))
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func intPtr(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}
