package parser

import "tilmeld"

var dietContrast = table(daDietContrast, enDietContrast)

// checkDietContrast: a change that sets a diet against a person ("Det er
// Bo der er vegetar, ikke mig", "Bo isn't vegetarian, only I am") also
// takes a diet from someone, which an update cannot say: staff change it.
func checkDietContrast(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentUpdate {
		return verdict{}
	}
	t := v.t
	for _, s := range t.sents() {
		if !v.dietIn(s) {
			continue
		}
		if h := t.within(dietContrast, s.a, s.b); len(h) > 0 {
			return review("the change sets a diet against someone (%q): whose diet goes?", v.quote(s.a, s.b))
		}
	}
	return verdict{}
}
