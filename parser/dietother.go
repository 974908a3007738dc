package parser

import "tilmeld"

// checkCancelWithDiet: a withdrawal that also gives food ("Bo kommer ikke,
// men jeg kommer og er vegetar", "Bo melder fra. Jeg er blevet vegetar"):
// the food is a change for one who still comes, which a withdrawal cannot
// carry. Staff make both.
func checkCancelWithDiet(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentCancel {
		return verdict{}
	}
	if hs := v.t.dietHits(); len(hs) > 0 {
		return review("the withdrawal also gives food (%q)", v.quote(hs[0].a, hs[0].b))
	}
	return verdict{}
}
