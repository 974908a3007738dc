package parser

// moveOtherVerb: a verb of moving that may have the one moved right after
// it ("Kan I flytte Karim til 3?", "Flyt venligst Karim til 3", "Could you
// move Karim to 3?").
var moveOtherVerb = table(daMoveOtherVerbs, enMoveOtherVerbs)

// moveOtherFillers may stand between the verb and the name ("flyt
// venligst Karim til 3").
var moveOtherFillers = wordSet(daMoveOtherFillers)

// checkMoveForOther: a registration read from a mail that asks to move
// someone named, not the sender, to a workshop: the workshop is that
// person's, and whose registration changes is for staff to see, not the
// sender's new choice.
func checkMoveForOther(v *gateView) verdict {
	if !v.registers() {
		return verdict{}
	}
	t := v.t
	for _, h := range t.all(moveOtherVerb) {
		k := t.tokenAt(h[1])
		for k < len(t.toks) && moveOtherFillers[t.toks[k].s] {
			k++
		}
		if k >= len(t.toks) || !t.toks[k].cap || t.toks[k].is(classSelfWord) || t.toks[k].line != t.toks[t.tokenAt(h[0])].line {
			continue
		}
		name, n := nameAt(t, k)
		if name == "" || k+n >= len(t.toks) || !movePreps[t.toks[k+n].s] {
			continue
		}
		if self := v.sender(); self != "" && consistent(self, name) {
			continue
		}
		return review("the mail asks to move %s (%q), not the sender", name, v.quote(h[0], t.toks[k+n].b))
	}
	return verdict{}
}
