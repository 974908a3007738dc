package parser

import "strings"

// checkElidedPersonMissing: after "og", "and" or a comma, a first name
// and a workshop with the verb left out ("Jeg vil gerne på workshop 2, og
// Tom på workshop 3", "I'd like workshop 2 and Tom workshop 3") whose
// person is no attendee: the reading gave the workshop to someone else.
func checkElidedPersonMissing(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t := v.t
	for k := 0; k+2 < len(t.toks); k++ {
		if !andWords[t.toks[k].s] && strings.TrimSpace(t.gap(k, k+1)) != "," || !v.nameWordAt(k+1) {
			continue
		}
		s := v.sentenceOf(t.toks[k+1].a)
		if t.toks[k].a < s.a || v.isAttendee(t.toks[k+1].s) {
			continue
		}
		// only the name stands before the workshop: "og Tom Berg på 3",
		// not "and Tina will take workshop 4"
		end := elidedChoiceAt(t, k+1, s.b)
		for j := k + 2; j < end && end > 0; j++ {
			if !v.nameWordAt(j) {
				end = -1
			}
		}
		if end < 0 {
			continue
		}
		return review("%s takes a workshop in %q, but is no attendee", v.quote(t.toks[k+1].a, t.toks[k+1].b), v.quote(s.a, s.b))
	}
	return verdict{}
}

// checkKinGroupBrought: the sender brings a group she does not count or
// name ("Jeg tager børnene med", "I'm bringing my family"), and the
// reading has no one but her: how many come, and who, staff ask.
func checkKinGroupBrought(v *gateView) verdict {
	if !v.registers() || len(v.r.Attendees) > 1 {
		return verdict{}
	}
	if hit := v.first(kinGroupBrought); hit != nil {
		return review("the sender brings %q, who are not named or counted", v.quote(hit[0], hit[1]))
	}
	return verdict{}
}

var kinGroupBrought = table(daGateKinGroup, enGateKinGroup)
