package parser

import (
	"slices"
	"strings"

	"tilmeld"
)

// foodVerbs follow the name of the one a food is said of ("Yonas er
// veganer", "Bo eats no pork"); noFoodSubject words open such a clause as
// no one person does ("Alle spiser halal", "Alt er rigtigt bortset fra",
// "Everything is right").
var (
	foodVerbs     = wordSet(daGateFoodVerb, enGateFoodVerb)
	noFoodSubject = wordSet(daGateNoFoodSubject, enGateNoFoodSubject)
)

// checkDietOfNamedOther: a registration or change reads the sender with food
// that the mail says of someone else by name, and that person is read
// without it. Whose food it is, staff decide. The one a food is said of is
// the name opening its clause or sentence before a verb of eating or being
// ("Lise er vegetar", "Til min tilmelding: Bo er vegetar", "Yonas er i
// øvrigt blevet veganer", "Bo eats no pork") or, in a reply, a name of the
// thread nearest the food in its clause ("Alt er rigtigt bortset fra at Per
// er vegansk", "Jeg har glemt at skrive at Bo er diabetiker").
func checkDietOfNamedOther(v *gateView) verdict {
	self := v.sender()
	if !v.changes() || self == "" {
		return verdict{}
	}
	top := ""
	for _, h := range v.t.dietHits() {
		if !v.attendeeFed(self, h.tag) {
			continue
		}
		n := v.dietOpener(h, self)
		if n == "" && v.r.Intent == tilmeld.IntentUpdate && v.m.Quoted != "" {
			n = v.dietThreadName(h, self, &top)
		}
		if n != "" && !v.attendeeFed(n, h.tag) {
			c := v.clauseOf(h.a)
			return review("the sender is given food, but %q says it of %s", v.quote(c.a, c.b), n)
		}
	}
	return verdict{}
}

// dietOpener returns the name, not the sender's, that opens the clause or
// the sentence of food h before a verb of eating or being, with no word for
// the sender between it and the food ("Bo og jeg er vegetarer" is
// theirs); "" if none.
func (v *gateView) dietOpener(h dietHit, self string) string {
	t := v.t
	for _, a := range [2]int{v.clauseOf(h.a).a, v.sentenceOf(h.a).a} {
		i := t.pastLead(a, h.a)
		if i >= len(t.toks) || t.toks[i].a >= h.a || noFoodSubject[t.toks[i].s] || !v.nameWordAt(i) {
			continue
		}
		n, k := nameAt(t, i)
		if n == "" || i+k >= len(t.toks) || t.toks[i+k].a > h.a || !foodVerbs[t.toks[i+k].s] ||
			sameFirstName(self, n) || v.saysSelf(t.toks[i].a, h.a) {
			continue
		}
		return n
	}
	return ""
}

// dietThreadName returns the name of someone other than the sender nearest
// food h in its clause, before it unless a word for the sender comes
// first ("bortset fra at jeg er vegansk" is hers), else after it, when the
// top of the quoted thread (read into *top on first need) holds it too. A
// sentence's first word is no name here: its capital says nothing.
func (v *gateView) dietThreadName(h dietHit, self string, top *string) string {
	t := v.t
	c := v.clauseOf(h.a)
	first := t.tokenAt(v.sentenceOf(h.a).a)
	name := func(i int) string {
		if i == first || !t.toks[i].cap {
			return ""
		}
		n, _ := nameAt(t, i)
		if n == "" || sameFirstName(self, n) {
			return ""
		}
		if *top == "" {
			*top = threadTop(v.m.Quoted)
		}
		if strings.Contains(*top, n) {
			return n
		}
		return ""
	}
	at := t.tokenAt(h.a)
	for i := at - 1; i >= 0 && t.toks[i].a >= c.a; i-- {
		if v.selfWord(t.toks[i].s) {
			at = -1
			break
		}
		if n := name(i); n != "" {
			return n
		}
	}
	for i := at; i >= 0 && i < len(t.toks) && t.toks[i].a < c.b; i++ {
		if v.selfWord(t.toks[i].s) {
			break
		}
		if n := name(i); n != "" {
			return n
		}
	}
	return ""
}

// attendeeFed reports an attendee named n given the food tag.
func (v *gateView) attendeeFed(n string, tag tilmeld.Diet) bool {
	for _, a := range v.r.Attendees {
		if sameFirstName(a.Name, n) && slices.Contains(a.Diet, tag) {
			return true
		}
	}
	return false
}

// saysSelf: a word for the sender, or for a group holding the sender, stands
// in fold[a:b] ("Bo og jeg er vegetarer").
func (v *gateView) saysSelf(a, b int) bool {
	for i := v.t.tokenAt(a); i < len(v.t.toks) && v.t.toks[i].a < b; i++ {
		switch s := v.t.toks[i].s; {
		case v.selfWord(s), s == "vi", s == "we", s == "os", s == "us":
			return true
		}
	}
	return false
}
