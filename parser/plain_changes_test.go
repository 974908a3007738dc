package parser

import (
	"strings"
	"testing"
)

// Plain changes and cancellations, in answer to the bot's receipt or in a
// new mail: swaps, one field changed, food for one of two, someone added or
// taken off, all withdrawn, a seat handed on.

// enTwoReceiptQuote is twoReceiptQuote as the bot writes it in English.
var enTwoReceiptQuote = strings.NewReplacer("Den man. 14. sep. 2020 skrev", "On Mon, 14 Sep 2020,", "<abc@bo-vest.dk>:", "<abc@bo-vest.dk> wrote:",
	"Hej Ida", "Dear Ida", "Tak for din tilmelding til", "Thank you for registering for", "Vi har forstået din tilmelding sådan:",
	"This is how we understood your registration:", "1. prioritet", "1st choice", "2. prioritet", "2nd choice", "(nr.", "(no.").Replace(twoReceiptQuote)

// The withdrawal of "vores tilmelding", "our registration" withdraws
// everyone it was for, whoever the verb's subject is ("I må gerne slette
// vores tilmelding"); the sender's own withdrawal beside it stands alone.
func TestOurRegistrationWithdrawn(t *testing.T) {
	da := func(body string) blindCase {
		return blindCase{body: body + "\n\nHilsen\nIda Holm" + twoReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders}
	}
	en := func(body string) blindCase {
		return blindCase{body: body + "\n\nBest\nIda Holm" + enTwoReceiptQuote, subject: "Re: Registration", headers: replyHeaders}
	}
	both := "Ida Holm:-/-; Bo Holm:-/-"
	var cases []blindCase
	for _, c := range []blindCase{
		da("I må gerne slette vores tilmelding"), da("Jeg må desværre aflyse vores deltagelse"), da("Vil I fjerne vores tilmelding"),
		da("Jeg trækker vores tilmelding"), en("Please cancel our registration"), en("I have to withdraw our registration, sorry"),
	} {
		c.intent, c.status, c.want = "cancel", "complete", both
		cases = append(cases, c)
	}
	for _, c := range []blindCase{
		da("Jeg melder fra, men vores tilmelding for Bo står ved magt"), da("Jeg kan ikke komme. Vores tilmelding for Bo gælder stadig"),
		en("I can't come, but our registration for Bo still stands"), da("Jeg trækker mig, men Bo beholder vores plads"),
	} {
		c.intent, c.status, c.want = "cancel", "complete", "Ida Holm:-/-"
		cases = append(cases, c)
	}
	// no thread to say who "we" are: staff read it
	cases = append(cases, blindCase{body: "Jeg vil gerne slette vores tilmelding\n\nHilsen\nIda Holm", intent: "cancel", notStatus: "complete"})
	runBlind(t, cases)
}

// oneReceiptQuote is the bot's receipt for Ida Holm alone: 2, then 4.
const oneReceiptQuote = "\n\nDen man. 14. sep. 2020 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n" +
	"> Hej Ida,\n>\n> Tak for din tilmelding til Aktive boligområder i Albertslund efter 2020.\n>\n> Vi har forstået din tilmelding sådan:\n>\n" +
	"> Ida Holm\n>   1. prioritet: Sundhed & trivsel (nr. 2)\n>   2. prioritet: Beskæftigelse & opkvalificering (nr. 4)\n"

// enOneReceiptQuote is oneReceiptQuote as the bot writes it in English.
var enOneReceiptQuote = strings.NewReplacer("Den man. 14. sep. 2020 skrev", "On Mon, 14 Sep 2020,", "<abc@bo-vest.dk>:", "<abc@bo-vest.dk> wrote:",
	"Hej Ida", "Dear Ida", "Tak for din tilmelding til", "Thank you for registering for", "Vi har forstået din tilmelding sådan:",
	"This is how we understood your registration:", "1. prioritet", "1st choice", "2. prioritet", "2nd choice", "(nr.", "(no.").Replace(oneReceiptQuote)

// "Skifte 4 ud med 3", "change 4 to 3", "fra 4 til 1" give the first
// workshop up for the second: not a 1st and a 2nd choice. A reading that
// keeps the one given up, or puts the new one elsewhere than the receipt
// had the old, is for staff.
func TestOldWorkshopForNew(t *testing.T) {
	da := func(body string) blindCase {
		return blindCase{body: body + "\n\nHilsen\nIda Holm" + oneReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders}
	}
	en := func(body string) blindCase {
		return blindCase{body: body + "\n\nBest\nIda Holm" + enOneReceiptQuote, subject: "Re: Registration", headers: replyHeaders}
	}
	var cases []blindCase
	for _, c := range []blindCase{
		da("Jeg vil gerne ændre workshop 4 til workshop 3"), da("Fra workshop 4 til workshop 1 tak"),
		en("Could you change workshop 4 to workshop 3?"),
	} {
		c.notStatus = "complete"
		cases = append(cases, c)
	}
	// the new one in the old one's place, or a move to the first named,
	// stands; an exchange of one workshop for another ("bytte 4 ud med 1",
	// "replace 4 with 1") puts the new one where the receipt had the old
	for _, c := range []blindCase{
		da("Kan I ændre mit andet valg fra workshop 4 til workshop 1?"), da("Min anden prioritet skal være 1 i stedet for 4"),
		da("Jeg vil gerne ændre min 2. prioritet til workshop 1"), da("Jeg vil gerne skifte workshop 4 ud med workshop 1"),
		da("Jeg vil gerne bytte workshop 4 med workshop 1"), en("Please replace workshop 4 with workshop 1"), en("Please swap workshop 4 for workshop 1"),
	} {
		c.intent, c.status, c.want = "update", "complete", "Ida Holm:-/1"
		cases = append(cases, c)
	}
	c := da("Kan I ændre det til workshop 3 og 1?")
	c.intent, c.status, c.want = "update", "complete", "Ida Holm:3/1"
	cases = append(cases, c,
		blindCase{body: "Jeg skifter gerne til workshop 1 med workshop 3 som andet valg\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:1/3"},
		blindCase{body: "Jeg kommer fra kl 17 til 21, workshop 2 og 3\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/3"})
	runBlind(t, cases)
}

// Food said of another after a verb of saying ("Jeg har glemt at skrive at
// Bo er diabetiker", "I forgot to mention that Bo is diabetic") is his,
// not the sender's who says it: an update of his food.
func TestDietAfterSayingIsTheNamed(t *testing.T) {
	da := func(body string) blindCase {
		return blindCase{body: body + "\n\nHilsen\nIda Holm" + twoReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders}
	}
	en := func(body string) blindCase {
		return blindCase{body: body + "\n\nBest\nIda Holm" + enTwoReceiptQuote, subject: "Re: Registration", headers: replyHeaders}
	}
	var cases []blindCase
	// the statement after "at", "that" is read for its own subject: Bo's
	for body, diet := range map[string]string{
		"Jeg har glemt at skrive at Bo er diabetiker": "diabetic", "Jeg glemte at nævne at Bo er vegetar": "vegetarian",
		"Jeg kan lige tilføje at Bo er vegetar": "vegetarian", "Jeg vil lige sige at Bo ikke spiser svinekød": "no_pork",
	} {
		c := da(body)
		c.intent, c.status, c.want, c.diet = "update", "complete", "Bo Holm:-/-", "Bo Holm="+diet
		cases = append(cases, c)
	}
	for body, diet := range map[string]string{"I forgot to mention that Bo is diabetic": "diabetic", "I just wanted to add that Bo is vegetarian": "vegetarian"} {
		c := en(body)
		c.intent, c.status, c.want, c.diet = "update", "complete", "Bo Holm:-/-", "Bo Holm="+diet
		cases = append(cases, c)
	}
	// with no "that", the one it is said of is not read: staff see
	for _, c := range []blindCase{en("I forgot to tell you Bo is diabetic")} {
		c.notStatus = "complete"
		cases = append(cases, c)
	}
	for _, c := range []blindCase{
		da("Jeg har glemt at skrive at jeg er diabetiker"), en("I forgot to mention that I'm diabetic"),
	} {
		c.intent, c.status, c.diet = "update", "complete", "Ida Holm=diabetic"
		cases = append(cases, c)
	}
	for _, c := range []blindCase{da("Jeg og Bo er vegetarer"), da("Bo og jeg er vegetarer"), en("Bo and I are both vegetarian")} {
		c.intent, c.status, c.want = "update", "complete", "Ida Holm:-/-; Bo Holm:-/-"
		cases = append(cases, c)
	}
	runBlind(t, cases)
}

// A withdrawal that also signs someone up ("Afmeld mig, og tilmeld i
// stedet min mand Bo Holm", "Cancel me and sign up my husband instead")
// must not be read as the withdrawal alone.
func TestCancelThenSignUp(t *testing.T) {
	da := func(body string) blindCase {
		return blindCase{body: body + "\n\nHilsen\nIda Holm" + oneReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"}
	}
	en := func(body string) blindCase {
		return blindCase{body: body + "\n\nBest\nIda Holm" + enOneReceiptQuote, subject: "Re: Registration", headers: replyHeaders, notStatus: "complete"}
	}
	runBlind(t, []blindCase{
		da("Afmeld mig, og tilmeld i stedet min mand Bo Holm til 2 og 4"), da("Afmeld mig og tilmeld i stedet Bo Holm"),
		da("Jeg melder fra. Tilmeld venligst min mand Bo Holm i stedet"), da("Slet min tilmelding og skriv min mand Bo Holm på i stedet"),
		en("Cancel me and sign up my husband Bo Holm instead"), en("Please cancel my registration. Instead, please register Bo Holm for 2 and 4"),
		// the withdrawal alone stands
		{body: "Jeg må desværre skrive min afmelding her: jeg kan ikke komme\n\nHilsen\nIda Holm" + oneReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
		{body: "Please cancel my registration, I can't come after all\n\nBest\nIda Holm" + enOneReceiptQuote, subject: "Re: Registration", headers: replyHeaders,
			intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
	})
}

// "Både Bo og jeg", "Both Bo and I" open a subject of two: what follows
// is for both, not for the first named alone.
func TestBothLeadIsTwo(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Både Bo og jeg er vegetarer\n\nHilsen\nIda Holm" + twoReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", want: "Ida Holm:-/-; Bo Holm:-/-", diet: "Ida Holm=vegetarian"},
		{body: "Both Bo and I are vegan\n\nBest\nIda Holm" + enTwoReceiptQuote, subject: "Re: Registration", headers: replyHeaders,
			intent: "update", status: "complete", want: "Ida Holm:-/-; Bo Holm:-/-", diet: "Ida Holm=vegan"},
		{body: "Både Bo Holm og jeg er vegetarer, vi vil gerne på workshop 2 og 3\n\nHilsen\nIda Holm",
			intent: "register", status: "complete", want: "Ida Holm:2/3; Bo Holm:2/3", diet: "Ida Holm=vegetarian"},
		{body: "Både min mand Bo Holm og jeg vil gerne på workshop 2 og 3\n\nHilsen\nIda Holm",
			intent: "register", status: "complete", want: "Ida Holm:2/3; Bo Holm:2/3"},
		// "both" after the two, or "both of us", as before
		{body: "My husband Bo Holm and I would both like workshop 2 and 3\n\nBest\nIda Holm", subject: "Registration",
			intent: "register", status: "complete", want: "Ida Holm:2/3; Bo Holm:2/3"},
		{body: "Both of us are vegan\n\nBest\nIda Holm" + enTwoReceiptQuote, subject: "Re: Registration", headers: replyHeaders, notStatus: "complete"},
	})
}

// A change that waits for room ("hvis der bliver en ledig plads på 3",
// "hvis I stadig har plads", "if a place comes up") or a withdrawal on a
// condition is for staff; "if it's full, then 3" names a 2nd choice.
func TestChangeOnRoom(t *testing.T) {
	da := func(body string) blindCase {
		return blindCase{body: body + "\n\nHilsen\nIda Holm" + oneReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"}
	}
	en := func(body string) blindCase {
		return blindCase{body: body + "\n\nBest\nIda Holm" + enOneReceiptQuote, subject: "Re: Registration", headers: replyHeaders, notStatus: "complete"}
	}
	runBlind(t, []blindCase{
		da("Hvis der bliver en ledig plads på workshop 3, vil jeg gerne have den"), da("Såfremt der er plads vil jeg gerne skifte til workshop 1"),
		da("Hvis I stadig har plads, så tilføj gerne min mand Bo Holm, workshop 1 og 3"), da("Hvis workshop 2 er fuld, så tag mig af listen"),
		da("Skulle der blive plads på 1, vil jeg gerne flyttes dertil"),
		en("If you still have room, please add my husband Bo Holm, workshop 1 and 3"), en("If a place comes up on workshop 3 I'd like it"),
		en("Please move me to 1 if it isn't full"),
		{body: "I'll take workshop 1, and if it is full then 3.\n\nBest\nIda Holm", subject: "Registration", intent: "register", status: "complete", want: "Ida Holm:1/3"},
		{body: "Jeg vil gerne på workshop 1, og hvis den er fuld, så 3.\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:1/3"},
	})
}

// Food said of someone by name that the reading has no attendee for
// ("Lise er vegetar", "Til min tilmelding: Bo er vegetar", "Lise is
// vegan") is not the sender's: whose registration it is, staff know.
func TestDietOfNamedSubjectNotSenders(t *testing.T) {
	da := func(body string) blindCase {
		return blindCase{body: body + "\n\nHilsen\nIda Holm" + oneReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders, notStatus: "complete"}
	}
	en := func(body string) blindCase {
		return blindCase{body: body + "\n\nBest\nIda Holm" + enOneReceiptQuote, subject: "Re: Registration", headers: replyHeaders, notStatus: "complete"}
	}
	runBlind(t, []blindCase{
		da("Lise er vegetar"), da("Lise spiser ikke svinekød"), en("Lise is vegan"),
		{body: "Ps. til min tilmelding: Bo er vegetar\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Jeg er allerede tilmeldt. Karim spiser ikke svinekød\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "I'm already registered. Bo is vegan\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
		// her own food, by her own name or word, stands
		{body: "Ida er vegetar\n\nHilsen\nIda Holm" + oneReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", diet: "Ida Holm=vegetarian"},
		{body: "PS: jeg er glutenfri\n\nHilsen\nIda Holm" + oneReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", diet: "Ida Holm=gluten_free"},
		{body: "Tilføjelse til min tilmelding fra i går: jeg er vegetar\n\nHilsen\nIda Holm", intent: "update", status: "complete", diet: "Ida Holm=vegetarian"},
	})
}

// Withdrawals in plain words the reader passed over: "Vi melder begge
// fra", "Slet venligst min tilmelding", "Afmeld venligst Bo", "Please
// delete our booking".
func TestPlainWithdrawalWordings(t *testing.T) {
	da := func(body, want string) blindCase {
		return blindCase{body: body + "\n\nHilsen\nIda Holm" + twoReceiptQuote, subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "cancel", status: "complete", want: want}
	}
	en := func(body, want string) blindCase {
		return blindCase{body: body + "\n\nBest\nIda Holm" + enTwoReceiptQuote, subject: "Re: Registration", headers: replyHeaders,
			intent: "cancel", status: "complete", want: want}
	}
	both := "Ida Holm:-/-; Bo Holm:-/-"
	runBlind(t, []blindCase{
		da("Vi melder begge fra", both), da("Vi melder os begge fra", both), da("Slet venligst min tilmelding", "Ida Holm:-/-"),
		da("Slet venligst vores tilmelding", both), da("Afmeld venligst Bo", "Bo Holm:-/-"), da("Afmeld venligst Bo, han er syg", "Bo Holm:-/-"),
		en("Please delete our booking", both),
		// one taken off by name, not the sender
		en("Please take Bo off the list", "Bo Holm:-/-"),
		// a link's label is no withdrawal
		{body: "Jeg vil gerne på workshop 2 og 4.\n\nHilsen\nIda Holm\n\nAfmeld\n", intent: "register", status: "complete", want: "Ida Holm:2/4"},
	})
}
