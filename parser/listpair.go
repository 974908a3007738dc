package parser

import "strings"

// placePair reports a bare ordinal at token i that stands in a pair of
// them, "den første og den sidste", "the top and the bottom one", one of
// which is only ever a place in a list (last, bottom, nederste): the pair
// names workshops by their places on the invitation's list.
// A third or fourth is a place too: a priority is only ever a first or a
// second ("den første og ellers den tredje").
func placePair(t *text, i, from, to int) bool {
	other := -1
	// the join, and a backup's word after it: "og ellers", "or else"
	join := func(k int) int {
		if k < to && pairJoin[t.toks[k].s] {
			if k+1 < to && thenWords[t.toks[k+1].s] {
				return 2
			}
			return 1
		}
		return 0
	}
	if n := join(i + 1); n > 0 && i+n+2 < to && articleOf[t.toks[i+n+1].s] && ordinal(t.toks[i+n+2].s) {
		other = i + n + 2
	}
	for n := 1; other < 0 && n <= 2; n++ {
		if k := i - 2 - n; k-1 >= from && join(k+1) == n && ordinal(t.toks[k].s) && articleOf[t.toks[k-1].s] {
			other = k
		}
	}
	return other >= 0 && (placeOnly[t.toks[i].s] || placeOnly[t.toks[other].s] || ordinals[t.toks[i].s] > 2 || ordinals[t.toks[other].s] > 2)
}

var (
	pairJoin  = wordSet([]string{"og", "and", "eller", "or"})
	articleOf = wordSet([]string{"den", "the"})
	// placeOnly are ordinals that never give a priority
	placeOnly = wordSet([]string{"sidste", "nederste", "oeverste", "naestsidste", "last", "bottom", "top", "penultimate"})
)

// runEnds reports the gap after a list line's numbers that ends them
// before words of another kind: a comma, a full stop, a parenthesis or a
// dash ("- Hasan Demir: 4 og 3 – Hasan er diabetiker").
func runEnds(gap string) bool {
	return strings.ContainsAny(gap, ",.;(–—") || strings.Contains(gap, " - ")
}
