package parser

// forMeAnd give the workshops before them to the sender and others at
// once ("workshop 2 and 3 for me and my husband Tom", "til mig og min mand").
var forMeAnd = table(daForMeAnd, enForMeAnd)

// checkForMeAnd: someone lacks a workshop, yet the mail gives workshops
// "for me and" another: the reading gave them to one of the two, and the
// bot would ask the other for what she already said.
func checkForMeAnd(v *gateView) verdict {
	if !v.changes() || v.first(forMeAnd) == nil {
		return verdict{}
	}
	for _, a := range v.r.Attendees {
		if a.First() == 0 {
			return review("someone lacks a workshop, but the mail says %q", v.quote(v.first(forMeAnd)[0], v.first(forMeAnd)[1]))
		}
	}
	return verdict{}
}
