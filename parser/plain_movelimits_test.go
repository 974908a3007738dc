package parser

import (
	"testing"

	"tilmeld"
)

// "hvis muligt", "if possible" that opens or ends the sentence of a move
// asked in answer to the placement is a courtesy: the move is plain. A
// condition on room, or a courtesy with an alternative beside it, stays
// with staff.
func TestMoveIfPossible(t *testing.T) {
	moved := func(c blindCase, want string) checkedCase {
		return checkedCase{blindCase: expect(c, tilmeld.IntentUpdate, "complete", want), asks: "no"}
	}
	toStaff := func(c blindCase) checkedCase {
		return checkedCase{blindCase: never(c, "", "complete")}
	}
	anna := func(ws string) string { return "Anna Jensen:" + ws + "/-" }
	runChecked(t, []checkedCase{
		moved(placed(false, "Kan jeg flytte til 1, hvis muligt?"), anna("1")),
		moved(placed(false, "Kan jeg flytte til workshop 1 hvis muligt?"), anna("1")),
		moved(placed(false, "Hvis muligt, vil jeg gerne skifte til workshop 3."), anna("3")),
		moved(placed(false, "Jeg vil hellere på 1, hvis det er muligt."), anna("1")),
		moved(placed(false, "Kan jeg flytte til 1, hvis det kan lade sig gøre?"), anna("1")),
		moved(placed(false, "Om muligt vil jeg gerne skifte til workshop 3."), anna("3")),
		moved(placedEN(false, "Could I move to workshop 1 if possible?"), anna("1")),
		moved(placedEN(false, "If possible, I'd rather be in 3."), anna("3")),
		moved(placedEN(false, "Could I switch to workshop 1, if that's possible?"), anna("1")),

		// a condition, or an alternative beside the courtesy
		toStaff(placed(false, "Hvis der er plads på 1, ellers bliver jeg.")),
		toStaff(placed(false, "Kan jeg flytte til 1, hvis der er plads?")),
		toStaff(placed(false, "Kan jeg flytte til 1, hvis muligt? Ellers bliver jeg.")),
		toStaff(placed(false, "Kan jeg flytte til 1, hvis muligt, eller 3?")),
		toStaff(placed(false, "Kan jeg flytte til 1 hvis muligt for Bo?")),
		toStaff(placedEN(false, "Could I move to workshop 1 if possible, otherwise I stay?")),
		toStaff(placedEN(false, "Could I move to workshop 1 if my husband can come too?")),
	})
}

// "i stedet for N" in answer to the placement names the seat given up:
// when N is the seat the placement gives her, the move is as plain as "i
// stedet" alone; another workshop given up is for staff.
func TestMoveInsteadOfSeat(t *testing.T) {
	moved := func(c blindCase, want string) checkedCase {
		return checkedCase{blindCase: expect(c, tilmeld.IntentUpdate, "complete", want), asks: "no"}
	}
	toStaff := func(c blindCase) checkedCase {
		return checkedCase{blindCase: never(c, "", "complete")}
	}
	anna := func(ws string) string { return "Anna Jensen:" + ws + "/-" }
	runChecked(t, []checkedCase{
		// the placement gives Anna workshop 4
		moved(placed(false, "Jeg vil hellere på 1 i stedet for 4."), anna("1")),
		moved(placed(false, "Jeg vil hellere på 1 i stedet for 4"), anna("1")),
		moved(placed(false, "Kan jeg skifte til workshop 3 i stedet for 4?"), anna("3")),
		moved(placed(false, "Jeg vil hellere på 1 i stedet for beskæftigelse."), anna("1")),
		moved(placedEN(false, "I'd rather be in 1 instead of 4."), anna("1")),
		moved(placedEN(false, "Could I switch to workshop 3 instead of 4?"), anna("3")),

		// a workshop she does not hold
		toStaff(placed(false, "Jeg vil hellere på 1 i stedet for 2.")),
		toStaff(placed(false, "Kan jeg komme på workshop 3 i stedet for sundhed?")),
		toStaff(placedEN(false, "I'd rather be in 1 instead of 2.")),
		// the seat given up is another's: Bo holds 1, Anna 4
		toStaff(placed(true, "Bo vil hellere på 3 i stedet for 4.")),
		toStaff(placedEN(true, "Bo would rather be in 3 instead of 4.")),
		moved(placed(true, "Bo vil hellere på 3 i stedet for 1."), "Bo Jensen:3/-"),
	})
}
