package parser

import (
	"testing"

	"tilmeld"
)

// Plain ways of naming the workshops and the priorities: the reader must
// take each of them at its word.

// A priority's label points at a workshop as "den om" does: the topic word
// after "1. prioritet:" or "first choice:" is that workshop.
func TestTopicAfterPriorityLabel(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Kommer gerne. Første prioritet: arbejde. Anden prioritet: skole.\n\nIda Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:4/3"},
		{body: "Kommer gerne. 1. prioritet: arbejde. 2. prio: skolen.\n\nIda Holm", status: "complete", want: "Ida Holm:4/3"},
		{body: "Jeg vil gerne deltage. 1. valg: helbred, 2. valg: naboer.\n\nIda Holm", status: "complete", want: "Ida Holm:2/1"},
		{body: "I will come. First choice: work, second choice: school.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:4/3"},
		{body: "Ønske: helbred.\n\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
		// a topic word that points at nothing stays a word
		{body: "Jeg prioriterer mit arbejde, så jeg kan ikke komme.\n\nIda Holm", want: "Ida Holm:-/-"},
	})
}

// A form's label of the choices heads its numbers as "Workshop:" does,
// with its colon or its verb ("mit ønske er 3"), and is never a person's
// name.
func TestChoiceLabelLine(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Ønsker: 2 og 3\n\nHilsen\nIda Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"},
		{body: "Tilmelding.\nValg: 4, 1\n\nIda Holm", status: "complete", want: "Ida Holm:4/1"},
		{body: "Prioriteter: 3 og så 1\n\nIda Holm", status: "complete", want: "Ida Holm:3/1"},
		{body: "Choices: 2 and 4\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "Ønske: workshop 2\n\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Deltager: workshop 3, ellers 1\n\nIda Holm", status: "complete", want: "Ida Holm:3/1"},
		{body: "Wish: workshop 2, then 4\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg kommer gerne. Mit ønske er 3.\n\nIda Holm", status: "complete", want: "Ida Holm:3/-"},
		{body: "I am coming. My choices are 2 and 3.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/3"},
		// a count or a time after the label is no workshop
		{body: "Jeg kommer. Mit valg er klart.\n\nIda Holm", notStatus: "complete"},
		{body: "Valg: 2 personer\n\nIda Holm", notStatus: "complete"},
		{body: "Ønsker: kl 17\n\nIda Holm", notStatus: "complete"},
	})
}

// A priority in brackets after a workshop ranks it: "trivsel (1), job
// (2)" is 2 then 4, and the digits in the brackets are no workshops.
func TestRankInBrackets(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne tilmelde mig. Workshop: trivsel (1), job (2).\n\nIda Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg vil gerne på sundhed (2) og naboskab (1).\n\nIda Holm", status: "complete", want: "Ida Holm:1/2"},
		{body: "Workshops: 3 (første) og 1 (anden).\n\nIda Holm", status: "complete", want: "Ida Holm:3/1"},
		{body: "I would like health (1st) and jobs (2nd).\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg vil gerne på sundhed (1).\n\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
		// a count or a time in brackets ranks nothing
		{body: "Jeg vil gerne på workshop 2 (kl 17).\n\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
	})
}

// A workshop's name written apart from its head ("Job-workshoppen først")
// takes the priority word right after the head, as "Job først" does.
func TestPriorityAfterSplitName(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg kommer. Job-workshoppen først, så sundhed.\n\nIda Holm", status: "complete", want: "Ida Holm:4/2"},
		{body: "Jeg kommer. Job-delen først, sundhed bagefter.\n\nIda Holm", status: "complete", want: "Ida Holm:4/2"},
		{body: "Jeg kommer. Sundheds-workshoppen først, så job.\n\nIda Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg kommer. Job først, så sundhed.\n\nIda Holm", status: "complete", want: "Ida Holm:4/2"},
		{body: "Jeg kommer. Først sundhed, så job-workshoppen.\n\nIda Holm", status: "complete", want: "Ida Holm:2/4"},
	})
}

// Diet words people use beside the tags' own: almonds are nuts,
// "plantebaseret" is vegan, "halalslagtet" is halal.
func TestDietEverydayWords(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 2 og 3. Jeg er allergisk over for mandler.\n\nIda Holm", status: "complete", diet: "Ida Holm=nut_allergy"},
		{body: "Workshops 2 and 3. Allergic to almonds.\n\nIda Holm", subject: "Meeting", status: "complete", diet: "Ida Holm=nut_allergy"},
		{body: "Workshop 2 og 3. Plantebaseret kost tak.\n\nIda Holm", status: "complete", diet: "Ida Holm=vegan"},
		{body: "Workshops 2 and 3. I eat plant-based.\n\nIda Holm", subject: "Meeting", status: "complete", diet: "Ida Holm=vegan"},
		{body: "Workshop 2 og 3. Jeg spiser kun halalslagtet kød.\n\nIda Holm", status: "complete", diet: "Ida Holm=halal"},
		// a street is no food
		{body: "Workshop 2 og 3. Jeg bor på Mandelvej.\n\nIda Holm", status: "complete", diet: "Ida Holm="},
	})
}

// Giving one's place to someone else withdraws it.
func TestGiveMyPlaceAway(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg skal alligevel arbejde den dag, så I kan give min plads til en anden.\n\nIda Holm", intent: tilmeld.IntentCancel, status: "complete"},
		{body: "Min plads kan gå videre til en anden, jeg er syg.\n\nIda Holm", intent: tilmeld.IntentCancel, status: "complete"},
		{body: "I have to work that day, so please give my place to someone else.\n\nIda Holm", subject: "Meeting", intent: tilmeld.IntentCancel, status: "complete"},
	})
}

// A mail with no name but one in small letters where the words say a name
// follows ("mvh ida holm", "Navn: ida holm") is hers; a place signed in
// small letters is not.
func TestLowerCaseNameVouched(t *testing.T) {
	runBlind(t, []blindCase{
		{from: `""`, body: "Workshop 2 og 3.\n\nmvh ida holm", status: "complete", want: "Ida Holm:2/3"},
		{from: `""`, body: "Workshop 2 og 3.\n\nhilsen\nida holm, tlf 40506070", status: "complete", want: "Ida Holm:2/3"},
		{from: `""`, body: "Navn: ida holm\nWorkshop 2 og 3", status: "complete", want: "Ida Holm:2/3"},
		{from: `""`, body: "jeg hedder ida holm og vil gerne på workshop 2 og 3", status: "complete", want: "Ida Holm:2/3"},
		{from: `""`, body: "Workshop 2 og 3.\n\nhilsen\nkanalens kvarter", status: "incomplete", missing: []string{"name"}},
		{from: `""`, body: "Workshop 2 og 3.\n\nvh\nbeboerforeningen hyldespjældet", status: "incomplete", missing: []string{"name"}},
		// a first name alone is her name, as "mvh Ida" is; a word of the
		// language after the closing is none
		{from: `""`, body: "Workshop 2 og 3.\n\nmvh ida", status: "complete", want: "Ida:2/3"},
		{from: `""`, body: "Workshop 2 og 3.\n\nmvh beboer", status: "incomplete", missing: []string{"name"}},
	})
}

// A workshop's number in words may end with a courtesy ("workshop fire
// tak", "workshop four please"): the courtesy does not make it a count.
func TestNumberWordThenCourtesy(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne på workshop to og workshop fire tak.\n\nIda Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Id like workshop two and workshop four pls.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "I would like workshop four please.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:4/-"},
		{body: "Vi er to tak.\n\nIda Holm", notStatus: "complete"},
	})
}

// "W2" is workshop 2 written short, as "ws2" is.
func TestWorkshopInShort(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne på W2 og W4.\n\nIda Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "I would like w3, otherwise w1.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/1"},
		{body: "Jeg vil gerne på workshop 2. Jeg bor på Vej W 2.\n\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
	})
}

// Two workshops named by their places, one of them a third or a fourth
// (which no priority is), are places on the list even without the word
// "workshop": "den første og ellers den tredje".
func TestPlacesPairedWithBackup(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne på den første og ellers den tredje.\n\nIda Holm", status: "complete", want: "Ida Holm:1/3"},
		{body: "Jeg vil gerne på den fjerde eller den anden.\n\nIda Holm", status: "complete", want: "Ida Holm:4/2"},
		{body: "I would like the third or else the first.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/1"},
		// first and second alone may be the priorities themselves
		{body: "Den første og den anden dag passer mig.\n\nIda Holm", notStatus: "complete"},
	})
}

// "Jeg kunne tænke mig X", "Jeg er mest til X" choose X.
func TestWishWordsBeforeName(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg kunne tænke mig naboskab.\n\nIda Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/-"},
		{body: "Jeg er mest til naboskab.\n\nIda Holm", status: "complete", want: "Ida Holm:1/-"},
		{body: "Jeg kunne tænke mig naboskab. Sundhed interesserer mig ikke.\n\nIda Holm", status: "complete", want: "Ida Holm:1/-"},
	})
}

// "Hun spiser halal, det gør jeg også": the sender takes the food said of
// another; a reading that does not give it to her goes to staff.
func TestDietEchoedBySender(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg og min kone vil gerne deltage. Hun hedder Amal Hassan. Vi vil begge på 2, ellers 3. Hun spiser halal, det gør jeg også.\n\nIda Holm", notStatus: "complete"},
		{body: "My wife Amal Hassan and I will come, both workshop 2 and 3. She is vegetarian, so am I.\n\nIda Holm", subject: "Meeting", notStatus: "complete"},
		// read right, nothing to ask
		{body: "Jeg kommer med min mand Tom Holm. Vi vil begge på 1 og 2. Vi er begge vegetarer.\n\nIda Holm", status: "complete", diet: "Ida Holm=vegetarian"},
	})
}

// "Tilmelding for Ida Holm og Bo Holm" from Ida Holm is for herself too.
func TestSignUpForSelfByName(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Tilmelding for Ida Holm og Bo Holm. Begge workshop 1 og 4.\n\nIda Holm", status: "complete", want: "Ida Holm:1/4; Bo Holm:1/4"},
		{body: "Tilmelding af Ida Holm og Bo Holm. Begge workshop 1 og 4.\n\nIda Holm", status: "complete", want: "Ida Holm:1/4; Bo Holm:1/4"},
		{body: "Tilmelding for Bo Holm. Workshop 1 og 4.\n\nIda Holm", status: "complete", want: "Bo Holm:1/4"},
	})
}

// A form's "Deltager 1:", "Deltager 2:" lines count the people, and its
// "Fornavn:" and "Efternavn:" fields are one name.
func TestFormFieldsOfPeople(t *testing.T) {
	runBlind(t, []blindCase{
		{from: `""`, body: "Deltager 1: Ida Holm, workshop 2 og 4\nDeltager 2: Bo Holm, workshop 1 og 3, vegetar", status: "complete", want: "Ida Holm:2/4; Bo Holm:1/3"},
		{from: `""`, body: "Participant 1: Ida Holm, workshop 2 and 4\nParticipant 2: Bo Holm, workshop 1 and 3", subject: "Meeting", status: "complete", want: "Ida Holm:2/4; Bo Holm:1/3"},
		{from: `""`, body: "Fornavn: Ida\nEfternavn: Holm\nWorkshop: 2 og 4", status: "complete", want: "Ida Holm:2/4"},
		{from: `""`, body: "First name: Ida\nLast name: Holm\nWorkshops: 2 and 4", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{from: `""`, body: "Fornavn: Ida\nWorkshop: 2 og 4", notStatus: "complete"},
	})
}

// A sign-up of "her" that names no workshop leaves her to be asked for
// one, as for a name: no reason for staff.
func TestPronounSignUpWithoutWorkshopAsks(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne på workshop 2 og 3. Min veninde har ikke valgt endnu, men bad mig skrive hende op.\n\nIda Holm", status: "incomplete"},
		// a reading that lost her is still for staff
		{body: "I would like workshop 2 and 3. My neighbour has not decided yet, please sign her up as well.\n\nIda Holm", subject: "Meeting", notStatus: "complete"},
	})
}
