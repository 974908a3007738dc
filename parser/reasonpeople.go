package parser

// mentionsBeforeReason finds the people a clause names, creating them only
// before a clause that says why ("Vi vil begge i workshop 3, fordi vores
// børn skal have en god fremtid"): those spoken of in the reason are not
// brought along.
func (rd *reader) mentionsBeforeReason(c clause, create bool) []mention {
	t := rd.own
	if create {
		for _, m := range t.within(reasonOpen, c.a, c.b) {
			if m[0] > c.a {
				return append(rd.ps.mentions(t, c.a, m[0], true), rd.ps.mentions(t, m[0], c.b, false)...)
			}
		}
	}
	return rd.ps.mentions(t, c.a, c.b, create)
}

// inReasonClause reports a relation at token i spoken of after a reason
// opens in its sentence ("..., fordi vores børn skal have en god fremtid"):
// the reason brings no one along.
func (v *gateView) inReasonClause(i int) bool {
	t := v.t
	at := t.toks[i].a
	s := v.clauseOf(at)
	for _, m := range t.within(reasonOpen, s.a, at) {
		if m[1] <= at && m[0] > s.a {
			return true
		}
	}
	return false
}
