package parser

// pronounSignUp: see daGatePronounSignUp.
var pronounSignUp = table(daGatePronounSignUp, enGatePronounSignUp)

// checkPronounSignUp: the sender signs up "her" or "him" ("my colleague
// Sarah is away, so I'm registering her"), yet the reading has the sender
// alone, or someone without a workshop: the choices may be the other's and
// the sender may not come at all. Staff read who is meant.
func checkPronounSignUp(v *gateView) verdict {
	if !v.registers() {
		return verdict{}
	}
	at := v.first(pronounSignUp)
	if at == nil {
		return verdict{}
	}
	self := v.sender()
	if self == "" || !v.attends(self) {
		return verdict{}
	}
	lacks := len(v.r.Attendees) == 1
	for _, a := range v.r.Attendees {
		lacks = lacks || a.First() == 0
	}
	if !lacks {
		return verdict{}
	}
	s := v.sentenceOf(at[0])
	return review("%q signs up someone else, but the reading has the sender or someone without a workshop", v.quote(s.a, s.b))
}
