package parser

import (
	"regexp"
	"strings"
)

// wrappedGap reports the gap of a hard-wrapped line inside one sentence
// ("han ønsker workshop\n3 og 2"): spaces around a single line break. The
// sentence splitter has already told a wrap from a line that starts anew.
func wrappedGap(g string) bool {
	return strings.Count(g, "\n") == 1 && strings.Trim(g, " \t\n") == ""
}

// wrappedWish reports a short line that ends in "workshop" or a wish ("Hun
// ønsker", "vil gerne workshop") and a next line that opens with bare
// workshop numbers ("2 og 1.", "4, ellers 3"): a sentence broken before
// its choices, which runs on however short the line. "Jeg tager\n2 børn
// med" is a count, and starts anew as before.
func wrappedWish(prev, next string) bool {
	if len(next) < 2 || next[0] < '1' || next[0] > '9' {
		return false
	}
	w := prev[strings.LastIndexAny(prev, " \t\n")+1:]
	return (workshopWords[w] || wishNumbers[w]) && wrappedChoices.MatchString(headOf(next, 24))
}

// wrappedChoices opens a line with one workshop number that ends its
// phrase, or two joined as a 1st and a 2nd.
var wrappedChoices = regexp.MustCompile(`^[1-9](?:[.,!]|\s*$|\n| *(?:og|and|eller|or|&|\+|/) *[1-9](?:\D|$))`)
