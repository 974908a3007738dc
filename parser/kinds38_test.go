package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a thirty-eighth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// E (needless question to the wrong person). A companion who may not come
// ("hun kommer måske ikke", "det er usikkert, om Peter kan nå det", "vi
// ser, hvordan han har det") beside the sender's "jeg kommer i hvert
// fald" is a possible cancellation of the companion for staff, not a new
// registration of the sender that asks for her workshop.
func TestCompanionMaybeNotComing(t *testing.T) {
	reply := "In-Reply-To: <kvit38@bo-vest.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nMin søster Bente Kjær har fået influenza, så hun kommer måske ikke på tirsdag. Jeg kommer under alle omstændigheder.\n\nHilsen Lise Kjær",
			from: "Lise Kjær", subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentCancel, status: "review", want: "Bente Kjær:-/-"}},
		{blindCase: blindCase{body: "Hej\nDet er usikkert, om Jonas Holt kan nå det fra arbejde. Jeg kommer i hvert fald.\nMvh Lise Kjær",
			from: "Lise Kjær", subject: "SV: Tilmelding", headers: reply, intent: tilmeld.IntentCancel, status: "review", want: "Jonas Holt:-/-"}},
		{blindCase: blindCase{body: "Hej\nMin kollega Hamid Rezai er blevet syg; vi ser, hvordan han har det på mandag. Selv kommer jeg som planlagt.\nMvh Lise Kjær",
			from: "Lise Kjær", subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentCancel, status: "review", want: "Hamid Rezai:-/-"}},
		{blindCase: blindCase{body: "Hej\nMin mand Ole er syg, og det er ikke sikkert, han kan komme. Vi må se, hvordan han har det. Jeg kommer i hvert fald selv.\nHilsen Lise Kjær",
			from: "Lise Kjær", subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentCancel, status: "review", want: "Ole:-/-"}},
		{blindCase: blindCase{body: "Hej\nJeg kommer under alle omstændigheder, men vores datter Maja kommer muligvis ikke, hun har eksamen.\nHilsen Lise Kjær",
			from: "Lise Kjær", intent: tilmeld.IntentCancel, status: "review", want: "Maja:-/-"}},
		{blindCase: blindCase{body: "Hi\nMy neighbour Grace Mills may not make it, she is ill. I'm coming anyway.\nBest, Lise Kjær",
			from: "Lise Kjær", subject: "Re: Registration", headers: reply, intent: tilmeld.IntentCancel, status: "review", want: "Grace Mills:-/-"}},
		{blindCase: blindCase{body: "Hi\nI'm not sure whether my colleague Tom Berg can make it, he has the flu. I'll be there regardless.\nBest, Lise Kjær",
			from: "Lise Kjær", subject: "Re: Registration", headers: reply, intent: tilmeld.IntentCancel, status: "review", want: "Tom Berg:-/-"}},
		// a certain withdrawal beside "jeg kommer selv" is settled
		{blindCase: blindCase{body: "Hej\nBente Kjær er syg og kan ikke komme. Jeg kommer selv som aftalt.\nHilsen Lise Kjær",
			from: "Lise Kjær", subject: "Re: Tilmelding", headers: reply, intent: tilmeld.IntentCancel, status: "complete", want: "Bente Kjær:-/-"}},
		// "i hvert fald" with a person added is no doubt
		{blindCase: blindCase{body: "Hej\nJeg kommer i hvert fald, og min mand Ole Kjær vil også gerne med på workshop 2.\nHilsen Lise Kjær",
			from: "Lise Kjær", notStatus: "complete"}},
		// the sender's doubt of her own is not about someone else
		{blindCase: blindCase{body: "Hej\nJeg vil gerne tilmelde mig workshop 2. Det er dog ikke sikkert, om jeg kan komme.\nHilsen Lise Kjær",
			from: "Lise Kjær", intent: tilmeld.IntentRegister, status: "review"}},
		// a doubt of a husband who is not signed up, beside a sign-up of her own
		{blindCase: blindCase{body: "Hej\nJeg er ikke sikker på, om min mand kan komme. Men jeg vil gerne tilmelde mig workshop 2.\nHilsen Lise Kjær",
			from: "Lise Kjær", intent: tilmeld.IntentRegister, want: "Lise Kjær:2/-"}},
	})
}
