package parser

import "strings"

// checkRunTogether: the title words of two workshops side by side with
// nothing between them ("uddannelse opkvalificering"), not joined by "og",
// a comma or a priority's mark: one choice written with words of two
// titles, not a first and a second. Which one she means is for staff.
func checkRunTogether(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t := v.t
	for k := range t.sents() {
		refs := v.refsAt(k)
		for i := 1; i < len(refs); i++ {
			r1, r2 := refs[i-1], refs[i]
			if r1.kind != byName || r2.kind != byName || r1.ws == r2.ws || r2.a <= r1.b {
				continue
			}
			if gap := t.fold[r1.b:r2.a]; strings.Trim(gap, " \t") == "" && !strings.ContainsAny(gap, "\n") {
				return review("%q runs words of workshops %d and %d together as one choice: which is meant?", v.quote(r1.a, r2.b), r1.ws, r2.ws)
			}
		}
	}
	return verdict{}
}
