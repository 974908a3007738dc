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
	// the sender alone: the one signed up is lost; someone without a
	// workshop beside a sign-up that names one: it went to the wrong person
	// (a sign-up naming none rightly leaves her to be asked)
	lacks := len(v.r.Attendees) == 1
	for _, a := range v.r.Attendees {
		lacks = lacks || a.First() == 0 && v.namesWorkshopAt(at[0])
	}
	if !lacks {
		return verdict{}
	}
	s := v.sentenceOf(at[0])
	return review("%q signs up someone else, but the reading has the sender or someone without a workshop", v.quote(s.a, s.b))
}

// namesWorkshopAt reports a workshop read in the sentence holding offset a.
func (v *gateView) namesWorkshopAt(a int) bool {
	for k, s := range v.t.sents() {
		if a >= s.a && a < s.b {
			return len(v.refs()[k]) > 0
		}
	}
	return false
}
