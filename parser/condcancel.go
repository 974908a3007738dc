package parser

import "strings"

var (
	withoutWords = table(daWithout, enWithout)
	afterAll     = table(daAfterAll, enAfterAll)
	comeWhere    = wordSet(daComeWhere, enComeWhere)
)

// hangsOnAnswer reports a "cannot come" in a mail that asks staff
// something, said of what the sender asks about rather than of a withdrawal:
// "Er der tolk? Uden tolk kan jeg ikke komme", "Kan man parkere? Ellers kan
// jeg ikke deltage", "Is there a crèche? I can't come without it", or about
// getting somewhere ("kan ikke komme op ad trapper"). Nobody is withdrawn;
// staff answer the question.
func (rd *reader) hangsOnAnswer(hit []int, c clause) bool {
	t := rd.own
	if !rd.res.Question || !cannotWord(t.fold[hit[0]:hit[1]]) {
		return false
	}
	if k := t.tokenAt(hit[1]); k < len(t.toks) && t.toks[k].a <= hit[1]+1 && comeWhere[t.toks[k].s] {
		return true
	}
	if t.has(afterAll, c.s.a, c.s.b) {
		return false // "hvis I undrer jer: jeg kan ikke komme alligevel"
	}
	for _, m := range t.within(withoutWords, c.s.a, c.s.b) {
		if k := t.tokenAt(m[1]); t.fold[m[0]:m[1]] != "uden" || k >= len(t.toks) || t.toks[k].s != "for" {
			return true
		}
	}
	return false
}

// cannotWord reports a cancel phrase that says the sender cannot come
// ("kan ikke komme", "can't attend"), not one that withdraws outright
// ("melder afbud").
func cannotWord(w string) bool {
	return strings.Contains(w, "ikke") || strings.Contains(w, "n't") || strings.Contains(w, "not") || strings.Contains(w, "unable")
}
