package parser

import "strings"

var (
	elidedCancelWords = table(daElidedCancel, enElidedCancel)
	elidedTail        = wordSet(daElidedTail, enElidedTail)
)

// elidedCancel returns the withdrawal in clause c whose verb is left out
// ("men jeg kan desværre ikke.", "Sorry, we can't on the 29th"): nothing
// but the day, the meeting or a regret may stand around it in the clause,
// or "ikke" would deny something else ("jeg kan ikke spise gluten", "I
// can't find the form", "Det kan jeg ikke"). nil when there is none.
func elidedCancel(t *text, c clause) []int {
	hits := t.within(elidedCancelWords, c.a, c.b)
	if len(hits) == 0 || strings.HasSuffix(strings.TrimSpace(t.fold[c.s.a:c.s.b]), "?") {
		return nil
	}
	h := hits[len(hits)-1]
	// "Det kan jeg ikke" denies what "det" stands for
	for i := t.tokenAt(c.a); i < len(t.toks) && t.toks[i].a < h[0]; i++ {
		if w := t.toks[i].s; !skipLead[w] && !elidedTail[w] {
			return nil
		}
	}
	for i := t.tokenAt(h[1]); i < len(t.toks) && t.toks[i].a < c.b; i++ {
		if tk := t.toks[i]; tk.num < 0 && !elidedTail[tk.s] {
			return nil
		}
	}
	return h
}
