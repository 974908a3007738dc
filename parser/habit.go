package parser

import "slices"

// Sentences of a mail that tell what usually happens in the sender's work
// ("vi oplever tit at børnene ...", "sometimes the mothers come too"): the
// people in them are not coming to the meeting.

var (
	habitWords    = table(daGateHabit, enGateHabit)
	thisTimeWords = table(daGateThisTime, enGateThisTime)
)

// habitual: the sentence speaks of what happens often or usually, and
// nothing in it turns to this meeting.
func (v *gateView) habitual(s sentence) bool {
	return v.t.has(habitWords, s.a, s.b) && !v.t.has(thisTimeWords, s.a, s.b)
}

// relativeAway reports a cancel word said of a relative ("My husband can't
// make it", "min mand kan ikke komme") in a new registration of the
// sender's own, with its workshops: the relative was never registered, so
// it is a remark, and no one is withdrawn.
func (rd *reader) relativeAway(hit []int) bool {
	if rd.ownThread() || rd.answersReceipt() || alreadyRegistered(rd.own) || !rd.signsUp() || !rd.anyRefs() {
		return false
	}
	for _, n := range rd.own.all(gateLex.cancelFor) {
		if hit[0] < n[1] && n[0] < hit[1] {
			return true
		}
	}
	return false
}

// awayRelatives leaves out of a registration the relatives the mail says
// cannot come ("My husband can't make it, he's on late shifts") who are
// given no workshop or food and are not signed up.
func (rd *reader) awayRelatives(who []*person) []*person {
	return slices.DeleteFunc(who, func(p *person) bool {
		return p != rd.ps.self && p.rel != "" && len(p.refs) == 0 && len(p.diet) == 0 && rd.saysOf(gateLex.cancelFor, p) && !rd.signedUp(p)
	})
}

// relativeRemark reports a cancel word of a new registration said of a
// relative ("Min mand kan ikke komme, han har aftenvagt") in a sentence
// that names no workshop: a remark on who stays home, no withdrawal.
func (v *gateView) relativeRemark(hit []int) bool {
	if !v.registers() {
		return false
	}
	said := slices.ContainsFunc(v.t.all(gateLex.cancelFor), func(n []int) bool { return hit[0] < n[1] && n[0] < hit[1] })
	if !said {
		return false
	}
	for k, s := range v.t.sents() {
		if s.a <= hit[0] && hit[0] < s.b {
			return len(v.refsAt(k)) == 0
		}
	}
	return false
}

var weighsFor = table(daWeighsFor)

// selfTooSaid: a phrase that counts the sender in ("og mig", "for mig")
// that is not what matters to the one speaking ("vigtigst for mig").
func selfTooSaid(t *text) bool {
	weighs := t.all(weighsFor)
	for _, hit := range t.all(selfToo) {
		if !slices.ContainsFunc(weighs, func(n []int) bool { return n[0] <= hit[0] && hit[1] <= n[1] }) {
			return true
		}
	}
	return false
}

// daReasonOpen / enReasonOpen begin a clause that says why ("for hun har
// barnebørn der ...", "because her grandchildren ...").
var reasonOpen = table(daReasonOpen, enReasonOpen)

// afterReason reports a workshop word in a clause that gives a reason,
// after two workshops already named in the sentence ("helst tryghed, og som
// nummer to uddannelse, for hun har barnebørn der bor her og mangler
// job"): it says why, it is no third choice.
func afterReason(t *text, s sentence, refs []ref, k int) bool {
	if k < 2 {
		return false
	}
	for _, m := range t.within(reasonOpen, s.a, s.b) {
		if refs[1].b <= m[0] && m[1] <= refs[k].a {
			return true
		}
	}
	return false
}

// saidAway reports a relation word at offset a inside a phrase that says
// the relative cannot come ("my husband won't be able to attend"): she is
// no one more to count.
func (v *gateView) saidAway(a int) bool {
	return slices.ContainsFunc(v.t.all(gateLex.cancelFor), func(n []int) bool { return n[0] <= a && a < n[1] })
}
