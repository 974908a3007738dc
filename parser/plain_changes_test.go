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
