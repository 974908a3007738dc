package parser

import (
	"strings"
)

// numberedNameLines reads people listed one to a numbered line under a
// line that ends in a colon ("Jeg vil tilmelde mig selv og to naboer:\n1)
// Khalid A. (mig)\n2) Mona H.\n3) Yusuf H."): "1)", "2)" are list marks,
// the names the people. The line marked "(mig)", or the one the sender's
// name agrees with, is hers; the others come with her. A list whose
// numbers do not run 1, 2, 3 ..., or whose count disagrees with a head
// count, is left to the other steps. It reports whether it read one.
func (rd *reader) numberedNameLines() bool {
	ps, t := rd.ps, rd.own
	if len(ps.others) > 0 {
		return false
	}
	ls := lines(t)
	for k, ln := range ls {
		if !strings.HasSuffix(strings.TrimSpace(t.fold[ln[0]:ln[1]]), ":") {
			continue
		}
		var names []string
		mine := -1
		for j := k + 1; j < len(ls); j++ {
			l := ls[j]
			f := t.fold[l[0]:l[1]]
			lead := listLeadEnd(f)
			num := strings.TrimSpace(f[:lead])
			if lead == 0 || num != string(rune('1'+len(names)))+")" && num != string(rune('1'+len(names)))+"." {
				break
			}
			i := t.tokenAt(l[0] + lead)
			if i >= len(t.toks) || t.toks[i].a != l[0]+lead {
				return false
			}
			name, n := nameAt(t, i)
			if name == "" || countNameWords(name) < 2 || t.toks[i+n-1].b > l[1] {
				return false
			}
			rest := strings.TrimSpace(t.fold[t.toks[i+n-1].b:l[1]])
			switch {
			case rest == "":
			case selfMarkedLine(rest):
				if mine >= 0 {
					return false
				}
				mine = len(names)
			default:
				return false
			}
			names = append(names, name)
		}
		if len(names) < 2 || ps.headcount > 0 && ps.headcount != len(names) {
			continue
		}
		if mine < 0 {
			for j, name := range names {
				if ps.self.name != "" && consistent(ps.self.name, name) {
					if mine >= 0 {
						return false
					}
					mine = j
				}
			}
		}
		if mine < 0 {
			return false
		}
		ps.self.name = fuller(ps.self.name, names[mine])
		for j, name := range names {
			if j != mine {
				ps.add(name)
			}
		}
		return true
	}
	return false
}

// selfMarkedLine: what follows a listed name is only a mark that she is
// the sender ("(mig)", "(me)").
func selfMarkedLine(rest string) bool {
	for _, m := range selfMarks {
		if rest == m {
			return true
		}
	}
	return false
}
