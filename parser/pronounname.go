package parser

// A writer who signs up someone else often names her first and then goes
// on with "hun"/"han": "Min nabo hedder Fatma Yilmaz. Hun vil gerne på 2",
// "Jeg skriver for min nabo. Hun hedder Fatma Yilmaz og vil gerne på 2",
// "My neighbour is called Fatma Yilmaz. She would like 2". The pronoun is
// the one just named.

// namedByPronoun returns the person a pronoun at token i names in its own
// clause ("Hun hedder Fatma Yilmaz og vil gerne ...", "Her name is ...
// and she ..."), nil when the words after it name nobody known but the
// sender.
func (rd *reader) namedByPronoun(c clause, i int) *person {
	t := rd.own
	for _, m := range t.within(otherNameIntro, c.a, c.b) {
		if m[0] != t.toks[i].a {
			continue
		}
		name, _ := nameAt(t, t.tokenAt(m[1]))
		if name == "" {
			return nil
		}
		if p := rd.ps.find(name); p != nil && !p.self {
			return p
		}
		return nil
	}
	return nil
}

// namesTheNext reports a clause that names a relative ("Min nabo hedder
// Fatma Yilmaz", "My neighbour is called Fatma Yilmaz") right before a
// sentence that opens with "hun"/"han"/"she"/"he" and speaks of coming or
// of workshops: the one named is the one signed up.
func (rd *reader) namesTheNext(k int) bool {
	if k+1 >= len(rd.sents) {
		return false
	}
	t, c, next := rd.own, rd.sents[k], rd.sents[k+1]
	i := t.tokenAt(next.a)
	if next.s.a == c.s.a || i >= len(t.toks) || !describedPronoun[t.toks[i].s] {
		return false
	}
	if len(next.refs) == 0 && !t.has(attendCue, next.s.a, next.s.b) {
		return false
	}
	from, to := t.tokenAt(c.a), t.tokenAt(c.b)
	for j := from + 1; j+1 < to; j++ {
		if rel, gen := relationAt(t, j); rel != "" && owners[t.toks[j-1].s] && namingAt(t, j+1+gen, to) > 0 {
			return true
		}
	}
	return false
}
