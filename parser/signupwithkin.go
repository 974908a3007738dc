package parser

// signsUpWithKin reports a first sign-up that also brings someone along
// in words of adding ("Jeg vil gerne deltage i 1 og 2. Vil I også skrive
// min søster på?", "Signing up for workshop 2 – could you add my daughter
// as well?"): the sender signs herself up in the mail, which answers
// nothing of her own (no earlier registration is named or quoted), and
// every word of change in it is such an "also add". One new registration
// holds both; it changes nothing.
func (rd *reader) signsUpWithKin() bool {
	t, m := rd.own, rd.m
	if rd.forward || !t.matches(alsoAddKin) || isReply(m) && (rd.ownThread() || !quotesInvitation(m.Quoted, rd.ev)) || !rd.signsUp() && !t.matches(signingUp) {
		return false
	}
	adds := t.all(alsoAddKin)
	covered := func(h []int) bool {
		for _, a := range adds {
			if a[0] < h[1] && h[0] < a[1] {
				return true
			}
		}
		return false
	}
	for _, change := range [...]*matcher{lex.update, strongUpdate} {
		for _, h := range t.all(change) {
			if !covered(h) {
				return false
			}
		}
	}
	return true
}

var alsoAddKin = table(daAlsoAddKin, enAlsoAddKin)

// signingUp: the sender's own sign-up with its subject left out, as a
// headline ("Signing up for workshop 2.").
var signingUp = table(enSigningUp)
