package parser

import (
	"slices"
	"strings"
)

// checkDietEchoOther: a food said and then echoed of another attendee by
// name in the same sentence ("Jeg er vegetar, det er Tom også", "vegetar
// ligesom Tom", "I'm vegan, so is Tom") is hers too; a reading that did not
// give it to her is for staff.
func checkDietEchoOther(v *gateView) verdict {
	if !v.changes() || len(v.r.Attendees) < 2 {
		return verdict{}
	}
	t := v.t
	f := t.fold
	if !strings.Contains(f, "ogsaa") && !strings.Contains(f, "ligesom") && !strings.Contains(f, "samme") &&
		!strings.Contains(f, "too") && !strings.Contains(f, "like") && !strings.Contains(f, "so ") {
		return verdict{}
	}
	for _, h := range t.dietHits() {
		s := v.sentenceOf(h.a)
		for i := t.tokenAt(h.b); i < len(t.toks) && t.toks[i].a < s.b; i++ {
			if !t.toks[i].cap || !echoedAt(t, i) {
				continue
			}
			for _, a := range v.r.Attendees {
				if sameFirstName(a.Name, t.toks[i].s) && !slices.Contains(a.Diet, h.tag) {
					return review("%q echoes a food of %s, and %s was not read with it", v.quote(s.a, s.b), a.Name, a.Name)
				}
			}
		}
	}
	return verdict{}
}

// echoedAt reports a name at token i said to share a food: "Tom også",
// "Tom too", "ligesom Tom", "like Tom", "so is Tom", "det samme gælder
// (for) Tom".
func echoedAt(t *text, i int) bool {
	if i+1 < len(t.toks) && echoAfter[t.toks[i+1].s] {
		return true
	}
	if i == 0 {
		return false
	}
	switch p := t.toks[i-1].s; {
	case echoBefore[p]:
		return true
	case (p == "is" || p == "does" || p == "has") && i >= 2 && t.toks[i-2].s == "so":
		return true
	case p == "for" || p == "gaelder" || p == "goes":
		for k := max(0, i-4); k < i-1; k++ {
			if t.toks[k].s == "samme" || t.toks[k].s == "same" {
				return true
			}
		}
	}
	return false
}

var (
	echoAfter  = wordSet(daEchoAfter, enEchoAfter)
	echoBefore = wordSet(daEchoBefore, enEchoBefore)
)
