package parser

// checkBareKin: the sender joins a relative to herself without "my" ("Me
// and wife coming", "jeg og kone kommer"), as people write in a language
// not their own, yet she is the only attendee: the relative was lost.
func checkBareKin(v *gateView) verdict {
	if !v.changes() || len(v.r.Attendees) != 1 {
		return verdict{}
	}
	t := v.t
	for i := 0; i+2 < len(t.toks); i++ {
		if !v.selfWord(t.toks[i].s) || !andWords[t.toks[i+1].s] || !relations[t.toks[i+2].s] || t.gap(i, i+1) != " " || t.gap(i+1, i+2) != " " {
			continue
		}
		return review("%q brings a relative who is no attendee", v.quote(t.toks[i].a, t.toks[i+2].b))
	}
	return verdict{}
}
