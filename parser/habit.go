package parser

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
