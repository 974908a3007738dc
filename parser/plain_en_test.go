package parser

import "testing"

// Plain English wordings of a registration: each must be read at its word,
// or sent to staff.

// "My second choice is 3", "my next best would be 3": a priority word
// linked by a verb to a bare number gives that number its rank.
func TestRankIsNumber(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 2. My second choice is 3.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "I want workshop 2. My second choice would be 3.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Put me on workshop 2, my second choice would be 3.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "My first choice is 2. My second choice is 1.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/1"},
		{body: "Workshop 2 is my second choice, my first choice is 3.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:3/2"},
		{body: "Jeg vil gerne på workshop 2. Min anden prioritet er 3.\n\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Min første prioritet er 4, min anden prioritet er 1.\n\nIda Holm", status: "complete", want: "Ida Holm:4/1"},
		// a number of hours is no workshop
		{body: "Workshop 1. My second choice is 3 hours away.\n\nIda Holm", subject: "Registration", want: "Ida Holm:1/-"},
	})
}

// "as an alternative 1", "my next best would be 3" name the 2nd choice.
func TestAlternativeIsSecond(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 2 would be my preference; as an alternative 1.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/1"},
		{body: "Workshop 2, with 4 as an alternative.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/4"},
		{body: "Workshop 2 please. As an alternative, workshop 1.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/1"},
		{body: "Put me on workshop 2. My next best would be 3.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "I'd like workshop 4, and my next best is health.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:4/2"},
		// no alternative wanted leaves the 2nd open
		{body: "Workshop 3. I don't need an alternative.\n\nIda Holm", subject: "Registration", want: "Ida Holm:3/-"},
	})
}

// A question that asks the bot to register the sender and someone she
// names ("Could you register me and my husband Peter?") brings that
// person by name; "for both" gives the clause's choices to the two of them.
func TestAskedToRegisterNamed(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Could you register me and my husband Peter? We both want workshop 1, then 2.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:1/2; Peter:1/2"},
		{body: "Is it possible to sign up me and my neighbour Karen? Workshop 3 for both of us.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:3/-; Karen:3/-"},
		{body: "Kan I tilmelde mig og min mand Peter? Vi vil begge gerne på workshop 1, ellers 2.\n\nIda Holm", status: "complete", want: "Ida Holm:1/2; Peter:1/2"},
		{body: "Could you please register me and my wife Sara? Workshop 2 for both, otherwise 4.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/4; Sara:2/4"},
		{body: "Register me and my son Ali. Workshop 3 for both.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:3/-; Ali:3/-"},
		// one person wanting two workshops at once is for staff
		{body: "Sign me up for both workshop 2 and 3.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		// asking whether he is registered brings no one
		{body: "Is my husband Peter registered? I want workshop 2.\n\nIda Holm", subject: "Registration", want: "Ida Holm:2/-"},
	})
}

// "Also happy with 1", "4 is okay too", "I wouldn't mind jobs either": a
// further workshop that would do as well is a 2nd choice the reader cannot
// place; staff read it.
func TestAlsoFineWorkshop(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 3 please. Also happy with 1.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Workshop 3 please. I'd also be happy with 1.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Workshop 2. I wouldn't mind 4 either.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Workshop 2 ideally. 4 is okay too.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Workshop 3 please. Also happy with health.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Workshop 2 ideally. Jobs is okay too.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		// read where the words say so; a time or a meal is no workshop
		{body: "Workshop 3 please, but 1 is also fine.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:3/1"},
		{body: "Workshop 3 please. Dinner at 6 is fine too.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:3/-"},
		{body: "Workshop 3 please. Vegetarian food would also be fine.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:3/-", diet: "Ida Holm=vegetarian"},
	})
}

// A diet in a sentence about the sender's own people, when she comes
// alone, may be theirs ("My husband is vegetarian, I eat everything"):
// staff read it. Named and coming, it is his.
func TestDietOfKin(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 2, then 1. My husband is vegetarian.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Workshop 2, then 1. My husband is vegetarian, I eat everything.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Workshop 2, then 1. I eat everything but my husband is vegetarian.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Workshop 2 og 1. Min mand er vegetar, men jeg spiser alt.\n\nIda Holm", notStatus: "complete"},
		{body: "Workshop 2, then 1. I'm vegetarian.\n\nIda Holm", subject: "Registration", status: "complete", diet: "Ida Holm=vegetarian"},
		{body: "Me and my husband Tom, workshop 2 then 1. My husband is vegetarian.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/1; Tom:2/1", diet: "Ida Holm="},
	})
}

// "I signed up for workshop 1. Please move me to workshop 3 instead.": the
// workshop of before, named in a sentence of its own, is no choice now;
// the one she signed up for alone was her choice, and the new one takes
// its place (kinds53 A).
func TestMovedAwayFromOld(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "I signed up last week for workshop 1. Please swap me to workshop 3 instead.\n\nIda Holm", subject: "Change", notStatus: "complete"},
		{body: "I signed up for workshop 1. Please move me to workshop 3 instead.\n\nIda Holm", subject: "Change", intent: "update", status: "complete", want: "Ida Holm:3/-"},
		{body: "I'm registered for workshop 1. Can you move me to workshop 3?\n\nIda Holm", subject: "Change", intent: "update", status: "complete", want: "Ida Holm:3/-"},
		{body: "Jeg har tilmeldt mig workshop 1. Kan I flytte mig til workshop 3 i stedet?\n\nIda Holm", intent: "update", status: "complete", want: "Ida Holm:3/-"},
		// the old one kept and a 2nd added
		{body: "I signed up for workshop 1. I'd also like 3 as my second choice.\n\nIda Holm", subject: "Change", want: "Ida Holm:1/3"},
	})
}

// "Is there still room in workshop 3? If so, please sign me up.": the
// workshop is named in a question, on a condition staff answer; the bot
// must not ask her which workshop she wants.
func TestAskedAboutWorkshop(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Is there still room in workshop 3? If so, please sign me up.\n\nIda Holm", subject: "Registration", status: "review"},
		{body: "Are there still seats in the health workshop? I'd love to join.\n\nIda Holm", subject: "Registration", status: "review"},
		{body: "Er der stadig plads på workshop 2? Så vil jeg gerne tilmelde mig.\n\nIda Holm", status: "review"},
		// a count in a question names no workshop
		{body: "Is there room for 2 more? Please sign me up.\n\nIda Holm", subject: "Registration", status: "incomplete", missing: []string{"workshop"}},
		{body: "Please register me. I don't know which workshop yet.\n\nIda Holm", subject: "Registration", status: "incomplete", missing: []string{"workshop"}},
	})
}

// A title before a surname ("Dr. Hansen", "Mr. Olsen", "fru Hansen") is
// read by staff: its full stop may cut the sentence, the title pass for a
// first name, the choices go to the sender.
func TestHonorificName(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Please sign up Dr. Hansen for workshop 3.\n\nIda Holm", subject: "Registration", status: "review"},
		{body: "I register for my neighbour Mr. Olsen, he is 82 and has no email. Workshop 1, otherwise 2.\n\nIda Holm", subject: "Registration", status: "review"},
		{body: "I register for my neighbour Mrs Olsen. Workshop 1, otherwise 2.\n\nIda Holm", subject: "Registration", status: "review"},
		{body: "Workshop 3 for mig og workshop 2 for fru Hansen.\n\nIda Holm", status: "review"},
		// a title not before a name
		{body: "Workshop 3, otherwise 2. I'm a dr. at the local clinic.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:3/2"},
	})
}

// "Me and wife coming", written without "my", brings the wife: a reading
// with the sender alone lost her.
func TestBareKin(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Me and wife coming. Both workshop 1. Wife name Fatma.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "I and husband want come, workshop 2 and 3.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Jeg og mand kommer. Workshop 2.\n\nIda Holm", notStatus: "complete"},
		{body: "Workshop 2 and 3. I'm coming alone; my husband stays home.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
	})
}

// "I'm coming alone, my husband is looking after the kids": the relative
// spoken of in the same clause stays home.
func TestComesAlone(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 2 and 3. I'm coming alone, my husband is looking after the kids.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Workshop 2 og 3. Jeg kommer alene, min mand passer børnene.\n\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		// not alone: he comes
		{body: "Workshop 2 and 3. I'm not coming alone, my husband Tom comes too.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
	})
}

// "Workshop 2 and 3 for me and my husband Tom" gives the workshops to
// both: a reading that leaves one without asks her for what she said.
func TestForMeAnd(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 2 and 3 for me and my husband Tom.\n\nIda Holm", subject: "Registration", status: "review"},
		{body: "Workshop 2 og 3 til mig og min mand Tom.\n\nIda Holm", status: "review"},
		{body: "Workshop 2 for me and workshop 3 for my husband Tom.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/-; Tom:3/-"},
	})
}

// "Sorry, I meant 4!", "actually no, make that 3": the sender takes back
// a workshop she wrote; staff read which stands.
func TestSelfCorrection(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 2 — actually no, make that 3.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Workshop 2 please. Sorry, I meant 4!\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Workshop 2 og 1. Undskyld, jeg mente 4 og 1.\n\nIda Holm", notStatus: "complete"},
		// no workshop after it: nothing taken back
		{body: "Workshop 2, then 1. I meant to write last week, sorry.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/1"},
		{body: "Workshop 2, then 1. I mean, it all sounds interesting.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/1"},
	})
}

// "We're 2", "We're 3: me, Ali and Sara" count and list as "we are" does.
func TestWereCounts(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "We're 2 from department 4. Workshop 1, then 3.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "We’re 3: me, Ali and Sara. Workshop 1, then 3.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:1/3; Ali:1/3; Sara:1/3"},
		{body: "We're 3: me, Ali and Sara. Workshop 1, then 3.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:1/3; Ali:1/3; Sara:1/3"},
	})
}
