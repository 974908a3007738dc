package parser

import (
	"slices"
	"sort"
	"strings"
)

// checkRefusedChoice: a workshop read as a choice stands in a clause that
// says no ("I can't do workshop 1", "workshop 1 passer ikke for mig"):
// maybe the one she turns down, not one she wants. A "no" that belongs to
// a priority's wording ("hvis ikke", "if that's not possible"), to food
// ("spiser ikke svinekød") or to another workshop ("ikke sundhed") is none.
func checkRefusedChoice(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t := v.t
	for k, s := range t.sents() {
		hits := t.within(refusal, s.a, s.b)
		if len(hits) == 0 {
			continue
		}
		refs := v.refsAt(k)
		for _, h := range hits {
			i := t.tokenAt(h[0])
			r, ok := nearestRef(i, refs)
			if !ok || !v.chosen[r.ws] {
				continue
			}
			c := v.clauseOf(r.a)
			if h[0] < c.a || h[1] > c.b || refusalOfOther(t, i, r, v.rd.cat.words) || t.has(gateLex.diet, h[1], min(h[1]+24, c.b)) {
				continue
			}
			if lineStartsOwnClause(t, r, h[0]) {
				continue
			}
			if i > 0 && ifWords[t.toks[i-1].s] ||
				slices.ContainsFunc(findMarkers(t, c.a, c.b), func(m marker) bool { return m.a <= h[0] && h[1] <= m.b }) {
				continue
			}
			return review("%q names workshop %d and says no: is it a choice?", v.quote(c.a, c.b), r.ws)
		}
	}
	return verdict{}
}

var refusal = table(daRefusal, enRefusal)

// refusalReach is how many words may stand between a "no" and the
// workshop it turns down.
const refusalReach = 5

// nearestRef returns the workshop of refs (in text order) nearest to the
// token i, when it is within refusalReach words and no other is as near.
func nearestRef(i int, refs []ref) (ref, bool) {
	gap := func(r ref) int {
		if i < r.i {
			return r.i - i - 1
		}
		return i - r.j
	}
	at := sort.Search(len(refs), func(k int) bool { return refs[k].i > i })
	var best ref
	bestGap, tie := refusalReach+1, false
	for _, k := range []int{at - 1, at} {
		if k < 0 || k >= len(refs) {
			continue
		}
		switch d := gap(refs[k]); {
		case d < bestGap:
			best, bestGap, tie = refs[k], d, false
		case d == bestGap:
			tie = true
		}
	}
	return best, bestGap <= refusalReach && !tie
}

// refusalOfOther reports a workshop word or a number within three words
// after the "no" at token i outside r ("workshop 4 - og altså ikke
// sundhed", "det skulle have været 1 og ikke 2"): it turns down that one,
// which the reader left out.
func refusalOfOther(t *text, i int, r ref, workshopWords map[string]bool) bool {
	for k := i + 1; k <= i+3 && k < len(t.toks) && (k < r.i || k >= r.j); k++ {
		if workshopWords[t.toks[k].s] || t.toks[k].num > 0 && t.toks[k].num < 10 {
			return true
		}
	}
	return false
}

// lineStartsOwnClause reports a "no" at a on a later line than the
// workshop r, on a line that opens with a subject of its own ("jeg har
// sukkersyge så ikke for meget kage" under "... og så det med job"): in
// mail without full stops the line break ended the workshop's sentence.
//
// So does a relation and its verb run on after the workshop, on its line
// or the next ("... workshop 2 og 4 min mand kan ikke"): the "no" is said
// of him, not of her workshop; and a statement run on after the "no",
// before the workshop ("min mand kommer ikke jeg vil gerne 2 og 4").
func lineStartsOwnClause(t *text, r ref, a int) bool {
	if r.b > a {
		for k := t.tokenAt(a) + 1; k < r.i; k++ {
			if runOnAt(t, k, len(t.fold), false) {
				return true
			}
		}
		return false
	}
	for k := r.j; k < len(t.toks) && t.toks[k].a < a; k++ {
		if owners[t.toks[k].s] && runOnAt(t, k, len(t.fold), false) {
			return true
		}
	}
	nl := strings.LastIndexByte(t.fold[r.b:a], '\n')
	if nl < 0 || strings.ContainsAny(t.fold[r.b:r.b+nl], ".!?;") {
		return false
	}
	k := t.tokenAt(r.b + nl + 1)
	return k < len(t.toks) && t.toks[k].a < a && clauseSubjects[t.toks[k].s]
}
