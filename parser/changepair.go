package parser

import (
	"strings"

	"tilmeld"
)

var (
	gateChangeVerb = table(daGateChangeVerb, enGateChangeVerb)
	gateOldForNew  = wordSet(daGateOldForNew, enGateOldForNew)
	gateFrom       = wordSet(daGateFrom, enGateFrom)
	gateInto       = wordSet(daGateInto, enGateInto)
)

// checkOldForNew: "skifte workshop 4 ud med workshop 3", "change 4 to 1",
// "fra 4 til 1" name the workshop given up first and the new one second,
// the opposite of a 1st and 2nd choice. Only a reading that puts the new
// one where the receipt it answers had the old one, and keeps nothing
// else, stands; with no receipt, one that keeps no workshop given up. A
// new registration that moves along ("flytter fra 1 til 2") changes
// nothing on file and is not looked at.
func checkOldForNew(v *gateView) verdict {
	t := v.t
	if v.r.Intent != tilmeld.IntentUpdate {
		return verdict{}
	}
	from := strings.Contains(t.fold, "fra ") || strings.Contains(t.fold, "from ")
	if !from && len(t.all(gateChangeVerb)) == 0 {
		return verdict{}
	}
	for k, s := range t.sents() {
		verbs := t.within(gateChangeVerb, s.a, s.b)
		if len(verbs) == 0 && !(from && hasWord(t, s, gateFrom)) {
			continue
		}
		refs := v.refsAt(k)
		for _, nu := range refs {
			if nu.missing {
				continue
			}
			old, at, ref := oldBefore(t, refs, nu, s.a)
			if old == 0 || old == nu.ws || old > len(v.ev.Workshops) || intoBefore(t, at, s.a) {
				continue
			}
			// a workshop the reader read is given up after a verb of change
			// ("skift 4 ud med 3"); "fra 4 til 3" gives it up by itself
			if !(ref && len(verbs) > 0 && verbs[0][1] <= at) && !fromBefore(t, at, s.a) {
				continue
			}
			if !v.putInPlace(old, nu.ws) {
				return review("the mail gives up workshop %d for workshop %d (%q), and the reading does not put %d in its place",
					old, nu.ws, v.quote(at, nu.b), nu.ws)
			}
		}
	}
	return verdict{}
}

// oldBefore reads the workshop named right before ref nu with only the
// words that give one up for another between ("4 ud med workshop 3", "4
// til 3", "4 with workshop 1"): its number, its offset, and whether the
// reader read it as a workshop (else it is a bare number); 0 when none.
func oldBefore(t *text, refs []ref, nu ref, from int) (ws, at int, ref bool) {
	k, joins := t.tokenAt(nu.a)-1, 0
	for ; k >= 0 && t.toks[k].a >= from; k-- {
		w := t.toks[k].s
		if gateOldForNew[w] {
			joins++
		} else if !skipBeforeRef[w] {
			break
		}
	}
	if joins == 0 || joins > 2 || k < 0 || t.toks[k].a < from {
		return 0, 0, false
	}
	tok := t.toks[k]
	for _, r := range refs {
		if r.b == tok.b && !r.missing {
			return r.ws, r.a, true
		}
	}
	if len(tok.s) == 1 && tok.s[0] >= '1' && tok.s[0] <= '9' {
		return int(tok.s[0] - '0'), tok.a, false
	}
	return 0, 0, false
}

// hasWord reports whether a word of set stands in sentence s.
func hasWord(t *text, s sentence, set map[string]bool) bool {
	for k := t.tokenAt(s.a); k < len(t.toks) && t.toks[k].a < s.b; k++ {
		if set[t.toks[k].s] {
			return true
		}
	}
	return false
}

// intoBefore reports "til", "to" right before offset a (a "workshop"
// between): "skifte til 1 med 3 som andet valg" moves to the first.
func intoBefore(t *text, a, s int) bool {
	for k := t.tokenAt(a) - 1; k >= 0 && t.toks[k].a >= s; k-- {
		switch w := t.toks[k].s; {
		case gateInto[w]:
			return true
		case !skipBeforeRef[w]:
			return false
		}
	}
	return false
}

// fromBefore reports "fra", "from" right before offset a (a "workshop" or
// "nr." between), not before the sentence's start s.
func fromBefore(t *text, a, s int) bool {
	k := t.tokenAt(a) - 1
	for k >= 0 && t.toks[k].a >= s && skipBeforeRef[t.toks[k].s] {
		k--
	}
	return k >= 0 && t.toks[k].a >= s && gateFrom[t.toks[k].s]
}

// putInPlace reports whether the reading is one attendee's change that
// gives nu the priority old had in the receipt the mail answers. With no
// receipt to say where old stood, it reports whether no attendee keeps old.
func (v *gateView) putInPlace(old, nu int) bool {
	if len(v.r.Attendees) != 1 {
		return false
	}
	a := &v.r.Attendees[0]
	first, second := receiptChoices(v.m.Quoted, a.Name)
	switch {
	case old == first && old != 0:
		return a.First() == nu && a.Second() == 0
	case old == second && old != 0:
		return a.Second() == nu && a.First() == 0
	case first != 0 || second != 0:
		return false // given up a workshop the receipt does not hold
	}
	return a.First() != old && a.Second() != old
}
