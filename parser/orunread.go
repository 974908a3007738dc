package parser

// gateOr: see daGateOr.
var gateOr = wordSet(daGateOr, enGateOr)

// checkOrUnread: someone lacks a workshop, yet a sentence names two
// workshops joined by "or" that nobody got ("Either 2 or 4 is fine with
// me", "Health or education, either is fine"): the bot would ask for the
// workshops she gave; staff read which she meant.
func checkOrUnread(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	if !v.someoneLacksWorkshop() {
		return verdict{}
	}
	t := v.t
	names := func(i int) bool {
		return v.mayNameUnchosen(i) && (t.toks[i].num < 0 || v.bare(i) && !negatedNumber(t, i))
	}
	for i := 1; i+1 < len(t.toks); i++ {
		x, y := t.toks[i-1], t.toks[i+1]
		if !gateOr[t.toks[i].s] || x.line != y.line || !names(i-1) || !names(i+1) {
			continue
		}
		return review("%q may name workshops that were not read", v.quote(x.a, y.b))
	}
	return verdict{}
}
