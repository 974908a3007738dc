package parser

import "slices"

// senderOfPair returns which of two names, given for the sender and the
// one relation she speaks of ("Min kone og jeg kommer. Leila Said og Omar
// Said."), is hers when her From name cannot say (another script, a
// nickname, a family label): the one the From name agrees with once its
// accents and order are set aside, else the one her closing or her own
// words name ("Hilsen Omar"), else the one her address names, else the
// order she spoke of them in ("jeg og min kone": the first). -1 when
// nothing tells.
func (rd *reader) senderOfPair(block []string, display string, rel *person) int {
	if len(block) != 2 {
		return -1
	}
	switch k := onlyOne(block, func(n string) bool { return display != "" && (spelledAs(n, display) || spelledAs(display, n)) }); {
	case k >= 0:
		return k
	case k == -2:
		return -1 // both agree with it: not told apart
	}
	if display != "" && !foreignScript(display) && countNameWords(display) >= 2 && slices.ContainsFunc(block, func(n string) bool { return consistent(display, n) }) {
		return -1
	}
	var signed []string
	for _, t := range []*text{rd.own, rd.sig} {
		signed = append(signed, senderName(t)...)
	}
	if s := rd.ps.self.name; s != "" && s != display {
		signed = append(signed, s)
	}
	signed = slices.DeleteFunc(signed, func(s string) bool { return s == display || foreignScript(s) })
	if k := onlyOne(block, func(n string) bool {
		return slices.ContainsFunc(signed, func(s string) bool { return consistent(s, n) })
	}); k >= 0 {
		return k
	}
	if k := onlyOne(block, func(n string) bool { return addressHasName(rd.m.FromAddr, n) }); k >= 0 {
		return k
	}
	if display != "" && !foreignScript(display) && countNameWords(display) >= 2 {
		return -1 // a From name of Latin letters that names neither: not guessed by order
	}
	return rd.spokenFirst(rel)
}

// onlyOne returns the index of the one name that ok holds of, -1 when none
// does and -2 when more than one does.
func onlyOne(names []string, ok func(string) bool) int {
	k := -1
	for i, n := range names {
		if ok(n) {
			if k >= 0 {
				return -2
			}
			k = i
		}
	}
	return k
}

// spokenFirst returns 0 when the sender speaks of herself before the
// relation ("jeg og min kone"), 1 when after ("min kone og jeg"), -1 when
// no sentence speaks of both.
func (rd *reader) spokenFirst(rel *person) int {
	t := rd.own
	if rel.rel == "" {
		return -1
	}
	for _, s := range t.sents() {
		from, to := t.tokenAt(s.a), t.tokenAt(s.b)
		self, kin := -1, -1
		for i := from; i < to; i++ {
			switch w := t.toks[i].s; {
			case self < 0 && selfLines[w]:
				self = i
			case kin < 0 && w == rel.rel:
				kin = i
			}
		}
		switch {
		case self < 0 || kin < 0:
			continue
		case self < kin:
			return 0
		default:
			return 1
		}
	}
	return -1
}

// unnamedKin lists the relations spoken of without a name, for a sender
// with no From name of a person ("Familien Said").
func (rd *reader) unnamedKin() []*person {
	var out []*person
	for _, p := range rd.ps.others {
		if p.name == "" && p.rel != "" {
			out = append(out, p)
		}
	}
	return out
}
