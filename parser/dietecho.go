package parser

import "slices"

// dietEcho: the sender says of herself the food just said of another
// ("Hun spiser halal, det gør jeg også", "Tom is vegan, so am I").
var dietEcho = table(daDietEcho, enDietEcho)

// checkDietEcho: a food said of another and echoed by the sender within
// the same or the next sentence is hers too; a reading that did not give
// it to her is for staff.
func checkDietEcho(v *gateView) verdict {
	if !v.changes() || len(v.r.Attendees) == 0 {
		return verdict{}
	}
	t := v.t
	echoes := t.all(dietEcho)
	if len(echoes) == 0 {
		return verdict{}
	}
	hits := t.dietHits()
	self := v.r.Attendees[0] // the sender's own entry stands first when she comes
	for _, e := range echoes {
		s := v.sentenceOf(e[0])
		from := s.a
		if p := v.sentenceOf(max(s.a-1, 0)); p.b <= s.a {
			from = p.a // the sentence before it
		}
		for _, h := range hits {
			if h.a >= from && h.b <= e[0] && !slices.Contains(self.Diet, h.tag) {
				return review("%q echoes a food said of someone else, and %s was not read with it", v.quote(e[0], e[1]), self.Name)
			}
		}
	}
	return verdict{}
}
