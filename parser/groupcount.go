package parser

var (
	groupIs   = wordSet([]string{"er", "is", "are"})
	groupSelf = wordSet([]string{"vi", "we", "der", "there"})
)

// describesGroup reports a count at token i that says how big a group is
// ("Vores bestyrelse er 5 personer", "the board is 5 people"): with no "vi"
// as its subject it tells nothing of how many come.
func describesGroup(t *text, i int) bool {
	return i >= 2 && groupIs[t.toks[i-1].s] && !groupSelf[t.toks[i-2].s] && t.toks[i-2].num < 0
}
