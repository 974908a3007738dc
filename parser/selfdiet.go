package parser

import "slices"

// A mail that adds someone to a registration may also change the sender's
// own food: "Jeg spiser ikke svinekød, det glemte jeg. Min datter Sara vil
// også med", "I'm vegan, by the way. My husband Tom would like to come
// too". The diet is the sender's, said of her alone; the one added gets
// only what is said of her.

// dietOfSelfAlone reports whether every diet word the reading gave the
// sender stands in a clause that speaks of her (a "jeg", "I") and of no one
// else: no pronoun of a third person and no one named.
func (rd *reader) dietOfSelfAlone() bool {
	t, self := rd.own, rd.ps.self
	own := daSelfSaid
	if rd.res.Language == "en" {
		own = enSelfSaid
	}
	found := false
	for _, h := range t.dietHits() {
		if !slices.Contains(self.diet, h.tag) {
			continue
		}
		k := slices.IndexFunc(rd.sents, func(c clause) bool { return h.a >= c.a && h.a < c.b })
		if k < 0 {
			return false
		}
		c := rd.sents[k]
		mine := false
		for i := t.tokenAt(c.a); i < len(t.toks) && t.toks[i].a < c.b; i++ {
			w := t.toks[i].s
			if thirdPerson[w] {
				return false
			}
			mine = mine || own[w] || selfContracted[w]
		}
		if !mine || slices.ContainsFunc(rd.ps.mentions(t, c.a, c.b, false), func(m mention) bool { return !m.p.self }) {
			return false
		}
		found = true
	}
	return found
}

// selfContracted are the English first person joined to its verb.
var selfContracted = wordSet([]string{"i'm", "i've", "i'd"})
