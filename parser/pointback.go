package parser

import (
	"regexp"
	"slices"
	"strings"
)

// pointsBack reports a gap between a workshop and a priority word after it
// that ends in a pronoun standing for that workshop ("sundhed er vigtigt,
// så det er mit første valg", "jobs matter to me, so that is my first
// choice"): the rank is the workshop's just named, not the next one's.
func pointsBack(g string) bool {
	return pointBackEnd.MatchString(g)
}

var pointBackEnd = regexp.MustCompile(`(?:^|[\s,;])(?:` + strings.Join(slices.Concat(daPointBack, enPointBack), "|") +
	`)(?: (?:` + strings.Join(slices.Concat(daPointBackFillers, enPointBackFillers), "|") + `))? (?:` +
	strings.Join(slices.Concat(daRankOwnerWords, enRankOwnerWords), "|") + `)\s*$`)
