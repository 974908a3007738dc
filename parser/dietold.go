package parser

import "strings"

// A diet word can name the old value, one that no longer holds: replaced
// ("pescetar i stedet for vegan"), denied and corrected ("er ikke veganer,
// men vegetar"), withdrawn ("har ikke længere brug for vegetarmad") or
// retracted ("halal var en fejl"). The reader reads no tag from it and the
// gate does not count it as a food word left unread; oldDiet says so for
// all of them, from the words around the diet word, and those words are
// tables in lexicon_da.go and lexicon_en.go: a new wording is a table
// entry.

// dietOldWay is a way of saying a diet no longer holds; the ways are bits,
// so a caller asks for the ones it acts on.
type dietOldWay uint8

const (
	oldReplaced  dietOldWay = 1 << iota // "pescetarian instead of vegan"
	oldDenied                           // "is not vegan but vegetarian"
	oldWithdrawn                        // "does not need halal anymore"
	oldRetracted                        // "vegan was a mistake"
	oldReported                         // "I har skrevet vegetar ved mig"

	oldAnyWay = oldReplaced | oldDenied | oldWithdrawn | oldRetracted | oldReported
)

// oldDiet reports whether the diet word at offset a names the old value in
// one of ways.
func oldDiet(t *text, a int, ways dietOldWay) bool {
	if ways&oldReplaced != 0 && afterInsteadOf(t, a) || ways&oldReported != 0 && inReceiptReport(t, a) {
		return true
	}
	// the other ways read the words before and after a word starting at a
	k := t.tokenAt(a)
	if k >= len(t.toks) || t.toks[k].a != a {
		return false
	}
	return ways&oldDenied != 0 && deniedAndCorrected(t, k) ||
		ways&oldWithdrawn != 0 && neededNoMore(t, k) ||
		ways&oldRetracted != 0 && saidByMistake(t, k)
}

// afterInsteadOf: the word stands right after "instead of" / "i stedet
// for" ("put me down as pescetarian instead of vegan"); the phrase ends
// within the 24 bytes before it.
func afterInsteadOf(t *text, a int) bool {
	for _, h := range t.within(insteadOf, max(0, a-24), a) {
		if strings.TrimSpace(t.fold[h[1]:a]) == "" {
			return true
		}
	}
	return false
}

// inReceiptReport: the word stands in the clause of a report of what the
// receipt says or the office wrote down ("I har noteret mig som vegetar,
// men ...", "der står veganer ved mig", "you have me down as vegan"): what
// is on record, which the sender corrects or confirms, not a diet said
// now.
func inReceiptReport(t *text, a int) bool {
	for _, h := range t.all(receiptSays) {
		if h[0] > a {
			return false
		}
		end := len(t.fold)
		if k := strings.IndexAny(t.fold[h[1]:], ".!?\n"); k >= 0 {
			end = h[1] + k
		}
		if a < reportEnd(t.fold, h[1], end) {
			return true
		}
	}
	return false
}

// deniedAndCorrected: token k is said not to be what a person is and
// corrected after it ("Kavitha er ikke veganer, men vegetar", "is not
// vegan but vegetarian"), all in one sentence. "spiser ikke kød, men ..."
// states a diet and is read as one.
func deniedAndCorrected(t *text, k int) bool {
	if k < 2 || k+1 >= len(t.toks) || !deniedIs[t.toks[k-2].s] || !deniedNot[t.toks[k-1].s] || !deniedBut[t.toks[k+1].s] {
		return false
	}
	return !strings.ContainsAny(t.gap(k-1, k), ".;\n") && !strings.ContainsAny(t.gap(k, k+1), ".;\n")
}

var (
	deniedIs  = wordSet(daDeniedIs, enDeniedIs) // "er", "is": also between a relation and her full name
	deniedNot = wordSet(daDeniedNot, enDeniedNot)
	deniedBut = wordSet(daDeniedBut, enDeniedBut)
)

// neededNoMore: the words before token k say it is needed no more, a verb
// standing between the "not" and the diet: "har ikke længere brug for
// vegetarmad", "behøver alligevel ikke laktosefri", "skal alligevel ikke
// have glutenfri", "does not need halal anymore", "won't need the halal
// meal". A food refused ("har ikke brug for gluten") is not a diet
// withdrawn.
func neededNoMore(t *text, k int) bool {
	if withdrawFoods[t.toks[k].s] {
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
	withdrawNot  = wordSet(daWithdrawNot, enWithdrawNot)
	withdrawNt   = wordSet(enWithdrawNt)
	withdrawNeed = wordSet(daWithdrawNeed, enWithdrawNeed)
	withdrawFill = wordSet(daWithdrawFill, enWithdrawFill)
	// withdrawFoods are foods, not diets: "skal ikke have svinekød"
	// refuses the food and asks for the diet
	withdrawFoods = wordSet(daWithdrawFoods, enWithdrawFoods)
)

// saidByMistake: the sender says token k was written by mistake: "Det var
// en fejl med halal", "halal var en fejl", "vegan was a mistake",
// "pescetar er forkert".
func saidByMistake(t *text, k int) bool {
	if k >= 2 && mistakeOf[t.toks[k-2].s] && mistakeWith[t.toks[k-1].s] {
		return true // "en fejl med halal", "a mistake with halal"
	}
	// "halal var en fejl", "vegan was wrong": the verb within two words
	for j := k + 1; j < len(t.toks) && j <= k+2; j++ {
		if !mistakeVerbs[t.toks[j].s] {
			continue
		}
		for n := j + 1; n < len(t.toks) && n <= j+2; n++ {
			if mistakeWords[t.toks[n].s] {
				return true
			}
		}
		return false
	}
	return false
}

var (
	mistakeOf    = wordSet(daMistakeOf, enMistakeOf)
	mistakeWith  = wordSet(daMistakeWith, enMistakeWith)
	mistakeVerbs = wordSet(daMistakeVerbs, enMistakeVerbs)
	mistakeWords = wordSet(daMistakeWords, enMistakeWords)
)

// The gate's side of it. The reader reads no tag from a negated diet word
// ("ikke vegetar"); the gate asks about a food word that gave none unless
// a new diet stands beside it, in the same sentence or "instead" in the
// next, and so the negated one is the old value.

// negatedBesideStated reports a food word at w in sentence s that names a
// diet the sender negates beside one she states: "jeg er ikke pescetar,
// bare vegetar", "I'm vegetarian, not vegan", "alligevel ikke veganer –
// kun laktosefrit". The negated one is what she no longer is; the diet
// read from the sentence is all there is.
func negatedBesideStated(t *text, s sentence, w []int, hits []dietHit) bool {
	stated := false
	for _, h := range hits {
		stated = stated || h.a >= s.a && h.a < s.b && (h.a < w[0] || h.a >= w[1])
	}
	if !stated || !dietNegated(t, w[0], "") {
		return false
	}
	// only a word of a diet tag ("veganer"), not a food refused ("ikke stærk mad")
	for _, p := range t.phrasesIn(dietWords, w[0], w[1]) {
		if p.a == 0 && tagKind(dietKinds[p.k]) {
			return true
		}
	}
	return false
}

// dietTakenBack reports a sentence that turns a diet round ("I am not
// fully vegan after all") followed by one whose diet stands "instead" ("put
// me down as pescetarian instead"): the food was read, as the new diet.
func (v *gateView) dietTakenBack(s sentence) bool {
	t := v.t
	negated := false
	for _, h := range t.phrasesIn(dietWords, s.a, s.b) {
		if a := s.a + h.a; dietKinds[h.k] != "none" && dietNegated(t, a, dietKinds[h.k]) {
			negated = true
		}
	}
	if !negated {
		return false
	}
	next := v.sentenceOf(s.b)
	for next.a == next.b && next.a < len(t.fold) { // the gap between two sentences
		next = v.sentenceOf(next.a + 1)
	}
	return next.a >= s.b && v.dietIn(next) && t.has(dietInstead, next.a, next.b)
}

// dietInstead: the diet named is the new one.
var dietInstead = table(daDietInstead, enDietInstead)
