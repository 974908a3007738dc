package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a forty-sixth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// fwd46 is an Outlook forward header block over a mail.
func fwd46(from, to, body string) string {
	return "\n\nFra: " + from + "\nSendt: 12. september 2020 09:14\nTil: " + to + "\nEmne: Tilmelding\n\n" + body
}

// B (wrong contact on a complete). Staff who ask that the answer go to the
// resident by her first name ("send svaret til Hassan", "svar Fatima på
// hendes egen mail") make the resident's address the contact; a chain of
// forwards is read down to the innermost mail, the resident's own.
func TestConfirmToResidentByName(t *testing.T) {
	hassan := fwd46("Hassan Omar <hassan.omar@example.com>", "Ida Holm <sender@example.dk>",
		"Hej, jeg vil gerne komme til mødet. Workshop 4 og 2.\nHilsen Hassan Omar\n")
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nVideresender en tilmelding fra en beboer. Send venligst svaret til Hassan og ikke til mig.\n\nHilsen\nIda Holm" + hassan,
			subject: "VS: Tilmelding", intent: tilmeld.IntentRegister, status: "complete", want: "Hassan Omar:4/2"}, email: "hassan.omar@example.com"},
		{blindCase: blindCase{body: "Hej\nHer er en tilmelding fra en beboer. Svar gerne Hassan direkte på hans egen mail.\n\nHilsen\nIda Holm" + hassan,
			subject: "VS: Tilmelding", intent: tilmeld.IntentRegister, status: "complete", want: "Hassan Omar:4/2"}, email: "hassan.omar@example.com"},
		{blindCase: blindCase{body: "Hi\nForwarding a sign-up from one of our tenants. Please send the confirmation straight to Hassan at his own e-mail.\n\nBest\nIda Holm" + hassan,
			subject: "FW: Tilmelding", intent: tilmeld.IntentRegister, status: "complete", want: "Hassan Omar:4/2"}, email: "hassan.omar@example.com"},
		// near-misses: a copy to her, or an answer to her to pass on
		{blindCase: blindCase{body: "Hej\nVideresender Hassans tilmelding. Send gerne en kopi til mig også.\n\nHilsen\nIda Holm" + hassan,
			subject: "VS: Tilmelding", status: "complete", want: "Hassan Omar:4/2"}, email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nVideresender Hassans tilmelding. Svar mig, så giver jeg det videre til Hassan.\n\nHilsen\nIda Holm" + hassan,
			subject: "VS: Tilmelding", status: "complete", want: "Hassan Omar:4/2"}, email: "sender@example.dk"},
		{blindCase: blindCase{body: "Hej\nVideresender Hassans tilmelding. Send svaret til Karin, hun er hans kontaktperson.\n\nHilsen\nIda Holm" + hassan,
			subject: "VS: Tilmelding", status: "complete", want: "Hassan Omar:4/2"}, email: "sender@example.dk"},
	})
}

// chain46 is a resident's mail that reached the sender through a
// colleague: two forward header blocks, the colleague's courier note
// between them.
func chain46(note, inner string) string {
	return fwd46("Karin Lund <karin.lund@example.dk>", "Ida Holm <sender@example.dk>", note+"\n\nMvh\nKarin Lund\nBoligsocial medarbejder\nTlf. 43 64 00 00\n") +
		fwd46("Fatima Xhafa <fatima.x@example.com>", "Karin Lund <karin.lund@example.dk>", inner)
}

// B (needless review). A registration passed on through a chain of
// forwards is read from the innermost mail, the resident's own; the
// courier in the middle is nobody.
func TestForwardChainInnermost(t *testing.T) {
	fatima := "Hej\nJeg vil gerne komme. Workshop 2 og så 1. Jeg har sukkersyge.\nFatima Xhafa\n42 17 83 95\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nHermed en tilmelding, som en beboer har bedt os sende videre, se længere nede. Svar gerne Fatima direkte på hendes egen mail.\n\nHilsen\nIda Holm\nTlf. 43 64 00 00 (hovednummer)" +
			chain46("Giv den lige videre til dem.", fatima),
			subject: "VS: VS: Tilmelding", intent: tilmeld.IntentRegister, status: "complete", want: "Fatima Xhafa:2/1"}, diets: "Fatima Xhafa=diabetic", email: "fatima.x@example.com", phone: "+4542178395"},
		{blindCase: blindCase{body: "Hej ABC\nHer er en beboers tilmelding længere nede. Bekræftelsen bedes sendt til Fatima på hendes adresse.\n\nVh Ida Holm" +
			chain46("Vil du give den her videre til dem?", "Hej, workshop 3, kun den. Ingen særlige hensyn.\nFatima Xhafa\n"),
			subject: "VS: SV: Tilmelding", intent: tilmeld.IntentRegister, status: "complete", want: "Fatima Xhafa:3/-"}, diets: "Fatima Xhafa=", email: "fatima.x@example.com"},
		{blindCase: blindCase{body: "Hi\nForwarding a sign-up from one of our tenants below (it came via a colleague). Please send the confirmation straight to Fatima at her own e-mail.\n\nBest\nIda Holm" +
			chain46("Can you pass this on to them?", "Hello, I would like to join, workshop 4 please. I don't eat pork.\nFatima Xhafa\n"),
			subject: "FW: FW: Registration", intent: tilmeld.IntentRegister, status: "complete", want: "Fatima Xhafa:4/-"}, diets: "Fatima Xhafa=no_pork", email: "fatima.x@example.com"},
		// the contact stays the sender when she asks for the answer herself
		{blindCase: blindCase{body: "Hej\nHer er en beboers tilmelding længere nede. Svar mig, så giver jeg det videre.\n\nVh Ida Holm\nMobil 22 33 44 55" +
			chain46("Giv den lige videre til dem.", fatima),
			subject: "VS: VS: Tilmelding", intent: tilmeld.IntentRegister, status: "complete", want: "Fatima Xhafa:2/1"}, email: "sender@example.dk", phone: "+4522334455"},
		// the innermost mail asks a question: nothing is registered from it
		{blindCase: blindCase{body: "Hej\nSe længere nede, en beboer spørger.\n\nVh Ida Holm" +
			chain46("Giv den lige videre til dem.", "Hej, er der parkering ved mødestedet?\nFatima Xhafa\n"),
			subject: "VS: VS: Spørgsmål", notStatus: "complete"}},
	})
}
