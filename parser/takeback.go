package parser

var takeBack = table(daTakeBack, enTakeBack)

// dropTakenBack undoes the workshops named before the sender took them
// back ("jeg tænkte workshop 4. Actually, nej vent. ... workshop 3 as my
// first priority and 4 as my second"): the statement after the last such
// words replaces what went before, when it names workshops itself.
func (rd *reader) dropTakenBack() {
	hits := rd.own.all(takeBack)
	if len(hits) == 0 {
		return
	}
	at := hits[len(hits)-1][1]
	after := false
	for _, c := range rd.sents {
		for _, r := range c.refs {
			after = after || r.a >= at
		}
	}
	if !after {
		return
	}
	for k := range rd.sents {
		c := &rd.sents[k]
		if len(c.refs) == 0 || c.refs[0].a >= at {
			continue
		}
		var kept []ref
		for _, r := range c.refs {
			if r.a >= at {
				kept = append(kept, r)
			}
		}
		c.refs = kept
	}
}

// takenBack returns where the words that take back the workshops before
// them end, as dropTakenBack reads them, or 0 when none: a workshop
// named before them is undone, not unchosen.
func (v *gateView) takenBack() int {
	hits := v.t.all(takeBack)
	if len(hits) == 0 {
		return 0
	}
	at := hits[len(hits)-1][1]
	for _, refs := range v.refs() {
		for _, r := range refs {
			if r.a >= at {
				return at
			}
		}
	}
	return 0
}
