package parser

import "strings"

// gateBoth: see daGateBoth.
var gateBoth = wordSet(daGateBoth, enGateBoth)

// checkGivenUnread: someone lacks a workshop, yet the mail names one as
// "workshop 2" that nobody got ("my husband can't come but I'd still like
// to attend, workshop 2 then 1"), or gives one to "both" and only one of
// them got it ("sign up me and Jonas Berg, both for workshop 3"): asking
// the sender for a workshop would ask for what she gave.
func checkGivenUnread(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	if !v.someoneLacksWorkshop() {
		return verdict{}
	}
	t := v.t
	for i := 1; i < len(t.toks); i++ {
		tk := t.toks[i]
		if tk.num >= 0 && workshopWords[t.toks[i-1].s] && v.mayNameUnchosen(i) && !negatedNumber(t, i) && !houseNumberAt(t, i) {
			// "what is workshop 3 about?" asks, and gives nothing
			if s := v.sentenceOf(tk.a); strings.HasSuffix(strings.TrimSpace(t.fold[s.a:s.b]), "?") {
				continue
			}
			return review("%q names a workshop nobody got, and someone lacks one", v.quote(t.toks[i-1].a, tk.b))
		}
	}
	if len(v.r.Attendees) < 2 {
		return verdict{}
	}
	for _, s := range t.sents() {
		both, chosen := false, false
		for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].b <= s.b; i++ {
			tk := t.toks[i]
			both = both || gateBoth[tk.s]
			chosen = chosen || tk.num > 0 && v.chosen[tk.num] && i > 0 && workshopWords[t.toks[i-1].s]
		}
		if both && chosen {
			return review("%q gives workshops to both, and someone lacks one", v.quote(s.a, s.b))
		}
	}
	return verdict{}
}
