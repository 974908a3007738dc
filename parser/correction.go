package parser

import (
	"slices"
	"strings"

	"tilmeld"
)

// correctionOf: words that correct what a registration holds, not add to
// it ("En lille rettelse", "er ikke veganer, men vegetar", "Workshops er
// uændrede").
var correctionOf = table(daCorrection, enCorrection)

// correctsRegistered reports a person the mail corrects rather than adds:
// it speaks as a correction, and the quoted mail it answers, the
// registration, names her already. No workshop is then needed of her.
func (rd *reader) correctsRegistered(p *person) bool {
	if p.name == "" || rd.m.Quoted == "" || !rd.own.matches(correctionOf) {
		return false
	}
	first, _, _ := strings.Cut(foldString(p.name), " ")
	if len(first) < 2 {
		return false
	}
	q := newText(rd.m.Quoted)
	for _, tk := range q.toks {
		if tk.s == first && tk.cap {
			return true
		}
	}
	return false
}

// checkCorrectedStranger: a food word said not to hold ("er ikke veganer,
// men vegetar") gives no diet of its own only as a correction of someone
// the quoted registration names; for anyone else, whose registration it
// changes is for staff to find.
func checkCorrectedStranger(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentUpdate {
		return verdict{}
	}
	t := v.t
	hits := t.dietHits()
	if !slices.ContainsFunc(t.within(gateLex.diet, 0, len(t.fold)), func(w []int) bool { return !dietCovers(hits, w[0]) && oldDiet(t, w[0], oldDenied) }) {
		return verdict{}
	}
	rd := &reader{m: v.m, own: t}
	for _, a := range v.r.Attendees {
		if a.Name == "" || !samePerson(a.Name, v.sender()) && !rd.correctsRegistered(&person{name: a.Name}) {
			return review("the mail corrects the food of %s, whom the mail it answers does not name", nameOr(a.Name))
		}
	}
	return verdict{}
}
