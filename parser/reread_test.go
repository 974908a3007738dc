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
	household := []string{"Per Lund", "Birgit Lund"}
	cases := []struct {
		name, body string
		onFile     []string
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
			[]string{"Per Lund", "Birgit Lund", "Jonas Lund"}, tilmeld.StatusReview, ""},
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
