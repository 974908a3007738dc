package parser

import (
	"fmt"
	"strings"
	"testing"

	"tilmeld"
)

// The kinds of mail a ninth look at unseen mail showed the reader wrong
// on, each in several wordings of our own, through Parse with the gate.

// 2. Workshops named by their place in the invitation's list: "den tredje
// på listen", "nummer to på listen", "den sidste", "den øverste". An
// ordinal names a workshop only beside a list or workshop word.
func TestChoicesByListPosition(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage.\nWorkshop: den tredje på listen, og så den første hvis der ikke er plads.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/1"},
		{body: "Hej\nJeg vil gerne deltage i nummer to på listen, ellers den sidste.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg tilmelder mig den øverste workshop, og som anden prioritet den nederste.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/4"},
		{body: "Hej\nJeg vil gerne i den sidste workshop på listen og ellers nummer to på listen.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/2"},
		{body: "Hi\nI would like to attend: the third one on the list, otherwise the first.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:3/1"},
		{body: "Hi\nPlease sign me up for the fourth workshop on the list, otherwise the first.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:4/1"},
		{body: "Hej\nJeg vælger den næstsidste workshop, og ellers den første.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/1"},
		{body: "Hej\nWorkshop: den øverste, og hvis den er fuld, den nederste.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/4"},
		{body: "Hej\nJeg vil gerne deltage. 1. prioritet: den tredje på listen. 2. prioritet: den sidste.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/4"},
		{body: "Hi\nI would like to join. First choice: the third workshop on the list. Second choice: the first.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:3/1"},
		{body: "Hi\nI'd like the top one on the list, otherwise the bottom one.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:1/4"},
		{body: "Hi\nI'd like number 3 on the list, otherwise number 1.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:3/1"},
		{body: "Hej\nTilmelding: nr. 2 på listen, subsidiært nr. 4.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne være med. Helst den sidste, ellers den næstsidste på listen.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/3"},
		// "second" is also a priority's word: which it is, staff tell
		{body: "Hi\nPlease sign me up for the last workshop on the list, or the second one.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", notStatus: "complete"},
		// an ordinal without a list or workshop word is a date or a count
		{body: "Hej\nJeg vil gerne deltage den første oktober, workshop 2.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-"},
		{body: "Hej\nJeg kommer for første gang og vil gerne i workshop 2.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-"},
		{body: "Hej\nDet er første gang jeg deltager. Jeg tager workshop 3, og den første hvis der ikke er plads.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/1"},
		{body: "Hi\nThis is the first time I attend. I'd like workshop 2.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:2/-"},
		{body: "Hi\nI was at the top of the waiting list last year. I'd like workshop 2.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:2/-"},
		{body: "Hej\nJeg vil gerne i workshop 2. Det er den sidste gang jeg kan.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-"},
	})
}

// parseFrom reads a plain-text mail from the full From line from.
func parseFrom(from, subject, body string) *Result {
	raw := "From: " + from + "\r\nTo: abc@bo-vest.dk\r\nSubject: " + subject + "\r\n" +
		"Message-ID: <k9@example.dk>\r\nDate: Mon, 14 Sep 2020 10:00:00 +0200\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
	return Parse([]byte(raw), testEvent)
}

// 6. Phishing from a no-reply sender is spam, not an auto-reply; a real
// auto-reply from one stays an auto-reply.
func TestPhishingFromNoReply(t *testing.T) {
	for _, c := range []struct {
		from, subject, body string
		intent              tilmeld.Intent
	}{
		{"Microsoft Outlook Team <no-reply@examp1e-security.com>", "Din postkasse er næsten fuld – bekræft din konto",
			"Kære bruger\n\nDin postkasse har nået 98% af sin kvote. Bekræft din konto inden 24 timer, ellers kan du ikke modtage nye e-mails.\n\nBekræft her: http://examp1e-security.com/login/verify\n\nMicrosoft Outlook Team",
			tilmeld.IntentSpam},
		{"Sikkerhed <no-reply@bank-example.com>", "Din adgangskode udløber",
			"Kære kunde\nDin adgangskode udløber i dag. Log ind her for at forny den: http://bank-example.com/login\nVenlig hilsen\nSikkerhedsteamet",
			tilmeld.IntentSpam},
		{"Lotteri <no-reply@prize.example.com>", "Tillykke!",
			"Tillykke! Du har vundet en iPhone. Hent din præmie her: http://prize.example.com/claim", tilmeld.IntentSpam},
		{"IT Support <noreply@mail-update.example.net>", "Your password expires today",
			"Dear user,\n\nYour password expires today. To keep it, verify your account here: https://mail-update.example.net/verify\n\nIT Helpdesk",
			tilmeld.IntentSpam},
		{"Webmail <donotreply@example-webmail.org>", "Mailbox quota exceeded",
			"Your mailbox quota has been exceeded. Log in here to get more storage: http://example-webmail.org/login", tilmeld.IntentSpam},
		{"PostNord <noreply@postnord-example.info>", "Din pakke venter",
			"Din pakke kunne ikke leveres. Betal gebyret på 19 kr. for ny levering: http://postnord-example.info/pay", tilmeld.IntentSpam},
		{"Postmaster <no-reply@mailservice-example.com>", "Levering af beskeder sat på pause",
			"Hej\n\nVi har sat 5 indgående beskeder på pause. Valider din e-mailadresse for at modtage dem:\nhttps://mailservice-example.com/release",
			tilmeld.IntentSpam},
		// real auto-replies, with a link and a word of an account
		{"Boligkontoret <noreply@example.dk>", "Automatisk svar",
			"Tak for din mail. Kontoret er lukket til 1. oktober. Se vores åbningstider på https://example.dk", tilmeld.IntentAutoReply},
		{"Kontoret <no-reply@example.dk>", "Vi har modtaget din mail",
			"Tak for din henvendelse, vi svarer inden for tre dage. Spørgsmål om din konto hos os: https://example.dk/konto", tilmeld.IntentAutoReply},
		{"Admin <noreply@example.dk>", "Out of Office",
			"I am out of office until 5 October. For urgent matters, please log in to the portal: https://example.dk/portal", tilmeld.IntentAutoReply},
		{"Helpdesk <no-reply@example.com>", "Out of office",
			"I am out of the office until Monday. For your account questions see https://example.com/help", tilmeld.IntentAutoReply},
	} {
		r := parseFrom(c.from, c.subject, c.body)
		if r.Intent != c.intent || r.Status != tilmeld.StatusIgnore {
			t.Errorf("%q: got %s %s, want %s ignore (%v)", c.subject, r.Intent, r.Status, c.intent, r.Reasons)
		}
	}
	// a resident who speaks of her account registers
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage i workshop 2. Min konto på jeres hjemmeside virker ikke, så jeg skriver her: https://example.dk/login\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-"},
	})
}

// parseAttached reads a mail whose text body comes with an attached file.
func parseAttached(body, file string) *Result {
	raw := "From: Lone Berg <lone.berg@example.dk>\r\nTo: abc@bo-vest.dk\r\nSubject: Netværksmøde\r\n" +
		"Message-ID: <k9a@example.dk>\r\nDate: Mon, 14 Sep 2020 10:00:00 +0200\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"BB\"\r\n\r\n--BB\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body +
		"\r\n--BB\r\nContent-Type: application/octet-stream; name=\"" + file + "\"\r\nContent-Disposition: attachment; filename=\"" + file +
		"\"\r\nContent-Transfer-Encoding: base64\r\n\r\nUEsDBBQAAAAIAA==\r\n--BB--\r\n"
	return Parse([]byte(raw), testEvent)
}

// 5. A registration only in an attachment is a registration for staff to
// read: intent register, status review.
func TestRegistrationInAttachment(t *testing.T) {
	for _, c := range []struct {
		body, file string
		intent     tilmeld.Intent
	}{
		{"Hej\n\nSe vedhæftede tilmeldingsskema for vores afdeling.\n\nMvh\nLone Berg", "tilmelding.docx", tilmeld.IntentRegister},
		{"Hej\n\nHermed vores tilmeldinger, se vedlagte liste.\n\nVenlig hilsen\nLone Berg", "deltagere.xlsx", tilmeld.IntentRegister},
		{"Hej\n\nVedlagt skema.\n\nMvh\nLone Berg", "skema.pdf", tilmeld.IntentRegister},
		{"Hej\n\nDeltagerlisten fra Søndergården er vedhæftet.\n\nMvh\nLone Berg", "liste.pdf", tilmeld.IntentRegister},
		{"Hi,\n\nPlease find attached the registration form for our block.\n\nBest regards\nLone Berg", "form.docx", tilmeld.IntentRegister},
		{"Hi,\n\nAttached is our list of participants.\n\nLone", "list.pdf", tilmeld.IntentRegister},
		{"Hi,\n\nOur sign-up sheet is attached.\n\nTom", "sheet.xlsx", tilmeld.IntentRegister},
		{"Hej\n\nI bilaget finder I vores tilmeldinger.\n\nMvh\nLone Berg", "t.xlsx", tilmeld.IntentRegister},
		// the file's name says what the words do not
		{"Hej\n\nSe vedhæftede.\n\nMvh\nLone Berg", "tilmelding_afd7.pdf", tilmeld.IntentRegister},
		// an attachment that is no registration
		{"Hej\n\nVedhæftet er referatet fra sidste møde.\n\nMvh\nLone Berg", "referat.docx", tilmeld.IntentOther},
	} {
		r := parseAttached(c.body, c.file)
		if r.Intent != c.intent || r.Status != tilmeld.StatusReview {
			t.Errorf("%q: got %s %s, want %s review (%v)", c.body, r.Intent, r.Status, c.intent, r.Reasons)
		}
	}
	// without a file the words point at nothing
	r := parseMail("Lone Berg", "Netværksmøde", "", "Hej\n\nSe vedhæftede tilmeldingsskema for vores afdeling.\n\nMvh\nLone Berg")
	if r.Intent == tilmeld.IntentRegister {
		t.Errorf("no file: got %s %s (%v)", r.Intent, r.Status, r.Reasons)
	}
}

// 7. A diet corrected in a reply: the tag taken back is dropped, the one
// after it stays.
func TestDietCorrected(t *testing.T) {
	const da, en = "Re: Tilmelding modtaget", "Re: Registration"
	runBlind(t, []blindCase{
		{body: "Hej, jeg skrev at jeg var vegetar, men det er faktisk veganer. Kan I rette det? Workshops er de samme.\nMvh Ida Holm\n\n" + receiptQuoted,
			subject: da, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", diet: "Ida Holm=vegan"},
		{body: "Hej\nRettelse til min kost: vegetar → veganer.\nMvh Ida Holm", subject: da, headers: replyHeaders,
			intent: tilmeld.IntentUpdate, status: "complete", diet: "Ida Holm=vegan"},
		{body: "Hej\nVil I ændre vegetar til vegansk på min tilmelding?\nMvh Ida Holm", subject: da, headers: replyHeaders,
			intent: tilmeld.IntentUpdate, diet: "Ida Holm=vegan"},
		{body: "Hej\nKost: ikke vegetar men veganer.\nMvh Ida Holm", subject: da, headers: replyHeaders,
			intent: tilmeld.IntentUpdate, status: "complete", diet: "Ida Holm=vegan"},
		{body: "Hej\nJeg var vegetar, nu er jeg veganer.\nMvh Ida Holm", subject: da, headers: replyHeaders,
			intent: tilmeld.IntentUpdate, status: "complete", diet: "Ida Holm=vegan"},
		{body: "Hi, I wrote vegetarian, it is actually vegan. Workshops stay the same.\nAnn\n\n" + receiptEnglish, from: "Ann Fox", subject: en,
			headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", diet: "Ann Fox=vegan"},
		{body: "Hi, please change my diet from vegetarian to vegan.\nAnn", from: "Ann Fox", subject: en,
			headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", diet: "Ann Fox=vegan"},
		{body: "Hi, not vegetarian but vegan, sorry.\nAnn", from: "Ann Fox", subject: en,
			headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", diet: "Ann Fox=vegan"},
		{body: "Hej\nJeg skrev glutenfri, men det skulle have været laktosefri.\nMvh Ida", subject: da, headers: replyHeaders,
			intent: tilmeld.IntentUpdate, status: "complete", diet: "Ida Holm=lactose_free"},
		{body: "Hej\nI min tilmelding står der vegetar, men jeg er veganer.\nMvh Ida", subject: da, headers: replyHeaders,
			intent: tilmeld.IntentUpdate, status: "complete", diet: "Ida Holm=vegan"},
		{body: "Hej\nRettelse: jeg er ikke vegetar, jeg er pescetar.\nMvh Ida", subject: da, headers: replyHeaders,
			intent: tilmeld.IntentUpdate, status: "complete", diet: "Ida Holm=pescetarian"},
		{body: "Hi, I said vegetarian but I meant vegan.\nAnn", from: "Ann Fox", subject: en, headers: replyHeaders,
			intent: tilmeld.IntentUpdate, status: "complete", diet: "Ann Fox=vegan"},
		{body: "Hi, small correction: I'm vegan, not vegetarian.\nAnn", from: "Ann Fox", subject: en, headers: replyHeaders,
			intent: tilmeld.IntentUpdate, status: "complete", diet: "Ann Fox=vegan"},
		// another person's diet beside hers is no correction
		{body: "Hej\nJeg er vegetar, men min mand er veganer. Vi vil begge i workshop 2.\nMvh Ida", notStatus: "complete"},
		{body: "Hej\nJeg skrev at jeg er vegetar, men jeg er også glutenfri.\nMvh Ida", subject: da, headers: replyHeaders,
			intent: tilmeld.IntentUpdate, diet: "Ida Holm=gluten_free,vegetarian"},
		// two diets side by side are both kept
		{body: "Hej\nJeg glemte at skrive at jeg er vegetar og glutenfri.\nMvh Ida Holm", subject: da, headers: replyHeaders,
			intent: tilmeld.IntentUpdate, diet: "Ida Holm=gluten_free,vegetarian"},
		{body: "Hej\nJeg vil gerne i workshop 2. Jeg er vegetar, men jeg spiser gerne fisk.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-", diet: "Ida Holm=pescetarian"},
		{body: "Hi\nI'd like workshop 2. I'm lactose intolerant and gluten free.\nAnn Fox", from: "Ann Fox", subject: "Registration",
			status: "complete", want: "Ann Fox:2/-", diet: "Ann Fox=gluten_free,lactose_free"},
	})
}

// forwardedFrom is a resident's registration that housing staff forward;
// the staff member's own words and signature go before it.
func forwardedFrom(own string) *Result {
	raw := "From: Henrik Bach <hb@boligselskab-example.dk>\r\nTo: abc@bo-vest.dk\r\nSubject: VS: Tilmelding\r\n" +
		"Message-ID: <k9f@example.dk>\r\nDate: Mon, 14 Sep 2020 10:00:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		own + "\n\nVenlig hilsen\nHenrik Bach\nBoligselskabet Example\nTlf. (hovednummer) 43 21 00 00\n\n" +
		"-------- Videresendt meddelelse --------\nFra: Samira Haddad <samira.h@example.com>\nDato: 13. sep. 2020 21:14\n" +
		"Til: Henrik Bach <hb@boligselskab-example.dk>\nEmne: Tilmelding\n\nHej Henrik\n\n" +
		"Kan du melde mig til mødet den 29.? Jeg vil gerne i workshop 2 og ellers 4.\n\nHilsen Samira Haddad\n"
	return Parse([]byte(raw), testEvent)
}

// 4. Staff who forward a resident's registration give her number in their
// own words: it is her contact phone, the company's main number is not.
func TestForwarderGivesResidentsPhone(t *testing.T) {
	for _, c := range []struct{ own, phone string }{
		{"Hej\n\nVideresender tilmelding fra en beboer i afdeling 7. Vil I sende bekræftelsen direkte til Samira på samira.h@example.com? Hendes telefonnummer er 61 20 45 93.", "+4561204593"},
		{"Hej\n\nVideresender tilmelding fra en beboer. Samiras nummer er 61 20 45 93.", "+4561204593"},
		{"Hej\n\nVideresender en tilmelding. Hendes mobil er 61 20 45 93, og svar gerne hende på samira.h@example.com.", "+4561204593"},
		{"Hi\n\nForwarding a registration from one of our residents. Her phone number is 61 20 45 93.", "+4561204593"},
		{"Hi\n\nForwarding Samira's registration. Samira's number is 61 20 45 93.", "+4561204593"},
		{"Hej\n\nVideresender tilmelding fra en beboer. Hun kan træffes på 61 20 45 93.", "+4561204593"},
		{"Hej\n\nVideresender tilmelding fra en beboer. Ring evt. til hende på 61 20 45 93.", "+4561204593"},
		{"Hej\n\nVideresender Samiras tilmelding. Tlf. til Samira: 61 20 45 93.", "+4561204593"},
		{"Hi\n\nForwarding a resident's registration. Her mobile: 61 20 45 93.", "+4561204593"},
		// the forwarder's own number, or none, is not hers
		{"Hej\n\nVideresender tilmelding fra en beboer. Hun har ikke telefon, men I kan ringe til mig på 22 33 44 55.", ""},
		{"Hej\n\nVideresender tilmelding fra en beboer. Ring til mig på 22 33 44 55 hvis der er spørgsmål.", ""},
		{"Hej\n\nVideresender tilmelding fra en beboer.", ""},
	} {
		r := forwardedFrom(c.own)
		if r.Status != tilmeld.StatusComplete || choices(r) != "Samira Haddad:2/4" || r.Contact.Phone != c.phone || r.Question {
			t.Errorf("%q: got %s %s phone %q question %v, want complete Samira Haddad:2/4 phone %q (%v)", c.own, r.Status, choices(r),
				r.Contact.Phone, r.Question, c.phone, r.Reasons)
		}
	}
}

// 3. A board member's list of people, each with her own choices, the
// sender first with a note of who she is: every one is read, a diet
// sentence goes to the person it names, "ingen af os andre" adds nothing.
func TestBoardList(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\n\nPå vegne af afdelingsbestyrelsen i Hyldespjældet tilmelder jeg følgende:\n\n- Kirsten Dam (mig selv): workshop 1, ellers 2\n" +
			"- Ole Thygesen: 1 og 4\n- Fatima Zahra Benali: kun workshop 3. Fatima er vegetar.\n\nIngen af os andre har særlige ønsker til maden.\n\nMvh\nKirsten Dam\nMobil: 28 44 19 07",
			from: "Kirsten Dam", status: "complete", want: "Kirsten Dam:1/2; Ole Thygesen:1/4; Fatima Zahra Benali:3/-"},
		{body: "Hej\n\nPå vegne af bestyrelsen for Porthusene tilmelder jeg disse tre:\n\n- Jens Holt (formand): workshop 2, ellers 3\n" +
			"- Lise Krog: 4 og 1\n- Amina Yusuf: kun workshop 1. Amina spiser ikke svinekød.\n\nIngen af os andre har særlige ønsker til maden.\n\nVenlig hilsen\nJens Holt",
			from: "Jens Holt", status: "complete", want: "Jens Holt:2/3; Lise Krog:4/1; Amina Yusuf:1/-"},
		{body: "Hej\n\nFra afdelingsbestyrelsen i Syd kommer vi tre:\n\n- Jens Holt (mig): 2 og 3\n- Lise Krog: workshop 4, ellers 1\n" +
			"- Amina Yusuf: workshop 1. Amina er glutenfri.\n\nResten af os spiser alt.\n\nMvh Jens Holt",
			from: "Jens Holt", status: "complete", want: "Jens Holt:2/3; Lise Krog:4/1; Amina Yusuf:1/-"},
		{body: "Hi\n\nOn behalf of the board at Hyldespjældet I am registering the following:\n\n- Tom Hart (myself): workshop 1, otherwise 2\n" +
			"- Ole Berg: 1 and 4\n- Sara Ali: only workshop 3. Sara is vegetarian.\n\nNone of the rest of us have special dietary needs.\n\nBest regards\nTom Hart",
			from: "Tom Hart", subject: "Registration", status: "complete", want: "Tom Hart:1/2; Ole Berg:1/4; Sara Ali:3/-"},
		{body: "Hej\n\nVi er tre fra bestyrelsen i Vestergården, der gerne vil med:\n\nKirsten Dam (mig) – workshop 1 og 2\nOle Thygesen – 1 og 4\n" +
			"Fatima Zahra Benali – kun 3 (hun er vegetar)\n\nVi andre spiser alt.\n\nMvh Kirsten Dam",
			from: "Kirsten Dam", status: "complete", want: "Kirsten Dam:1/2; Ole Thygesen:1/4; Fatima Zahra Benali:3/-"},
		{body: "Hi\n\nOn behalf of our tenants' board, please register:\n\n- Tom Hart (chair, me): 1, otherwise 2\n- Ole Berg: 4 and 3\n" +
			"- Sara Ali: only 2. Sara is vegetarian.\n\nThe rest of us eat everything.\n\nBest, Tom Hart",
			from: "Tom Hart", subject: "Registration", status: "complete", want: "Tom Hart:1/2; Ole Berg:4/3; Sara Ali:2/-"},
		// "kun 2" outside a person's line is no workshop
		{body: "Hej\n\nVi er kun 2 fra afdelingen, der kommer. Jeg vil gerne i workshop 1.\n\nMvh Kirsten Dam", from: "Kirsten Dam", notStatus: "complete"},
		// someone named after "på vegne af" who is not read as coming: staff look
		{body: "Hej\n\nPå vegne af Lise Krog tilmelder jeg mig selv: workshop 2, ellers 3.\n\nMvh\nJens Holt",
			from: "Jens Holt", notStatus: "complete"},
	})
	// a diet sentence in one person's line that names another listed person
	// by first name is that person's
	for _, c := range []struct{ body, want string }{
		{"Hej\n\nPå vegne af afdelingsbestyrelsen i Hyldespjældet tilmelder jeg følgende:\n\n- Jens Holt (mig selv): workshop 1, ellers 2\n" +
			"- Ole Thygesen: 1 og 4\n- Fatima Zahra Benali: kun workshop 3. Fatima er vegetar, Ole er diabetiker.\n\nMvh\nJens Holt",
			"[] [diabetic] [vegetarian]"},
		{"Hej\n\nVi kommer fra beboerbladet, tre personer:\n\n1. Jens Holt (kasserer) - workshop 4 og 2\n2. Lise Krog - workshop 1\n" +
			"3. Amina Yusuf - workshop 3, ellers 1. Lise er veganer.\n\nMvh Jens Holt", "[] [vegan] []"},
		{"Hej\n\nHermed tilmelding fra bestyrelsen:\n- Jens Holt (mig selv): 2, ellers 1\n- Lise Krog (næstformand): 4 og 3\n- Amina Yusuf: 1\n" +
			"Amina og Lise er vegetarer. Vi andre spiser alt.\n\nMvh Jens Holt", "[] [vegetarian] [vegetarian]"},
	} {
		r := parseMail("Jens Holt", "Tilmelding", "", c.body)
		var ds []string
		for _, a := range r.Attendees {
			ds = append(ds, fmt.Sprint(a.Diet))
		}
		if got := strings.Join(ds, " "); got != c.want || r.Status != tilmeld.StatusComplete {
			t.Errorf("%q: got %s diets %s, want complete %s (%v)", c.body, r.Status, got, c.want, r.Reasons)
		}
	}
	// the diet goes only to the person named, the contact is the sender's
	r := parseMail("Kirsten Dam", "Tilmelding", "", "Hej\n\nPå vegne af afdelingsbestyrelsen i Hyldespjældet tilmelder jeg følgende:\n\n"+
		"- Kirsten Dam (mig selv): workshop 1, ellers 2\n- Ole Thygesen: 1 og 4\n- Fatima Zahra Benali: kun workshop 3. Fatima er vegetar.\n\n"+
		"Ingen af os andre har særlige ønsker til maden.\n\nMvh\nKirsten Dam\nMobil: 28 44 19 07")
	var diets []string
	for _, a := range r.Attendees {
		diets = append(diets, fmt.Sprint(a.Diet))
	}
	if got := strings.Join(diets, " "); got != "[] [] [vegetarian]" || r.Contact.Phone != "+4528441907" {
		t.Errorf("diets %s phone %q, want [] [] [vegetarian] and +4528441907", got, r.Contact.Phone)
	}
}

// 1. The full name only in the sign-off of a sender whose From line gives
// a short given name: one attendee, the sender, by her full name.
func TestFullNameInSignOff(t *testing.T) {
	for _, c := range []struct{ from, body, want string }{
		{"Mai <maitran@example.com>", "Hello,\n\nI would like to register for the network meeting. My first choice is workshop 2 and my second choice is workshop 3.\n\nBest regards,\nTran Thi Mai\nSent from my iPad\n",
			"Tran Thi Mai:2/3"},
		{"Mai <maitran@example.com>", "Hello,\nI would like to register for the network meeting on 29 September. I have no special diet.\nMy first choice is Health and my second choice is Education.\nBest regards,\nTran Thi Mai\nSent from my iPad\n",
			"Tran Thi Mai:2/3"},
		{"Mai <mai88@example.com>", "Hi\nI want to join workshop 2, or 3 if 2 is full. I eat halal.\n\nBest regards,\n\nTrần Thị Mai\n\nSent from my iPad",
			"Trần Thị Mai:2/3"},
		{"Ayse <ayse.k@example.dk>", "Hej\n\nJeg vil gerne tilmelde mig netværksmødet, workshop 1 og ellers 4.\n\nMvh\nAyse Kaya Demir\nSendt fra min iPhone\n",
			"Ayse Kaya Demir:1/4"},
		{"Ayse <ayse.k@example.dk>", "Hej\n\nJeg vil gerne deltage i netværksmødet. Jeg vælger workshop 3 og så workshop 1.\n\nMvh\nAyşe Kaya Demir\nSendt fra min iPhone",
			"Ayşe Kaya Demir:3/1"},
		{"maitran <maitran@example.com>", "Hi\n\nI'd like to come: workshop 3, otherwise 1.\n\nKind regards\nMai Tran\n", "Mai Tran:3/1"},
	} {
		r := parseFrom(c.from, "Registration", c.body)
		if r.Status != tilmeld.StatusComplete || choices(r) != c.want {
			t.Errorf("%q: got %s %s, want complete %s (%v)", c.body, r.Status, choices(r), c.want, r.Reasons)
		}
	}
	// a sign-off of someone else, when the text speaks of another person
	r := parseFrom("Mai <maitran@example.com>", "Registration",
		"Hello,\n\nMy neighbour would like to come to workshop 2. She has no e-mail.\n\nBest regards,\nKaren Holm\nSent from my iPad\n")
	if r.Status == tilmeld.StatusComplete && choices(r) != "Karen Holm:2/-" {
		t.Errorf("neighbour: got %s %s (%v)", r.Status, choices(r), r.Reasons)
	}
}

// The gate holds back a complete reading that stands on evidence at odds
// with itself: one person's diet tags that exclude or imply each other.
func TestCheckDietClash(t *testing.T) {
	runCheck(t, checkDietClash, []gateCase{
		{"vegan and vegetarian", "Workshop 2. Kost: vegansk/vegetarisk", "", []tilmeld.Attendee{attendee("Karen Holm", diets(tilmeld.Vegan, tilmeld.Vegetarian), 2)}, true},
		{"vegetarian and pescetarian", "Workshop 2.", "", []tilmeld.Attendee{attendee("Karen Holm", diets(tilmeld.Pescetarian, tilmeld.Vegetarian), 2)}, true},
		{"vegan and no pork", "Workshop 2.", "", []tilmeld.Attendee{attendee("Karen Holm", diets(tilmeld.NoPork, tilmeld.Vegan), 2)}, true},
		{"two that go together", "Workshop 2.", "", []tilmeld.Attendee{attendee("Karen Holm", diets(tilmeld.GlutenFree, tilmeld.Vegetarian), 2)}, false},
		{"halal and no pork", "Workshop 2.", "", []tilmeld.Attendee{attendee("Karen Holm", diets(tilmeld.Halal, tilmeld.NoPork), 2)}, false},
		{"two people", "Workshop 2.", "", []tilmeld.Attendee{attendee("Karen Holm", diets(tilmeld.Vegan), 2), attendee("Bo Holm", diets(tilmeld.Vegetarian), 2)}, false},
	})
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne i workshop 2. Kost: vegansk/vegetarisk\nMvh Ida Holm", status: "review"},
		{body: "Hi\nI would like workshop 2. I am vegan and vegetarian.\nAnn Fox", from: "Ann Fox", subject: "Registration", status: "review"},
		{body: "Hej\nJeg vil gerne i workshop 2. Jeg er vegetar og glutenfri.\nMvh Ida Holm", status: "complete", diet: "Ida Holm=gluten_free,vegetarian"},
	})
}

// ... or a phone number written for an attendee that gave no contact phone.
func TestCheckContactUnread(t *testing.T) {
	withPhone := func(own, phone string, as ...tilmeld.Attendee) *Result {
		r := reading(own, tilmeld.IntentRegister, as...)
		r.Contact.Phone = phone
		return r
	}
	ida := attendee("Karen Holm", nil, 2)
	for _, c := range []struct {
		name  string
		r     *Result
		fires bool
	}{
		{"number unread", withPhone("Workshop 2. Ring på 22 33 44 55 efter kl. 16.", "", ida), true},
		{"number read", withPhone("Workshop 2. Ring på 22 33 44 55 efter kl. 16.", "+4522334455", ida), false},
		{"a second number of hers", withPhone("Workshop 2. Mobil 22 33 44 55, fastnet 43 21 43 21.", "+4522334455", ida), false},
		{"a daughter who does not come", withPhone("Workshop 2. Min datter Aylin kan ringes op på 31 22 33 44.", "", ida), false},
		{"the organiser's number", withPhone("Workshop 2. Jeg ringede til jer på 60 35 46 30.", "", ida), false},
		{"an address unread", withPhone("Workshop 2. Svar mig på karen.privat@example.com.", "", ida), true},
		{"the sender's own address", withPhone("Workshop 2. Min mail er karen.holm@example.dk.", "", ida), false},
	} {
		got := checkContactUnread(newGateView(c.r, testEvent))
		if (got.reason != "") != c.fires {
			t.Errorf("%s: fired %v (%q), want %v", c.name, got.reason != "", got.reason, c.fires)
		}
	}
	// through the whole reading, numbers the reader takes stay complete
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne i workshop 2. I kan fange mig på 22 33 44 55\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Hi\nI would like workshop 2. You can reach me at 22 33 44 55 after 5.\nAnn Fox", from: "Ann Fox", subject: "Registration",
			status: "complete", want: "Ann Fox:2/-"},
	})
}

// A form's food label ("Food:", "Diæt:", "Madønsker:") heads no person's
// line: the diet is the sender's and her choices stay hers.
func TestFoodLabelIsNoName(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hello,\n\nI would like to register.\nFirst choice: workshop 2\nSecond choice: workshop 3\nFood: no pork please.\n\nBest regards,\nAnn Fox\n",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:2/3", diet: "Ann Fox=no_pork"},
		{body: "Hello,\n\nI would like to register.\nWorkshop: 2 and 3\nMeals: vegetarian\n\nBest regards,\nAnn Fox\n",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:2/3", diet: "Ann Fox=vegetarian"},
		{body: "Hej\n\nJeg vil gerne tilmelde mig.\nWorkshop: 2 og 3\nDiæt: glutenfri\n\nMvh Ida Holm\n",
			status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm=gluten_free"},
		{body: "Hej\n\nJeg vil gerne tilmelde mig.\nWorkshop: 2 og 3\nMadønsker: vegetar\n\nMvh Ida Holm\n",
			status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm=vegetarian"},
	})
}
