package mailbot

import (
	"strings"
	"testing"
	"unicode/utf8"

	"tilmeld"
)

func TestGreetingFor(t *testing.T) {
	halima := &tilmeld.Registration{Attendees: []tilmeld.Attendee{person("Halima Osman", 2)}}
	linh := &tilmeld.Registration{Attendees: []tilmeld.Attendee{person("Linh Pham", 2)}}
	nameless := &tilmeld.Registration{Attendees: []tilmeld.Attendee{person("", 2)}}
	tests := []struct {
		from string
		r    *tilmeld.Registration
		want string
	}{
		{"Kirsten Bach", halima, "Kirsten"}, // staff for a resident
		{"", halima, "Halima"},              // the resident, contact of a forward
		{"Pham, Linh", linh, "Linh"},
		{"Pham, Linh", nil, "Linh"},
		{"Familien Hansen", nameless, ""},
		{"Anna Jensen", nil, "Anna"},
		{"", nil, ""},
	}
	for _, tt := range tests {
		if got := greetingFor(tt.from, tt.r); got != tt.want {
			t.Errorf("greetingFor(%q, %v) = %q, want %q", tt.from, tt.r, got, tt.want)
		}
	}
}

func TestSqueeze(t *testing.T) {
	if got := squeeze("jeg spiser\nhalal  ", 100); got != "jeg spiser halal" {
		t.Errorf("squeeze = %q", got)
	}
	long := strings.Repeat("æble ", 50)
	got := squeeze(long, 40)
	if len(got) > 44 || !strings.HasSuffix(got, " …") || !utf8.ValidString(got) {
		t.Errorf("squeeze cut = %q", got)
	}
}
