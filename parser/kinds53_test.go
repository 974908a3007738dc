package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a fifty-third look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A (wrong complete). The workshop she signed up for or attended, told in
// the past tense with the subject first and a time in between ("jeg
// tilmeldte mig i sidste uge ...", "undertegnede meldte sig ..."), is only
// background to the one she now asks for ("i stedet", "hellere", "i år"):
// the new one is her first choice, the old one no choice at all.
func TestToldOldStraightOrder(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nUndertegnede meldte sig i forrige uge på workshop 3. Vil I rette det, så jeg i stedet er på workshop 1?\n\nMvh Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentUpdate, status: "complete", want: "Birthe Kjær:1/-"}},
		{blindCase: blindCase{body: "Hej\nJeg tilmeldte mig i sidste uge workshoppen om job. Jeg vil hellere i workshop 2.\nHilsen Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentUpdate, status: "complete", want: "Birthe Kjær:2/-"}},
		{blindCase: blindCase{body: "Hej\nJeg meldte mig på workshop 4 forleden, men vil hellere på 3.\nMvh Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentUpdate, status: "complete", want: "Birthe Kjær:3/-"}},
		{blindCase: blindCase{body: "Hej\nI sidste uge tilmeldte jeg mig til workshop 2, men jeg vil i stedet på 4.\nMvh Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentUpdate, status: "complete", want: "Birthe Kjær:4/-"}},
		{blindCase: blindCase{body: "Hej\nJeg deltog i workshop 1 sidste år; i år vil jeg gerne på 3.\nMvh Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:3/-"}},
		{blindCase: blindCase{body: "Hej\nJeg deltog i workshoppen om sundhed sidste år, og i år vil jeg gerne prøve job.\nMvh Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:4/-"}},
		{blindCase: blindCase{body: "Hi\nI signed up for workshop 3 last week, but I would rather go to workshop 1 instead.\nBest, Birthe Kjær",
			from: "Birthe Kjær", subject: "Change", intent: tilmeld.IntentUpdate, status: "complete", want: "Birthe Kjær:1/-"}},
		{blindCase: blindCase{body: "Hi\nI attended workshop 4 last year; this year I would like workshop 2.\nBest, Birthe Kjær",
			from: "Birthe Kjær", subject: "Registration", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:2/-"}},
		// the old one chosen again stays a choice
		{blindCase: blindCase{body: "Hej\nJeg var på workshop 4 sidste år og vil gerne på 4 igen, ellers 1.\nMvh Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:4/1"}},
		// a swap of the two she holds says no new one
		{blindCase: blindCase{body: "Hej\nJeg er tilmeldt 1 og 2, men vil gerne bytte om på dem.\nMvh Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentUpdate, notStatus: "complete"}},
		// two told, or a priority told, leave unsaid which one goes
		{blindCase: blindCase{body: "Hej\nJeg tilmeldte mig workshop 3 og 1 i sidste uge. Jeg vil hellere på 2.\nMvh Birthe Kjær",
			from: "Birthe Kjær", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nJeg tilmeldte mig workshop 3 som anden prioritet i sidste uge. Ret det til 2.\nMvh Birthe Kjær",
			from: "Birthe Kjær", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nJeg er tilmeldt workshop 1 og 2, men vil hellere på 3 og 4.\nMvh Birthe Kjær",
			from: "Birthe Kjær", notStatus: "complete"}},
	})
}
