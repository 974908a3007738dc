package parser

// hedgedCancel: the sender thinks she cannot come, in the word orders the
// cancel phrases do not hold: the negation before the subject ("tror ikke
// jeg kan nå det"), in a hedge ("det bliver nok ikke til noget"), or in
// English "I don't think I can come".
var hedgedCancel = table(daHedgedCancel, enHedgedCancel)

// hedgesCancel reports a mail that names no workshop and says the sender
// thinks she will not come: a "maybe" cancellation, for staff. "tror ikke
// jeg når det til kl. 16.30, men jeg kommer" is only late, and "Jeg tror
// ikke workshop 3 passer mig" names a workshop.
func (rd *reader) hedgesCancel() bool {
	t := rd.own
	if rd.forward || rd.anyRefs() || !t.matches(hedgedCancel) {
		return false
	}
	for _, s := range t.sents() {
		for _, h := range t.within(hedgedCancel, s.a, s.b) {
			if !lateOnly.MatchString(t.fold[h[1]:s.b]) && !t.has(selfComes, h[1], s.b) {
				return true
			}
		}
	}
	return false
}

// selfComes: the sender says she comes after all ("men jeg kommer").
var selfComes = table(daSelfComesAfter, enSelfComesAfter)
