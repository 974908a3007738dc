package parser

import (
	"slices"
	"strings"
)

// A line of a list that names a person and gives no workshop yet ("Inge
// Vestergaard – har ikke bestemt sig endnu", "Maja Krogh – ?", or the bare
// name) still lists an attendee: her workshop is asked for, she is not
// left out.

// pendingLine is such a line, kept until the list around it is known.
type pendingLine struct {
	name string
	a, b int // what follows the name, to the line's end
	line int // the line's number
}

// choiceToCome reports whether rest, what follows a listed name, says only
// that her workshop is not chosen yet: nothing, a "?" or a dash, or words
// such as "har ikke bestemt sig endnu", "workshop følger senere",
// "undecided, she'll tell you later".
func choiceToCome(rest string) bool {
	rest = strings.Trim(rest, " \t:,-–?.")
	return rest == "" || pendingChoice.MatchString(rest) && !choiceDoubt.MatchString(rest)
}

var (
	pendingChoice = table(daPendingChoice, enPendingChoice)
	// choiceDoubt: a doubt about coming, not about the choice ("ved ikke
	// om hun kan komme", "maybe"), which staff settle
	choiceDoubt = table(daChoiceDoubt, enChoiceDoubt)
)

// keepPending adds the pending lines that stand in a list, right before or
// after a line read as a person's, as attendees with no workshop.
func (rd *reader) keepPending(pending []pendingLine, out []*person) []*person {
	if len(out) == 0 {
		return out
	}
	listed := map[int]bool{}
	for _, s := range rd.ps.lines {
		listed[rd.own.toks[rd.own.tokenAt(s.a)].line] = true
	}
	kept := false
	for again := true; again; {
		again = false
		for k, pl := range pending {
			if pl.name == "" || !listed[pl.line-1] && !listed[pl.line+1] {
				continue
			}
			p := rd.ps.add(pl.name)
			if containsPerson(out, p) {
				continue
			}
			rd.ps.lines = append(rd.ps.lines, span{pl.a, pl.b, p})
			out = append(out, p)
			listed[pl.line], pending[k].name, again, kept = true, "", true, true
		}
	}
	if kept {
		// in the order of the list
		slices.SortStableFunc(rd.ps.lines, func(x, y span) int { return x.a - y.a })
		at := func(p *person) int {
			return rd.ps.lines[slices.IndexFunc(rd.ps.lines, func(s span) bool { return s.p == p })].a
		}
		slices.SortStableFunc(out, func(x, y *person) int { return at(x) - at(y) })
	}
	return out
}
