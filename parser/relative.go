package parser

// namedRelative returns the one person named with the relation rel ("min
// søn Duc Le"), so that "min søn" said again is him; nil when none or
// several have it.
func (ps *people) namedRelative(rel string) *person {
	var found *person
	for _, p := range ps.others {
		if p.name != "" && p.rel == rel {
			if found != nil {
				return nil
			}
			found = p
		}
	}
	return found
}

// relativeSubject reads "min søn", "my son" at token i as the subject of a
// clause: the one person named earlier with that relation, nil otherwise.
func (rd *reader) relativeSubject(t *text, i, to int) *person {
	if w := t.toks[i].s; i+1 >= to || w != "min" && w != "mit" && w != "my" {
		return nil
	}
	if rel, gen := relationAt(t, i+1); rel != "" && gen == 0 {
		return rd.ps.namedRelative(rel)
	}
	return nil
}

// bareKinSubject reads a kinship word used as a name at the head of a
// clause ("Far er type 2-diabetiker", "Dad is diabetic") as the one relative
// the mail speaks of by it; nil when none or several.
func (rd *reader) bareKinSubject(t *text, i int, head bool) *person {
	rel, ok := bareKin[t.toks[i].s]
	if !ok || !head && !t.toks[i].cap || i > 0 && owners[t.toks[i-1].s] {
		return nil
	}
	if p := rd.ps.namedRelative(rel); p != nil {
		return p
	}
	return rd.ps.relative(rel, "", false)
}

var bareKin = func() map[string]string {
	m := map[string]string{}
	for _, table := range []map[string]string{daBareKin, enBareKin} {
		for w, rel := range table {
			m[w] = rel
		}
	}
	return m
}()
