package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a thirty-eighth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// E (needless question to the wrong person). A companion who may not come
// ("hun kommer måske ikke", "det er usikkert, om Peter kan nå det", "vi
// ser, hvordan han har det") beside the sender's "jeg kommer i hvert
// fald" is a possible cancellation of the companion for staff, not a new
// registration of the sender that asks for her workshop.
func TestCompanionMaybeNotComing(t *testing.T) {
	reply := "In-Reply-To: <kvit38@bo-vest.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nMin søster Bente Kjær har fået influenza, så hun kommer måske ikke på tirsdag. Jeg kommer under alle omstændigheder.\n\nHilsen Lise Kjær",
			from: "Lise Kjær", subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentCancel, status: "review", want: "Bente Kjær:-/-"}},
		{blindCase: blindCase{body: "Hej\nDet er usikkert, om Jonas Holt kan nå det fra arbejde. Jeg kommer i hvert fald.\nMvh Lise Kjær",
			from: "Lise Kjær", subject: "SV: Tilmelding", headers: reply, intent: tilmeld.IntentCancel, status: "review", want: "Jonas Holt:-/-"}},
		{blindCase: blindCase{body: "Hej\nMin kollega Hamid Rezai er blevet syg; vi ser, hvordan han har det på mandag. Selv kommer jeg som planlagt.\nMvh Lise Kjær",
			from: "Lise Kjær", subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentCancel, status: "review", want: "Hamid Rezai:-/-"}},
		{blindCase: blindCase{body: "Hej\nMin mand Ole er syg, og det er ikke sikkert, han kan komme. Vi må se, hvordan han har det. Jeg kommer i hvert fald selv.\nHilsen Lise Kjær",
			from: "Lise Kjær", subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentCancel, status: "review", want: "Ole:-/-"}},
		{blindCase: blindCase{body: "Hej\nJeg kommer under alle omstændigheder, men vores datter Maja kommer muligvis ikke, hun har eksamen.\nHilsen Lise Kjær",
			from: "Lise Kjær", intent: tilmeld.IntentCancel, status: "review", want: "Maja:-/-"}},
		{blindCase: blindCase{body: "Hi\nMy neighbour Grace Mills may not make it, she is ill. I'm coming anyway.\nBest, Lise Kjær",
			from: "Lise Kjær", subject: "Re: Registration", headers: reply, intent: tilmeld.IntentCancel, status: "review", want: "Grace Mills:-/-"}},
		{blindCase: blindCase{body: "Hi\nI'm not sure whether my colleague Tom Berg can make it, he has the flu. I'll be there regardless.\nBest, Lise Kjær",
			from: "Lise Kjær", subject: "Re: Registration", headers: reply, intent: tilmeld.IntentCancel, status: "review", want: "Tom Berg:-/-"}},
		// a certain withdrawal beside "jeg kommer selv" is settled
		{blindCase: blindCase{body: "Hej\nBente Kjær er syg og kan ikke komme. Jeg kommer selv som aftalt.\nHilsen Lise Kjær",
			from: "Lise Kjær", subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentCancel, status: "complete", want: "Bente Kjær:-/-"}},
		// "i hvert fald" with a person added is no doubt
		{blindCase: blindCase{body: "Hej\nJeg kommer i hvert fald, og min mand Ole Kjær vil også gerne med på workshop 2.\nHilsen Lise Kjær",
			from: "Lise Kjær", notStatus: "complete"}},
		// the sender's doubt of her own is not about someone else
		{blindCase: blindCase{body: "Hej\nJeg vil gerne tilmelde mig workshop 2. Det er dog ikke sikkert, om jeg kan komme.\nHilsen Lise Kjær",
			from: "Lise Kjær", intent: tilmeld.IntentRegister, status: "review"}},
		// a doubt of a husband who is not signed up, beside a sign-up of her own
		{blindCase: blindCase{body: "Hej\nJeg er ikke sikker på, om min mand kan komme. Men jeg vil gerne tilmelde mig workshop 2.\nHilsen Lise Kjær",
			from: "Lise Kjær", intent: tilmeld.IntentRegister, want: "Lise Kjær:2/-"}},
	})
}

// F (needless question). The people coming stand one full name to a line
// under "Vi er tre:" or "Vi vil gerne tilmelde os:", some with an aside
// after the name ("(min mand)", ", 12 år", "- vores datter"): every line
// is an attendee with the choices and food said for all, the sender the
// line of her From name; the aside is no part of the name. A line with
// choices of its own, or a name and an address, is no such line.
func TestRosterLinesWithAsides(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVi er tre:\nKaren Dalby\nBo Dalby (min mand)\nEmma Dalby, 11 år\n\nVi vil alle gerne på 1 og så 4. Vi er vegetarer.\n\nHilsen Karen",
			from: "Karen Dalby", status: "complete", want: "Karen Dalby:1/4; Bo Dalby:1/4; Emma Dalby:1/4"},
			diets: "Karen Dalby=vegetarian; Bo Dalby=vegetarian; Emma Dalby=vegetarian"},
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde os:\nKaren Dalby\nBo Dalby\nEmma Dalby - vores datter\n\nVi vil alle på 3 og 2.\n\nMvh Karen Dalby",
			from: "Karen Dalby", status: "complete", want: "Karen Dalby:3/2; Bo Dalby:3/2; Emma Dalby:3/2"}},
		{blindCase: blindCase{body: "Hej\n\nVi kommer fire:\nTarik Aziz\nSamira Aziz (min kone)\nOmar Aziz (16)\nLina Aziz (14, går til håndbold)\n\nAlle: workshop 2, ellers 1.\n\nMvh Tarik",
			from: "Tarik Aziz", status: "complete", want: "Tarik Aziz:2/1; Samira Aziz:2/1; Omar Aziz:2/1; Lina Aziz:2/1"}},
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde os:\nKaren Dalby\nBo Dalby\nEmma Dalby\n\nVi vil alle på 3 og 2.\n\nMvh Karen Dalby",
			from: "Karen Dalby", status: "complete", want: "Karen Dalby:3/2; Bo Dalby:3/2; Emma Dalby:3/2"}},
		{blindCase: blindCase{body: "Hi\n\nWe are two:\nPaul Reed\nJane Reed (my wife)\n\nBoth of us workshop 4, then 3.\n\nRegards, Paul",
			from: "Paul Reed", status: "complete", want: "Paul Reed:4/3; Jane Reed:4/3"}},
		// a count the lines do not fill: the one left is asked for by name
		{blindCase: blindCase{body: "Hej\n\nVi er tre:\nKaren Dalby\nBo Dalby\n\nVi vil alle have 1 og så 4.\n\nHilsen Karen",
			from: "Karen Dalby", status: "incomplete", want: "Karen Dalby:1/4; Bo Dalby:1/4; :1/4", missing: []string{"name"}}},
		// an aside that holds a choice is not an aside: the line is not read as a roster line
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde os:\nKaren Dalby\nBo Dalby (2 og 3)\nEmma Dalby\n\nVi vil alle på 3 og 2.\n\nMvh Karen Dalby",
			from: "Karen Dalby", notStatus: "complete"}},
		// a list of people with choices each
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde os:\nKaren Dalby - 1 og 2\nBo Dalby - 2 og 3\n\nMvh Karen Dalby",
			from: "Karen Dalby", status: "complete", want: "Karen Dalby:1/2; Bo Dalby:2/3"}},
		// a name and an address under the sign-off
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2.\n\nMvh\nKaren Dalby\nNørrevang 12, 2620 Albertslund",
			from: "Karen Dalby", status: "complete", want: "Karen Dalby:2/-"}},
	})
}

// G (needless review). A pet name or short form in From ("Magda K.",
// "Jeppe Bro", "Søs L.") and the full name only in the sign-off the
// signature split off ("Hilsen\nMagdalena Kowalczyk") are one person, the
// sender: "tilmelde mig" has her among the attendees under the full name.
// A sign-off of another first name under a whole From name, or of another
// surname, is someone else.
func TestShortFromNameFullSignOff(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde mig workshop 3.\n\nHilsen\nMagdalena Kowalczyk",
			from: "Magda K.", status: "complete", want: "Magdalena Kowalczyk:3/-"}},
		{blindCase: blindCase{body: "Hej\n\nTilmeld mig 1 og 2\n\nMvh Jesper Bro",
			from: "Jeppe Bro", status: "complete", want: "Jesper Bro:1/2"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne tilmelde mig workshop 2 og 4.\n\nVenlig hilsen\nSusanna Lund\nTlf. 22 33 44 55",
			from: "Søs L.", status: "complete", want: "Susanna Lund:2/4"}, phone: "+4522334455"},
		{blindCase: blindCase{body: "Hi,\nPlease sign me up for workshop 1 and 2.\n\nBest regards,\nWilliam Thorsen",
			from: "Bill T.", status: "complete", want: "William Thorsen:1/2"}},
		{blindCase: blindCase{body: "Hej\nJeg melder mig til naboskab og sundhed.\n\nKærlig hilsen\nLasse Bro",
			from: "Lars Bro", status: "complete", want: "Lasse Bro:1/2"}},
		// another surname: perhaps someone writing for another
		{blindCase: blindCase{body: "Hi,\nPlease sign me up for workshop 1 and 2.\n\nKind regards, Anna Berg",
			from: "Bill T.", status: "review"}},
		// another first name under a whole From name of the same surname
		{blindCase: blindCase{body: "Hej\nJeg vil gerne tilmelde mig workshop 4.\n\nHilsen\nPer Jensen",
			from: "Mette Jensen", status: "review"}},
		// a colleague signed up is not the sender
		{blindCase: blindCase{body: "Hej\nJeg tilmelder min kollega Karin Nielsen til workshop 2.\n\nHilsen Magda",
			from: "Magda K.", want: "Karin Nielsen:2/-"}},
	})
}
