package parser

import "strings"

// seatsFree ask whether a workshop has room ("is there still room", "er
// der plads").
var seatsFree = table(daSeatsFree, enSeatsFree)

// checkAskedWorkshop: someone lacks a workshop, yet a question whether
// one has room names it ("Is there still room in workshop 3? If so, please
// sign me up."): the bot would ask for a workshop the sender gave, on a
// condition staff answer.
func checkAskedWorkshop(v *gateView) verdict {
	if !v.changes() || !strings.Contains(v.t.fold, "?") {
		return verdict{}
	}
	if !v.someoneLacksWorkshop() {
		return verdict{}
	}
	t := v.t
	for _, s := range t.sents() {
		if !strings.HasSuffix(strings.TrimSpace(t.fold[s.a:s.b]), "?") || !t.has(seatsFree, s.a, s.b) {
			continue
		}
		for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].b <= s.b; i++ {
			// a bare number may be a count ("room for 2 more?"); one after
			// "workshop" is not
			if v.mayNameUnchosen(i) && (t.toks[i].num < 0 || i > 0 && workshopWords[t.toks[i-1].s]) {
				vd := review("someone lacks a workshop, and the mail asks %q", v.quote(s.a, s.b))
				vd.asks = true
				return vd
			}
		}
	}
	return verdict{}
}
