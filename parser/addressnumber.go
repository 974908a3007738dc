package parser

var (
	floorWords = wordSet(daFloorWords, enFloorWords)
	placeFrom  = wordSet([]string{"fra", "from"})
)

// addressAround reports the other places a house number stands after
// (token i is the word before its "nr"): a floor ("2. sal nr 14"), a
// person's "fra" ("Bent fra nr. 9"), and the end of where she lives ("Vi
// bor i Albertslund Syd, nr. 11").
func addressAround(t *text, i int) bool {
	w := t.toks[i].s
	if floorWords[w] || placeFrom[w] && i > 0 && t.toks[i-1].cap && nameWord(t, i-1) {
		return true
	}
	k := i
	for k >= 0 && k > i-3 && t.toks[k].cap && t.toks[k].num < 0 {
		k--
	}
	return k < i && k >= 1 && livesAt[t.toks[k-1].s+" "+t.toks[k].s]
}
