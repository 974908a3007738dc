package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a fifty-fifth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A (wrong complete). Mail meant for the estate office or a colleague
// speaks of a numbered thing ("tørretumbler nr. 2", "washer no. 2",
// "nummer 3 på første sal"): that number is the thing's, no workshop. A
// fault report that never speaks of the meeting is unrelated mail; a
// staff note that does is for staff, never a registration.
func TestNumberedThingNoWorkshop(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVaskemaskine nr. 3 i fællesvaskeriet har været i stykker siden mandag.\n\nMvh Birthe Kjær",
			from: "Birthe Kjær", subject: "Vaskemaskinen", intent: tilmeld.IntentSpam, status: "ignore", want: ""}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nDer er stadig ingen varme i radiatorerne hos mig. Det er nummer 2 på anden sal til venstre.\nBirthe",
			from: "Birthe Kjær", subject: "Varme", intent: tilmeld.IntentSpam, status: "ignore"}},
		{blindCase: blindCase{body: "Hi\n\nDryer no. 4 in the basement is out of order again.\n\nRegards\nBirthe Kjær",
			from: "Birthe Kjær", subject: "Dryer", intent: tilmeld.IntentSpam, status: "ignore"}},
		{blindCase: blindCase{body: "Hej\nAffaldsskakten nr. 2 er stoppet til igen, og det lugter på hele trappen.\nMvh Birthe Kjær",
			from: "Birthe Kjær", subject: "Skakt", intent: tilmeld.IntentSpam, status: "ignore"}},
		{blindCase: blindCase{body: "Hej\nElevator nr. 1 i blok C virker ikke. Kan I sende nogen?\nBirthe",
			from: "Birthe Kjær", subject: "Elevator", intent: tilmeld.IntentSpam, status: "ignore"}},
		// a staff note that speaks of the meeting: staff read it, no choice
		{blindCase: blindCase{body: "Hej\nHusk at bestille kaffe til mødet. Printer nr. 2 på kontoret virker igen.\nLone",
			from: "Lone Vest", subject: "Husk", intent: tilmeld.IntentOther, status: "review", want: ""}},
		{blindCase: blindCase{body: "Hi\nPlease print the name tags for the meeting. Copier no. 3 works again.\nLone",
			from: "Lone Vest", subject: "Name tags", intent: tilmeld.IntentOther, status: "review", want: ""}},
		// the thing's number beside a real choice is no second one
		{blindCase: blindCase{body: "Jeg vil gerne på workshop 2. Min lejlighed er nr. 3, opgang nr. 1.\nBirthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:2/-"}},
		// near-misses: "nr."/"nummer" that choose stay choices
		{blindCase: blindCase{body: "Jeg vil gerne med til netværksmødet, nr. 3 og ellers nr. 1.\nBirthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:3/1"}},
		{blindCase: blindCase{body: "Jeg bor i nr. 6 og vil gerne på workshop 4.\nBirthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:4/-"}},
		{blindCase: blindCase{body: "Sæt mig på nummer 2 til mødet den 29.\nBirthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:2/-"}},
		{blindCase: blindCase{body: "Nr. 1 og 3 tak.\nBirthe Kjær",
			from: "Birthe Kjær", subject: "Hej", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:1/3"}},
		{blindCase: blindCase{body: "I would like to join number 4, please.\nBirthe Kjær",
			from: "Birthe Kjær", subject: "Meeting", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:4/-"}},
		// a fault beside coming: she still signs up
		{blindCase: blindCase{body: "Nr. 2 og 4. Min vaskemaskine er i stykker, så jeg kommer lidt senere.\nBirthe Kjær",
			from: "Birthe Kjær", subject: "Hej", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:2/4"}},
		// a fault with no number that speaks of the meeting stays for staff
		{blindCase: blindCase{body: "Hej\nVarmen i mødelokalet virker ikke. Skal vi flytte mødet?\nLone",
			from: "Lone Vest", subject: "Lokale", notStatus: "ignore"}},
	})
}
