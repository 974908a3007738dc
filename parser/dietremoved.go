package parser

// checkDietRemoved: a diet the mail takes away ("I kan fjerne vegetar",
// "please remove the vegetarian diet", "se bort fra at jeg er vegetar")
// or a food the sender eats after all ("jeg spiser alligevel kød"). The
// reading has no way to say "no longer", and it would read the tag as
// wanted: staff change it.
func checkDietRemoved(v *gateView) verdict {
	t := v.t
	hits := t.within(dietRemoved, 0, len(t.fold))
	if len(hits) == 0 {
		return verdict{}
	}
	for _, h := range hits {
		if removesDiet(t, h) || t.has(eatsAfterAll, h[0], h[1]) {
			s := v.sentenceOf(h[0])
			return review("the mail takes back a diet: %q", v.quote(s.a, s.b))
		}
	}
	return verdict{}
}

// removesDiet: a diet word stands right after the removal words of h
// ("fjerne vegetar", "remove the vegetarian diet"), not after a "not"
// ("glem ikke at jeg er vegetar").
func removesDiet(t *text, h []int) bool {
	if i := t.tokenAt(h[0]) + 1; i < len(t.toks) && dietNegators[t.toks[i].s] {
		return false
	}
	for _, d := range t.dietHits() {
		if d.a > h[0] && d.a <= h[1]+1 {
			return true
		}
	}
	return false
}

var (
	dietRemoved  = table(daDietRemoved, enDietRemoved)
	eatsAfterAll = table(daEatsAfterAll, enEatsAfterAll)
)
