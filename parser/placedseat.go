package parser

import (
	"regexp"
	"strings"
)

// placementSeatNr is the workshop number of a placement line's seat
// ("Beskæftigelse & opkvalificering (nr. 4)").
var placementSeatNr = regexp.MustCompile(`\((?:nr|no)\.?\s*([1-9])\)$`)

// placedSeat returns the workshop the bot's placement in quoted gives
// name, 0 when it gives none (or name is not on it).
func placedSeat(quoted, name string) int {
	if name == "" || !strings.Contains(quoted, "(nr.") && !strings.Contains(quoted, "(no.") {
		return 0
	}
	for _, line := range strings.Split(quoted, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "> "))
		who, seat, ok := strings.Cut(line, ": ")
		if !ok || !receiptPerson.MatchString(who) || !consistent(name, who) {
			continue
		}
		if m := placementSeatNr.FindStringSubmatch(seat); m != nil {
			return int(m[1][0] - '0')
		}
	}
	return 0
}
