package parser

import (
	"slices"
	"strings"
)

// namesLabelLine reads a labelled line of names ("Navne: Nguyen Thi Lan og
// Tran Van Minh") under a mail that speaks of the sender and relations
// without their names ("Jeg og min mand ..."): with as many names as
// people, the one her From name agrees with is hers, the others name the
// relations in the order spoken of. Anything less sure is left alone.
func (rd *reader) namesLabelLine() {
	ps := rd.ps
	unnamed, display := rd.unnamedRelations()
	if unnamed == nil {
		return
	}
	for _, line := range strings.Split(rd.m.Own, "\n") {
		label, rest, ok := strings.Cut(line, ":")
		if !ok || !namesLabels[foldString(strings.TrimSpace(strings.Trim(label, "-*• ")))] {
			continue
		}
		names := knownNames(ps.avoid, newText(rest))
		if len(names) != len(unnamed)+1 {
			return
		}
		mine := displayIndex(display, names)
		if mine < 0 {
			return
		}
		for _, n := range names {
			if n != names[mine] && ps.find(n) != nil && ps.find(n) != ps.self {
				return // already someone else
			}
		}
		ps.self.name = names[mine]
		others := slices.Delete(slices.Clone(names), mine, mine+1)
		for k, p := range unnamed {
			p.name, p.labelNamed = others[k], true
		}
		return
	}
}

// namesLabels open a line that lists the people of a registration.
var namesLabels = wordSet(daNamesLabels, enNamesLabels)
