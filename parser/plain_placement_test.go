package parser

import (
	"strings"
	"testing"

	"tilmeld"
)

// Plain answers to the bot's own mails, the receipt and the placement,
// quoted as the mail clients quote them (Gmail's "Den ... skrev", Outlook's
// "Fra:/Sendt:", the iPhone's): thanks, corrections, changes, people added
// or withdrawn, questions, and late sign-ups.

// botReceiptDA is the bot's Danish receipt for Anna Jensen (and Bo Jensen
// when two), as the mailbot writes it.
func botReceiptDA(two bool) string {
	s := "Hej Anna,\n\nTak for din tilmelding til Aktive boligområder i Albertslund efter 2020, tirsdag den 29. september 2020 kl. 16.30-19.30.\n\nVi har forstået din tilmelding sådan:\n\n" +
		"Anna Jensen\n  1. prioritet: Sundhed & trivsel (nr. 2)\n  2. prioritet: Beskæftigelse & opkvalificering (nr. 4)\n  Kost: ingen særlige hensyn\n"
	if two {
		s += "Bo Jensen\n  1. prioritet: Naboskab, netværk & tryghed (nr. 1)\n  2. prioritet: Uddannelse & livschancer (nr. 3)\n  Kost: ingen særlige hensyn\n"
	}
	return s + "\nKontakt: anna@example.dk, tlf. +4522334455\n\nRummene har kun plads til et begrænset antal. Efter tilmeldingsfristen, mandag den 21. september 2020 kl. 23.59, får du besked om, hvilken workshop du har fået plads på.\n\n" +
		"Er noget forkert, eller vil du ændre eller afmelde? Så svar blot på denne mail og skriv hvad.\n\nVenlig hilsen\nAlbertslund Boligsociale Center\nabc@bo-vest.dk, tlf. 60 35 46 30\n\nDenne mail er sendt automatisk.\n"
}

// botPlacementDA is the bot's Danish placement for Anna (and Bo).
func botPlacementDA(two bool) string {
	head := "Her er din plads:"
	if two {
		head = "Her er jeres pladser:"
	}
	s := "Hej Anna,\n\nTilmeldingsfristen er nu udløbet, og workshopperne er fordelt. " + head + "\n\n" +
		"Anna Jensen: Beskæftigelse & opkvalificering (nr. 4)\n  Der var ikke plads på 1. prioritet, Sundhed & trivsel (nr. 2), så pladsen er på 2. prioritet.\n  Kost: ingen særlige hensyn\n"
	if two {
		s += "Bo Jensen: Naboskab, netværk & tryghed (nr. 1)\n  Kost: ingen særlige hensyn\n"
	}
	return s + "\nAktive boligområder i Albertslund efter 2020\nTid: tirsdag den 29. september 2020 kl. 16.30-19.30\nSted: Albertslund\nDer er middag til alle undervejs.\n\n" +
		"Du kan lægge aftenen i din kalender med den vedhæftede fil (invitation.ics).\n\n" +
		"Kan du alligevel ikke komme, eller er noget forkert? Så svar blot på denne mail, så pladsen kan gå til en anden.\n\nVenlig hilsen\nAlbertslund Boligsociale Center\nabc@bo-vest.dk, tlf. 60 35 46 30\n\nDenne mail er sendt automatisk.\n"
}

// botPlacementEN is the bot's English placement for Anna alone.
func botPlacementEN() string {
	return "Dear Anna,\n\nThe registration deadline has passed and the workshops have been allocated. Here is your seat:\n\n" +
		"Anna Jensen: Beskæftigelse & opkvalificering (no. 4)\n  There was no room in the 1st choice, Sundhed & trivsel (no. 2), so the seat is in the 2nd choice.\n  Diet: no special needs\n\n" +
		"Aktive boligområder i Albertslund efter 2020\nTime: Tuesday 29 September 2020 at 16:30-19:30\nPlace: Albertslund\nDinner is included in the evening.\n\n" +
		"If you cannot come after all, or something is wrong, just answer this mail so the seat can go to someone else.\n\nKind regards\nAlbertslund Boligsociale Center\nabc@bo-vest.dk, phone 60 35 46 30\n\nThis mail was sent automatically.\n"
}

// botReceiptEN is the bot's English receipt for Anna alone.
func botReceiptEN() string {
	return "Dear Anna,\n\nThank you for registering for Aktive boligområder i Albertslund efter 2020, Tuesday 29 September 2020 at 16:30-19:30.\n\nThis is how we understood your registration:\n\n" +
		"Anna Jensen\n  1st choice: Sundhed & trivsel (no. 2)\n  2nd choice: Beskæftigelse & opkvalificering (no. 4)\n  Diet: no special needs\n\nContact: anna@example.dk, phone +4522334455\n\n" +
		"The rooms hold a limited number of people. After the registration deadline, Monday 21 September 2020 at 23:59, you will hear which workshop you have a seat in.\n\n" +
		"Is anything wrong, or do you want to change or cancel? Just answer this mail and tell us.\n\nKind regards\nAlbertslund Boligsociale Center\nabc@bo-vest.dk, phone 60 35 46 30\n\nThis mail was sent automatically.\n"
}

// prefixed marks each line of s with "> " as a client quotes it.
func prefixed(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		if l == "" {
			b.WriteString(">\n")
		} else {
			b.WriteString("> " + l + "\n")
		}
	}
	return b.String()
}

// gmailDA quotes s as Gmail in Danish does.
func gmailDA(s string) string {
	return "\n\nDen tir. 22. sep. 2020 kl. 08.00 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n\n" + prefixed(s)
}

// gmailEN quotes s as Gmail in English does.
func gmailEN(s string) string {
	return "\n\nOn Tue, 22 Sep 2020 at 08:00, Albertslund Boligsociale Center <abc@bo-vest.dk> wrote:\n\n" + prefixed(s)
}

// outlookDA quotes s under Outlook's Danish header block.
func outlookDA(subject, s string) string {
	return "\n\n________________________________\nFra: Albertslund Boligsociale Center <abc@bo-vest.dk>\nSendt: 22. september 2020 08:00\nTil: Anna Jensen <anna@example.dk>\nEmne: " +
		subject + "\n\n" + s
}

// iphoneDA quotes s as the iPhone's Mail does, under its own sign-off.
func iphoneDA(s string) string {
	return "\n\nSendt fra min iPhone\n\n> Den 22. sep. 2020 kl. 08.00 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n>\n" + prefixed(s)
}

// botPlacementEN2 is the bot's English placement for Anna and Bo.
func botPlacementEN2() string {
	return strings.Replace(strings.Replace(botPlacementEN(), "Here is your seat:", "Here are your seats:", 1),
		"  Diet: no special needs\n", "  Diet: no special needs\nBo Jensen: Naboskab, netværk & tryghed (no. 1)\n  Diet: no special needs\n", 1)
}

// placed is a case answering the Danish placement for Anna (and Bo when
// two), from Anna Jensen.
func placed(two bool, body string) blindCase {
	return blindCase{body: body + "\nAnna" + gmailDA(botPlacementDA(two)), from: "Anna Jensen", subject: "Re: Din plads: Aktive boligområder i Albertslund efter 2020", headers: replyHeaders}
}

// placedEN is placed under the English placement.
func placedEN(two bool, body string) blindCase {
	q := botPlacementEN()
	if two {
		q = botPlacementEN2()
	}
	return blindCase{body: body + "\nAnna" + gmailEN(q), from: "Anna Jensen", subject: "Re: Your seat: Aktive boligområder i Albertslund efter 2020", headers: replyHeaders}
}

// received is a case answering the Danish receipt.
func received(two bool, body string) blindCase {
	return blindCase{body: body + "\nAnna" + gmailDA(botReceiptDA(two)), from: "Anna Jensen", subject: "Re: Tilmelding: Aktive boligområder i Albertslund efter 2020", headers: replyHeaders}
}

// expect sets what a case must read.
func expect(c blindCase, intent tilmeld.Intent, status, want string) blindCase {
	c.intent, c.status, c.want = intent, status, want
	return c
}

// never sets the status a case must not get, and the intent when not "".
func never(c blindCase, intent tilmeld.Intent, status string) blindCase {
	c.intent, c.notStatus = intent, status
	return c
}

// A withdrawal whose subject is a name that opens the sentence ("Bo kan
// ikke komme, så jeg kommer alene") withdraws that person, whatever the
// rest of the sentence says of the sender or asks; a name the thread does
// not hold sends it to staff, never withdrawing the sender.
func TestNamedSubjectWithdrawn(t *testing.T) {
	bo, anna := "Bo Jensen:-/-", "Anna Jensen:-/-"
	runBlind(t, []blindCase{
		expect(placed(true, "Bo kan ikke komme, så jeg kommer alene."), tilmeld.IntentCancel, "complete", bo),
		expect(placed(true, "Bo kan ikke komme, kan I sige det til køkkenet?"), tilmeld.IntentCancel, "complete", bo),
		expect(placed(true, "Bo kan ikke komme, skal jeg gøre noget?"), tilmeld.IntentCancel, "complete", bo),
		expect(received(true, "Bo kan alligevel ikke, så jeg kommer alene."), tilmeld.IntentCancel, "complete", bo),
		expect(placedEN(true, "Bo can't come, so I'll come alone."), tilmeld.IntentCancel, "complete", bo),
		expect(placedEN(true, "Bo can't make it, can you tell the kitchen?"), tilmeld.IntentCancel, "complete", bo),
		// already right: the name and a full stop, or "men jeg kommer"
		expect(placed(true, "Bo kan desværre ikke komme, men jeg kommer."), tilmeld.IntentCancel, "complete", bo),
		expect(placed(true, "Bo kan ikke komme."), tilmeld.IntentCancel, "complete", bo),
		// one the thread does not hold: whose registration is it?
		never(placed(false, "Karin kan ikke komme."), tilmeld.IntentCancel, "complete"),
		never(placed(false, "Karin kan ikke komme, så jeg kommer alene."), tilmeld.IntentCancel, "complete"),
		never(placed(false, "Bo kan ikke komme, men jeg kommer."), tilmeld.IntentCancel, "complete"),
		never(placedEN(false, "Bo can't come, so I'll come alone."), tilmeld.IntentCancel, "complete"),
		{body: "Karin kan ikke komme, så jeg kommer alene.\nMvh Anna Jensen", from: "Anna Jensen", notStatus: "complete"},
		// the sender's own withdrawal, with a word before the verb, stands
		expect(placed(false, "Desværre kan jeg ikke komme, så jeg melder fra."), tilmeld.IntentCancel, "complete", anna),
		expect(placed(false, "Jeg kan ikke komme, så jeg melder fra."), tilmeld.IntentCancel, "complete", anna),
		// a question puts the verb first: no withdrawal of Bo
		never(placed(true, "Kan Bo ikke komme?"), "", "complete"),
	})
}

// Bringing someone along "i stedet", "instead" hands a seat on: staff
// settle who comes.
func TestBroughtInstead(t *testing.T) {
	runBlind(t, []blindCase{
		expect(placed(true, "Bo kan ikke komme, kan jeg tage min søster med i stedet?"), tilmeld.IntentUpdate, "review", ""),
		expect(placed(true, "Bo kan ikke komme. Kan min søster komme med i stedet?"), tilmeld.IntentUpdate, "review", ""),
		expect(placed(true, "Min søster kommer med i stedet for Bo."), tilmeld.IntentUpdate, "review", ""),
		expect(placedEN(true, "Bo can't come, could I bring my sister instead?"), tilmeld.IntentUpdate, "review", ""),
		expect(placedEN(true, "Bo can't come, but my sister can come along instead."), tilmeld.IntentUpdate, "review", ""),
		// already right: the seat taken by name
		expect(received(false, "Jeg kan ikke komme alligevel, men min kollega Per Holm vil gerne tage min plads."), tilmeld.IntentUpdate, "review", ""),
		// "i stedet" of a workshop is a change of one's own
		expect(received(false, "Hej\nJeg vil gerne ændre til workshop 1 og 3 i stedet."), tilmeld.IntentUpdate, "complete", "Anna Jensen:1/3"),
	})
}

// Words of withdrawal said of one workshop ("Jeg kan ikke komme til
// workshop 4") turn that workshop down, not the meeting: never a
// withdrawal the bot carries out alone.
func TestWithdrawalOfAWorkshop(t *testing.T) {
	anna := "Anna Jensen:-/-"
	runBlind(t, []blindCase{
		never(placed(false, "Jeg kan ikke komme til workshop 4, kan jeg få en anden?"), "", "complete"),
		never(placed(false, "Jeg kan ikke komme til workshop 4."), "", "complete"),
		never(placed(false, "Jeg kan ikke deltage i workshop 4, kan jeg komme på en anden?"), "", "complete"),
		never(placed(false, "Jeg kan desværre ikke komme til den workshop."), "", "complete"),
		never(placed(false, "Jeg kan ikke komme til beskæftigelse."), "", "complete"),
		never(received(false, "Jeg kan ikke komme til workshop 4, kan jeg få en anden?"), "", "complete"),
		never(placedEN(false, "I can't come to workshop 4, could I have another one?"), "", "complete"),
		never(placedEN(false, "I can't attend that workshop."), "", "complete"),
		// the meeting, or the time, is no workshop
		expect(placed(false, "Jeg kan ikke komme til mødet."), tilmeld.IntentCancel, "complete", anna),
		expect(placed(false, "Jeg kan desværre ikke komme i morgen."), tilmeld.IntentCancel, "complete", anna),
		expect(placedEN(false, "I can't come to the meeting after all."), tilmeld.IntentCancel, "complete", anna),
		never(placed(false, "Jeg kan ikke komme til tiden, men kommer kl. 17."), "", "complete"),
		// a new mail that turns one down and names another signs up
		{body: "Jeg kan ikke komme til workshop 2, men gerne 3.\nMvh Anna Jensen", from: "Anna Jensen", intent: tilmeld.IntentRegister, notStatus: "complete"},
	})
}

// "Vi kommer ikke", "Ingen af os kan komme" under the placement for two
// withdraw both: the placement lists them ("Bo Jensen: Naboskab ... (nr. 1)").
func TestGroupWithdrawnUnderPlacement(t *testing.T) {
	both := "Anna Jensen:-/-; Bo Jensen:-/-"
	runBlind(t, []blindCase{
		expect(placed(true, "Vi kommer ikke."), tilmeld.IntentCancel, "complete", both),
		expect(placed(true, "Ingen af os kan komme alligevel."), tilmeld.IntentCancel, "complete", both),
		expect(placed(true, "Vi kan desværre ingen af os komme alligevel."), tilmeld.IntentCancel, "complete", both),
		expect(placed(true, "Vi melder begge fra."), tilmeld.IntentCancel, "complete", both),
		expect(placedEN(true, "We can't come after all, sorry."), tilmeld.IntentCancel, "complete", both),
		expect(placedEN(true, "Neither of us can make it."), tilmeld.IntentCancel, "complete", both),
		expect(received(true, "Vi melder begge fra."), tilmeld.IntentCancel, "complete", both),
		// a placement for one says nothing of who "vi" are
		never(placed(false, "Vi kommer ikke."), tilmeld.IntentCancel, "complete"),
		// coming, both of them, changes nothing
		expect(placed(true, "Vi kommer begge to, tak."), tilmeld.IntentOther, "review", ""),
	})
}
