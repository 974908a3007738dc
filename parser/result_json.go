package parser

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"

	"tilmeld"
	"tilmeld/internal/jsonq"
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
	return r.AppendJSON(nil, file)
}

// AppendJSON appends the reading as one line of JSON, without a trailing
// newline, to b. The bytes are those of json.Marshal(r.Output(file)),
// written without reflection or garbage: `tilmeld parse` prints thousands
// of lines a second.
func (r *Result) AppendJSON(b []byte, file string) ([]byte, error) {
	if math.IsNaN(r.Confidence) || math.IsInf(r.Confidence, 0) {
		return nil, &json.UnsupportedValueError{Str: strconv.FormatFloat(r.Confidence, 'g', -1, 64)}
	}
	b = append(b, `{"file":`...)
	b = jsonq.AppendString(b, file)
	b = append(b, `,"intent":`...)
	b = jsonq.AppendString(b, string(r.Intent))
	b = append(b, `,"status":`...)
	b = jsonq.AppendString(b, string(r.Status))
	b = append(b, `,"missing":`...)
	b = appendJSONStrings(b, r.Missing)
	b = append(b, `,"question":`...)
	b = strconv.AppendBool(b, r.Question)
	b = append(b, `,"contact":`...)
	if r.Contact.Email != "" || r.Contact.Phone != "" {
		b = append(b, `{"email":`...)
		b = appendJSONNullable(b, r.Contact.Email)
		b = append(b, `,"phone":`...)
		b = appendJSONNullable(b, r.Contact.Phone)
		b = append(b, '}')
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"attendees":[`...)
	for i := range r.Attendees {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendAttendeeJSON(b, &r.Attendees[i])
	}
	b = append(b, `],"confidence":`...)
	b = appendJSONFloat(b, r.Confidence)
	b = append(b, `,"reasons":`...)
	b = appendJSONStrings(b, r.Reasons)
	return append(b, '}'), nil
}

func appendAttendeeJSON(b []byte, a *tilmeld.Attendee) []byte {
	b = append(b, `{"name":`...)
	b = appendJSONNullable(b, a.Name)
	b = append(b, `,"first":`...)
	b = appendJSONChoice(b, a.First())
	b = append(b, `,"second":`...)
	b = appendJSONChoice(b, a.Second())
	b = append(b, `,"diet":[`...)
	var diets [8]tilmeld.Diet
	for i, d := range tilmeld.SortDiets(append(diets[:0], a.Diet...)) {
		if i > 0 {
			b = append(b, ',')
		}
		b = jsonq.AppendString(b, string(d))
	}
	b = append(b, ']')
	if a.DietText != "" {
		b = append(b, `,"diet_text":`...)
		b = jsonq.AppendString(b, a.DietText)
	}
	return append(b, '}')
}

// appendJSONNullable appends s, or null for "" (as strPtr does).
func appendJSONNullable(b []byte, s string) []byte {
	if s == "" {
		return append(b, "null"...)
	}
	return jsonq.AppendString(b, s)
}

// appendJSONChoice appends a workshop number, or null for none.
func appendJSONChoice(b []byte, n int) []byte {
	if n == 0 {
		return append(b, "null"...)
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// appendJSONStrings appends list, [] when nil.
func appendJSONStrings(b []byte, list []string) []byte {
	b = append(b, '[')
	for i, s := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = jsonq.AppendString(b, s)
	}
	return append(b, ']')
}

// appendJSONFloat formats f as encoding/json does: like ES6, 'e' only for
// magnitudes below 1e-6 or from 1e21, its exponent not padded.
func appendJSONFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if n := len(b); format == 'e' && n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
		b[n-2] = b[n-1]
		b = b[:n-1]
	}
	return b
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
