package parser

import (
	"slices"

	"tilmeld"
)

// namedAreUs reads "Vi vil gerne tilmelde os begge to: Gül D. og Mehmet
// D." from a mailbox that names no one (a household, an association): when
// the number said agrees with the people named besides the unnamed
// writer, the names are the "os" and the writer is one of them, not one
// more. It reports whether it took the writer out.
func (rd *reader) namedAreUs(who []*person, intent tilmeld.Intent) ([]*person, bool) {
	ps := rd.ps
	n := ps.count()
	if intent != tilmeld.IntentRegister || n < 2 || len(who) != n+1 || ps.self.name != "" || !containsPerson(who, ps.self) {
		return who, false
	}
	for _, p := range who {
		if p != ps.self && (p.name == "" || countNameWords(p.name) < 2) {
			return who, false
		}
	}
	return slices.DeleteFunc(slices.Clone(who), func(p *person) bool { return p == ps.self }), true
}
