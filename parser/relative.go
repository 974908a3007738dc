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
	if i+1 >= to || !t.toks[i].is(classOwnerOne) {
		return nil
	}
	if rel, gen := relationAt(t, i+1); rel != "" && gen == 0 {
		if p := rd.ps.namedRelative(rel); p != nil {
			return p
		}
		// "Min svigerinde spiser ikke svinekød" of a sister-in-law with no
		// name: hers alone, not everyone's after a shared "vi ... begge"
		if p := rd.ps.soleRelative(rel); p != nil {
			return p
		}
		if rd.ps.count() > 1+len(rd.ps.others) {
			// "Vi er begge ... Min svoger spiser ikke svinekød": the one
			// counted who is not yet spoken of
			return rd.ps.relative(rel, "", true)
		}
	}
	return nil
}

// soleRelative returns the one person the mail speaks of by the relation
// rel when none of them has a name; nil when none, several, or a named one.
// With no one spoken of by rel, the one other counted but not named ("Vi
// er to ... Min svoger ...") is that relative.
func (ps *people) soleRelative(rel string) *person {
	var found, unknown *person
	unknowns := 0
	for _, p := range ps.others {
		if p.name == "" && p.rel == "" {
			unknown = p
			unknowns++
		}
		if p.rel != rel {
			continue
		}
		if found != nil || p.name != "" {
			return nil
		}
		found = p
	}
	if found == nil && unknowns == 1 && len(ps.others) == 1 {
		return unknown
	}
	return found
}

// bareKinSubject reads a kinship word used as a name at the head of a
// clause ("Far er type 2-diabetiker", "Dad is diabetic") as the one relative
// the mail speaks of by it; nil when none or several.
func (rd *reader) bareKinSubject(t *text, i int, head bool) *person {
	if !t.toks[i].is(classBareKin) {
		return nil // most tokens: asked before the map
	}
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
