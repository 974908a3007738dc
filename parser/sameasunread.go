package parser

import "slices"

// sameAs: see daGateSameAs.
var sameAs = table(daGateSameAs, enGateSameAs)

// checkSameAsUnread: someone lacks a workshop, and the mail gives it by
// pointing at another ("Count me in, same as Lars"): asking the sender for
// a workshop would ask for what she gave; staff look up the other's. Her
// own choices of before ("de samme workshops som før") with no receipt
// quoted to hold them are asked for.
func checkSameAsUnread(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	if !v.someoneLacksWorkshop() {
		return verdict{}
	}
	if at := v.first(sameAs); at != nil && !slices.ContainsFunc(v.t.all(sameAsBefore), func(h []int) bool { return h[0] < at[1] && at[0] < h[1] }) {
		s := v.sentenceOf(at[0])
		return review("%q gives a workshop by pointing at another's, and someone lacks one", v.quote(s.a, s.b))
	}
	return verdict{}
}
