package parser

import "strings"

// rollCall reports a sentence that only joins the sender with others,
// without a verb ("Jeg og min datter Sofie.", "Me and my husband Tom
// Holm."): in a registration, a list of who comes.
func rollCall(t *text, a, b int) bool {
	f := strings.TrimSpace(t.fold[a:b])
	if f == "" || strings.HasSuffix(f, "?") {
		return false
	}
	from, to := t.tokenAt(a), t.tokenAt(b)
	self, other := false, false
	for i := from; i < to; i++ {
		w := t.toks[i].s
		switch {
		case selfPronoun[w] || selfObject[w]:
			self = true
		case andWords[w] || gateOwners[w] || selfEmph[w]:
		case relations[w]:
			other = true
		case nameWord(t, i):
			other = true
		default:
			return false
		}
		if i > from && strings.ContainsAny(t.gap(i-1, i), ":;!\n") {
			return false
		}
	}
	return self && other
}
