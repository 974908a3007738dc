package parser

import "testing"

// Plain answers in a thread, more rounds: to the bot's question for what
// was missing, to the placement and to the receipt, and mail after the
// deadline.

// An answer that gives the name asked for and, in the same sentence, the
// sender's own choices ("Per Holm, and I'd like 2 and 4") must not give
// her choices to the one she names.
func TestOwnWishAfterTheName(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Per Holm, and I'd like 2 and 4\n\nBest\nIda Holm" + enClarifyQuote, subject: "Re: Registration", headers: replyHeaders, notStatus: "complete"},
		{body: "His name is Per Holm and I would like workshop 2 and then 4\n\nBest\nIda Holm" + enClarifyQuote, subject: "Re: Registration", headers: replyHeaders, notStatus: "complete"},
		{body: "Han hedder Per Holm og jeg tager 2 og 4\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "Per Holm, og jeg vil gerne 2 og 4\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		// his own wish after his name stands
		{body: "Per Holm, han vil gerne 2 og 4\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", want: "Per Holm:2/4"},
		{body: "Per Holm, and he'd like 2 and 4\n\nBest\nIda Holm" + enClarifyQuote, subject: "Re: Registration", headers: replyHeaders,
			intent: "update", status: "complete", want: "Per Holm:2/4"},
		{body: "Jeg vil gerne tilmelde min søn Ali Holm til workshop 2 og 4\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ali Holm:2/4"},
	})
}

// "Per vil det samme", "and Per wants the same" brings a second person:
// a reading with one attendee has lost either him or the sender.
func TestSameForOneLost(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne på workshop 2 og 4, Per vil det samme\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "Jeg tager 2 og 4, og Per Holm skal have det samme\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "I'd like 2 and 4, and Per wants the same\n\nBest\nIda Holm" + enClarifyQuote, subject: "Re: Registration", headers: replyHeaders, notStatus: "complete"},
		{body: "Jeg vil gerne på workshop 2 og 4, Per vil det samme\n\nHilsen\nIda Holm", notStatus: "complete"},
		// both read stand
		{body: "Jeg vil gerne 2 og 4, min mand Per Holm vil det samme\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/4; Per Holm:2/4"},
	})
}

// A seat handed on to someone the sender names ("hans plads kan gå til min
// nabo Lise Dahl") is no plain withdrawal: the seat must not go to the
// waiting list. A seat left to anyone stays a withdrawal.
func TestSeatHandedOn(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Bo kan ikke komme, men hans plads kan gå til min nabo Lise Dahl\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders, notStatus: "complete"},
		{body: "Giv venligst min plads til min søster Eva Holm, jeg kan ikke\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders, notStatus: "complete"},
		{body: "Bo can't come, but his seat can go to my neighbour Lise Dahl\n\nBest\nIda Holm" + enPlacementQuote, subject: "Re: Your seat", headers: replyHeaders, notStatus: "complete"},
		{body: "Please give my place to my sister Eva Holm\n\nBest\nIda Holm" + enPlacementQuote, subject: "Re: Your seat", headers: replyHeaders, notStatus: "complete"},
		{body: "Jeg kan ikke komme, så min plads kan gå til en anden\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders,
			intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
		{body: "I can't come, so my seat can go to someone else\n\nBest\nIda Holm" + enPlacementQuote, subject: "Re: Your seat", headers: replyHeaders,
			intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
	})
}

// twoReceiptQuote is the bot's receipt for Ida and Bo Holm, quoted under an
// answer.
const twoReceiptQuote = "\n\nDen man. 14. sep. 2020 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n" +
	"> Hej Ida,\n>\n> Tak for din tilmelding til Aktive boligområder i Albertslund efter 2020.\n>\n> Vi har forstået din tilmelding sådan:\n>\n" +
	"> Ida Holm\n>   1. prioritet: Sundhed & trivsel (nr. 2)\n>   2. prioritet: Beskæftigelse & opkvalificering (nr. 4)\n" +
	"> Bo Holm\n>   1. prioritet: Naboskab, netværk & tryghed (nr. 1)\n>   2. prioritet: Uddannelse & livschancer (nr. 3)\n"

// Food in a part of a sentence that names another person of the thread
// ("Alt er rigtigt bortset fra at Bo er vegansk") is not the sender's.
func TestDietOfNamedOtherNotSenders(t *testing.T) {
	runBlind(t, []blindCase{
		// "at Bo ..." opens his statement: his food
		{body: "Alt er rigtigt bortset fra at Bo er vegansk\n\nHilsen\nIda Holm" + twoReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", want: "Bo Holm:-/-", diet: "Bo Holm=vegan"},
		{body: "Alt ser fint ud, undtagen at Bo er vegetar\n\nHilsen\nIda Holm" + twoReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", want: "Bo Holm:-/-", diet: "Bo Holm=vegetarian"},
		{body: "Everything is right apart from Bo being vegan\n\nBest\nIda Holm" + twoReceiptQuote, subject: "Re: Registration", headers: replyHeaders, notStatus: "complete"},
		// her own food stands
		{body: "Alt er rigtigt bortset fra at jeg er vegansk\n\nHilsen\nIda Holm" + twoReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", diet: "Ida Holm=vegan"},
		{body: "Jeg er vegansk, Bo spiser alt\n\nHilsen\nIda Holm" + twoReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", diet: "Ida Holm=vegan"},
		{body: "Everything is right apart from me being vegan\n\nBest\nIda Holm" + twoReceiptQuote, subject: "Re: Registration", headers: replyHeaders,
			intent: "update", status: "complete", diet: "Ida Holm=vegan"},
	})
}

// Answers typed between the quoted lines of the bot's question for what
// was missing: the workshops under its question to the sender are hers,
// the name under its question for the other person his; the reading that
// gives him her workshops is for staff.
func TestInterleavedAnswersToTheQuestion(t *testing.T) {
	head := "Den man. 14. sep. 2020 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n> Hej Ida,\n>\n> Vi mangler lidt, før tilmeldingen er på plads:\n>\n" +
		"> - Hvilken workshop vil du helst deltage i (1. prioritet), og hvilken som nummer to (2. prioritet)? Skriv det for hver person.\n"
	name := "> - Hvad hedder den anden person, du tilmelder?\n"
	tail := ">\n> Svar blot på denne mail. Det, vi har forstået indtil nu:\n>\n> Ida Holm\n>   1. prioritet: mangler\n>   2. prioritet: ingen\n" +
		"> Deltager 2 (navn mangler)\n>   1. prioritet: Naboskab, netværk & tryghed (nr. 1)\n>   2. prioritet: Uddannelse & livschancer (nr. 3)\n>\n" +
		"> Venlig hilsen\n> Albertslund Boligsociale Center\n"
	runBlind(t, []blindCase{
		{body: head + "\nWorkshop 2 og 4\n\n>\n" + name + "\nPer Holm\n\n" + tail + "\nHilsen Ida", subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: head + "2 og 4\n" + name + "Per Holm\n" + tail, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "Se svar nedenfor\n\n" + head + "\nWorkshop 2 og 4\n\n" + name + "\nPer Holm\n\n" + tail, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
	})
}

func TestAnsweredBetween(t *testing.T) {
	for _, c := range []struct {
		body string
		want bool
	}{
		{"> a\nsvar\n> b\n", true},
		{"> a\n\n   \n> b\n", false},
		{"svar\n> a\n> b\n", false},
		{"> a\n> b\nHilsen Ida\n", false},
		{"", false},
	} {
		if got := answeredBetween(c.body); got != c.want {
			t.Errorf("answeredBetween(%q) = %v, want %v", c.body, got, c.want)
		}
	}
}

// A registration in answer to the placement ("Jeg havde valgt workshop 2",
// "But I chose workshop 2") is a complaint or a change: the seats are
// allocated. Nor may the bot ask for a workshop the placement gave.
func TestRegisterUnderPlacement(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Tak, men jeg troede jeg havde valgt workshop 2\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders, notStatus: "complete"},
		{body: "Jeg havde valgt workshop 2\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders, notStatus: "complete"},
		{body: "Jeg kan kun komme til workshop 1, ikke 3\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders, notStatus: "complete"},
		{body: "But I chose workshop 2\n\nBest\nIda Holm" + enPlacementQuote, subject: "Re: Your seat", headers: replyHeaders, notStatus: "complete"},
		{body: "Vi kommer begge, og Bo er blevet veganer\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders, status: "review"},
		// the same words in a new mail are a registration
		{body: "Vi kommer begge, og Bo Holm er veganer\n\nHilsen\nIda Holm", intent: "register", status: "incomplete"},
		{body: "Jeg vil gerne på workshop 2\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/-"},
	})
}

// A withdrawal of one of two that also gives food ("Bo kommer ikke, men
// jeg kommer og er vegetar") must not lose the food of the one who comes.
func TestCancelForOneWithDiet(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Bo kommer ikke, men jeg kommer og er vegetar\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders, notStatus: "complete"},
		{body: "Bo melder fra. Jeg er i øvrigt blevet vegetar\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders, notStatus: "complete"},
		{body: "Bo can't come, but I will, and I'm vegan now\n\nBest\nIda Holm" + enPlacementQuote, subject: "Re: Your seat", headers: replyHeaders, notStatus: "complete"},
		{body: "I can't come; Bo is still coming, he's vegetarian\n\nBest\nIda Holm" + enPlacementQuote, subject: "Re: Your seat", headers: replyHeaders, notStatus: "complete"},
		// a withdrawal with a reason that is no food stands
		{body: "Bo kan ikke komme, han er syg\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders,
			intent: "cancel", status: "complete", want: "Bo Holm:-/-"},
	})
}

// A new number said of another of the thread ("Bo har fået nyt nummer",
// "He has a new number") is not the sender's contact.
func TestOthersNewNumber(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Bo har fået nyt nummer: 40506070\n\nHilsen\nIda Holm" + twoReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "Han har nyt nummer: 40506070\n\nHilsen\nIda Holm" + twoReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "Bo has a new number: 40506070\n\nBest\nIda Holm" + twoReceiptQuote, subject: "Re: Registration", headers: replyHeaders, notStatus: "complete"},
		// her own, by a word of hers or by none
		{body: "Jeg har fået nyt nummer: 40506070\n\nHilsen\nIda Holm" + twoReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders, status: "complete", intent: "update"},
		{body: "Hej. Ida her, jeg har nyt nummer: 40506070\n\nHilsen\nIda Holm" + twoReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders, status: "complete", intent: "update"},
		{body: "Nyt nummer: 40506070\n\nHilsen\nIda Holm" + twoReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders, status: "complete", intent: "update"},
	})
}

// The sender's own workshops beside the other's in one sentence ("Jeg
// tager workshop 2, Per Holm tager 4"), or both of them as one subject
// ("Jeg og Per Holm tager 2 og 4"), read as his alone.
func TestOwnAndOthersInOneSentence(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg tager workshop 2, Per Holm tager 4\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "Jeg tager workshop 2 og Per Holm tager 4\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "Jeg og Per Holm tager 2 og 4\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "Per Holm og jeg vil gerne 2 og 4\n\nHilsen\nIda Holm" + clarifyQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		// in a new mail both are read
		{body: "Jeg tager workshop 2, Per Holm tager 4\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/-; Per Holm:4/-"},
	})
}

// "We'd both", "we're both" count two, as "we would both" does.
func TestWeBothContracted(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "His name is Per Holm. We'd both like 2 then 4\n\nBest\nIda Holm" + enClarifyQuote, subject: "Re: Registration", headers: replyHeaders, notStatus: "complete"},
		{body: "His name is Per Holm. We're both keen on 2 then 4\n\nBest\nIda Holm" + enClarifyQuote, subject: "Re: Registration", headers: replyHeaders, notStatus: "complete"},
		{body: "My husband Per Holm and I, we'd both like workshop 2 then 4\n\nBest\nIda Holm", subject: "Registration", intent: "register", status: "complete", want: "Ida Holm:2/4; Per Holm:2/4"},
	})
}
