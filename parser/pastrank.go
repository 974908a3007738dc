package parser

// pastRank marks a rank said in the past tense ("Jobs was his first choice
// last year", "Sundhed var hendes førstevalg sidste år"): the workshop it
// ranks is an old one, no choice now.
var pastRank = table(daPastRank, enPastRank)

// pastRanked reports whether r is the workshop of a rank in the past
// tense: right before it ("jobs was his first choice") or inside it, after
// the inverted verb ("sidste år var sundhed hendes førstevalg"). hits are
// the sentence's pastRank matches.
func pastRanked(t *text, r ref, hits [][]int) bool {
	for _, h := range hits {
		if h[0] <= r.a && r.b <= h[1] || h[0] >= r.b && tokensBetween(t, r.b, h[0]) <= 1 {
			return true
		}
	}
	return false
}
