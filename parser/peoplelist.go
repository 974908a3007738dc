package parser

// peopleListOnly: the statement s is no more than the sender and those
// she brings, with no verb ("Jeg og 2 kolleger.", "Mig og 2 børn, workshop
// 2", "Me and my two kids."): in a registration such a list says who
// comes. Every word is the sender, a join, an owner, a relation, a word
// for people or a count, and the sender opens it.
func peopleListOnly(t *text, s sentence) bool {
	k := t.tokenAt(s.a)
	if k >= len(t.toks) || t.toks[k].a >= s.b || !alongSelf[t.toks[k].s] {
		return false
	}
	for k++; k < len(t.toks) && t.toks[k].a < s.b; k++ {
		tk := &t.toks[k]
		if !tk.is(classAnd) && !tk.is(classGateOwner) && !tk.is(classRelation) && !alongNouns[tk.s] && countOf(*tk) < 1 {
			return false
		}
	}
	return true
}
