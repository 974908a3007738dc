package parser

import "tilmeld"

// Read turns a decoded mail into a reading for the event ev.
// Placeholder: everything goes to review.
func Read(m *Mail, ev *tilmeld.Event) *Result {
	return &Result{
		Intent:   tilmeld.IntentOther,
		Status:   tilmeld.StatusReview,
		Contact:  tilmeld.Contact{Email: m.FromAddr},
		Reasons:  []string{"the free text is not read yet"},
		Language: "da",
		Mail:     m,
	}
}
