package parser

import "strings"

// listPriority reports a number that heads a line of a numbered list whose
// words name a workshop ("1) Beskæftigelse og opkvalificering", "2)
// Naboskab"): the number is that workshop's priority, and some attendee
// has it at that place among her choices.
func (v *gateView) listPriority(i int, refs []ref) bool {
	t := v.t
	tk := t.toks[i]
	if tk.num < 1 || tk.b >= len(t.fold) || (t.fold[tk.b] != ')' && t.fold[tk.b] != '.') {
		return false
	}
	start := strings.LastIndexByte(t.fold[:tk.a], '\n') + 1
	if strings.Trim(t.fold[start:tk.a], " \t-*•(") != "" && !markAfterColon(t.fold, tk) {
		return false
	}
	end := strings.IndexByte(t.fold[tk.b:], '\n')
	if end < 0 {
		end = len(t.fold)
	} else {
		end += tk.b
	}
	for _, r := range refs {
		if r.a <= tk.b || r.a >= end || r.kind != byName {
			continue
		}
		for _, a := range v.r.Attendees {
			if tk.num-1 < len(a.Choices) && a.Choices[tk.num-1] == r.ws {
				return true
			}
		}
	}
	return false
}
