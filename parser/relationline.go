package parser

import "strings"

// relationOnlyHead reports a line that opens with who a person is and a
// colon, with no name ("Min mand: 1 og 2", "my wife: health"): the line
// gives that person's choices, as "Mig: ..." gives the sender's.
func relationOnlyHead(t *text, i, to int) bool {
	if i+2 >= to || !t.toks[i].is(classOwner) || t.gap(i, i+1) != " " || strings.TrimSpace(t.gap(i+1, i+2)) != ":" {
		return false
	}
	rel, gen := relationAt(t, i+1)
	return rel != "" && gen == 0
}
