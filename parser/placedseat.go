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
	if name == "" {
		return 0
	}
	if !strings.Contains(quoted, "(nr.") && !strings.Contains(quoted, "(no.") {
		return toldSeat(quoted)
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

// toldSeat returns the workshop a placement addressed to the reader gives
// in a sentence ("Du har fået plads på workshop 2 – Sundhed & trivsel",
// "You have a seat in workshop 2"); 0 when none, or two disagree.
func toldSeat(quoted string) int {
	q := headOf(quoted, 1500)
	if !strings.Contains(q, "orkshop") || !containsAny(q, seatGivenWords) && !containsAny(q, seatCameWords) {
		return 0
	}
	seat := 0
	for _, m := range seatNumberInQuote.FindAllStringSubmatch(flatQuote(q), -1) {
		n := int(m[len(m)-1][0] - '0')
		if seat != 0 && seat != n {
			return 0
		}
		seat = n
	}
	return seat
}
