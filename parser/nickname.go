package parser

import "strings"

// bodyNamesSender reports an only attendee whose name the body gives as
// the sender's own ("Mit navn er Lars Bro", a sign-off "Magdalena
// Kowalska") and who has the surname of the From name, its initial
// ("Magda K.") or the whole of it: a short form or nickname in the
// display name ("Lasse Bro", "Søs Lund") and the full name in the body
// are one person, and the body wins.
func bodyNamesSender(v *gateView, self string) bool {
	if len(v.r.Attendees) != 1 {
		return false
	}
	name := v.r.Attendees[0].Name
	if !sameSurname(name, self) {
		return false
	}
	for _, n := range senderName(v.t) {
		if strings.EqualFold(n, name) {
			return true
		}
	}
	return false
}

// sameSurname reports two names of two words or more whose last words
// agree, the one written out and the other in full or as its initial
// ("Bro"/"Bro", "Kowalska"/"K.").
func sameSurname(a, b string) bool {
	fa, fb := strings.Fields(foldString(a)), strings.Fields(foldString(b))
	if len(fa) < 2 || len(fb) < 2 {
		return false
	}
	x, y := strings.TrimSuffix(fa[len(fa)-1], "."), strings.TrimSuffix(fb[len(fb)-1], ".")
	if len(x) < len(y) {
		x, y = y, x
	}
	return len(x) > 1 && (x == y || len(y) == 1 && strings.HasPrefix(x, y))
}
