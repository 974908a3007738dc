package parser

import "tilmeld"

// mentionsBeforeReason finds the people a clause names, creating them only
// before a clause that says why ("Vi vil begge i workshop 3, fordi vores
// børn skal have en god fremtid"): those spoken of in the reason are not
// brought along.
func (rd *reader) mentionsBeforeReason(c clause, create bool) []mention {
	t := rd.own
	if create {
		for _, m := range t.within(reasonOpen, c.a, c.b) {
			if m[0] > c.a && !(rd.res.Intent == tilmeld.IntentUpdate && reasonBringsOne(t, m[1], c.b)) {
				return append(rd.ps.mentions(t, c.a, m[0], true), rd.ps.mentions(t, m[0], c.b, false)...)
			}
		}
	}
	return rd.ps.mentions(t, c.a, c.b, create)
}

// reasonBringsOne reports a reason that is someone coming too ("Jeg
// skriver igen, fordi min svoger Karl Dahl også vil med", "because my
// friend, Tom Berg, would also like to come"): in an update, whom it
// names is added.
func reasonBringsOne(t *text, a, b int) bool {
	return t.has(oneMore, a, b) || t.has(alsoComingAt, a, b)
}

// broughtInReason returns whom a reason brings along when the clause's
// workshops follow it ("Jeg skriver igen, fordi min svoger Karl Dahl også
// vil med, workshop 3 og 4"): they are his, not the writer's. nil when
// the clause has no such reason.
func (rd *reader) broughtInReason(c clause) []*person {
	t := rd.own
	if len(c.refs) == 0 || rd.res.Intent != tilmeld.IntentUpdate {
		return nil
	}
	for _, m := range t.within(reasonOpen, c.a, c.b) {
		bring := t.within(oneMore, m[1], c.b)
		if len(bring) == 0 {
			bring = t.within(alsoComingAt, m[1], c.b)
		}
		if m[0] <= c.a || len(bring) == 0 || c.refs[0].a < bring[0][1] {
			continue
		}
		var who []*person
		for _, n := range rd.ps.mentions(t, m[1], bring[0][0], false) {
			if !n.p.self {
				who = append(who, n.p)
			}
		}
		return who
	}
	return nil
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

var writesSelf = table(daWritesSelf, enWritesSelf)

// writesOwnMail reports a sentence that says someone spoken of signs up in
// a mail of her own ("Pia tager workshop 3, men hun skriver selv"), and a
// clause of it that is not the sender's: no one there is signed up here,
// and no choice there is given to anyone.
func writesOwnMail(t *text, c clause) bool {
	return writesOwn(t, c.s.a, c.s.b) && !saysOfSelf(t, c.a, c.b)
}

// writesOwn reports "men hun skriver selv" in fold[a:b], ending its clause:
// "hun skriver selv hvilken workshop" only puts off her choice, and so
// does "hun har ikke valgt workshop endnu – hun skriver selv til jer".
func writesOwn(t *text, a, b int) bool {
	if !t.has(writesSelf, a, b) || t.has(choiceLater, a, b) {
		return false
	}
	for _, m := range t.within(writesSelf, a, b) {
		if clauseEnds(t.fold[m[1]:b]) {
			return true
		}
	}
	return false
}

// othersOwnMail reports a workshop named in a sentence about someone who
// signs up in her own mail, outside what the sender says of herself ("Pia
// tager workshop 3, men hun skriver selv"): hers to choose there.
func (v *gateView) othersOwnMail(r ref) bool {
	t := v.t
	s := v.sentenceOf(r.a)
	if !writesOwn(t, s.a, s.b) {
		return false
	}
	c := v.clauseOf(r.a)
	return !saysOfSelf(t, c.a, c.b)
}
