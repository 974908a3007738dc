package parser

import (
	"testing"

	"tilmeld"
)

// Mail in a real mailbox that is not a plain sign-up, and sign-ups that
// arrive looking like noise, in wordings of our own, through Parse with the
// gate. A mail marked ignore must really be automatic, a bounce or spam: a
// person who writes is never ignored.

const (
	autoHeader = "Auto-Submitted: auto-replied\r\n"
	listHeader = "List-Id: <beboere.example.dk>\r\n"
	bulkList   = "List-Id: Nyhedsbrev <nyt.example.dk>\r\nList-Unsubscribe: <https://example.dk/afmeld>\r\nPrecedence: bulk\r\n"
)

// invitationPassedOn is the organiser's invitation under an old Outlook
// header, as a colleague passes it on.
const invitationPassedOn = "\n\n-----Oprindelig meddelelse-----\nFra: ABC <abc@bo-vest.dk>\nSendt: 1. september 2020 10:14\nTil: Ida Holm\nEmne: Invitation til netværksmøde\n\n" +
	"Vi inviterer til netværksmøde tirsdag den 29. september.\nWorkshops:\n1. Naboskab, netværk & tryghed\n2. Sundhed & trivsel\n3. Uddannelse & livschancer\n4. Beskæftigelse & opkvalificering\n"

// A (wrong complete). A thank-you after the meeting names a workshop it
// liked; nobody signs up, so staff read it. A thank-you before a sign-up,
// or for the invitation, is no such thing.
func TestNoiseThanksAfterMeeting(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nTak for et rigtig godt netværksmøde i går. Workshoppen om sundhed var super spændende.\nMvh Ida Holm",
			subject: "Tak for i går", intent: tilmeld.IntentOther, status: "review"}},
		{blindCase: blindCase{body: "Tak for i går! Det var dejligt at høre om job og uddannelse.\nIda",
			subject: "Tak", intent: tilmeld.IntentOther, status: "review"}},
		{blindCase: blindCase{body: "Tak for en spændende eftermiddag i tirsdags, især naboskab var godt.\nIda Holm",
			subject: "Netværksmøde", intent: tilmeld.IntentOther, status: "review"}},
		{blindCase: blindCase{body: "Thank you for a great meeting yesterday. The workshop on health was very inspiring.\nJohn",
			from: "John Miller", subject: "Thanks", intent: tilmeld.IntentOther, status: "review"}},
		{blindCase: blindCase{body: "Thanks for yesterday, the jobs workshop was great.\nJohn",
			from: "John Miller", subject: "Thanks", intent: tilmeld.IntentOther, status: "review"}},
		// asking for the slides is a question for staff
		{blindCase: blindCase{body: "Tak for i går! Kan I sende slides fra workshoppen om beskæftigelse?\nIda Holm",
			subject: "Tak", intent: tilmeld.IntentOther, status: "review"}, asks: "yes"},
		// near-misses: a thank-you for the invitation or for last year, then a sign-up
		{blindCase: blindCase{body: "Tak for invitationen til netværksmødet den 29. Workshop 2 og 3 for mig.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"}},
		{blindCase: blindCase{body: "Tak for et godt møde sidste år! I år vil jeg gerne på workshop 1 og 4.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/4"}},
		{blindCase: blindCase{body: "Thanks for the invitation yesterday. I'd like to sign up for workshop 2 and 4.\nJohn Miller",
			from: "John Miller", subject: "Registration", intent: tilmeld.IntentRegister, status: "complete", want: "John Miller:2/4"}},
		// a sign-up that also thanks for a meeting held is for staff
		{blindCase: blindCase{body: "Tak for et godt møde i går. Jeg vil gerne tilmelde mig workshop 2 og 3 næste gang.\nIda Holm",
			notStatus: "complete"}},
	})
}

// B (wrong complete). "Afmeld mig jeres mails" asks to be taken off a
// mailing list: a person, for staff, never ignored and no cancellation.
// "Afmeld mig" alone, or from the meeting, still cancels.
func TestNoiseOptOut(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nVil I afmelde mig jeres mails? Jeg vil ikke have flere.\nMvh Ida Holm",
			subject: "Afmeld", intent: tilmeld.IntentOther, status: "review"}},
		{blindCase: blindCase{body: "afmeld mig jeres mails tak", subject: "Re: Invitation til netværksmøde", intent: tilmeld.IntentOther, status: "review"}},
		{blindCase: blindCase{body: "Hej, jeg vil gerne afmeldes nyhedsbrevet. Tak.\nIda Holm", subject: "Re: Nyhedsbrev september",
			intent: tilmeld.IntentOther, status: "review"}},
		{blindCase: blindCase{body: "Kan I fjerne mig fra jeres mailliste?\nIda Holm", subject: "Mails", intent: tilmeld.IntentOther, status: "review"}},
		{blindCase: blindCase{body: "Please remove me from your mailing list.\nJohn", from: "John Miller", subject: "Mails",
			intent: tilmeld.IntentOther, status: "review"}},
		{blindCase: blindCase{body: "Please unsubscribe me from your newsletter.", from: "John Miller", subject: "unsubscribe",
			intent: tilmeld.IntentOther, status: "review"}},
		// a bare "unsubscribe me" or "Afmeld" is a person too: staff, not ignore
		{blindCase: blindCase{body: "unsubscribe me", from: "John Miller", subject: "Re: Network meeting", intent: tilmeld.IntentOther, status: "review"}},
		{blindCase: blindCase{body: "Afmeld", subject: "Afmeld", status: "review"}},
		{blindCase: blindCase{body: "STOP", subject: "Re: Nyhedsbrev september", status: "review"}},
		// a cancellation with a wish for no more mail: staff take her off the list
		{blindCase: blindCase{body: "Hej\nJeg vil ikke have flere mails om netværksmødet. Jeg kommer ikke.\nIda",
			subject: "Re: Invitation", status: "review"}},
		{blindCase: blindCase{body: "Hej\nJeg kan ikke komme alligevel, så afmeld mig venligst. I må også gerne fjerne mig fra jeres mailliste.\nMvh Ida Holm",
			subject: "Afmelding", status: "review"}},
		// near-misses: "the list" is the list of those who come
		{blindCase: blindCase{body: "Hej\nJeg kan desværre ikke komme. Slet mig fra listen.\nMvh Ida Holm", subject: "Afbud",
			intent: tilmeld.IntentCancel, status: "complete", want: "Ida Holm:-/-"}},
		{blindCase: blindCase{body: "Unfortunately I have to cancel. Please remove me from the list.\nIda Holm", subject: "Cancel",
			intent: tilmeld.IntentCancel, status: "complete", want: "Ida Holm:-/-"}},
		{blindCase: blindCase{body: "Afmeld mig venligst, jeg kan ikke komme alligevel.\nMvh Ida", subject: "Afbud",
			intent: tilmeld.IntentCancel, status: "complete"}},
	})
}

// C (a person ignored). Mail through a discussion list carries List-Id;
// a resident who asks in her own name is read by staff. A newsletter on
// the list, or one without a question, is still spam.
func TestNoiseListPerson(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nEr der mad til netværksmødet? Jeg overvejer at komme.\nMvh Ida Holm", subject: "Re: Netværksmøde",
			headers: listHeader, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi all\nIs there parking at the venue? I might come.\nJohn", from: "John Miller", subject: "Re: meeting",
			headers: "List-Id: <residents.example.com>\r\n", status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage i netværksmødet, workshop 1 og 4.\nMvh Ida Holm", subject: "Re: Nyhedsbrev september",
			headers: bulkList, status: "review", want: "Ida Holm:1/4"}},
		// near-misses: newsletters and digests are spam
		{blindCase: blindCase{body: "Nyhedsbrev september 2020\n\nNetværksmøde 29. september: Kom og deltag i workshops om naboskab, sundhed, uddannelse og beskæftigelse. Tilmelding til abc@bo-vest.dk.\n\nAfmeld nyhedsbrev: https://example.dk/afmeld",
			from: "Albertslund Nyt", subject: "Nyhedsbrev september", headers: bulkList, intent: tilmeld.IntentSpam, status: "ignore"}},
		{blindCase: blindCase{body: "Kære beboer\nHar du husket at tilmelde dig netværksmødet? Jeg håber vi ses!\nHilsen redaktionen\n\nAfmeld nyhedsbrevet her: https://example.dk/afmeld",
			from: "Nyt fra ABC", subject: "Nyhedsbrev", headers: bulkList, intent: tilmeld.IntentSpam, status: "ignore"}},
		{blindCase: blindCase{body: "Today's Topics:\n 1. Netværksmøde (Ida Holm)\n 2. Grillaften (Per)\n\nMessage: 1\nFrom: Ida Holm\nSubject: Netværksmøde\n\nHusk netværksmødet den 29. Der er workshop om sundhed.\n\nMessage: 2\nFrom: Per\n\nGrill lørdag kl 17.",
			from: "beboer-liste", subject: "Digest, Vol 12, Issue 3", headers: "List-Id: <beboere.example.dk>\r\nPrecedence: list\r\n", intent: tilmeld.IntentSpam, status: "ignore"}},
	})
}

// D (noise registered). A colleague passes the organiser's own invitation
// on ("Kan du være interesseret?"): its workshop list is nobody's choice.
func TestNoiseInvitationPassedOn(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej Per\nKan du være interesseret?\nIda" + invitationPassedOn, subject: "VS: Invitation til netværksmøde", status: "review", want: ""}},
		{blindCase: blindCase{body: "Til info." + invitationPassedOn, subject: "VS: Invitation til netværksmøde", status: "review", want: ""}},
		{blindCase: blindCase{body: invitationPassedOn, subject: "VS: Invitation til netværksmøde", status: "review", want: ""}},
		// the invitation cut short to two workshops was read as her choices
		{blindCase: blindCase{body: "Hej Per\nKan du være interesseret?\nIda\n\n-----Oprindelig meddelelse-----\nFra: ABC <abc@bo-vest.dk>\nSendt: 1. september 2020 10:14\nTil: Ida Holm\nEmne: Invitation til netværksmøde\n\nVi inviterer til netværksmøde.\nWorkshops:\n1. Naboskab, netværk & tryghed\n2. Sundhed & trivsel\n",
			subject: "VS: Invitation til netværksmøde", status: "review", want: ""}},
		{blindCase: blindCase{body: "Hi Sara, might this be of interest to you?\nJohn\n\n---------- Forwarded message ---------\nFrom: ABC <abc@bo-vest.dk>\nSubject: Network meeting\n\nWe invite you to a network meeting.\n1. Naboskab\n2. Sundhed\n",
			from: "John Miller", subject: "FW: Network meeting", status: "review", want: ""}},
		// near-misses: her own choice above it, and a resident's registration passed on
		{blindCase: blindCase{body: "Jeg vil gerne deltage, workshop 2 og 1.\nIda Holm" + invitationPassedOn, subject: "VS: Invitation til netværksmøde",
			intent: tilmeld.IntentRegister, want: "Ida Holm:2/1"}},
		{blindCase: blindCase{body: "Til info, se nedenfor.\nIda\n\n-----Oprindelig meddelelse-----\nFra: Bo Jensen <bo@example.dk>\nSendt: 10. september 2020\nTil: Ida Holm\nEmne: Tilmelding\n\nJeg vil gerne tilmelde mig workshop 3 og 4.\nBo Jensen",
			subject: "VS: Tilmelding", intent: tilmeld.IntentRegister, status: "complete", want: "Bo Jensen:3/4"}},
	})
}

// E (needless review, a sign-up kept). A machine puts its word first
// ("Autosvar: SV: ..."); after "Re:"/"SV:"/"Fwd:" a person answers or
// passes on an automatic mail. The auto-reply itself is still ignored.
func TestNoiseAutoWordAfterReply(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg vil gerne tilmelde mig netværksmødet, workshop 2 og 4.\nMvh Ida Holm", subject: "Re: Autosvar: Invitation til netværksmøde",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "Hi, I'm back now. I'd like to register for workshop 4 and 1.\nJohn Miller", from: "John Miller", subject: "RE: Out of Office: Network meeting",
			intent: tilmeld.IntentRegister, status: "complete", want: "John Miller:4/1"}},
		{blindCase: blindCase{body: "Hej, jeg fik denne fejl da jeg sendte min tilmelding. Jeg vil gerne på workshop 1 og 2.\nMvh Ida Holm\n\n---------- Forwarded message ---------\nFrom: postmaster@example.dk\nSubject: Undeliverable: Tilmelding\n\nDelivery has failed to these recipients.\n",
			subject: "Fwd: Undeliverable: Tilmelding", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/2"}},
		// a person answering an auto-reply with a question is no auto-reply
		{blindCase: blindCase{body: "Hej Lone\nHvornår er du tilbage?\nIda", subject: "SV: Autosvar: Møde", status: "review"}},
		// near-misses: the automatic answers themselves
		{blindCase: blindCase{body: "Jeg er på ferie til 21/9.\nMvh Lone Berg", from: "Lone Berg", subject: "Autosvar: SV: Tilmelding",
			intent: tilmeld.IntentAutoReply, status: "ignore"}},
		{blindCase: blindCase{body: "Jeg er på ferie til 21/9.\nMvh Lone Berg", from: "Lone Berg", subject: "Autosvar: Invitation", headers: autoHeader,
			intent: tilmeld.IntentAutoReply, status: "ignore"}},
		{blindCase: blindCase{body: "Jeg er fraværende til og med 14. september og læser ikke mails.\n\nMvh Lone Berg", from: "Lone Berg", subject: "Fraværende: Invitation til netværksmøde",
			intent: tilmeld.IntentAutoReply, status: "ignore"}},
		{blindCase: blindCase{body: "I am currently out of the office and will return on Monday 21 September.", from: "John Miller", subject: "Out of Office: Network meeting",
			intent: tilmeld.IntentAutoReply, status: "ignore"}},
		{blindCase: blindCase{body: "Jeg er fraværende indtil mandag.\n\nMvh Lone Berg\n\n-----Oprindelig meddelelse-----\nFra: Ida Holm <ida@example.dk>\nSendt: 14. september 2020\nTil: Lone Berg\nEmne: Tilmelding\n\nJeg vil gerne tilmelde mig workshop 2 og 3.\nIda Holm",
			from: "Lone Berg", subject: "Autosvar: Tilmelding", headers: autoHeader, intent: tilmeld.IntentAutoReply, status: "ignore"}},
		// "fraværende" in a sentence, and an out-of-office text above a sign-up
		{blindCase: blindCase{body: "Hej\nJeg er fraværende i næste uge men vil gerne tilmelde mig netværksmødet den 29. Workshop 3 og 1.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:3/1"}},
		{blindCase: blindCase{body: "Jeg er på ferie til den 10. september og læser ikke min mail.\n\nHej ABC, jeg vil gerne tilmelde mig workshop 4 og 2.\nMvh Ida Holm",
			subject: "Tilmelding netværksmøde", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:4/2"}},
		{blindCase: blindCase{body: "Hej igen\nJeg vil gerne deltage i workshop 1, og ellers 3.\nMvh Ida Holm\n\n-----Original Message-----\nFrom: ABC\nSubject: Automatic reply: Netværksmøde\n\nI am out of the office.",
			subject: "Re: Netværksmøde", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/3"}},
		// a client's auto-reply header over a sign-up: staff look
		{blindCase: blindCase{body: "Hej\nJeg vil gerne tilmelde mig workshop 2 og 1.\nMvh Ida Holm", headers: "X-Autoreply: yes\r\n", status: "review", want: "Ida Holm:2/1"}},
	})
}

// F (wrong intent on a complete). A resident whose earlier mail bounced
// registers anew: she is not registered by what never arrived, and "Har I
// fået min tilmelding?" gives nobody her seat.
func TestNoiseOwnMailBounced(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg fik en fejlmeddelelse (mail kunne ikke leveres) da jeg skrev til jer i går. Har I fået min tilmelding? Jeg vil gerne på workshop 3 og 2.\nMvh Ida Holm",
			subject: "Problem med mail", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:3/2"}},
		{blindCase: blindCase{body: "Hej\nMin mail kom retur, så jeg prøver igen: jeg vil gerne tilmelde mig workshop 2 og 3.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"}},
		{blindCase: blindCase{body: "Hi\nI received a bounce when I wrote to abc@bo-vest.dk last week. Did you get my registration? It was workshop 1 and 2.\nBest, Ida Holm",
			subject: "Bounce", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/2"}},
		// near-misses: without a bounce she asks of one sent before
		{blindCase: blindCase{body: "Hej\nHar I fået min tilmelding? Jeg skrev workshop 3 og 2.\nMvh Ida Holm", intent: tilmeld.IntentUpdate, want: "Ida Holm:3/2"}},
		{blindCase: blindCase{body: "Hej\nMin nabo kan få min plads, jeg kan ikke komme.\nMvh Ida Holm", notStatus: "complete"}},
	})
}

// Machine mail by its MIME type and headers: reports are ignored, calendar
// answers and a web form's registration are read, offers are spam.
func TestNoiseReportsAndForms(t *testing.T) {
	dsn := "--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.dk\r\n\r\nFinal-Recipient: rfc822; ole@example.dk\r\nAction: failed\r\nStatus: 5.1.1\r\n--B--\r\n"
	mdn := "--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDin meddelelse er blevet vist.\r\n--B\r\nContent-Type: message/disposition-notification\r\n\r\nFinal-Recipient: rfc822; ida@example.dk\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n--B--\r\n"
	calReply := func(text string) string {
		return "--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text + "\r\n--B\r\nContent-Type: text/calendar; method=REPLY; charset=utf-8\r\n\r\nBEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nEND:VCALENDAR\r\n--B--\r\n"
	}
	parse := func(from, subject, headers, ctype, body string) *Result {
		raw := "From: " + from + "\r\nTo: abc@bo-vest.dk\r\nSubject: " + subject + "\r\nMessage-ID: <n@example.dk>\r\nDate: Mon, 14 Sep 2020 10:00:00 +0200\r\nMIME-Version: 1.0\r\n" +
			headers + "Content-Type: " + ctype + "\r\n\r\n" + body
		return Parse([]byte(raw), testEvent)
	}
	for _, c := range []struct {
		r              *Result
		intent, status string
		want           string
	}{
		{parse("Mail Delivery System <MAILER-DAEMON@mx.example.dk>", "Undelivered Mail Returned to Sender", "Return-Path: <>\r\n", "multipart/report; report-type=delivery-status; boundary=B", dsn), "bounce", "ignore", ""},
		{parse("Postmaster <post@example.dk>", "Besked", "", "multipart/report; report-type=delivery-status; boundary=B", dsn), "bounce", "ignore", ""},
		{parse("Ida Holm <ida@example.dk>", "Invitation til netværksmøde", "", "multipart/report; report-type=disposition-notification; boundary=B", mdn), "auto_reply", "ignore", ""},
		{parse("Ida Holm <ida@example.dk>", "Accepteret: Netværksmøde", "", "multipart/alternative; boundary=B", calReply("")), "register", "incomplete", "Ida Holm:-/-"},
		{parse("Ida Holm <ida@example.dk>", "Accepted: Netværksmøde", "", "multipart/alternative; boundary=B", calReply("Jeg kommer, workshop 2 og 3.\r\nIda Holm")), "register", "complete", "Ida Holm:2/3"},
		// a web form's registration from a no-reply address is not lost
		{parse("Hjemmeside <noreply@example.dk>", "Ny tilmelding", "", "text/plain; charset=utf-8", "Ny tilmelding fra formularen\nNavn: Ida Holm\nE-mail: ida@example.dk\nWorkshop 1. prioritet: 2\nWorkshop 2. prioritet: 4\n"), "register", "review", ""},
		{parse("Shop <noreply@example.com>", "Tilbud", "", "text/plain; charset=utf-8", "Spar 30% på alle mødelokaler. Bestil nu: https://example.com\n"), "", "ignore", ""},
	} {
		if c.intent != "" && string(c.r.Intent) != c.intent || string(c.r.Status) != c.status || c.want != "" && choices(c.r) != c.want {
			t.Errorf("%s: got %s %s %s, want %s %s %s (%v)", c.r.Mail.Subject, c.r.Intent, c.r.Status, choices(c.r), c.intent, c.status, c.want, c.r.Reasons)
		}
	}
}

// Mail about the meeting from the caterer, the venue or anyone about
// something else goes to staff; offers are spam.
func TestNoiseOtherSenders(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nHer er forslag til menu til den 29.: lasagne, en vegetarisk ret og salat. Vi regner med 60 kuverter. Giv besked senest fredag om antallet.\n\nMvh\nMarianne Kok\nKokkenes Køkken ApS",
			from: "Marianne Kok", subject: "Menu til netværksmødet", status: "review"}},
		{blindCase: blindCase{body: "Hi, how many people should we cook dinner for on the 29th, and how many vegetarians? We need the numbers by Friday.\nAnna, Example Catering",
			from: "Anna Berg", subject: "Dinner numbers", status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nVi har reserveret store sal og to mødelokaler til workshops den 29. september fra kl. 15. Husk at aflevere nøglerne efter mødet.\n\nMvh Peter Hansen\nMedborgerhuset",
			from: "Peter Hansen", subject: "Lokaler 29. september", intent: tilmeld.IntentOther, status: "review"}},
		{blindCase: blindCase{body: "Hello, the heating in block 4 has been off since Monday. Can someone look at it?\nJohn Miller",
			from: "John Miller", subject: "Heating", status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Kære kunde\nVi tilbyder konferencelokaler til jeres næste arrangement med 20% rabat. Bestil nu på www.example.com. Tilbuddet gælder til 30. september.\n\nAfmeld: https://example.com/unsub",
			from: "Event Partner", subject: "Tilbud på konferencelokaler", intent: tilmeld.IntentSpam, status: "ignore"}},
		{blindCase: blindCase{body: "Hej\nVi kan få jeres hjemmeside øverst på Google. Kontakt os for et gratis tilbud. Klik her: https://example.net\n",
			from: "SEO Expert", subject: "Din hjemmeside", intent: tilmeld.IntentSpam, status: "ignore"}},
	})
}
