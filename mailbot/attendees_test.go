package mailbot

import (
	"slices"
	"testing"

	"tilmeld"
)

func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Anna Jensen", "anna  jensen", true},
		{"Anna", "Anna Jensen", true},
		{"Tran Van Duc", "Duc Tran", true},
		{"Anna Jensen", "Anna Hansen", false},
		{"Jensen", "Anna Jensen", false},
		{"", "Anna", false},
	}
	for _, tt := range tests {
		if got := sameName(tt.a, tt.b); got != tt.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestMergeAttendees(t *testing.T) {
	base := func() *tilmeld.Registration {
		return &tilmeld.Registration{Attendees: []tilmeld.Attendee{person("Anna Jensen", 1, 2), person("", 3)}}
	}
	tests := []struct {
		name string
		in   []tilmeld.Attendee
		want []tilmeld.Attendee
	}{
		{"name fills the nameless", []tilmeld.Attendee{person("Bo Jensen")},
			[]tilmeld.Attendee{person("Anna Jensen", 1, 2), person("Bo Jensen", 3)}},
		{"new 1st choice keeps the 2nd", []tilmeld.Attendee{person("Anna", 4)},
			[]tilmeld.Attendee{person("Anna Jensen", 4, 2), person("", 3)}},
		{"second person without a name is new", []tilmeld.Attendee{person("Anna"), person("", 2)},
			[]tilmeld.Attendee{person("Anna Jensen", 1, 2), person("", 3), person("", 2)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := base()
			mergeAttendees(r, tt.in)
			if !slices.EqualFunc(r.Attendees, tt.want, func(a, b tilmeld.Attendee) bool {
				return a.Name == b.Name && slices.Equal(a.Choices, b.Choices)
			}) {
				t.Errorf("attendees = %+v, want %+v", r.Attendees, tt.want)
			}
		})
	}
}

func TestSettle(t *testing.T) {
	r := &tilmeld.Registration{Attendees: []tilmeld.Attendee{person("Anna", 1), person("")}}
	settle(r, false)
	if r.Status != tilmeld.RegIncomplete || !slices.Equal(r.Missing, []string{"name", "workshop"}) {
		t.Errorf("settle = %s %v", r.Status, r.Missing)
	}
	r.Attendees = r.Attendees[:1]
	settle(r, true)
	if r.Status != tilmeld.RegWaitlist {
		t.Errorf("unseated after allocation: %s", r.Status)
	}
	r.Attendees[0].Workshop = 1
	settle(r, true)
	if r.Status != tilmeld.RegRegistered || r.Missing != nil {
		t.Errorf("seated: %s %v", r.Status, r.Missing)
	}
}
