package parser

import "strings"

// A title under the sender's full name at the end of her words ("Jonas
// Berg / Health visitor", "Konsulent, sundhed og trivsel / Albertslund
// Kommune") says what she works with, as a signature does; its words
// choose no workshop.

// dropTitleRefs forgets the workshops named in the short lines under a
// line that is the sender's full name, the last lines of her words.
func (rd *reader) dropTitleRefs() {
	t := rd.own
	all := rd.refsOf(t)
	k := len(all) - 1
	for k >= 0 && len(all[k]) == 0 {
		k--
	}
	if k < 0 || rd.forward {
		return
	}
	last := all[k][len(all[k])-1]
	ls := lines(t)
	if len(ls) < 2 || last.a < ls[max(0, len(ls)-3)][0] {
		return // a title is among the last three lines
	}
	name := rd.fromDisplay()
	if countNameWords(name) < 2 {
		return
	}
	name = foldString(name)
	at := -1 // the name's line
	for j := len(ls) - 2; j >= 0 && j >= len(ls)-3; j-- {
		if strings.TrimSpace(t.fold[ls[j][0]:ls[j][1]]) == name {
			at = j
			break
		}
	}
	if at < 0 || last.a < ls[at][1] {
		return
	}
	for _, ln := range ls[at+1:] {
		if !titleLine(t.fold[ln[0]:ln[1]]) {
			return
		}
	}
	for k := range all {
		all[k] = refsIn(all[k], 0, ls[at][1])
	}
}

// titleLine reports a line that can be a title or a workplace: a few
// words, no digit, no full stop, question or colon, no "workshop".
func titleLine(s string) bool {
	s = strings.TrimSpace(s)
	return len(strings.Fields(s)) <= 6 && !strings.ContainsAny(s, "0123456789.?!:") && !strings.Contains(s, "workshop")
}
