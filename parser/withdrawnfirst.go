package parser

// nameWithdrawnFirst finds the person a clause of a withdrawal names
// before its verb, as its subject ("Bo kan ikke komme, så jeg kommer
// alene", "Bo kan ikke komme, kan I sige det til køkkenet?", "Bo can't
// come, so I'll come alone"): the statement withdraws her, whatever the
// rest of its sentence asks or says of the sender. Only a name that opens the clause
// and runs up to the verb counts; a question puts
// the verb first ("Kan Bo ikke komme?").
func (rd *reader) nameWithdrawnFirst(c clause) {
	t := rd.own
	hits := t.within(lex.cancel, c.a, c.b)
	if len(hits) == 0 {
		return
	}
	from, to := t.tokenAt(c.a), t.tokenAt(hits[0][0])
	if _, n := nameAt(t, from); n == 0 || from+n != to {
		return
	}
	if _, subj := daSubjects[t.toks[from].s]; subj || enSubjects[t.toks[from].s] != "" {
		return
	}
	rd.ps.mentions(t, c.a, hits[0][0], true)
}
