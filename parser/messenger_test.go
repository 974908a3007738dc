package parser

import (
	"strings"
	"testing"
)

// TestMessengerBeforeAt checks the messenger phrase before a name, tried
// only where its words stand, against the plain expression.
func TestMessengerBeforeAt(t *testing.T) {
	if messengerBeforeAt.prefixes == nil {
		t.Fatal("no words to look for: every test runs the expression")
	}
	long := strings.Repeat("noget andet her, ", 8)
	for _, s := range []string{"", " ", "invitationen fra ", "mødet som ", "moedet som", "moedet der  ", "moedet  ", "the meeting ", "the invitation from",
		"xinvitation fra ", "mailen fra\n", "beskeden fra amina og ", "email from", "an event that ", "invitationen\tfra",
		long + "invitationen fra ", long + "mailen fra mig til ", long + "moede som\n\n", long, "invitation", "fra", "mail fra mail fra mail "} {
		if got, want := messengerBeforeAt.findAll(s, false) != nil, messengerBefore.MatchString(s); got != want {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
}
