package parser

import (
	"slices"

	"tilmeld"
)

// A diet is often said twice: the tag, then what it covers ("æggeallergi
// (også æg i kager)", "allergic to nuts (all kinds, peanuts too)") or a
// rule for the food ("Retterne må ikke indeholde mælk"). The second saying
// adds no tag and takes none back.

// allergyTags are the diets that name a food one must not have: naming
// that food again only restates them. A way of eating ("vegetar") is
// restated by its foods only when they are refused; "vegetar (spiser
// fisk)" narrows it.
var allergyTags = map[tilmeld.Diet]bool{
	tilmeld.EggAllergy: true, tilmeld.NutAllergy: true, tilmeld.FishAllergy: true,
	tilmeld.ShellfishAllergy: true, tilmeld.GlutenFree: true, tilmeld.LactoseFree: true,
	tilmeld.Diabetic: true,
}

// restatedFood reports a food word w after a "but" of sentence s that
// only spells out a diet read after the last such "but" and before w:
// "Workshop 3, men jeg har æggeallergi (også æg i kager)".
func restatedFood(t *text, s sentence, w []int, hits []dietHit) bool {
	from := s.a
	if buts := t.within(gateLex.but, s.a, w[0]); len(buts) > 0 {
		from = buts[len(buts)-1][1]
	}
	for _, h := range hits {
		if h.a >= from && h.b <= w[0] && restates(t, h, w) {
			return true
		}
	}
	return false
}

// restates reports whether the food word w, after the diet hit h, only
// says again what h says.
func restates(t *text, h dietHit, w []int) bool {
	if !dietFits(t.fold[w[0]:w[1]], []tilmeld.Diet{h.tag}) {
		return false
	}
	return allergyTags[h.tag] || refusedBetween(t, h.b, w[1])
}

// refusedBetween reports a word turning food down in fold[a:b].
func refusedBetween(t *text, a, b int) bool {
	for k := t.tokenAt(a); k < len(t.toks) && t.toks[k].a < b; k++ {
		if refusals[t.toks[k].s] {
			return true
		}
	}
	return false
}

// restatesDiet reports a sentence s, right after one that gave a diet,
// that refuses only foods of that diet and speaks of no other person:
// "Jeg har nøddeallergi. Der må ikke være spor af nødder i maden."
func (v *gateView) restatesDiet(s sentence) bool {
	t := v.t
	ss := t.sents()
	k := slices.Index(ss, s)
	if k < 1 || !refusedBetween(t, s.a, s.b) {
		return false
	}
	prev := ss[k-1]
	var before []dietHit
	for _, h := range t.dietHits() {
		if h.a >= prev.a && h.a < prev.b {
			before = append(before, h)
		}
	}
	if len(before) == 0 {
		return false
	}
	first := t.tokenAt(s.a)
	for i := first; i < len(t.toks) && t.toks[i].a < s.b; i++ {
		tk := t.toks[i]
		if thirdPerson[tk.s] || relations[tk.s] || tk.cap && (i > first || v.isAttendee(tk.s)) && !v.rd.cat.words[tk.s] {
			return false // "Min datter (Sara) må heller ikke få nødder": hers
		}
	}
	for _, w := range t.within(gateLex.diet, s.a, s.b) {
		if !slices.ContainsFunc(before, func(h dietHit) bool { return restates(t, dietHit{h.a, s.a, h.tag}, w) }) {
			return false
		}
	}
	return true
}

// dietForbids: foods a way of eating already rules out, by the tag a
// refused food would give. "Jeg er veganer – altså ingen æg" is vegan
// alone.
var dietForbids = map[tilmeld.Diet][]tilmeld.Diet{
	tilmeld.Vegan: {tilmeld.EggAllergy, tilmeld.LactoseFree},
}

// refusedForbidden reports a food refused at a ("ingen æg", "spiser ikke
// æg") that a diet read earlier in its sentence, on the line from,
// already rules out.
func (t *text) refusedForbidden(from, a int, tag tilmeld.Diet) bool {
	if !slices.ContainsFunc(t.diet, func(h dietHit) bool { return len(dietForbids[h.tag]) > 0 }) {
		return false
	}
	k := t.tokenAt(a)
	if k >= len(t.toks) || !refusals[t.toks[k].s] && (k == 0 || !refusals[t.toks[k-1].s]) {
		return false
	}
	start := max(from, sentenceStart(t.fold, a))
	for _, h := range t.diet {
		if h.a >= start && h.b <= a && slices.Contains(dietForbids[h.tag], tag) {
			return true
		}
	}
	return false
}
