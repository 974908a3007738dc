package parser

import (
	"slices"
	"testing"

	"tilmeld"
)

// The kinds of mail a fourteenth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the gate.

// residentForward is a resident's own mail (body) under a forwarded header
// whose "Fra:" line is from, passed on by staff whose own words (own) speak
// of the resident; the staff signature gives only a switchboard.
func residentForward(own, from, body string) *Result {
	raw := "From: Birgitte Lykke <bly@kommune-example.dk>\r\nTo: abc@bo-vest.dk\r\nSubject: VS: Netværksmøde\r\n" +
		"Message-ID: <k14f@example.dk>\r\nDate: Mon, 14 Sep 2020 10:00:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		own + "\n\nVenlig hilsen\nBirgitte Lykke\nJobcenter Example\nTlf. 43 21 00 00\n\n" +
		"-------- Videresendt meddelelse --------\nFra: " + from + "\nDato: 12. sep. 2020 19:40\n" +
		"Til: Birgitte Lykke\nEmne: møde\n\n" + body
	return Parse([]byte(raw), testEvent)
}

// A. Staff forward a resident's mail and speak of the resident as
// han/hun/ham/hende: the resident alone attends, with his own choices,
// his phone and the address the sender gives for him, also when the
// forwarded header names him without an address. The sender attends only
// when she says she comes too.
func TestForwarderSpeaksOfResident(t *testing.T) {
	const amanuel = "hej birgitte\nja jeg vil gerne med. workshop 4 beskæftigelse og så nummer 3\nmit nr er 50 12 34 56\namanuel"
	const fatma = "Hej\nJeg vil gerne sundhed og ellers uddannelse.\nTlf 61 22 33 44\nFatma Kaya"
	const jonas = "Hi\nI'd like workshop 1, otherwise 2. My number is 50 99 88 77.\nJonas"
	for _, c := range []struct {
		own, from, body    string
		want, email, phone string
	}{
		{"Hej\n\nJeg har mødt Amanuel til jobcaféen, og han vil gerne med til jeres netværksmøde. Vil I registrere ham og sende bekræftelsen direkte til ham på amanuel.t@example.com?",
			"Amanuel Tesfaye", amanuel, "Amanuel Tesfaye:4/3", "amanuel.t@example.com", "+4550123456"},
		{"Hej\n\nJeg har mødt Amanuel til jobcaféen, og han vil gerne med til jeres netværksmøde. Vil I registrere ham og sende bekræftelsen direkte til ham på amanuel.t@example.com?",
			"Amanuel Tesfaye <amanuel.t@example.com>", amanuel, "Amanuel Tesfaye:4/3", "amanuel.t@example.com", "+4550123456"},
		{"Hej\n\nFatma spurgte mig i går, om hun måtte komme med til mødet. Kan I tilmelde hende og skrive direkte til hende på fatma.k@example.com?",
			"Fatma Kaya", fatma, "Fatma Kaya:2/3", "fatma.k@example.com", "+4561223344"},
		{"Hej\n\nHun vil rigtig gerne være med, men har svært ved computere. Vil I notere hende og sende bekræftelsen til hende på fatma.k@example.com?",
			"Fatma Kaya", fatma, "Fatma Kaya:2/3", "fatma.k@example.com", "+4561223344"},
		{"Hi\n\nI met Jonas at the job café and he would like to come to your network meeting. Could you register him and send the confirmation straight to him at jonas.b@example.com?",
			"Jonas Berg", jonas, "Jonas Berg:1/2", "jonas.b@example.com", "+4550998877"},
	} {
		r := residentForward(c.own, c.from, c.body)
		if r.Status != tilmeld.StatusComplete || choices(r) != c.want || r.Contact.Email != c.email || r.Contact.Phone != c.phone {
			t.Errorf("%q: got %s %s %s contact %+v, want complete %s %s %s (%v)", c.own, r.Intent, r.Status, choices(r), r.Contact,
				c.want, c.email, c.phone, r.Reasons)
		}
	}
	// no "VS:" and no word of forwarding: "registrere ham" says whose mail follows
	raw := "From: Birgitte Lykke <bly@kommune-example.dk>\r\nTo: abc@bo-vest.dk\r\nSubject: Netværksmøde\r\n" +
		"Message-ID: <k14g@example.dk>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Hej\n\nAmanuel vil gerne med til mødet. Vil I registrere ham? Svar gerne direkte til ham på amanuel.t@example.com.\n\n" +
		"Venlig hilsen\nBirgitte Lykke\n\n---------- Forwarded message ---------\nFra: Amanuel Tesfaye <amanuel.t@example.com>\n" +
		"Date: lør. 12. sep. 2020 kl. 19.40\nSubject: møde\n\n" + amanuel
	if r := Parse([]byte(raw), testEvent); r.Status != tilmeld.StatusComplete || choices(r) != "Amanuel Tesfaye:4/3" || r.Contact.Phone != "+4550123456" {
		t.Errorf("no forward subject: got %s %s contact %+v (%v)", r.Status, choices(r), r.Contact, r.Reasons)
	}
	// she comes too: she is an attendee the forwarded mail gives no choices for
	for _, own := range []string{
		"Hej\n\nJeg har mødt Amanuel til jobcaféen, og han vil gerne med til jeres netværksmøde. Vi kommer begge. Vil I registrere ham?",
		"Hej\n\nAmanuel vil gerne med til mødet, og jeg kommer også. Vil I registrere ham?",
		"Hi\n\nJonas would like to come to the meeting, and I will come too. Could you register him?",
	} {
		for _, from := range []string{"Amanuel Tesfaye", "Amanuel Tesfaye <amanuel.t@example.com>"} {
			if r := residentForward(own, from, amanuel); r.Status == tilmeld.StatusComplete && !slices.ContainsFunc(r.Attendees, func(a tilmeld.Attendee) bool { return a.Name == "Birgitte Lykke" }) {
				t.Errorf("%q from %q: complete without the sender: %s", own, from, choices(r))
			}
		}
	}
}

// B. A names line under "jeg og min kone" names the sender and the wife:
// the unnamed relative is one of the names, not a third person.
func TestNamesLineNamesTheRelative(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "hej jeg og min kone vil gerne komme til mødet\nMehmet Yılmaz og Ayşe Yılmaz\nvi vil gerne sundhed og job\nvi spiser kun halal\n\nSendt fra min iPhone",
			from: "Mehmet Yılmaz", status: "complete", want: "Mehmet Yılmaz:2/4; Ayşe Yılmaz:2/4", diet: "Mehmet Yılmaz=halal"},
		{body: "hej\nmig og min mand vil gerne deltage\nRana Haddad og Samir Haddad\nvi vil gerne uddannelse og tryghed\n\nSendt fra min iPhone",
			from: "Rana Haddad", status: "complete", want: "Rana Haddad:3/1; Samir Haddad:3/1"},
		{body: "Hej\nVi to vil gerne komme\nLone Berg og Per Berg\nworkshop 2 og 1\nHilsen Lone",
			from: "Lone Berg", status: "complete", want: "Lone Berg:2/1; Per Berg:2/1"},
		{body: "hi me and my wife would like to come\nTom Hart and Ann Hart\nwe would like health and jobs",
			from: "Tom Hart", subject: "Registration", status: "complete", want: "Tom Hart:2/4; Ann Hart:2/4"},
		{body: "Hej\nJeg og min søn vil gerne deltage\nKaren Dahl & Mikkel Dahl\nworkshop 3 og ellers 2\nMvh Karen",
			from: "Karen Dahl", status: "complete", want: "Karen Dahl:3/2; Mikkel Dahl:3/2"},
		{body: "hej jeg og min kone vil gerne komme til mødet\nMehmet Yılmaz, Ayşe Yılmaz\nvi vil gerne sundhed og job",
			from: "Mehmet Yılmaz", status: "complete", want: "Mehmet Yılmaz:2/4; Ayşe Yılmaz:2/4"},
		// a name and an address after a comma name no wife
		{body: "Hej\nJeg og min kone vil gerne komme, workshop 2 og 4.\nOle Hansen, Kirkevej Syd\n",
			from: "Ole Hansen", notStatus: "complete"},
		// the names line does not name the sender: staff look
		{body: "hej jeg og min kone vil gerne komme til mødet\nAli Demir og Sara Demir\nvi vil gerne sundhed og job",
			from: "Mehmet Yılmaz", notStatus: "complete"},
		// two names besides the sender and the wife: staff look
		{body: "hej jeg og min kone vil gerne komme\nAli Demir og Sara Demir og Emre Demir\nvi vil gerne sundhed og job",
			from: "Mehmet Yılmaz", notStatus: "complete"},
	})
	// the food said of "vi" is both people's
	r := parseMail("Mehmet Yılmaz", "Tilmelding", "", "hej jeg og min kone vil gerne komme til mødet\nMehmet Yılmaz og Ayşe Yılmaz\n"+
		"vi vil gerne sundhed og job\nvi spiser kun halal\n\nSendt fra min iPhone")
	if len(r.Attendees) != 2 || !slices.Equal(r.Attendees[1].Diet, []tilmeld.Diet{tilmeld.Halal}) {
		t.Errorf("got %s %+v", choices(r), r.Attendees)
	}
}

// C. "Vi er to fra bestyrelsen, der gerne vil deltage: A og B" signs both
// up; with no workshop yet it asks them for one.
func TestWeAreTwoWhoCome(t *testing.T) {
	incomplete := []string{"workshop"}
	runBlind(t, []blindCase{
		{body: "Hej\nVi er to fra afdelingsbestyrelsen i Godthåbsparken, der gerne vil deltage: Anne-Marie Lund og Kurt Lund. " +
			"Vi har ikke besluttet os for hvilken workshop endnu, det vender vi tilbage med. Kurt er type 2-diabetiker.\nMvh Anne-Marie",
			from: "Anne-Marie Lund", intent: tilmeld.IntentRegister, status: "incomplete", missing: incomplete, want: "Anne-Marie Lund:-/-; Kurt Lund:-/-"},
		{body: "Hej\nVi er tre der kommer fra Hyldespjældet: Bo Nielsen, Lis Holm og Ahmad Rahimi. Workshops melder vi tilbage om senere.\nHilsen Bo",
			from: "Bo Nielsen", intent: tilmeld.IntentRegister, status: "incomplete", missing: incomplete, want: "Bo Nielsen:-/-; Lis Holm:-/-; Ahmad Rahimi:-/-"},
		{body: "Hej\nVi er to beboere, som gerne vil være med: Hanne Juul og Erik Juul. Vi vil begge gerne i workshop 2, ellers 1.\nMvh Hanne",
			from: "Hanne Juul", intent: tilmeld.IntentRegister, status: "complete", want: "Hanne Juul:2/1; Erik Juul:2/1"},
		{body: "Hi\nWe are two from the tenants' board who would like to attend: Ann Fox and Sam Fox. We have not decided on a workshop yet.\nBest, Ann",
			from: "Ann Fox", subject: "Network meeting", intent: tilmeld.IntentRegister, status: "incomplete", missing: incomplete, want: "Ann Fox:-/-; Sam Fox:-/-"},
		// someone else who would like to come is no sign-up
		{body: "Hej\nEr der nogen regler for, hvor mange der gerne vil deltage fra hver afdeling?\nMvh Bo Nielsen",
			from: "Bo Nielsen", notStatus: "complete"},
	})
	r := parseMail("Anne-Marie Lund", "Netværksmøde", "", "Hej\nVi er to fra afdelingsbestyrelsen i Godthåbsparken, der gerne vil deltage: "+
		"Anne-Marie Lund og Kurt Lund. Vi har ikke besluttet os for hvilken workshop endnu. Kurt er type 2-diabetiker.\nMvh Anne-Marie")
	if len(r.Attendees) != 2 || len(r.Attendees[0].Diet) != 0 || !slices.Equal(r.Attendees[1].Diet, []tilmeld.Diet{tilmeld.Diabetic}) {
		t.Errorf("diets: got %+v", r.Attendees)
	}
}

// D. "I må slette både mig og Kurt Lund" in answer to the bot withdraws
// both; "slet os begge" too.
func TestDeleteBothOfUs(t *testing.T) {
	const subj = "Re: Hvilken workshop?"
	runBlind(t, []blindCase{
		{body: "Vi har desværre fået forhindringer hele aftenen, så I må slette både mig og Kurt Lund. Beklager!\nAnne-Marie",
			from: "Anne-Marie Lund", subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, status: "complete", want: "Anne-Marie Lund:-/-; Kurt Lund:-/-"},
		{body: "Hej\nI må gerne slette mig og Kurt Lund igen, vi kan ikke alligevel.\nMvh Anne-Marie",
			from: "Anne-Marie Lund", subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, status: "complete", want: "Anne-Marie Lund:-/-; Kurt Lund:-/-"},
		// "os begge" read as the sender alone: staff look
		{body: "Hej\nSlet os begge, tak. Kurt Lund og jeg er blevet syge.\nAnne-Marie Lund",
			from: "Anne-Marie Lund", subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, notStatus: "complete"},
		{body: "Hej\nI må desværre slette os begge.\nAnne-Marie",
			from: "Anne-Marie Lund", subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, notStatus: "complete"},
		{body: "Hi\nPlease remove us both, we can't make it.\nAnn",
			from: "Ann Fox", subject: "Re: Which workshop?", headers: replyHeaders, intent: tilmeld.IntentCancel, notStatus: "complete"},
		{body: "Hi\nSomething came up for the whole evening, so please remove both me and Sam Fox. Sorry!\nAnn",
			from: "Ann Fox", subject: "Re: Which workshop?", headers: replyHeaders, intent: tilmeld.IntentCancel, status: "complete", want: "Ann Fox:-/-; Sam Fox:-/-"},
		{body: "Hi\nPlease delete both of us, Sam Fox and me. We cannot come after all.\nAnn Fox",
			from: "Ann Fox", subject: "Re: Which workshop?", headers: replyHeaders, intent: tilmeld.IntentCancel},
	})
}

// E. A word on food alone, forgotten in the first mail, in answer to the
// receipt: an update of the sender's diet, "heller ikke tåler" an allergy.
func TestForgotDiet(t *testing.T) {
	const subj = "Re: Tilmelding modtaget"
	runBlind(t, []blindCase{
		{body: "Jeg glemte at skrive, at jeg heller ikke tåler nødder og skaldyr. Det skal køkkenet lige vide.\nLone",
			from: "Lone Krag", subject: subj, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", diet: "Lone Krag=nut_allergy,shellfish_allergy"},
		{body: "Hej igen\nJeg glemte at nævne, at jeg ikke tåler skaldyr.\nMvh Lone Krag",
			from: "Lone Krag", subject: subj, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", diet: "Lone Krag=shellfish_allergy"},
		{body: "Hej\nJeg tåler heller ikke nødder. Det glemte jeg at skrive.\nLone",
			from: "Lone Krag", subject: subj, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", diet: "Lone Krag=nut_allergy"},
		{body: "Hi\nI forgot to mention that I'm allergic to nuts and shellfish. The kitchen should know.\nAnn",
			from: "Ann Fox", subject: "Re: Your registration", headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", diet: "Ann Fox=nut_allergy,shellfish_allergy"},
		{body: "Hi\nI forgot to mention that I'm also allergic to shellfish.\nAnn",
			from: "Ann Fox", subject: "Re: Your registration", headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", diet: "Ann Fox=shellfish_allergy"},
	})
}

// F. A numbered list of workshop names gives the priorities by its
// numbers; a workshop's own name with "og" or "&" is one workshop.
func TestNumberedListOfNames(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hermed min tilmelding til netværksmødet:\nAgnieszka Wójcik, beboer i Albertslund Syd\n1) Beskæftigelse og opkvalificering\n2) Naboskab\n",
			from: "Agnieszka Wójcik", status: "complete", want: "Agnieszka Wójcik:4/1"},
		{body: "Hej\nHermed min tilmelding:\n1) Sundhed & trivsel\n2) Uddannelse og livschancer\nMvh Agnieszka Wójcik",
			from: "Agnieszka Wójcik", status: "complete", want: "Agnieszka Wójcik:2/3"},
		{body: "Hej\nJeg vil gerne deltage.\n1. Naboskab, netværk & tryghed\n2. Beskæftigelse & opkvalificering\nVh Ole Bak",
			from: "Ole Bak", status: "complete", want: "Ole Bak:1/4"},
		{body: "Hi\nMy registration:\n1) Education & life chances\n2) Health\nBest, Ann Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:3/2"},
		// a number that is no priority of the line's workshop: staff look
		{body: "Hej\nHermed min tilmelding:\n1) Sundhed\n3) Naboskab\nMvh Ole Bak", from: "Ole Bak", notStatus: "complete"},
	})
}

// G. Someone who cannot come, names the topics that interest her and asks
// a question writes a question to staff: no registration, no withdrawal.
func TestDeclinesAndAsks(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg kan desværre ikke komme den 29., da jeg er ude at rejse, men emnerne interesserer mig meget, især uddannelse. " +
			"Bliver der lavet et referat, som jeg kan få tilsendt?\nMvh Jens Ravn",
			from: "Jens Ravn", subject: "Netværksmøde", intent: tilmeld.IntentQuestion, status: "review"},
		{body: "Hej\nJeg kommer desværre ikke, men jeg er meget interesseret i sundhed og beskæftigelse. Kommer der materiale ud bagefter?\nHilsen Jens Ravn",
			from: "Jens Ravn", subject: "Netværksmøde", intent: tilmeld.IntentQuestion, status: "review"},
		{body: "Hi\nI can't make it on the 29th as I'm travelling, but the topics interest me a lot, especially health. Will minutes be shared afterwards?\nBest, Ann Fox",
			from: "Ann Fox", subject: "Network meeting", intent: tilmeld.IntentQuestion, status: "review"},
		// only late: a registration, and staff answer the question
		{body: "Hej\nJeg kan ikke komme før kl. 17, men jeg er meget interesseret i sundhed, så jeg vil gerne have workshop 2. Er det i orden?\nMvh Jens Ravn",
			from: "Jens Ravn", subject: "Netværksmøde", intent: tilmeld.IntentRegister},
		// a withdrawal of her registration stays a withdrawal
		{body: "Hej\nJeg kan desværre ikke komme alligevel. Emnerne interesserer mig ellers meget. Bliver der lavet et referat?\nMvh Jens Ravn",
			from: "Jens Ravn", subject: "Netværksmøde", intent: tilmeld.IntentCancel},
	})
}

// htmlFrom is an HTML-only mail from a no-reply address.
func htmlFrom(from, subject, html string) *Result {
	raw := "From: " + from + "\r\nTo: abc@bo-vest.dk\r\nSubject: " + subject + "\r\nMessage-ID: <k14h@example.com>\r\n" +
		"Date: Mon, 14 Sep 2020 10:00:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
	return Parse([]byte(raw), testEvent)
}

// H. Phishing from a no-reply address, its link hidden behind an HTML
// button, is spam: its marks win over the automatic sender.
func TestNoReplyPhishing(t *testing.T) {
	for _, c := range []struct {
		from, subject, html string
		intent              tilmeld.Intent
	}{
		{`"Microsoft 365 Support" <no-reply@office365-mailsupport.com>`, "Din postkasse er næsten fuld",
			`<p>Kære bruger</p><p>Din postkasse er næsten fuld (98%). Nye mails vil blive afvist.</p><p>For at undgå at miste beskeder skal du bekræfte din konto nu:</p>` +
				`<p><a href="https://office365-mailsupport.com/verify?u=abc">BEKRÆFT KONTO</a></p><p>Microsoft 365 Team</p>`, tilmeld.IntentSpam},
		{`"Office 365" <noreply@0ffice365-security.net>`, "Handling påkrævet",
			`<p>Hej</p><p>Din adgangskode udløber i dag. Bekræft din identitet for at beholde adgangen.</p><p><a href="https://0ffice365-security.net/login">Log ind her</a></p>`, tilmeld.IntentSpam},
		{`"Microsoft Outlook" <no-reply@outlook-mailcenter.com>`, "Your mailbox is almost full",
			`<p>Dear user</p><p>Your mailbox is almost full (98%). Please verify your account now to keep receiving mail:</p><p><a href="https://outlook-mailcenter.com/v">VERIFY ACCOUNT</a></p>`, tilmeld.IntentSpam},
		// a plain automatic answer from no-reply stays one
		{`"Albertslund Kommune" <no-reply@albertslund-example.dk>`, "Automatisk svar",
			`<p>Tak for din henvendelse. Vi har modtaget din mail og svarer hurtigst muligt.</p>`, tilmeld.IntentAutoReply},
	} {
		if r := htmlFrom(c.from, c.subject, c.html); r.Intent != c.intent || r.Status != tilmeld.StatusIgnore {
			t.Errorf("%s: got %s %s, want %s ignore (%v)", c.subject, r.Intent, r.Status, c.intent, r.Reasons)
		}
	}
}
