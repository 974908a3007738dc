package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a forty-second look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// ownQuote42 quotes the sender's own earlier mail under a titled rule.
func ownQuote42(body, rule, from string) string {
	return body + "\n\n" + rule + "\n" + from + "\nDato: 14/09/2020 09:12\nTil: abc@bo-vest.dk\nEmne: Tilmelding\n\nHej, jeg vil gerne med til mødet.\nIda"
}

// A (wrong complete: a second registration beside the first). A short
// mail that gives what the sender's first mail forgot ("jeg glemte at
// skrive workshop", "Forgot to say", "skulle også have skrevet") changes
// that registration; so does a reply quoting her own mail under a titled
// rule ("-------- Oprindelig meddelelse --------"). Forgetting to sign up,
// to answer or nearly the deadline is a registration as before.
func TestForgotFieldIsUpdate(t *testing.T) {
	update := func(body, want string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body, intent: tilmeld.IntentUpdate, status: "complete", want: want}}
	}
	register := func(body, status, want string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body, intent: tilmeld.IntentRegister, status: status, want: want}}
	}
	runChecked(t, []checkedCase{
		update("Hej igen\nJeg glemte at skrive hvilke workshops: 3 og 1\nIda", "Ida Holm:3/1"),
		update("hej igen, glemte at skrive workshop. nr 4 og 2\nida", "Ida Holm:4/2"),
		update("Hej, jeg glemte at nævne mine valg: sundhed og så job.\nHilsen Ida", "Ida Holm:2/4"),
		update("Ups, glemte det vigtigste: tryghed og uddannelse\nIda", "Ida Holm:1/3"),
		update("Hi again, I forgot to mention my workshops: 2, then 1.\nIda", "Ida Holm:2/1"),
		update("Sorry, forgot to say which workshop: number 4.\nIda", "Ida Holm:4/-"),
		{blindCase: blindCase{body: "Hej igen. Jeg skulle også have skrevet at jeg er glutenfri.\nIda", intent: tilmeld.IntentUpdate,
			status: "complete", want: "Ida Holm:-/-", diet: "Ida Holm=gluten_free"}},
		{blindCase: blindCase{body: "Hi again, I should have mentioned that I'm vegan.\nIda", intent: tilmeld.IntentUpdate,
			status: "complete", want: "Ida Holm:-/-", diet: "Ida Holm=vegan"}},
		// a reply quoting her own mail under a titled rule
		{blindCase: blindCase{body: ownQuote42("nr 3 og 4", "-------- Oprindelig meddelelse --------", "Fra: Ida Holm <sender@example.dk>"),
			subject: "Re: Tilmelding", headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:3/4"}},
		{blindCase: blindCase{body: ownQuote42("workshop 1 and 2 please", "-----Original Message-----", "From: sender@example.dk"),
			subject: "RE: Tilmelding", headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:1/2"}},
		// near-misses: she forgot to sign up or to answer, not a field
		register("Jeg glemte at tilmelde mig i sidste uge, men vil gerne med nu. Workshop 2 og 4.\nIda", "complete", "Ida Holm:2/4"),
		register("Glemte helt at svare på invitationen – jeg vil gerne på workshop 2 og 4\nIda", "complete", "Ida Holm:2/4"),
		register("Jeg glemte næsten fristen! Workshop 1 og 3\nIda", "complete", "Ida Holm:1/3"),
		register("Hej, jeg glemte at skrive mig på listen. Workshop 3 og 2 tak.\nIda", "complete", "Ida Holm:3/2"),
		register("I forgot to sign up last week, sorry. Workshop 4 and 1 please.\nIda", "complete", "Ida Holm:4/1"),
		// a quote under a titled rule from someone else is no own thread
		{blindCase: blindCase{body: ownQuote42("workshop 2 og 1", "-------- Oprindelig meddelelse --------", "Fra: Karen Lund <karen@example.org>"),
			from: "Bo Holm", subject: "Re: Tilmelding", headers: replyHeaders, intent: tilmeld.IntentRegister, status: "complete", want: "Bo Holm:2/1"}},
	})
}
