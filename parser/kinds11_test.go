package parser

import (
	"strings"
	"testing"

	"tilmeld"
)

// The kinds of mail an eleventh look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// 3. An ordinal that places a workshop in the invitation's list, with the
// rank it gets after it: "den tredje workshop på listen som min 1.
// prioritet" is workshop 3 as the 1st choice, not workshop 1.
func TestOrdinalPlaceThenRank(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage. Jeg vælger den tredje workshop på listen som min 1. prioritet og den første på listen som min 2. prioritet.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:3/1"},
		{body: "Hej\nJeg vil gerne deltage. Jeg tager den fjerde som nummer et og den anden som nummer to.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/2"},
		{body: "Hej\nJeg vil gerne deltage. Jeg tager den fjerde workshop som nummer et og den anden workshop som nummer to.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/2"},
		{body: "Hej\nJeg kommer gerne. Den anden på listen som 1. prioritet, den fjerde på listen som 2. prioritet.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
		{body: "Hi\nI would like to attend. I choose the third one on the list as my first choice and the first one on the list as my second choice.\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:3/1"},
		{body: "Hi\nI'd like to come. The fourth workshop as my 1st choice and the second workshop as my 2nd choice.\nIda Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:4/2"},
	})
}

// 4. A reply to a receipt of two people that changes the sender's own
// choices and keeps the other's: "min egen" marks the sender, "Per
// beholder det han har" leaves Per out of the update.
func TestOwnChangeOtherKeeps(t *testing.T) {
	const subj = "Re: Tilmelding: Aktive boligområder i Albertslund efter 2020"
	runBlind(t, []blindCase{
		{body: "Hej\nJeg har tænkt over det og vil gerne ændre min egen første prioritet til workshop 4, og så workshop 2 som anden. Per beholder det han har. Kan I ændre det?\nIda\n\n" + receiptTwo,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:4/2"},
		{body: "Hej\nKan I ændre mine egne valg til workshop 4 og 2? Per er uændret.\nMvh Ida\n\n" + receiptTwo,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:4/2"},
		{body: "Hej\nFor mit eget vedkommende vil jeg gerne have workshop 4 som 1. prioritet og workshop 2 som 2. prioritet. Per beholder sine.\nVh Ida\n\n" + receiptTwo,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:4/2"},
		{body: "Hi\nCould you change my own choices to workshop 4 first and workshop 2 second? Per's stays the same.\nIda\n\n" + receiptTwo,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:4/2"},
		{body: "Hej\nJeg vil gerne ændre min egen første prioritet til workshop 4. Ida beholder det hun har.\nPer\n\n" + receiptTwo,
			from: "Per Holm", subject: subj, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Per Holm:4/-"},
		// no one else named: the sender who signs
		{body: "Hej\nKan I ændre første prioritet til workshop 4?\nIda\n\n" + receiptTwo,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:4/-"},
	})
}

// 9. A cancellation that gives working late, or coming home late, as its
// reason: "late" is why she cannot come, not a late arrival.
func TestLateReasonInCancel(t *testing.T) {
	const subj = "Re: Tilmelding: Aktive boligområder i Albertslund efter 2020"
	runBlind(t, []blindCase{
		{body: "Hi\nUnfortunately I cannot come tomorrow, I have to work late. Please cancel my registration.\nYoussef\n\n" + receiptQuoted,
			from: "Youssef Amrani", subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, status: "complete"},
		{body: "Hej\nJeg kan desværre ikke komme i morgen, jeg skal arbejde sent. Vil I afmelde mig?\nMvh Ida\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, status: "complete"},
		{body: "Hej\nJeg må melde afbud, da jeg først kommer sent hjem fra arbejde den dag.\nMvh Ida\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, status: "complete"},
		{body: "Hi\nSorry, I'm working late that evening so I can't make it. Please cancel.\nIda\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentCancel, status: "complete"},
		// the hold-up may only make her late: staff look
		{body: "Hej\nJeg kan desværre ikke nå det til kl. 16.30, jeg kommer nok lidt senere.\nMvh Ida\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, notStatus: "complete"},
		{body: "Hi\nI have to work late, so I will arrive late. Please cancel the dinner for me.\nIda\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, notStatus: "complete"},
	})
}

// 6. A thank-you for the receipt that changes nothing is no update: it
// asks nothing of the bot, and staff glance at it.
func TestThanksInThread(t *testing.T) {
	const subj = "Re: Tilmelding: Aktive boligområder i Albertslund efter 2020"
	for _, b := range []string{
		"Tak for kvitteringen. Det ser rigtigt ud, vi ses den 29.\nMvh Ida",
		"Perfekt, tak!",
		"Thanks, all correct.\nIda",
		"Det passer fint. Tak for det.\nIda",
		"Tak for bekræftelsen, det er helt korrekt.\nHilsen Ida",
		"Thank you for the confirmation, that looks right. See you on the 29th.\nBest, Ida",
	} {
		r := parseMail("Ida Holm", subj, replyHeaders, b+"\n\n"+receiptQuoted)
		if r.Intent != tilmeld.IntentOther || r.Status != tilmeld.StatusReview {
			t.Errorf("%q: got %s %s, want other review (%v)", b, r.Intent, r.Status, r.Reasons)
		}
	}
	// thanks beside a change is the change
	runBlind(t, []blindCase{
		{body: "Tak for kvitteringen. Men kan jeg skifte workshop 3 ud med workshop 4?\nMvh Ida\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentUpdate},
		{body: "Thanks, all correct, but I am vegetarian.\nIda\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, intent: tilmeld.IntentUpdate},
	})
}

// newsletterHeaders mark a mail sent to a mailing list.
const newsletterHeaders = "List-Unsubscribe: <https://nyhed.example.dk/afmeld?u=1>\r\nPrecedence: bulk\r\n"

// 5. A newsletter that speaks of registrations, workshops and dates but
// signs nobody up: its own words are announcements to its readers.
func TestNewsletterIsSpam(t *testing.T) {
	for _, b := range []string{
		"Kære medlem\n\nNyt fra foreningen: Tilmelding på hjemmesiden er åben til vores workshop om sundhed og trivsel for trænere den 29. september. " +
			"Vi har også ledige job som hjælpetræner.\n\nDu modtager dette nyhedsbrev, fordi du er tilmeldt vores liste. Afmeld: https://nyhed.example.dk/afmeld\n",
		"Hej alle\n\nHusk tilmelding til efterårets kurser. Workshop om naboskab den 29. september kl. 17. Læs mere på hjemmesiden.\n\nAfmeld nyhedsbrevet her: https://nyhed.example.dk/afmeld\n",
		"Dear member\n\nRegistration is now open on our website for the workshop on health and well-being for coaches on 29 September. We are also hiring.\n\n" +
			"You are receiving this newsletter because you subscribed to our list. Unsubscribe: https://nyhed.example.dk/u\n",
	} {
		r := parseMail("Foreningsnyt", "Nyhedsbrev september", newsletterHeaders, b)
		if r.Intent != tilmeld.IntentSpam || r.Status != tilmeld.StatusIgnore {
			t.Errorf("%q: got %s %s, want spam ignore (%v)", b, r.Intent, r.Status, r.Reasons)
		}
	}
	// a person's registration sent through a list still goes to staff
	for _, b := range []string{
		"Hej\nJeg vil gerne tilmelde mig workshop 2 og 4.\nMvh Ida Holm\n\nDu modtager denne mail, fordi du er på listen beboere@example.dk.\n",
		"Hej\nVi tilmelder hermed Ida Holm og Per Holm, begge workshop 2 og 4.\nMvh Beboerforeningen\n\nAfmeld nyhedsbrevet her: https://liste.example.dk/u\n",
		"Hi\nWe would like to register Ann Fox for workshop 2 and 4.\n\nYou are receiving this because you subscribed. Unsubscribe here.\n",
	} {
		r := parseMail("Ida Holm", "Tilmelding", newsletterHeaders, b)
		if r.Intent == tilmeld.IntentSpam || r.Status == tilmeld.StatusComplete {
			t.Errorf("a registration by list mail %q: got %s %s (%v)", b, r.Intent, r.Status, r.Reasons)
		}
	}
}

// 2. A name in small letters after words that say a name follows, "er"
// left out ("mit navn faadumo ali"): it is the sender's full name,
// capitalised, not the From line's first name alone.
func TestLowerCaseNameAfterIntro(t *testing.T) {
	for _, c := range []struct{ from, body, name string }{
		{"faadumo", "hej jeg vil gerne komme til mødet d 29 september. mit navn faadumo ali og tlf 51238790. jeg spiser kun halal", "Faadumo Ali"},
		{"ayse", "hej jeg hedder ayse demir og vil gerne deltage i mødet den 29. tlf 51238790", "Ayse Demir"},
		{"ayse", "Hej. Mit navn er ayse demir. Jeg vil gerne deltage i mødet.", "Ayse Demir"},
		{"john", "hi my name john smith i want to come to the meeting 29 september", "John Smith"},
		{"John", "Hi, my name is john smith and I would like to join the meeting.", "John Smith"},
	} {
		r := parseMail(c.from, "Tilmelding", "", c.body)
		if len(r.Attendees) != 1 || r.Attendees[0].Name != c.name || r.Intent != tilmeld.IntentRegister {
			t.Errorf("%q from %q: got %s %s, want the name %q (%v)", c.body, c.from, r.Intent, choices(r), c.name, r.Reasons)
		}
	}
	// small words after "mit navn" that are no name
	for _, b := range []string{
		"hej jeg vil gerne komme til mødet. mit navn står nedenfor. workshop 2 og 3\nMvh Ida Holm",
		"hej jeg vil gerne komme til mødet, skriv mit navn på listen. workshop 2 og 3\nMvh Ida Holm",
	} {
		r := parseMail("Ida Holm", "Tilmelding", "", b)
		if len(r.Attendees) != 1 || r.Attendees[0].Name != "Ida Holm" {
			t.Errorf("%q: got %s, want Ida Holm (%v)", b, choices(r), r.Reasons)
		}
	}
	r := parseMail("faadumo", "Tilmelding", "", "hej jeg vil gerne komme til mødet d 29 september. mit navn faadumo ali og tlf 51238790. jeg spiser kun halal")
	if r.Contact.Phone != "+4551238790" || firstDiet(r) != "Faadumo Ali=halal" {
		t.Errorf("phone %q diet %q", r.Contact.Phone, firstDiet(r))
	}
}

// 7. One block per person: a name line, then her choices numbered "1)",
// "2)" (or "a)", "1.", "- 1. prio:"): the numbers are ranks, the words after
// them the workshops; "Two of us" is no name.
func TestPersonBlocksNumberedChoices(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nFra Somalisk Kvindeforening kommer vi to.\n\nMig selv, Hibaaq Abdi:\n1) Sundhed\n2) Job\n\nIfrah Nuur:\n1) Uddannelse\n2) Naboskab\n\nVi spiser begge halal.\n\nMvh Hibaaq",
			from: "Hibaaq Abdi", intent: tilmeld.IntentRegister, status: "complete", want: "Hibaaq Abdi:2/4; Ifrah Nuur:3/1", diet: "Hibaaq Abdi=halal"},
		{body: "Hej\nVi kommer to.\n\nHibaaq Abdi:\n1. Sundhed\n2. Job\n\nIfrah Nuur:\n1. Uddannelse\n2. Naboskab\n\nMvh Hibaaq",
			from: "Hibaaq Abdi", status: "complete", want: "Hibaaq Abdi:2/4; Ifrah Nuur:3/1"},
		{body: "Hej\nVi kommer to.\n\nHibaaq Abdi:\na) Sundhed\nb) Job\n\nIfrah Nuur:\na) Uddannelse\nb) Naboskab\n\nMvh Hibaaq",
			from: "Hibaaq Abdi", status: "complete", want: "Hibaaq Abdi:2/4; Ifrah Nuur:3/1"},
		{body: "Hej\nVi kommer to.\n\nHibaaq Abdi:\n- 1. prio: Sundhed\n- 2. prio: Job\n\nIfrah Nuur:\n- 1. prio: Uddannelse\n- 2. prio: Naboskab\n\nMvh Hibaaq",
			from: "Hibaaq Abdi", status: "complete", want: "Hibaaq Abdi:2/4; Ifrah Nuur:3/1"},
		{body: "Hi\nTwo of us are coming.\n\nMe, Hibaaq Abdi:\n1) Health\n2) Jobs\n\nIfrah Nuur:\n1) Education\n2) Neighbourhood\n\nBest, Hibaaq",
			from: "Hibaaq Abdi", subject: "Registration", status: "complete", want: "Hibaaq Abdi:2/4; Ifrah Nuur:3/1"},
	})
}

// 8. The sender and a colleague not yet named, each with her own line of
// choices and food: two attendees, the colleague's name missing.
func TestUnnamedColleagueOwnLine(t *testing.T) {
	for _, c := range []struct{ body, want, diet string }{
		{"Hej\n\nJeg vil gerne tilmelde mig selv og en kollega fra Vestegnens Sundhedshus.\n\nMig: workshop 4 og 1\nMin kollega: workshop 2 og 3 – hun er veganer.\n\nJeg sender min kollegas navn, så snart jeg kender det.\n\nMvh\nIda Holm\nVestegnens Sundhedshus\nTlf. 43 64 10 00 (omstilling)",
			"Ida Holm:4/1; :2/3", "vegan"},
		{"Hej\n\nJeg vil gerne tilmelde mig og en kollega.\n\nMig: workshop 4 og 1\nMin kollega: workshop 2 og 3, hun er vegetar.\n\nHendes navn følger.\n\nMvh Ida Holm",
			"Ida Holm:4/1; :2/3", "vegetarian"},
		{"Hi\n\nI would like to register myself and a colleague.\n\nMe: workshop 4 and 1\nMy colleague: workshop 2 and 3, she is vegan.\n\nI will send her name soon.\n\nBest, Ida Holm",
			"Ida Holm:4/1; :2/3", "vegan"},
	} {
		r := parseMail("Ida Holm", "Tilmelding", "", c.body)
		diet := ""
		if len(r.Attendees) == 2 && len(r.Attendees[1].Diet) == 1 {
			diet = string(r.Attendees[1].Diet[0])
		}
		if r.Intent != tilmeld.IntentRegister || r.Status != tilmeld.StatusIncomplete || len(r.Missing) != 1 || r.Missing[0] != tilmeld.MissingName ||
			choices(r) != c.want || diet != c.diet {
			t.Errorf("%q: got %s %s missing=%v %s diet=%q, want register incomplete [name] %s diet=%q (%v)", c.body, r.Intent, r.Status, r.Missing,
				choices(r), diet, c.want, c.diet, r.Reasons)
		}
	}
}

// outlookTable is an Outlook HTML table of people: a paragraph in every
// cell, an empty cell where a person has no diet.
func outlookTable(rows [][]string) string {
	var b strings.Builder
	b.WriteString(`<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>`)
	for _, r := range rows {
		b.WriteString("<tr>")
		for _, c := range r {
			if c == "" {
				c = "&nbsp;"
			}
			b.WriteString(`<td width=150 valign=top style='width:112.5pt'><p class=MsoNormal>` + c + `<o:p></o:p></p></td>`)
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>")
	return b.String()
}

func parseHTML(from, subject, html string) *Result {
	raw := "From: " + from + " <sender@example.dk>\r\nTo: abc@bo-vest.dk\r\nSubject: " + subject + "\r\n" +
		"Message-ID: <k@example.dk>\r\nDate: Mon, 14 Sep 2020 10:00:00 +0200\r\n" +
		"Content-Type: text/html; charset=utf-8\r\n\r\n<html><body><div class=WordSection1>" + html + "</div></body></html>"
	return Parse([]byte(raw), testEvent)
}

// 1. An Outlook HTML table of people, a row each with her choices and
// diet: each row is read as one line, an empty cell kept in its column.
func TestOutlookTableRows(t *testing.T) {
	header := []string{"Navn", "Workshop 1. prioritet", "Workshop 2. prioritet", "Kost"}
	for _, c := range []struct {
		rows       [][]string
		after      string
		want, diet string
	}{
		{[][]string{header, {"Birgitte Søndergaard", "1", "2", ""}, {"Abdirahman Hassan Farah", "4", "3", "Halal"}, {"Jytte Mølgaard", "Sundhed", "Naboskab", "Vegetar"}},
			"<p class=MsoNormal>Jeg kommer selv (øverst i skemaet).<o:p></o:p></p><p class=MsoNormal>Mvh Birgitte<o:p></o:p></p>",
			"Birgitte Søndergaard:1/2; Abdirahman Hassan Farah:4/3; Jytte Mølgaard:2/1", "Abdirahman Hassan Farah=halal; Jytte Mølgaard=vegetarian"},
		{[][]string{{"Navn", "1. prioritet", "2. prioritet", "Kost"}, {"Birgitte Søndergaard", "3", "4", "Vegetar"}, {"Jytte Mølgaard", "2", "1", ""}},
			"<p class=MsoNormal>Vi kommer begge.<o:p></o:p></p>",
			"Birgitte Søndergaard:3/4; Jytte Mølgaard:2/1", "Birgitte Søndergaard=vegetarian"},
		{[][]string{{"Name", "1st choice", "2nd choice", "Diet"}, {"Birgitte Søndergaard", "3", "4", ""}, {"Jytte Mølgaard", "2", "1", "Vegan"}},
			"<p class=MsoNormal>I am coming myself (first row).<o:p></o:p></p>",
			"Birgitte Søndergaard:3/4; Jytte Mølgaard:2/1", "Jytte Mølgaard=vegan"},
	} {
		r := parseHTML("Birgitte Søndergaard", "Tilmelding", "<p class=MsoNormal>Hej<o:p></o:p></p><p class=MsoNormal>Her er vores tilmelding:<o:p></o:p></p>"+outlookTable(c.rows)+c.after)
		var diets []string
		for _, a := range r.Attendees {
			for _, d := range a.Diet {
				diets = append(diets, a.Name+"="+string(d))
			}
		}
		if r.Intent != tilmeld.IntentRegister || r.Status != tilmeld.StatusComplete || choices(r) != c.want || strings.Join(diets, "; ") != c.diet {
			t.Errorf("%v: got %s %s %s diets=%v, want register complete %s %s (%v)", c.rows, r.Intent, r.Status, choices(r), diets, c.want, c.diet, r.Reasons)
		}
	}
}

// A signature laid out in a table, a cell of several lines, stays as it
// is written; a table of one-line cells becomes one line a row.
func TestTableRowsText(t *testing.T) {
	sig := `<table><tr><td><img src="logo.png"></td><td><p class=MsoNormal>Ida Holm<br>Projektleder<br>Tlf. 22 33 44 55<o:p></o:p></p></td></tr></table>`
	if got := htmlToText(sig); got != "Ida Holm\nProjektleder\nTlf. 22 33 44 55" {
		t.Errorf("signature table: got %q", got)
	}
	rows := outlookTable([][]string{{"Navn", "Kost"}, {"", "Halal"}, {"Ida Holm", ""}})
	if got := htmlToText("<p>Hej</p>" + rows + "<p>Mvh</p>"); got != "Hej\n\nNavn | Kost\n | Halal\nIda Holm |\n\nMvh" {
		t.Errorf("rows: got %q", got)
	}
}
