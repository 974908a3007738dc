package parser

import "slices"

// checkRefusedChoice: a workshop read as a choice stands in a clause that
// says no ("I can't do workshop 1", "workshop 1 passer ikke for mig"):
// maybe the one she turns down, not one she wants. A "no" that belongs to
// a priority's wording ("hvis ikke", "if that's not possible") is none.
func checkRefusedChoice(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t := v.t
	for k := range t.sents() {
		refs := v.refsAt(k)
		for _, r := range refs {
			if !v.chosen[r.ws] {
				continue
			}
			c := v.clauseOf(r.a)
			marks := findMarkers(t, c.a, c.b)
			for _, h := range t.within(refusal, c.a, c.b) {
				if slices.ContainsFunc(marks, func(m marker) bool { return m.a <= h[0] && h[1] <= m.b }) ||
					!refusalNear(t, h, r, refs, v.rd.cat.words) || t.has(gateLex.diet, h[1], min(h[1]+24, c.b)) {
					continue // a priority's "no", one far off, or one said of food ("spiser ikke svin")
				}
				return review("%q names workshop %d and says no: is it a choice?", v.quote(c.a, c.b), r.ws)
			}
		}
	}
	return verdict{}
}

var refusal = table(daRefusal, enRefusal)

// refusalNear reports the "no" at h within a few words of the workshop r
// ("can't do workshop 1", "workshop 1 passer ikke"), and nearer to it than
// to any other workshop named ("workshop 4 - og altså ikke sundhed" turns
// down the other one).
func refusalNear(t *text, h []int, r ref, refs []ref, workshopWords map[string]bool) bool {
	i := t.tokenAt(h[0])
	for k := i + 1; k <= i+3 && k < len(t.toks) && (k < r.i || k >= r.j); k++ {
		if workshopWords[t.toks[k].s] {
			return false // "ikke sundhed": it turns down a workshop not chosen
		}
	}
	gap := func(r ref) int {
		if i < r.i {
			return r.i - i - 1
		}
		return i - r.j
	}
	d := gap(r)
	if d > refusalReach {
		return false
	}
	for _, o := range refs {
		if o.i != r.i && gap(o) < d {
			return false
		}
	}
	return true
}

// refusalReach is how many words may stand between a "no" and the
// workshop it turns down.
const refusalReach = 5
