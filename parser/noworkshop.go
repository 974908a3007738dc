package parser

import "slices"

// checkNoWorkshopWanted: a registration that lacks a workshop because the
// sender wants none ("kun til spisningen", "not the workshops"). Asking her
// to choose one would answer what she did not ask; staff decide what the
// meeting offers her.
func checkNoWorkshopWanted(v *gateView) verdict {
	if !slices.Contains(v.r.Missing, "workshop") {
		return verdict{}
	}
	if h := v.t.within(noWorkshopWanted, 0, len(v.t.fold)); len(h) > 0 {
		return review("the sender comes but wants no workshop: %q", v.quote(h[0][0], h[0][1]))
	}
	return verdict{}
}

var noWorkshopWanted = table(daNoWorkshop, enNoWorkshop)
