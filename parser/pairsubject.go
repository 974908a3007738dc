package parser

// invertedKin reports a Danish statement that puts its verb before a
// subject that starts with a relation ("Desværre må min mand og jeg melde
// afbud", "Derfor vil min søster og jeg ..."): token i is the verb, after
// at least one word that leads the sentence, and an owner and a relation
// follow it.
func invertedKin(t *text, i, to int) bool {
	if i+2 >= to || !invertedVerbs[t.toks[i].s] || !daOwnerSet[t.toks[i+1].s] || t.gap(i, i+1) != " " || t.gap(i+1, i+2) != " " {
		return false
	}
	rel, _ := relationAt(t, i+2)
	return rel != ""
}

// kinAndSelfSplit reports a clause cut before the "jeg" of "min mand og
// jeg" in a sentence whose verb comes first ("Desværre må min mand og |
// jeg melde afbud"): the two are one subject, and the cut at at, from the
// clause start, would lose the relation.
func kinAndSelfSplit(t *text, from, at int) bool {
	i, k := t.pastLead(from, at), t.tokenAt(at)
	if i == t.tokenAt(from) || k < i+4 || k >= len(t.toks) || !invertedKin(t, i, k) {
		return false // a verb first is a question ("Må min mand og jeg ...?")
	}
	// the relation, a name she may be given, then "og"
	j := i + 3
	if n, m := nameAt(t, j); n != "" && j+m < k {
		j += m
	}
	if j != k-1 || !andWords[t.toks[j].s] || t.toks[k].s != "jeg" {
		return false
	}
	// "Og så kommer min mand og jeg vil gerne ...": a verb of her own after
	// "jeg" starts a statement of hers
	return k+1 >= len(t.toks) || !invertedVerbs[t.toks[k+1].s] && !personVerbs[t.toks[k+1].s]
}

var (
	invertedVerbs = wordSet(daInvertedVerbs)
	daOwnerSet    = wordSet(daOwners)
)
