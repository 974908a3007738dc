package parser

import "strings"

// personMark reports a number that heads a line of a numbered list of
// people ("1. Ida Holm, projektleder – workshop 2"): the number counts the
// people, and the name after it is an attendee's.
func (v *gateView) personMark(i int) bool {
	t := v.t
	tk := t.toks[i]
	if tk.num < 1 || i+1 >= len(t.toks) || tk.b >= len(t.fold) || (t.fold[tk.b] != ')' && t.fold[tk.b] != '.') {
		return false
	}
	start := strings.LastIndexByte(t.fold[:tk.a], '\n') + 1
	if strings.Trim(t.fold[start:tk.a], " \t-*•") != "" || !t.toks[i+1].cap || t.toks[i+1].line != tk.line {
		return false
	}
	name, _ := nameAt(t, i+1)
	if countNameWords(name) < 2 {
		return false
	}
	for _, a := range v.r.Attendees {
		if a.Name != "" && samePerson(a.Name, name) {
			return true
		}
	}
	return false
}
