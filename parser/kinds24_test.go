package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a twenty-fourth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// parseHTML24 reads an HTML-only mail from the given display name.
func parseHTML24(from, html string) *Result {
	raw := "From: " + from + " <sender@example.dk>\r\nTo: abc@bo-vest.dk\r\nSubject: Tilmelding\r\nMessage-ID: <k24@example.dk>\r\n" +
		"Date: Mon, 14 Sep 2020 10:00:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
	return Parse([]byte(raw), testEvent)
}

// A (set 1). The value of a "Navn" row in a label/value table is the name
// the sender wrote for herself: an initial-only display name never beats it.
func TestNameRowBeatsInitialDisplayName(t *testing.T) {
	row := func(label, value string) string { return "<tr><td>" + label + "</td><td>" + value + "</td></tr>" }
	for _, c := range []struct{ from, html, want, diets string }{
		{"lene k", "<html><body><p>Hej</p><p>Her er min tilmelding:</p><table>" + row("Navn", "Lene Kristoffersen") + row("Telefon", "22 33 44 55") +
			row("1. prioritet", "Naboskab") + row("2. prioritet", "Beskæftigelse") + row("Kost", "Glutenfri og laktosefri") + "</table><p>Hilsen Lene</p></body></html>",
			"Lene Kristoffersen:1/4", "Lene Kristoffersen=gluten_free,lactose_free"},
		{"Morten B", "<html><body><p>Hej ABC</p><p>Min tilmelding:</p><table>" + row("Navn:", "Morten Bøgh") + row("Mobil", "31 41 59 26") +
			row("Første prioritet", "Sundhed") + row("Anden prioritet", "Uddannelse") + "</table><p>Mvh Morten</p></body></html>",
			"Morten Bøgh:2/3", "Morten Bøgh="},
		{"amal h", "<html><body><p>Hi</p><p>Here is my registration:</p><table>" + row("Name", "Amal Hussein") + row("Phone", "26 12 34 56") +
			row("1st priority", "Health") + row("2nd priority", "Employment") + row("Diet", "Vegetarian") + "</table><p>Best, Amal</p></body></html>",
			"Amal Hussein:2/4", "Amal Hussein=vegetarian"},
	} {
		r := parseHTML24(c.from, c.html)
		if r.Status != tilmeld.StatusComplete || choices(r) != c.want || allDiets(r) != c.diets {
			t.Errorf("%s: got %s %s %s, want complete %s %s (%v)", c.from, r.Status, choices(r), allDiets(r), c.want, c.diets, r.Reasons)
		}
	}
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nHer er min tilmelding:\nNavn: Lene Kristoffersen\nTelefon: 22 33 44 55\n1. prioritet: Naboskab\n2. prioritet: Beskæftigelse\n\nHilsen Lene",
			from: "lene k", status: "complete", want: "Lene Kristoffersen:1/4"}, phone: "+4522334455"},
	})
}

// A (set 2). A name after "jeg hedder" in a mail without capitals or
// commas runs up to where the next clause begins ("jeg vil", "og"), and it
// beats a display name that is only its first word and an initial.
func TestRunOnLowercaseHedderName(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "hej\njeg hedder fadumo ali hirsi jeg vil gerne komme til mødet d 29\nworkshop uddanelse og livchancer og 2 prio sunhed\njeg spiser ikke svinekød\ntlf 28 11 22 33",
			from: "Fadumo H", status: "complete", want: "Fadumo Ali Hirsi:3/2"}, diets: "Fadumo Ali Hirsi=no_pork", phone: "+4528112233"},
		{blindCase: blindCase{body: "hej med jer\njeg hedder jens ole madsen og jeg vil gerne med til mødet\nworkshop 4 og 2 prio naboskab\ntlf 40 50 60 70",
			from: "Jens M", status: "complete", want: "Jens Ole Madsen:4/1"}, phone: "+4540506070"},
		{blindCase: blindCase{body: "hej\nmit navn er nimo yusuf jeg vil gerne være med\nworkshop sundhed og 2 prio job\nmvh nimo",
			from: "Nimo Y", status: "complete", want: "Nimo Yusuf:2/4"}},
		// a two-word display name is spelled out as well
		{blindCase: blindCase{body: "hej\njeg hedder fadumo ali hirsi jeg vil gerne komme til mødet\nworkshop sundhed og 2 prio job\ntlf 28 11 22 33",
			from: "Fadumo Hirsi", status: "complete", want: "Fadumo Ali Hirsi:2/4"}},
		// a name that does not agree with the initial is not taken for hers
		{blindCase: blindCase{body: "hej\njeg hedder nimo ali jeg vil gerne være med\nworkshop sundhed og 2 prio job\nmvh nimo",
			from: "Nimo Y", want: "Nimo Y:2/4"}},
	})
}

// B (set 2). "Alle tre vil helst X" is everyone's first choice; under "Som
// anden prioritet" the whole sentence gives second choices ("Tomasz og jeg
// Y, og Zofia vil gerne Z"), the writer among "X og jeg".
func TestSharedFirstSplitSeconds(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde os som familie:\nAgnieszka W.\nPiotr W.\nOla W. (16 år)\n\nAlle tre vil helst i naboskabs-workshoppen. Som anden prioritet tager Piotr og jeg beskæftigelse, og Ola vil gerne uddannelse. Piotr tåler ikke laktose.\n\nMvh\nAgnieszka",
			from: "Agnieszka W.", status: "complete", want: "Agnieszka W.:1/4; Piotr W:1/4; Ola W:1/3"}, diets: "Agnieszka W.=; Piotr W=lactose_free; Ola W="},
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde os alle tre:\nSanne H.\nErik H.\nMaja H. (15 år)\n\nAlle tre vil helst på sundhed. Som 2. prioritet tager Erik og jeg uddannelse, og Maja vil gerne naboskab.\n\nMvh\nSanne",
			from: "Sanne H.", status: "complete", want: "Sanne H.:2/3; Erik H:2/3; Maja H:2/1"}},
		// a 2nd for only some of them is no reading of everyone's
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde os alle tre:\nSanne H.\nErik H.\nMaja H. (15 år)\n\nAlle tre vil helst på sundhed. Som 2. prioritet tager Erik uddannelse.\n\nMvh\nSanne",
			from: "Sanne H.", notStatus: "complete"}},
	})
}

// C (set 2). "Vil I ringe til mig, før I skriver hende på" holds the
// registration back until staff have spoken with the writer.
func TestCallBeforeSigningUp(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg skriver for min mor, Halima A., som ikke selv bruger mail. Hun vil rigtig gerne med til mødet og helst på sundhed & trivsel. Hun går dårligt og har brug for at have en med. Må jeg komme med som hendes ledsager, og skal jeg så også vælge en workshop? Jeg ved heller ikke, om der er elevator. Vil I ringe eller skrive til mig, før I skriver hende på, så vi kan finde ud af det?\n\nMvh\nAbdi A.\n22 44 66 88",
			from: "Abdi A.", status: "review", intent: tilmeld.IntentRegister}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\n\nMin far Bent Lauridsen vil gerne med på workshop 1. Han hører dårligt. Vil I ringe til mig, inden I tilmelder ham, så vi kan tale om det?\n\nMvh\nKaren Lauridsen",
			from: "Karen Lauridsen", status: "review", intent: tilmeld.IntentRegister}},
		{blindCase: blindCase{body: "Hi\n\nMy mother Amina Said would like to join, workshop 2 if possible. She walks badly and needs someone with her. Could you call me before you put her down, so we can sort it out?\n\nBest\nOmar Said",
			from: "Omar Said", subject: "Registration", status: "review", intent: tilmeld.IntentRegister}},
		{blindCase: blindCase{body: "Hej\n\nMin mor Halima Holm vil gerne med, workshop 2. Ring venligst til mig inden I tilmelder hende.\n\nMvh\nIda Holm",
			status: "review", intent: tilmeld.IntentRegister}},
		{blindCase: blindCase{body: "Hej\n\nMin mor Halima Holm vil gerne med, workshop 2. Kan I kontakte mig, før hun bliver skrevet på?\n\nMvh\nIda Holm",
			status: "review", intent: tilmeld.IntentRegister}},
		{blindCase: blindCase{body: "Hi\n\nMy mother Halima Holm would like to come, workshop 2. Please call me before signing her up.\n\nBest\nIda Holm",
			subject: "Registration", status: "review", intent: tilmeld.IntentRegister}},
		// an offer to be called with questions holds nothing back
		{blindCase: blindCase{body: "Hej\n\nJeg skriver for min mor, Halima Ali, som ikke selv bruger mail. Hun vil gerne på workshop 2 og ellers 1. Ring gerne til mig, hvis der er spørgsmål.\n\nMvh\nAbdi Ali",
			from: "Abdi Ali", status: "complete", want: "Halima Ali:2/1"}},
	})
}

// Coverage A (set 1). From a family mailbox, "os begge to" followed by
// names: the names are the "os", the sender one of them.
func TestHouseholdUsNamed(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde os begge to: Ayşe K. og Murat K. Vi spiser halal.\n\nFamilien Kaya\nTlf. 28 99 11 22",
			from: "Familien Kaya", status: "incomplete", missing: []string{"workshop"}, want: "Ayşe K:-/-; Murat K:-/-"}, diets: "Ayşe K=halal; Murat K=halal", phone: "+4528991122"},
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde os begge: Hanne Friis og Bo Friis. Vi er vegetarer.\n\nMange hilsner\nFamilien Friis",
			from: "Familien Friis", status: "incomplete", missing: []string{"workshop"}, want: "Hanne Friis:-/-; Bo Friis:-/-"}, diets: "Hanne Friis=vegetarian; Bo Friis=vegetarian"},
		{blindCase: blindCase{body: "Hi\n\nWe would like to register the two of us: Maria S. and Jonas S. We are vegetarians.\n\nThe Svensson family",
			from: "Familien Svensson", subject: "Registration", status: "incomplete", missing: []string{"workshop"}, want: "Maria S:-/-; Jonas S:-/-"}},
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde os: Ayşe K. og Murat K. Vi spiser halal.\n\nFamilien Kaya",
			from: "Familien Kaya", status: "incomplete", missing: []string{"workshop"}, want: "Ayşe K:-/-; Murat K:-/-"}},
		// three said, two named: the third is still to be named
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde os alle tre: Ayşe K. og Murat K. Vi spiser halal.\n\nFamilien Kaya",
			from: "Familien Kaya", notStatus: "complete", want: ":-/-; Ayşe K:-/-; Murat K:-/-"}},
	})
}

// Coverage B (set 1). The name of an association, board or household is
// no person's name, in the display name or in the sign-off.
func TestAssociationIsNoPerson(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVi er to fra beboerforeningen der gerne vil deltage i mødet. Vi vil begge gerne på workshoppen om tryghed, og som 2. prioritet sundhed.\n\nVenlig hilsen\nHyldespjældets Beboerforening",
			from: "Hyldespjældets Beboerforening", status: "incomplete", missing: []string{"name"}, want: ":1/2; :1/2"}},
		{blindCase: blindCase{body: "Hej\n\nVi er to fra afdelingsbestyrelsen, der gerne vil med. Vi vil begge gerne på workshop 3, og ellers 4.\n\nMvh\nAfdelingsbestyrelsen",
			from: "Afdelingsbestyrelsen Kanalens Kvarter", status: "incomplete", missing: []string{"name"}, want: ":3/4; :3/4"}},
		{blindCase: blindCase{body: "Hello\n\nTwo of us from the association would like to attend. We would both like workshop 2, and otherwise workshop 1.\n\nKind regards\nParkside Tenants Association",
			from: "Parkside Tenants Association", subject: "Registration", status: "incomplete", missing: []string{"name"}, want: ":2/1; :2/1"}},
	})
}

// ownQuote24 is the sender's own earlier mail, quoted under a reply.
const ownQuote24 = "\n\nDen 15. sep. 2020 kl. 10.12 skrev Birthe Lund <sender@example.dk>:\n> Hej igen\n>\n> Min mand Preben Lund vil også gerne med. Han vil gerne på workshop 4 og ellers 1.\n>\n> Mvh Birthe\n"

// Coverage C (set 1). "Glem det jeg skrev om X", "X kommer alligevel
// ikke" withdraw X, a person added earlier; "det er kun mig der kommer"
// keeps the writer registered.
func TestTakeBackAddedPerson(t *testing.T) {
	reply := "In-Reply-To: <earlier@example.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nGlem det jeg skrev om Preben - han skal alligevel arbejde den dag. Det er kun mig der kommer.\n\nMvh\nBirthe" + ownQuote24,
			from: "Birthe Lund", subject: "Re: Tilmelding", headers: reply, status: "complete", intent: tilmeld.IntentCancel, want: "Preben Lund:-/-"}},
		{blindCase: blindCase{body: "Hej\n\nPreben kommer alligevel ikke, han er blevet syg. Det er kun mig der kommer.\n\nMvh\nBirthe" + ownQuote24,
			from: "Birthe Lund", subject: "Re: Tilmelding", headers: reply, status: "complete", intent: tilmeld.IntentCancel, want: "Preben Lund:-/-"}},
		{blindCase: blindCase{body: "Hi\n\nForget what I wrote about Preben - he has to work that day after all. It's only me coming.\n\nBest\nBirthe" + ownQuote24,
			from: "Birthe Lund", subject: "Re: Registration", headers: reply, status: "complete", intent: tilmeld.IntentCancel, want: "Preben Lund:-/-"}},
		// a relative without a name is the one her own quoted mail names so
		// (TestKinNamedByOwnThread); one it does not name is for staff
		{blindCase: blindCase{body: "Hej\n\nGlem det jeg skrev om min mand - han skal alligevel arbejde den dag. Det er kun mig der kommer.\n\nMvh\nBirthe" + ownQuote24,
			from: "Birthe Lund", subject: "Re: Tilmelding", headers: reply, status: "complete", intent: tilmeld.IntentCancel, want: "Preben Lund:-/-"}},
		{blindCase: blindCase{body: "Hej\n\nGlem det jeg skrev om min søn - han skal alligevel arbejde den dag. Det er kun mig der kommer.\n\nMvh\nBirthe" + ownQuote24,
			from: "Birthe Lund", subject: "Re: Tilmelding", headers: reply, status: "review", intent: tilmeld.IntentCancel}},
		// what is taken back is no person: no withdrawal
		{blindCase: blindCase{body: "Hej\n\nGlem det jeg skrev om maden - jeg spiser alt alligevel.\n\nMvh\nBirthe" + ownQuote24,
			from: "Birthe Lund", subject: "Re: Tilmelding", headers: reply, notStatus: "complete"}},
	})
}

// Coverage D (set 1). "<own full name> tilmelder sig" is the sender
// registering himself; a person who "vil gerne med, hvis ..." inside a
// question to staff is not being registered.
func TestQuestionAboutUnnamedCompanion(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nMahad Yusuf Ali tilmelder sig netværksmødet: workshop 3 og 1.\nTelefon: 26 45 78 90\n\nSpørgsmål: Er der nogen der kan tolke til somali på mødet? Min nabo vil gerne med hvis der er.\n\nMvh\nMahad",
			from: "Mahad Ali", status: "complete", want: "Mahad Yusuf Ali:3/1"}, asks: "yes", phone: "+4526457890"},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde mig, workshop 2 og 4.\n\nSpørgsmål: Kan man få tolkning til arabisk? Min svigermor vil gerne med hvis det kan lade sig gøre.\n\nMvh\nSamir Haddad",
			from: "Samir Haddad", status: "complete", want: "Samir Haddad:2/4"}, asks: "yes"},
		// with no question beside it, the neighbour who wants to come is one more
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne tilmelde mig, workshop 2 og 4. Min nabo vil gerne med hvis hun kan få fri.\n\nMvh\nSamir Haddad",
			from: "Samir Haddad", notStatus: "complete"}},
	})
}

// invitation24 is the invitation quoted under an old Outlook header, with
// the sender's answers (first and second, ranked) typed between its lines.
func invitation24(choice, contact string) string {
	return "\n\n----- Oprindelig meddelelse -----\nFra: Albertslund Boligsociale Center <abc@bo-vest.dk>\nTil: beboer@example.dk\nSendt: 2. september 2020 09:00\n" +
		"Emne: Invitation: Aktive boligområder i Albertslund efter 2020\n\n> Kære beboere og samarbejdspartnere\n>\n" +
		"> Vi inviterer til netværksmøde tirsdag den 29. september kl. 16.30-19.30.\n>\n> Vælg en workshop, 1. og 2. prioritet:\n" +
		"> 1. Naboskab, netværk & tryghed\n> 2. Sundhed & trivsel\n> 3. Uddannelse & livschancer\n> 4. Beskæftigelse & opkvalificering\n" + choice +
		"\n>\n> Tilmelding til abc@bo-vest.dk senest den 21. september. Skriv navn, mail/telefon og hensyn til maden.\n" + contact +
		"\n>\n> Venlig hilsen\n> Albertslund Boligsociale Center\n> tlf. 60 35 46 30\n"
}

// Coverage E (set 1). Lines typed between the quoted lines of the
// invitation ("svarer inde i jeres mail") are the sender's own words;
// "X, og hvis den er fuld så Y" is first X, second Y.
func TestAnswersBetweenQuotedLines(t *testing.T) {
	const subj = "SV: Invitation: Aktive boligområder i Albertslund efter 2020"
	reply := "In-Reply-To: <invitation@bo-vest.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Svarer lige inde i jeres mail :-)\nLone B." + invitation24("Sundhed-workshoppen, og hvis den er fuld så den om uddannelse.",
			"Lone B., Bækkegården 12, 31 22 44 66. Jeg tåler ikke gluten."),
			from: "Lone B.", subject: subj, headers: reply, status: "complete", intent: tilmeld.IntentRegister, want: "Lone B.:2/3"},
			diets: "Lone B.=gluten_free", phone: "+4531224466"},
		{blindCase: blindCase{body: "Hej, se mine svar nedenfor.\nMvh Lone" + invitation24("Naboskab, og hvis den er fuld så job.",
			"Lone Bendtsen, Bækkegården 12, 31 22 44 66."),
			from: "Lone B.", subject: subj, headers: reply, status: "complete", intent: tilmeld.IntentRegister, want: "Lone Bendtsen:1/4"}, phone: "+4531224466"},
		// a postcode on her own contact line makes it no organisation's
		{blindCase: blindCase{body: "Svarer lige inde i jeres mail :-)\nLone B." + invitation24("Naboskab-workshoppen, og hvis den er fuld så den om job.",
			"Lone B., Bækkegården 12, 2620 Albertslund, 31 22 44 66. Jeg tåler ikke laktose."),
			from: "Lone B.", subject: subj, headers: reply, status: "complete", want: "Lone B.:1/4"}, diets: "Lone B.=lactose_free", phone: "+4531224466"},
		// lines between quoted ones without the announcement stay in the quote
		{blindCase: blindCase{body: "Tak for invitationen.\nLone B." + invitation24("Sundhed-workshoppen, og hvis den er fuld så den om uddannelse.", "Lone B., 31 22 44 66."),
			from: "Lone B.", subject: subj, headers: reply, notStatus: "complete"}},
	})
}

// ownRegistration24 is the sender's own registration, quoted under her reply.
const ownRegistration24 = "\n\nDen 14. sep. 2020 kl. 09.30 skrev Dorthe Vang <sender@example.dk>:\n> Hej\n>\n> Jeg vil gerne tilmelde mig.\n> 1. prioritet: Uddanelse og livs chancer\n> 2. prioritet: Beskæftelse\n>\n> Mvh Dorthe Vang\n"

// Coverage F (set 1). "Jeg skrev X men jeg mener (faktisk) ..." changes an
// existing registration, even when what it changes to cannot be settled.
func TestWroteButMeant(t *testing.T) {
	reply := "In-Reply-To: <own@example.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Jeg skrev uddannelse men jeg mener faktisk den anden. Undskyld rodet.\n\nDorthe" + ownRegistration24,
			from: "Dorthe Vang", subject: "Re: Tilmelding", headers: reply, status: "review", intent: tilmeld.IntentUpdate}},
		{blindCase: blindCase{body: "Hov, jeg skrev beskæftigelse, men jeg mente den anden. Beklager.\n\nDorthe" + ownRegistration24,
			from: "Dorthe Vang", subject: "Re: Tilmelding", headers: reply, status: "review", intent: tilmeld.IntentUpdate}},
		{blindCase: blindCase{body: "Undskyld, jeg kom til at skrive uddannelse, men mente den anden.\n\nDorthe" + ownRegistration24,
			from: "Dorthe Vang", subject: "Re: Tilmelding", headers: reply, status: "review", intent: tilmeld.IntentUpdate}},
		{blindCase: blindCase{body: "Sorry, I wrote education but I actually meant the other one.\n\nDorthe" + ownRegistration24,
			from: "Dorthe Vang", subject: "Re: Registration", headers: reply, status: "review", intent: tilmeld.IntentUpdate}},
	})
}

// samsungInvitation24 is the invitation as a Samsung phone quotes it.
const samsungInvitation24 = "\n\n-------- Oprindelig besked --------\nFra: Albertslund Boligsociale Center <abc@bo-vest.dk>\nDato: 02-09-2020 09:00 (GMT+01:00)\n" +
	"Til: beboer@example.dk\nEmne: Invitation: Aktive boligområder i Albertslund efter 2020\n\nKære beboere og samarbejdspartnere\n\n" +
	"Vi inviterer til netværksmøde tirsdag den 29. september kl. 16.30-19.30.\n\nVælg en workshop, 1. og 2. prioritet:\n" +
	"1. Naboskab, netværk & tryghed\n2. Sundhed & trivsel\n3. Uddannelse & livschancer\n4. Beskæftigelse & opkvalificering\n\n" +
	"Tilmelding til abc@bo-vest.dk senest den 21. september. Skriv navn, mail/telefon og hensyn til maden.\n\nVenlig hilsen\nAlbertslund Boligsociale Center\n"

// Coverage A (set 2). "Ja tak 2+1" in answer to an invitation that asks
// for a 1st and a 2nd priority is that pair of workshop numbers.
func TestYesThanksPlusPair(t *testing.T) {
	const subj = "SV: Invitation: Aktive boligområder i Albertslund efter 2020"
	reply := "In-Reply-To: <invitation@bo-vest.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Ja tak 3+4\nJens Lyng P. 21 43 65 87" + samsungInvitation24,
			from: "Jens", subject: subj, headers: reply, status: "complete", want: "Jens Lyng P:3/4"}, phone: "+4521436587"},
		{blindCase: blindCase{body: "Ja tak 1 + 2\nJens Lyng P. 21 43 65 87" + samsungInvitation24,
			from: "Jens", subject: subj, headers: reply, status: "complete", want: "Jens Lyng P:1/2"}, phone: "+4521436587"},
		{blindCase: blindCase{body: "Ja tak: 2 + 4\nJens Lyng P. 21 43 65 87" + samsungInvitation24,
			from: "Jens", subject: subj, headers: reply, status: "complete", want: "Jens Lyng P:2/4"}},
		{blindCase: blindCase{body: "Yes please 4+2\nJens Lyng P. 21 43 65 87" + samsungInvitation24,
			from: "Jens", subject: subj, headers: reply, status: "complete", want: "Jens Lyng P:4/2"}},
		// "2+1" with no invitation asking for priorities may count people
		{blindCase: blindCase{body: "Ja tak 2+1\nJens Lyng P. 21 43 65 87",
			from: "Jens", subject: "Tilmelding", notStatus: "complete"}},
	})
}

// Coverage B (set 2). "<Name>, <title>, tilmelder sig hermed" is the
// writer registering herself in the official third person; a choice put
// off ("det vender jeg tilbage med") leaves the workshop missing.
func TestFormalThirdPersonDeferredChoice(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Kære ABC\n\nGitte M., formand for afdelingsbestyrelsen i Hyldespjældet, tilmelder sig hermed. Jeg har ikke bestemt mig for en workshop endnu – det vender jeg tilbage med.\nJeg spiser ikke svinekød.\n\nVenlig hilsen\nGitte M.\nMobil 27 18 28 18",
			from: "Gitte M.", status: "incomplete", intent: tilmeld.IntentRegister, missing: []string{"workshop"}, want: "Gitte M.:-/-"}, diets: "Gitte M.=no_pork", phone: "+4527182818"},
		{blindCase: blindCase{body: "Hej\n\nPer Holm, næstformand i beboerforeningen, tilmelder sig hermed netværksmødet. Jeg har ikke valgt workshop endnu, det vender jeg tilbage med.\n\nMvh\nPer Holm\nTlf. 40 11 22 33",
			from: "Per Holm", status: "incomplete", intent: tilmeld.IntentRegister, missing: []string{"workshop"}, want: "Per Holm:-/-"}, phone: "+4540112233"},
	})
}

// Coverage C (set 2). "put me down as X instead of Y" names Y only as the
// old value being replaced: only X holds.
func TestDietInsteadOfOld(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi\n\nSmall change to my registration: I've started eating fish again, so please put me down as pescetarian instead of vegan. Everything else stays the same.\n\nBest\nMira S.",
			from: "Mira S.", subject: "Re: Registration", status: "complete", intent: tilmeld.IntentUpdate}, diets: "Mira S.=pescetarian"},
		{blindCase: blindCase{body: "Hej\n\nEn lille ændring til min tilmelding: Jeg spiser fisk igen, så skriv mig venligst som pescetar i stedet for veganer. Resten er det samme.\n\nMvh\nMira S.",
			from: "Mira S.", subject: "Re: Tilmelding", status: "complete", intent: tilmeld.IntentUpdate}, diets: "Mira S.=pescetarian"},
		{blindCase: blindCase{body: "Hi\n\nOne change: please put me down as vegetarian rather than vegan. Everything else stays the same.\n\nBest\nMira S.",
			from: "Mira S.", subject: "Re: Registration", status: "complete", intent: tilmeld.IntentUpdate}, diets: "Mira S.=vegetarian"},
	})
}

// The last of a list of full names, one a line, is no more the sender
// than the others: her name comes from her sign-off and From line.
func TestLastListedIsNotSender(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde os som familie:\nSanne Holm\nErik Holm\nMaja Holm\n\nAlle tre vil helst på sundhed. Som anden prioritet tager Erik og jeg uddannelse, og Maja vil gerne naboskab.\n\nMvh\nSanne Holm",
			from: "Sanne Holm", status: "complete", want: "Sanne Holm:2/3; Erik Holm:2/3; Maja Holm:2/1"}},
		// a name alone on the last line, with no list around it, is hers
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 2 og ellers 3.\n\nSanne Holm",
			from: "sanne", status: "complete", want: "Sanne Holm:2/3"}},
	})
}
