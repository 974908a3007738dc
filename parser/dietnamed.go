package parser

import "tilmeld"

var (
	gateDietVerb      = wordSet(daGateDietVerb, enGateDietVerb)
	gateNoDietSubject = wordSet(daGateNoDietSubject, enGateNoDietSubject)
)

// checkDietOfNamedSubject: a change gives the sender food that a part of a
// sentence says of someone else by name ("Lise er vegetar", "Til min
// tilmelding: Bo er vegetar", "Lise is vegan"), a name the reading gives
// no attendee: whose registration it is, staff know.
func checkDietOfNamedSubject(v *gateView) verdict {
	self := v.sender()
	if v.r.Intent != tilmeld.IntentUpdate || self == "" {
		return verdict{}
	}
	if !v.senderFed(self) {
		return verdict{}
	}
	t := v.t
	for _, h := range t.dietHits() {
		c := v.clauseOf(h.a)
		i := t.tokenAt(c.a)
		for i < len(t.toks) && t.toks[i].a < h.a && skipLead[t.toks[i].s] {
			i++
		}
		if i+1 >= len(t.toks) || t.toks[i].a >= h.a || t.toks[i+1].a > h.a || !gateDietVerb[t.toks[i+1].s] || gateNoDietSubject[t.toks[i].s] || !v.nameWordAt(i) {
			continue
		}
		n, _ := nameAt(t, i)
		if n == "" || sameFirstName(self, n) || v.attendeeNamed(n) {
			continue
		}
		return review("the sender is given food, but %q says it of %s", v.quote(c.a, c.b), n)
	}
	return verdict{}
}

// attendeeNamed reports an attendee whose first name is n's.
func (v *gateView) attendeeNamed(n string) bool {
	for _, a := range v.r.Attendees {
		if sameFirstName(a.Name, n) {
			return true
		}
	}
	return false
}
