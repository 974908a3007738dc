package parser

// givenSeat: the sender tells which workshop she was given ("jeg har fået
// workshop 1", "I got workshop 1"), as she does in answer to the
// placement: the seat she has, not a wish.
var (
	givenSeat = table(daGivenSeat, enGivenSeat)
	seatNoun  = wordSet(daSeatNoun, enSeatNoun)
)

// checkGivenSeat: a workshop read as a choice stands right after the words
// that say it was given to her; whether she keeps it or wants another in
// its place is for staff to read.
func checkGivenSeat(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t := v.t
	hits := t.all(givenSeat)
	if len(hits) == 0 {
		return verdict{}
	}
	for _, refs := range v.refs() {
		for _, r := range refs {
			if !v.chosen[r.ws] {
				continue
			}
			for _, h := range hits {
				// only "workshop 1", "nr. 1" is the seat: a bare number may
				// count something else ("fik 2 billetter"), and a word of a
				// workshop speak of life ("har fået et job")
				if seatGiven(t, [][]int{h}, r) {
					return review("the mail says workshop %d was given to the sender (%q), and the reading takes it as a choice", r.ws, v.quote(h[0], r.b))
				}
			}
		}
	}
	return verdict{}
}
