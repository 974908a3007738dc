package parser

// countedNamesLine reads a line that only names people when the mail counts
// them but names none of the others ("Vi er to.\nBirgitte Holm og Karim
// Nasser, kollega"): the name her From name agrees with is the sender's,
// the others are those the count spoke of. Only a line of exactly as many
// names as the count, one of them hers, is read so.
func (rd *reader) countedNamesLine() {
	ps := rd.ps
	if ps.headcount < 2 {
		return
	}
	var unnamed []*person
	for _, p := range ps.others {
		if p.name != "" {
			return // someone is named already: the other steps read her
		}
		unnamed = append(unnamed, p)
	}
	display := rd.fromDisplay()
	if display == "" {
		return
	}
	for _, ln := range lines(rd.own) {
		ns := joinedNames(rd.own, ln[0], ln[1])
		if ns == nil {
			continue
		}
		mine := displayIndex(display, ns)
		if len(ns) != ps.headcount || mine < 0 {
			return
		}
		ps.self.name = ps.self.fuller(ns[mine])
		for k, n := range ns {
			if k == mine {
				continue
			}
			if len(unnamed) > 0 {
				unnamed[0].name, unnamed = n, unnamed[1:]
			} else {
				ps.add(n)
			}
		}
		return
	}
}

// displayIndex returns the index of the one name the From display name
// agrees with, -1 when none or more than one does.
func displayIndex(display string, names []string) int {
	mine := -1
	for k, n := range names {
		if consistent(display, n) {
			if mine >= 0 {
				return -1
			}
			mine = k
		}
	}
	return mine
}
