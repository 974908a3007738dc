package parser

import (
	"slices"
	"strings"
	"testing"

	"tilmeld"
)

// The kinds of mail a forty-sixth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// fwd46 is an Outlook forward header block over a mail.
func fwd46(from, to, body string) string {
	return "\n\nFra: " + from + "\nSendt: 12. september 2020 09:14\nTil: " + to + "\nEmne: Tilmelding\n\n" + body
}

// B (wrong contact on a complete). Staff who ask that the answer go to the
// resident by her first name ("send svaret til Hassan", "svar Fatima på
// hendes egen mail") make the resident's address the contact; a chain of
// forwards is read down to the innermost mail, the resident's own.
func TestConfirmToResidentByName(t *testing.T) {
	hassan := fwd46("Hassan Omar <hassan.omar@example.com>", "Ida Holm <sender@example.dk>",
		"Hej, jeg vil gerne komme til mødet. Workshop 4 og 2.\nHilsen Hassan Omar\n")
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nVideresender en tilmelding fra en beboer. Send venligst svaret til Hassan og ikke til mig.\n\nHilsen\nIda Holm" + hassan,
			subject: "VS: Tilmelding", intent: tilmeld.IntentRegister, status: "complete", want: "Hassan Omar:4/2"}, email: "hassan.omar@example.com"},
		{blindCase: blindCase{body: "Hej\nHer er en tilmelding fra en beboer. Svar gerne Hassan direkte på hans egen mail.\n\nHilsen\nIda Holm" + hassan,
			subject: "VS: Tilmelding", intent: tilmeld.IntentRegister, status: "complete", want: "Hassan Omar:4/2"}, email: "hassan.omar@example.com"},
		{blindCase: blindCase{body: "Hi\nForwarding a sign-up from one of our tenants. Please send the confirmation straight to Hassan at his own e-mail.\n\nBest\nIda Holm" + hassan,
			subject: "FW: Tilmelding", intent: tilmeld.IntentRegister, status: "complete", want: "Hassan Omar:4/2"}, email: "hassan.omar@example.com"},
		// near-misses: a copy to her, or an answer to her to pass on
		{blindCase: blindCase{body: "Hej\nVideresender Hassans tilmelding. Send gerne en kopi til mig også.\n\nHilsen\nIda Holm" + hassan,
			subject: "VS: Tilmelding", status: "complete", want: "Hassan Omar:4/2"}, email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nVideresender Hassans tilmelding. Svar mig, så giver jeg det videre til Hassan.\n\nHilsen\nIda Holm" + hassan,
			subject: "VS: Tilmelding", status: "complete", want: "Hassan Omar:4/2"}, email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nVideresender Hassans tilmelding. Send svaret til Karin, hun er hans kontaktperson.\n\nHilsen\nIda Holm" + hassan,
			subject: "VS: Tilmelding", status: "complete", want: "Hassan Omar:4/2"}, email: "sender@example.dk"},
	})
}

// chain46 is a resident's mail that reached the sender through a
// colleague: two forward header blocks, the colleague's courier note
// between them.
func chain46(note, inner string) string {
	return fwd46("Karin Lund <karin.lund@example.dk>", "Ida Holm <sender@example.dk>", note+"\n\nMvh\nKarin Lund\nBoligsocial medarbejder\nTlf. 43 64 00 00\n") +
		fwd46("Fatima Xhafa <fatima.x@example.com>", "Karin Lund <karin.lund@example.dk>", inner)
}

// B (needless review). A registration passed on through a chain of
// forwards is read from the innermost mail, the resident's own; the
// courier in the middle is nobody.
func TestForwardChainInnermost(t *testing.T) {
	fatima := "Hej\nJeg vil gerne komme. Workshop 2 og så 1. Jeg har sukkersyge.\nFatima Xhafa\n42 17 83 95\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nHermed en tilmelding, som en beboer har bedt os sende videre, se længere nede. Svar gerne Fatima direkte på hendes egen mail.\n\nHilsen\nIda Holm\nTlf. 43 64 00 00 (hovednummer)" +
			chain46("Giv den lige videre til dem.", fatima),
			subject: "VS: VS: Tilmelding", intent: tilmeld.IntentRegister, status: "complete", want: "Fatima Xhafa:2/1"}, diets: "Fatima Xhafa=diabetic", email: "fatima.x@example.com", phone: "+4542178395"},
		{blindCase: blindCase{body: "Hej ABC\nHer er en beboers tilmelding længere nede. Bekræftelsen bedes sendt til Fatima på hendes adresse.\n\nVh Ida Holm" +
			chain46("Vil du give den her videre til dem?", "Hej, workshop 3, kun den. Ingen særlige hensyn.\nFatima Xhafa\n"),
			subject: "VS: SV: Tilmelding", intent: tilmeld.IntentRegister, status: "complete", want: "Fatima Xhafa:3/-"}, diets: "Fatima Xhafa=", email: "fatima.x@example.com"},
		{blindCase: blindCase{body: "Hi\nForwarding a sign-up from one of our tenants below (it came via a colleague). Please send the confirmation straight to Fatima at her own e-mail.\n\nBest\nIda Holm" +
			chain46("Can you pass this on to them?", "Hello, I would like to join, workshop 4 please. I don't eat pork.\nFatima Xhafa\n"),
			subject: "FW: FW: Registration", intent: tilmeld.IntentRegister, status: "complete", want: "Fatima Xhafa:4/-"}, diets: "Fatima Xhafa=no_pork", email: "fatima.x@example.com"},
		// the contact stays the sender when she asks for the answer herself
		{blindCase: blindCase{body: "Hej\nHer er en beboers tilmelding længere nede. Svar mig, så giver jeg det videre.\n\nVh Ida Holm\nMobil 22 33 44 55" +
			chain46("Giv den lige videre til dem.", fatima),
			subject: "VS: VS: Tilmelding", intent: tilmeld.IntentRegister, status: "complete", want: "Fatima Xhafa:2/1"}, email: "sender@example.dk", phone: "+4522334455"},
		// the innermost mail asks a question: nothing is registered from it
		{blindCase: blindCase{body: "Hej\nSe længere nede, en beboer spørger.\n\nVh Ida Holm" +
			chain46("Giv den lige videre til dem.", "Hej, er der parkering ved mødestedet?\nFatima Xhafa\n"),
			subject: "VS: VS: Spørgsmål", notStatus: "complete"}},
	})
}

// rawMail46 is a plain mail from the given From field (display name and
// address, or an address alone).
func rawMail46(from, subject, body string) *Result {
	raw := "From: " + from + "\r\nTo: abc@bo-vest.dk\r\nSubject: " + subject + "\r\nMessage-ID: <c46@example.dk>\r\nDate: Mon, 14 Sep 2020 10:00:00 +0200\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
	return Parse([]byte(raw), testEvent)
}

// C (needless review). A mail with no words of its own whose subject says
// she signs up ("Tilmelding", "Jeg deltager gerne"), or an Outlook
// calendar "Accepted", is a registration that names no workshop: the bot
// asks for it. The name comes from the signature or the display name.
func TestSubjectOnlyRegistration(t *testing.T) {
	karin := "Karin Holst <karin.holst@example.dk>"
	cases := []struct {
		from, subject, body string
		status, want        string
		intent              tilmeld.Intent
		missing             []string
		phone               string
	}{
		{karin, "Tilmelding til mødet d. 29.", "Venlig hilsen\nKarin Holst\nMobil 40 11 22 33\n", "incomplete", "Karin Holst:-/-", tilmeld.IntentRegister, []string{"workshop"}, "+4540112233"},
		{`"Holst, Karin" <karin.holst@example.dk>`, "Jeg deltager gerne", "", "incomplete", "Karin Holst:-/-", tilmeld.IntentRegister, []string{"workshop"}, ""},
		{`"Holst, Karin" <karin.holst@example.dk>`, "Tilmelding til netværksmødet", "\n\nSendt fra min iPhone\n", "incomplete", "Karin Holst:-/-", tilmeld.IntentRegister, []string{"workshop"}, ""},
		{"Sam Patel <sam.patel@example.com>", "Registration – network meeting", "Sent from my iPhone\n", "incomplete", "Sam Patel:-/-", tilmeld.IntentRegister, []string{"workshop"}, ""},
		{"Sam Patel <sam.patel@example.com>", "I would like to attend", "", "incomplete", "Sam Patel:-/-", tilmeld.IntentRegister, []string{"workshop"}, ""},
		{"sp1977@example.com", "Tilmelding", "", "incomplete", "", tilmeld.IntentRegister, []string{"name", "workshop"}, ""},
		// near-misses: a reply, a question or a cancellation in the subject
		{karin, "SV: Invitation til netværksmøde", "", "review", "", "", nil, ""},
		{karin, "Spørgsmål om mødet", "", "review", "", "", nil, ""},
		{karin, "Afmelding", "Mvh Karin Holst", "review", "", "", nil, ""},
		// a subject that names the workshop is read already
		{karin, "Tilmelding workshop 2", "", "complete", "Karin Holst:2/-", tilmeld.IntentRegister, nil, ""},
	}
	// A body whose multipart boundary never appears is not known to be
	// empty: its words may be what was lost, so staff read it.
	lost := "From: Karin Holst <karin.holst@example.dk>\r\nTo: abc@bo-vest.dk\r\nSubject: Tilmelding\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"gone\"\r\n\r\nWorkshop 2 og 4, tak.\r\n"
	if r := Parse([]byte(lost), testEvent); r.Status != tilmeld.StatusReview {
		t.Errorf("a multipart with no parts under a sign-up subject: got %s %s (%v), want review", r.Intent, r.Status, r.Reasons)
	}
	for _, c := range cases {
		r := rawMail46(c.from, c.subject, c.body)
		bad := c.status != "" && string(r.Status) != c.status || c.want != "" && choices(r) != c.want || c.intent != "" && r.Intent != c.intent ||
			c.missing != nil && !slices.Equal(r.Missing, c.missing) || c.phone != "" && r.Contact.Phone != c.phone || c.status != "complete" && r.Status == tilmeld.StatusComplete
		if bad {
			t.Errorf("%q / %q: got %s %s %s missing=%v phone=%s (%v), want %s %s %s missing=%v phone=%s", c.subject, c.body, r.Intent, r.Status, choices(r), r.Missing, r.Contact.Phone, r.Reasons,
				c.intent, c.status, c.want, c.missing, c.phone)
		}
	}
}

// C (needless review). An Outlook "Accepted" with no words says she
// comes; "Declined" never signs up, "Tentative" is a maybe for staff.
func TestCalendarAcceptedAsks(t *testing.T) {
	cal := func(from, subject, stat string) string {
		return partsMail(from, subject, "multipart/alternative",
			"Content-Type: text/plain; charset=utf-8\n\n",
			"Content-Type: text/html; charset=utf-8\n\n<html><body><p>&nbsp;</p></body></html>",
			"Content-Type: text/calendar; charset=utf-8; method=REPLY\n\nBEGIN:VCALENDAR\nMETHOD:REPLY\nBEGIN:VEVENT\nATTENDEE;PARTSTAT="+stat+":mailto:karin.holst@example.dk\nEND:VEVENT\nEND:VCALENDAR\n")
	}
	runMime(t, []mimeCase{
		{name: "accepteret", raw: cal(`"Holst, Karin" <karin.holst@example.dk>`, "Accepteret: Netværksmøde", "ACCEPTED"), intent: tilmeld.IntentRegister, status: "incomplete", want: "Karin Holst:-/-"},
		{name: "accepted", raw: cal("Sam Patel <sam.patel@example.com>", "Accepted: Network meeting", "ACCEPTED"), intent: tilmeld.IntentRegister, status: "incomplete", want: "Sam Patel:-/-"},
		{name: "afvist", raw: cal("Sam Patel <sam.patel@example.com>", "Afvist: Netværksmøde", "DECLINED"), status: "review"},
		{name: "declined", raw: cal("Sam Patel <sam.patel@example.com>", "Declined: Network meeting", "DECLINED"), status: "review"},
		{name: "foreløbig", raw: cal("Sam Patel <sam.patel@example.com>", "Foreløbig: Netværksmøde", "TENTATIVE"), status: "review"},
		{name: "tentative", raw: cal("Sam Patel <sam.patel@example.com>", "Tentative: Network meeting", "TENTATIVE"), status: "review"},
	})
}

// F (needless question). "for mig, Kristoffer Mølgaard, …" names the
// sender: a short form of that name in the sign-off or the display name
// ("Kris", "Grethe", "Sunda P.") is the same person, not a second
// attendee with no workshop.
func TestSelfAppositionShortSignOff(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nTilmelding for mig, Kristoffer Mølgaard, workshop 2 og 3.\nHilsen Kris", from: "Kris",
			intent: tilmeld.IntentRegister, status: "complete", want: "Kristoffer Mølgaard:2/3"}},
		{blindCase: blindCase{body: "Hermed tilmelding af mig selv (Margrethe Holm) til workshop 4, ellers 1.\n/Grethe", from: "Grethe",
			intent: tilmeld.IntentRegister, status: "complete", want: "Margrethe Holm:4/1"}},
		{blindCase: blindCase{body: "Hi\nPlease sign me up, Christopher Miller, for workshops 1 and 4.\nBest, Chris", from: "Chris M",
			intent: tilmeld.IntentRegister, status: "complete", want: "Christopher Miller:1/4"}},
		{blindCase: blindCase{body: "Til mødet: mig, Sundaram Pillai, workshop 3 og 1, ingen særlige hensyn.\nMvh Sunda", from: "Sunda P.",
			intent: tilmeld.IntentRegister, status: "complete", want: "Sundaram Pillai:3/1"}, diets: "Sundaram Pillai="},
		{blindCase: blindCase{body: "Hej\nJeg hedder Sundaram Pillai og vil gerne på workshop 2 og 4.\nMvh Sunda", from: "Sunda P.",
			intent: tilmeld.IntentRegister, status: "complete", want: "Sundaram Pillai:2/4"}},
		{blindCase: blindCase{body: "Hej\nSkriv mig op, Benedikte Strand, til workshop 1 og 2.\nKh Bente", from: "Bente S",
			intent: tilmeld.IntentRegister, status: "complete", want: "Benedikte Strand:1/2"}},
		// near-misses: the apposition belongs to another, or names two
		{blindCase: blindCase{body: "Hej\nTilmelding for mig og min søn, Jonas Holm, workshop 2 og 3 til os begge.\nHilsen Anne", from: "Anne Holm",
			intent: tilmeld.IntentRegister, want: "Anne Holm:2/3; Jonas Holm:2/3"}},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder Lars Bo Nielsen, workshop 1 og 2.\nHilsen Kris", from: "Kris",
			intent: tilmeld.IntentRegister, status: "complete", want: "Lars Bo Nielsen:1/2"}},
		{blindCase: blindCase{body: "Hej\nTilmelding for mig, Kristoffer, og Anna Lund, workshop 2 og 3 til os begge.\nHilsen Kristoffer Mølgaard", from: "Kristoffer Mølgaard",
			intent: tilmeld.IntentRegister, want: "Kristoffer Mølgaard:2/3; Anna Lund:2/3"}},
		{blindCase: blindCase{body: "Hej\nTilmeld mig og Kristian Holm, workshop 2 og 3 til os begge.\nHilsen Kris", from: "Kris",
			intent: tilmeld.IntentRegister, want: "Kris:2/3; Kristian Holm:2/3"}},
		{blindCase: blindCase{body: "Hi\nPlease sign me up, and my colleague Christopher Miller. We would both like workshop 1 and 4.\nBest, Chris", from: "Chris Dane",
			intent: tilmeld.IntentRegister, want: "Chris Dane:1/4; Christopher Miller:1/4"}},
	})
}

// D (needless review). "bytte 4 ud med 1", "swap workshop 3 for workshop
// 4": both objects are workshops, so she changes her own choice, no person
// takes her seat. The pair she restates ("Jeg står til 3 og 4") is history
// and says which slot the new one takes; the other slot stays null.
func TestExchangeWorkshops(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg står til workshop 3 og 4. Kan I udskifte 4 med 1?\nMvh Ida Holm",
			intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:-/1"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg meldte mig til 2 og 1 i sidste uge. Må jeg bytte sundhed ud med uddannelse?\nMvh Ida Holm",
			intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:3/-"}, asks: "no"},
		{blindCase: blindCase{body: "Hi\nI signed up for workshops 1 and 3. Could I swap workshop 3 for workshop 4?\nBest, Ida Holm",
			intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:-/4"}, asks: "no"},
		{blindCase: blindCase{body: "Hi\nRegistered earlier for 2 and 4. Please replace workshop 4 with workshop 1. Also, I've gone vegan.\nIda Holm",
			intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:-/1"}, diets: "Ida Holm=vegan"},
		{blindCase: blindCase{body: "Hej\nSidst valgte jeg naboskab og job. Vil I skifte job ud med sundhed?\nHilsen Ida Holm",
			intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:-/2"}},
		// "i stedet for" under a restated pair: the pair is history too
		{blindCase: blindCase{body: "Hej\nJeg står til workshop 3 og 4. Kan jeg få workshop 1 i stedet for 4?\nMvh Ida Holm",
			intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:-/1"}},
		// (the bare "1" was read as keeping 3 and 4: a wrong complete)
		{blindCase: blindCase{body: "Hej\nJeg står til workshop 3 og 4. Kan jeg få 1 i stedet for 4?\nMvh Ida Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nJeg er tilmeldt 2 og 4, men vil gerne have 3 i stedet for 2.\nMvh Ida Holm",
			intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:3/-"}},
		// near-misses: people are a substitution; a reversal is no exchange
		{blindCase: blindCase{body: "Hej\nKan vi bytte min kollega ud med Ole Berg?\nMvh Ida Holm", status: "review"}},
		{blindCase: blindCase{body: "Hej\nKan I bytte Karen ud med mig? Hun kan ikke komme.\nMvh Ida Holm", status: "review"}},
		{blindCase: blindCase{body: "Hej\nJeg står til 1 og 3. Kan jeg bytte om på 1 og 3?\nMvh Ida Holm", notStatus: "complete"}},
		// a condition, or no pair to say the slot: staff look
		{blindCase: blindCase{body: "Hej\nJeg står til 2 og 4. Må jeg bytte 2 ud med 3, hvis der er plads?\nMvh Ida Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nKan jeg bytte 2 ud med 3?\nMvh Ida Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi\nCould I swap workshop 2 for workshop 3?\nIda Holm", notStatus: "complete"}},
	})
}

// staff46 quotes a mail from staff (not the bot's receipt) under a Gmail
// attribution.
func staff46(lines ...string) string {
	s := "\n\nDen 18.09.2020 kl. 10:02 skrev Boligsocialt Center <abc@bo-vest.dk>:\n> Hej Ida\n>\n"
	for _, l := range lines {
		s += "> " + l + "\n"
	}
	return s + ">\n> Venlig hilsen\n> Boligsocialt Center\n"
}

// E (needless review). "workshop N i stedet for M" in a thread whose
// staff prose, subject or her own first mail shows which priority M had:
// N takes M's slot, the other stays null.
func TestInsteadOfFromThread(t *testing.T) {
	reply := "In-Reply-To: <staff-1@bo-vest.dk>\r\n"
	ownFirst := "\n\nDen 18.09.2020 kl. 10:02 skrev Boligsocialt Center <abc@bo-vest.dk>:\n> Hej Ida, vi vender tilbage.\n>\n> Den 12.09.2020 kl. 08:00 skrev Ida Holm <sender@example.dk>:\n> > Hej\n> > Jeg vil gerne på workshop 3 og 2.\n> > Mvh Ida Holm\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nSå tager jeg workshop 1 i stedet for 2.\nMvh Ida Holm" +
			staff46("Der er ikke flere pladser på 2, som var dit førstevalg. Dit andetvalg, 3, står fast."),
			subject: "Re: Din tilmelding", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:1/-"}},
		{blindCase: blindCase{body: "Hej\nSå sæt mig på workshop 4 i stedet for 3.\nMvh Ida Holm" + staff46("Der er plads på 1 og 4."),
			subject: "Re: Tilmelding workshop 2 og 3", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:-/4"}},
		{blindCase: blindCase{body: "Hej\nTag mig hellere på workshop 1 i stedet for 2.\nMvh Ida Holm" + ownFirst,
			subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:-/1"}},
		{blindCase: blindCase{body: "Hi\nPut me on workshop 1 instead of 2 then.\nBest, Ida Holm" +
			staff46("Workshop 2 is full. Please pick another as your second priority; we keep your first (workshop 3)."),
			subject: "Re: Your registration", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:-/1"}},
		{blindCase: blindCase{body: "Hi\nThen I'll take workshop 4 instead of 1.\nBest, Ida Holm" +
			staff46("Sorry, workshop 1, your first choice, is full. Your second choice stays."),
			subject: "Re: Your registration", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:4/-"}},
		// near-misses: nothing says what M was; M is not hers; two orders
		{blindCase: blindCase{body: "Hej\nSå tager jeg workshop 1 i stedet for 2.\nMvh Ida Holm" + staff46("Der er desværre fuldt på 2."),
			subject: "Re: Din tilmelding", headers: reply, notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nSå sæt mig på workshop 4 i stedet for 1.\nMvh Ida Holm" + staff46("Der er plads på 1 og 4."),
			subject: "Re: Tilmelding workshop 2 og 3", headers: reply, notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nTag mig hellere på workshop 1 i stedet for 2.\nMvh Ida Holm" + ownFirst,
			subject: "Re: Tilmelding workshop 2 og 3", headers: reply, notStatus: "complete"}},
		// the invitation's "1. og 2. prioritet" ranks no workshop of hers
		{blindCase: blindCase{body: "Hej\nSå tager jeg workshop 1 i stedet for 2.\nMvh Ida Holm" + staff46(strings.Split(invitationText, "\n")...),
			subject: "Re: Invitation", headers: reply, notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi\nPut me on workshop 3 instead of 4, please.\nBest, Ida Holm" + staff46("Sorry, workshop 4 is full now.", "Your first choice (workshop 2) is fine."),
			subject: "Re: Your registration", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:-/3"}},
	})
}

// board46 is an internal board thread under a registration: colleagues'
// replies to one another, the sender's own earlier mail to the board, and
// the invitation at the bottom, each under an Outlook header block.
func board46(colleague, bente, own string) string {
	hdr := func(from, to, subject string) string {
		return "\n\nFra: " + from + "\nSendt: 10. september 2020 19:02\nTil: " + to + "\nEmne: " + subject + "\n\n"
	}
	return hdr("Per Holm <per.holm@example.dk>", "Ida Holm <sender@example.dk>; Bente Kjær <bente.kjaer@example.dk>", "SV: VS: Invitation til netværksmøde") + colleague + "\n\nPer" +
		hdr("Bente Kjær <bente.kjaer@example.dk>", "Ida Holm <sender@example.dk>", "SV: VS: Invitation til netværksmøde") + bente + "\n\nBente" +
		hdr("Ida Holm <sender@example.dk>", "Bestyrelsen <bestyrelse@example.dk>", "VS: Invitation til netværksmøde") + own + "\n\nIda" +
		hdr("Albertslund Boligsociale Center <abc@bo-vest.dk>", "Ida Holm <sender@example.dk>", "Invitation til netværksmøde") + invitationText
}

// A (needless review). A registration at the top of an internal board
// thread is the whole registration: the colleagues' words below choose
// nothing, and her own earlier mail to the board makes it no update.
func TestRegistrationOverBoardThread(t *testing.T) {
	thread := board46("Jeg kan ikke, men fedt med noget om sundhed.", "Ja tak, skriv mig op.", "Jeg tager selv af sted. Hvem vil med?")
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nSkriv venligst mig og Bente Kjær op – vi tager begge workshop 3 og derefter 1.\n\nVenlig hilsen\nIda Holm\nFormand" + thread,
			subject: "SV: SV: VS: Invitation til netværksmøde", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:3/1; Bente Kjær:3/1"}, diets: "Ida Holm=; Bente Kjær="},
		{blindCase: blindCase{body: "Hej\nVi bliver to fra bestyrelsen, Bente Kjær og jeg, og vi vil begge gerne på 2 og 4.\n\nMvh Ida Holm" +
			board46("Tryghed er det vigtigste for os herude.", "Ja tak, jeg vil gerne med.", "Jeg tager med, hvem mere?"),
			subject: "SV: SV: VS: Invitation til netværksmøde", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4; Bente Kjær:2/4"}},
		{blindCase: blindCase{body: "Hi\nPlease register Bente Kjær and me. We would both like workshop 4 first, then 2.\n\nBest, Ida Holm" +
			board46("The jobs one sounds useful.", "Yes please, count me in.", "I am going myself. Who else?"),
			subject: "FW: RE: Invitation til netværksmøde", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:4/2; Bente Kjær:4/2"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne tilmelde mig selv og næstformanden Bente Kjær. Vi vil begge gerne på workshop 1 og 3. Bente spiser vegetarisk.\n\nMvh Ida Holm" + thread,
			subject: "SV: SV: VS: Invitation til netværksmøde", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/3; Bente Kjær:1/3"}, diets: "Ida Holm=; Bente Kjær=vegetarian"},
		// a colleague below who asks to be signed up, and whom the top does
		// not name, is no attendee
		{blindCase: blindCase{body: "Hej\nSkriv venligst mig og Bente Kjær op, vi tager begge workshop 2 og så 3.\n\nMvh Ida Holm" +
			board46("Skriv mig også op, tak.", "Ja tak, skriv mig op.", "Jeg tager selv af sted. Hvem vil med?"),
			subject: "SV: SV: VS: Invitation til netværksmøde", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3; Bente Kjær:2/3"}},
		// "undertegnede" is the writer, bare "1 og 3 til os begge" both of theirs
		{blindCase: blindCase{body: "Hej\nTilmeld hermed undertegnede og næstformanden Bente Kjær, 1 og 3 til os begge. Bente spiser vegetarisk.\n\nMvh Ida Holm" + thread,
			subject: "SV: SV: VS: Invitation til netværksmøde", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/3; Bente Kjær:1/3"}, diets: "Ida Holm=; Bente Kjær=vegetarian"},
		// near-misses: a plain forward of a resident's mail is read from
		// that mail; her own earlier mail to the organiser makes an update
		{blindCase: blindCase{body: "Hej\nVideresender Birthes tilmelding, se nedenfor.\n\nMvh Ida Holm" +
			fwd46("Birthe Lund <birthe.lund@example.dk>", "Ida Holm <sender@example.dk>", "Hej, jeg vil gerne med, workshop 4 og 1.\nBirthe Lund\n"),
			subject: "VS: Tilmelding", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Lund:4/1"}},
		{blindCase: blindCase{body: "Hej\nRet det venligst til 2 og 3.\n\nMvh Ida Holm" +
			fwd46("Ida Holm <sender@example.dk>", "abc@bo-vest.dk", "Hej, jeg vil gerne på workshop 1 og 4.\nIda Holm\n"),
			subject: "SV: Tilmelding", intent: tilmeld.IntentUpdate}},
	})
}
