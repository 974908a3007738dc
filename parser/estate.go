package parser

import "strings"

var estateSections = wordSet(daEstateSections, enEstateSections)

// estateOfSection reports a capitalised word in brackets right after a
// housing section's number ("afdeling 7 (Tranehusene)", "afd. 3
// (Herstedlund)"): the estate's name, not a person.
func estateOfSection(t *text, i int) bool {
	if i < 2 || t.toks[i-1].num < 0 || !estateSections[t.toks[i-2].s] {
		return false
	}
	return strings.TrimSpace(t.gap(i-1, i)) == "("
}
