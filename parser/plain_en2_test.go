package parser

import "testing"

// Plain English wordings from expats, students and staff of international
// associations: each must be read at its word, or sent to staff.

// "lactose-free", "dairy free", "meat-free": a food named free of is the
// diet, written with a hyphen or a space.
func TestFreeOfFood(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hi, I would like to register for workshop 2 and then 3. I'm lactose-free.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm=lactose_free"},
		{body: "Workshop 2 then 3. Lactose free food please.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm=lactose_free"},
		{body: "Workshop 2 then 3. I'm dairy-free.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm=lactose_free"},
		{body: "Workshop 2 then 3. Meat-free for me.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm=vegetarian"},
		{body: "Workshop 2 then 3. Pork-free food please.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm=no_pork"},
		{body: "Workshop 2 then 3. I'm gluten free.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm=gluten_free"},
		// turned round, it is no diet
		{body: "Workshop 2 then 3. Not lactose-free, I eat everything.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm="},
	})
}

// "No red meat", "I don't eat red meat": poultry and fish stay, so no tag
// of the closed set says it; it is "other", not vegetarian.
func TestRedMeatRefused(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 2 then 3. No red meat for me please.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm=other"},
		{body: "Workshop 2 then 3. I don't eat red meat.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm=other"},
		{body: "Workshop 2 then 3. I don't eat meat.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm=vegetarian"},
	})
}

// "Health would be my top pick", "with 1 as a backup": the plain English
// words for a first and a second choice.
func TestTopPickAndBackup(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hi, I'd like to come. Health would be my top pick.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/-"},
		{body: "Hi, I'd like to come. Neighbourhood would be my top pick, education as a backup.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:1/3"},
		{body: "Hi, my top choice is workshop 3, then 1.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:3/1"},
		{body: "Hi, count me in. Workshop 3 please, with 1 as a backup.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:3/1"},
		{body: "Hi, workshop 4 please, and 2 as a fallback.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:4/2"},
		// a backup that is no workshop leaves the 2nd open
		{body: "Hi, workshop 4 please. I'll bring a laptop as a backup.\n\nIda Holm", subject: "Registration", want: "Ida Holm:4/-"},
	})
}

// A short English mail made of plain words ("then", "need", "food") is
// English, not a language the reader does not know.
func TestShortPlainEnglish(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 2 then 3. I need lactose free food.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm=lactose_free"},
		{body: "Workshop 4 then 1. They need to know I eat halal food.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:4/1", diet: "Ida Holm=halal"},
		// German stays a language for staff
		{body: "Ich möchte mich für Workshop 2 anmelden, dann 3. Ich esse kein Fleisch.\n\nIda Holm", subject: "Anmeldung", notStatus: "complete"},
	})
}

// "Either 2 or 4 is fine with me", "Health or education, both are fine":
// two workshops joined by "or" that nobody got; asking her for a workshop
// would pass over them, so staff read it.
func TestOrUnread(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hi, I'd love to join. Either 2 or 4 is fine with me.\n\nIda Holm", subject: "Registration", status: "review"},
		{body: "Hi, I'd like to come. I'm fine with either 2 or 4.\n\nIda Holm", subject: "Registration", status: "review"},
		{body: "Hi, I'd like to come. Health or education, both are fine.\n\nIda Holm", subject: "Registration", status: "review"},
		{body: "Hi, I'd like to come. Health or education is fine.\n\nIda Holm", subject: "Registration", status: "review"},
		{body: "Hej, jeg vil gerne komme. Sundhed eller uddannelse er fint.\n\nIda Holm", status: "review"},
		// a count of hours names no workshop: ask her
		{body: "Hi, I'd like to register. I can stay 2 or 3 hours.\n\nIda Holm", subject: "Registration", status: "incomplete", missing: []string{"workshop"}},
		// read, it is read
		{body: "Hi, I'd like to come. Workshop 2 or 4 is fine.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/4"},
	})
}

// "My colleague Sarah Jones is away, so I'm registering her": the sender
// signs up someone by a pronoun; a reading with the sender alone, or with
// someone lacking a workshop, gave the choices to the wrong person.
func TestPronounSignUp(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hi, my colleague Sarah Jones is away. I'm registering her for workshop 2, then 3.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Hi, my colleague Sarah Jones is out of office. Could you register her for workshop 2, then 3?\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Hi, my colleague Sarah Jones is away, so I'm registering her: workshop 2, then 3.\n\nIda Holm", subject: "Registration", status: "review"},
		{body: "Hi, my mum Grete Holm doesn't use email, so I'm signing her up for workshop 2, then 3.\n\nIda Holm", subject: "Registration", status: "review"},
		{body: "Hej, min mor Grete bruger ikke mail, så jeg tilmelder hende workshop 2 og 3.\n\nIda Holm", status: "review"},
		// read whole, it stands
		{body: "Hi, I'm registering my colleague Sarah Jones: workshop 2, then 3.\n\nIda Holm", subject: "Registration", status: "complete", want: "Sarah Jones:2/3"},
		{body: "Hi, please register me for workshop 1 and my husband Lars for workshop 2. Please register him as vegetarian.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:1/-; Lars:2/-"},
	})
}

// "Please remove him. I still come.": the sender keeps her seat, so a
// withdrawal read as hers is for staff.
func TestStillComeSelf(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hi, my husband Lars is not coming after all, please remove him. I still come.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Hi, my husband Lars can't come after all, please remove him. I'll still be there.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
		// she withdraws herself and he stays: that is hers
		{body: "Hi, I can't come after all, please cancel my registration.\n\nIda Holm", subject: "Registration", status: "complete", intent: "cancel"},
	})
}

// "My husband can't come but I'd still like to attend, workshop 2 then 1",
// "sign up me + Jonas Berg, both for workshop 3": the workshops the sender
// gave were not read as hers; asking her for one would ask for what she
// gave, so staff read it.
func TestGivenUnread(t *testing.T) {
	runBlind(t, []blindCase{
		// (now read as hers: her clause stands apart from the husband's)
		{body: "Hi, my husband can't come but I'd still like to attend, workshop 2 then 1.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/1"},
		{body: "Hi, sign up me + Jonas Berg, both for workshop 3, backup 1.\n\nIda Holm", subject: "Registration", status: "review"},
		// one who has chosen and one who has not: ask her
		{body: "Hi, I'd like to come with my husband Lars Holm. He wants workshop 2. I'm not sure yet which one I want.\n\nIda Holm", subject: "Registration", status: "incomplete", missing: []string{"workshop"}},
		// a workshop she asks about is no choice
		{body: "Hi, I'd like to register. What is workshop 3 about?\n\nIda Holm", subject: "Registration", notStatus: "complete"},
	})
}

// "Count me in, same as Lars": the workshop is given by pointing at
// another's; asking the sender for one would ask for what she gave.
func TestSameAsUnread(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Count me in, same as Lars.\n\nIda Holm", subject: "Registration", status: "review"},
		{body: "Hi, please sign me up. Same workshops as my colleague Lars Pedersen.\n\nIda Holm", subject: "Registration", status: "review"},
		{body: "Count me in, same as Lars.\n\nOn Tue, 1 Sep 2020 at 11:02, Lars Pedersen <lars@example.dk> wrote:\n> Hi Ida, I signed up for workshop 1 then 4. Join me?", subject: "Re: Registration", status: "review"},
		{body: "Hej, tilmeld mig gerne, samme workshop som min nabo Grete.\n\nIda Holm", status: "review"},
		// her own choices stand
		{body: "Hi, please sign me up for workshop 2 then 3, same as Lars.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
	})
}

// "Registering me and my husband Lars Holm, both workshop 2 then 3": the
// sender signs herself up with the verb first, as "register me" does, and
// "both" gives the two of them the workshops.
func TestSignUpMeFirst(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hi, registering me and my husband Lars Holm, both workshop 2 then 3.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3; Lars Holm:2/3"},
		{body: "Hi, sign up me and my flatmate Jonas Berg, both for workshop 3, backup 1.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:3/1; Jonas Berg:3/1"},
		{body: "Hi, sign up me for workshop 4, backup 1.\n\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:4/1"},
		// two different wishes in one sentence stay for staff
		{body: "Hi, I'm registering me and my colleague Priya Sharma: I want 1 then 2, Priya wants 3 then 4.\n\nIda Holm", subject: "Registration", notStatus: "complete"},
	})
}
