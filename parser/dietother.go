package parser

import (
	"strings"

	"tilmeld"
)

// checkDietOfNamedOther: a change gives the sender a diet whose part of a
// sentence names another person of the thread ("Alt er rigtigt bortset
// fra at Per er vegansk", "apart from Bo being vegan"): the food may be
// that person's. A capitalised word counts as a name only when the top of
// the quoted thread holds it too.
func checkDietOfNamedOther(v *gateView) verdict {
	self := v.sender()
	if v.r.Intent != tilmeld.IntentUpdate || self == "" || v.m.Quoted == "" {
		return verdict{}
	}
	fed := false
	for _, a := range v.r.Attendees {
		fed = fed || len(a.Diet) > 0 && sameFirstName(a.Name, self)
	}
	if !fed {
		return verdict{}
	}
	t, top := v.t, ""
	for _, h := range t.dietHits() {
		c := v.clauseOf(h.a)
		first := t.tokenAt(v.sentenceOf(h.a).a)
		for i := t.tokenAt(c.a); i < len(t.toks) && t.toks[i].a < c.b; i++ {
			if v.selfWord(t.toks[i].s) {
				break // "bortset fra at jeg er vegansk": hers
			}
			if i == first || !t.toks[i].cap {
				continue
			}
			n, _ := nameAt(t, i)
			if n == "" || sameFirstName(self, n) {
				continue
			}
			if top == "" {
				top = threadTop(v.m.Quoted)
			}
			if strings.Contains(top, n) {
				return review("the sender is given food, but %q names %s", v.quote(c.a, c.b), n)
			}
		}
	}
	return verdict{}
}

// checkCancelWithDiet: a withdrawal that also gives food ("Bo kommer ikke,
// men jeg kommer og er vegetar", "Bo melder fra. Jeg er blevet vegetar"):
// the food is a change for one who still comes, which a withdrawal cannot
// carry. Staff make both.
func checkCancelWithDiet(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentCancel {
		return verdict{}
	}
	if hs := v.t.dietHits(); len(hs) > 0 {
		return review("the withdrawal also gives food (%q)", v.quote(hs[0].a, hs[0].b))
	}
	return verdict{}
}
