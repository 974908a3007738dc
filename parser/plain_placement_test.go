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

// A question about one's own registration sent before ("Har I modtaget
// min tilmelding?", "Did my registration go through?") is a question for
// staff: the bot must not ask a registered sender for her workshops.
func TestAsksOfOwnRegistration(t *testing.T) {
	asks := func(body string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body + "\nMvh Anna Jensen", from: "Anna Jensen", intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"}
	}
	runChecked(t, []checkedCase{
		asks("Har I modtaget min tilmelding?"),
		asks("Jeg har ikke hørt noget – er min tilmelding kommet igennem?"),
		asks("Hej, jeg tilmeldte mig for 2 uger siden. Har jeg fået plads på en workshop?"),
		asks("Hej, jeg meldte mig til for et stykke tid siden. Har jeg fået en plads?"),
		asks("Did you receive my registration?"),
		asks("Did my registration go through? I haven't heard anything."),
		{blindCase: received(false, "Har jeg fået plads?"), asks: "yes"},
		// a change beside the question is read
		{blindCase: blindCase{body: "Har I modtaget min tilmelding? Jeg vil gerne skifte til workshop 3.\nMvh Anna Jensen", from: "Anna Jensen",
			intent: tilmeld.IntentUpdate, want: "Anna Jensen:3/-"}},
		// a first registration with a question stays one
		{blindCase: blindCase{body: "Her er min tilmelding: workshop 2 og 4. Er der parkering?\nMvh Anna Jensen", from: "Anna Jensen",
			intent: tilmeld.IntentRegister, status: "complete", want: "Anna Jensen:2/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Er det for sent at melde sig til?\nAnna Jensen", from: "Anna Jensen", intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
	})
}

// Plain answers the reader already read right, kept as proof: thanks that
// change nothing, a new phone number, one choice changed or the two
// swapped, a person or food added, one of two or both withdrawn, a wish
// for another workshop after the placement, questions, late sign-ups.
func TestPlainAnswersToTheBot(t *testing.T) {
	const svP = "SV: Din plads: Aktive boligområder i Albertslund efter 2020"
	const svR = "SV: Tilmelding: Aktive boligområder i Albertslund efter 2020"
	outlook := func(subject, body, quote string) blindCase {
		return blindCase{body: body + outlookDA(strings.TrimPrefix(subject, "SV: "), quote), from: "Anna Jensen", subject: subject, headers: replyHeaders}
	}
	iphone := func(body, quote string) blindCase {
		return blindCase{body: body + iphoneDA(quote), from: "Anna Jensen", subject: "Re: Din plads: Aktive boligområder i Albertslund efter 2020", headers: replyHeaders}
	}
	enReceipt := func(body string) blindCase {
		return blindCase{body: body + "\nAnna" + gmailEN(botReceiptEN()), from: "Anna Jensen", subject: "Re: Registration: Aktive boligområder i Albertslund efter 2020", headers: replyHeaders}
	}
	phone := func(c blindCase, p string) checkedCase {
		return checkedCase{blindCase: expect(c, tilmeld.IntentUpdate, "complete", ""), phone: p}
	}
	diet := func(c blindCase, d string) checkedCase {
		return checkedCase{blindCase: expect(c, tilmeld.IntentUpdate, "complete", ""), diets: d}
	}
	question := func(c blindCase) checkedCase {
		return checkedCase{blindCase: expect(c, tilmeld.IntentQuestion, "review", ""), asks: "yes"}
	}
	late := func(body, want string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body + "\nMvh Anna Jensen", from: "Anna Jensen", intent: tilmeld.IntentRegister, status: "complete", want: want}}
	}
	other := func(c blindCase) checkedCase {
		return checkedCase{blindCase: expect(c, tilmeld.IntentOther, "review", "")}
	}
	cancel := func(c blindCase, want string) checkedCase {
		return checkedCase{blindCase: expect(c, tilmeld.IntentCancel, "complete", want)}
	}
	change := func(c blindCase, want string) checkedCase {
		return checkedCase{blindCase: expect(c, tilmeld.IntentUpdate, "complete", want)}
	}
	toStaff := func(c blindCase) checkedCase {
		return checkedCase{blindCase: expect(c, tilmeld.IntentUpdate, "review", "")}
	}
	anna := "Anna Jensen:-/-"
	runChecked(t, []checkedCase{
		other(placed(false, "Tak, det passer. Vi ses.")),
		other(received(false, "Tak, det passer fint.")),
		other(outlook(svP, "Tusind tak, jeg glæder mig!\n\nAnna Jensen", botPlacementDA(false))),
		other(iphone("Super, tak 👍", botPlacementDA(false))),
		other(iphone("Okay 👍", botPlacementDA(false))),
		other(placedEN(false, "Thanks, see you on the 29th!")),
		other(enReceipt("Thanks, that's all correct.")),
		other(outlook(svR, "Det ser rigtigt ud. Tak.\nMvh Anna", botReceiptDA(true))),
		other(placed(true, "Vi kommer begge to. Tak!")),
		other(placed(false, "Jeg kommer lidt senere, ca. kl. 17.")),
		other(placed(false, "Tak, men jeg kan kun blive til kl. 18.")),
		// "alligevel godt" comes after all: no withdrawal
		other(placed(false, "Jeg kan alligevel godt komme, så I kan godt beholde min plads.")),
		other(placed(false, "Jeg troede, jeg ikke kunne komme, men det kan jeg alligevel.")),
		phone(received(false, "Mit telefonnummer er forkert, det rigtige er 22 33 44 66."), "+4522334466"),
		phone(outlook(svP, "Mit nye nummer er 40 50 60 70.\nAnna Jensen", botPlacementDA(false)), "+4540506070"),
		phone(enReceipt("My phone number is wrong, it should be 22 33 44 66."), "+4522334466"),
		change(received(false, "Kan I ændre min 2. prioritet til workshop 3?"), "Anna Jensen:-/3"),
		change(received(false, "Jeg vil gerne bytte rundt, så jeg har beskæftigelse som 1. og sundhed som 2."), "Anna Jensen:4/2"),
		change(received(false, "Kan I bytte om på mine prioriteter?"), "Anna Jensen:4/2"),
		change(enReceipt("Could you swap my choices around?"), "Anna Jensen:4/2"),
		change(received(false, "Det er forkert, jeg skrev workshop 3 og 1."), "Anna Jensen:3/1"),
		change(outlook(svR, "Hej\nJeg vil gerne ændre til workshop 1 og 3 i stedet.\nAnna", botReceiptDA(false)), "Anna Jensen:1/3"),
		change(received(false, "Min mand Bo Jensen vil også gerne med, workshop 1 og 3."), "Bo Jensen:1/3"),
		change(received(false, "Jeg vil gerne tilføje min kollega Per Holm, han vil gerne workshop 4."), "Per Holm:4/-"),
		diet(iphone("Jeg glemte at skrive, at jeg er vegetar.\nAnna", botReceiptDA(false)), "Anna Jensen=vegetarian"),
		diet(placed(false, "Jeg har fundet ud af, at jeg ikke tåler gluten. Kan I notere det?"), "Anna Jensen=gluten_free"),
		diet(outlook(svR, "Bo spiser ikke svinekød.\nMvh Anna", botReceiptDA(true)), "Bo Jensen=no_pork"),
		diet(placed(true, "Bo er blevet vegetar."), "Bo Jensen=vegetarian"),
		cancel(placed(false, "Jeg kan alligevel ikke komme. Giv gerne pladsen til en anden."), anna),
		cancel(placed(true, "Bo kan desværre ikke komme, men jeg kommer stadig."), "Bo Jensen:-/-"),
		cancel(received(true, "Jeg kommer ikke, men Bo kommer."), anna),
		cancel(placedEN(false, "Sorry, I can't make it after all."), anna),
		cancel(iphone("Jeg er blevet syg og kan ikke komme i morgen 😞", botPlacementDA(false)), anna),
		cancel(outlook(svP, "Jeg kan desværre ikke alligevel.\nMvh Anna", botPlacementDA(false)), anna),
		cancel(placed(false, "Jeg kommer ikke alligevel, men tak for pladsen."), anna),
		cancel(placed(false, "Tak for pladsen, men jeg må desværre melde fra."), anna),
		{blindCase: expect(placed(false, "Måske kan jeg ikke komme, jeg ved det i morgen."), tilmeld.IntentCancel, "review", "")},
		{blindCase: never(placed(false, "Jeg kommer, men min søn kommer ikke."), tilmeld.IntentCancel, "complete")},
		// a plain request for another workshop after the placement is a
		// change: the bot moves her if there is a free seat, else she keeps
		// hers (plain_moveafter_test.go)
		change(placed(false, "Kan jeg bytte til workshop 3?"), "Anna Jensen:3/-"),
		change(placedEN(false, "Could I change to workshop 1 instead?"), "Anna Jensen:1/-"),
		change(placedEN(false, "Thank you. Could I switch to workshop 3?"), "Anna Jensen:3/-"),
		// on a condition, or for both or for one by a question the
		// reading does not settle, staff decide
		toStaff(placed(false, "Jeg står på ventelisten, men tager gerne workshop 3, hvis der er plads der.")),
		toStaff(placed(true, "Kan vi begge komme på workshop 1?")),
		toStaff(placed(true, "Kan Bo komme på workshop 4 i stedet?")),
		question(received(false, "Har jeg fået plads?")),
		question(placed(false, "Hvad tid starter det?")),
		question(placed(false, "Er der parkering ved stedet?")),
		question(placed(false, "Tak. Kan jeg tage min datter med?")),
		question(placed(false, "Jeg står på venteliste – er der blevet en plads?")),
		question(placed(false, "Må min veninde også komme med? Hun hedder Sara Ali.")),
		// late sign-ups are read by what they say
		late("Jeg ved godt fristen er overskredet, men jeg vil gerne deltage i workshop 1 og 3.", "Anna Jensen:1/3"),
		{blindCase: blindCase{body: "Hej, er det for sent at tilmelde sig? Jeg vil gerne på workshop 2.\nAnna Jensen", from: "Anna Jensen",
			intent: tilmeld.IntentRegister, want: "Anna Jensen:2/-"}, asks: "yes"},
		{blindCase: blindCase{body: "I know the deadline has passed, but can I still sign up? I'd like workshop 4.\nAnna Jensen", from: "Anna Jensen",
			subject: "Late registration", intent: tilmeld.IntentRegister, want: "Anna Jensen:4/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Jeg har først lige set invitationen. Kan jeg nå at komme med? Workshop 3, ellers 1.\nAnna Jensen", from: "Anna Jensen",
			intent: tilmeld.IntentRegister, want: "Anna Jensen:3/1"}, asks: "yes"},
		{blindCase: blindCase{body: "Jeg nåede ikke at tilmelde mig inden fristen. Kan jeg stadig komme? Jeg er vegetar.\nAnna Jensen", from: "Anna Jensen",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}}, asks: "yes"},
	})
}
