package parser

import (
	"slices"
	"strings"
)

// selfSaid: the words by which a sentence is the sender's own ("jeg",
// "mig"; "I", "me"); Danish "I" is "you", so each language reads its own.
var (
	daSelfSaid = wordSet(daSelfPronouns)
	enSelfSaid = wordSet(enSelfPronouns)
)

// saidOfSelf returns the first of refs whose sentence speaks of the
// sender alone ("Workshop 2 og 1 til mig.", "I'd like 2 and then 4."): a
// word for her, and no one else named or spoken of by a pronoun. In an
// answer to the bot's mail that asks for a missing name, a sentence about
// no one ("First choice 3, second 1.") may as well answer the question
// for the sender, and counts too. It returns nil when every ref stands in
// a sentence about someone else.
func (rd *reader) saidOfSelf(refs []ref) *ref {
	nameAsked := slices.ContainsFunc(botNameless, func(s string) bool { return strings.Contains(rd.m.Quoted, s) })
	t := rd.own
	own := daSelfSaid
	if rd.res.Language == "en" {
		own = enSelfSaid
	}
	for k := range refs {
		r := &refs[k]
		for _, c := range rd.sents {
			if r.a < c.s.a || r.a >= c.s.b {
				continue
			}
			self, other := false, false
			for i := t.tokenAt(c.s.a); i < len(t.toks) && t.toks[i].a < c.s.b; i++ {
				w := t.toks[i].s
				self = self || own[w]
				other = other || thirdPerson[w]
			}
			for _, m := range rd.ps.mentions(t, c.s.a, c.s.b, false) {
				other = other || !m.p.self
			}
			if (self || nameAsked) && !other {
				return r
			}
			break
		}
	}
	return nil
}
