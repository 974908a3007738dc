package parser

import (
	"slices"
	"strings"

	"tilmeld"
)

// fishSaidByDiet drops from fold[from:to] a fish turned down in everyday
// words ("spiser ikke fisk", "no fish") in a sentence that also says
// vegetarian, vegan or pescetarian: the diet says it already, or lets fish
// in, and the words are no allergy. A fish allergy named as one ("allergisk
// over for fisk") stays.
func (t *text) fishSaidByDiet(from, to int) {
	if !slices.ContainsFunc(t.diet, func(h dietHit) bool { return h.a >= from && h.a < to && h.tag == tilmeld.FishAllergy }) {
		return
	}
	s := t.fold
	t.diet = slices.DeleteFunc(t.diet, func(h dietHit) bool {
		if h.a < from || h.a >= to || h.tag != tilmeld.FishAllergy || fishAllergyWords(s[h.a:h.b]) {
			return false
		}
		a, b := max(from, sentenceStart(s, h.a)), sentenceEnd(s, h.b, to)
		return slices.ContainsFunc(t.diet, func(o dietHit) bool {
			return o.a >= a && o.a < b && (o.tag == tilmeld.Vegetarian || o.tag == tilmeld.Vegan || o.tag == tilmeld.Pescetarian)
		})
	})
}

// fishAllergyWords: the words of a hit name an allergy or intolerance.
func fishAllergyWords(w string) bool {
	return strings.Contains(w, "allerg") || strings.Contains(w, "taal") || strings.Contains(w, "toler")
}

// sentenceEnd returns where the sentence holding b ends, at most to.
func sentenceEnd(s string, b, to int) int {
	if k := strings.IndexAny(s[b:to], ".!?\n"); k >= 0 {
		return b + k
	}
	return to
}
