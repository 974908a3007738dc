package parser

import "strings"

// checkOtherNamedWithChoice: a change given to the sender alone, while the
// sentence that names the workshop names someone else the thread's quoted
// mail holds ("Kan I skifte Bo over på workshop 2?"): the change may be
// that person's.
func checkOtherNamedWithChoice(v *gateView) verdict {
	if !v.changes() || v.sender() == "" || v.m.Quoted == "" {
		return verdict{}
	}
	for _, a := range v.r.Attendees {
		if !sameFirstName(a.Name, v.sender()) {
			return verdict{}
		}
	}
	t := v.t
	for k, s := range t.sents() {
		refs := v.refsAt(k)
		if len(refs) == 0 {
			continue
		}
		first := t.tokenAt(s.a)
		for i := first + 1; i < len(t.toks) && t.toks[i].a < s.b; i++ {
			// a workshop's name ("Sundhed", "Naboskab") is capitalised too
			if !t.toks[i].cap || v.rd.cat.words[t.toks[i].s] {
				continue
			}
			if n, _ := nameAt(t, i); n != "" && !sameFirstName(v.sender(), n) && strings.Contains(v.m.Quoted, n) {
				return review("the change is read as the sender's, but the sentence names %s", n)
			}
		}
	}
	return verdict{}
}
