package parser

import "slices"

// oldChoice reports a workshop named as the one the sender is registered
// for when the sentence goes on to another she would rather have: in "Jeg
// er tilmeldt workshop 1, men vil hellere på 4" the 1 is what was, the 4
// what she chooses now.
func oldChoice(t *text, s sentence, r ref, later []ref) bool {
	if len(later) == 0 {
		return false
	}
	// the phrase ends at most two words before r, so it starts within
	// its own length of words before that: look only there
	from := s.a
	if i := t.tokenAt(r.a) - 8; i > 0 && t.toks[i].a > from {
		from = t.toks[i].a
	}
	was := slices.ContainsFunc(t.within(wasRegistered, from, r.a), func(h []int) bool {
		return tokensBetween(t, h[1], r.a) <= 2
	})
	return was && slices.ContainsFunc(t.within(ratherWords, r.b, later[0].a), func(h []int) bool { return h[1] <= later[0].a })
}

var (
	wasRegistered = table(daWasRegistered, enWasRegistered)
	ratherWords   = table(daRather, enRather)
)

// refsAfter returns the refs that start at or after b.
func refsAfter(refs []ref, b int) []ref {
	for k, r := range refs {
		if r.a >= b {
			return refs[k:]
		}
	}
	return nil
}
