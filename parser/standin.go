package parser

var (
	standInMore   = table(daStandIn, enStandIn)
	standInIf     = table(daStandInIf, enStandInIf)
	standInIfHead = table(daStandInIfFirst, enStandInIfFirst)
	standInRoles  = wordSet(daStandInRoles, enStandInRoles)
)

// standsInIf reports a new registration that names someone to come in the
// sender's place should she be kept away ("Bliver jeg syg, kommer min
// kollega Rikke Due i stedet", "should I be unable to attend, my deputy
// will come instead"). The mail signs up anew, so it is no change to an
// earlier registration; the substitution hangs on a condition, which staff
// settle.
func (rd *reader) standsInIf() bool {
	t := rd.own
	if rd.forward || !t.matches(lex.substitute) && !t.matches(standInMore) || !t.matches(standInIf) && !t.matches(standInIfHead) {
		return false
	}
	if !rd.signsUp() || alreadyRegistered(t) || rd.ownThread() {
		return false
	}
	for _, s := range t.sents() {
		if rd.standInAt(s) {
			return true
		}
	}
	return false
}

// standInAt reports a stand-in named in sentence s after a condition on the
// sender's coming.
func (rd *reader) standInAt(s sentence) bool {
	t := rd.own
	var at []int
	if h := t.within(lex.substitute, s.a, s.b); len(h) > 0 {
		at = h[0]
	}
	for _, h := range t.within(standInMore, s.a, s.b) {
		if at == nil && namesPerson(t, h[0], h[1]) {
			at = h
		}
	}
	if at == nil {
		return false
	}
	if c := t.within(standInIf, s.a, at[0]); len(c) > 0 {
		return true
	}
	c := t.within(standInIfHead, s.a, at[0])
	k := t.tokenAt(s.a)
	return len(c) > 0 && k < len(t.toks) && c[0][0] == t.toks[k].a
}

// namesPerson reports a name (a capital past the first word) or a word of
// kin or colleague inside fold[a:b] ("kommer min kollega i stedet").
func namesPerson(t *text, a, b int) bool {
	for k := t.tokenAt(a) + 1; k < len(t.toks) && t.toks[k].a < b; k++ {
		if t.toks[k].cap || relations[t.toks[k].s] || standInRoles[t.toks[k].s] {
			return true
		}
	}
	return false
}
