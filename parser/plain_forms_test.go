package parser

import "testing"

// Lists, tables and forms: a board, a club or staff signing several
// people up, one line, row or block each.

// "- Ida Holm, 22334455, 1 og 3, vegetar": a phone field between a listed
// name and her bare numbers leaves the numbers hers.
func TestListLinePhoneBeforeChoices(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej, vi er 3 fra bestyrelsen:\n- Ida Holm, 22334455, 1 og 3, vegetar\n- Per Jensen, 1 og 2\n- Ali Khan, 2 og 4, halal\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:1/2; Ali Khan:2/4", diet: "Ida Holm=vegetarian"},
		{body: "Vi kommer:\n- Ida Holm, tlf 22334455, 1 og 3\n- Per Jensen, tlf. 33445566, 1 og 2\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:1/2"},
		{body: "Vi kommer:\n- Ida Holm, tlf. nr. 22334455, 1 og 3\n- Per Jensen, 33445566, 2\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/-"},
		{body: "We are coming:\n- Ida Holm, phone 22334455, 1 and 3\n- Per Jensen, 33445566, 2 and 4\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4"},
		// the phone after the numbers, as before
		{body: "Vi kommer:\n- Ida Holm, 1 og 3, 22334455\n- Per Jensen, 1 og 2\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:1/2"},
		// an address field is no phone field: that line is for staff
		{body: "Vi kommer:\n- Ida Holm, Hyldevej 12, 1 og 3\n- Per Jensen, 1 og 2\n\nHilsen\nIda Holm", notStatus: "complete"},
	})
}

// "- Per Jensen, 2 og 1, 33445566" above the sender's own line: the number
// on another's line is his; the sender's own, where she gives one, is the
// contact's.
func TestListLinePhoneIsItsPersons(t *testing.T) {
	phone := func(body, want string) {
		t.Helper()
		r := parseMail("Ida Holm", "Tilmelding", "", body)
		if r.Contact.Phone != want || r.Status != "complete" {
			t.Errorf("%q: got %s phone %q, want complete %q (%v)", body, r.Status, r.Contact.Phone, want, r.Reasons)
		}
	}
	phone("Vi kommer:\n- Per Jensen, 2 og 1, 33445566\n- Ida Holm, 1 og 3, 22334455\n\nHilsen\nIda Holm", "+4522334455")
	phone("Vi kommer:\n- Ida Holm, 22 33 44 55, 1 og 3\n- Per Jensen, mobil 33 44 55 66, 2 og 1\n\nHilsen\nIda Holm", "+4522334455")
	phone("Navn;Tlf;Workshop;Kost\nPer Jensen;33445566;2 og 4;\nIda Holm;22334455;1 og 3;vegetar\n\nHilsen\nIda Holm", "+4522334455")
	phone("Jeg tilmelder to beboere fra afdelingen:\n- Per Jensen, 33445566, 2 og 1\n- Ali Khan, 44556677, 1 og 4\n\nVenlig hilsen\nIda Holm\nBoligsocial medarbejder\nTlf. 22334455", "+4522334455")
	// no number of the sender's anywhere: the listed one is all there is
	phone("Vi kommer:\n- Per Jensen, 2 og 1, 33445566\n- Ida Holm, 1 og 3\n\nHilsen\nIda Holm", "+4533445566")
}

// "Navn: Ida Holm\nWorkshop 1. prioritet: 2\n...\n\nNavn: Per Jensen\n...":
// a form filled in once for each person; each block is its person's.
func TestFormBlockPerPerson(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Navn: Ida Holm\nTelefon: 22334455\nWorkshop 1. prioritet: 2\n2. prioritet: 4\nKost: vegetar\n\nNavn: Per Jensen\nTelefon: 33445566\nWorkshop 1. prioritet: 1\n2. prioritet: 3\nKost: ingen\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/4; Per Jensen:1/3", diet: "Ida Holm=vegetarian"},
		{body: "Tilmelding af to personer:\n\nNavn: Ida Holm\nMail: ida@example.dk\n1. prioritet: Sundhed\n2. prioritet: Naboskab\nKost: glutenfri\n\nNavn: Per Jensen\n1. prioritet: Uddannelse\n2. prioritet: Job\nKost: -\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/1; Per Jensen:3/4", diet: "Ida Holm=gluten_free"},
		{body: "Navn: Ida Holm\nWorkshop: 2 og 4\nKost: vegetar\n\nNavn: Per Jensen\nWorkshop: 1 og 3\nKost: spiser alt\n\nNavn: Ali Khan\nWorkshop: 1\nKost: halal\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/4; Per Jensen:1/3; Ali Khan:1/-", diet: "Ida Holm=vegetarian"},
		{body: "Deltager 1: Ida Holm\nWorkshop: 2 og 4\n\nDeltager 2: Per Jensen\nWorkshop: 1 og 3\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/4; Per Jensen:1/3"},
		{body: "Name: Ida Holm\nPhone: 22334455\nWorkshop 1st choice: 2\n2nd choice: 4\nDiet: vegetarian\n\nName: Tom Berg\nWorkshop 1st choice: 1\n2nd choice: 3\nDiet: none\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/4; Tom Berg:1/3", diet: "Ida Holm=vegetarian"},
		// food said for all after the form is all of theirs
		{body: "Navn: Ida Holm\nWorkshop: 2 og 4\n\nNavn: Per Jensen\nWorkshop: 1 og 3\n\nVi er begge vegetarer.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/4; Per Jensen:1/3", diet: "Ida Holm=vegetarian"},
		// a block without a workshop: the bot asks for it
		{body: "Navn: Ida Holm\nWorkshop: 2 og 4\n\nNavn: Per Jensen\nKost: halal\n\nHilsen\nIda Holm", status: "incomplete", missing: []string{"workshop"}},
		// a name field of two people is no form of one each
		{body: "Navn: Ida Holm og Per Jensen\nWorkshop: 2 og 4\n\nNavn: Ali Khan\nWorkshop: 1 og 3\n\nHilsen\nIda Holm", notStatus: "complete"},
	})
}

// "- NN, 2 og 4", "en mere, navn følger", "name to follow": a person not
// yet named is no name and no one to leave out; staff ask.
func TestNameToFollowToStaff(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- NN, 2 og 4\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Vi kommer:\n- Ida Holm: 1 og 3\n- N.N.: 2 og 4\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Navn: Ida Holm\nWorkshop: 2 og 4\n\nNavn: NN\nWorkshop: 1 og 3\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4\n- en mere, navn følger\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4\n- en kollega mere, navnet kommer senere\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "We are coming:\n- Ida Holm, 1 and 3\n- Tom Berg, 2 and 4\n- one more colleague, name to follow\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
		// a name that comes, said of the list, holds nothing back
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4\n\nMit navn kommer også på listen\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4"},
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Anna Nielsen, 2 og 4\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Anna Nielsen:2/4"},
	})
}

// "Navn | Workshop | Kost" over a row each: a table of attendees is a
// registration, though no sentence signs up, and its header's "1.
// prioritet" is no workshop of the sender's.
func TestAttendeeTableRows(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Navn\t1. prioritet\t2. prioritet\tKost\nIda Holm\t1\t3\tvegetar\nPer Jensen\t2\t4\t\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4", diet: "Ida Holm=vegetarian"},
		{body: "Navn | 1. prioritet | 2. prioritet | Kost\nIda Holm | 1 | 3 | vegetar\nPer Jensen | 2 | 4 | \nAli Khan | 4 | 1 | halal\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4; Ali Khan:4/1"},
		{body: "Navn\tWorkshop\tKost\nIda Holm\tSundhed, Job\tvegetar\nPer Jensen\tNaboskab\tHalal\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/4; Per Jensen:1/-", diet: "Ida Holm=vegetarian"},
		{body: "Vi tilmelder:\nNavn | Workshop | Kost\nIda Holm | 1 og 3 | vegetar\nPer Jensen | 2 og 4 | -\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4"},
		{body: "Navn;Workshop;Kost\nIda Holm;Sundhed;vegetar\nPer Jensen;Job;\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/-; Per Jensen:4/-"},
		{body: "Navn\tFørsteprioritet\tAndenprioritet\tKost\nPer Jensen\t2\t4\t\nAli Khan\t1\t3\t\n\nHilsen\nIda Holm", status: "complete", want: "Per Jensen:2/4; Ali Khan:1/3"},
		// a header alone, no row under it, signs no one up
		{body: "Navn | Workshop | Kost\n\nHvordan udfylder jeg den?\n\nHilsen\nIda Holm", notStatus: "complete"},
	})
}

// "Alle spiser halal, undtagen Per": food said for all but one named
// attendee; the reading gives food by sentence, so staff look.
func TestDietForAllButOne(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4\nAlle spiser halal, undtagen Per.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4\nAlle er vegetarer bortset fra Per.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4\nVi spiser alle halal, dog ikke mig.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "We are coming:\n- Ida Holm, 1 and 3\n- Tom Berg, 2 and 4\nWe all eat halal except Tom.\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
		// all but a food is a food refused, for them all
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4\nVi spiser alt undtagen svinekød.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4", diet: "Ida Holm=no_pork"},
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4\nAlle spiser halal.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4", diet: "Ida Holm=halal"},
	})
}

// "Ida Holm 22334455 1 og 3" line under line: a name, her number and a
// pair, with no comma, is her line as "Ida Holm 1 og 3" is.
func TestNamePhonePairLines(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\n\nFra Beboerklubben kommer:\nIda Holm 22334455 1 og 3\nPer Jensen 33445566 2 og 4\nAli Khan 4 og 1\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4; Ali Khan:4/1"},
		{body: "Vi kommer:\nIda Holm tlf. 22 33 44 55 1 og 3\nPer Jensen 33445566 2+4\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4"},
		{body: "Vi kommer:\n- Ida Holm 22334455 1 og 3\n- Per Jensen 2 og 4\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4"},
		// without the number, as before
		{body: "Vi kommer:\nIda Holm 1 og 3\nPer Jensen 2 og 4\nAli Khan 4 og 1\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4; Ali Khan:4/1"},
		// a number of another length is no phone: that line is not read as hers
		{body: "Vi kommer:\nIda Holm 2620 1 og 3\nPer Jensen 2 og 4\n\nHilsen\nIda Holm", notStatus: "complete"},
	})
}

// "- Ida Holm, mail: ida@example.dk, 1 og 3": a mail address filling a
// field of a listed line leaves the bare numbers after it hers; the bot
// does not ask for the workshop she gave.
func TestListLineMailBeforeChoices(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Tilmelding:\n- Ida Holm, mail: ida@example.dk, 1 og 3\n- Per Jensen, 2 og 4\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4"},
		{body: "Tilmelding:\n- Ida Holm, sender@example.dk, 1 og 3\n- Per Jensen, 2 og 4\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4"},
		// another's address in the list: staff see whose mail is the contact
		{body: "Tilmelding:\nIda Holm, sender@example.dk, 1 og 3\nPer Jensen, per@example.dk, 2 og 4\n\nHilsen\nIda Holm", notStatus: "incomplete"},
	})
}

// "Kost: samme", "- Per Jensen, 2 og 4, do.", "same as above": a field
// that points back at the food above is not carried down; staff look.
func TestDittoFieldToStaff(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Navn: Ida Holm\nWorkshop: 2 og 4\nKost: vegetar\n\nNavn: Per Jensen\nWorkshop: 1 og 3\nKost: samme\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Navn: Ida Holm\nWorkshop: 2 og 4\nKost: vegetar\n\nNavn: Per Jensen\nWorkshop: 1 og 3\nKost: som ovenfor\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Vi kommer:\n- Ida Holm, 1 og 3, vegetar\n- Per Jensen, 2 og 4, do.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Vi kommer:\n- Ida Holm, 1 og 3, vegetar\n- Per Jensen, 2 og 4, det samme\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "We are coming:\n- Ida Holm, 1 and 3, vegetarian\n- Tom Berg, 2 and 4, same\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
		// with no food above, there is no food to carry down
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4, halal\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4"},
		{body: "Navn: Ida Holm\nWorkshop: 2 og 4\nKost: vegetar\n\nNavn: Per Jensen\nWorkshop: 1 og 3\nKost: vegetar\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/4; Per Jensen:1/3"},
	})
}

// "Ida Holm\nWorkshop 2 og 4\nVegetar\n\nPer Jensen\nWorkshop 1 og 3":
// paragraphs each opened by a full name alone on its line are that
// person's; one that says nothing leaves her to be asked.
func TestNameParagraphPerPerson(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Ida Holm\nWorkshop 2 og 4\nVegetar\n\nPer Jensen\nWorkshop 1 og 3\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/4; Per Jensen:1/3", diet: "Ida Holm=vegetarian"},
		{body: "Ida Holm\n1. prioritet: Sundhed\n2. prioritet: Job\n\nPer Jensen\n1. prioritet: Naboskab\n2. prioritet: Uddannelse\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/4; Per Jensen:1/3"},
		{body: "Vi kommer tre:\n\nIda Holm\nWorkshop 2 og 4\n\nPer Jensen:\nWorkshop 1 og 3\nHalal\n\nAli Khan\nWorkshop 4 og 1\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/4; Per Jensen:1/3; Ali Khan:4/1"},
		// Per said nothing: he is not dropped; staff look
		{body: "Ida Holm\nWorkshop 2 og 4\n\nPer Jensen\nHan ved ikke endnu\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Ida Holm:\n2 og 4\n\nPer Jensen:\n1 og 3, halal\n\nHilsen\nIda Holm", notStatus: "complete"},
		// names on lines of their own, one under the other, are no paragraphs of one each
		{body: "Jeg og min kone kommer.\n\nImran Qureshi\nSaima Qureshi\n\nVi vil begge på 2 og 4\n\nHilsen\nImran Qureshi", from: "Imran Qureshi", status: "complete", want: "Imran Qureshi:2/4; Saima Qureshi:2/4"},
	})
}

// The sender's own name over her title, then one paragraph for the one
// she signs up: no paragraphs of one each, read as before.
func TestNameParagraphSenderTitle(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Tilmelding\n\nIda Holm\nBorgerrådgiver, Albertslund Kommune\n\nAli Khan\nWorkshop 1 og 2, halal\n\nHilsen\nIda Holm", status: "complete", want: "Ali Khan:1/2"},
		{body: "Tilmelding\n\nIda Holm\nBorgerrådgiver, Albertslund Kommune\n\nAli Khan\nWorkshop 1 og 2, halal\n\nSara Berg\nWorkshop 3\n\nHilsen\nIda Holm", status: "complete", want: "Ali Khan:1/2; Sara Berg:3/-"},
		{body: "Hej ABC\n\nPer Jensen\nKan I ringe til mig?\n\nIda Holm\nWorkshop 2 og 4\n\nHilsen\nIda Holm", notStatus: "complete"},
	})
}

// "Per Jensen | 2 og 4 | samme": a table's cell that points back is such
// a field too.
func TestDittoCellToStaff(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Navn | Workshop | Kost\nIda Holm | 1 og 3 | vegetar\nPer Jensen | 2 og 4 | samme\nAli Khan | 4 og 1 | ingen\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "| Navn | Workshop | Kost |\n| Ida Holm | 1 og 3 | vegetar |\n| Per Jensen | 2 og 4 | do. |\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Navn\tWorkshop\tKost\nIda Holm\t1 og 3\tvegetar\nPer Jensen\t2 og 4\tsamme\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Navn;Workshop;Kost\nIda Holm;1 og 3;vegetar\nPer Jensen;2 og 4;halal\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4"},
	})
}

// "Begge mænd spiser halal", "De to sidste spiser halal" under a list of
// three: food for some of them, not by name, is for staff.
func TestDietForSubgroupToStaff(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4\n- Ali Khan, 4 og 1\nBegge mænd spiser halal.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4\n- Ali Khan, 4 og 1\nDe to sidste spiser halal.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4\n- Ali Khan, 4 og 1\nHalal til de to herrer.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "We are coming:\n- Ida Holm, 1 and 3\n- Tom Berg, 2 and 4\n- Sam Lee, 4 and 1\nThe two men eat halal.\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
		// all of them, or both of two, is everyone
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4\n- Ali Khan, 4 og 1\nAlle tre er vegetarer.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4; Ali Khan:4/1", diet: "Ida Holm=vegetarian"},
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4\nVi spiser begge halal.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4", diet: "Ida Holm=halal"},
	})
}
