package parser

import "testing"

// Several people in one mail, in plain wordings: couples, parents with
// children, a neighbour signing up others, each with own or shared
// choices and diets.

// "Jeg vil på 1 og 2, Karl på 3 og 4", "I'd like 1 and 3, Tom 2 and 4":
// after a comma a person, or a pronoun, takes the numbers of the wish
// before without its verb; the sender keeps her own.
func TestElidedWishAfterComma(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg og min søn Karl Holm kommer. Jeg vil på 1 og 2, Karl på 3 og 4.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Karl Holm:3/4"},
		{body: "Min datter Sofie Holm og jeg kommer gerne. Hun vil på 3, jeg på 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Sofie Holm:3/-"},
		{body: "Jeg vil på workshop 2 og 4, min mand Per Holm på 1 og 3.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/4; Per Holm:1/3"},
		{body: "Jeg ønsker 2 og 4, Per Holm 1 og 3.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/4; Per Holm:1/3"},
		{body: "My husband Tom Holm and I would like to come. I'd like 1 and 3, Tom 2 and 4.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:1/3; Tom Holm:2/4"},
		{body: "My husband Tom Holm and I would like to come. I'd like 1 and 3, he 2 and 4.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:1/3; Tom Holm:2/4"},
		{body: "I want 2 and 3, my wife Anna Holm 1 and 4.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3; Anna Holm:1/4"},
		// a number after a place or a block is no one's choice
		{body: "Jeg vil gerne på workshop 1 og 2, Blok 3 har også spurgt.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2"},
		{body: "Workshop 1 og 2, Afd. 3\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2"},
		// without someone to give it to, a third number is for staff
		{body: "Jeg vil gerne på 1 og 3, Hyldespjældet 4\n\nHilsen\nIda Holm", notStatus: "complete"},
	})
}

// "Jeg og min datter Sofie.", "My wife Sara and I.": a sentence that only
// joins the sender with others, without a verb, lists who comes; "begge",
// "for both" after it is for them all.
func TestRollCallBringsPeople(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg og min datter Sofie Holm. Begge workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Sofie Holm:1/2"},
		{body: "Jeg og min datter Sofie.\nBegge workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Sofie:1/2"},
		{body: "Jeg og Per Holm.\nWorkshop 3 og 1.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:3/1; Per Holm:3/1"},
		{body: "Jeg og min mand Per Holm. Vi vil gerne på 3 og 1.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:3/1; Per Holm:3/1"},
		{body: "My wife Sara Holm and I. Workshop 2 and 4 for both.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/4; Sara Holm:2/4"},
		// without a name the bot asks for it
		{body: "Jeg og min mand. Workshop 2 og 3.\n\nHilsen\nIda Holm", status: "incomplete", missing: []string{"name"}},
		// a sentence with a verb that joins them brings no one
		{body: "Jeg vil gerne på workshop 2 og 3. Jeg og min mand har været med før, men han kan ikke i år.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Workshop 2 og 3 til mig. Mig og Per Holm har snakket om det.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
	})
}

// "Jeg vil gerne på workshop 2, og Tom på workshop 3": a first name the
// mail gives nothing else of takes a workshop with the verb left out; a
// reading without Tom is for staff.
func TestElidedPersonNotLost(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne på workshop 2, og Tom på workshop 3.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "I'd like workshop 2 and Tom workshop 3.\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Jeg vil gerne på workshop 2 og 3, og min mand Tom Holm på workshop 1.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/3; Tom Holm:1/-"},
		// a verb after the name: she signs up herself
		{body: "Hi\n\nOur board is 6 people, and Tina will take workshop 4, but she will register herself.\n\nMe: workshop 2, then 3.\n\nBest\nOle Bak\n", from: "Ole Bak", subject: "Registration", status: "complete", want: "Ole Bak:2/3"},
		// a workshop's name is no person
		{body: "Jeg vil gerne på workshop 1 og Sundhed på workshop 2.\n\nHilsen\nIda Holm", notStatus: "review"},
	})
}

// "Jeg tager børnene med", "I'm bringing the kids": a group of kin brought
// along without a count or names; who comes, staff ask.
func TestKinGroupBroughtToStaff(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg tager børnene med. Workshop 1 og 4.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Jeg kommer med min familie. Workshop 2 og 3.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "I'm bringing the kids. Workshop 1 and 4.\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "I'll come with my family, workshop 1 and 4.\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
		// children who stay at home bring no one
		{body: "Jeg vil gerne på workshop 2 og 3. Børnene bliver hjemme.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		// named, they are attendees
		{body: "Jeg tager mine børn med, Ali Holm og Sara Holm. Vi vil alle på workshop 1 og 4.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/4; Ali Holm:1/4; Sara Holm:1/4"},
	})
}

// "Jeg vil på 4 og 2, min mand Per Holm det samme", "Karl det samme",
// "my husband Tom the same": people and "the same", the verb left out,
// after the sender's workshops take them; after her food it is no choice.
func TestElidedSameChoice(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne på 4 og 2, min mand Per Holm det samme.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:4/2; Per Holm:4/2"},
		{body: "Jeg vil gerne på 4 og 2. Min mand Per Holm det samme.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:4/2; Per Holm:4/2"},
		{body: "Jeg vil gerne på 4 og 2, Karl det samme.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:4/2; Karl:4/2"},
		{body: "I'd like 4 and 2, my husband Tom Holm the same.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:4/2; Tom Holm:4/2"},
		{body: "I'd like 4 and 2, and Tom Holm the same.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:4/2; Tom Holm:4/2"},
		// without his name the bot asks for it, his workshops known
		{body: "Jeg vil gerne på 4 og 2, min mand det samme.\n\nHilsen\nIda Holm", status: "incomplete", missing: []string{"name"}},
		// "the same" of her food is no workshop for him
		{body: "Jeg er vegetar, min mand Per Holm det samme. Jeg vil på 1 og 2.\n\nHilsen\nIda Holm", notStatus: "complete"},
		// a place is no person
		{body: "Jeg vil gerne på 4 og 2. Hyldespjældet det samme.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:4/2"},
	})
}

// "Workshop 1 og 2 til mig, 4 og 3 til Lene", "2 and 4 for me, 1 and 3
// for Tom": numbers after a comma said for someone are choices as those
// before them, each person's own.
func TestChoicesForEachAfterComma(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne tilmelde mig og min kone Lene Holm. Workshop 1 og 2 til mig, 4 og 3 til Lene.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Lene Holm:4/3"},
		{body: "Workshop 2 og 4 til mig, 1 og 3 til min mand Per Holm.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/4; Per Holm:1/3"},
		{body: "Workshop 2 til mig, 3 til min søn Karl Holm.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/-; Karl Holm:3/-"},
		{body: "Tom Holm and I are coming. Workshop 2 and 4 for me, 1 and 3 for Tom.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/4; Tom Holm:1/3"},
		// a number for a meal or an hour is no one's workshop
		{body: "Workshop 1 og 2 til mig, 3 til frokost.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Workshop 2 til mig, 3 til kl. 18.\n\nHilsen\nIda Holm", notStatus: "complete"},
	})
}

// "Jeg kommer gerne, men min mand passer børnene": someone who opens a
// clause of his own with a verb that is not about coming is not brought by
// the sender's "kommer gerne"; "..., og min mand Per Holm også" brings
// him, and a workshop after it without a subject is for them both.
func TestOwnClauseOfAnother(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg kommer gerne, men min mand passer børnene. Workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2"},
		{body: "Jeg kommer gerne, men min søn Karl Holm har fodbold. Workshop 3.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:3/-"},
		{body: "I'd love to come, but my husband Tom is working. Workshop 1 and 2.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:1/2"},
		{body: "Jeg kommer gerne, og min mand Per Holm også. Workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Per Holm:1/2"},
		{body: "Jeg vil gerne deltage, min mand Per Holm ligeså. Workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Per Holm:1/2"},
		{body: "I'll come, my husband Tom Holm too. Workshop 1 and 2.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:1/2; Tom Holm:1/2"},
		// a withdrawal in his clause still names him
		{body: "Jeg kommer, men min mand Bo Holm er forhindret.\n\nHilsen\nIda Holm" + placementQuote, subject: "Re: Din plads", headers: replyHeaders, intent: "cancel"},
	})
}

// "Vi vil alle på 2 og 4": the group between the wish and "på" leaves the
// numbers a wish, for everyone.
func TestGroupWishNumbers(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Vi er tre: mig, Per Holm og Karl Holm. Vi vil alle på 2 og 4.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/4; Per Holm:2/4; Karl Holm:2/4"},
		{body: "Vi er tre: mig, Per og Karl. Vi vil alle på 2 og 4.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/4; Per:2/4; Karl:2/4"},
		{body: "Jeg og min mand Per Holm kommer. Vi vil begge på 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Per Holm:1/2"},
		// "alle" before a number counts, it chooses nothing
		{body: "Jeg vil gerne på workshop 3. Jeg har været til alle 4 møder.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:3/-"},
	})
}

// "Per er vegetar og jeg spiser ikke fisk": when one statement of a
// sentence about food is read and the next, about another person, is
// not, that person would be taken as eating anything: staff read it.
func TestDietOfOnePartUnread(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Min mand Per Holm og jeg kommer, workshop 1 og 2. Per er vegetar og jeg spiser ikke fisk.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Min mand Per Holm og jeg kommer, workshop 1 og 2. Per er vegetar, jeg spiser ikke fisk.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Workshop 1 og 2. Jeg er vegetar og min mand Per Holm spiser ikke fisk. Vi kommer begge.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "My husband Tom Holm and I will come, workshop 1 and 2. Tom is vegan and I don't eat fish.\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
		// the same person's food, or "eats anything", is read whole
		{body: "Min mand Per Holm og jeg kommer, workshop 1 og 2. Per er vegetar, men spiser fisk.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Per Holm:1/2"},
		{body: "Min mand Per Holm og jeg kommer. Vi vil begge på 1 og 3. Jeg er vegetar, Per spiser alt.\n\nHilsen\nIda Holm", status: "complete", diet: "Ida Holm=vegetarian"},
		{body: "Min mand Per Holm og jeg kommer, workshop 1 og 2. Per er diabetiker og tåler ikke gluten.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Per Holm:1/2"},
	})
}

// "Jeg er vegetar og Per er diabetiker": after a statement, a known person
// and a verb after "og" open one of his own; his food is his. "Jeg og Per
// vil ..." is one subject of two.
func TestAndNameOpensStatement(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Min mand Karl Holm og jeg kommer, workshop 1 og 2. Jeg er vegetar og Karl er diabetiker.\n\nHilsen\nIda Holm", status: "complete", diet: "Ida Holm=vegetarian"},
		{body: "Min mand Per Holm og jeg kommer, workshop 1 og 2. Jeg er vegetar og Per Holm er diabetiker.\n\nHilsen\nIda Holm", status: "complete", diet: "Ida Holm=vegetarian"},
		{body: "My husband Tom Holm and I will come, workshop 1 and 2. I'm vegan and Tom eats no pork.\n\nBest\nIda Holm", subject: "Registration", status: "complete", diet: "Ida Holm=vegan"},
		{body: "Jeg og Per Holm vil på workshop 1 og 2 og Per er vegetar.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Per Holm:1/2", diet: "Ida Holm="},
	})
}

// "Vi kommer alle tre", "We'll all three come" count the people, so a
// first name in the list is one of them and none is dropped.
func TestAllThreeCounts(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Vi kommer alle tre: Ida, Per og Karl Holm. Workshop 1 og 2 til alle.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Per:1/2; Karl Holm:1/2"},
		{body: "We'll all three come: me, Tom and Emma Holm. Workshop 1 and 2 for all.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:1/2; Tom:1/2; Emma Holm:1/2"},
		// with one of them missing, the bot asks for the name
		{body: "Vi kommer alle tre: mig og Karl Holm. Workshop 1 og 2 til alle.\n\nHilsen\nIda Holm", notStatus: "complete"},
	})
}

// "Kirsten Lund 1 og 2" on a line of its own, as "Jens M. 4+3": a name
// and the person's two workshops, one line per person.
func TestNameThenPairLines(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg tilmelder hermed tre fra afdelingsbestyrelsen:\nKirsten Lund 1 og 2\nOle Berg 3 og 4\nHanne Dahl 2 og 1\nJeg kommer ikke selv.\n\nHilsen\nIda Holm",
			status: "complete", want: "Kirsten Lund:1/2; Ole Berg:3/4; Hanne Dahl:2/1"},
		{body: "Vi kommer to:\nIda Holm 1 og 2\nPer Holm 3 og 4\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Per Holm:3/4"},
		{body: "Signing up:\nAnna Berg 1 and 2\nTom Holm 3 and 4\nI'm not coming myself.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Anna Berg:1/2; Tom Holm:3/4"},
		// a place and numbers under her own choice is no person
		{body: "Jeg vil gerne på 1 og 2.\nGalgebakken Syd 3 og 4\n\nHilsen\nIda Holm", want: "Ida Holm:1/2"},
	})
}

// "Sofie Holm og jeg: workshop 3 og 1. Sofie er vegetar.": a statement on
// the line of two that opens with one of them ("Sofie", "Hun", "Jeg") is
// that one's alone; "Vi" is both.
func TestOneOfLineOwners(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Sofie Holm og jeg: workshop 3 og 1. Sofie er vegetar.\n\nHilsen\nIda Holm", status: "complete", want: "Sofie Holm:3/1; Ida Holm:3/1", diet: "Sofie Holm=vegetarian"},
		{body: "Sofie Holm og jeg: workshop 3 og 1. Hun er vegetar.\n\nHilsen\nIda Holm", status: "complete", diet: "Sofie Holm=vegetarian"},
		{body: "Sofie Holm og jeg: workshop 3 og 1. Jeg er vegetar.\n\nHilsen\nIda Holm", status: "complete", diet: "Sofie Holm="},
		{body: "Sofie Holm and I: workshop 3 and 1. I'm vegan.\n\nBest\nIda Holm", subject: "Registration", status: "complete", diet: "Sofie Holm="},
		{body: "Sofie Holm og jeg: workshop 3 og 1. Vi er vegetarer.\n\nHilsen\nIda Holm", status: "complete", diet: "Sofie Holm=vegetarian"},
	})
}

// "Min søn Karl Holm vil på 3 og 4": a wish for workshops by number, with
// no "gerne", brings the one who wishes.
func TestWishByNumberBrings(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil på 1 og 2. Min søn Karl Holm vil på 3 og 4.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Karl Holm:3/4"},
		{body: "Per Holm vil på 2 og 3. Jeg vil på 1 og 4. Han er diabetiker.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/4; Per Holm:2/3"},
		{body: "Jeg vil på 1 og 2. Min søn Karl Holm vil på 3 og 4. Min datter bliver hjemme.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Karl Holm:3/4"},
		// one who writes herself is not brought
		{body: "Jeg vil gerne på workshop 2. Min nabo Grete Jensen vil til 3, men hun skriver selv.\n\nHilsen\nIda Holm", notStatus: "complete"},
	})
}

// "Vi er en familie på tre", "a family of three" count the people as "vi
// er tre" does: a first name in the list that follows is one of them.
func TestFamilyOfCounts(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Vi er en familie på tre: Ida, Per og Karl Holm. Vi vil alle gerne på 2 og 1.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/1; Per:2/1; Karl Holm:2/1"},
		{body: "We're a family of three: Ida, Tom and Emma Holm. We'd all like workshop 2 and 1.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/1; Tom:2/1; Emma Holm:2/1"},
		// unnamed, the bot asks for the names
		{body: "Vi er en familie på 4. Workshop 2 og 1.\n\nHilsen\nIda Holm", status: "incomplete", missing: []string{"name"}},
	})
}

// "Jeg kommer sammen med Bo. Vi vil begge ...", "I'm coming with Tom ...
// for both of us": where the mail counts two, a first name joined to the
// sender is the other one; the bot must not ask for a name she gave.
func TestFirstNameBesideSenderCounted(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg kommer sammen med Bo. Vi vil begge på workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Bo:1/2"},
		{body: "Jeg tager Bo med. Workshop 1 og 2 til os begge.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Bo:1/2"},
		{body: "I'm coming with Tom. Workshop 1 and 2 for both of us.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:1/2; Tom:1/2"},
		// without a count the lone first name is for staff
		{body: "Jeg og Bo vil gerne på workshop 1 og 2.\n\nHilsen\nIda Holm", notStatus: "complete"},
	})
}

// "Min mand Per Holm også.", "Også min mand Per Holm.", "My husband Tom
// Holm too.", "So would my husband Tom Holm." right after the sender's
// workshops bring him with them.
func TestAlsoAfterChoices(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne på workshop 1 og 2. Min mand Per Holm også.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Per Holm:1/2"},
		{body: "Jeg vil gerne på workshop 1 og 2. Også min mand Per Holm.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Per Holm:1/2"},
		{body: "I'd like workshop 1 and 2. My husband Tom Holm too.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:1/2; Tom Holm:1/2"},
		{body: "I'd like workshop 1 and 2. So would my husband Tom Holm.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:1/2; Tom Holm:1/2"},
		{body: "Jeg vil gerne på workshop 1 og 2. Min mand også.\n\nHilsen\nIda Holm", status: "incomplete", missing: []string{"name"}},
		// a place, or "også" alone, brings no one
		{body: "Jeg vil gerne på workshop 1 og 2. Hyldespjældet også.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2"},
		{body: "Workshop 1 og 2. Også.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2"},
	})
}

// "Jeg er vegetar. Min mand Per Holm også.": people and "også" after the
// sender's food may bring him and his food; staff read it.
func TestAlsoAfterFoodToStaff(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg er vegetar. Min mand Per Holm også. Workshop 1 og 2.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Workshop 1 og 2. Jeg er vegetar. Min mand også.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Workshop 1 and 2. I'm vegan. My husband Tom too.\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
		// after her workshops he takes them
		{body: "Jeg er vegetar. Jeg vil gerne på workshop 1 og 2. Min mand Per Holm også.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Per Holm:1/2"},
	})
}
