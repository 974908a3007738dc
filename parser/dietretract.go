package parser

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
	if !stated || !dietNegated(t, w[0], "") {
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
