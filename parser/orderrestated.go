package parser

import (
	"strings"

	"tilmeld"
)

// orderRestated are words that state the order of two choices in a way
// the reading does not place: "i omvendt rækkefølge", "eller rettere",
// "if I had to choose".
var orderRestated = table(daGateOrderRestated, enGateOrderRestated)

// checkOrderRestated: the mail states the order of the choices again after
// giving them ("2 og 3 i omvendt rækkefølge", "2 og 4. Eller rettere 4 og
// 2", "4 før 2", "I'd like 2 and 4. No wait, 4 and 2"), and the reading
// may keep the order first written. Staff look rather than guess.
func checkOrderRestated(v *gateView) verdict {
	if !v.changes() || !twoChoices(v.r.Attendees) {
		return verdict{}
	}
	if hit := v.first(orderRestated); hit != nil && !bothWays(v.r.Attendees) {
		return review("the mail states the order of the choices (%q), which the reading does not follow", v.quote(hit[0], hit[1]))
	}
	if hit := v.first(selfCorrection); hit != nil {
		if q := v.pairAfter(hit[0]); q != "" {
			return review("the sender corrects herself and names the workshops again (%q): the order is not sure", q)
		}
	}
	return v.orderBetween()
}

// twoChoices reports some attendee with a 1st and a 2nd choice: only then
// is there an order to get wrong.
func twoChoices(as []tilmeld.Attendee) bool {
	for _, a := range as {
		if a.First() != 0 && a.Second() != 0 {
			return true
		}
	}
	return false
}

// bothWays reports two attendees with the same two choices in opposite
// orders: the reading placed the reversal ("min mand det samme, bare
// omvendt").
func bothWays(as []tilmeld.Attendee) bool {
	for _, a := range as {
		for _, b := range as {
			if a.First() != 0 && a.Second() != 0 && a.First() == b.Second() && a.Second() == b.First() {
				return true
			}
		}
	}
	return false
}

// pairAfter returns a pair of workshop numbers written within a few words
// after offset from in the order that is not the reading's ("nej vent, 4
// og 2", "sorry, I meant 4 and 2"), as quoted; "" when none is.
func (v *gateView) pairAfter(from int) string {
	t := v.t
	k := t.tokenAt(from)
	for i := k; i+2 < len(t.toks) && i < k+12; i++ {
		a, b := t.toks[i].num, t.toks[i+2].num
		if a < 1 || b < 1 || a == b || !connectors[t.toks[i+1].s] || v.ev.Workshop(a) == nil || v.ev.Workshop(b) == nil {
			continue
		}
		if rankedAs(v.r.Attendees, a, 2) && rankedAs(v.r.Attendees, b, 1) {
			return v.quote(from, t.toks[i+2].b)
		}
	}
	return ""
}

// orderBetween: "4 før 2", "4 before 2", a number put before another by a
// word between them, the reading not in that order.
func (v *gateView) orderBetween() verdict {
	t := v.t
	if !strings.Contains(t.fold, " foer ") && !strings.Contains(t.fold, " before ") {
		return verdict{}
	}
	for i := 1; i+1 < len(t.toks); i++ {
		if !orderBefore[t.toks[i].s] || t.gap(i-1, i) != " " || t.gap(i, i+1) != " " {
			continue
		}
		a, b := t.toks[i-1].num, t.toks[i+1].num
		if a < 1 || b < 1 || a == b || v.ev.Workshop(a) == nil || v.ev.Workshop(b) == nil {
			continue
		}
		if !rankedAs(v.r.Attendees, a, 1) || !rankedAs(v.r.Attendees, b, 2) {
			return review("the mail puts %d before %d (%q), which the reading does not follow", a, b, v.quote(t.toks[i-1].a, t.toks[i+1].b))
		}
	}
	return verdict{}
}

var orderBefore = wordSet([]string{"foer", "before"})
