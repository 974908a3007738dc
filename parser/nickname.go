package parser

import "strings"

// bodyNamesSender reports an only attendee whose name the body gives as
// the sender's own ("Mit navn er Lars Bro", a sign-off "Magdalena
// Kowalska", in the running text or in the signature split off from it) and who has the surname of the From name, its initial
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
	// "Mvh Jesper Bro" split off as the signature names her as well, when
	// the From name reads as a short form of it: a surname cut to its
	// initial ("Bill T."), or a first name that begins as the full one does
	// ("Jeppe"/"Jesper"); "Per Jensen" signing under "Mette Jensen" is
	// someone else of the house
	if v.m == nil || v.m.Signature == "" || !shortFormOf(self, name) {
		return false
	}
	sig := newText(signatureHead(v.m.Signature))
	sig.avoid = v.t.avoid
	for _, n := range senderName(sig) {
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

// shortFormOf reports a From name that may be a short form of the full
// name of the same surname: its surname only an initial ("Magda K."), or
// its first name sharing the first two letters of the full one ("Jeppe
// Bro", "Jesper Bro").
func shortFormOf(short, full string) bool {
	fs, ff := strings.Fields(foldString(short)), strings.Fields(foldString(full))
	if len(fs) < 2 || len(ff) < 2 {
		return false
	}
	if last := strings.TrimSuffix(fs[len(fs)-1], "."); len(last) == 1 {
		return true
	}
	return len(fs[0]) >= 2 && len(ff[0]) >= 2 && fs[0][:2] == ff[0][:2]
}
