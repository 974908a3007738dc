package parser

import (
	"slices"
	"testing"

	"tilmeld"
)

// The kinds of mail a seventeenth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// receipt17 is the bot's receipt as a reply quotes it, for a sender
// registered with sundhed (2) first and beskæftigelse (4) second.
const receipt17 = "\n\nDen 15. sep. 2020 kl. 10.12 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n" +
	"> Hej Ida Holm,\n>\n> Tak for din tilmelding til Aktive boligområder i Albertslund efter 2020, 29. september.\n" +
	"> Vi har forstået din tilmelding sådan:\n> Ida Holm\n>   1. prioritet: 2\n>   2. prioritet: 4\n>   Kost: ingen særlige hensyn\n" +
	">\n> Venlig hilsen\n> Albertslund Boligsociale Center\n> abc@bo-vest.dk, tlf. 60 35 46 30\n"

const receiptSubject17 = "Re: Tilmelding: Aktive boligområder i Albertslund efter 2020"
const receiptHeaders17 = "In-Reply-To: <receipt-17@bo-vest.dk>\r\n"

// A. An update that changes one priority and restates the other as
// unchanged carries only the change.
func TestUpdateKeepsRestatedChoice(t *testing.T) {
	up := func(body, want string) blindCase {
		return blindCase{body: body + receipt17, subject: receiptSubject17, headers: receiptHeaders17,
			intent: tilmeld.IntentUpdate, status: "complete", want: want}
	}
	runBlind(t, []blindCase{
		up("Hej\nKan I rette min 2. prioritet til workshop 1 i stedet for 4? Første prioritet er stadig sundhed.\nMvh Ida Holm", "Ida Holm:-/1"),
		up("Hej\nJeg vil gerne ændre min anden prioritet til uddannelse. Min første prioritet er uændret sundhed.\nMvh Ida Holm", "Ida Holm:-/3"),
		up("Hej\nMin 1. prioritet skal være naboskab i stedet. 2. prioritet er den samme som før, beskæftigelse.\nMvh Ida Holm", "Ida Holm:1/-"),
		up("Hej\nJeg vil gerne skifte 2. prioritet til workshop 3. Sundhed som 1. prioritet som før.\nMvh Ida Holm", "Ida Holm:-/3"),
		up("Hi\nCould you change my second choice to workshop 1 instead of 4? My first choice is still health.\nBest, Ida Holm", "Ida Holm:-/1"),
		up("Hi\nPlease change my first choice to education. The second one, jobs, is the same as before.\nBest, Ida Holm", "Ida Holm:3/-"),
		// a change of both stays a change of both
		up("Hej\nKan I ændre min tilmelding til workshop 1 og 3?\nMvh Ida Holm", "Ida Holm:1/3"),
		// "hvis der stadig er plads" is about room, not a kept choice
		{body: "Hej\nHvis der stadig er plads, vil jeg hellere have workshop 3 som 1. prioritet.\nMvh Ida Holm" + receipt17,
			subject: receiptSubject17, headers: receiptHeaders17, intent: tilmeld.IntentUpdate, notStatus: "complete"},
	})
}

// B. The diet of one family member, said of "min søn" after he was named,
// is his alone; "begge" and "vi" share it.
func TestRelativeDietIsHis(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg og min søn Duc Le (17 år) vil gerne komme til mødet. Vi vil begge til uddannelse workshop, nummer 2 valg beskæftigelse. Min søn tåler ikke nødder.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/4; Duc Le:3/4", diet: "Ida Holm="},
		{body: "Hej\nMin datter Sara Holm og jeg kommer gerne, vi vil begge i workshop 1 og 2. Min datter spiser ikke svinekød.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/2; Sara Holm:1/2", diet: "Ida Holm="},
		{body: "Hej\nJeg tilmelder mig og min mand Per Holm. Vi tager begge sundhed og naboskab. Min mand er vegetar.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/1; Per Holm:2/1", diet: "Ida Holm="},
		{body: "Hi\nMy son Tom Holm and I would like to come, both of us workshop 3 and then 4. My son can't have nuts.\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:3/4; Tom Holm:3/4", diet: "Ida Holm="},
		// said of both, both have it
		{body: "Hej\nJeg og min søn Duc Le vil gerne komme, begge i workshop 3 og 4. Vi spiser begge ikke svinekød.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/4; Duc Le:3/4", diet: "Ida Holm=no_pork"},
	})
	for _, body := range []string{
		"Hej\nJeg og min søn Duc Le (17 år) vil gerne komme til mødet. Vi vil begge til uddannelse workshop, nummer 2 valg beskæftigelse. Min søn tåler ikke nødder.\nMvh Ida Holm",
		"Hi\nMy son Tom Holm and I would like to come, both of us workshop 3 and then 4. My son can't have nuts.\nBest, Ida Holm",
	} {
		r := parseMail("Ida Holm", "Tilmelding", "", body)
		for _, a := range r.Attendees {
			if nuts := slices.Contains(a.Diet, tilmeld.NutAllergy); nuts != (a.Name != "Ida Holm") {
				t.Errorf("%q: %s has diet %v; only the son has the allergy", body, a.Name, a.Diet)
			}
		}
	}
}

// H. A registered sender who doubts she can come is a possible
// cancellation for staff to see.
func TestDoubtAboutComing(t *testing.T) {
	doubt := func(body string) blindCase {
		return blindCase{body: body + receipt17, subject: receiptSubject17, headers: receiptHeaders17,
			intent: tilmeld.IntentCancel, status: "review"}
	}
	runBlind(t, []blindCase{
		doubt("Hej\nJeg er ikke sikker på, at jeg kan komme den 29. - min mor skal måske opereres den uge. Jeg skriver igen, når jeg ved mere.\nMvh Ida Holm"),
		doubt("Hej\nDet er usikkert, om jeg kan deltage alligevel, da min datter er blevet syg. Jeg giver besked hurtigst muligt.\nMvh Ida Holm"),
		doubt("Hej\nJeg ved ikke, om jeg kan komme alligevel. Mit arbejde har lagt et møde samme dag.\nMvh Ida Holm"),
		doubt("Hi\nI'm not sure I can make it on the 29th after all, my father may need surgery that week. I'll write again when I know more.\nBest, Ida Holm"),
		doubt("Hi\nI might not be able to attend after all. I will let you know.\nBest, Ida Holm"),
		// a new registration with a doubt stays a registration
		{body: "Hej\nJeg vil gerne i workshop 2 og 3, men jeg er ikke sikker på, at jeg kan komme.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, want: "Ida Holm:2/3"},
		// doubt that is not about coming
		{body: "Hej\nJeg er ikke sikker på, hvilken workshop der passer bedst. Kan I fortælle lidt mere?\nMvh Ida Holm" + receipt17,
			subject: receiptSubject17, headers: receiptHeaders17, intent: tilmeld.IntentQuestion},
	})
}

// G. A question with the registration waiting on its answer ("Så
// tilmelder jeg mig") is a question, not yet a registration; ages are no
// workshops.
func TestRegistrationWaitsOnAnswer(t *testing.T) {
	q := func(body string) blindCase {
		return blindCase{body: body, intent: tilmeld.IntentQuestion, status: "review"}
	}
	runBlind(t, []blindCase{
		q("Hej\nJeg vil rigtig gerne komme til mødet, men jeg har to små børn på 2 og 4 år. Er der børnepasning under mødet, eller må de komme med? Så tilmelder jeg mig.\nMvh Ida Holm"),
		q("Hej\nEr der tolk til arabisk på mødet? Så vil jeg gerne tilmelde mig.\nMvh Ida Holm"),
		q("Hej\nKan man komme med kørestol? Jeg tilmelder mig, når jeg ved det.\nMvh Ida Holm"),
		q("Hej\nMin søn er 3 år. Må han komme med til mødet? Så melder jeg mig til.\nMvh Ida Holm"),
		{body: "Hi\nI have two small children aged 3 and 5. Is there childcare during the meeting? Then I'll sign up.\nBest, Ida Holm",
			subject: "Registration", intent: tilmeld.IntentQuestion, status: "review"},
		// a registration now, with a question beside it, stays one
		{body: "Hej\nJeg tilmelder mig workshop 2 og 3. Er der parkering ved stedet?\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, want: "Ida Holm:2/3"},
	})
}

// I. Staff withdraw residents they registered: "Vil I melde dem fra?" asks
// the bot to act, and the names on the lines under "Det drejer sig om:"
// are those withdrawn, not the sender.
func TestStaffWithdrawsResidents(t *testing.T) {
	const subj = "Afbud"
	runBlind(t, []blindCase{
		{body: "Hej\nDesværre kan ingen af de tre beboere fra Hedemarken, som jeg tilmeldte den 8. september, alligevel deltage. Vil I melde dem fra? Det drejer sig om:\nKarin Dahl\nJonas Bech\nHasan Demir\nJeg var ikke selv tilmeldt.\nMvh Ida Holm",
			subject: subj, intent: tilmeld.IntentCancel, status: "complete", want: "Karin Dahl:-/-; Jonas Bech:-/-; Hasan Demir:-/-"},
		{body: "Hej\nTo af de beboere, jeg tilmeldte i sidste uge, er blevet forhindret. Kan I melde dem fra? Det drejer sig om:\n\nSonja Krag\nAhmed Nour\n\nVenlig hilsen\nIda Holm\nBoligsocial medarbejder",
			subject: subj, intent: tilmeld.IntentCancel, status: "complete", want: "Sonja Krag:-/-; Ahmed Nour:-/-"},
		{body: "Hej\nEn af vores beboere kan desværre ikke komme alligevel. Vil I melde ham fra? Det drejer sig om:\nMorten Friis\nMvh Ida Holm",
			subject: subj, intent: tilmeld.IntentCancel, status: "complete", want: "Morten Friis:-/-"},
		{body: "Hi\nUnfortunately the two residents I registered cannot attend after all. Could you cancel them? This concerns:\nSonja Krag\nAhmed Nour\nBest, Ida Holm",
			subject: "Cancellation", intent: tilmeld.IntentCancel, status: "complete", want: "Sonja Krag:-/-; Ahmed Nour:-/-"},
		// three said, two listed: staff look
		{body: "Hej\nDesværre kan ingen af de tre beboere fra Hedemarken alligevel deltage. Vil I melde dem fra? Det drejer sig om:\nKarin Dahl\nJonas Bech\nMvh Ida Holm",
			subject: subj, intent: tilmeld.IntentCancel, notStatus: "complete"},
	})
	const html = "<html><body><p>Hej</p><p>Desværre kan ingen af de tre beboere fra Hedemarken, som jeg tilmeldte den 8. september, alligevel deltage. Vil I melde dem fra? Det drejer sig om:</p>" +
		"<p>Karin Dahl<br>Jonas Bech<br>Hasan Demir</p><p>Jeg var ikke selv tilmeldt.</p><p>Venlig hilsen<br>Ida Holm</p></body></html>"
	raw := "From: Ida Holm <sender@example.dk>\r\nTo: abc@bo-vest.dk\r\nSubject: Afbud\r\nMessage-ID: <k17@example.dk>\r\n" +
		"Date: Mon, 14 Sep 2020 10:00:00 +0200\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
	r := Parse([]byte(raw), testEvent)
	var names []string
	for _, a := range r.Attendees {
		names = append(names, a.Name)
	}
	slices.Sort(names)
	if r.Intent != tilmeld.IntentCancel || r.Status != tilmeld.StatusComplete || r.Question ||
		!slices.Equal(names, []string{"Hasan Demir", "Jonas Bech", "Karin Dahl"}) {
		t.Errorf("HTML withdrawal: got %s %s question=%v %v (%v)", r.Intent, r.Status, r.Question, names, r.Reasons)
	}
}

// F. Several people in sentences of their own, each with the choices of
// that sentence; one who has not decided yet is named, without a choice.
func TestPeopleInSentencesOneUndecided(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nVi er tre der gerne vil komme:\nJeg (Yasmin Hamid) tager workshop 4 og 1.\nMin søster Amina Hamid tager 2 og 3.\nMin nevø Yusuf Hamid vil også gerne med, men han har ikke bestemt sig endnu.\nMvh Yasmin",
			from: "Yasmin Hamid", status: "incomplete", want: "Yasmin Hamid:4/1; Amina Hamid:2/3; Yusuf Hamid:-/-", missing: []string{"workshop"}},
		{body: "Hej\nVi kommer tre. Jeg tager workshop 2 og 1. Min mand Kasper Lind tager 3 og 4. Min svigerinde Rikke Lind vil også gerne med, men hun har ikke besluttet sig endnu.\nMvh Mette Lind",
			from: "Mette Lind", status: "incomplete", want: "Mette Lind:2/1; Kasper Lind:3/4; Rikke Lind:-/-", missing: []string{"workshop"}},
		{body: "Hej\nJeg tager workshop 4 og 1.\nMin søster Amina Hamid tager 2 og 3.\nMvh Yasmin Hamid",
			from: "Yasmin Hamid", status: "complete", want: "Yasmin Hamid:4/1; Amina Hamid:2/3"},
		{body: "Hi\nThere are three of us:\nI take workshop 4 and 1.\nMy sister Amina Hamid takes 2 and 3.\nMy nephew Yusuf Hamid would also like to come, but he has not decided yet.\nBest, Yasmin Hamid",
			from: "Yasmin Hamid", subject: "Registration", status: "incomplete", want: "Yasmin Hamid:4/1; Amina Hamid:2/3; Yusuf Hamid:-/-"},
		// one more who would come is never left out
		{body: "Hi\nI would like workshop 4 and 1.\nMy brother Tom Hart would also like to come.\nBest, Yasmin Hamid",
			from: "Yasmin Hamid", subject: "Registration", notStatus: "complete"},
		// numbers that are no workshops: never a choice
		{body: "Hej\nJeg tager workshop 4 og 1.\nMin søster Amina Hamid tager 2 børn med.\nMvh Yasmin Hamid",
			from: "Yasmin Hamid", notStatus: "complete"},
	})
}

// botQuestion17 builds the bot's question as a reply quotes it, with the
// sender's answers typed under its lines.
func botQuestion17(first, second, header string) string {
	return "Hej\n\n" + header + "\n> Hej Ida Holm,\n>\n> Tak for din tilmelding til Aktive boligområder i Albertslund efter 2020.\n" +
		"> Vi mangler lidt, før tilmeldingen er på plads. Skriv svaret under spørgsmålet:\n>\n> 1. prioritet (nummer 1-4):\n" + first +
		"\n> 2. prioritet (nummer 1-4):\n" + second + "\n>\n> Workshopperne er:\n> 1. Naboskab, netværk & tryghed\n> 2. Sundhed & trivsel\n" +
		"> 3. Uddannelse & livschancer\n> 4. Beskæftigelse & opkvalificering\n>\n> Venlig hilsen\n> Albertslund Boligsociale Center\n" +
		"> abc@bo-vest.dk, tlf. 60 35 46 30\n\nMvh\nIda Holm\n22 33 44 55\n"
}

// E. Answers typed under the quoted lines of the bot's question are read
// with the line they stand under; the quoted workshop list is no choice.
func TestInlineAnswersToBotQuestion(t *testing.T) {
	const bot = "Den 15. sep. 2020 kl. 10.12 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:"
	answer := func(first, second, want string) blindCase {
		return blindCase{body: botQuestion17(first, second, bot), subject: receiptSubject17, headers: receiptHeaders17,
			intent: tilmeld.IntentUpdate, status: "complete", want: want}
	}
	runBlind(t, []blindCase{
		answer("3", "4", "Ida Holm:3/4"),
		answer("Sundhed", "naboskab", "Ida Holm:2/1"),
		answer("nr. 1", "nr. 3", "Ida Holm:1/3"),
		answer("workshop 4", "workshop 2", "Ida Holm:4/2"),
		// a quote that is not the bot's own: its lines are not trusted
		{body: botQuestion17("3", "4", "Den 15. sep. 2020 kl. 10.12 skrev Bo Jensen <bo@example.dk>:"), subject: receiptSubject17,
			headers: receiptHeaders17, notStatus: "complete"},
	})
	r := parseMail("Ida Holm", receiptSubject17, receiptHeaders17, botQuestion17("3", "4", bot))
	if r.Contact.Phone != "+4522334455" {
		t.Errorf("inline answers: phone %q, want the signature's", r.Contact.Phone)
	}
}

// botAsks17 is the bot's question for a missing workshop as a reply
// quotes it, naming the people it asks about.
func botAsks17(header, names string) string {
	return "\n\n" + header + "\n> Hej Fatma Yilmaz,\n>\n> Tak for din tilmelding til Aktive boligområder i Albertslund efter 2020. For at gøre den færdig mangler vi:\n" +
		"> - hvilken workshop I vil deltage i (1. og 2. prioritet) for " + names + "\n>\n> Svar blot på denne mail.\n>\n> Venlig hilsen\n> Albertslund Boligsociale Center\n"
}

// C. An answer for "both" to the bot's question for a missing workshop is
// for the people that question names.
func TestAnswerForThoseBotAsked(t *testing.T) {
	const bot = "Den 16. sep. 2020 kl. 09.02 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:"
	ans := func(body, names, want string) blindCase {
		return blindCase{body: body + botAsks17(bot, names), from: "Fatma Yilmaz", subject: receiptSubject17, headers: receiptHeaders17,
			intent: tilmeld.IntentUpdate, status: "complete", want: want}
	}
	runBlind(t, []blindCase{
		ans("Vi tager begge nr 1 naboskab, og sundhed som nummer to. Og vi spiser ikke svinekød, begge to.\nFatma", "Fatma Y. og Mehmet Y.", "Fatma Yilmaz:1/2; Mehmet Y.:1/2"),
		ans("Hej\nVi vil begge gerne i workshop 3 og så 4.\nMvh Fatma", "Fatma Yilmaz og Mehmet Yilmaz", "Fatma Yilmaz:3/4; Mehmet Yilmaz:3/4"),
		ans("Hi\nWe would both like workshop 2 first and 1 second.\nFatma", "Fatma Yilmaz and Mehmet Yilmaz", "Fatma Yilmaz:2/1; Mehmet Yilmaz:2/1"),
		// "begge" and three names asked about: staff look
		{body: "Vi tager begge nr 1 og 2.\nFatma" + botAsks17(bot, "Fatma Y., Mehmet Y. og Ali Y."), from: "Fatma Yilmaz",
			subject: receiptSubject17, headers: receiptHeaders17, notStatus: "complete"},
		// a quote not from the bot names nobody for her
		{body: "Vi tager begge nr 1 og 2.\nFatma" + botAsks17("Den 16. sep. 2020 kl. 09.02 skrev Bo Jensen <bo@example.dk>:", "Fatma Y. og Mehmet Y."),
			from: "Fatma Yilmaz", subject: receiptSubject17, headers: receiptHeaders17, notStatus: "complete"},
	})
	r := parseMail("Fatma Yilmaz", receiptSubject17, receiptHeaders17,
		"Vi tager begge nr 1 naboskab, og sundhed som nummer to. Og vi spiser ikke svinekød, begge to.\nFatma"+botAsks17(bot, "Fatma Y. og Mehmet Y."))
	for _, a := range r.Attendees {
		if !slices.Contains(a.Diet, tilmeld.NoPork) {
			t.Errorf("%s: diet %v; both eat no pork", a.Name, a.Diet)
		}
	}
}

// D. The answer to the bot's question for a colleague's name: "X hedder
// NAME" names him, and the choices restated for him are his; the sender
// is not among those who come.
func TestAnswerNamesColleague(t *testing.T) {
	const outlookEN = "\n\nFrom: Albertslund Boligsociale Center [mailto:abc@bo-vest.dk]\nSent: 16. september 2020 09:02\nTo: Nadia Berg\nSubject: Tilmelding\n\n" +
		"Hej Nadia Berg,\n\nTak for din tilmelding. For at gøre den færdig mangler vi:\n- navnet på din kollega (workshop 3 og 1)\n"
	const outlookDA = "\n\nFra: Albertslund Boligsociale Center <abc@bo-vest.dk>\nSendt: 16. september 2020 09:02\nTil: Nadia Berg <sender@example.dk>\n" +
		"Emne: Tilmelding: Aktive boligområder i Albertslund efter 2020\n\nHej Nadia Berg,\n\nTak for din tilmelding til Aktive boligområder i Albertslund efter 2020. For at gøre den færdig mangler vi:\n- navnet på din kollega (workshop 3 og 1)\n"
	const subj = "SV: Tilmelding: Aktive boligområder i Albertslund efter 2020"
	named := func(body, quote string) blindCase {
		return blindCase{body: body + quote, from: "Nadia Berg", subject: subj, headers: receiptHeaders17,
			intent: tilmeld.IntentUpdate, status: "complete", want: "Jesper Lund Kristoffersen:3/1"}
	}
	runBlind(t, []blindCase{
		named("Hej\nMin kollega hedder Jesper Lund Kristoffersen. Han skal stadig på workshop 3 og 1 som skrevet.\n\nVenlig hilsen\n\nNadia Berg\nBoligsocial medarbejder\nTlf. 22 33 44 55", outlookEN),
		named("Hej\nMin kollega hedder Jesper Lund Kristoffersen. Han skal stadig på workshop 3 og 1 som skrevet.\n\nVenlig hilsen\nNadia Berg", outlookDA),
		named("Hej\nHan hedder Jesper Lund Kristoffersen, og han skal stadig på workshop 3 og 1.\nMvh Nadia", outlookDA),
		named("Min kollega hedder Jesper Lund Kristoffersen.\nHan skal stadig på workshop 3 og 1 som skrevet.\n\nMed venlig hilsen\nNadia Berg", outlookEN),
	})
	const html = `<html><body><div class=WordSection1><p class=MsoNormal>Hej<o:p></o:p></p>` +
		`<p class=MsoNormal>Min kollega hedder Jesper Lund Kristoffersen. Han skal stadig på workshop 3 og 1 som skrevet.<o:p></o:p></p>` +
		`<p class=MsoNormal>Venlig hilsen<o:p></o:p></p><p class=MsoNormal>Nadia Berg<o:p></o:p></p>` +
		`<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Albertslund Boligsociale Center [mailto:abc@bo-vest.dk]<br>` +
		`<b>Sent:</b> 16. september 2020 09:02<br><b>To:</b> Nadia Berg<br><b>Subject:</b> Tilmelding<o:p></o:p></p></div>` +
		`<p class=MsoNormal>Hej Nadia Berg,<o:p></o:p></p><p class=MsoNormal>Tak for din tilmelding. For at gøre den færdig mangler vi:<o:p></o:p></p>` +
		`<p class=MsoNormal>- navnet på din kollega (workshop 3 og 1)<o:p></o:p></p></div></body></html>`
	raw := "From: Nadia Berg <sender@example.dk>\r\nTo: abc@bo-vest.dk\r\nSubject: " + subj + "\r\nIn-Reply-To: <c3@bo-vest.dk>\r\n" +
		"Message-ID: <d17@example.dk>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
	if r := Parse([]byte(raw), testEvent); r.Intent != tilmeld.IntentUpdate || r.Status != tilmeld.StatusComplete || choices(r) != "Jesper Lund Kristoffersen:3/1" {
		t.Errorf("Outlook HTML answer: got %s %s %s (%v)", r.Intent, r.Status, choices(r), r.Reasons)
	}
}
