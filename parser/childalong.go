package parser

import "slices"

// A sentence that only brings a child along ("Min datter er 3 år og skal
// med", "My son is 10 and comes along") adds the child; a bare choice after
// it ("Workshop 2 og 1.") is still the sender's, whose registration the
// child joins, unless it names the child ("hun også") or them both ("vi",
// "begge").

// childAlong reports a clause c whose subject is one child of the
// sender's, who comes along or whose age it gives, with no choice in it;
// of a child already brought along (kid) any such clause without a wish
// of her own ("Hun er vegetar").
func (rd *reader) childAlong(c clause, who []*person, kid *person) bool {
	if len(who) != 1 || who[0].self || !childWords[who[0].rel] || len(c.refs) > 0 {
		return false
	}
	t := rd.own
	along := who[0] == kid
	for i, to := t.tokenAt(c.a), t.tokenAt(c.b); i < to; i++ {
		w := t.toks[i].s
		switch {
		case takesPart[w]:
			return false // "Min søn vil også gerne deltage": his own wish
		case alongOnly[w]:
			along = true
		case t.toks[i].num > 0 && i+1 < to && ageUnits[t.toks[i+1].s]:
			along = true // "er 3 år", "is 10 years old"
		}
	}
	return along
}

// kidAlong gives clause c to the child brought along; a clause that is
// only her pronoun and "også" ("Workshop 2 og 1, hun også") gives her the
// sender's choices too.
func (rd *reader) kidAlong(c clause, kid *person) {
	rd.give(kid, c)
	t, self := rd.own, rd.ps.self
	from, to := t.tokenAt(c.a), t.tokenAt(c.b)
	if to-from == 2 && kidPronouns[t.toks[from].s] && t.toks[from+1].is(classAlsoTail) && len(kid.refs) == 0 && len(self.refs) > 0 {
		kid.refs, kid.said = slices.Clone(self.refs), true
	}
}

var (
	// alongOnly: words that bring someone along ("skal med", "kommer
	// også", "comes along").
	alongOnly = wordSet([]string{"med", "ogsaa", "along", "too", "also"})
	// takesPart: a wish of one's own to take part, or a workshop spoken of.
	takesPart = wordSet([]string{"deltage", "deltager", "workshop", "workshoppen", "ws", "participate", "attend", "join", "gerne"})
	// kidPronouns: a child spoken of again.
	kidPronouns = wordSet([]string{"hun", "han", "she", "he"})
)
