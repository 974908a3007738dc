package parser

import "testing"

// "hvis muligt", "if possible" that opens or ends the sentence of a move
// asked in answer to the placement is a courtesy: the move is plain. A
// condition on room, or a courtesy with an alternative beside it, stays
// with staff.
func TestMoveIfPossible(t *testing.T) {
	runChecked(t, []checkedCase{
		moveDone(placed(false, "Kan jeg flytte til 1, hvis muligt?"), annaOn("1")),
		moveDone(placed(false, "Kan jeg flytte til workshop 1 hvis muligt?"), annaOn("1")),
		moveDone(placed(false, "Hvis muligt, vil jeg gerne skifte til workshop 3."), annaOn("3")),
		moveDone(placed(false, "Jeg vil hellere på 1, hvis det er muligt."), annaOn("1")),
		moveDone(placed(false, "Kan jeg flytte til 1, hvis det kan lade sig gøre?"), annaOn("1")),
		moveDone(placed(false, "Om muligt vil jeg gerne skifte til workshop 3."), annaOn("3")),
		moveDone(placedEN(false, "Could I move to workshop 1 if possible?"), annaOn("1")),
		moveDone(placedEN(false, "If possible, I'd rather be in 3."), annaOn("3")),
		moveDone(placedEN(false, "Could I switch to workshop 1, if that's possible?"), annaOn("1")),

		// a condition, or an alternative beside the courtesy
		moveForStaff(placed(false, "Hvis der er plads på 1, ellers bliver jeg.")),
		moveForStaff(placed(false, "Kan jeg flytte til 1, hvis der er plads?")),
		moveForStaff(placed(false, "Kan jeg flytte til 1, hvis muligt? Ellers bliver jeg.")),
		moveForStaff(placed(false, "Kan jeg flytte til 1, hvis muligt, eller 3?")),
		moveForStaff(placed(false, "Kan jeg flytte til 1 hvis muligt for Bo?")),
		moveForStaff(placedEN(false, "Could I move to workshop 1 if possible, otherwise I stay?")),
		moveForStaff(placedEN(false, "Could I move to workshop 1 if my husband can come too?")),
	})
}

// "i stedet for N" in answer to the placement names the seat given up:
// when N is the seat the placement gives her, the move is as plain as "i
// stedet" alone; another workshop given up is for staff.
func TestMoveInsteadOfSeat(t *testing.T) {
	runChecked(t, []checkedCase{
		// the placement gives Anna workshop 4
		moveDone(placed(false, "Jeg vil hellere på 1 i stedet for 4."), annaOn("1")),
		moveDone(placed(false, "Jeg vil hellere på 1 i stedet for 4"), annaOn("1")),
		moveDone(placed(false, "Kan jeg skifte til workshop 3 i stedet for 4?"), annaOn("3")),
		moveDone(placed(false, "Jeg vil hellere på 1 i stedet for beskæftigelse."), annaOn("1")),
		moveDone(placedEN(false, "I'd rather be in 1 instead of 4."), annaOn("1")),
		moveDone(placedEN(false, "Could I switch to workshop 3 instead of 4?"), annaOn("3")),

		// a workshop she does not hold
		moveForStaff(placed(false, "Jeg vil hellere på 1 i stedet for 2.")),
		moveForStaff(placed(false, "Kan jeg komme på workshop 3 i stedet for sundhed?")),
		moveForStaff(placedEN(false, "I'd rather be in 1 instead of 2.")),
		// the seat given up is another's: Bo holds 1, Anna 4
		moveForStaff(placed(true, "Bo vil hellere på 3 i stedet for 4.")),
		moveForStaff(placedEN(true, "Bo would rather be in 3 instead of 4.")),
		moveDone(placed(true, "Bo vil hellere på 3 i stedet for 1."), "Bo Jensen:3/-"),
	})
}
