package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a fifty-second look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// C (wrong complete). A double name written with only its first part
// capitalised ("Anne-sofie", "Krogh-pedersen") is one name: the part in
// small letters after the hyphen is kept, with the surname after it. A
// dash between spaces, a digit, a word of the language or a noun after the
// hyphen ends the name.
func TestHyphenNameSmallPart(t *testing.T) {
	runNames(t, []nameCase{
		{from: idaFrom, body: "Hej\nJeg vil gerne tilmelde mig og min mand Hans-henrik Lund, begge ws 1 og 4.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/4; Hans-henrik Lund:1/4"},
		{from: idaFrom, body: "Hej\nJeg kommer på workshop 2. Anne-sofie Krag kommer også, hun vil på 3.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-; Anne-sofie Krag:3/-"},
		{from: "karl@example.dk", body: "Navn: Karl-johan Friis. Workshop 2 og 3", status: "complete", want: "Karl-johan Friis:2/3"},
		{from: "ida@example.dk", body: "Hej, jeg vil gerne på workshop 2 og 1.\n\nMvh Ida Krogh-pedersen", status: "complete", want: "Ida Krogh-pedersen:2/1"},
		{from: "Lise Bang <lise@example.dk>", body: "Hej\nJeg og min søster Lise-lotte Dam vil begge gerne på workshop 3 og 4.\nMvh Lise Bang",
			status: "complete", want: "Lise Bang:3/4; Lise-lotte Dam:3/4"},
		{from: idaFrom, body: "Hi, I'm registering my colleague Mary-jane Cole for workshop 2 and 1.\nBest, Ida Holm", status: "complete", want: "Mary-jane Cole:2/1"},
		{from: "ole@example.dk", body: "Hi\nI would like workshop 4, then 1.\n\nKind regards\nOle Berg-nielsen", status: "complete", want: "Ole Berg-nielsen:4/1"},
		// the first name alone, after the full name
		{from: "Karen Lund <karen@example.dk>", body: "Hej\nHermed tilmelding af mig og min mand Hans-henrik Lund, vi vil begge gerne på workshop 1 og 4.\nHans-henrik spiser ikke svinekød.\nMvh Karen Lund",
			status: "complete", want: "Karen Lund:1/4; Hans-henrik Lund:1/4"},
		// near-misses: the hyphen is not inside a name
		{from: "per@example.dk", body: "Per Hald-3 og 4", status: "complete", want: "Per Hald:3/4"},
		{from: idaFrom, body: "Workshop 4 og 2. Jeg kommer med Falck-bussen.\nIda Holm", status: "complete", want: "Ida Holm:4/2"},
		{from: "eva@example.dk", body: "Tilmelding workshop 1\nEva Bo-også vegetar", want: "Eva Bo:-/-"},
		{from: idaFrom, body: "Workshop 4 og 2. Min mand Per Holm-vegetar kommer også, han vil på 1.\nIda Holm", want: "Ida Holm:4/2; Per Holm:1/-"},
		{from: "Louise Berg <louise@example.dk>", body: "Hej\nLouise Berg - vegetar\nWorkshop 2 og 3\nMvh Louise", status: "complete", want: "Louise Berg:2/3"},
	})
}

// B (wrong complete). A sign-off that spells the From line's name without
// its æ, ø, å or accents ("Mvh Bjorn" under "Bjørn Møller") is the sender
// on a keyboard without them: the name tag is the From line's full name in
// its own spelling. Another first name ("Mvh Sara" under "Søren Holm"), a
// name one letter off ("Ola" under "Ole Bæk") and a truer spelling than the
// From line's ("Nguyễn Thị Lan" under "Lan Nguyen") stay as they were.
func TestSignedWithoutDanishLetters(t *testing.T) {
	runNames(t, []nameCase{
		{from: "Bjørn Møller <bm@example.dk>", body: "Hej\nJeg vil gerne på workshop 1 og 2.\nMvh Bjorn", status: "complete", want: "Bjørn Møller:1/2"},
		{from: "Bjørn Møller <bm@example.dk>", body: "Hej\nJeg vil gerne på workshop 1 og 2.\nMvh Bjoern", status: "complete", want: "Bjørn Møller:1/2"},
		{from: "Åse Kjær <ase@example.dk>", body: "Hej, jeg tilmelder mig workshop 3.\nHilsen Ase", status: "complete", want: "Åse Kjær:3/-"},
		{from: "Åse Kjær <ase@example.dk>", body: "Hej, jeg tilmelder mig workshop 3.\nHilsen Aase", status: "complete", want: "Åse Kjær:3/-"},
		{from: "Mette Ødegård <mo@example.dk>", body: "Hej\nTilmelding til workshop 4 og 2.\nVenlig hilsen\nMette Odegaard", status: "complete", want: "Mette Ødegård:4/2"},
		{from: "Jørgen Bæk <jb@example.dk>", body: "hej jeg vil gerne på sundhed og job\nvh jorgen", status: "complete", want: "Jørgen Bæk:2/4"},
		{from: "Jørgen Bæk <jb@example.dk>", body: "hej jeg vil gerne på sundhed og job\nvh jorgen baek", status: "complete", want: "Jørgen Bæk:2/4"},
		{from: "Søren Holm <sh@example.dk>", body: "Hej, jeg vil gerne på workshop 1.\nMvh Soren", status: "complete", want: "Søren Holm:1/-"},
		{from: "Zoë Hartmann <zh@example.com>", body: "Hi, please sign me up for workshop 2 and 3.\nCheers, Zoe", status: "complete", want: "Zoë Hartmann:2/3"},
		{from: "Renée Æbelø <re@example.com>", body: "Hi\nWorkshop 1 please, then 4.\nBest,\nRenee Aebelo", status: "complete", want: "Renée Æbelø:1/4"},
		// near-misses
		{from: "Søren Holm <sh@example.dk>", body: "Hej, jeg vil gerne på workshop 1.\nMvh Sara", want: "Sara:1/-"},
		{from: "Ole Bæk <ob@example.dk>", body: "Hej, jeg vil gerne på workshop 1.\nMvh Ola", want: "Ola:1/-"},
		{from: "Lan Nguyen <lan@example.com>", body: "Hello, I want workshop 2.\nNguyễn Thị Lan", status: "complete", want: "Nguyễn Thị Lan:2/-"},
		{from: "Jørgen Bæk <jb@example.dk>", body: "hej jeg vil gerne på sundhed og job\nvh karin", notStatus: "complete"},
	})
}

// A (a needless question and a phantom attendee; from a bare address a
// wrong complete under the misheard name). A name taken back in the same
// breath and given anew ("Lise Krogh øh nej undskyld Lise Krogsgaard",
// "Kate Moss, sorry, Cate Moss") is one person under the second name, with
// every choice, diet and phone of the sentence. A "nej" that opens a new
// statement or stands between two people takes no name back.
func TestNameTakenBack(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\njeg hedder Lise Krogh øh nej undskyld Lise Krogsgaard, workshop 2 og 1",
			from: "Lise Krogsgaard", intent: tilmeld.IntentRegister, status: "complete", want: "Lise Krogsgaard:2/1", missing: []string{}}, diets: "Lise Krogsgaard="},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne tilmelde min mand Jens Olesen, hov nej, Jens Olsen, til workshop 4. Jeg kommer ikke selv.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Jens Olsen:4/-"}},
		{blindCase: blindCase{body: "Tilmelding for Ahmad Saleh, nej vent, Ahmed Saleh med e. Job og uddannelse. Spiser halal",
			from: "Ahmed Saleh", intent: tilmeld.IntentRegister, status: "complete", want: "Ahmed Saleh:4/3"}, diets: "Ahmed Saleh=halal"},
		{blindCase: blindCase{body: "Hi, my name is Kate Moss, sorry, Cate Moss with a C, workshops 1 and 2",
			from: "Cate Moss", intent: tilmeld.IntentRegister, status: "complete", want: "Cate Moss:1/2"}},
		{blindCase: blindCase{body: "Hi, please register Jon Lee, no wait, John Lee, for workshop 3 and 2. I'm not coming myself.\nBest, Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "John Lee:3/2"}},
		// near-misses: "nej" opens a new statement, or stands between two people
		{blindCase: blindCase{body: "Hej. Mit navn er Eva Holt. Nej til fisk, jeg er vegetar. Workshop 2.",
			from: "Eva Holt", status: "complete", want: "Eva Holt:2/-"}, diets: "Eva Holt=vegetarian"},
		{blindCase: blindCase{body: "Hej. Jeg tilmelder Peter Holm og Ane Holm (nej, vi er ikke i familie), begge ws 1. Selv kommer jeg ikke.\nMvh Mette Dahl",
			from: "Mette Dahl", status: "complete", want: "Peter Holm:1/-; Ane Holm:1/-"}},
		{blindCase: blindCase{body: "Hej. Jeg tilmelder Sara Lind til workshop 3. Nej, hun spiser ikke svinekød. Selv kommer jeg ikke.\nMvh Mette Dahl",
			from: "Mette Dahl", status: "complete", want: "Sara Lind:3/-"}, diets: "Sara Lind=no_pork"},
		{blindCase: blindCase{body: "My name is Tom Hall, no allergies, workshop 1", from: "Tom Hall", status: "complete", want: "Tom Hall:1/-"}},
	})
	// from a bare address the name taken back would be the only name
	runNames(t, []nameCase{
		{from: "per@example.dk", body: "hej mit navn er Per Lund komma rettelse Per Lunde punktum jeg vil gerne på sundhed", status: "complete", want: "Per Lunde:2/-"},
		{from: "hanne@example.dk", body: "navn: Hanne Bech – jeg mener Hanne Beck – ws 3", status: "complete", want: "Hanne Beck:3/-"},
		{from: "mads@example.dk", body: "Deltager: Mads Kjær, undskyld, Mads Kjærgaard. Workshop 1 og 3.", status: "complete", want: "Mads Kjærgaard:1/3"},
		{from: "ida@example.dk", body: "Hej\nJeg hedder Ida Holm, nej Ida Holm-Berg, workshop 2 og 3.", status: "complete", want: "Ida Holm-Berg:2/3"},
	})
}

// E (the review is right, but staff saw "question only" and lost the
// registration). "Kan jeg nå både 2 og 4? Ellers vælger jeg 2": two at
// once is for staff, and the fallback after "ellers" is her first choice,
// a registration with a question. The verb of a wish before its subject
// ("vælger jeg 2", "tager jeg bare 2") wishes the number as "jeg vælger 2"
// does.
func TestBothAtOnceOrFallback(t *testing.T) {
	review := func(body, want string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body + "\nMvh Ida Holm", intent: tilmeld.IntentRegister, status: "review", want: want}, asks: "yes"}
	}
	runChecked(t, []checkedCase{
		review("Hej\nGår det at deltage i både 2 og 4? Ellers vælger jeg 2.", "Ida Holm:2/-"),
		review("Hej\nKan jeg deltage i både 2 og 4? Ellers tager jeg bare 2.", "Ida Holm:2/-"),
		review("Hej\nKan man være med i både 1 og 3 på én gang? Hvis ikke, så tager jeg kun 3.", ""),
		review("Hej\nKan jeg nå både naboskab og job? Hvis ikke, så bare job.", ""),
		review("Hej\nEr 3 og 4 på samme tid? Jeg vil helst begge, ellers 3.", "Ida Holm:3/-"),
		review("Hi\nIs it possible to join 1 and 2 at the same time? If not, put me on 1.", ""),
		// near-misses: a side question beside a plain choice, a question alone
		{blindCase: blindCase{body: "Hej\nEr der parkering? Jeg vil gerne på 1 og 3.\nMvh Ida Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/3"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nKan man være med i flere workshops?\nMvh Ida Holm", intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 1 og 3. Så tager jeg 2 kager med.\nMvh Ida Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/3"}},
	})
}

// F (harmless: ignored either way, but read as an auto-reply). A no-reply
// mail that holds a parcel for a fee or threatens a block, whose button
// ("[Betal nu]", "[Bekræft levering]") lost its link with the HTML, is
// phishing: spam. An out-of-office or a receipt stays an auto-reply.
func TestParcelFeePhishingNoLink(t *testing.T) {
	for _, c := range []struct {
		from, subject, body string
		intent              tilmeld.Intent
	}{
		{"PostNord <no-reply@postnord-example.info>", "Din forsendelse",
			"Kære kunde\n\nDin forsendelse er tilbageholdt. Der mangler et gebyr på 12 kr.\n\n[Betal nu]\n\nMed venlig hilsen\nPostNord", tilmeld.IntentSpam},
		{"GLS <noreply@gls-example.info>", "Din pakke",
			"Kære kunde\nVi kunne ikke aflevere din pakke – betal told inden 24 timer, ellers returneres den til afsender.", tilmeld.IntentSpam},
		{"PostNord <no-reply@postnord-example.info>", "Pakke",
			"Kære kunde\nDin pakke med nummer 00371234 kunne ikke leveres. Gebyret på 9 kr skal være betalt inden i morgen.\n[Bekræft levering]", tilmeld.IntentSpam},
		{"Din Bank <no-reply@bank-example.net>", "Vigtig meddelelse",
			"Kære kunde\nDin bank: bekræft dine oplysninger for at undgå spærring.\n[Fortsæt]", tilmeld.IntentSpam},
		{"DHL Express <noreply@dhl-example.com>", "Your parcel",
			"Dear customer,\nYour parcel is on hold: a customs fee is unpaid.\n[Confirm delivery]", tilmeld.IntentSpam},
		{"Parcel Service <no-reply@parcel-example.com>", "Delivery notice",
			"Dear customer\nYour shipment is on hold. Pay now to avoid return to sender.\n[Pay now]", tilmeld.IntentSpam},
		// near-misses: an out-of-office and receipts
		{"Boligkontoret <noreply@example.dk>", "Automatisk svar", "Automatisk svar: jeg er på ferie til den 14.", tilmeld.IntentAutoReply},
		{"Kommunen <no-reply@example.dk>", "Kvittering", "Din henvendelse er modtaget, sagsnummer 4711. Du hører fra os inden 5 hverdage.", tilmeld.IntentAutoReply},
		{"Webshop <no-reply@shop-example.dk>", "Ordrebekræftelse", "Tak for din bestilling. Din pakke er afsendt og leveres i morgen.", tilmeld.IntentAutoReply},
	} {
		r := parseFrom(c.from, c.subject, c.body)
		if r.Intent != c.intent || r.Status != tilmeld.StatusIgnore {
			t.Errorf("%s / %q: got %s %s, want %s ignore (%v)", c.from, c.body, r.Intent, r.Status, c.intent, r.Reasons)
		}
	}
}
