package parser

import "strings"

// placePair reports a bare ordinal at token i that stands in a pair of
// them, "den første og den sidste", "the top and the bottom one", one of
// which is only ever a place in a list (last, bottom, nederste): the pair
// names workshops by their places on the invitation's list.
func placePair(t *text, i, from, to int) bool {
	other := -1
	switch {
	case i+3 < to && pairJoin[t.toks[i+1].s] && articleOf[t.toks[i+2].s] && ordinal(t.toks[i+3].s):
		other = i + 3
	case i-4 >= from && pairJoin[t.toks[i-2].s] && ordinal(t.toks[i-3].s) && articleOf[t.toks[i-4].s]:
		other = i - 3
	}
	return other >= 0 && (placeOnly[t.toks[i].s] || placeOnly[t.toks[other].s])
}

var (
	pairJoin  = wordSet([]string{"og", "and"})
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
