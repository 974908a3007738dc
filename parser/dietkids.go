package parser

// strangerChildren reports a clause opened by children the mail does not
// sign up ("Børnene spiser halal", "Vores børn er vegetarer", "The kids
// eat no pork"): no attendee is a child of the sender's, and no one is
// named in it. Their food is neither the sender's nor anyone's she
// registers.
func (rd *reader) strangerChildren(c clause) bool {
	t := rd.own
	i, to := t.pastLead(c.a, c.b), t.tokenAt(c.b)
	if i >= to {
		return false
	}
	switch tk := &t.toks[i]; {
	case tk.is(classChildrenDefinite):
	case tk.is(classChildrenOwner) && i+1 < to && t.toks[i+1].is(classChildWord):
	default:
		return false
	}
	for k := i + 1; k < to; k++ {
		if childrenWithSelf[t.toks[k].s] {
			return false // "Børnene og jeg spiser halal"
		}
	}
	for _, p := range rd.ps.others {
		if childWords[p.rel] {
			return false
		}
	}
	return len(rd.ps.mentions(t, c.a, c.b, false)) == 0
}

var (
	// childrenDefinite: "børnene", "ungerne" as one word.
	childrenDefinite = wordSet(daChildrenDefinite)
	// childrenOwners own the children after them ("vores børn", "the kids").
	childrenOwners = wordSet(daChildrenOwners, enChildrenOwners)
	childWords     = wordSet(daChildWords, enChildWords)
	// childrenWithSelf: the sender or a group holding her is among them.
	childrenWithSelf = wordSet([]string{"jeg", "mig", "vi", "os", "we", "us", "me"})
)
