package parser

// dietLiked is the words of liking ("elsker", "kan godt lide", "love").
var dietLiked = table(daDietLiked, enDietLiked)

// likesFood reports a sentence that only says someone likes a food ("Jeg
// elsker fisk!", "I love fish"): a taste, no diet, and nothing for staff to
// read. A sentence with a word of refusal ("kan ikke lide fisk", "I love
// fish but not shellfish") is not one.
func (v *gateView) likesFood(s sentence) bool {
	t := v.t
	if len(t.phrasesIn(dietLiked, s.a, s.b)) == 0 {
		return false
	}
	for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].a < s.b; i++ {
		if w := t.toks[i].s; dietNegators[w] || likeRefusal[w] {
			return false
		}
	}
	return true
}

// likeRefusal: words that turn food down besides the diet negators.
var likeRefusal = wordSet(daLikeRefusal, enLikeRefusal)
