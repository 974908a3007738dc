package parser

import (
	"reflect"
	"testing"

	"tilmeld"
)

// A withdrawal that names people only by first name, or only as "both",
// is unsure from the mail alone; the names on the sender's registration
// settle it, and nothing else.
func TestRereadWithRegistration(t *testing.T) {
	household := onFile("Per Lund", "Birgit Lund")
	cases := []struct {
		name, body string
		onFile     []tilmeld.Attendee
		status     tilmeld.Status
		want       string
	}{
		{"first name on file", "Hej\n\nVi må desværre melde afbud, både Birgit og jeg.\n\nMvh Per Lund",
			household, tilmeld.StatusComplete, "Per Lund:-/-; Birgit Lund:-/-"},
		{"name first, then I", "Hej\n\nBirgit og jeg kan alligevel ikke komme den 29.\n\nHilsen Per Lund",
			household, tilmeld.StatusComplete, "Per Lund:-/-; Birgit Lund:-/-"},
		{"both, two on file", "Hej\n\nVi melder begge afbud til mødet.\n\nPer Lund",
			household, tilmeld.StatusComplete, "Per Lund:-/-; Birgit Lund:-/-"},
		{"both, three on file", "Hej\n\nVi melder begge afbud til mødet.\n\nPer Lund",
			onFile("Per Lund", "Birgit Lund", "Jonas Lund"), tilmeld.StatusReview, ""},
		{"name not on file", "Hej\n\nVi må desværre melde afbud, både Karen og jeg.\n\nMvh Per Lund",
			household, tilmeld.StatusReview, ""},
		{"nothing on file", "Hej\n\nVi må desværre melde afbud, både Birgit og jeg.\n\nMvh Per Lund",
			nil, tilmeld.StatusReview, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			first := parseMail("Per Lund", "Afbud", "", c.body)
			if first.Status != tilmeld.StatusReview {
				t.Fatalf("alone the mail reads %s %s, want review", first.Status, choices(first))
			}
			r := Reread(first.Mail, testEvent, c.onFile)
			if r.Intent != tilmeld.IntentCancel || r.Status != c.status || c.want != "" && choices(r) != c.want {
				t.Errorf("got %s %s %q (%v), want cancel %s %q", r.Intent, r.Status, choices(r), r.Reasons, c.status, c.want)
			}
		})
	}
}

// Reading a mail again leaves its decoded message as it was: with nothing
// on file, Reread gives what Parse gave.
func TestRereadSameAsParse(t *testing.T) {
	for _, body := range []string{
		"Hej\n\nJeg vil gerne deltage i workshop 2, ellers 4. Jeg er vegetar.\n\nMvh Ida Holm\n22 33 44 55",
		"Hej\n\nVi må desværre melde afbud, både Birgit og jeg.\n\nMvh Ida Holm",
		"Hej, min mand Ole og jeg kommer. Vi vil begge gerne have sundhed, ellers naboskab.",
	} {
		first := parseMail("Ida Holm", "Tilmelding", "", body)
		again := Reread(first.Mail, testEvent, nil)
		first.Mail, again.Mail = nil, nil
		if !reflect.DeepEqual(first, again) {
			t.Errorf("%q: Reread gave %+v, Parse %+v", body, again, first)
		}
	}
}

func onFile(names ...string) []tilmeld.Attendee {
	var as []tilmeld.Attendee
	for _, n := range names {
		as = append(as, tilmeld.Attendee{Name: n, Choices: []int{1, 2}})
	}
	return as
}

// "Workshop 3 i stedet for workshop 2" says which workshop goes but not
// which priority it was: without the receipt quoted the mail alone is for
// staff, and the registration's choices settle it.
func TestChangeInsteadOfReadsTheRegistration(t *testing.T) {
	cases := []struct {
		body    string
		choices []int
		want    string
	}{
		{"Hej igen. Jeg vil gerne skifte til workshop 3 i stedet for workshop 2.\n\nIda Holm", []int{1, 2}, "Ida Holm:-/3"},
		{"Hej igen. Jeg vil gerne skifte til workshop 3 i stedet for workshop 2.\n\nIda Holm", []int{2, 4}, "Ida Holm:3/-"},
		{"Jeg vil hellere flytte over til workshop 4 i stedet for sundhed.\n\nIda Holm", []int{1, 2}, "Ida Holm:-/4"},
		{"Hi again, I would like to switch to workshop 1 instead of workshop 2.\n\nIda Holm", []int{2, 3}, "Ida Holm:1/-"},
	}
	for _, c := range cases {
		first := parseMail("Ida Holm", "Ændring", "", c.body)
		if first.Intent != tilmeld.IntentUpdate || first.Status != tilmeld.StatusReview {
			t.Errorf("%q alone: %s %s %s, want update review", c.body, first.Intent, first.Status, choices(first))
		}
		r := Reread(first.Mail, testEvent, []tilmeld.Attendee{{Name: "Ida Holm", Choices: c.choices}})
		if r.Intent != tilmeld.IntentUpdate || r.Status != tilmeld.StatusComplete || choices(r) != c.want {
			t.Errorf("%q on %v: %s %s %s, want update complete %s (%v)", c.body, c.choices, r.Intent, r.Status, choices(r), c.want, r.Reasons)
		}
	}
	// the priority said outright needs no registration
	said := parseMail("Ida Holm", "Ændring", "", "Jeg vil gerne have workshop 3 som min 2. prioritet i stedet for workshop 2.\n\nIda Holm")
	if said.Status != tilmeld.StatusComplete || choices(said) != "Ida Holm:-/3" {
		t.Errorf("priority said: %s %s (%v)", said.Status, choices(said), said.Reasons)
	}
	// a workshop given up that the registration does not hold
	first := parseMail("Ida Holm", "Ændring", "", "Jeg vil gerne skifte til workshop 3 i stedet for workshop 2.\n\nIda Holm")
	if r := Reread(first.Mail, testEvent, []tilmeld.Attendee{{Name: "Ida Holm", Choices: []int{1, 4}}}); r.Status != tilmeld.StatusReview {
		t.Errorf("giving up a workshop not held: %s %s", r.Status, choices(r))
	}
}
