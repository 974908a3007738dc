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
