package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a twenty-ninth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// placement29 is a placement as a reply quotes it, telling the seat in a
// sentence ("Du har fået plads på workshop 3 – ...").
func placement29(seat string) string {
	return "\n\nDen 25.09.2020 kl. 08:30 skrev Boligsocialt Center <abc@bo-vest.dk>:\n> Hej Nadia,\n>\n> Tilmeldingsfristen er nu udløbet, og workshopperne er fordelt.\n>\n> " +
		seat + "\n>\n> Kost: ingen særlige hensyn\n>\n> Venlig hilsen\n> Boligsocialt Center\n"
}

// A (wrong complete). After the placement, "jeg vil (helst) gerne på X"
// asks to be moved: it changes a registration, depends on free seats and
// "Hvorfor ...?" asks staff for an explanation, so staff decide.
func TestPlacementDisputed(t *testing.T) {
	reply := "In-Reply-To: <placement1@bo-vest.dk>\r\n"
	seat3 := placement29("Du har fået plads på workshop 3 – Uddannelse & livschancer.")
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg har fået workshop 3, men jeg skrev da workshop 1 som mit første ønske? Hvorfor er jeg ikke kommet på den? Jeg vil helst rigtig gerne på 1.\n\nMvh Nadia Rahimi" + seat3,
			from: "Nadia Rahimi", subject: "Re: Din plads", headers: reply, intent: tilmeld.IntentUpdate, status: "review", want: "Nadia Rahimi:1/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nTak for svaret. Men jeg havde jo valgt naboskab som første prioritet. Hvorfor har jeg fået uddannelse? Jeg vil meget gerne på naboskab.\nHilsen Nadia Rahimi" + seat3,
			from: "Nadia Rahimi", subject: "Re: Din plads", headers: reply, intent: tilmeld.IntentUpdate, status: "review", want: "Nadia Rahimi:1/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg kan se at jeg er kommet på workshop 3. Jeg vil hellere gerne på workshop 2, hvis der er plads.\nMvh Nadia Rahimi" + seat3,
			from: "Nadia Rahimi", subject: "Re: Din plads", headers: reply, intent: tilmeld.IntentUpdate, notStatus: "complete"}},
		{blindCase: blindCase{body: "Hi\n\nI got workshop 3, but I wrote workshop 1 as my first choice? Why didn't I get it? I would really like to be on workshop 1.\n\nBest, Nadia Rahimi" +
			placement29("You have been given a place on workshop 3 – Education & life chances."),
			from: "Nadia Rahimi", subject: "Re: Your seat", headers: reply, intent: tilmeld.IntentUpdate, status: "review", want: "Nadia Rahimi:1/-"}, asks: "yes"},
		// the bot's own placement wording ("Her er din plads:") says the same
		{blindCase: blindCase{body: "Hej\n\nJeg har fået workshop 3, men jeg skrev workshop 1 som første ønske. Hvorfor er jeg ikke kommet på den? Jeg vil rigtig gerne på 1.\n\nMvh Nadia Rahimi" +
			placement29("Her er din plads:\n> Nadia Rahimi: Uddannelse & livschancer"),
			from: "Nadia Rahimi", subject: "Re: Din plads", headers: reply, intent: tilmeld.IntentUpdate, status: "review", want: "Nadia Rahimi:1/-"}, asks: "yes"},
		// a thanks under the placement changes nothing
		{blindCase: blindCase{body: "Hej\nTak, jeg glæder mig til at komme.\nMvh Nadia Rahimi" + seat3,
			from: "Nadia Rahimi", subject: "Re: Din plads", headers: reply, notStatus: "complete"}},
	})
}

// receipt29 is a receipt quoted under an old Outlook header, one line
// "Deltager: <name>" for each person.
func receipt29(names ...string) string {
	s := "\n\n-----Oprindelig meddelelse-----\nFra: Boligsocialt Center <abc@bo-vest.dk>\nSendt: 14. september 2020 11:05\nTil: beboer@example.dk\nEmne: Tilmelding: Netværksmøde\n\nHej,\n\nTak for jeres tilmelding til netværksmødet. Vi har noteret:\n"
	for _, n := range names {
		s += "Deltager: " + n + "\n1. prioritet: workshop 2\n2. prioritet: workshop 1\n"
	}
	return s + "\nVenlig hilsen\nBoligsocialt Center\n"
}

// B (wrong complete). First names in a cancellation stand for the people
// of the quoted receipt: a short form, of one word or of two ("Per Erik"
// is a double first name, not a first name and a surname), is matched to
// the full name it begins there.
func TestCancelShortNamesFromReceipt(t *testing.T) {
	three := receipt29("Gitte Ravn", "Per Erik Dahl", "Søren Krogh")
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVi er desværre nødt til at melde afbud for alle tre – både Gitte, Per Erik og Søren.\n\nVenlig hilsen\nGitte Ravn" + three,
			from: "Gitte Ravn", subject: "SV: Tilmelding: Netværksmøde", intent: tilmeld.IntentCancel, status: "complete", want: "Gitte Ravn:-/-; Per Erik Dahl:-/-; Søren Krogh:-/-"}},
		{blindCase: blindCase{body: "Hej\nPer Erik og Søren kan desværre ikke komme alligevel. Vil I afmelde dem?\nMvh Gitte Ravn" + three,
			from: "Gitte Ravn", subject: "SV: Tilmelding: Netværksmøde", intent: tilmeld.IntentCancel, want: "Per Erik Dahl:-/-; Søren Krogh:-/-"}},
		{blindCase: blindCase{body: "Hi\n\nUnfortunately we have to cancel for all three – Gitte, Per Erik and Søren.\n\nBest regards\nGitte Ravn" + three,
			from: "Gitte Ravn", subject: "RE: Tilmelding: Netværksmøde", intent: tilmeld.IntentCancel, status: "complete", want: "Gitte Ravn:-/-; Per Erik Dahl:-/-; Søren Krogh:-/-"}},
		{blindCase: blindCase{body: "Hej\nAnna Marie kan desværre ikke komme alligevel, så I må gerne slette hende.\nMvh Gitte Ravn" + receipt29("Gitte Ravn", "Anna Marie Holt", "Anna Lund"),
			from: "Gitte Ravn", subject: "SV: Tilmelding: Netværksmøde", intent: tilmeld.IntentCancel, want: "Anna Marie Holt:-/-"}},
		// two on the receipt begin with it: the name is not guessed, staff choose
		{blindCase: blindCase{body: "Hej\nPer Erik kan desværre ikke komme alligevel, så I må gerne slette ham.\nMvh Gitte Ravn" + receipt29("Gitte Ravn", "Per Erik Dahl", "Per Erik Lund"),
			from: "Gitte Ravn", subject: "SV: Tilmelding: Netværksmøde", intent: tilmeld.IntentCancel, status: "review", want: "Per Erik:-/-"}},
		{blindCase: blindCase{body: "Hej\nPer kan desværre ikke komme alligevel, så I må gerne slette ham.\nMvh Gitte Ravn" + receipt29("Gitte Ravn", "Per Dahl", "Per Lund"),
			from: "Gitte Ravn", subject: "SV: Tilmelding: Netværksmøde", intent: tilmeld.IntentCancel, notStatus: "complete"}},
	})
}

// Coverage A. In a mail in small letters without full stops a line break
// ends the sentence: "ikke" on the diet line ("ikke for meget kage")
// negates what follows it there, not a workshop on the line above.
func TestLineEndsUnpunctuatedSentence(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "hej\njeg er interesseret i det med sundhed og så det med job\njeg har sukkersyge så ikke for meget kage tak\nmit nummer er 43 62 18 90\nhilsen hanne birk\nblok 7 st.tv",
			from: "hanne birk", status: "complete", want: "Hanne Birk:2/4"}, diets: "Hanne Birk=diabetic", phone: "+4543621890"},
		{blindCase: blindCase{body: "hej\njeg vil gerne på det med naboskab og ellers det med uddannelse\njeg er diabetiker så ikke noget sødt til mig\nhilsen jonas krogh",
			from: "jonas krogh", status: "complete", want: "Jonas Krogh:1/3"}, diets: "Jonas Krogh=diabetic"},
		{blindCase: blindCase{body: "hi\ni am interested in health and then jobs\ni have diabetes so not too much cake please\nregards hanne birk",
			from: "hanne birk", status: "complete", want: "Hanne Birk:2/4"}, diets: "Hanne Birk=diabetic"},
		// "ikke" on the workshop's own line still says no
		{blindCase: blindCase{body: "hej\njeg vil gerne på det med sundhed men ikke job\njeg har sukkersyge\nhilsen hanne birk",
			from: "hanne birk", want: "Hanne Birk:2/-"}},
		{blindCase: blindCase{body: "hej\njeg vil gerne på det med sundhed og så job\nmen job passer ikke så godt for mig om aftenen\nhilsen hanne birk",
			from: "hanne birk", notStatus: "complete"}},
	})
}

// Coverage B. "vi tre: mig selv og to andre", "alle tre" count people the
// mail does not name: they are attendees whose names are asked for, with
// the choices said of them all, not a count that contradicts the names.
func TestCountedColleaguesUnnamed(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nFra afdelingsbestyrelsen i Vestergården kommer vi tre: mig selv og to andre fra bestyrelsen. Vi vil alle tre gerne på workshop 1 (naboskab), og ellers 2.\n\nMvh\nKaj Frandsen\nFormand, afd. 4\nTlf. 22 41 63 85",
			from: "Kaj Frandsen", status: "incomplete", want: "Kaj Frandsen:1/2; :1/2; :1/2", missing: []string{"name"}}, phone: "+4522416385"},
		{blindCase: blindCase{body: "Hej\nVi kommer to fra beboerhuset: mig selv og en kollega. Vi vil begge gerne på workshop 3, ellers 4.\nMvh Lise Bruun",
			from: "Lise Bruun", status: "incomplete", want: "Lise Bruun:3/4; :3/4", missing: []string{"name"}}},
		{blindCase: blindCase{body: "Hi\nThree of us from the board will come: myself and two others. We would all like workshop 2, otherwise 1.\nBest, Kaj Frandsen",
			from: "Kaj Frandsen", status: "incomplete", want: "Kaj Frandsen:2/1; :2/1; :2/1", missing: []string{"name"}}},
		// a count the names do not fill, with no "andre" to say who, is not guessed
		{blindCase: blindCase{body: "Hej\nVi kommer tre. Vi vil gerne på workshop 1, ellers 2.\nMvh Kaj Frandsen",
			from: "Kaj Frandsen", notStatus: "complete"}},
	})
}

// Coverage C. "nummer et" is the numeral one wherever it stands, the end
// of a sentence too; a workshop named before "og som anden prioritet
// ..." is the first priority.
func TestNumberWordOneAtEnd(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage: workshop nummer fire, og som anden prioritet nummer et.\n\nMvh Lars Vind",
			from: "Lars Vind", status: "complete", want: "Lars Vind:4/1"}},
		{blindCase: blindCase{body: "Hej\nJeg ønsker workshop nummer tre og nummer et.\nMvh Lars Vind",
			from: "Lars Vind", status: "complete", want: "Lars Vind:3/1"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage: workshop nummer to, og som anden prioritet workshop 1.\nMvh Lars Vind",
			from: "Lars Vind", status: "complete", want: "Lars Vind:2/1"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage i workshop nummer et, og som anden prioritet nummer tre.\nMvh Lars Vind",
			from: "Lars Vind", status: "complete", want: "Lars Vind:1/3"}},
		// with no workshop word or number before it, "nummer et" is a rank
		{blindCase: blindCase{body: "Hej\nSundhed er mit nummer et, og ellers job.\nMvh Lars Vind",
			from: "Lars Vind", status: "complete", want: "Lars Vind:2/4"}},
	})
}

// receipt29One is the bot's receipt for one person as a reply quotes it.
func receipt29One(name string) string {
	return "\n\nDen 14.09.2020 kl. 11:05 skrev Boligsocialt Center <abc@bo-vest.dk>:\n> Hej " + name + ",\n>\n> Tak for din tilmelding til netværksmødet, tirsdag den 29. september kl. 16.30-19.30.\n>\n> Vi har forstået din tilmelding sådan:\n>\n> " +
		name + "\n>   1. prioritet: Sundhed & trivsel\n>   2. prioritet: Naboskab, netværk & tryghed\n>   Kost: ingen særlige hensyn\n>\n> Venlig hilsen\n> Boligsocialt Center\n"
}

// Coverage E. "så er det bedre at I sletter min tilmelding" withdraws,
// whatever condition is put on it: the condition makes it review, not
// another intent.
func TestConditionalCancelAsks(t *testing.T) {
	reply := "In-Reply-To: <rcpt29@bo-vest.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg har fået et møde, så jeg kan først være der fra kl. 18. Når jeg så stadig at være med i en workshop? Hvis ikke, er det nok bedre at I sletter min tilmelding.\n\nMvh Mette Kjær" + receipt29One("Mette Kjær"),
			from: "Mette Kjær", subject: "Re: Tilmelding: Netværksmøde", headers: reply, intent: tilmeld.IntentCancel, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg kan desværre først komme kl. 18.30. Kan jeg stadig nå en workshop? Ellers må I hellere afmelde mig.\nMvh Mette Kjær" + receipt29One("Mette Kjær"),
			from: "Mette Kjær", subject: "Re: Tilmelding: Netværksmøde", headers: reply, intent: tilmeld.IntentCancel, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\nI have a meeting and can only be there from 6 pm. Will I still make a workshop? If not, it is probably better that you delete my registration.\nBest, Mette Kjær" + receipt29One("Mette Kjær"),
			from: "Mette Kjær", subject: "Re: Tilmelding: Netværksmøde", headers: reply, intent: tilmeld.IntentCancel, status: "review"}, asks: "yes"},
		// without a condition the withdrawal stands
		{blindCase: blindCase{body: "Hej\nJeg har fået et møde og kan desværre ikke komme. Så er det bedst at I sletter min tilmelding.\nMvh Mette Kjær" + receipt29One("Mette Kjær"),
			from: "Mette Kjær", subject: "Re: Tilmelding: Netværksmøde", headers: reply, intent: tilmeld.IntentCancel, status: "complete", want: "Mette Kjær:-/-"}},
	})
}

// outlook29 is a mail quoted under an Outlook header without "> " marks.
func outlook29(subject, text string) string {
	return "\n\nFra: Boligsocialt Center <abc@bo-vest.dk>\nSendt: 2. september 2020 09:00\nTil: beboer@example.dk\nEmne: " + subject + "\n\n" + text
}

// invitation29 is the invitation with what the sender typed into it.
func invitation29(first, second, typed string) string {
	return outlook29("Invitation: Netværksmøde", "Kære beboere\n\nVi inviterer til netværksmøde tirsdag den 29. september kl. 16.30-19.30.\n\nVælg en workshop, 1. og 2. prioritet:\n"+
		"1. Naboskab, netværk & tryghed"+first+"\n2. Sundhed & trivsel"+second+"\n3. Uddannelse & livschancer\n4. Beskæftigelse & opkvalificering\n\n"+
		"Skriv navn, mail/telefon og hensyn til maden.\n"+typed+"\nVenlig hilsen\nBoligsocialt Center\ntlf. 60 35 46 30\n")
}

// Coverage D. When the own words point into the quote ("mine svar står
// inde i teksten herunder", "se en rettelse nedenfor"), the lines the
// sender marked there as hers ("[TS] ...", "[Trine] ...", "<<< MIT 1.
// VALG" beside a quoted line) are her own words; the rest stays quoted.
func TestAnswersMarkedInQuote(t *testing.T) {
	const subj = "SV: Invitation: Netværksmøde"
	reply := "In-Reply-To: <invitation29@bo-vest.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej, mine svar står inde i teksten herunder.\n\nMvh Trine Sørensen" +
			invitation29(" <<< MIT 2. VALG", " <<< MIT 1. VALG", "[TS] mit mobilnummer: 51 23 45 67\n[TS] Jeg er veganer.\n"),
			from: "Trine Sørensen", subject: subj, headers: reply, intent: tilmeld.IntentRegister, status: "complete", want: "Trine Sørensen:2/1"},
			diets: "Trine Sørensen=vegan", phone: "+4551234567"},
		{blindCase: blindCase{body: "Hej\nSe mine svar nedenfor.\nHilsen Omar Said" +
			invitation29(" <<< 1. prioritet", " <<< 2. prioritet", "[Omar] Jeg spiser halal.\n"),
			from: "Omar Said", subject: subj, headers: reply, intent: tilmeld.IntentRegister, status: "complete", want: "Omar Said:1/2"},
			diets: "Omar Said=halal"},
		// without words that point into the quote, marks on the bot's
		// workshop lines still show she typed there (quotemarks.go)
		{blindCase: blindCase{body: "Hej\nTak for invitationen.\nMvh Trine Sørensen" +
			invitation29(" <<< MIT 2. VALG", " <<< MIT 1. VALG", "[TS] Jeg er veganer.\n"),
			from: "Trine Sørensen", subject: subj, headers: reply, intent: tilmeld.IntentRegister, status: "complete", want: "Trine Sørensen:2/1"},
			diets: "Trine Sørensen=vegan"},
		// without them and without marks, her tagged lines stay quoted
		{blindCase: blindCase{body: "Hej\nTak for invitationen.\nMvh Trine Sørensen" +
			invitation29("", "", "[TS] Jeg er veganer, workshop 2.\n"),
			from: "Trine Sørensen", subject: subj, headers: reply, notStatus: "complete"}},
	})
}

// placement29Outlook is the placement quoted under an Outlook header, with
// a line the sender typed under its diet.
func placement29Outlook(typed string) string {
	return outlook29("Din plads: Netværksmøde", "Hej Trine,\n\nTilmeldingsfristen er nu udløbet, og workshopperne er fordelt. Her er din plads:\n\n"+
		"Trine Sørensen: Beskæftigelse & opkvalificering\nVi har noteret følgende kost: ingen\n"+typed+"\nVenlig hilsen\nBoligsocialt Center\n")
}

// Coverage D (2). A correction typed under the placement's diet line
// changes the diet only: the workshop in the quote is no change.
func TestCorrectionMarkedInPlacement(t *testing.T) {
	reply := "In-Reply-To: <placement29@bo-vest.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej, se en rettelse nedenfor.\n\nMvh Trine Sørensen" + placement29Outlook("[Trine] Det er ikke rigtigt – jeg er vegetar. Ret det venligst.\n"),
			from: "Trine Sørensen", subject: "SV: Din plads: Netværksmøde", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Trine Sørensen:-/-"},
			diets: "Trine Sørensen=vegetarian"},
		{blindCase: blindCase{body: "Hej\nSe min rettelse herunder.\nHilsen Trine Sørensen" + placement29Outlook("[TS] Det er forkert, jeg spiser ikke svinekød.\n"),
			from: "Trine Sørensen", subject: "SV: Din plads: Netværksmøde", headers: reply, intent: tilmeld.IntentUpdate, status: "complete", want: "Trine Sørensen:-/-"},
			diets: "Trine Sørensen=no_pork"},
	})
}
