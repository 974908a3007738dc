package parser

import (
	"strings"

	"tilmeld"
)

// dietWithdrawn reports a diet word at offset a that the words before it
// say is needed no more, a verb standing between the "not" and the diet:
// "har ikke længere brug for vegetarmad", "behøver alligevel ikke
// laktosefri", "skal alligevel ikke have glutenfri", "does not need halal
// anymore", "won't need the halal meal". A food refused ("har ikke brug
// for gluten") is not a diet withdrawn.
func dietWithdrawn(t *text, a int) bool {
	k := t.tokenAt(a)
	if k >= len(t.toks) || t.toks[k].a != a || withdrawFoods[t.toks[k].s] {
		return false
	}
	negated, needs := false, false
	for i := k - 1; i >= 0 && i >= k-6; i-- {
		if strings.ContainsAny(t.gap(i, i+1), ".,;:!?\n") {
			return false
		}
		w := t.toks[i].s
		switch {
		case withdrawNot[w] || w == "t" && i > 0 && withdrawNt[t.toks[i-1].s] && t.toks[i].a == t.toks[i-1].b+1:
			negated = true
		case withdrawNeed[w]:
			needs = true
		case !withdrawFill[w]:
			return false
		}
		if negated && needs {
			return true
		}
	}
	return false
}

// The words of a withdrawal before the diet word: a negator, a verb of
// needing or getting, and the small words that may stand around them.
var (
	withdrawNot  = wordSet([]string{"ikke", "not", "never", "aldrig"})
	withdrawNt   = wordSet([]string{"won", "doesn", "don", "didn", "wouldn", "shouldn", "isn"})
	withdrawNeed = wordSet(daWithdrawNeed, enWithdrawNeed)
	withdrawFill = wordSet(daWithdrawFill, enWithdrawFill)
	// withdrawFoods are foods, not diets: "skal ikke have svinekød"
	// refuses the food and asks for the diet
	withdrawFoods = wordSet(daWithdrawFoods, enWithdrawFoods)
)

// withdrawnDiet returns the first sentence that withdraws a diet and
// states no diet in its place: "Maja skal alligevel ikke have
// glutenfri." There is no tag for "no longer", so staff change it.
func (v *gateView) withdrawnDiet() (sentence, bool) {
	t := v.t
	hits := t.dietHits()
	for _, w := range t.within(gateLex.diet, 0, len(t.fold)) {
		if dietCovers(hits, w[0]) || !dietWithdrawn(t, w[0]) {
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
var withdrawNegs = table([]string{`ikke`, `aldrig`}, []string{`not`, `never`, `won`, `doesn`, `don`, `didn`, `wouldn`, `shouldn`, `isn`})

// withdrawsDiet reports a diet word t takes back (dietWithdrawn).
func withdrawsDiet(t *text) bool {
	if !t.mayHold(withdrawNegs, 0, len(t.fold)) {
		return false
	}
	for _, w := range t.within(gateLex.diet, 0, len(t.fold)) {
		if dietWithdrawn(t, w[0]) {
			return true
		}
	}
	return false
}
