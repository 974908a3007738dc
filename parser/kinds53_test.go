package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a fifty-third look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A (wrong complete). The workshop she signed up for or attended, told in
// the past tense with the subject first and a time in between ("jeg
// tilmeldte mig i sidste uge ...", "undertegnede meldte sig ..."), is only
// background to the one she now asks for ("i stedet", "hellere", "i år"):
// the new one is her first choice, the old one no choice at all.
func TestToldOldStraightOrder(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nUndertegnede meldte sig i forrige uge på workshop 3. Vil I rette det, så jeg i stedet er på workshop 1?\n\nMvh Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentUpdate, status: "complete", want: "Birthe Kjær:1/-"}},
		{blindCase: blindCase{body: "Hej\nJeg tilmeldte mig i sidste uge workshoppen om job. Jeg vil hellere i workshop 2.\nHilsen Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentUpdate, status: "complete", want: "Birthe Kjær:2/-"}},
		{blindCase: blindCase{body: "Hej\nJeg meldte mig på workshop 4 forleden, men vil hellere på 3.\nMvh Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentUpdate, status: "complete", want: "Birthe Kjær:3/-"}},
		{blindCase: blindCase{body: "Hej\nI sidste uge tilmeldte jeg mig til workshop 2, men jeg vil i stedet på 4.\nMvh Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentUpdate, status: "complete", want: "Birthe Kjær:4/-"}},
		{blindCase: blindCase{body: "Hej\nJeg deltog i workshop 1 sidste år; i år vil jeg gerne på 3.\nMvh Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:3/-"}},
		{blindCase: blindCase{body: "Hej\nJeg deltog i workshoppen om sundhed sidste år, og i år vil jeg gerne prøve job.\nMvh Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:4/-"}},
		{blindCase: blindCase{body: "Hi\nI signed up for workshop 3 last week, but I would rather go to workshop 1 instead.\nBest, Birthe Kjær",
			from: "Birthe Kjær", subject: "Change", intent: tilmeld.IntentUpdate, status: "complete", want: "Birthe Kjær:1/-"}},
		{blindCase: blindCase{body: "Hi\nI attended workshop 4 last year; this year I would like workshop 2.\nBest, Birthe Kjær",
			from: "Birthe Kjær", subject: "Registration", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:2/-"}},
		// the old one chosen again stays a choice
		{blindCase: blindCase{body: "Hej\nJeg var på workshop 4 sidste år og vil gerne på 4 igen, ellers 1.\nMvh Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:4/1"}},
		// a swap of the two she holds says no new one
		{blindCase: blindCase{body: "Hej\nJeg er tilmeldt 1 og 2, men vil gerne bytte om på dem.\nMvh Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentUpdate, notStatus: "complete"}},
		// two told, or a priority told, leave unsaid which one goes
		{blindCase: blindCase{body: "Hej\nJeg tilmeldte mig workshop 3 og 1 i sidste uge. Jeg vil hellere på 2.\nMvh Birthe Kjær",
			from: "Birthe Kjær", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nJeg tilmeldte mig workshop 3 som anden prioritet i sidste uge. Ret det til 2.\nMvh Birthe Kjær",
			from: "Birthe Kjær", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nJeg er tilmeldt workshop 1 og 2, men vil hellere på 3 og 4.\nMvh Birthe Kjær",
			from: "Birthe Kjær", notStatus: "complete"}},
	})
}

// B (wrong complete, needless review). A relative or a neighbour spoken of
// only as one who helped, drove or advised the sender ("min nabo kom
// forbi", "min datter tog mig med", "min svigersøn, der er lærer, har
// rådet mig", "efter en snak med min kollega, som ...") is no attendee and
// no name in small letters: every choice in the mail is the sender's.
func TestHelperKinIsNoAttendee(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nMin nabo kom forbi i går og læste invitationen op for mig. Jeg vil gerne på workshop 2.\n\nMvh Inger Thomsen",
			from: "Inger Thomsen", intent: tilmeld.IntentRegister, status: "complete", want: "Inger Thomsen:2/-"}},
		{blindCase: blindCase{body: "Hej\nMin søn tog mig med til et møde i foråret, og nu vil jeg gerne selv deltage i workshop 1 og 3.\nHilsen Inger Thomsen",
			from: "Inger Thomsen", intent: tilmeld.IntentRegister, status: "complete", want: "Inger Thomsen:1/3"}},
		{blindCase: blindCase{body: "hej\nmin datter tog mig med sidst og nu vil jeg gerne på 4 og 2\nhilsen inger thomsen",
			from: "Inger Thomsen", status: "complete", want: "Inger Thomsen:4/2"}},
		{blindCase: blindCase{body: "Hej\nEfter en snak med min veninde, som kender området godt, vælger jeg workshop 3 og 2.\nMvh Inger Thomsen",
			from: "Inger Thomsen", intent: tilmeld.IntentRegister, status: "complete", want: "Inger Thomsen:3/2"}},
		{blindCase: blindCase{body: "Hej\nEfter at have talt med min nabo, som er sygeplejerske, vil jeg gerne på workshop 2.\nMvh Inger Thomsen",
			from: "Inger Thomsen", intent: tilmeld.IntentRegister, status: "complete", want: "Inger Thomsen:2/-"}},
		{blindCase: blindCase{body: "Hej\nMin nabo anbefalede mig workshop 1, så den vil jeg gerne på.\nMvh Inger Thomsen",
			from: "Inger Thomsen", intent: tilmeld.IntentRegister, status: "complete", want: "Inger Thomsen:1/-"}},
		{blindCase: blindCase{body: "Hej\n\nMin svigerdatter, der arbejder i jobcentret, har rådet mig til at skifte til workshop 4.\n\nMvh Inger Thomsen",
			from: "Inger Thomsen", subject: "Re: Tilmelding", headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Inger Thomsen:4/-"}},
		{blindCase: blindCase{body: "Hi\nMy daughter took me to the last meeting, and now I would like to join workshop 2 and 4 myself.\nBest, Inger Thomsen",
			from: "Inger Thomsen", subject: "Registration", status: "complete", want: "Inger Thomsen:2/4"}},
		{blindCase: blindCase{body: "Hi\nAfter talking to my colleague, who knows the area, I choose workshop 4 and 1.\nBest, Inger Thomsen",
			from: "Inger Thomsen", subject: "Registration", status: "complete", want: "Inger Thomsen:4/1"}},
		{blindCase: blindCase{body: "Hi\nMy son, who is a teacher, has advised me to switch to workshop 3.\nBest, Inger Thomsen",
			from: "Inger Thomsen", subject: "Re: Registration", headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Inger Thomsen:3/-"}},
		// near-misses: these relatives come
		{blindCase: blindCase{body: "Hej\nMin søn kommer også med, vi vil begge på 2 og 3.\nMvh Inger Thomsen",
			from: "Inger Thomsen", status: "incomplete", want: "Inger Thomsen:2/3; :2/3", missing: []string{"name"}}},
		{blindCase: blindCase{body: "Hej\nmin mand ali kommer også, vi vil på 1 og 2\nMvh Inger Thomsen",
			from: "Inger Thomsen", status: "complete", want: "Inger Thomsen:1/2; Ali:1/2"}},
		{blindCase: blindCase{body: "Hej\nMin nabo, Bente Holm, vil også gerne med. Vi vil begge på workshop 4.\nMvh Inger Thomsen",
			from: "Inger Thomsen", status: "complete", want: "Inger Thomsen:4/-; Bente Holm:4/-"}},
		{blindCase: blindCase{body: "Hej\nMin søn hjalp mig med mailen, og han vil også gerne med på workshop 2. Jeg vil på 1.\nMvh Inger Thomsen",
			from: "Inger Thomsen", status: "incomplete", want: "Inger Thomsen:1/-; :2/-", missing: []string{"name"}}},
		{blindCase: blindCase{body: "Hej\nMin mand bad mig om at tilmelde ham til workshop 2.\nMvh Inger Thomsen",
			from: "Inger Thomsen", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej\nMin veninde, som også bor her, tog mig med sidste gang, og hun vil gerne med igen. Vi vil på 2.\nMvh Inger Thomsen",
			from: "Inger Thomsen", status: "incomplete", want: "Inger Thomsen:2/-; :2/-", missing: []string{"name"}}},
	})
}
