package parser

import "testing"

// "det samme, men 3 og 1": the bare numbers after "men" are no one's
// choices by any reading, yet they say he does not want the sender's
// workshops (he got hers: a wrong complete). Staff read it.
func TestSameButNumbers(t *testing.T) {
	const mine = "Jeg vil gerne på 2 og 4. "
	runBlind(t, []blindCase{
		{body: mine + "Min mand Bo Holm vil det samme, men 3 og 1.\n\nHilsen Ida Holm", status: "review"},
		{body: mine + "Min mand Bo Holm vil det samme, bare 3 og 1.\n\nHilsen Ida Holm", status: "review"},
		{body: "I want 2 and 4. My husband Bo Holm wants the same but 1 and 3.\n\nBest, Ida Holm", status: "review"},
		// no number after "men": the same it is
		{body: mine + "Min mand Bo Holm vil det samme, men han er vegetar.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4; Bo Holm:2/4"},
		{body: mine + "Min mand Bo Holm vil det samme, men han kommer først kl 17.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4; Bo Holm:2/4"},
		{body: mine + "Min mand Bo Holm vil det samme.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4; Bo Holm:2/4"},
	})
}

// A rank label glued to its noun ("1.prioritet", "2.valg") is the label
// with a space: the optional space in the tables' phrases was required.
// "1. ønske", "1. præference", "first preference" label the workshop after
// them as "1. prioritet" does (the choices were lost, or in English read
// the other way round: a wrong complete).
func TestRankLabelNouns(t *testing.T) {
	const sig = "\n\nHilsen Ida Holm"
	runBlind(t, []blindCase{
		{body: "Jeg kommer. 1.prioritet tryghed og 2.prioritet sundhed." + sig, status: "complete", want: "Ida Holm:1/2"},
		{body: "Jeg kommer. 1.ønske tryghed og 2.ønske sundhed." + sig, status: "complete", want: "Ida Holm:1/2"},
		{body: "Jeg kommer gerne. 1. ønske sundhed, 2. ønske job." + sig, status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg deltager – 1. ønske beskæftigelse; 2. ønske uddannelse" + sig, status: "complete", want: "Ida Holm:4/3"},
		{body: "Tilmelding: 1. præference uddannelse, 2. præference tryghed" + sig, status: "complete", want: "Ida Holm:3/1"},
		{body: "1. ønske workshop 3, 2. ønske workshop 1" + sig, status: "complete", want: "Ida Holm:3/1"},
		{body: "Mit 1. ønske er job og mit 2. ønske er sundhed" + sig, status: "complete", want: "Ida Holm:4/2"},
		{body: "Count me in. First preference health, second preference safety." + sig, status: "complete", want: "Ida Holm:2/1"},
		{body: "My first wish is jobs, my second wish is health." + sig, status: "complete", want: "Ida Holm:4/2"},
		// the number after a bare label is the workshop; a count of wishes is none
		{body: "Ønske: 2 og 4" + sig, status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg vil gerne på 2 og 4. Jeg har 2 ønsker til maden: ingen svinekød og ingen nødder" + sig, status: "complete", want: "Ida Holm:2/4"},
	})
}

// A full name in small letters under a closing, or alone on the last line,
// completes a first name on the From line ("ida" signing "hilsen ida
// holm"); one that is someone else's (a wife writing from her husband's
// account) sends the mail to staff: it signed up the account's owner, a
// wrong complete.
func TestSmallSignedName(t *testing.T) {
	runBlind(t, []blindCase{
		{from: "ida", body: "hej vil gerne med nr 2 og 4 hilsen ida holm", status: "complete", want: "Ida Holm:2/4"},
		{from: "ida", body: "hej vil gerne med nr 2 og 4\nmvh ida holm", status: "complete", want: "Ida Holm:2/4"},
		{from: "ida", body: "hej vil gerne med nr 2 og 4\n\nida holm\nsendt fra min iphone", status: "complete", want: "Ida Holm:2/4"},
		{from: "Bo Holm", body: "hej vil gerne med nr 2 og 4\nhilsen ida holm", status: "review"},
		{from: "Bo Holm", body: "hej vil gerne med nr 2 og 4\nmvh ida holm", status: "review"},
		// the owner's own name, or a line that is no name, changes nothing
		{from: "Bo Holm", body: "hej vil gerne med nr 2 og 4\nmvh bo holm", status: "complete", want: "Bo Holm:2/4"},
		{from: "ida", body: "hej vil gerne med nr 2 og 4\n\nvedhæftede fil", status: "complete", want: "Ida:2/4"},
		{from: "Ida Holm", body: "hej vil gerne med nr 2 og 4\nmvh ida", status: "complete", want: "Ida Holm:2/4"},
	})
}

// A number word after "workshop" that is no other word ("fire", "tre",
// "three") is the workshop wherever the sentence goes on ("workshop fire
// med min mand"), and a closing run into the line ends it ("workshop to
// og fire mvh ida": the 4 was lost). "to", "en", "one" still need the
// clause to end after them.
func TestNumberWordsRunOn(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "hej vil gerne med til workshop to og fire mvh ida holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "hej vil gerne med til workshop to og fire hilsen ida holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "workshop three and four best regards ida holm", subject: "Registration", status: "complete", want: "Ida Holm:3/4"},
		{body: "Jeg vil gerne på workshop fire med det samme.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:4/-"},
		{body: "nr tre og fire tak\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:3/4"},
		// words that are other words, and addresses, stay none
		{body: "Jeg tager workshop en gang til.\n\nHilsen Ida Holm", notStatus: "complete"},
		{body: "Jeg bor Hyldevej nr. tre, og vil gerne på workshop 2.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/-"},
	})
}

// A full name in small letters anywhere in the text that opens with the
// From line's lone first name is hers ("... ellers job ida holm" from
// "ida").
func TestSmallNameOfFirstName(t *testing.T) {
	runBlind(t, []blindCase{
		{from: "ida", body: "hej kommer gerne sundhed forst ellers job ida holm", status: "complete", want: "Ida Holm:2/4"},
		{from: "ida", body: "ida holm her vil gerne på 2 og 3", status: "complete", want: "Ida Holm:2/3"},
		{from: "ida", body: "hej vil gerne på 2 og 3 tak", status: "complete", want: "Ida:2/3"},
		// another first name is no completion of hers
		{from: "ida", body: "hej vil gerne på 2 og 3 ligesom anne holm", want: "Ida:2/3"},
	})
}

// A run-on sentence where the relation starts the next statement ("... på
// 2 og 3 min mand Bo Holm vil på 1 og 4"): his workshops are his.
func TestRunOnRelation(t *testing.T) {
	runBlind(t, []blindCase{
		{from: "ida", body: "hej ida her vil gerne på 2 og 3 min mand Bo Holm vil på 1 og 4", status: "complete", want: "Ida:2/3; Bo Holm:1/4"},
		{body: "jeg vil gerne på 2 og 3 min mand per vil på 1 og 4\nmvh ida holm", want: "Ida Holm:2/3; Per:1/4"},
		// a relation at the sentence's end splits nothing
		{body: "Jeg må desværre melde fra, jeg er på sygehuset med min mand.\n\nHilsen Ida Holm", intent: "cancel", status: "complete"},
	})
}

// A sentence in small letters ends at a full stop after a whole word
// ("ikke noget med maden. nr 2 og 4"), and "ik"/"ikk" is "ikke" in food
// ("jeg spiser ik svin").
func TestSmallLetterSentences(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "hej. jeg kommer. ikke noget specielt med maden. nr 2 og 4", status: "complete", want: "Ida Holm:2/4"},
		{body: "ja tak jeg kommer. nr 4 og 2. jeg spiser ik svin", status: "complete", want: "Ida Holm:4/2", diet: "Ida Holm=no_pork"},
		{body: "workshop 1 og 3. jeg kan ikk tåle gluten", status: "complete", want: "Ida Holm:1/3", diet: "Ida Holm=gluten_free"},
		// an abbreviation's full stop ends nothing
		{body: "jeg kommer ca. kl. 17 og vil gerne på nr. 2 og 4", status: "complete", want: "Ida Holm:2/4"},
	})
}

// "komme på/til" before bare numbers wishes them as "vil gerne på" does
// ("jeg kommer på 2 og 3", "kan jeg komme på 2 og 3?": the workshops were
// lost, or the mail went to staff as a question); right before a number
// it counts people.
func TestComeToNumbers(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "jeg kommer på 2 og 3\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Kan jeg komme på 2 og 3?\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "hej kan jeg komme til 4 ?\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:4/-"},
		{body: "Jeg kommer gerne til 1 og 3.\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:1/3"},
		// a count, a car: no workshop
		{body: "vi kommer 2 og vil gerne på sundhed\n\nHilsen Ida Holm", notStatus: "complete"},
		{body: "jeg kommer i 2 biler\n\nHilsen Ida Holm", notStatus: "complete"},
	})
}

// "evt." / "eventuelt" before a workshop orders it second, as
// "alternativt" does ("Workshop: 1 (evt. 3)" went to staff); before
// anything else it only says "maybe".
func TestEventuallySecond(t *testing.T) {
	const sig = "\n\nHilsen Ida Holm"
	runBlind(t, []blindCase{
		{body: "Workshop: 1 (evt. 3)." + sig, status: "complete", want: "Ida Holm:1/3"},
		{body: "Workshop 2, evt. 4" + sig, status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg vil gerne på sundhed, eventuelt job." + sig, status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg kommer evt. lidt senere. Workshop 1 og 2." + sig, status: "complete", want: "Ida Holm:1/2"},
		{body: "Workshop 3. Evt. spørgsmål kan sendes til mig." + sig, status: "complete", want: "Ida Holm:3/-"},
		{body: "Jeg vil gerne på workshop 2, evt. sammen med min nabo." + sig, want: "Ida Holm:2/-; :-/-"},
	})
}

// A form's label with an aside in brackets before its colon ("Workshop
// (1. og 2. prioritet): 3 og 1", "Workshops (prioriteret): 3, 1") gives
// the numbers after it; the mail was read as no registration.
func TestAsideLabel(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Navn: Ida Holm\nWorkshop (1. og 2. prioritet): 3 og 1\nKost: vegetar", status: "complete", want: "Ida Holm:3/1", diet: "Ida Holm=vegetarian"},
		{body: "Workshop (1. og 2. prioritet): 3, 1\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:3/1"},
		{body: "Workshops (prioriteret): 3 og 1\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:3/1"},
		{body: "Workshop (nr.): 3\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:3/-"},
		{body: "(1. prioritet) sundhed, (2. prioritet) job\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		// a bracket that is no label's aside
		{body: "Jeg vil gerne på sundhed (helst). Min adresse (ny): Hyldevej 3\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/-"},
	})
}

// A form's field of names ("Navne: Ida Holm og Per Holm") or a line of
// nothing but full names brings them all, and the fields after it are
// theirs; the second was lost ("Ida Holm og Per Holm" over "Workshop: 2 og
// 3" signed up Ida alone: a wrong complete) or sent the mail to staff.
func TestNamesFieldGroup(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Navn: Ida Holm og Per Holm\nWorkshop: 2 og 3", status: "complete", want: "Ida Holm:2/3; Per Holm:2/3"},
		{body: "Navne: Ida Holm og Per Holm\nWorkshop: 2 og 3\nKost: vegetar", status: "complete", want: "Ida Holm:2/3; Per Holm:2/3", diet: "Ida Holm=vegetarian"},
		{body: "Names: Ida Holm and Per Holm\nWorkshop: 2 and 3", subject: "Registration", status: "complete", want: "Ida Holm:2/3; Per Holm:2/3"},
		{body: "Deltagere: Ida Holm og Per Holm\nWorkshop: 2 og 3", status: "complete", want: "Ida Holm:2/3; Per Holm:2/3"},
		{body: "Ida Holm og Per Holm\nWorkshop: 2 og 3", status: "complete", want: "Ida Holm:2/3; Per Holm:2/3"},
		{body: "Navne: Ida Holm og Per Holm\nIda: workshop 2 og 3\nPer: workshop 1 og 4", status: "complete", want: "Ida Holm:2/3; Per Holm:1/4"},
		// one name is the sender's field; a relation spoken of is named, not added
		{body: "Navn: Ida Holm\nWorkshop: 2 og 3", status: "complete", want: "Ida Holm:2/3"},
		{body: "Jeg og min mand vil gerne på 2 og 3.\nNavne: Ida Holm og Per Holm", status: "complete", want: "Ida Holm:2/3; Per Holm:2/3"},
	})
}

// The sender's "jeg kommer"/"i come" right before two numbers joined
// wishes them ("yes i come 3 and 1" was no registration); "vi kommer 2"
// counts people.
func TestSelfComesNumbers(t *testing.T) {
	runBlind(t, []blindCase{
		{from: "ida", body: "yes i come 3 and 1 my phone 22334455 ida holm", status: "complete", want: "Ida Holm:3/1"},
		{body: "jeg kommer 2 og 4\n\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "i come 2 days late, workshop 3.\n\nBest, Ida Holm", subject: "Registration", status: "complete", want: "Ida Holm:3/-"},
		{body: "vi kommer 2 og vil gerne på sundhed.\n\nHilsen Ida Holm", notStatus: "complete"},
	})
}

// "vil også gerne på workshop 4": the number after the workshop is the
// workshop, not a count of comers (a lone sender was asked for three
// more names).
func TestAlsoOnWorkshopNumber(t *testing.T) {
	const sig = "\n\nHilsen Ida Holm"
	runBlind(t, []blindCase{
		{body: "Hej, jeg vil også gerne på workshop 4" + sig, status: "complete", want: "Ida Holm:4/-"},
		{body: "Jeg vil også gerne på workshop 3." + sig, status: "complete", want: "Ida Holm:3/-"},
		{body: "Jeg vil også gerne på workshop 2 og 1" + sig, status: "complete", want: "Ida Holm:2/1"},
		// a count after "med" still counts
		{body: "Klubben vil gerne deltage med tre personer på workshop 2." + sig, status: "incomplete"},
	})
}
