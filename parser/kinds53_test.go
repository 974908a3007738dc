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
		// the old one's name beside its number is still the old one
		{blindCase: blindCase{body: "Hej\nJeg tilmeldte mig workshop 3 om uddannelse i sidste uge, men vil hellere på sundhed.\nMvh Birthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentUpdate, status: "complete", want: "Birthe Kjær:2/-"}},
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

// parseFiled53 reads a mail whose text body comes with one attached file
// of the given name and type.
func parseFiled53(subject, body, file, typ string) *Result {
	raw := "From: Inger Thomsen <inger.thomsen@example.dk>\r\nTo: abc@bo-vest.dk\r\nSubject: " + subject + "\r\n" +
		"Message-ID: <k53c@example.dk>\r\nDate: Mon, 14 Sep 2020 10:00:00 +0200\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"BB\"\r\n\r\n--BB\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body +
		"\r\n--BB\r\nContent-Type: " + typ + "; name=\"" + file + "\"\r\nContent-Disposition: attachment; filename=\"" + file +
		"\"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--BB--\r\n"
	return Parse([]byte(raw), testEvent)
}

// C (wrong incomplete). A registration sent as a scan, a photo or a
// letter, pointed at in everyday words ("hermed fremsendes", "indscannet",
// "står i brevet", "as a scanned letter", "som et billede"), is in the
// file: staff read it, the bot does not ask for a workshop.
func TestScannedRegistration(t *testing.T) {
	for _, c := range []struct {
		subject, body, file, typ string
		status                   tilmeld.Status
		want                     string
	}{
		{"Tilmelding", "Hej\nHermed fremsendes min tilmelding, som min nabo har taget et billede af.\nMvh Inger Thomsen", "tilmelding.pdf", "application/pdf", tilmeld.StatusReview, ""},
		{"Netværksmøde", "Hej\nMin tilmelding er indscannet på biblioteket, da jeg ikke selv har en computer.\nMvh Inger Thomsen", "scan0042.pdf", "application/pdf", tilmeld.StatusReview, ""},
		{"Tilmelding", "Hej\nJeg har scannet min tilmelding ind.\nMvh Inger Thomsen", "doc.pdf", "application/pdf", tilmeld.StatusReview, ""},
		{"Møde 29/9", "Hej\nTilmeldingen står i brevet her, jeg tilmelder mig hermed.\nMvh Inger Thomsen", "brev.pdf", "application/pdf", tilmeld.StatusReview, ""},
		{"Registration", "Hi\nSending my registration as a scanned letter.\nBest, Inger Thomsen", "letter.pdf", "application/pdf", tilmeld.StatusReview, ""},
		{"Tilmelding", "Hej\nJeg sender min seddel som et billede fra telefonen.\nMvh Inger Thomsen", "IMG_3310.jpg", "image/jpeg", tilmeld.StatusReview, ""},
		// near-misses: the body holds the workshops, or nothing is attached
		{"Tilmelding", "Hej\nHermed min tilmelding: workshop 1 og 4.\nMvh Inger Thomsen", "tilmelding.pdf", "application/pdf", tilmeld.StatusComplete, "Inger Thomsen:1/4"},
		{"Tilmelding", "Hej\nHermed fremsendes min tilmelding: workshop 2 og 3.\nMvh Inger Thomsen", "tilmelding.pdf", "application/pdf", tilmeld.StatusComplete, "Inger Thomsen:2/3"},
		{"Tilmelding", "Hej\nJeg vil gerne deltage i workshop 3, ellers 1.\nMvh Inger Thomsen", "Inger.vcf", "text/x-vcard", tilmeld.StatusComplete, "Inger Thomsen:3/1"},
	} {
		r := parseFiled53(c.subject, c.body, c.file, c.typ)
		if r.Intent != tilmeld.IntentRegister || r.Status != c.status || c.want != "" && choices(r) != c.want {
			t.Errorf("%q: got %s %s %s, want register %s %s (%v)", c.body, r.Intent, r.Status, choices(r), c.status, c.want, r.Reasons)
		}
	}
	// with no file, the body is all there is: ask for the workshop
	runBlind(t, []blindCase{
		{body: "Hej\nHermed fremsendes min tilmelding.\nMvh Inger Thomsen", from: "Inger Thomsen", status: "incomplete", missing: []string{"workshop"}},
	})
}

// D (wrong incomplete). "Regn ikke med mig", "I skal (nok) ikke regne med
// mig" from one who doubts she can come is a maybe cancellation for staff,
// not "count me in": no workshop is asked for.
func TestNotCountedOn(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\n\nJeg er ikke sikker på, at jeg kan nå det. Hvis jeg ikke dukker op, skal I ikke regne med mig.\n\nMvh Inger Thomsen",
			from: "Inger Thomsen", subject: "Tilmelding: Netværksmøde", intent: tilmeld.IntentCancel, status: "review"},
		{body: "Hej\nJeg ved endnu ikke, om jeg kan komme, så I skal nok ikke regne med mig.\nMvh Inger Thomsen",
			from: "Inger Thomsen", subject: "Netværksmøde 29/9", intent: tilmeld.IntentCancel, status: "review"},
		{body: "Hej\nRegn ikke med mig, hvis jeg ikke er der kl. halv fem, men jeg melder ikke fra endnu.\nMvh Inger Thomsen",
			from: "Inger Thomsen", intent: tilmeld.IntentCancel, status: "review"},
		{body: "Hej\nVi har fået travlt, så regn bare ikke med os, hvis vi ikke er der.\nMvh Inger Thomsen",
			from: "Inger Thomsen", intent: tilmeld.IntentCancel, status: "review"},
		{body: "Hi\nI may not make it; if I'm not there at the start, don't count on me.\nBest, Inger Thomsen",
			from: "Inger Thomsen", subject: "Registration", intent: tilmeld.IntentCancel, status: "review"},
		// near-misses
		{body: "Hej\nI kan regne med mig, workshop 2.\nMvh Inger Thomsen", from: "Inger Thomsen",
			intent: tilmeld.IntentRegister, status: "complete", want: "Inger Thomsen:2/-"},
		{body: "Hej\nI skal ikke regne med mig, jeg melder afbud.\nMvh Inger Thomsen", from: "Inger Thomsen",
			intent: tilmeld.IntentCancel, status: "complete"},
		{body: "Hej\nI kan ikke regne med mig til oprydningen bagefter, men jeg vil gerne på workshop 2.\nMvh Inger Thomsen", from: "Inger Thomsen",
			intent: tilmeld.IntentRegister, status: "complete", want: "Inger Thomsen:2/-"},
		{body: "Hej\nRegn også med min mand. Vi vil begge på 3.\nMvh Inger Thomsen", from: "Inger Thomsen",
			status: "incomplete", want: "Inger Thomsen:3/-; :3/-", missing: []string{"name"}},
	})
}
