package parser

import (
	"strings"

	"tilmeld"
)

// checkDietOfNamedOther: a change gives the sender a diet whose part of a
// sentence names another person of the thread ("Alt er rigtigt bortset
// fra at Per er vegansk", "apart from Bo being vegan"): the food may be
// that person's, as it is after a verb of saying ("Jeg har glemt at skrive
// at Bo er diabetiker"). A capitalised word counts as a name only when the top of
// the quoted thread holds it too.
func checkDietOfNamedOther(v *gateView) verdict {
	self := v.sender()
	if v.r.Intent != tilmeld.IntentUpdate || self == "" || v.m.Quoted == "" {
		return verdict{}
	}
	if !v.senderFed(self) {
		return verdict{}
	}
	t, top := v.t, ""
	for _, h := range t.dietHits() {
		c := v.clauseOf(h.a)
		first := t.tokenAt(v.sentenceOf(h.a).a)
		// the person nearest before the food is whose it is ("Jeg har
		// glemt at skrive at Bo er diabetiker": Bo's), else the first after
		at := t.tokenAt(h.a)
		for i := at - 1; i >= 0 && t.toks[i].a >= c.a; i-- {
			if v.selfWord(t.toks[i].s) {
				at = -1 // "bortset fra at jeg er vegansk": hers
				break
			}
			if n := v.threadName(t, i, first, self, &top); n != "" {
				return review("the sender is given food, but %q names %s", v.quote(c.a, c.b), n)
			}
		}
		for i := at; i >= 0 && i < len(t.toks) && t.toks[i].a < c.b; i++ {
			if v.selfWord(t.toks[i].s) {
				break
			}
			if n := v.threadName(t, i, first, self, &top); n != "" {
				return review("the sender is given food, but %q names %s", v.quote(c.a, c.b), n)
			}
		}
	}
	return verdict{}
}

// threadName returns the name of someone other than the sender (self) that
// starts at token i, not the sentence's first token, when the top of the
// quoted thread (read into *top on first need) holds it too and the
// reading gives that person no food; "" if none.
func (v *gateView) threadName(t *text, i, first int, self string, top *string) string {
	if i == first || !t.toks[i].cap {
		return ""
	}
	n, _ := nameAt(t, i)
	if n == "" || sameFirstName(self, n) {
		return ""
	}
	for _, a := range v.r.Attendees {
		if len(a.Diet) > 0 && sameFirstName(a.Name, n) {
			return "" // "Jeg og Bo er vegetarer": given to both
		}
	}
	if *top == "" {
		*top = threadTop(v.m.Quoted)
	}
	if strings.Contains(*top, n) {
		return n
	}
	return ""
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

// senderFed reports an attendee of the sender's first name given food.
func (v *gateView) senderFed(self string) bool {
	for _, a := range v.r.Attendees {
		if len(a.Diet) > 0 && sameFirstName(a.Name, self) {
			return true
		}
	}
	return false
}
