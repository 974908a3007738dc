package parser

import (
	"regexp"
	"strings"
)

// nameAside reports that fold[a:end], after the last name of a line of
// names, is only a short aside about that person: her age or her role
// ("(14 år)", ", 16", "(age 17)", "(kollega)", ", vicevært"). It says no
// workshop and no food, and the line still only names people.
func nameAside(t *text, a, end int) bool {
	rest := strings.TrimSpace(t.fold[a:end])
	if rest == "" || len(rest) > 40 || len(readDiet(t, a, end)) > 0 {
		return false
	}
	if strings.HasPrefix(rest, "(") {
		return strings.HasSuffix(rest, ")") && strings.Count(rest, "(") == 1 &&
			(roleNote.MatchString(rest) && roleOnly(rest) || asideWords(rest[1:len(rest)-1]))
	}
	rest, ok := strings.CutPrefix(rest, ",")
	return ok && asideWords(strings.TrimSpace(strings.TrimSuffix(rest, ".")))
}

// asideWords reports an age or a single word for who someone is: a
// relation ("kollega", "søn") or a role ("pedel", "caretaker").
func asideWords(s string) bool {
	if asideAge.MatchString(s) {
		return true
	}
	return !strings.ContainsAny(s, " ,.;:()") && (relations[s] || asideRoles[s])
}

// asideAge is an age alone: "16", "14 år", "age 17", "17 years old".
var asideAge = regexp.MustCompile(`^(?:(?:age|alder) )?\d{1,2}(?: aar| years?)?(?: gammel| old)?$`)

// asideRoles are the roles written after a name: the titles of roleNote
// and the jobs of the people who come with a resident.
var asideRoles = wordSet(daRoleTitles, enRoleTitles, daAsideRoles, enAsideRoles)
