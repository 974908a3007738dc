package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a twentieth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A. Staff who pass on a resident's wish name her after "fra" ("videresender
// nedenstående fra Saba Tahir"): the resident, not a place, and she alone
// attends.
func TestPassedOnFromNamesResident(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg videresender nedenstående fra Saba Tahir, som er beboer hos os og har bedt mig om at tilmelde hende. Jeg deltager ikke selv. Hun ønsker Sundhed & trivsel som 1. prioritet og Naboskab som 2. Hun spiser ikke svinekød. Send gerne bekræftelsen direkte til hende på saba.tahir@gmail.com - hendes nummer er 28 44 19 07.\n\nMvh\nHanne Kjær\nBoligsocial medarbejder",
			from: "Hanne Kjær", status: "complete", intent: tilmeld.IntentRegister, want: "Saba Tahir:2/1"},
			diets: "Saba Tahir=no_pork", phone: "+4528441907", email: "saba.tahir@gmail.com"},
		{blindCase: blindCase{body: "Hej ABC\n\nHer er en besked fra Gitte Ravn, der bor i afdelingen og gerne vil med til mødet. Jeg kommer ikke selv. Hun vil helst på workshop 3 og ellers workshop 4. Hun er vegetar.\n\nVenlig hilsen\nMorten Lind",
			from: "Morten Lind", status: "complete", want: "Gitte Ravn:3/4"}, diets: "Gitte Ravn=vegetarian"},
		{blindCase: blindCase{body: "Hi\n\nI am forwarding the message below from Grace Obi, one of our residents, who asked me to sign her up. I will not attend myself. She would like workshop 1 first and workshop 2 second.\n\nBest regards\nPeter Holm",
			from: "Peter Holm", subject: "Registration", status: "complete", want: "Grace Obi:1/2"}},
		{blindCase: blindCase{body: "Hej\n\nJeg videresender nedenstående fra Nadia K., som bor hos os og har bedt mig om at melde hende til. Selv deltager jeg ikke. Hun ønsker workshop 4 som 1. prioritet og workshop 3 som 2. prioritet.\n\nMvh\nLise Bach",
			from: "Lise Bach", status: "complete", want: "Nadia K:4/3"}},
		// a place after "fra" is still no person
		{blindCase: blindCase{body: "Hej\n\nJeg hedder Bente Juhl og kommer fra Galgebakken Syd. Jeg vil gerne på workshop 2 og 1.\n\nMvh\nBente Juhl",
			from: "Bente Juhl", status: "complete", want: "Bente Juhl:2/1"}},
	})
}

// F. "har ikke fået nogen kvittering" says no receipt came: whether she is
// registered is asked, and staff answer.
func TestNoReceiptAsks(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "har ikke fået nogen kvittering?? er jeg tilmeldt eller ej\n\nJens Krog",
			from: "Jens Krog", status: "review", intent: tilmeld.IntentQuestion}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\n\nJeg har stadig ikke modtaget en bekræftelse. Er jeg tilmeldt eller ej?\n\nMvh\nBirgit Holm",
			from: "Birgit Holm", status: "review", intent: tilmeld.IntentQuestion}, asks: "yes"},
		{blindCase: blindCase{body: "Hi\n\nI haven't received any confirmation yet. Am I registered or not?\n\nBest\nAnne Moos",
			from: "Anne Moos", subject: "Registration", status: "review", intent: tilmeld.IntentQuestion}, asks: "yes"},
		// a receipt that came still tells she is registered
		{blindCase: blindCase{body: "Hej\n\nTak, jeg har fået kvitteringen. Min kone Lis Holm vil også gerne med, workshop 2 og 3.\n\nMvh\nBo Holm",
			from: "Bo Holm", intent: tilmeld.IntentUpdate}},
	})
}

// B. Choices in brackets after each person of a list ("mig selv (workshop 1
// og 2) og vores kasserer Fatima Y. (workshop 4 og 3)") are that person's.
func TestChoicesInBracketsPerPerson(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde to fra bestyrelsen i Kanalen: mig selv (workshop 1 og 2) og vores kasserer Fatima Yilmaz (workshop 4 og 3).\n\nMvh\nKurt Bo",
			from: "Kurt Bo", status: "complete", want: "Kurt Bo:1/2; Fatima Yilmaz:4/3"}},
		{blindCase: blindCase{body: "Hej\n\nVi vil gerne tilmelde to fra bestyrelsen i Kanalen: mig selv (workshop 1 og 2) og vores kasserer Fatima Y. (workshop 4 og 3).\n\nMvh\nBestyrelsen",
			from: "bestyrelsen", status: "incomplete", missing: []string{"name"}, want: ":1/2; Fatima Y:4/3"}},
		{blindCase: blindCase{body: "Hej\n\nJeg tilmelder min kone Inge Bo (workshop 2 og 3) og mig selv (workshop 4 og 1).\n\nMvh\nKurt Bo",
			from: "Kurt Bo", status: "complete", want: "Kurt Bo:4/1; Inge Bo:2/3"}},
		{blindCase: blindCase{body: "Hi\n\nPlease sign up myself (workshops 3 and 2) and my colleague Tom Reed (workshops 1 and 4).\n\nBest\nAnne Fox",
			from: "Anne Fox", subject: "Registration", status: "complete", want: "Anne Fox:3/2; Tom Reed:1/4"}},
		// a bracket that is no person's choice leaves the mail to staff
		{blindCase: blindCase{body: "Hej\n\nVi kommer to (workshop 1 og 2), og (workshop 4 og 3) er også fint.\n\nMvh\nKurt Bo",
			from: "Kurt Bo", notStatus: "complete"}},
	})
}

// C. "1." and "2." before workshop names in a person's line are the two
// priorities, not workshops 1 and 2.
func TestPriorityMarksBeforeTitles(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nAmina H. A.: 1. Beskæftigelse, 2. Sundhed\nLayla M.: kun workshop 3\nVi spiser begge halal.\n\nMvh\nAmina",
			from: "Amina Hussein Abdi", status: "complete", want: "Amina Hussein Abdi:4/2; Layla M:3/-"}, diets: "Amina Hussein Abdi=halal; Layla M=halal"},
		{blindCase: blindCase{body: "Hej\n\nVi kommer to.\nSara Nielsen: 1. Uddannelse, 2. Naboskab\nJonas Berg: kun workshop 2\nIngen af os spiser svinekød.\n\nMvh\nSara",
			from: "Sara Nielsen", status: "complete", want: "Sara Nielsen:3/1; Jonas Berg:2/-"}, diets: "Sara Nielsen=no_pork; Jonas Berg=no_pork"},
		{blindCase: blindCase{body: "Hej\n\nOle Ravn: 1. Naboskab, 2. Uddannelse\nKirsten Ravn: 1. Sundhed, 2. Beskæftigelse\n\nMvh\nOle",
			from: "Ole Ravn", status: "complete", want: "Ole Ravn:1/3; Kirsten Ravn:2/4"}},
		{blindCase: blindCase{body: "Hi\n\nTom Reed: 1. Education, 2. Health\nAnn Reed: 1. Employment, 2. Safety\n\nBest\nTom",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:3/2; Ann Reed:4/1"}},
		// a number after "workshop" is still that workshop
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 1. Sundhed er også fint som nummer to.\n\nMvh\nOle Ravn",
			from: "Ole Ravn", status: "complete", want: "Ole Ravn:1/2"}},
	})
}

// D. A mail in small letters starts a new sentence at "vi", "jeg", "hun":
// "en veninde. vi vil begge på workshop 2 og 3" gives the friend the choices
// too, and only her name is missing.
func TestSmallLetterSentenceGivesBoth(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "jeg vil gerne tilmelde mig og en veninde. vi vil begge på workshop 2 og 3 :)\n\nhilsen Rikke Holm",
			from: "", status: "incomplete", missing: []string{"name"}, want: "Rikke Holm:2/3; :2/3"}},
		{blindCase: blindCase{body: "hej. jeg kommer med min nabo. vi vil begge gerne på workshop 4 og 1\n\nrikke",
			from: "Rikke Holm", status: "incomplete", missing: []string{"name"}, want: "Rikke Holm:4/1; :4/1"}},
		{blindCase: blindCase{body: "Hi\n\nI would like to sign up myself and a friend. we would both like workshop 1 and 3.\n\nBest\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "incomplete", missing: []string{"name"}, want: "Tom Reed:1/3; :1/3"}},
	})
}

// E. "not fully vegan after all ... pescetarian instead" takes the first
// diet back: only the new one holds.
func TestDietTakenBackInstead(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi\n\nI am not fully vegan after all - I do eat fish. So please put me down as pescetarian instead. Workshops stay the same.\n\nBest\nAnne Moos",
			from: "Anne Moos", subject: "Re: Registration", status: "complete", intent: tilmeld.IntentUpdate}, diets: "Anne Moos=pescetarian"},
		{blindCase: blindCase{body: "Hi\n\nI'm not strictly vegetarian after all, I eat fish. Please change me to pescatarian instead. Same workshops.\n\nBest\nAnne Moos",
			from: "Anne Moos", subject: "Re: Registration", status: "complete", intent: tilmeld.IntentUpdate}, diets: "Anne Moos=pescetarian"},
		{blindCase: blindCase{body: "Hej\n\nJeg er alligevel ikke helt veganer - jeg spiser fisk. Skriv mig hellere som pescetar i stedet. Mine workshops er de samme.\n\nMvh\nAnne Moos",
			from: "Anne Moos", subject: "Re: Tilmelding", status: "complete", intent: tilmeld.IntentUpdate}, diets: "Anne Moos=pescetarian"},
		// a diet turned round with no new one in its place leaves staff to ask
		{blindCase: blindCase{body: "Hi\n\nI am not fully vegan after all. Workshops stay the same.\n\nBest\nAnne Moos",
			from: "Anne Moos", subject: "Re: Registration", notStatus: "complete"}},
	})
}

// G. A spoken mail in small letters: a house number ("fra nr 58 i
// Gårdhusene", "bor i nr. 3") is no workshop, "min kone kommer ikke" in its
// own sentence is no attendee, and "ikke noget stærkt krydret" is a diet.
func TestSpokenMailHouseNumber(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "hej det er Poul-Erik fra nr 58 i Gårdhusene jeg vil gerne snakke om det der med at få de unge ud på arbejdsmarkedet og i job, og ellers noget med tryghed. min kone kommer ikke hun skal til banko. jeg spiser alt men ikke noget stærkt krydret tak. ring på 40 12 33 58\n\nPoul-Erik Madsen",
			from: "Poul-Erik Madsen", status: "complete", want: "Poul-Erik Madsen:4/1"}, diets: "Poul-Erik Madsen=other", phone: "+4540123358"},
		{blindCase: blindCase{body: "hej det er Grethe fra nr. 12 jeg vil gerne på workshop 3 og ellers 2. min mand kommer ikke han er syg\n\nGrethe Holm",
			from: "Grethe Holm", status: "complete", want: "Grethe Holm:3/2"}},
		{blindCase: blindCase{body: "Hej, jeg bor i nr. 3 og vil gerne på workshop 2 og 4.\n\nMvh\nKaj Berg",
			from: "Kaj Berg", status: "complete", want: "Kaj Berg:2/4"}},
		// a number after "nr" with no place is still a workshop
		{blindCase: blindCase{body: "Hej, jeg vil gerne på nr 2 og nr 3.\n\nMvh\nKaj Berg",
			from: "Kaj Berg", status: "complete", want: "Kaj Berg:2/3"}},
	})
}

// H. A child she thought to bring, then "men min søn kommer ikke", is no
// attendee, and the number she asks to be used ("brug helst det danske
// nummer ...") is the contact.
func TestRelativeAfterAllAwayAndPreferredPhone(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage i workshop 2 og 3 og havde tænkt at tage min søn med (han er 9), men min søn kommer ikke, han er hos sin far den dag.\nMit polske nummer er 0048 601 234 567, men brug helst det danske nummer 91 63 08 25.\n\nMvh\nLene Dam",
			from: "Lene Dam", status: "complete", want: "Lene Dam:2/3"}, phone: "+4591630825"},
		{blindCase: blindCase{body: "Hej\n\nJeg tilmelder mig workshop 1 og 4. Jeg havde tænkt at tage min datter med (hun er 7), men min datter kommer ikke alligevel.\n\nMvh\nLene Dam",
			from: "Lene Dam", status: "complete", want: "Lene Dam:1/4"}},
		{blindCase: blindCase{body: "Hi\n\nI'd like workshop 3 and 2. My UK number is +44 7700 900123, but please use my Danish number 22 33 44 55.\n\nBest\nTom Reed",
			from: "Tom Reed", subject: "Registration", status: "complete", want: "Tom Reed:3/2"}, phone: "+4522334455"},
		// a child who comes is still asked for
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne deltage i workshop 2 og 3 og tager min søn med (han er 9).\n\nMvh\nLene Dam",
			from: "Lene Dam", notStatus: "complete"}},
	})
}

// I. "N+M" right after a name on its own line ("Jens M. 4+3") is that
// person's two choices.
func TestNamePlusPairLine(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nTilmelding:\nJens M. 4+3\nBirthe M. 3+4\nIngen særlige hensyn for nogen af os.\n\nMvh\nJens",
			from: "Jens Madsen", status: "complete", want: "Jens M:4/3; Birthe M:3/4"}},
		{blindCase: blindCase{body: "Hej\n\nVi kommer to:\n- Karin Lund 2+1\n- Peter Lund 1+2\n\nMvh\nKarin Lund",
			from: "Karin Lund", status: "complete", want: "Karin Lund:2/1; Peter Lund:1/2"}},
		{blindCase: blindCase{body: "Hi\n\nSign-up:\nAmy Cole 3+2\nBen Cole 2+3\n\nThanks\nAmy",
			from: "Amy Cole", subject: "Registration", status: "complete", want: "Amy Cole:3/2; Ben Cole:2/3"}},
		// a sum in a sentence is no pair of choices
		{blindCase: blindCase{body: "Hej\n\nVi er Ole Dam og 2+1 børn. Workshop 3.\n\nMvh\nOle Dam",
			from: "Ole Dam", notStatus: "complete"}},
	})
}

// J. Under a pasted table of others, "Jeg deltager også selv – sæt mig på
// workshop 1 og 3" makes the sender an attendee with those choices.
func TestSenderTooUnderTable(t *testing.T) {
	const table = "Hej\n\nHer er vores beboere:\nNavn\t1. prio\t2. prio\tKost\nAli Khan\t1\t2\thalal\nRuth Berg\t3\t4\tvegetar\n\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: table + "Jeg deltager også selv – sæt mig gerne på workshop 1 og 3.\n\nMvh\nTove Lund",
			from: "Tove Lund", status: "complete", want: "Ali Khan:1/2; Ruth Berg:3/4; Tove Lund:1/3"}, diets: "Ali Khan=halal; Ruth Berg=vegetarian; Tove Lund="},
		{blindCase: blindCase{body: table + "Jeg kommer også selv og vil gerne på workshop 4, ellers 2.\n\nMvh\nTove Lund",
			from: "Tove Lund", status: "complete", want: "Ali Khan:1/2; Ruth Berg:3/4; Tove Lund:4/2"}},
		// she who does not come stays out
		{blindCase: blindCase{body: table + "Jeg deltager ikke selv.\n\nMvh\nTove Lund",
			from: "Tove Lund", status: "complete", want: "Ali Khan:1/2; Ruth Berg:3/4"}},
	})
}
