package parser

import "slices"

// eaterVerbs follow the name of the one a food is said of ("Yonas er
// veganer", "Bo eats no pork"); sentenceGroupWords open a sentence like a name
// but speak of many ("Alle spiser halal").
var (
	eaterVerbs         = wordSet(daEaterVerbs, enEaterVerbs)
	sentenceGroupWords = wordSet(daSentenceGroupWords, enSentenceGroupWords)
)

// checkDietOfSentenceName: a food said in a sentence that opens with
// another person's name ("Yonas er i øvrigt blevet veganer", "Bo eats
// no pork") is that person's, never the sender's. A reading that gives it
// to the sender and to no one of that name is for staff.
func checkDietOfSentenceName(v *gateView) verdict {
	self := v.sender()
	if !v.changes() || self == "" || len(v.r.Attendees) == 0 || !sameFirstName(v.r.Attendees[0].Name, self) {
		return verdict{}
	}
	t, own := v.t, v.r.Attendees[0]
	for _, h := range t.dietHits() {
		if !slices.Contains(own.Diet, h.tag) {
			continue
		}
		s := v.sentenceOf(h.a)
		i := t.tokenAt(s.a)
		if i >= len(t.toks) || t.toks[i].a >= h.a || !v.nameWordAt(i) {
			continue
		}
		n, k := nameAt(t, i)
		if n == "" || sentenceGroupWords[t.toks[i].s] || i+k >= len(t.toks) || !eaterVerbs[t.toks[i+k].s] || sameFirstName(self, n) || v.saysSelf(s.a, h.a) {
			continue
		}
		held := false
		for _, a := range v.r.Attendees[1:] {
			held = held || sameFirstName(a.Name, n) && slices.Contains(a.Diet, h.tag)
		}
		if !held {
			return review("%q gives food to %s, but the sender was read with it", v.quote(s.a, s.b), n)
		}
	}
	return verdict{}
}

// saysSelf: a word for the sender stands in fold[a:b] ("Bo og jeg er
// vegetarer").
func (v *gateView) saysSelf(a, b int) bool {
	for i := v.t.tokenAt(a); i < len(v.t.toks) && v.t.toks[i].a < b; i++ {
		if v.selfWord(v.t.toks[i].s) || v.t.toks[i].s == "vi" || v.t.toks[i].s == "we" || v.t.toks[i].s == "os" || v.t.toks[i].s == "us" {
			return true
		}
	}
	return false
}
