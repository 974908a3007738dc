package parser

import (
	"slices"
	"strings"
)

// checkInterleavedOwnChoices: answers typed between the quoted lines of
// the bot's question for what was missing, which asks the sender for her
// own workshops and for the other person's name ("Workshop 2 og 4" under
// the one, "Per Holm" under the other), read as the workshops of the one
// named: the workshops answer the question put to her. Staff read it.
func checkInterleavedOwnChoices(v *gateView) verdict {
	self := v.sender()
	if self == "" || len(v.r.Attendees) == 0 || v.m.Quoted == "" {
		return verdict{}
	}
	chose := false
	for _, a := range v.r.Attendees {
		if a.Name == "" || sameFirstName(a.Name, self) {
			return verdict{}
		}
		chose = chose || a.First() != 0
	}
	top := threadTop(v.m.Quoted)
	if !chose || !slices.ContainsFunc(botNameless, func(s string) bool { return strings.Contains(top, s) }) || !answeredBetween(v.m.Body) {
		return verdict{}
	}
	return review("the workshops typed under the bot's question are the sender's, not those of the one named")
}

// answeredBetween reports a line of the sender's own typed between two
// quoted lines of the body.
func answeredBetween(body string) bool {
	quoted, typed := false, false
	for rest := body; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		switch l := strings.TrimSpace(line); {
		case strings.HasPrefix(l, ">"):
			if typed {
				return true
			}
			quoted = true
		case l != "" && quoted:
			typed = true
		}
	}
	return false
}
