package parser

import "testing"

// "Både jeg og Bo er vegetarer" is one subject of two, as "Jeg og Bo er"
// is: "både" opens it, no statement of the sender's stands before "og
// Bo". Both eat what follows (it gave Bo alone the food: a wrong complete).
func TestBothLeadSelfFirst(t *testing.T) {
	const couple = "Jeg og min mand Bo Holm vil gerne på 2 og 4. "
	const enCouple = "Me and my husband Bo Holm would like 2 and 4. "
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: couple + "Både jeg og Bo er vegetarer.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4; Bo Holm:2/4"},
			diets: "Ida Holm=vegetarian; Bo Holm=vegetarian"},
		{blindCase: blindCase{body: couple + "Både jeg og Bo spiser halal.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4; Bo Holm:2/4"},
			diets: "Ida Holm=halal; Bo Holm=halal"},
		{blindCase: blindCase{body: enCouple + "Both me and Bo are vegetarian.\n\nBest, Ida Holm", status: "complete", want: "Ida Holm:2/4; Bo Holm:2/4"},
			diets: "Ida Holm=vegetarian; Bo Holm=vegetarian"},
		// a statement of her own before "og Bo" still parts them
		{blindCase: blindCase{body: couple + "Jeg er både vegetar og Bo er diabetiker.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4; Bo Holm:2/4"},
			diets: "Ida Holm=vegetarian; Bo Holm=diabetic"},
		{blindCase: blindCase{body: couple + "Både jeg og Bo spiser halal, og Bo er diabetiker.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4; Bo Holm:2/4"},
			diets: "Ida Holm=halal; Bo Holm=diabetic,halal"},
	})
}

// An order to sign up is no part of the name after it: "Sæt Bo Holm på 3"
// signed up "Sæt Bo Holm" (a wrong complete on the name tag); "Tilføj Bo
// Holm", "Add Bo Holm" also sign up the one named, not the writer.
func TestOrderVerbBeginsNoName(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Sæt Bo Holm på workshop 3 og 4.", "Bo Holm:3/4"},
		{"Meld Bo Holm til workshop 3 og 4.", "Bo Holm:3/4"},
		{"Skriv Bo Holm op til workshop 3 og 4.", "Bo Holm:3/4"},
		{"Tilføj Bo Holm til workshop 3 og 4.", "Bo Holm:3/4"},
		{"Noter venligst Bo Holm på workshop 3 og 4.", "Bo Holm:3/4"},
		{"Register Bo Holm for workshop 3 and 4.", "Bo Holm:3/4"},
		{"Add Bo Holm to workshop 3 and 4.", "Bo Holm:3/4"},
	} {
		r := parseMail("Ida Holm", "Tilmelding", "", c.body+"\n\nHilsen Ida Holm")
		if r.Status != "complete" || choices(r) != c.want {
			t.Errorf("%q: got %s %s, want complete %s (%v)", c.body, r.Status, choices(r), c.want, r.Reasons)
		}
	}
	// a name that is a word of ordering elsewhere stays a name
	r := parseMail("Ida Holm", "Tilmelding", "", "Jeg vil gerne på workshop 3 og 4.\n\nHilsen Ida Holm")
	if choices(r) != "Ida Holm:3/4" {
		t.Errorf("got %s, want Ida Holm:3/4", choices(r))
	}
}

// Bare numbers after an order that names a relative ("Skriv gerne min mand
// Bo Holm op til 3 og 4", "Skriv gerne mig og min mand Bo Holm op til 3 og
// 4") are the workshops; the bot asked for the workshops it was given.
func TestOrderForRelativeNumbers(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Skriv gerne min mand Bo Holm op til 3 og 4. Jeg kommer ikke selv.\n\nHilsen Ida Holm", status: "complete", want: "Bo Holm:3/4"},
		{body: "Skriv gerne mig og min mand Bo Holm op til 3 og 4.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:3/4; Bo Holm:3/4"},
		{body: "Skriv mig og min mand Bo Holm op til 3 og 4.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:3/4; Bo Holm:3/4"},
		{body: "Tilmeld venligst min mand Bo Holm til 3 og 4. Jeg selv vil gerne på 1 og 2.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:1/2; Bo Holm:3/4"},
		// a time after "op til" is none
		{body: "Skriv min mand op til kl. 4.\n\nHilsen Ida Holm", notStatus: "complete"},
	})
}

// A misspelt workshop word before the "s" that joins a compound ("sundhets
// workshop", "beskeftigelses workshop") is the workshop, as "sundhet" and
// "sundheds workshop" are; it was lost, and with it a 2nd choice.
func TestMisspeltCompound(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "jeg vil gerne være med i sundhets workshop\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "jeg vil gerne være med i job workshop og sundhets workshop\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:4/2"},
		{body: "jeg vil gerne på beskeftigelses workshop, ellers uddanelses workshop\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:4/3"},
		{body: "Jeg vil helst på sundhets-workshoppen, ellers job\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		// spelt right, as before
		{body: "jeg vil gerne på beskæftigelses workshop, ellers tryghed\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:4/1"},
	})
}

// Swapping the two priorities in everyday words ("Kan jeg bytte om på de
// to?", "Byt gerne om på rækkefølgen", "Kan I vende rækkefølgen om?") under
// the receipt is the receipt's choices turned round, as "swap my two
// choices" was; they went to staff as unclear. Two of something else ("de
// to dage") is no swap.
func TestSwapInEverydayWords(t *testing.T) {
	reply := func(body, status, want string) blindCase {
		return blindCase{body: body + "\n\nHilsen\nIda Holm" + oneReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: status, want: want}
	}
	runBlind(t, []blindCase{
		reply("Kan jeg bytte om på de to?", "complete", "Ida Holm:4/2"),
		reply("Byt gerne om på de to, tak.", "complete", "Ida Holm:4/2"),
		reply("Byt gerne om på rækkefølgen.", "complete", "Ida Holm:4/2"),
		reply("Byt gerne om på mine to valg.", "complete", "Ida Holm:4/2"),
		reply("Kan I vende rækkefølgen om?", "complete", "Ida Holm:4/2"),
		reply("Kunne du lige vende dem om?", "complete", "Ida Holm:4/2"),
		{body: "Kan jeg bytte om på de to dage?\n\nHilsen\nIda Holm" + oneReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
		{body: "Kan I vende tilbage om parkering?\n\nHilsen\nIda Holm" + oneReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"},
	})
}

// "The same" in everyday words: "vil også gerne med, samme workshops" under
// the receipt copies the sender's choices (it asked for them); "det samme,
// bare omvendt" turns them round (it copied them as they were: a wrong
// complete); "det samme, men workshop 3 og 1" is for staff (it gave him
// the sender's); "samme workshops: 2 og 4" beside the two is no conflict.
func TestSameInEverydayWords(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Min mand Bo Holm vil også gerne med, samme workshops.\n\nHilsen\nIda Holm" + oneReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", want: "Bo Holm:2/4"},
		{body: "Min mand Bo Holm vil også gerne med - samme valg.\n\nHilsen\nIda Holm" + oneReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", want: "Bo Holm:2/4"},
		{body: "Jeg vil gerne på 2 og 4. Min mand Bo Holm vil det samme, bare omvendt.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4; Bo Holm:4/2"},
		{body: "I would like 2 and 4. My husband Bo Holm wants the same, but the other way round.\n\nBest, Ida Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/4; Bo Holm:4/2"},
		{body: "Jeg vil gerne på 2 og 4. Min mand Bo Holm vil det samme, men workshop 3 og 1.\n\nHilsen Ida Holm", status: "review"},
		{body: "Jeg og min mand Bo Holm vil gerne deltage, samme workshops: 2 og 4.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4; Bo Holm:2/4"},
		{body: "Jeg vil gerne på 2 og 4. Min mand Bo Holm vil det samme.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4; Bo Holm:2/4"},
	})
}

// invitationInOtherWords quotes an invitation that names the workshops
// in words of its own ("og" for "&"), wrapped as a client quotes it.
const invitationInOtherWords = "\n\nDen 8. september 2020 kl. 16.31 skrev ABC <abc@bo-vest.dk>:\n" +
	"> Vi inviterer til netværksmøde tirsdag den 29. september. Aftenen byder på fire\n" +
	"> workshops: 1) Naboskab, netværk og tryghed, 2) Sundhed og trivsel, 3) Uddannelse\n" +
	"> og livschancer og 4) Beskæftigelse og opkvalificering. Skriv hvilken workshop du\n> helst vil deltage i.\n"

// The plain mails of the ingest's own generator were misread: one who only
// told of the meeting ("Min nabo fortalte om mødet, så her kommer en
// tilmelding") took the choices after it (the sender was asked for her
// workshop); an answer to an invitation quoted in other words, or barely
// quoted, that also brings someone ("Min kone Oda kommer også med, samme
// workshops") was read as an update adding Oda alone (a wrong complete).
func TestGeneratorPlainMails(t *testing.T) {
	reply := "In-Reply-To: <invitation-1@bo-vest.dk>\r\n"
	runBlind(t, []blindCase{
		{body: "Min nabo fortalte om mødet, så her kommer en tilmelding.\nFørste prioritet: workshop 4\nAnden prioritet: workshop 1\n\nHilsen Ida Holm",
			status: "complete", want: "Ida Holm:4/1"},
		{body: "Min nabo fortalte om mødet, så her kommer en tilmelding.\nMit førstevalg er den tredje workshop, mit andetvalg den anden.\nMin nabo Bo Holm kommer også med.\n\nHilsen Ida Holm",
			status: "incomplete", want: "Ida Holm:3/2; Bo Holm:-/-"},
		{body: "My neighbour told me about the meeting, so here is my registration. Workshop 4, otherwise 1.\n\nBest, Ida Holm", subject: "Registration",
			status: "complete", want: "Ida Holm:4/1"},
		{body: "Bo Holm sendte mig invitationen. Jeg vil gerne på 2 og 3.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Vi har talt om det, og jeg vil gerne være med.\nMit førstevalg er den første workshop, mit andetvalg den fjerde.\nMin kone Oda Holm kommer også med, samme workshops.\n\nHilsen Ida Holm" + invitationInOtherWords,
			subject: "SV: Invitation til netværksmøde", headers: reply, intent: "register", status: "complete", want: "Ida Holm:1/4; Oda Holm:1/4"},
		{body: "Hermed min tilmelding til mødet.\nMit førstevalg er den fjerde workshop, mit andetvalg den første.\nMin nabo Bo Dahl kommer også med, samme workshops.\n\nHilsen Ida Holm",
			subject: "SV: Invitation til netværksmøde", headers: reply, intent: "register", status: "complete", want: "Ida Holm:4/1; Bo Dahl:4/1"},
		// under the bot's receipt, the one who comes too is added
		{body: "Min søn Jonas Holm kommer også med, samme workshops.\n\nHilsen\nIda Holm" + oneReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", want: "Jonas Holm:2/4"},
	})
}

// "Kan jeg få workshop 3 i stedet for 4?" under the receipt asks the bot to
// change, as "Kan jeg skifte til workshop 3 i stedet for 4?" did: it went
// to staff as an unclear change and a question ("få" read as a motive, "få
// et netværk"). Asking for food instead is a change of food; "Could I have
// workshop 3 instead of 4?" and "Please swap them around" likewise.
func TestGetInstead(t *testing.T) {
	reply := func(body string) blindCase {
		return blindCase{body: body + "\n\nHilsen\nIda Holm" + oneReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders, intent: "update"}
	}
	c1 := reply("Kan jeg få workshop 3 i stedet for 4?")
	c1.status, c1.want = "complete", "Ida Holm:-/3"
	c2 := reply("Kan jeg skifte til workshop 3 i stedet for 4?")
	c2.status, c2.want = "complete", "Ida Holm:-/3"
	c3 := reply("Kan jeg få en vegetarret i stedet for kød?")
	c3.status, c3.diet = "complete", "Ida Holm=vegetarian"
	en := func(body string) blindCase {
		return blindCase{body: body + "\n\nBest\nIda Holm" + enOneReceiptQuote, subject: "Re: Registration", headers: replyHeaders, intent: "update"}
	}
	c4 := en("Could I have workshop 3 instead of 4?")
	c4.status, c4.want = "complete", "Ida Holm:-/3"
	c5 := en("Please swap them around.")
	c5.status, c5.want = "complete", "Ida Holm:4/2"
	c6 := en("Can I get a taxi instead?")
	c6.notStatus = "complete"
	runChecked(t, []checkedCase{{blindCase: c1, asks: "no"}, {blindCase: c2, asks: "no"}, {blindCase: c3, asks: "no"},
		{blindCase: c4, asks: "no"}, {blindCase: c5, asks: "no"}, {blindCase: c6}})
}

// "Health as our first choice and Jobs as the second" ranks them as "as my
// first" does; "our", "the" and "a" were not read, and the two came out
// the wrong way round (for staff, as the gate saw the rank unread).
func TestAsOurFirst(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "We would like Health as our first choice and Jobs as the second.\nWe are two: me and my husband Tom Holm.\n\nBest, Ida Holm", subject: "Registration",
			status: "complete", want: "Ida Holm:2/4; Tom Holm:2/4"},
		{body: "I would like Health as the first and Jobs as a second choice.\n\nBest, Ida Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/4"},
		{body: "I would like Health as my first choice and Jobs as my second.\n\nBest, Ida Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/4"},
		// a first that ranks no workshop
		{body: "I came as the first one to the office. I want workshop 2.\n\nBest, Ida Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/-"},
	})
}

// "jeg og min mand Tom Holm vil gerne på 1 og 3" in small letters is one
// subject of two, as "Jeg og min mand ..." is: the clause was cut before
// "min mand", and the sender asked for the workshops she gave.
func TestSmallJegAndRelative(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "jeg og min mand Tom Holm vil gerne på workshop 1 og 3.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:1/3; Tom Holm:1/3"},
		{body: "jeg og min mand Tom Holm vil gerne på workshop 1 og 3\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:1/3; Tom Holm:1/3"},
		{body: "Jeg og min mand Tom Holm vil gerne på workshop 1 og 3.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:1/3; Tom Holm:1/3"},
		// a statement of her own before "og min mand" still parts them
		{body: "jeg vil gerne på 2 og min mand Tom Holm vil på 3.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/-; Tom Holm:3/-"},
	})
}

// "My wife is Anna Holm, she would like the same": a full name after "is"
// names the relative (it made a nameless wife and an Anna beside her), and
// "hun/she" wanting the same is the one just named. "Hun vil ikke det
// samme" is no copy (it would have been one, a wrong complete).
func TestRelativeIsNamedSame(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "I would like workshop 2, otherwise 4. My wife is Anna Holm, she would like the same.\n\nBest, Ida Holm", subject: "Registration",
			status: "complete", want: "Ida Holm:2/4; Anna Holm:2/4"},
		{body: "Jeg vil gerne på 2, ellers 4. Min kone er Anna Holm, hun vil det samme.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4; Anna Holm:2/4"},
		{body: "Jeg vil gerne på 2, ellers 4. Min kone Anna Holm kommer også. Hun vil det samme.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4; Anna Holm:2/4"},
		{body: "Jeg vil gerne på 2, ellers 4. Min kone Anna Holm kommer også. Hun vil ikke det samme, men 1.\n\nHilsen Ida Holm", notStatus: "complete"},
		// one word after "is" says what she is
		{body: "I would like workshop 2, otherwise 4. My wife is Danish and would like the same.\n\nBest, Ida Holm", subject: "Registration", notStatus: "complete"},
	})
}

// "Jeg vil på sundhed, Bo på job": a workshop by its name after the
// other's name, the verb left out, is his, as "Bo på 4" was (it went to
// the sender, and Bo was asked for his). Of someone the mail does not sign
// up it is for staff (it was the sender's 2nd: a wrong complete).
func TestElidedByName(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Tilmeld mig og min kollega Bo Berg. Jeg vil på sundhed, Bo på job.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/-; Bo Berg:4/-"},
		{body: "Tilmeld mig og min kollega Bo Berg. Jeg vil på sundhed og Bo på job.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/-; Bo Berg:4/-"},
		{body: "Jeg vil på sundhed og Bo på job.\n\nHilsen Ida Holm", notStatus: "complete"},
		// no name between: a 1st and a 2nd
		{body: "Jeg vil gerne på sundhed og så på job.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4"},
	})
}

// A 2nd said for both beside each one's own 1st ("Som andet valg vil vi
// begge gerne have uddannelse", "Vi tager begge 3 som andet valg") is each
// one's 2nd: it went to the last one named alone, and the sender's was lost
// (a wrong complete). "Som andet valg vil vi ..." puts the rank first and
// the subject after the verb.
func TestSharedSecond(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil på sundhed og min mand Bo Holm på job. Som andet valg vil vi begge gerne have uddannelse.\n\nHilsen Ida Holm",
			status: "complete", want: "Ida Holm:2/3; Bo Holm:4/3"},
		{body: "Jeg vil gerne på 2 og min mand Bo Holm på 4. Vi tager begge 3 som andet valg.\n\nHilsen Ida Holm",
			status: "complete", want: "Ida Holm:2/3; Bo Holm:4/3"},
		{body: "Jeg vil gerne på 2. Som 2. prioritet vil jeg gerne have 4.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		// each with a 1st and a 2nd of their own takes no shared one
		{body: "Jeg vil gerne på 2 og 1, min mand Bo Holm på 4 og 1.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/1; Bo Holm:4/1"},
	})
}
