package parser

import "tilmeld"

// absentOther reports a cancel word at hit said of someone else, in a
// clause whose subject is "han"/"hun" or a relation ("min søn"), with no
// "jeg"/"vi" in it ("Min søn har allergi for nødder, men han kommer ikke
// med"): beside a new registration that names workshops, she tells who
// stays home, and withdraws no one. From is where the clause starts.
func absentOther(t *text, from, hit int) bool {
	other := false
	from = max(from, lastClauseJoin(t, from, hit)) // "Jeg kommer ..., men min søn kommer ikke"
	for i := t.tokenAt(from); i < len(t.toks) && t.toks[i].b <= hit; i++ {
		w := t.toks[i].s
		switch {
		case absentSelf[w]:
			return false
		case absentPronoun[w], relations[w] && i > 0 && owners[t.toks[i-1].s]:
			other = true
		}
	}
	return other
}

// newSignUp: the mail is a new registration, no reply and no word of an
// earlier one, so one who stays home was never registered.
func newSignUp(m *Mail, t *text) bool {
	return !isReply(m) && !alreadyRegistered(t)
}

var (
	absentPronoun = wordSet([]string{"han", "hun", "he", "she"})
	absentSelf    = wordSet([]string{"jeg", "vi", "mig", "os", "we", "us", "me"})
)

// othersStayHome: the sentence [a, b) of a new registration says someone else
// does not come ("Min søn ..., men han kommer ikke med"); the people it
// names are no attendees.
func (rd *reader) othersStayHome(a, b int) bool {
	hits := rd.own.within(lex.cancel, a, b)
	if len(hits) == 0 || rd.res.Intent != tilmeld.IntentRegister || !newSignUp(rd.m, rd.own) {
		return false
	}
	for _, hit := range hits {
		if absentOther(rd.own, a, hit[0]) {
			return true
		}
	}
	return false
}

// staysHome: the gate's reading of othersStayHome for sentence s.
func (v *gateView) staysHome(s sentence) bool {
	if !v.registers() || !newSignUp(v.m, v.t) {
		return false
	}
	for _, hit := range v.t.within(lex.cancel, s.a, s.b) {
		if absentOther(v.t, s.a, hit[0]) {
			return true
		}
	}
	return false
}

// lastClauseJoin returns where the last clause that opens with "men" or
// "but" before hit starts, from when there is none.
func lastClauseJoin(t *text, from, hit int) int {
	at := from
	for i := t.tokenAt(from); i < len(t.toks) && t.toks[i].b <= hit; i++ {
		if w := t.toks[i].s; w == "men" || w == "but" {
			at = t.toks[i].b
		}
	}
	return at
}

// saysOfSelf reports "jeg" or "I" in fold[a:b]: the words are the sender's
// of herself.
func saysOfSelf(t *text, a, b int) bool {
	for i := t.tokenAt(a); i < len(t.toks) && t.toks[i].b <= b; i++ {
		if w := t.toks[i].s; w == "jeg" || w == "i" && t.toks[i].cap {
			return true
		}
	}
	return false
}

// relationsAway returns the relations a new registration says stay home
// ("men min søn kommer ikke, han er hos sin far"): one spoken of coming
// earlier in the mail ("tage min søn med") is no one to ask for then.
func (v *gateView) relationsAway() map[string]bool {
	away := map[string]bool{}
	t := v.t
	for i := 1; i < len(t.toks); i++ {
		w := t.toks[i].s
		if relations[w] && gateOwners[t.toks[i-1].s] && v.staysHome(v.clauseOf(t.toks[i].a)) && v.saidAway(t.toks[i].a) {
			away[w] = true
		}
	}
	return away
}
