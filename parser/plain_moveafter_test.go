package parser

import (
	"testing"

	"tilmeld"
)

// moveDone expects a move the bot carries out alone: an update, complete,
// reading want, asking nothing.
func moveDone(c blindCase, want string) checkedCase {
	return checkedCase{blindCase: expect(c, tilmeld.IntentUpdate, "complete", want), asks: "no"}
}

// moveForStaff expects a move that is not plain: never complete.
func moveForStaff(c blindCase) checkedCase {
	return checkedCase{blindCase: never(c, "", "complete")}
}

// annaOn is the reading of Anna, whom the test placement gives workshop 4,
// moved to ws.
func annaOn(ws string) string { return "Anna Jensen:" + ws + "/-" }

// A plain request to be moved, in answer to the placement ("Kan jeg
// flytte til workshop 1?", "I'd rather be in 3"), is a change the bot
// carries out alone: it gives the new first choice when the room has a
// free seat, and otherwise keeps the seat and says so. Complaints and
// why-questions, moves on a condition, for someone the placement does not
// hold, to a workshop that does not exist, or that are not clear, stay
// with staff.
func TestPlainMoveAfterPlacement(t *testing.T) {
	// the placement gives Anna workshop 4 (her 2nd choice), Bo workshop 1
	runChecked(t, []checkedCase{
		moveDone(placed(false, "Kan jeg flytte til workshop 1?"), annaOn("1")),
		moveDone(placed(false, "Hej\nKan jeg flytte til workshop 3?"), annaOn("3")),
		moveDone(placed(false, "Jeg vil hellere på 3 i stedet."), annaOn("3")),
		moveDone(placed(false, "Må jeg skifte til 1?"), annaOn("1")),
		moveDone(placed(false, "Må jeg skifte til 3?"), annaOn("3")),
		moveDone(placed(false, "Er det muligt at komme på sundhed i stedet?"), annaOn("2")),
		moveDone(placed(false, "Er det muligt at skifte til workshop 3?"), annaOn("3")),
		moveDone(placed(false, "Kan jeg blive flyttet til workshop 3?"), annaOn("3")),
		moveDone(placed(false, "Kan I flytte mig til workshop 2?"), annaOn("2")),
		moveDone(placed(false, "Jeg vil gerne flyttes til naboskab."), annaOn("1")),
		moveDone(placed(false, "Jeg vil hellere være på uddannelse."), annaOn("3")),
		moveDone(placed(false, "Jeg vil gerne skifte til workshop 1 i stedet, tak."), annaOn("1")),
		moveDone(placed(false, "Kan jeg komme på workshop 2 i stedet?"), annaOn("2")),
		moveDone(placed(false, "Tak for pladsen. Kan jeg bytte til workshop 1?"), annaOn("1")),
		moveDone(placed(false, "Kan jeg bytte til workshop 3?"), annaOn("3")),
		moveDone(placed(false, "hej kan jeg skifte til 2"), annaOn("2")),
		moveDone(placed(false, "Jeg vil helst på workshop 1 i stedet."), annaOn("1")),
		moveDone(placed(false, "Vil I flytte mig over på workshop 3?"), annaOn("3")),
		moveDone(placedIPhone("Kan jeg komme over på sundhed?"), annaOn("2")),
		moveDone(placedEN(false, "Could I move to workshop 1 instead?"), annaOn("1")),
		moveDone(placedEN(false, "I'd rather be in 3."), annaOn("3")),
		moveDone(placedEN(false, "Can I switch to workshop 2?"), annaOn("2")),
		moveDone(placedEN(false, "Could you move me to workshop 3, please?"), annaOn("3")),
		moveDone(placedEN(false, "Is it possible to change to health instead?"), annaOn("2")),
		moveDone(placedEN(false, "I would prefer workshop 1 instead."), annaOn("1")),
		moveDone(placedEN(false, "Could I change to workshop 1 instead?"), annaOn("1")),
		moveDone(placedEN(false, "Thank you. Could I switch to workshop 3?"), annaOn("3")),
		moveDone(placedEN(false, "I'd rather go to the education workshop."), annaOn("3")),
		// one the placement names, moved on her own
		moveDone(placed(true, "Bo vil hellere på workshop 3."), "Bo Jensen:3/-"),
		moveDone(placed(true, "Bo vil gerne flytte til workshop 3."), "Bo Jensen:3/-"),
		moveDone(placedEN(true, "Bo would rather be in workshop 3."), "Bo Jensen:3/-"),
		// a closing word before the request ("Thank you.") signs nothing
		moveDone(placedEN(false, "Thank you. Could I move to 2?"), annaOn("2")),
		moveDone(placed(false, "Tak for pladsen. Må jeg skifte til 3?"), annaOn("3")),

		// complaints and why-questions: staff explain
		moveForStaff(placed(false, "Jeg havde valgt workshop 2.")),
		moveForStaff(placed(false, "Hvorfor fik jeg ikke min 1. prioritet?")),
		moveForStaff(placed(false, "Hvorfor fik jeg ikke workshop 2? Kan jeg flytte dertil?")),
		moveForStaff(placed(false, "Det må være en fejl, jeg ville på workshop 2.")),
		moveForStaff(placed(false, "Det må være en fejl. Kan jeg flytte til workshop 2?")),
		moveForStaff(placed(false, "Jeg troede jeg havde valgt sundhed. Kan jeg skifte?")),
		moveForStaff(placedEN(false, "Why didn't I get workshop 2? Could I move?")),
		moveForStaff(placedEN(false, "There must be a mistake, I chose workshop 2.")),
		moveForStaff(placedEN(false, "I think this is wrong. Can I switch to workshop 2?")),
		// on a condition
		moveForStaff(placed(false, "Hvis der er plads på 2, vil jeg gerne flytte, ellers bliver jeg.")),
		moveForStaff(placed(false, "Kan jeg flytte til workshop 2, hvis der er plads?")),
		moveForStaff(placed(false, "Jeg vil gerne skifte til workshop 1, hvis der er plads, ellers beholder jeg 4.")),
		moveForStaff(placedEN(false, "Could I move to workshop 2 if there is room? Otherwise I'll stay.")),
		// someone the placement does not hold
		moveForStaff(placed(false, "Kan min kollega Per Holm flytte til workshop 1?")),
		moveForStaff(placed(false, "Min nabo vil hellere på workshop 1 i stedet.")),
		moveForStaff(placedEN(false, "Could my colleague Per Holm switch to workshop 1?")),
		// a workshop that does not exist
		moveForStaff(placed(false, "Kan jeg flytte til workshop 6?")),
		moveForStaff(placedEN(false, "Could I move to workshop 7 instead?")),
		// no workshop, or not clear which
		moveForStaff(placed(false, "Kan jeg flytte?")),
		moveForStaff(placed(false, "Kan jeg flytte til en anden workshop?")),
		moveForStaff(placed(false, "Jeg ved ikke, om jeg skal skifte til workshop 2.")),
		moveForStaff(placed(false, "Jeg kan kun komme til workshop 1, ikke 4.")),
		moveForStaff(placedEN(false, "Can I move to another workshop?")),
		// a move beside a question only staff can answer
		moveForStaff(placed(false, "Kan jeg flytte til workshop 2? Og må jeg tage min datter med?")),
	})
}

// placedIPhone is a case answering the Danish placement for Anna, quoted as the
// iPhone's Mail does.
func placedIPhone(body string) blindCase {
	return blindCase{body: body + iphoneDA(botPlacementDA(false)), from: "Anna Jensen", subject: "Re: Din plads: Aktive boligområder i Albertslund efter 2020", headers: replyHeaders}
}

// The bare number after a verb of moving and "til"/"på", "to"/"in" is the
// workshop ("Må jeg skifte til 3?", "I'd rather be in 3"), in answer to the
// receipt too; a number that counts or places something is not ("flytte
// til 3. sal", "2 værelser"), and "en anden workshop" is another one, not
// workshop 2.
func TestBareNumberAfterMove(t *testing.T) {
	const sig = "\nMvh Anna Jensen"
	runChecked(t, []checkedCase{
		{blindCase: expect(received(false, "Kan jeg skifte til 3?"), tilmeld.IntentUpdate, "complete", "Anna Jensen:3/-"), asks: "no"},
		{blindCase: expect(received(false, "Jeg vil gerne skifte til 3 og 1."), tilmeld.IntentUpdate, "complete", "Anna Jensen:3/1")},
		{blindCase: expect(received(false, "Kan jeg flytte over til 1?"), tilmeld.IntentUpdate, "complete", "Anna Jensen:1/-")},
		{blindCase: expect(placedEN(false, "I'd rather be in 3 and 1."), tilmeld.IntentUpdate, "complete", "Anna Jensen:3/1")},
		{blindCase: expect(placedEN(false, "I would prefer to be in 2."), tilmeld.IntentUpdate, "complete", "Anna Jensen:2/-")},
		{blindCase: expect(placed(false, "Jeg vil hellere på 1 i stedet, tak."), tilmeld.IntentUpdate, "complete", "Anna Jensen:1/-")},
		// a floor, rooms, a count: no workshop
		{blindCase: blindCase{body: "Jeg vil gerne på workshop 1. Vi skal flytte til 3. sal i oktober." + sig, from: "Anna Jensen", want: "Anna Jensen:1/-"}},
		{blindCase: blindCase{body: "Jeg vil gerne på workshop 1. Jeg skal flytte til 2 værelser." + sig, from: "Anna Jensen", want: "Anna Jensen:1/-"}},
		{blindCase: blindCase{body: "I would like workshop 2. We are moving to 3 rooms." + sig, from: "Anna Jensen", notStatus: "complete"}},
		// another workshop names none
		{blindCase: never(received(false, "Kan jeg flytte til en anden workshop?"), "", "complete")},
		{blindCase: never(received(false, "Jeg vil gerne skifte til et andet hold."), "", "complete")},
		// "må jeg" before the deadline still asks leave (kinds6_test.go)
		{blindCase: never(received(false, "Må jeg skifte min 1. prioritet til beskæftigelse?"), "", "complete")},
	})
}
