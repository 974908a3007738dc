package parser

import "strings"

// A diet word in a question about the food ("Er maden laktosefri?", "Is
// the food gluten free?", "Bliver der vegetarisk mad?") asks what the
// kitchen serves: it says nothing of what the writer eats. The diet stated
// beside it ("Jeg tåler ikke laktose – er maden laktosefri?") still counts,
// and so does a request for her own food ("Er der vegetarisk mad til mig?").

var (
	foodAskOpen = wordSet(daFoodAskOpen, enFoodAskOpen)
	foodAskFill = wordSet(daFoodAskFill, enFoodAskFill)
	foodAskOwn  = wordSet(daFoodAskOwn, enFoodAskOwn)
)

// foodAsked reports whether the diet words at fold[a:b] stand in a clause
// that asks about the food and ends in a question mark before to.
func (t *text) foodAsked(a, b, to int) bool {
	s := t.fold
	to = min(to, b+foodAskLook) // a question about the food is short
	end := strings.IndexAny(s[b:to], ".!?\n")
	if end < 0 || s[b+end] != '?' {
		return false
	}
	end += b
	i := t.tokenAt(a) - 1
	for i >= 0 && !clauseGap(t.gap(i, i+1)) && !foodAskOpen[t.toks[i].s] && foodAskFill[t.toks[i].s] {
		i--
	}
	if i < 0 || clauseGap(t.gap(i, i+1)) || !foodAskOpen[t.toks[i].s] || i > 0 && !clauseGap(t.gap(i-1, i)) {
		return false
	}
	for j := t.tokenAt(b); j < len(t.toks) && t.toks[j].a < end; j++ {
		if foodAskOwn[t.toks[j].s] {
			return false
		}
	}
	return true
}

// foodAskLook bounds how far after the diet words the question mark is
// looked for: a long line is not scanned again for each diet word.
const foodAskLook = 80

// clauseGap reports a gap between words that opens a new clause or
// sentence: a stop, a line break, a comma, a semicolon or a dash.
func clauseGap(g string) bool {
	return strings.ContainsAny(g, ".!?\n,;:–") || strings.Contains(g, " - ")
}

// foodAskedIn reports whether fold[a:b] holds diet words that only ask
// about the food (see foodAsked).
func (t *text) foodAskedIn(a, b int) bool {
	for _, h := range t.phrasesIn(dietWords, a, b) {
		if t.foodAsked(a+h.a, a+h.b, b) {
			return true
		}
	}
	return false
}
