package parser

import (
	"slices"

	"tilmeld"
)

// moveWords ask to be moved or swapped ("move me to", "swap", "flytte").
var moveWords = table(daGateMove, enGateMove, enRather)

// checkMovedAway: a sentence names the workshop the sender is registered
// for ("I signed up for workshop 1.") and a later one asks to be moved to
// another ("Please swap me to workshop 3 instead."), yet the old workshop
// is still someone's choice: what was is read as what she wants.
func checkMovedAway(v *gateView) verdict {
	if !v.changes() || v.first(wasRegistered) == nil || v.first(moveWords) == nil {
		return verdict{}
	}
	t := v.t
	ss := t.sents()
	for k, s := range ss {
		for _, r := range v.refsAt(k) {
			// "I signed up last week for workshop 1"
			old := slices.ContainsFunc(t.within(wasRegistered, s.a, r.a), func(h []int) bool { return tokensBetween(t, h[1], r.a) <= 4 })
			if !old || !v.stillChosen(r.ws) {
				continue
			}
			for n := k + 1; n < len(ss) && n <= k+2; n++ {
				if t.has(moveWords, ss[n].a, ss[n].b) && slices.ContainsFunc(v.refsAt(n), func(o ref) bool { return o.ws != r.ws }) {
					return review("%q names the workshop of before, and %q asks for another", v.quote(s.a, s.b), v.quote(ss[n].a, ss[n].b))
				}
			}
		}
	}
	return verdict{}
}

// stillChosen reports whether some attendee has workshop ws as a choice.
func (v *gateView) stillChosen(ws int) bool {
	return slices.ContainsFunc(v.r.Attendees, func(a tilmeld.Attendee) bool { return a.First() == ws || a.Second() == ws })
}
