package parser

import (
	"regexp"
	"strings"
)

// placementNames lists the people the bot's placement in quoted names:
// each line "Name: workshop (nr. 4)" or "Name: venteliste", its quote
// marks taken off.
func placementNames(quoted string) []string {
	if !strings.Contains(quoted, "(nr.") && !strings.Contains(quoted, "(no.") && !strings.Contains(quoted, "venteliste") && !strings.Contains(quoted, "waiting list") {
		return nil
	}
	var out []string
	for _, line := range strings.Split(quoted, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "> "))
		name, seat, ok := strings.Cut(line, ": ")
		if ok && receiptPerson.MatchString(name) && placementSeat.MatchString(seat) {
			out = append(out, name)
		}
	}
	return out
}

// placementSeat is the seat a placement line gives: a workshop and its
// number, or the waiting list.
var placementSeat = regexp.MustCompile(`(?i)^(?:.*\((?:nr|no)\.?\s*\d+\)|venteliste|waiting list)$`)

// threadNames lists the people the bot's receipt or placement in quoted
// names.
func threadNames(quoted string) []string {
	if names := receiptNames(quoted); names != nil {
		return names
	}
	return placementNames(quoted)
}
