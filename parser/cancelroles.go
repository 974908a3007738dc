package parser

import (
	"slices"
	"strings"
)

// rolesNamed folds the people a withdrawal speaks of by role alone ("både
// mig og min mand er blevet syge") into those it names elsewhere ("slette
// Pham Thi H. og Pham Van D."): when, the sender set aside, as many are
// named as roles were spoken of, the roles are those names and add no one.
// A name that can be the sender's ("Pham Thi H." for "Pham Thi Hoa") is
// hers.
func (rd *reader) rolesNamed(who []*person) []*person {
	self := rd.ps.self
	var roles, named []*person
	for _, p := range who {
		switch {
		case p == self:
		case p.name == "" && p.rel != "":
			roles = append(roles, p)
		case p.name != "":
			named = append(named, p)
		}
	}
	if len(roles) == 0 {
		return who
	}
	// "Slet venligst Jens Bro og Anne Bro": named after the verb, and not
	// read as withdrawn there
	for _, c := range rd.sents {
		if !rd.own.has(lex.cancel, c.a, c.b) && !rd.own.has(deletesNamed, c.a, c.b) {
			continue
		}
		for _, m := range rd.ps.mentions(rd.own, c.a, c.b, true) {
			if p := m.p; p != self && p.name != "" && !slices.Contains(named, p) {
				named = append(named, p)
			}
		}
	}
	if len(named) == 0 {
		return who
	}
	var selfNamed *person
	if containsPerson(who, self) && self.name != "" {
		for _, p := range named {
			if initialsAgree(self.name, p.name) {
				if selfNamed != nil {
					return who // two names that can be hers: the reader cannot tell
				}
				selfNamed = p
			}
		}
	}
	if len(named)-btoi(selfNamed != nil) != len(roles) {
		rd.review("the mail withdraws someone by a role and names others; they may be the same people")
		return who
	}
	if selfNamed != nil && countNameWords(self.name) == 1 {
		self.name = selfNamed.name // "Hoa" signs, "Pham Thi H." is her in full
	}
	out := slices.DeleteFunc(slices.Clone(who), func(p *person) bool {
		return p == selfNamed || slices.Contains(roles, p)
	})
	for _, p := range named {
		if p != selfNamed && !containsPerson(out, p) {
			out = append(out, p)
		}
	}
	return out
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// deletesNamed asks staff to strike people off by name ("slet venligst
// Jens Bro og Anne Bro", "please remove Tom Hart and Ann Hart").
var deletesNamed = table(daDeletesNamed, enDeletesNamed)

// initialsAgree reports whether two names can be one person's, an initial
// on either side standing for a word of the other ("Pham Thi H." and "Hoa
// Pham").
func initialsAgree(a, b string) bool {
	wa, wb := nameWords(foldString(a)), nameWords(foldString(b))
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return false
	}
	used := make([]bool, len(wb))
	for _, x := range wa {
		found := false
		for k, y := range wb {
			if !used[k] && (x == y || len(x) == 1 && strings.HasPrefix(y, x) || len(y) == 1 && strings.HasPrefix(x, y)) {
				used[k], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
