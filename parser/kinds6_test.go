package parser

import (
	"strings"
	"testing"

	"tilmeld"
)

// The kinds of mail a sixth blind set showed the reader wrong on, each in
// several wordings of our own, through Parse with the gate.

// 1. Several people listed, then choices per subgroup: "Jens og jeg" is
// that person and the sender, found by her signed first name; "vil gerne
// have 1 og 2" chooses; an age ("på 17") is no workshop; "Familien Holm"
// is nobody's name.
func TestSubgroupChoices(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nVi er tre: Jens Holm, Lise Holm og vores søn Mikkel Holm på 17. Jens og jeg vil gerne have 1 og 2. Mikkel vil helst sundhed og ellers uddannelse.\nMvh Lise",
			from: "Familien Holm", status: "complete", want: "Lise Holm:1/2; Jens Holm:1/2; Mikkel Holm:2/3"},
		{body: "Hej\nVi kommer tre: Jens Holm, Lise Holm og vores datter Sofie Holm på 15 år. Jens og jeg vil gerne have 3 og 4. Sofie vil helst have 2, ellers 1.\nMvh\nLise",
			from: "Familien Holm", status: "complete", want: "Lise Holm:3/4; Jens Holm:3/4; Sofie Holm:2/1"},
		{body: "Hej\nVi er tre: Ole Berg, Grete Berg og Mads Berg på 16. Mads og jeg vil gerne i workshop 4, ellers 1. Ole vil helst workshop 2 og ellers 3.\nKærlig hilsen Grete",
			from: "Familien Berg", status: "complete", want: "Grete Berg:4/1; Ole Berg:2/3; Mads Berg:4/1"},
		{body: "Hi\nThere are three of us: Jens Holm, Lise Holm and our son Mikkel Holm, 17. Jens and I would like 1 and 2. Mikkel would prefer health, otherwise education.\nBest regards\nLise",
			from: "Familien Holm", subject: "Registration", status: "complete", want: "Lise Holm:1/2; Jens Holm:1/2; Mikkel Holm:2/3"},
		{body: "Hej\nVi bliver tre: Jens Holm, Lise Holm og Mikkel Holm (17 år).\nJens og jeg: workshop 1 og 2.\nMikkel: helst sundhed, ellers uddannelse.\nMvh Lise",
			from: "Familien Holm", status: "complete", want: "Jens Holm:1/2; Lise Holm:1/2; Mikkel Holm:2/3"},
		{body: "Hej\nVi er tre: Jens Holm, Lise Holm og vores søn Mikkel Holm på 17. Jeg og Jens vil gerne have 1 og 2, og Mikkel vil helst sundhed og ellers uddannelse.\nMvh Lise",
			from: "Familien Holm", status: "complete", want: "Lise Holm:1/2; Jens Holm:1/2; Mikkel Holm:2/3"},
		// a son of 3 is no workshop 3
		{body: "Hej\nVi er tre: Jens Holm, Lise Holm og vores søn Mikkel Holm på 3. Jens og jeg vil gerne have 1 og 2. Mikkel vil helst 4.\nMvh Lise",
			from: "Familien Holm", status: "complete", want: "Lise Holm:1/2; Jens Holm:1/2; Mikkel Holm:4/-"},
		// signed by the family: nobody is the sender
		{body: "Hej\nVi er tre: Jens Holm, Lise Holm og vores søn Mikkel Holm på 17. Jens og jeg vil gerne have 1 og 2. Mikkel vil helst sundhed og ellers uddannelse.\nMvh Familien Holm",
			from: "Familien Holm", notStatus: "complete"},
		{body: "Hej\nJeg vil gerne tilmelde mig og Per Holm. Jeg vil i workshop 1, Per i workshop 3.\nMvh Ida", status: "complete", want: "Ida Holm:1/-; Per Holm:3/-"},
		{body: "Hej\nJeg vil gerne have 3 og 1.\nMvh Lise Holm", from: "Lise Holm", status: "complete", want: "Lise Holm:3/1"},
		// "have" before a count of things is no choice
		{body: "Hej\nJeg vil gerne have 2 billetter til mødet.\nMvh Lise Holm", from: "Lise Holm", notStatus: "complete"},
	})
}

// 2. Leaving the choice to the organisers ("I må bare sætte mig der, hvor
// der er bedst plads", "put me wherever there is room"): staff place them.
func TestLeftToOrganisers(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage. I må bare sætte mig der, hvor der er bedst plads.\nMvh Ida Holm",
			status: "review", intent: tilmeld.IntentRegister},
		{body: "Jeg vil gerne tilmelde mig. I bestemmer hvilken workshop.\nIda Holm", status: "review", intent: tilmeld.IntentRegister},
		{body: "Jeg kommer gerne. Det er lige meget hvilken workshop.\nIda Holm", status: "review", intent: tilmeld.IntentRegister},
		{body: "Hej. Jeg vil gerne være med til netværksmødet, men det er lige meget hvilken workshop jeg kommer på. Det må I bestemme.\nHilsen Ida",
			status: "review", intent: tilmeld.IntentRegister},
		{body: "I would like to sign up. Put me wherever there is room.\nAnn Fox", from: "Ann Fox", subject: "Registration",
			status: "review", intent: tilmeld.IntentRegister},
		{body: "Hi, I'd like to attend the meeting. I don't have a preference, so put me wherever there is space.\nAnn", from: "Ann Fox",
			subject: "Registration", status: "review", intent: tilmeld.IntentRegister},
		{body: "Hello, please count me in for the network meeting. It doesn't matter which workshop, you can put me where you need people.\nBest, Ann Fox",
			from: "Ann Fox", subject: "Registration", status: "review", intent: tilmeld.IntentRegister},
		{body: "Hej. Jeg vil gerne deltage i netværksmødet. Sæt mig bare på en workshop, hvor der er plads.\nIda Holm", status: "review", intent: tilmeld.IntentRegister},
		{body: "Hej. Jeg kommer gerne. Alle workshops er fine, så I må selv fordele mig.\nIda Holm", status: "review", intent: tilmeld.IntentRegister},
		{body: "Hej. Jeg vil gerne tilmelde mig. Jeg er åben for alle workshops.\nIda Holm", status: "review", intent: tilmeld.IntentRegister},
		{body: "Hi, I'd like to come to the meeting. I'm happy with any workshop, just put me where you need people.\nAnn Fox", from: "Ann Fox",
			subject: "Registration", status: "review", intent: tilmeld.IntentRegister},
		{body: "Hi, please sign me up. Any of the workshops is fine with me.\nAnn Fox", from: "Ann Fox", subject: "Registration",
			status: "review", intent: tilmeld.IntentRegister},
		// "I'd like to" signs up as "I would like to" does
		{body: "Hi, I'd like to come to the meeting.\nAnn Fox", from: "Ann Fox", subject: "Registration", status: "incomplete",
			intent: tilmeld.IntentRegister, missing: []string{"workshop"}},
		// a place named is no choice left to staff
		{body: "Hej. Sæt mig på workshop 2, ellers 3.\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hej. Jeg vil gerne i workshop 2, ellers 3. I må gerne sende mig en bekræftelse.\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		// a first choice, and no wish beyond it, is complete
		{body: "Hej, jeg vil gerne i workshop 2, ellers er det lige meget hvilken.\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
	})
}

// receiptQuoted is the bot's receipt as a mail client quotes it under a
// reply: Ida Holm with 1 and 3, and, in receiptTwo, Per Holm with 2 and 4.
const receiptQuoted = "Den 12. sep. 2020 kl. 10.02 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n" +
	"> Hej Ida,\n>\n> Tak for din tilmelding til Aktive boligområder i Albertslund efter 2020, tirsdag den 29. september 2020 kl. 16.30-19.30.\n>\n" +
	"> Vi har forstået din tilmelding sådan:\n>\n" +
	"> Ida Holm\n>   1. prioritet: Naboskab, netværk & tryghed (nr. 1)\n>   2. prioritet: Uddannelse & livschancer (nr. 3)\n>   Kost: ingen særlige hensyn\n" +
	">\n> Kontakt: sender@example.dk\n>\n> Er noget forkert, eller vil du ændre eller afmelde? Så svar blot på denne mail og skriv hvad.\n>\n" +
	"> Venlig hilsen\n> Albertslund Boligsociale Center\n"

var receiptTwo = strings.Replace(receiptQuoted, ">   Kost: ingen særlige hensyn\n",
	">   Kost: ingen særlige hensyn\n> Per Holm\n>   1. prioritet: Sundhed & trivsel (nr. 2)\n>   2. prioritet: Beskæftigelse & opkvalificering (nr. 4)\n>   Kost: ingen særlige hensyn\n", 1)

const receiptEnglish = "On 12 Sep 2020, at 10:02, Albertslund Boligsociale Center <abc@bo-vest.dk> wrote:\n" +
	"> Dear Ann,\n>\n> Thank you for registering for Aktive boligområder i Albertslund efter 2020.\n>\n> This is how we understood your registration:\n>\n" +
	"> Ann Fox\n>   1st choice: Naboskab, netværk & tryghed (no. 1)\n>   2nd choice: Uddannelse & livschancer (no. 3)\n>   Diet: no special needs\n"

// 3. A reply to the receipt that changes one priority by name: the one
// after "i stedet for" / "instead of" is the old choice; "resten ... som
// det er" leaves the rest; "Kan jeg skifte ...?" asks for the change.
func TestChangeOneByName(t *testing.T) {
	const subj = "Re: Tilmelding: Aktive boligområder i Albertslund efter 2020"
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne skifte min 1. prioritet til Sundhed & trivsel i stedet for Naboskab, netværk & tryghed. Resten må gerne blive som det er.\nMvh Ida\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:2/-", intent: tilmeld.IntentUpdate, diet: "Ida Holm="},
		{body: "Hej igen\nKan jeg skifte min 1. prioritet til Beskæftigelse & opkvalificering i stedet for Naboskab? Resten må gerne være som det er.\nHilsen Ida\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:4/-", intent: tilmeld.IntentUpdate},
		{body: "Hej\nJeg vil hellere have Sundhed & trivsel som 1. prioritet i stedet for Naboskab, netværk & tryghed. Resten er uændret.\nVh Ida\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:2/-", intent: tilmeld.IntentUpdate},
		{body: "Hej\nMin 2. prioritet skal være Sundhed & trivsel i stedet for Uddannelse & livschancer. Ellers er alt som før.\nMvh Ida\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:-/2", intent: tilmeld.IntentUpdate},
		{body: "Hi\nI would like to change my first choice to Sundhed & trivsel instead of Naboskab, netværk & tryghed. The rest can stay as it is.\nBest, Ida\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:2/-", intent: tilmeld.IntentUpdate},
		// a display name written as an address is the name it spells
		{body: "Hej\nJeg vil gerne skifte min 1. prioritet til Sundhed & trivsel i stedet for Naboskab, netværk & tryghed. Resten må gerne blive som det er.\nMvh Ida\n\n" + receiptQuoted,
			from: "ida.holm", subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:2/-", intent: tilmeld.IntentUpdate},
		// a question besides the change is for staff: the bot makes the
		// change, the question flag sends the parking to staff, as when it
		// stands in a sentence of its own (plain_questions_test.go)
		{body: "Hej igen\nKan jeg skifte min 1. prioritet til Beskæftigelse & opkvalificering i stedet for Naboskab, og er der parkering?\nHilsen Ida\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:4/-", intent: tilmeld.IntentUpdate},
		// asking to come to a workshop asks for a seat there, which the bot
		// gives: a registration, no question (seatRequest)
		{body: "Hej. Kan jeg komme på workshop 3?\nIda Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:3/-"},
		// "må jeg" asks leave
		{body: "Hej igen\nMå jeg skifte min 1. prioritet til Beskæftigelse & opkvalificering?\nHilsen Ida\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, notStatus: "complete"},
	})
}

// 6. Swapping priorities: "<name> bliver min 1. prioritet og <name> min
// 2." ranks by the words after each name; "bytte om" with no names swaps
// what the quoted receipt says, and without a receipt staff must look;
// "Kan I ændre det?" is a request.
func TestSwapPriorities(t *testing.T) {
	const subj = "Re: Tilmelding: Aktive boligområder i Albertslund efter 2020"
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne bytte om på mine prioriteter, så Sundhed & trivsel bliver min 1. prioritet og Naboskab min 2. Kan I ændre det?\nMvh Ida",
			subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:2/1", intent: tilmeld.IntentUpdate},
		// "min 2." is a rank whichever workshops are named
		{body: "Hej\nJeg vil gerne bytte om på mine prioriteter, så Uddannelse bliver min 1. prioritet og Naboskab min 2.\nMvh Ida",
			subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:3/1", intent: tilmeld.IntentUpdate},
		{body: "Hej\nJeg vil gerne bytte om på mine prioriteter, så workshop 3 bliver min 1. prioritet og workshop 1 min 2. Kan I ændre det?\nMvh Ida",
			subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:3/1", intent: tilmeld.IntentUpdate},
		{body: "Hej\nJeg vil gerne bytte om, så Naboskab bliver min 2. prioritet og Sundhed & trivsel min 1. Kan I ændre det?\nMvh Ida",
			subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:2/1", intent: tilmeld.IntentUpdate},
		{body: "Hej\nJeg vil gerne bytte om på mine prioriteter, så Uddannelse bliver min 1. prioritet og Sundhed & trivsel min 2. prioritet. Kan I ændre det?\nMvh Ida",
			subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:3/2", intent: tilmeld.IntentUpdate},
		{body: "Hi\nI would like to swap my priorities, so that Sundhed & trivsel becomes my 1st priority and Naboskab my 2nd. Can you change that?\nBest, Ann",
			from: "Ann Fox", subject: subj, headers: replyHeaders, status: "complete", want: "Ann Fox:2/1", intent: tilmeld.IntentUpdate},
		{body: "Hej\nJeg vil gerne bytte om på mine prioriteter. Kan I ændre det?\nMvh Ida\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:3/1", intent: tilmeld.IntentUpdate},
		{body: "Hej\nKan I bytte rundt på mine to prioriteter?\nVh Per\n\n" + receiptTwo,
			from: "Per Holm", subject: subj, headers: replyHeaders, status: "complete", want: "Per Holm:4/2", intent: tilmeld.IntentUpdate},
		{body: "Hi\nCould you swap my priorities around, please?\nAnn\n\n" + receiptEnglish,
			from: "Ann Fox", subject: "Re: Registration", headers: replyHeaders, status: "complete", want: "Ann Fox:3/1", intent: tilmeld.IntentUpdate},
		{body: "Hej\nKan I bytte om på min 1. og 2. prioritet?\nMvh Ida\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:3/1", intent: tilmeld.IntentUpdate},
		{body: "Hej\nJeg vil gerne bytte rundt på min første og anden prioritet.\nMvh Ida\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:3/1", intent: tilmeld.IntentUpdate},
		{body: "Hi\nCould you swap my first and second choice?\nThanks, Ida\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:3/1", intent: tilmeld.IntentUpdate},
		// one named: the other takes the place it leaves
		{body: "Hej\nKan I bytte om på mine to workshops, så jeg får Uddannelse først?\nMvh Ida\n\n" + receiptQuoted,
			subject: subj, headers: replyHeaders, status: "complete", want: "Ida Holm:3/1", intent: tilmeld.IntentUpdate},
		{body: "Hej\nKan I bytte om på mine to workshops, så jeg får Uddannelse først?\nMvh Ida", subject: subj, headers: replyHeaders,
			status: "review", intent: tilmeld.IntentUpdate},
		// without the receipt the old ones are unknown
		{body: "Hi\nCould you swap my first and second choice?\nThanks, Ida", subject: subj, headers: replyHeaders,
			status: "review", intent: tilmeld.IntentUpdate},
		{body: "Hej\nJeg vil gerne bytte om på mine prioriteter. Kan I ændre det?\nMvh Ida", subject: subj, headers: replyHeaders,
			status: "review", intent: tilmeld.IntentUpdate},
		// someone else's block in the receipt is not hers
		{body: "Hej\nJeg vil gerne bytte om på mine prioriteter.\nMvh Eva Lund\n\n" + receiptQuoted, from: "Eva Lund", subject: subj,
			headers: replyHeaders, notStatus: "complete"},
		// "nr. 2" after a name may be that workshop's number: staff read it
		{body: "Hej\nKan I bytte om på mine prioriteter? Så Beskæftigelse bliver nr. 1 og Naboskab nr. 2.\nMvh Ida", subject: subj,
			headers: replyHeaders, notStatus: "complete"},
	})
}

// allDiets renders every attendee's diet: "Ida Holm=halal; Bo Holm=halal".
func allDiets(r *Result) string {
	var out []string
	for _, a := range r.Attendees {
		var ds []string
		for _, d := range a.Diet {
			ds = append(ds, string(d))
		}
		out = append(out, a.Name+"="+strings.Join(ds, ","))
	}
	return strings.Join(out, "; ")
}

// 4. A group's shared diet ("Ingen af os spiser svinekød", "none of us eat
// pork") is every attendee's; "mig selv (Tran Van Minh) og Pham Thi Hoa"
// lists two, the sender first; asking to bring the children is a question,
// their ages no workshops, and the registration itself can be complete.
func TestGroupDiet(t *testing.T) {
	cases := []struct {
		from, body, want, diets string
		question                bool
	}{
		{"Tran Van Minh", "Hej\nJeg vil gerne tilmelde mig selv (Tran Van Minh) og Pham Thi Hoa til workshop 2 og 4. Ingen af os spiser svinekød. Må vi tage vores børn på 6 og 9 år med?\nMvh Minh",
			"Tran Van Minh:2/4; Pham Thi Hoa:2/4", "Tran Van Minh=no_pork; Pham Thi Hoa=no_pork", true},
		{"", "Hej\nJeg vil gerne tilmelde mig selv (Tran Van Minh) og min kone Pham Thi Hoa til workshop 3 og 1. Ingen af os spiser svinekød.\nVenlig hilsen\nTran Van Minh",
			"Tran Van Minh:3/1; Pham Thi Hoa:3/1", "Tran Van Minh=no_pork; Pham Thi Hoa=no_pork", false},
		{"Minh Tran", "Hej\nJeg vil gerne tilmelde mig og min kone Pham Thi Hoa til workshop 4, ellers 2.\nMvh Minh Tran",
			"Minh Tran:4/2; Pham Thi Hoa:4/2", "Minh Tran=; Pham Thi Hoa=", false},
		{"Tran Van Minh", "Hej\nVi er to: mig selv (Tran Van Minh) og Pham Thi Hoa. Vi vil gerne i workshop 2 og 4. Vi spiser begge halal.\nMvh Minh",
			"Tran Van Minh:2/4; Pham Thi Hoa:2/4", "Tran Van Minh=halal; Pham Thi Hoa=halal", false},
		{"Lan Tran", "Hej\nJeg vil gerne tilmelde Pham Thi Hoa og mig til workshop 3, ellers 1. Ingen af os spiser kød.\nMvh Lan Tran",
			"Lan Tran:3/1; Pham Thi Hoa:3/1", "Lan Tran=vegetarian; Pham Thi Hoa=vegetarian", false},
		{"Ida Holm", "Hej\nVi er to, Ida Holm og Bo Holm. Vi vil gerne i workshop 1 og 3. Må vi tage vores børn på 3 og 4 år med?\nMvh Ida",
			"Ida Holm:1/3; Bo Holm:1/3", "Ida Holm=; Bo Holm=", true},
		{"Ann Fox", "Hi\nMy husband Tom Fox and I would like to attend, workshop 2 and then 1. None of us eat pork.\nAnn Fox",
			"Ann Fox:2/1; Tom Fox:2/1", "Ann Fox=no_pork; Tom Fox=no_pork", false},
		{"Ann Fox", "Hi\nPlease sign up myself (Ann Fox) and Tom Fox for workshop 4, otherwise 2. Neither of us eats pork. Can we bring our kids aged 5 and 8?\nAnn",
			"Ann Fox:4/2; Tom Fox:4/2", "Ann Fox=no_pork; Tom Fox=no_pork", true},
	}
	for _, c := range cases {
		r := parseMail(c.from, "Tilmelding", "", c.body)
		if r.Status != tilmeld.StatusComplete || choices(r) != c.want || allDiets(r) != c.diets || r.Question != c.question {
			t.Errorf("%q: got %s %s diets %s question=%v, want complete %s diets %s question=%v (%v)", c.body, r.Status, choices(r),
				allDiets(r), r.Question, c.want, c.diets, c.question, r.Reasons)
		}
	}
	// "ingen af os" before no food word is no diet, and stays the group's
	r := parseMail("Ida Holm", "Tilmelding", "", "Hej\nVi er to, Ida Holm og Bo Holm, workshop 2 og 1. Ingen af os har særlige behov.\nMvh Ida")
	if choices(r) != "Ida Holm:2/1; Bo Holm:2/1" || allDiets(r) != "Ida Holm=; Bo Holm=" {
		t.Errorf("got %s %s diets %s (%v)", r.Status, choices(r), allDiets(r), r.Reasons)
	}
}

// ownEarlier is the sender's own registration, quoted under her reply.
const ownEarlier = "Den 5. sep. 2020 kl. 19.40 skrev Ida Holm <sender@example.dk>:\n> Hej\n> Vi vil gerne tilmelde os, Ida Holm og Per Holm, til workshop 1 og 3.\n> Mvh Ida\n"

// ownEarlierOutlook is that mail as Outlook quotes it, under its rule.
const ownEarlierOutlook = "________________________________\nFra: Ida Holm <sender@example.dk>\nSendt: 5. september 2020 19:40\n" +
	"Til: abc@bo-vest.dk\nEmne: Tilmelding\n\nHej\nVi vil gerne tilmelde os, Ida Holm og Per Holm, til workshop 1 og 3.\nMvh Ida\n"

// 5. A cancellation for the sender and one more ("både jeg og Per", "vi
// melder begge afbud") in a reply whose quote holds the full names: both
// are withdrawn, named from the quote; a name the thread does not hold, or
// a "begge" the quote cannot settle, is for staff.
func TestCancelBothFromThread(t *testing.T) {
	const subj = "Re: Tilmelding"
	both := "Ida Holm:-/-; Per Holm:-/-"
	runBlind(t, []blindCase{
		{body: "Hej\nBåde jeg og Per må desværre melde afbud.\nMvh Ida\n\n" + receiptTwo, subject: subj, headers: replyHeaders,
			status: "complete", want: both, intent: tilmeld.IntentCancel},
		{body: "Hej\nVi melder begge afbud. Beklager.\nMvh Ida\n\n" + receiptTwo, subject: subj, headers: replyHeaders,
			status: "complete", want: both, intent: tilmeld.IntentCancel},
		{body: "Hej\nVi melder begge afbud. Beklager.\nMvh Ida\n\n" + ownEarlier, subject: subj, headers: replyHeaders,
			status: "complete", want: both, intent: tilmeld.IntentCancel},
		{body: "Hej\nDesværre kan både jeg og Per ikke komme alligevel.\nMvh Ida\n\n" + ownEarlier, subject: subj, headers: replyHeaders,
			status: "complete", want: both, intent: tilmeld.IntentCancel},
		{body: "Hej\nPer og jeg må desværre melde fra.\nMvh Ida\n\n" + receiptTwo, subject: subj, headers: replyHeaders,
			status: "complete", want: both, intent: tilmeld.IntentCancel},
		{body: "Hi\nUnfortunately both Per and I have to cancel.\nIda\n\n" + ownEarlier, subject: subj, headers: replyHeaders,
			status: "complete", want: both, intent: tilmeld.IntentCancel},
		{body: "Hej\nDesværre må vi begge to melde fra.\nMvh Ida\n\n" + ownEarlier, subject: subj, headers: replyHeaders,
			status: "complete", want: both, intent: tilmeld.IntentCancel},
		{body: "Hej\nVi kan desværre ingen af os komme alligevel.\nMvh Ida\n\n" + receiptTwo, subject: subj, headers: replyHeaders,
			status: "complete", want: both, intent: tilmeld.IntentCancel},
		{body: "Hi\nWe both have to cancel, sorry.\nIda\n\n" + receiptTwo, subject: subj, headers: replyHeaders,
			status: "complete", want: both, intent: tilmeld.IntentCancel},
		// the one named after the verb is the one withdrawn; "vi" later is no subject
		{body: "Hej\nVi må desværre afmelde min mand Per Holm. Jeg kommer stadig.\nMvh Ida\n\n" + receiptTwo, subject: subj, headers: replyHeaders,
			status: "complete", want: "Per Holm:-/-", intent: tilmeld.IntentCancel},
		{body: "Hej\nJeg kan desværre ikke komme, da vi skal på ferie.\nMvh Ida\n\n" + receiptTwo, subject: subj, headers: replyHeaders,
			status: "complete", want: "Ida Holm:-/-", intent: tilmeld.IntentCancel},
		{body: "Hej\nVi melder begge afbud.\nMvh Ida\n\n" + ownEarlierOutlook, subject: "SV: Tilmelding", headers: replyHeaders,
			status: "complete", want: both, intent: tilmeld.IntentCancel},
		// "Both" opening the sentence is no part of Tom's name
		{body: "Hi\nBoth Tom and I have to cancel unfortunately.\nAnn\n\n" + strings.ReplaceAll(strings.ReplaceAll(receiptTwo, "Ida Holm", "Ann Fox"), "Per Holm", "Tom Fox"),
			from: "Ann Fox", subject: subj, headers: replyHeaders, status: "complete", want: "Ann Fox:-/-; Tom Fox:-/-", intent: tilmeld.IntentCancel},
		{body: "Hi\nBoth Tom and I have to cancel unfortunately.\nAnn", from: "Ann Fox", subject: subj, headers: replyHeaders,
			status: "review", intent: tilmeld.IntentCancel},
		// nobody to name them by
		{body: "Hej\nVi melder begge afbud.\nMvh Ida", subject: subj, headers: replyHeaders, status: "review", intent: tilmeld.IntentCancel},
		// Bo is in neither the mail nor its thread
		{body: "Hej\nBåde jeg og Bo må melde afbud.\nMvh Ida\n\n" + receiptTwo, subject: subj, headers: replyHeaders,
			status: "review", intent: tilmeld.IntentCancel},
		// "begge" where the receipt holds three
		{body: "Hej\nVi melder begge afbud.\nMvh Ida\n\n" + strings.Replace(receiptTwo, "> Per Holm\n", "> Bo Holm\n>   1. prioritet: Sundhed & trivsel (nr. 2)\n> Per Holm\n", 1),
			subject: subj, headers: replyHeaders, status: "review", intent: tilmeld.IntentCancel},
	})
}

// forwardOf is a staff member's forward of a resident's mail that ends
// with the line ask.
func forwardOf(ask string) string {
	return "Hej, her er en tilmelding fra en beboer.\n\n---------- Videresendt besked ----------\nFra: Amina Yusuf <amina@example.com>\n" +
		"Dato: 10. sep. 2020\nEmne: tilmelding\nTil: Lene Vang <lene@example.dk>\n\nHej Lene\nJeg vil gerne deltage i workshop 2 og ellers 1. " +
		ask + "\nMvh Amina Yusuf\n"
}

// 7. Inside a forwarded mail, asking the one who forwards it to pass it on
// ("Kan du give det her videre?") asks nothing of the organisers.
func TestForwardRelayRequest(t *testing.T) {
	for _, c := range []struct {
		ask      string
		question bool
	}{
		{"Kan du give det her videre?", false},
		{"Vil du sende det til dem?", false},
		{"Kan du sende det videre til ABC?", false},
		{"Gider du give den videre til de rette?", false},
		{"Vil du ikke nok melde det videre?", false},
		{"Kan du hjælpe mig med at tilmelde mig?", false},
		{"Vil du sørge for at jeg bliver tilmeldt?", false},
		{"Kan du spørge om der er parkering?", true},
		{"Er der parkering?", true},
		{"Kan du give det her videre? Og må jeg tage min søn med?", true},
	} {
		r := parseMail("Lene Vang", "VS: tilmelding", "", forwardOf(c.ask))
		if r.Question != c.question || choices(r) != "Amina Yusuf:2/1" || !c.question && r.Status != tilmeld.StatusComplete {
			t.Errorf("%q: got %s %s question=%v, want question=%v (%v)", c.ask, r.Status, choices(r), r.Question, c.question, r.Reasons)
		}
	}
	r := parseMail("Lene Vang", "Fwd: meeting", "", "Hi, forwarding a registration from one of our residents.\n\n---------- Forwarded message ---------\n"+
		"From: Sam Lee <sam@example.com>\nDate: Thu, 10 Sep 2020\nSubject: meeting\nTo: Lene Vang <lene@example.dk>\n\n"+
		"Hi Lene\nI would like to join workshop 3, otherwise 4. Could you pass this on to them? Can you help me sign up?\nThanks, Sam Lee\n")
	if r.Question || r.Status != tilmeld.StatusComplete || choices(r) != "Sam Lee:3/4" {
		t.Errorf("got %s %s question=%v (%v)", r.Status, choices(r), r.Question, r.Reasons)
	}
}

// 8. Several numbers on one signature line: each is judged by its own part
// of the line, so the direct line or mobile is the contact phone and the
// switchboard or fax never is.
func TestPhonesOnOneLine(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Direkte tlf. 43 68 75 02 · Hovednummer 43 68 68 68", "+4543687502"},
		{"Hovednummer 43 68 68 68 · Direkte 43 68 75 02", "+4543687502"},
		{"Dir. 32 34 56 78 | Omstilling 87 65 43 21", "+4532345678"},
		{"Omstilling: 87 65 43 21, direkte: 32 34 56 78", "+4532345678"},
		{"Mobil 22 33 44 55 / Fax 43 21 43 21", "+4522334455"},
		{"Direct 43 68 75 02 | Switchboard 43 68 68 68", "+4543687502"},
		{"Mobil: 22 33 44 55 Fax: 43 21 43 21", "+4522334455"},
		{"Fax: 43 21 43 21 Mobil: 22 33 44 55", "+4522334455"},
		{"Tlf. direkte 43 68 75 02 – hovednummer 43 68 68 68", "+4543687502"},
		{"Tlf. 43 68 68 68 (omstilling)", ""},
		{"Fax 43 21 43 21", ""},
		{"Albertslund Kommune · Nordmarks Allé 1 · 2620 Albertslund · Tlf. 43 68 68 68", ""},
	} {
		r := parseMail("Birthe Moos", "Tilmelding", "", "Hej\nJeg vil gerne deltage i workshop 3 og ellers 1.\nMvh\nBirthe Moos\nKonsulent, Albertslund Kommune\n"+c.line+"\n")
		if r.Contact.Phone != c.want || r.Status != tilmeld.StatusComplete {
			t.Errorf("%q: got phone %q %s, want %q (%v)", c.line, r.Contact.Phone, r.Status, c.want, r.Reasons)
		}
	}
}

// A word that opens a sentence ("Så", "Derfor", "Sadly", "Also") is no
// first word of the name after it; a withdrawal for the sender and a first
// name the thread does not hold is for staff, whatever opens it.
func TestLeadWordIsNoName(t *testing.T) {
	for _, lead := range []string{"Desværre", "Også", "Så", "Hverken", "Derfor", "Nu"} {
		r := parseMail("Ida Holm", "Re: Tilmelding", replyHeaders, "Hej\n"+lead+" Per og jeg må melde afbud.\nMvh Ida\n")
		if r.Status == tilmeld.StatusComplete || strings.Contains(choices(r), lead) {
			t.Errorf("%q: got %s %s (%v)", lead, r.Status, choices(r), r.Reasons)
		}
	}
	for _, lead := range []string{"Sadly", "Also", "Unfortunately", "So", "Now", "Both"} {
		r := parseMail("Ida Holm", "Re: Registration", replyHeaders, "Hi\n"+lead+" Per and I have to cancel.\nIda\n")
		if r.Status == tilmeld.StatusComplete || strings.Contains(choices(r), lead) {
			t.Errorf("%q: got %s %s (%v)", lead, r.Status, choices(r), r.Reasons)
		}
	}
	// with the thread naming him, Per is withdrawn by his full name
	r := parseMail("Ida Holm", "Re: Tilmelding", replyHeaders, "Hej\nSå Per og jeg må desværre melde afbud.\nMvh Ida\n\n"+receiptTwo)
	if r.Status != tilmeld.StatusComplete || choices(r) != "Ida Holm:-/-; Per Holm:-/-" {
		t.Errorf("got %s %s (%v)", r.Status, choices(r), r.Reasons)
	}
}
