package parser

import "strings"

// nameFieldLabels open a form's line that names who comes ("Navn: ...").
var nameFieldLabels = wordSet([]string{"navn", "navne", "fulde navn", "deltager", "deltagere", "name", "names", "full name",
	"participant", "participants", "attendee", "attendees"})

// checkNameFieldPair: a "Navn:" field that gives two people ("Navn: Ida
// Holm og Per Holm", "Names: Ida Holm, Per Holm"), the second of whom is no
// attendee: the reading took the field for the sender's name alone, and
// lost the other.
func checkNameFieldPair(v *gateView) verdict {
	t := v.t
	if !v.changes() {
		return verdict{}
	}
	for _, ln := range lines(t) {
		line := t.fold[ln[0]:ln[1]]
		// a label is short: a line whose colon comes late is passed over
		label, _, ok := strings.Cut(line[:min(len(line), 24)], ":")
		if !ok || !nameFieldLabels[strings.Trim(label, " \t-*")] {
			continue
		}
		if k := v.secondInField(ln[0]+len(label)+1, ln[1]); k >= 0 {
			return review("the name field %q gives two people, and %s is no attendee", strings.TrimSpace(t.span(ln[0], ln[1])), v.quote(t.toks[k].a, t.toks[k].b))
		}
	}
	return verdict{}
}

// secondInField returns the token of a second person's name in a field's
// value fold[a:b] ("Ida Holm og Per Holm") who is no attendee, -1 when
// there is none.
func (v *gateView) secondInField(a, b int) int {
	t := v.t
	i := t.tokenAt(a)
	if i >= len(t.toks) || t.toks[i].a >= b {
		return -1
	}
	_, k := nameAt(t, i)
	j := i + k
	if k == 0 || j >= len(t.toks) || t.toks[j].a >= b {
		return -1
	}
	switch g := strings.TrimSpace(t.gap(j-1, j)); {
	case t.toks[j].s == "og" || t.toks[j].s == "and":
		j++
	case g != "," && g != "&" && g != "+" && g != "/":
		return -1
	}
	if j >= len(t.toks) || t.toks[j].a >= b || !v.nameWordAt(j) || v.isAttendee(t.toks[j].s) {
		return -1
	}
	// "Ida Holm, Hyldespjældet 12": an address, not a person
	if _, n := nameAt(t, j); n == 0 || j+n < len(t.toks) && t.toks[j+n].a < b && t.toks[j+n].num >= 0 {
		return -1
	}
	return j
}
