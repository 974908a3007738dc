package parser

import (
	"slices"
	"strings"

	"tilmeld"
)

// usNamed is "tilmelde os:" before the names of those it means.
var usNamed = table(daUsNamed, enUsNamed)

// namedAreUs reads "Vi vil gerne tilmelde os begge to: Gül D. og Mehmet
// D." from a mailbox that names no one (a household, an association): when
// the number said agrees with the people named besides the unnamed
// writer, the names are the "os" and the writer is one of them, not one
// more; so too when "tilmelde os:" is followed by the names alone. It
// reports whether it took the writer out.
func (rd *reader) namedAreUs(who []*person, intent tilmeld.Intent) ([]*person, bool) {
	ps := rd.ps
	n := ps.count()
	if n == 0 && len(who) >= 3 && usNamesFollow(rd.own) {
		n = len(who) - 1 // "tilmelde os: A og B": as many as named
	}
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

// usNamesFollow reports "tilmelde os" right before a colon: the names
// after it are those the "os" means.
func usNamesFollow(t *text) bool {
	for _, h := range t.all(usNamed) {
		if strings.HasPrefix(strings.TrimLeft(t.fold[h[1]:], " "), ":") {
			return true
		}
	}
	return false
}
