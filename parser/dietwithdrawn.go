package parser

import "tilmeld"

// withdrawnDiet returns the first sentence that withdraws a diet and
// states no diet in its place: "Maja skal alligevel ikke have
// glutenfri." There is no tag for "no longer", so staff change it.
func (v *gateView) withdrawnDiet() (sentence, bool) {
	t := v.t
	hits := t.dietHits()
	for _, w := range t.within(gateLex.diet, 0, len(t.fold)) {
		if dietCovers(hits, w[0]) || !oldDiet(t, w[0], oldWithdrawn) {
			continue
		}
		s := v.sentenceOf(w[0])
		if !v.dietIn(s) {
			return s, true
		}
	}
	return sentence{}, false
}

// checkDietWithdrawn: in a change, a diet taken back with nothing in its
// place goes to staff; one replaced ("ikke længere brug for vegetarmad,
// bare ingen svinekød") was read as the new diet alone.
func checkDietWithdrawn(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentUpdate || !v.t.mayHold(withdrawNegs, 0, len(v.t.fold)) {
		return verdict{}
	}
	if s, ok := v.withdrawnDiet(); ok {
		return review("the mail takes back a diet: %q", v.quote(s.a, s.b))
	}
	return verdict{}
}

// withdrawNegs prefilters checkDietWithdrawn: a text with no negator has
// no withdrawal.
var withdrawNegs = table(daWithdrawNot, enWithdrawNot, enWithdrawNt)

// withdrawsDiet reports a diet word t takes back (oldWithdrawn).
func withdrawsDiet(t *text) bool {
	if !t.mayHold(withdrawNegs, 0, len(t.fold)) {
		return false
	}
	for _, w := range t.within(gateLex.diet, 0, len(t.fold)) {
		if oldDiet(t, w[0], oldWithdrawn) {
			return true
		}
	}
	return false
}
