package parser

var (
	groupIs    = wordSet([]string{"er", "is", "are", "has"})
	bodyNouns  = wordSet(daGroupBodies, enGroupBodies)
	everyoneOf = wordSet([]string{"alle", "allesammen", "all", "everyone"})
)

// describesGroup reports a count at token i that says how big a board or
// an association is ("Vores bestyrelse er 5 personer", "our board is 6
// people"): it tells nothing of how many come, unless the sentence says
// they all do. A family's or a household's size may be who comes.
func describesGroup(t *text, i int) bool {
	if i < 2 || !groupIs[t.toks[i-1].s] || !bodyNouns[t.toks[i-2].s] {
		return false
	}
	for k := i + 1; k < len(t.toks) && k < i+12 && t.toks[k].line == t.toks[i].line; k++ {
		if everyoneOf[t.toks[k].s] {
			return false // "Bestyrelsen er 5 personer, og vi kommer alle"
		}
	}
	return true
}
