package parser

// sameAs: see daGateSameAs.
var sameAs = table(daGateSameAs, enGateSameAs)

// checkSameAsUnread: someone lacks a workshop, and the mail gives it by
// pointing at another ("Count me in, same as Lars"): asking the sender for
// a workshop would ask for what she gave; staff look up the other's.
func checkSameAsUnread(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	if !v.someoneLacksWorkshop() {
		return verdict{}
	}
	if at := v.first(sameAs); at != nil {
		s := v.sentenceOf(at[0])
		return review("%q gives a workshop by pointing at another's, and someone lacks one", v.quote(s.a, s.b))
	}
	return verdict{}
}
