package parser

// statementOf narrows the clause c around offset a (clauseOf) to the
// statement that holds a when the sender typed several without full stops
// or commas ("jeg vil gerne på 2 og 4 min mand skal arbejde", "... og min
// mand skal arbejde"): a new statement starts at a subject and its verb
// (runOnAt), also after "og"/"and" (clauseAfterJoin); one that opens with
// "han"/"hun" still speaks of the one before.
func (v *gateView) statementOf(c sentence, a int) sentence {
	t := v.t
	en := v.r.Language == "en"
	for k := t.tokenAt(c.a) + 1; k < len(t.toks) && t.toks[k].a < c.b; k++ {
		if !t.toks[k].is(classRunOnSubject) && !ownerRelationAt(t, k) {
			continue // most tokens
		}
		if !runOnAt(t, k, c.b, en) && !clauseAfterJoin(t, k, c, en) {
			continue
		}
		if t.toks[k].a <= a {
			c.a = t.toks[k].a
		} else if !goesOnAbout[t.toks[k].s] {
			c.b = t.toks[k].a
			break
		}
	}
	return c
}

// clauseAfterJoin: a subject and its verb after "og"/"and" at token k
// that follow more than a list of people ("jeg vil på 2 og min mand skal
// arbejde", not "jeg og min mand vil gerne på 2").
func clauseAfterJoin(t *text, k int, c sentence, en bool) bool {
	if k < 2 || !statementJoins[t.toks[k-1].s] || t.gap(k-1, k) != " " || !subjectVerbAt(t, k, c.b, en) {
		return false
	}
	return !onlyNames(t, c.a, t.toks[k-1].a)
}

var statementJoins = wordSet([]string{"og", "and"})

// goesOnAbout: a statement that opens with "han"/"she" goes on about the
// one before ("min søn skriver for mig han kommer også"): his.
var goesOnAbout = wordSet([]string{"han", "hun", "he", "she"})
