package parser

import "strings"

// bothQuestion reports an at-once wish that is asked ("Kan jeg deltage i
// 1 og 3 på samme tid?", "Er det muligt at være med i begge samtidig?"),
// or that comes with a question ("..., så jeg kan nå begge?"), not one
// only stated ("Jeg vil deltage i 2 og 4 samtidig"): a question needs
// staff's answer; the statement is a wish they settle.
func bothQuestion(t *text) bool {
	hits := t.all(lex.both)
	for _, s := range t.sents() {
		if strings.HasSuffix(strings.TrimSpace(t.fold[s.a:s.b]), "?") {
			return true
		}
		for _, h := range hits {
			if s.a <= h[0] && h[0] < s.b && questionOpens(t, s.a) {
				return true
			}
		}
	}
	return false
}
