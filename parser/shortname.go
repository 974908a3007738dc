package parser

import (
	"strings"

	"tilmeld"
)

// checkShortNameAmbiguous: a short form in the mail or among the
// attendees ("Per", "Per Erik") that begins two different full names of
// the quoted mail ("Per Erik Dahl", "Per Erik Lund"): which of them the
// mail means, staff must see.
func checkShortNameAmbiguous(v *gateView) verdict {
	// a reply that changes or withdraws names those of the registration
	// it answers, which stand at the top of the quote; the rest of a
	// long thread is not lowered for them
	if v.r.Intent != tilmeld.IntentCancel && v.r.Intent != tilmeld.IntentUpdate || v.m.Quoted == "" {
		return verdict{}
	}
	quoted := lowerText(headOf(v.m.Quoted, 4000)) // strings.ToLower, a run of ASCII at once
	var names []string
	for _, a := range v.r.Attendees {
		if a.Name != "" {
			names = append(names, a.Name)
		}
	}
	t := v.t
	for i := 0; i < len(t.toks); i++ {
		if n, k := nameAt(t, i); n != "" {
			names = append(names, n)
			i += k - 1
		}
	}
	var ps *people
	for _, n := range names {
		prefix := strings.ToLower(n) + " "
		if !strings.Contains(quoted, prefix) {
			continue
		}
		if ps == nil {
			ps = &people{sources: []string{v.m.Quoted}, avoid: v.rd.cat.words}
		}
		// "Ida Holm" and "Ida Holm Jensen", "Fatma Y." and "Fatma Yilmaz"
		// are one person written out more
		var longer []string
		for _, k := range ps.namesOnLinesWith(prefix) {
			lk := strings.ToLower(k) + " "
			if !strings.HasPrefix(lk, prefix) {
				continue
			}
			for _, o := range longer {
				if lo := strings.ToLower(o) + " "; !strings.HasPrefix(lk, lo) && !strings.HasPrefix(lo, lk) && !consistent(o, k) && !consistent(k, o) {
					return review("%q may be %q or %q of the quoted mail", n, o, k)
				}
			}
			longer = append(longer, k)
		}
	}
	return verdict{}
}
