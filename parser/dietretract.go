package parser

// dietRetracted reports a diet word at offset a that the sender says was
// written by mistake: "Det var en fejl med halal", "halal var en fejl",
// "vegan was a mistake", "pescetar er forkert". The word is the old
// value, which no longer holds.
func dietRetracted(t *text, a int) bool {
	k := t.tokenAt(a)
	if k >= len(t.toks) || t.toks[k].a != a {
		return false
	}
	if k >= 2 && (t.toks[k-2].s == "fejl" || t.toks[k-2].s == "mistake") && (t.toks[k-1].s == "med" || t.toks[k-1].s == "with") {
		return true // "en fejl med halal", "a mistake with halal"
	}
	// "halal var en fejl", "vegan was wrong": the verb within two words
	for j := k + 1; j < len(t.toks) && j <= k+2; j++ {
		if !retractVerbs[t.toks[j].s] {
			continue
		}
		for n := j + 1; n < len(t.toks) && n <= j+2; n++ {
			if retractWords[t.toks[n].s] {
				return true
			}
		}
		return false
	}
	return false
}

var (
	retractVerbs = wordSet([]string{"var", "er", "was", "is"})
	retractWords = wordSet([]string{"fejl", "forkert", "forkerte", "mistake", "wrong", "error"})
)

// dietDropped reports a food word at w in sentence s that names a diet the
// sender negates beside one she states: "jeg er ikke pescetar, bare
// vegetar", "I'm vegetarian, not vegan", "alligevel ikke veganer – kun
// laktosefrit". The negated one is what she no longer is; the diet read
// from the sentence is all there is.
func dietDropped(t *text, s sentence, w []int, hits []dietHit) bool {
	stated := false
	for _, h := range hits {
		stated = stated || h.a >= s.a && h.a < s.b && (h.a < w[0] || h.a >= w[1])
	}
	if !stated || !dietNegated(t, w[0], "") && !dietRetracted(t, w[0]) {
		return false
	}
	// only a word of a diet tag ("veganer"), not a food refused ("ikke stærk mad")
	for _, p := range t.phrasesIn(dietWords, w[0], w[1]) {
		if k := dietKinds[p.k]; p.a == 0 && k != "none" && k != "allergy" {
			return true
		}
	}
	return false
}
