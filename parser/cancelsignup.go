package parser

import "tilmeld"

var (
	gateSignUpVerb = wordSet(daGateSignUpVerb, enGateSignUpVerb)
	gateSignUpFill = wordSet(daGateSignUpFill, enGateSignUpFill)
	gateOwner      = wordSet(daGateOwner, enGateOwner)
	gateOwnedThing = wordSet(daGateOwnedThing, enGateOwnedThing)
)

// checkCancelSignsUp: a withdrawal that also signs someone up ("Afmeld mig,
// og tilmeld i stedet min mand Bo Holm", "Cancel me and sign up my husband
// instead") is a withdrawal and a registration at once; read as the
// withdrawal alone, the one signed up is lost. Staff make both.
func checkCancelSignsUp(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentCancel {
		return verdict{}
	}
	t, self := v.t, v.sender()
	for k := range t.toks {
		if !gateSignUpVerb[t.toks[k].s] {
			continue
		}
		j := k + 1
		for j < len(t.toks) && gateSignUpFill[t.toks[j].s] && t.gap(j-1, j) == " " {
			j++
		}
		if j >= len(t.toks) || t.gap(j-1, j) != " " {
			continue
		}
		if gateOwner[t.toks[j].s] && !(j+1 < len(t.toks) && gateOwnedThing[t.toks[j+1].s]) {
			return review("the withdrawal also signs someone up (%q)", v.quote(t.toks[k].a, t.toks[j].b))
		}
		if n, _ := nameAt(t, j); n != "" && !sameFirstName(self, n) {
			return review("the withdrawal also signs up %s", n)
		}
	}
	return verdict{}
}
