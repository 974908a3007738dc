package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a fifty-first look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// B (wrong complete: 1st and 2nd swapped). "som (den) første gang", "as
// the first time" after a pair is a time phrase, no rank: the pair keeps
// its written order. Real rank words still rank.
func TestFirstTimeIsNoRank(t *testing.T) {
	reg := tilmeld.IntentRegister
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg vil gerne have Sundhed og Job som første gang.\nMvh Lone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:2/4"}},
		{blindCase: blindCase{body: "Skriv mig på 1 og 3 som den første gang, og jeg er vegetar.\nLone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:1/3"}, diets: "Lone Berg=vegetarian"},
		{blindCase: blindCase{body: "Workshop 4 og 1 som første gang jeg skrev, tak.\nLone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:4/1"}},
		{blindCase: blindCase{body: "Hej igen\nVi tager uddannelse og tryghed, som sidste år og som første gang vi var med.\nHilsen Lone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:3/1"}},
		{blindCase: blindCase{body: "Hi\nI would like workshops 2 and 4 as the first time.\nBest, Lone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:2/4"}},
		{blindCase: blindCase{body: "Hello, I would like Education and Jobs, as the first time I came.\nLone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:3/4"}},
		// near-misses: real rank words, an order said after the pair, a first time said apart
		{blindCase: blindCase{body: "Workshop 3 som første og 1 som anden.\nLone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:3/1"}},
		{blindCase: blindCase{body: "Jeg vil gerne på 2 og 4, helst 4.\nLone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:4/2"}},
		{blindCase: blindCase{body: "Det er første gang jeg er med: workshop 1 og 2.\nLone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:1/2"}},
		{blindCase: blindCase{body: "Workshops 1 and 3, with 3 as my first choice.\nLone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:3/1"}},
	})
}

// A (wrong complete). The old choice told as background before the
// change ("Min 1. prioritet var Job. Kan I lave den om til Sundhed?",
// "I signed up with Jobs as my top choice. Please swap that for
// Education") is the workshop given up: the new one takes its slot in the
// quoted receipt, and the other slot stays null.
func TestOldChoiceToldBeforeChange(t *testing.T) {
	rc41 := receipt32("Mette Holm", "Beskæftigelse & opkvalificering (nr. 4)", "Naboskab, netværk & tryghed (nr. 1)")
	rc14 := receipt32("Mette Holm", "Naboskab, netværk & tryghed (nr. 1)", "Beskæftigelse & opkvalificering (nr. 4)")
	sub, upd := "Re: Tilmelding: Netværksmøde", tilmeld.IntentUpdate
	c := func(body, rc, status, want string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body + "\nMvh Mette Holm" + rc, from: "Mette Holm", subject: sub, headers: reply32, intent: upd, status: status, want: want}, diets: "Mette Holm=", asks: "no"}
	}
	runChecked(t, []checkedCase{
		c("Jeg havde sat Job som førstevalg. Ret det venligst til Uddannelse, resten må blive.", rc41, "complete", "Mette Holm:3/-"),
		c("Min 1. prioritet var Job. Kan I lave den om til Sundhed?", rc41, "complete", "Mette Holm:2/-"),
		c("I sidste uge skrev jeg mig på workshop 4. Den vil jeg gerne bytte til 2.", rc41, "complete", "Mette Holm:2/-"),
		c("I sidste uge skrev jeg mig på workshop 4. Den vil jeg gerne bytte til 2.", rc14, "complete", "Mette Holm:-/2"),
		c("Mit førstevalg var beskæftigelse. Det skal nu være uddannelse i stedet.", rc41, "complete", "Mette Holm:3/-"),
		c("Vi havde valgt job til mig. Kan I ændre det til tryghed og sundhed? Nej vent, kun sundhed.", rc14, "", ""),
		c("I signed up with Jobs as my top choice. Please swap that for Education; keep the second one.", rc41, "complete", "Mette Holm:3/-"),
		c("My first choice used to be Jobs. It should now be Health.", rc41, "complete", "Mette Holm:2/-"),
		c("My second choice was Jobs. Could you change it to Education?", rc14, "complete", "Mette Holm:-/3"),
		// near-misses: a kept first is no change; a new registration in the
		// past tense states its choice; the pattern in one sentence
		c("Min første prioritet var Job, og den skal blive. Skift min anden til Sundhed.", rc41, "complete", "Mette Holm:-/2"),
		c("Jeg er tilmeldt workshop 1, men vil hellere på 4.", receipt32("Mette Holm", "Naboskab, netværk & tryghed (nr. 1)", "Uddannelse & livschancer (nr. 3)"), "complete", "Mette Holm:4/-"),
		{blindCase: blindCase{body: "Jeg har valgt workshop 2 og 3.\nMvh Mette Holm", from: "Mette Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Mette Holm:2/3"}},
		{blindCase: blindCase{body: "Hej\nJeg havde tænkt mig workshop 2 og 4. Jeg glæder mig.\nMvh Mette Holm", from: "Mette Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Mette Holm:2/4"}},
		// the old one is told, the new one not named: nothing to carry out
		{blindCase: blindCase{body: "Min 1. prioritet var Job. Kan I ændre den?\nMvh Mette Holm" + rc41, from: "Mette Holm", subject: sub, headers: reply32, notStatus: "complete"}},
	})
}

// ownCancel51 is the sender's own earlier cancellation, quoted under her
// new mail.
const ownCancel51 = "\n\nDen 15.09.2020 kl. 09:00 skrev Mette Holm <sender@example.dk>:\n> Hej\n> Jeg må desværre melde afbud til netværksmødet, jeg er kommet på vagt.\n> Mvh Mette Holm\n"

// C (wrong complete: an update acted on instead of a new registration, or
// a needless review as a cancel). A sender who takes back her own
// cancellation ("Se bort fra mit afbud", "I can make it after all") signs
// up anew: intent register with all she gives; "afbud" only names the
// withdrawal she takes back.
func TestCancellationTakenBack(t *testing.T) {
	reg := tilmeld.IntentRegister
	rc23 := receipt32("Mette Holm", "Sundhed & trivsel (nr. 2)", "Uddannelse & livschancer (nr. 3)")
	c := func(body, quote string, intent tilmeld.Intent, status, want, diets string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body + "\nMvh Mette Holm" + quote, from: "Mette Holm", subject: "Re: Afbud", headers: reply32, intent: intent, status: status, want: want}, diets: diets, asks: "no"}
	}
	runChecked(t, []checkedCase{
		c("Jeg kan godt komme alligevel. Tilmeld mig igen på Job og Tryghed.", ownCancel51, reg, "complete", "Mette Holm:4/1", "Mette Holm="),
		c("Se bort fra mit afbud, jeg kan alligevel. Stadig workshop 4 og 1, og jeg er vegetar.", ownCancel51, reg, "complete", "Mette Holm:4/1", "Mette Holm=vegetarian"),
		c("Jeg meldte fra i sidste uge, men vagten er byttet væk. Vil I skrive mig op igen til Sundhed og Uddannelse?", "", reg, "complete", "Mette Holm:2/3", ""),
		c("Please disregard my cancellation, I can make it after all: workshops 3 and 4, no special diet.", ownCancel51, reg, "complete", "Mette Holm:3/4", "Mette Holm="),
		c("I regret my cancellation. Please sign me up again for Health, then Jobs.", "", reg, "complete", "Mette Holm:2/4", ""),
		c("Jeg fortryder mit afbud. Skriv mig op på uddannelse og sundhed, jeg er glutenallergiker.", "", reg, "complete", "Mette Holm:3/2", "Mette Holm=gluten_free"),
		c("Tilmeld mig igen med de samme workshops som før.", ownCancel51+rc23, reg, "complete", "Mette Holm:2/3", ""),
		c("Tilmeld mig igen med de samme workshops som før.", ownCancel51, reg, "incomplete", "", ""),
		// near-misses: a cancellation, a change with no cancellation before
		// it, a taking back that hangs on a free seat
		c("Det bliver alligevel ikke til noget, jeg kommer ikke.", ownCancel51, tilmeld.IntentCancel, "complete", "", ""),
		c("Jeg kan alligevel ikke komme, desværre.", receipt32("Mette Holm", "Sundhed & trivsel (nr. 2)", "Uddannelse & livschancer (nr. 3)"), tilmeld.IntentCancel, "complete", "", ""),
		c("Jeg kommer stadig, men vil gerne bytte til 3 og 2.", receipt32("Mette Holm", "Beskæftigelse & opkvalificering (nr. 4)", "Naboskab, netværk & tryghed (nr. 1)"), tilmeld.IntentUpdate, "complete", "Mette Holm:3/2", ""),
		c("Jeg trækker mit afbud tilbage, hvis der stadig er plads – ellers ikke.", ownCancel51, reg, "review", "", ""),
	})
}

// D (needless review). Under a placement that tells the seat in a
// sentence ("Du har fået plads på workshop 2", "Du er kommet på ...",
// "You have a seat in workshop 2"), a move "i stedet for" the seat, or
// "hellere X end" the seat, gives the seat up: the new workshop is the
// 1st, and "Kunne jeg ...?" is a request the bot carries out.
func TestMoveFromSeatToldInSentence(t *testing.T) {
	upd := tilmeld.IntentUpdate
	reply := "In-Reply-To: <placement51@bo-vest.dk>\r\n"
	got2 := placement29("Du har fået plads på workshop 2 – Sundhed & trivsel.")
	came2 := placement29("Du er kommet på workshop 2 (Sundhed & trivsel).")
	en2 := placement29("You have a seat in workshop 2 – Health & wellbeing.")
	c := func(body, quote, status, want string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body + "\nMvh Nadia Rahimi" + quote, from: "Nadia Rahimi", subject: "Re: Din plads", headers: reply, intent: upd, status: status, want: want}, asks: "no"}
	}
	runChecked(t, []checkedCase{
		c("Tusind tak. Kunne jeg komme på 4 i stedet for 2?", got2, "complete", "Nadia Rahimi:4/-"),
		c("Kan jeg rykke over på Job i stedet for den jeg har fået?", got2, "complete", "Nadia Rahimi:4/-"),
		c("Tak for pladsen, men jeg vil hellere have Tryghed end Sundhed.", got2, "complete", "Nadia Rahimi:1/-"),
		c("Tak. Kan jeg komme på uddannelse i stedet for sundhed?", came2, "complete", "Nadia Rahimi:3/-"),
		c("Thanks. Could I move to Education instead of Health?", got2, "complete", "Nadia Rahimi:3/-"),
		c("Thank you. Could I switch to workshop 1 instead of 2?", en2, "complete", "Nadia Rahimi:1/-"),
		// near-misses: under a receipt the slot is the receipt's; a seat she
		// does not hold; a move on a condition
		{blindCase: blindCase{body: "Tusind tak. Kunne jeg komme på 4 i stedet for 2?\nMvh Mette Holm" + receipt32("Mette Holm", "Naboskab, netværk & tryghed (nr. 1)", "Sundhed & trivsel (nr. 2)"),
			from: "Mette Holm", subject: "Re: Tilmelding", headers: reply32, intent: upd, status: "complete", want: "Mette Holm:-/4"}},
		c("Tusind tak. Kunne jeg komme på 4 i stedet for 3?", got2, "review", ""),
		c("Jeg vil gerne skifte til 4, hvis der er plads, ellers beholder jeg min.", got2, "review", ""),
	})
}
