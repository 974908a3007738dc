package parser

// dietSubgroup: a part of those signed up, picked out by a count or a
// description ("begge mænd", "de to sidste", "the two of them").
var dietSubgroup = table(daDietSubgroup, enDietSubgroup)

// checkDietSubgroup: food said of some of three or more attendees, not
// by name: which of them it is, the reader cannot tell.
func checkDietSubgroup(v *gateView) verdict {
	if len(v.r.Attendees) < 3 {
		return verdict{}
	}
	t := v.t
	for _, hit := range t.all(dietSubgroup) {
		s := v.sentenceOf(hit[0])
		if len(readDiet(t, s.a, s.b)) > 0 {
			return review("%q gives food to some of the attendees, not by name", v.quote(s.a, s.b))
		}
	}
	return verdict{}
}
