package parser

import (
	"slices"
	"strings"
)

// roomCourtesies: "hvis der stadig er plads", "if you still have places".
var roomCourtesies = table(daRoomCourtesy, enRoomCourtesy)

// roomCourtesy reports a condition hit of a registration that only hopes
// for room ("Jeg ved godt fristen er overskredet, men hvis der stadig er
// plads vil jeg gerne på 3 og 1"), with no alternative after it ("...,
// ellers 3", "Hvis ikke, ..."): the registration stands as written, and a
// full workshop is the allocation's to settle.
func roomCourtesy(v *gateView, hit []int) bool {
	if !v.registers() {
		return false
	}
	t := v.t
	if !slices.ContainsFunc(t.all(roomCourtesies), func(h []int) bool { return h[0] == hit[0] }) {
		return false
	}
	// room in one workshop ("hvis der er plads på workshop 1") leaves open
	// what she wants when there is none
	if k := t.tokenAt(hit[1]); k < len(t.toks) && roomIn[t.toks[k].s] && !strings.ContainsAny(t.fold[hit[1]:t.toks[k].a], ",;.:!?\n") {
		return false
	}
	return len(t.within(gateLex.orElse, hit[1], len(t.fold))) == 0
}

var roomIn = wordSet([]string{"paa", "i", "til", "in", "on", "at"})
