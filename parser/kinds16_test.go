package parser

import (
	"testing"
)

// The kinds of mail a sixteenth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A. Someone described, not named, who "also wants to come" is an attendee
// without a name; so is a head count in the subject the reading does not
// reach. Never the sender alone, complete.
func TestDescribedCompanion(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne på workshop 1 om naboskab, 2. prioritet: sundhed. Manden fra 2. sal vil også gerne med. Han har ikke selv e-mail, og jeg kender ikke hans efternavn. Han vil også gerne på den om tryghed.\nMvh Kaj Bruun\ntlf 22 33 44 55",
			from: "Kaj Bruun", subject: "Vi er 2 der kommer", status: "incomplete", want: "Kaj Bruun:1/2; :1/-", missing: []string{"name"}},
		{body: "Hej\nJeg vil gerne på workshop 2 og 3. Naboen fra nr. 7 vil også gerne med.\nMvh Kaj Bruun",
			from: "Kaj Bruun", status: "incomplete", want: "Kaj Bruun:2/3; :-/-"},
		{body: "Hej\nJeg tilmelder mig workshop 4 og 2. Damen i opgangen overfor vil også gerne komme.\nMvh Kaj Bruun",
			from: "Kaj Bruun", status: "incomplete", want: "Kaj Bruun:4/2; :-/-"},
		{body: "Hej\nJeg vil gerne deltage i workshop 3 og 1, og den unge fyr fra cykelværkstedet kommer også.\nMvh Kaj Bruun",
			from: "Kaj Bruun", notStatus: "complete"},
		{body: "Hi\nI would like workshop 2 and then 4. The lady from the ground floor comes too.\nBest, Kaj Bruun",
			from: "Kaj Bruun", subject: "Registration", status: "incomplete", want: "Kaj Bruun:2/4; :-/-"},
		{body: "Hi\nPlease sign me up for health, then education. The caretaker would also like to come.\nBest, Kaj Bruun",
			from: "Kaj Bruun", subject: "Registration", notStatus: "complete"},
		// a head count in the subject that the reading does not reach
		{body: "Hej\nJeg vil gerne på workshop 2 og 3.\nMvh Kaj Bruun",
			from: "Kaj Bruun", subject: "Vi er 3 der kommer", status: "incomplete"},
		// a third workshop said of the one described: staff look
		{body: "Hej\nJeg vil gerne på workshop 4, og som 2. prioritet uddannelse. Naboen vil også gerne med. Han vil gerne på den om sundhed.\nMvh Kaj Bruun",
			from: "Kaj Bruun", notStatus: "complete"},
		// a number in the subject is a workshop, no head count
		{body: "Hej\nJeg vil gerne på workshop 2 og 3.\nMvh Kaj Bruun",
			from: "Kaj Bruun", subject: "Tilmelding 2 og 3", status: "complete", want: "Kaj Bruun:2/3"},
		// a pronoun, an attendee or a relation is no one new
		{body: "Hej\nJeg og Lis Bruun vil gerne på workshop 2 og 3. Lis vil også gerne med til maden.\nMvh Kaj Bruun",
			from: "Kaj Bruun", status: "complete", want: "Kaj Bruun:2/3; Lis Bruun:2/3"},
		{body: "Hej Birgitte\nJa, jeg vil også gerne med. Workshop 2 og 3.\nMvh Kaj Bruun",
			from: "Kaj Bruun", status: "complete", want: "Kaj Bruun:2/3"},
		{body: "Hej\nJeg vil gerne på workshop 2 og 3. Min kone vil også gerne med.\nMvh Kaj Bruun",
			from: "Kaj Bruun", status: "incomplete", want: "Kaj Bruun:2/3; :-/-"},
	})
}

// B. A registration whose coming hangs on help only staff can give ("det
// afhænger af, om hun kan komme derhen ... Hvis ikke, så kan hun nok ikke
// komme") goes to staff; the "kan ikke komme" after "hvis ikke" withdraws
// no one.
func TestComingDependsOnHelp(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\n\nJeg vil gerne tilmelde min mor, Ruth Mikkelsen, til workshoppen om sundhed. Hun er diabetiker.\n\nMen det afhænger af, om hun kan komme derhen. Har I mulighed for at hjælpe med kørsel? Hvis ikke, så kan hun nok ikke komme.\n\nMvh Sanne Mikkelsen",
			from: "Sanne Mikkelsen", intent: "register", status: "review"},
		{body: "Hej\nMin far Arne Mikkelsen vil gerne med til workshop 3. Han er vegetar. Det kommer lidt an på, om han kan få sin kørestol med. Er der elevator? Hvis ikke, kan han nok ikke komme.\nMvh Sanne Mikkelsen",
			from: "Sanne Mikkelsen", intent: "register", status: "review"},
		{body: "Hej\nMin far Arne Mikkelsen vil gerne med til workshop 3. Spørgsmålet er om han kan komme derud. Kan I hente ham? Ellers kan han desværre ikke deltage.\nMvh Sanne Mikkelsen",
			from: "Sanne Mikkelsen", intent: "register", status: "review"},
		{body: "Hej\nJeg vil gerne på workshop 2 og 4. Kan I hjælpe med en barnepige? Ellers kommer jeg nok ikke.\nMvh Sanne Mikkelsen",
			from: "Sanne Mikkelsen", intent: "register", status: "review"},
		{body: "Hi\nI'd like to sign up my mother, Ruth Mikkelsen, for the health workshop. She is vegetarian. It depends on whether she can get there, though. Could you help with transport? Otherwise she probably can't come.\nBest, Sanne Mikkelsen",
			from: "Sanne Mikkelsen", subject: "Registration", intent: "register", status: "review"},
		{body: "Hi\nI would like workshop 1 and 3. The question is whether I can bring my wheelchair. If not, I won't be able to come.\nBest, Sanne Mikkelsen",
			from: "Sanne Mikkelsen", subject: "Registration", intent: "register", status: "review"},
		// a second choice after "hvis ikke" is no condition
		{body: "Hej\nJeg vil gerne på workshop 2, og hvis ikke der er plads, så workshop 4.\nMvh Sanne Mikkelsen",
			from: "Sanne Mikkelsen", status: "complete", want: "Sanne Mikkelsen:2/4"},
		// a withdrawal is still one
		{body: "Hej\nJeg kan desværre ikke komme alligevel. Ellers tak for invitationen.\nMvh Sanne Mikkelsen",
			from: "Sanne Mikkelsen", subject: "Afbud", intent: "cancel"},
	})
}

// C. A title half remembered and blended from two workshops ("den workshop
// der hedder noget med 'X og Y'", with or without quotation marks of any
// kind) names one workshop: staff ask which.
func TestBlendedTitleRemembered(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne med til den workshop der hedder noget med \"tryghed og uddannelse\", det er vist den med de unge.\nMvh Bo Winther",
			from: "Bo Winther", status: "review"},
		{body: "Hej\nJeg vil gerne med til den workshop der hedder noget med 'netværk og livschancer', det er vist den med de unge.\nMvh Bo Winther",
			from: "Bo Winther", status: "review"},
		{body: "Hej\nJeg vil gerne med til den workshop der hedder noget med ‘sundhed og opkvalificering’. Den med de ældre, tror jeg.\nMvh Bo Winther",
			from: "Bo Winther", status: "review"},
		{body: "Hej\nJeg vil gerne med til den der hedder noget med trivsel og beskæftigelse, det er vist den med jobcentret.\nMvh Bo Winther",
			from: "Bo Winther", status: "review"},
		{body: "Hej\nTilmeld mig workshoppen som hedder noget med fællesskab og uddannelse.\nMvh Bo Winther",
			from: "Bo Winther", status: "review"},
		{body: "Hi\nI'd like to join the one called something like 'health and employment', I think it's the one for young people.\nBest, Bo Winther",
			from: "Bo Winther", subject: "Registration", status: "review"},
		// two choices, and apostrophes, are no blended title
		{body: "Hej\nJeg vil gerne på sundhed og uddannelse.\nMvh Bo Winther",
			from: "Bo Winther", status: "complete", want: "Bo Winther:2/3"},
		{body: "Hi\nI'd like health and then education, that's all.\nBest, Bo Winther",
			from: "Bo Winther", subject: "Registration", status: "complete", want: "Bo Winther:2/3"},
		{body: "Hej\nJeg vil gerne på 'Sundhed & trivsel' og som nr. 2 'Uddannelse & livschancer'.\nMvh Bo Winther",
			from: "Bo Winther", status: "complete", want: "Bo Winther:2/3"},
	})
}

// F. The sender changes her mind inside the mail ("nej vent", "actually,
// no", "jeg har skiftet mening", "rettelse", "I meant"): the later
// statement replaces the workshops named before it.
func TestMindChangedInMail(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nSå I kan nok gætte at jeg tænkte workshop 2. Actually, nej vent. Det giver mere mening at jeg tager den om beskæftigelse & opkvalificering. So: workshop 4 as my first priority and 2 as my second. Sorry for the confusion\nMvh Lone Vest",
			from: "Lone Vest", status: "complete", want: "Lone Vest:4/2"},
		{body: "Hej\nJeg vil gerne på workshop 2 og 1. Nej vent, jeg har byttet rundt på numrene. Workshop 3 som første prioritet og 1 som anden.\nMvh Lone Vest",
			from: "Lone Vest", status: "complete", want: "Lone Vest:3/1"},
		{body: "Hej\nJeg vil gerne på sundhed. Hmm, jeg har skiftet mening: uddannelse som førsteprioritet og tryghed som anden.\nMvh Lone Vest",
			from: "Lone Vest", status: "complete", want: "Lone Vest:3/1"},
		{body: "Hi\nI'd like workshop 1, then 2. No wait, I've changed my mind: health first and jobs second.\nBest, Lone Vest",
			from: "Lone Vest", subject: "Registration", status: "complete", want: "Lone Vest:2/4"},
		{body: "Hi\nPut me down for education and health. Sorry, I meant employment as my first choice and health as my second.\nBest, Lone Vest",
			from: "Lone Vest", subject: "Registration", status: "complete", want: "Lone Vest:4/2"},
		// a later statement that ranks only one: staff look
		{body: "Hej\nJeg vil gerne på workshop 4 og så 2. Ved nærmere eftertanke vil jeg hellere have 1 som anden prioritet.\nMvh Lone Vest",
			from: "Lone Vest", notStatus: "complete"},
		// "jeg mente, at" is an opinion, no taking back
		{body: "Hej\nJeg vil gerne på workshop 2 og 3. Jeg mente, at I skulle vide, at workshop 3 lyder bedst af dem.\nMvh Lone Vest",
			from: "Lone Vest", want: "Lone Vest:2/3"},
		// with nothing named after them, the words undo nothing
		{body: "Hej\nJeg vil gerne på workshop 4 og 2. Nej vent, jeg skal lige huske at skrive at jeg er vegetar.\nMvh Lone Vest",
			from: "Lone Vest", want: "Lone Vest:4/2"},
	})
}

// G. Colleagues in lines of their own, the sender's line marked
// ("(undertegnede)", "(mig selv)", "(me)"), from a display name written
// "Last, First": each line is one attendee, the sender among them.
func TestSenderMarkedInLines(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJonas Krogh (undertegnede): workshop 1, og ellers 2.\nLeila Haddad: helst 2, ellers 1. Leila er vegetar.\nMvh Jonas",
			from: "Krogh, Jonas", status: "complete", want: "Jonas Krogh:1/2; Leila Haddad:2/1"},
		{body: "Hej\nVi er to fra afdelingen der gerne vil med.\nLeila Haddad: sundhed, ellers tryghed.\nJonas Krogh (mig selv): uddannelse og så beskæftigelse.\nMvh Jonas Krogh",
			from: "Krogh, Jonas", status: "complete", want: "Leila Haddad:2/1; Jonas Krogh:3/4"},
		{body: "Hej\nJonas Krogh (det er mig) - workshop 3 og 4\nLeila Haddad - workshop 4 og 3\nMvh Jonas",
			from: "Jonas Krogh", status: "complete", want: "Jonas Krogh:3/4; Leila Haddad:4/3"},
		{body: "Hi\nJonas Krogh (me): employment, otherwise education.\nLeila Haddad: education, otherwise employment. Leila is vegan.\nBest, Jonas",
			from: "Krogh, Jonas", subject: "Registration", status: "complete", want: "Jonas Krogh:4/3; Leila Haddad:3/4"},
	})
	// the diet belongs to the one it names
	r := parseMail("Krogh, Jonas", "Tilmelding", "", "Hej\nJonas Krogh (undertegnede): workshop 1, og ellers 2.\nLeila Haddad: helst 2, ellers 1. Leila er vegetar.\nMvh Jonas")
	if len(r.Attendees) != 2 || len(r.Attendees[0].Diet) != 0 || len(r.Attendees[1].Diet) != 1 || r.Attendees[1].Diet[0] != "vegetarian" {
		t.Errorf("diets: got %+v", r.Attendees)
	}
}

// I. A line labelled "Mig:", "Jeg:" or "Me:" beside the lines of others is
// the sender's own: its bare numbers are her workshops.
func TestSelfLabelLine(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nMin mand Jens K. og jeg kommer begge to.\nJens: 3 og 2\nMig: 4 og 3\nJeg har cøliaki, så jeg skal have glutenfrit. Jens spiser alt.\nHilsen Birthe",
			from: "Birthe K.", status: "complete", want: "Jens K:3/2; Birthe K.:4/3", diet: "Jens K="},
		{body: "Hej\nJens Kjær: 3 og 2\nMig: 4 og 3\nHilsen Birthe",
			from: "Birthe Kjær", status: "complete", want: "Jens Kjær:3/2; Birthe Kjær:4/3"},
		{body: "Hej\nJeg: sundhed og tryghed\nJens Kjær: uddannelse og beskæftigelse\nHilsen Birthe",
			from: "Birthe Kjær", status: "complete", want: "Birthe Kjær:2/1; Jens Kjær:3/4"},
		{body: "Hi\nMy husband Jens Kjær and I are both coming.\nJens: 1 and 4\nMe: 2 and 1\nI'm vegetarian. Jens eats everything.\nBest, Birthe",
			from: "Birthe Kjær", subject: "Registration", status: "complete", want: "Jens Kjær:1/4; Birthe Kjær:2/1"},
	})
	r := parseMail("Birthe Kjær", "Tilmelding", "", "Hej\nMin mand Jens Kjær og jeg kommer begge to.\nJens: 3 og 2\nMig: 4 og 3\nJeg har cøliaki, så jeg skal have glutenfrit. Jens spiser alt.\nHilsen Birthe")
	if choices(r) != "Jens Kjær:3/2; Birthe Kjær:4/3" || len(r.Attendees[1].Diet) != 1 || r.Attendees[1].Diet[0] != "gluten_free" || len(r.Attendees[0].Diet) != 0 {
		t.Errorf("got %s %+v", choices(r), r.Attendees)
	}
}

// E. A one-line order to sign up in a reply to the invitation ("Tilmeld mig
// 3 og 4 tak") is a registration, its numbers the workshops; the "tak"
// that closes it is politeness, not thanks for an answer.
func TestOneLineSignUp(t *testing.T) {
	const invitation = "\n\nDen 1. sep. 2020 skrev ABC <abc@bo-vest.dk>:\n> Kære beboer\n> Vi inviterer til netværksmøde. Workshops:\n> 1. Naboskab, netværk & tryghed\n> 2. Sundhed & trivsel\n> 3. Uddannelse & livschancer\n> 4. Beskæftigelse & opkvalificering\n> Tilmeld dig ved at svare på denne mail.\n"
	const subj = "Re: Invitation til netværksmøde"
	runBlind(t, []blindCase{
		{body: "Tilmeld mig 3 og 4 tak\n\nMvh Selma" + invitation, from: "Selma Aydin", subject: subj, headers: replyHeaders,
			intent: "register", status: "complete", want: "Selma Aydin:3/4"},
		{body: "Skriv mig op til 2 og 1. Tak!\nSelma" + invitation, from: "Selma Aydin", subject: subj, headers: replyHeaders,
			intent: "register", status: "complete", want: "Selma Aydin:2/1"},
		{body: "Hej. Meld mig på 4 og 1, tak\nSelma" + invitation, from: "Selma Aydin", subject: subj, headers: replyHeaders,
			intent: "register", status: "complete", want: "Selma Aydin:4/1"},
		{body: "Tilmeld os 2 og 3 tak\nSelma" + invitation, from: "Selma Aydin", subject: subj, headers: replyHeaders,
			intent: "register", notStatus: "complete"},
		{body: "Sign me up for 1 and 3, thanks\nSelma" + invitation, from: "Selma Aydin", subject: "Re: Invitation", headers: replyHeaders,
			intent: "register", status: "complete", want: "Selma Aydin:1/3"},
		{body: "Put me down for 4 and 2 please. Thanks\nSelma" + invitation, from: "Selma Aydin", subject: "Re: Invitation", headers: replyHeaders,
			intent: "register", status: "complete", want: "Selma Aydin:4/2"},
		// thanks alone still asks for nothing
		{body: "Tak, det er fint.\nMvh Selma" + invitation, from: "Selma Aydin", subject: subj, headers: replyHeaders,
			intent: "other"},
	})
}

// H. In a new registration, "han kommer ikke med" said of a relative who
// was never registered is a remark, not a withdrawal, and the diet said of
// him is not the sender's.
func TestRelativeStaysHome(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop første: \"Sundhed og trivsle\"\nWorkshop anden: \"Naboskab\"\nJeg er vegetar. Min datter har allergi for skaldyr, men hun kommer ikke med, hun skal til håndbold.\nMvh Dorte Lind",
			from: "Dorte Lind", intent: "register", status: "complete", want: "Dorte Lind:2/1", diet: "Dorte Lind=vegetarian"},
		{body: "Hej\nJeg vil gerne på workshop 3 og 4. Jeg spiser ikke svinekød. Min mand er diabetiker, men han kommer ikke, han er på arbejde.\nMvh Dorte Lind",
			from: "Dorte Lind", intent: "register", status: "complete", want: "Dorte Lind:3/4", diet: "Dorte Lind=no_pork"},
		{body: "Hi\nI'd like health first and education second. I'm vegan. My son is allergic to nuts, but he won't come, he has football.\nBest, Dorte Lind",
			from: "Dorte Lind", subject: "Registration", intent: "register", status: "complete", want: "Dorte Lind:2/3", diet: "Dorte Lind=vegan"},
		// the sender herself staying home is still a withdrawal
		{body: "Hej\nJeg kommer desværre ikke alligevel til workshop 3.\nMvh Dorte Lind",
			from: "Dorte Lind", subject: "Afbud", intent: "cancel"},
	})
	// in a reply, one who no longer comes may have been registered: never
	// the sender's registration alone, complete
	r := parseMail("Dorte Lind", "Re: Tilmelding modtaget", replyHeaders, "Hej\nJeg beholder workshop 3 og 4. Min mand er syg, så han kommer ikke med.\nMvh Dorte Lind")
	if r.Intent == "register" && r.Status == "complete" {
		t.Errorf("reply: got %s %s %s", r.Intent, r.Status, choices(r))
	}
}

// D. A workshop named in a sentence saying what the writer wants, with no
// priority word, then an explicit 2nd: the one wanted before is the 1st.
func TestWantedThenSecond(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg synes det vil være oplagt for mig at sidde med til det om sundhed og trivsel. Som anden prioritet tager jeg beskæftigelse og opkvalificering.\nMvh Karl Friis",
			from: "Karl Friis", status: "complete", want: "Karl Friis:2/4"},
		{body: "Hej\nDet kunne være spændende at være med i den om uddannelse. Som anden prioritet tager jeg workshop 1.\nMvh Karl Friis",
			from: "Karl Friis", status: "complete", want: "Karl Friis:3/1"},
		{body: "Hej\nJeg kunne godt tænke mig at være med til den om naboskab. Mit andetvalg er sundhed.\nMvh Karl Friis",
			from: "Karl Friis", status: "complete", want: "Karl Friis:1/2"},
		{body: "Hi\nIt would make a lot of sense for me to sit in on the one about health. As my second choice I'll take education.\nBest, Karl Friis",
			from: "Karl Friis", subject: "Registration", status: "complete", want: "Karl Friis:2/3"},
		// two workshops before the 2nd: which is the 1st is for staff
		{body: "Hej\nJeg har tænkt på sundhed og uddannelse. Som anden prioritet tager jeg workshop 4.\nMvh Karl Friis",
			from: "Karl Friis", notStatus: "complete"},
	})
}
