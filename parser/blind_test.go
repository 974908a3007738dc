package parser

import (
	"slices"
	"strings"
	"testing"

	"tilmeld"
)

// The kinds of mail the third blind set showed the reader wrong on, each in
// several wordings of our own, through Parse with the gate.

// replyHeaders make a mail an answer to the bot's receipt.
const replyHeaders = "In-Reply-To: <receipt-1@bo-vest.dk>\r\nReferences: <receipt-1@bo-vest.dk>\r\n"

type blindCase struct {
	body, from, subject, headers string
	status, want                 string
	intent                       tilmeld.Intent
	missing                      []string
	// notStatus: a status the mail must never get ("complete" for what the
	// reader cannot be sure of).
	notStatus string
	// diet: "name=tag,tag" for the first attendee when not "".
	diet string
}

// parse reads the case's mail, from Ida Holm with the subject
// "Tilmelding" unless the case says otherwise.
func (c blindCase) parse() *Result {
	from, subject := c.from, c.subject
	if from == "" {
		from = "Ida Holm"
	}
	if subject == "" {
		subject = "Tilmelding"
	}
	return parseMail(from, subject, c.headers, c.body)
}

func runBlind(t *testing.T, cases []blindCase) {
	t.Helper()
	for _, c := range cases {
		r := c.parse()
		bad := c.status != "" && string(r.Status) != c.status || c.want != "" && choices(r) != c.want ||
			c.intent != "" && r.Intent != c.intent || c.missing != nil && !slices.Equal(r.Missing, c.missing) ||
			c.notStatus != "" && string(r.Status) == c.notStatus || c.diet != "" && firstDiet(r) != c.diet
		if bad {
			t.Errorf("%q: got %s %s %s diet=%s missing=%v, want %s %s %s diet=%s missing=%v (not %s) (%v)", c.body, r.Intent, r.Status, choices(r),
				firstDiet(r), r.Missing, c.intent, c.status, c.want, c.diet, c.missing, c.notStatus, r.Reasons)
		}
	}
}

func firstDiet(r *Result) string {
	if len(r.Attendees) == 0 {
		return ""
	}
	a := r.Attendees[0]
	var ds []string
	for _, d := range a.Diet {
		ds = append(ds, string(d))
	}
	slices.Sort(ds)
	return a.Name + "=" + strings.Join(ds, ",")
}

// 1. A line about food, a wish or any sentence with a verb is no name, even
// right under the closing words and with no display name to fall back on.
func TestDietLineIsNoName(t *testing.T) {
	for _, b := range []string{
		"Hej\nJeg vil gerne i workshop 2 og 3.\nMvh\nsukkersyg, så ikke for meget sukker\n",
		"Workshop 1 og 4\nMvh\nDiabetiker så ingen kage",
		"Hej\nTilmelding til workshop 2\nhilsen\nLaktoseintolerant, men ellers alt",
		"Tilmelding workshop 4\nMvh\nDiabetes, helst lidt sukker",
		"Tilmelding workshop 4\nHilsen\nVegetar tak",
		"tilmelding ws 3\nhilsen\nGlutenfri, tak",
		"I'd like workshop 2\nRegards\nNo pork please",
		"I'd like workshop 2\nBest\nVegan, so no dairy",
		"I'd like workshop 1\nThanks\nDiabetic, nothing too sweet",
		"workshop 2\nmvh\nGerne et sted tæt på døren",
		"Workshop 3\nKind regards\nWould like a seat near the door",
	} {
		raw := "From: sender@example.dk\r\nTo: abc@bo-vest.dk\r\nSubject: Tilmelding\r\nMessage-ID: <k@example.dk>\r\n" +
			"Content-Type: text/plain; charset=utf-8\r\n\r\n" + b
		r := Parse([]byte(raw), testEvent)
		for _, a := range r.Attendees {
			if a.Name != "" {
				t.Errorf("%q: read the name %q (%s %s)", b, a.Name, r.Intent, r.Status)
			}
		}
		if r.Status == tilmeld.StatusComplete {
			t.Errorf("%q: complete without a name: %s", b, choices(r))
		}
	}
	// A name with a title or a phone number after its comma is still a name.
	runBlind(t, []blindCase{
		{body: "Workshop 2\nMvh\nKaren Blix, formand\n", from: "kb", want: "Karen Blix:2/-"},
		{body: "Workshop 2\nMvh\nKaren Blix, 22 33 44 55\n", from: "kb", want: "Karen Blix:2/-"},
		{body: "Hej\nworkshop 3 og 1\ndiabetiker så ingen kage\nmvh Karim Said", from: "Karim Said",
			status: "complete", want: "Karim Said:3/1", diet: "Karim Said=diabetic"},
	})
}

// 2. Several people, each with their own lines, are a registration.
func TestThreePeopleIsRegistration(t *testing.T) {
	cases := []blindCase{
		{body: "Hej\n\nMona Ali\n1 og 3\nvegetar\n\nSara Ali\n2 og 4\n\nYusuf Ali\n4 og 1\nhalal\n", from: "Mona Ali"},
		{body: "Mona Ali - sundhed og job, vegetar\nSara Ali - tryghed og uddannelse\nYusuf Ali - job, halal\n", from: "Mona Ali"},
		{body: "Hi,\n\nTom Hart\nFirst choice 2, second 3\nVegetarian\n\nAnn Hart\nFirst choice 1, second 4\n\nBen Hart\nFirst choice 4\nNo pork\n", from: "Tom Hart"},
		{body: "Hej\nHer er vores tre:\n\nPeter Sørensen: 1, 2. Glutenfri.\n\nHanne Sørensen: 3, 4.\n\nMads Sørensen: 2, 1. Laktosefri.\n", from: "Peter Sorensen"},
		{body: "Ole Bak\nws 2 og 3\nspiser alt\n\nRita Bak\nws 4 og 1\nvegansk\n\nEmil Bak\nws 1\n", from: "Ole Bak"},
		{body: "Kære ABC\n\nHermed fra os:\n\n--\nMona Ali\nworkshop 2 og 4\n--\nSara Ali\nworkshop 1 og 3\n--\nYusuf Ali\nworkshop 4\n", from: "Mona Ali"},
		{body: "Hello\n\n--\nTom Hart: health, then education\n--\nAnn Hart: safety\n--\nBen Hart: jobs\n", from: "Tom Hart"},
		{body: "Hej\n\nMona Ali\n1 og 3\nvegetar\n\nSara Ali\n2 og 4\n\nYusuf Ali\n4 og 1\nhalal\n", from: "Yusuf Ali"},
		{body: "Hej ABC\n\nMona Ali\nworkshop 2 og 4\nvegetar\n\nSara Ali\nworkshop 1 og 3\n\nYusuf Ali\nworkshop 4\nhalal\n", from: "Mona Ali"},
	}
	for _, c := range cases {
		r := parseMail(c.from, "Tilmelding", "", c.body)
		if r.Intent == tilmeld.IntentOther || r.Intent == tilmeld.IntentQuestion {
			t.Errorf("%q: read as %s (%v)", c.body, r.Intent, r.Reasons)
		}
		if r.Status == tilmeld.StatusComplete && len(r.Attendees) != 3 {
			t.Errorf("%q: complete with %s", c.body, choices(r))
		}
	}
}

// 3. A change of diet alone, often an answer to the receipt, is an update.
func TestDietOnlyUpdate(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nVi vil gerne ændre kosten: nu glutenfri og laktosefri.\nHilsen Henrik", from: "Henrik Lund", subject: "Re: Kvittering",
			headers: replyHeaders, intent: "update", diet: "Henrik Lund=gluten_free,lactose_free"},
		{body: "Hi, I forgot to say I'm gluten intolerant.\nThanks, Jim", from: "Jim Cole", subject: "Re: Your registration",
			headers: replyHeaders, intent: "update", diet: "Jim Cole=gluten_free"},
		{body: "Jeg glemte at skrive at jeg er vegetar.", from: "Lone Krag", subject: "Re: Tilmelding modtaget",
			headers: replyHeaders, intent: "update", diet: "Lone Krag=vegetarian"},
		{body: "Jeg glemte at skrive at jeg er vegetar.", from: "Lone Krag", subject: "Kost",
			intent: "update", diet: "Lone Krag=vegetarian"},
		{body: "Lige en tilfojelse: jeg tåler ikke laktose.", from: "Lone Krag", subject: "Re: Tilmelding",
			headers: replyHeaders, intent: "update", diet: "Lone Krag=lactose_free"},
		{body: "Just to let you know, I'm vegan now.", from: "Ann Fox", subject: "Re: Registration",
			headers: replyHeaders, intent: "update", diet: "Ann Fox=vegan"},
		{body: "Sorry, I should have mentioned that I have a nut allergy.", from: "Ann Fox", subject: "Re: Registration",
			headers: replyHeaders, intent: "update", diet: "Ann Fox=nut_allergy"},
		{body: "Min kost er ændret, jeg spiser nu ikke svinekød.", from: "Ali Demir", subject: "Re: Tilmelding",
			headers: replyHeaders, intent: "update", diet: "Ali Demir=no_pork"},
	})
}

// 4. Cancellations in many wordings.
func TestCancelWordings(t *testing.T) {
	cancels := []string{
		"Hej\nJeg kan alligevel ikke komme.\nHilsen Ida",
		"Jeg må desværre melde fra.",
		"Vi bliver nødt til at trække os.",
		"Please count me out.",
		"I can no longer attend, sorry.",
		"Slet min tilmelding.",
		"Der er kommet noget i vejen, så jeg kommer ikke.",
		"Der er desværre kommet noget i vejen.",
		"Unfortunately something has come up and I won't be able to make it.",
		"I'm afraid I have to withdraw.",
		"Jeg kan desvaerre ikke alligevel.",
		"Please remove me from the list.",
		"Vi må desværre aflyse vores deltagelse.",
		"Jeg er nødt til at springe fra.",
		"I will not be able to come after all.",
		"Please cancel my registration.",
		"Fjern mig venligst fra listen.",
		"jeg har fået forfald",
		"I can't make it anyway.",
	}
	for _, b := range cancels {
		r := parseMail("Ida Holm", "Re: Tilmelding", replyHeaders, b)
		if r.Intent != tilmeld.IntentCancel {
			t.Errorf("%q: got %s %s (%v)", b, r.Intent, r.Status, r.Reasons)
		}
	}
}

// A hold-up that only makes the sender late withdraws nobody.
func TestLateIsNoCancel(t *testing.T) {
	for _, b := range []string{
		"Der er kommet noget i vejen, så jeg kommer lidt senere.",
		"Something came up, so I'll be half an hour late.",
		"Jeg kan desværre ikke alligevel nå det til kl. 16.30, men kommer kl. 17.",
		"Something has come up at work; I will arrive later than planned.",
	} {
		r := parseMail("Ida Holm", "Re: Tilmelding", replyHeaders, b)
		if r.Intent == tilmeld.IntentCancel && r.Status == tilmeld.StatusComplete {
			t.Errorf("%q: got %s %s", b, r.Intent, r.Status)
		}
	}
}

// 5. A mail that only asks is a question; a change if there is room is an update for staff.
func TestQuestionsAndConditionalChange(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nEr der plads til børn?\nHilsen Ida", intent: "question", status: "review"},
		{body: "Kan man komme uden at have valgt workshop?", intent: "question", status: "review"},
		{body: "Hi, is there parking near the venue?", intent: "question", status: "review"},
		{body: "Hej, må man tage sin hund med til mødet?", intent: "question", status: "review"},
		{body: "Skal man tilmelde sig hver workshop for sig?", intent: "question", status: "review"},
		{body: "Do I need to register for a workshop to come?", intent: "question", status: "review"},
		{body: "Hvis der er plads, vil jeg gerne skifte til workshop 3.", subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "review"},
		{body: "Kunne jeg komme over på workshop 1, hvis der stadig er ledige pladser?", subject: "Re: Kvittering", headers: replyHeaders,
			intent: "update", status: "review"},
		{body: "If there's still room I'd rather be in workshop 4.", subject: "Re: Your registration", headers: replyHeaders,
			intent: "update", status: "review"},
		{body: "Jeg vil gerne over i workshop 2 hvis det kan lade sig gøre.", subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update"},
		{body: "Could you move me to workshop 3 if there are still seats?", subject: "Re: Registration", headers: replyHeaders,
			intent: "update", status: "review"},
		{body: "Hvis der stadig er ledig plads, vil jeg hellere i workshop 2.", subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "review"},
		{body: "Hvordan tilmelder man sig?", intent: "question", status: "review"},
		{body: "Should I register each person separately?", intent: "question", status: "review"},
	})
}

// 6. English keywords for the workshops come from the event's aliases.
func TestEnglishWorkshopWords(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "I'd like the safety workshop, otherwise health.", from: "Tom Hart", status: "complete", want: "Tom Hart:1/2"},
		{body: "First choice: education. Second choice: jobs.", from: "Tom Hart", status: "complete", want: "Tom Hart:3/4"},
		{body: "I would like employment, or else neighbours.", from: "Tom Hart", status: "complete", want: "Tom Hart:4/1"},
		{body: "Please sign me up for wellbeing, and if full then education.", from: "Tom Hart", status: "complete", want: "Tom Hart:2/3"},
		{body: "I'd like to join the workshop on neighbours and safety; second choice health and wellbeing.", from: "Tom Hart",
			status: "complete", want: "Tom Hart:1/2"},
		{body: "I'd like workshop 2, with safety as a fallback.", from: "Tom Hart", status: "complete", want: "Tom Hart:2/1"},
		{body: "I want the education workshop; as a backup, employment.", from: "Tom Hart", status: "complete", want: "Tom Hart:3/4"},
		{body: "Primary: jobs. Secondary: education.", from: "Tom Hart", status: "complete", want: "Tom Hart:4/3"},
		{body: "Put me down for education, and failing that neighbours.", from: "Tom Hart", status: "complete", want: "Tom Hart:3/1"},
		{body: "Workshop 4 - backup: workshop 2", from: "Tom Hart", status: "complete", want: "Tom Hart:4/2"},
		{body: "Primært: uddannelse. Sekundært: naboskab.", from: "Tom Hart", status: "complete", want: "Tom Hart:3/1"},
		{body: "Jeg vil gerne i workshop 2, ellers safety.", from: "Tom Hart", status: "complete", want: "Tom Hart:2/1"},
	})
}

// 7. Someone named in a sign-off or a quote is no attendee.
func TestSignOffNameIsNoAttendee(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne i workshop 2 og 4.\n\nVenlig hilsen\nMette Kruse, på vegne af Lise Berg\n", from: "Mette Kruse",
			notStatus: "complete"},
		{body: "Jeg vil gerne i workshop 1.\n\nVenlig hilsen\nJonas Frost\nKontakt også min kollega Eva Lind på 22 33 44 55\n", from: "Jonas Frost",
			want: "Jonas Frost:1/-"},
		{body: "Workshop 3 for me please.\n\nBest regards,\nAnna Berg\ncc: my colleague Peter Holm\n", from: "Anna Berg",
			want: "Anna Berg:3/-"},
		{body: "Jeg vil gerne i workshop 2.\n\nMvh Kasper Vind\n\n> Den 1. sep. skrev Lene Thomsen <lene@example.dk>:\n> Jeg kommer med Ole Hansen.\n", from: "Kasper Vind",
			want: "Kasper Vind:2/-"},
		{body: "Workshop 3 og 2 til mig.\n\nMvh Jonas Frost\nKopi til Eva Lind\n", from: "Jonas Frost", status: "complete", want: "Jonas Frost:3/2"},
		{body: "I'd like workshop 1 and 2.\n\nBest regards,\nAnna Berg\nAssistant to Peter Holm, Director\n", from: "Anna Berg",
			status: "complete", want: "Anna Berg:1/2"},
		{body: "I'll attend workshop 4.\n\nAnna Berg\nTeam: Peter Holm, Sara Lind\n", from: "Anna Berg", want: "Anna Berg:4/-"},
		{body: "Jeg kommer gerne, workshop 2.\n\n> Hej Kasper, tag gerne Ole Hansen med.\n> Mvh Lene Thomsen\n", from: "Kasper Vind",
			status: "complete", want: "Kasper Vind:2/-"},
		{body: "Ja tak, workshop 2 og 3. Min kollega Ole Hansen fik også invitationen.\nMvh Kasper", from: "Kasper Vind",
			want: "Kasper Vind:2/3"},
	})
}

// 8. Writing on behalf of another: the other is the attendee.
func TestOnBehalfOfAnother(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg tilmelder min mor, Inge Nielsen, til workshop 2 og 3.\nHilsen Søren", from: "Søren Nielsen",
			want: "Inge Nielsen:2/3"},
		{body: "På vegne af Hassan Omar vil jeg tilmelde ham workshop 4.\nMvh Birgit", from: "Birgit Dam",
			want: "Hassan Omar:4/-"},
		{body: "I am writing on behalf of my father, Karl Jensen. He would like workshop 1 and 2.", from: "Lise Jensen",
			want: "Karl Jensen:1/2"},
		{body: "Jeg tilmelder min mor til workshop 2.", from: "Søren Nielsen", notStatus: "complete"},
		{body: "I'd like to register my mother for workshop 3.", from: "Lise Jensen", notStatus: "complete"},
		{body: "I'm registering my mum, Ruth Jensen: workshop 3, then 1.", from: "Lise Jensen", status: "complete", want: "Ruth Jensen:3/1"},
		{body: "This is for my neighbour Omar Ali, who has no e-mail. He wants workshop 2.", from: "Lise Jensen",
			status: "complete", want: "Omar Ali:2/-"},
		{body: "Jeg skriver for min nabo, Aysel Kaya. Hun vil gerne i workshop 1 og 2.", from: "Søren Nielsen",
			status: "complete", want: "Aysel Kaya:1/2"},
		// The one the mail is for, named under the closing words, is who comes.
		{body: "Hej\nLise vil gerne i workshop 2 og 4.\n\nVenlig hilsen\nMette Kruse, på vegne af Lise Berg\n", from: "Mette Kruse",
			notStatus: "complete"},
		{body: "Workshop 1 and 2 please.\nRegards Anna Berg on behalf of Peter Holm", from: "Anna Berg", notStatus: "complete"},
	})
}

// invitationRefs and invitationQuote make a mail an answer to the invitation.
const invitationRefs = "In-Reply-To: <AM6PR07MB5623B41E0C9D7F2A3E8B@AM6PR07MB5623.eurprd07.prod.mail.example.com>\r\n"
const invitationQuote = "Den 1. sep. 2020 kl. 10.14 skrev ABC <abc@bo-vest.dk>:\n> Kære alle\n> Workshops:\n> 1. Naboskab, netværk & tryghed\n" +
	"> 2. Sundhed & trivsel\n> 3. Uddannelse & livschancer\n> 4. Beskæftigelse & opkvalificering\n> Tilmelding senest 21. september.\n"

// 9. Workshops without any earlier registration referenced are a registration.
func TestFirstMailIsRegistration(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nMin tilmelding: workshop 2 og 3.\nHilsen Per Holm", from: "Per Holm", intent: "register", status: "complete", want: "Per Holm:2/3"},
		{body: "Jeg vil gerne tilføje mig selv til workshop 1 og 4.", from: "Per Holm", intent: "register"},
		{body: "Vores tilmelding: workshop 4, ellers 2.", from: "Per Holm", intent: "register"},
		{body: "Hej, jeg vil gerne rette ind efter jeres frist og tilmelde mig workshop 3.", from: "Per Holm", intent: "register"},
		{body: "My registration: workshop 1 and 3.", from: "Per Holm", intent: "register", status: "complete", want: "Per Holm:1/3"},
		{body: "Hej, jeg vil gerne tilføje mig: workshop 1 og 4.\nPer Holm\n\n" + invitationQuote, from: "Per Holm", subject: "Re: Invitation",
			headers: invitationRefs, intent: "register", status: "complete", want: "Per Holm:1/4"},
		{body: "Sundhed som før, og så job.\nPer Holm\n\n" + invitationQuote, from: "Per Holm", subject: "Re: Invitation",
			headers: invitationRefs, intent: "register", status: "complete", want: "Per Holm:2/4"},
		{body: "Hermed min tilmelding: workshop 2 og 3.\nMvh Per Holm", from: "Per Holm", subject: "Re: Invitation",
			headers: invitationRefs, intent: "register", status: "complete", want: "Per Holm:2/3"},
		{body: "Here is my registration: workshop 2, then 4.\nPer Holm", from: "Per Holm", subject: "Re: Invitation",
			headers: invitationRefs, intent: "register", status: "complete", want: "Per Holm:2/4"},
		{body: "I would like to attend. Correct me if I'm wrong, but workshop 3 suits me best.\nPer Holm\n\n" + invitationQuote, from: "Per Holm",
			subject: "Re: Invitation", headers: invitationRefs, intent: "register"},
		// A change named outright stays a change.
		{body: "Jeg vil gerne skifte til workshop 3.\nPer Holm", from: "Per Holm", subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update", status: "complete", want: "Per Holm:3/-"},
		{body: "Kan jeg komme på workshop 4 i stedet?\nPer Holm", from: "Per Holm", subject: "Re: Tilmelding", headers: replyHeaders,
			intent: "update"},
	})
}

// Withdrawals, diet changes and questions in further wordings, each as an
// answer to the receipt: what the mail wants, whatever else it says.
func TestIntentWordings(t *testing.T) {
	for _, c := range [][2]string{
		{"cancel", "Hej, jeg kan alligevel ikke deltage. Undskyld."},
		{"cancel", "Vi trækker vores tilmelding."},
		{"cancel", "Desværre må jeg melde afbud til mødet d. 29."},
		{"cancel", "jeg er syg og kan ikke komme"},
		{"cancel", "Jeg bliver desvaerre noedt til at melde fra"},
		{"cancel", "Please take me off the list."},
		{"cancel", "I have to cancel, sorry."},
		{"cancel", "Sorry, I won't make it after all."},
		{"cancel", "Unfortunately I am no longer able to attend."},
		{"cancel", "We need to pull out of the meeting."},
		{"cancel", "Please delete my registration."},
		{"cancel", "Der er kommet noget i vejen. Jeg kan ikke."},
		{"cancel", "Jeg kan ikke alligevel, beklager"},
		{"cancel", "Vi har desværre fået forfald."},
		{"cancel", "Jeg dropper mødet alligevel."},
		{"cancel", "We'll have to give it a miss."},
		{"cancel", "Please unregister me."},
		{"cancel", "I'm not able to come anymore."},
		{"cancel", "Jeg har fået andre planer og kommer ikke."},
		{"update", "Jeg har glemt at sige, at jeg ikke spiser svinekød."},
		{"update", "Tilføjelse til min tilmelding: jeg er vegetar."},
		{"update", "Vi er begge vegetarer, glemte jeg at skrive."},
		{"update", "Could you note that I'm lactose intolerant?"},
		{"update", "Just a quick note: I'm allergic to nuts."},
		{"update", "Jeg er blevet veganer siden sidst."},
		{"update", "ret venligst min kost til glutenfri"},
		{"question", "Er der mulighed for at komme lidt senere?"},
		{"question", "Hvor foregår mødet?"},
		{"question", "Can I bring my kids?"},
		{"question", "Hvad koster det at deltage?"},
		{"question", "Is the meeting in Danish or English?"},
		{"question", "Kan man tilmelde sig efter fristen?"},
		{"question", "How do I sign up for a workshop?"},
	} {
		r := parseMail("Ida Holm", "Re: Tilmelding", replyHeaders, c[1])
		if string(r.Intent) != c[0] {
			t.Errorf("%q: got %s %s %s, want %s (%v)", c[1], r.Intent, r.Status, choices(r), c[0], r.Reasons)
		}
	}
}

// Decay of the buildings is no withdrawal.
func TestForfaldOfBuildings(t *testing.T) {
	r := parseMail("Ida Holm", "Tilmelding", "", "Jeg vil gerne i workshop 1, for forfald i vores afdeling er et stort problem.")
	if r.Intent != tilmeld.IntentRegister || choices(r) != "Ida Holm:1/-" {
		t.Errorf("got %s %s %s (%v)", r.Intent, r.Status, choices(r), r.Reasons)
	}
}

// A mail that only asks, though it names a workshop or "begge workshops",
// is a question for staff.
func TestQuestionOnly(t *testing.T) {
	for _, c := range [][2]string{
		{"question", "Er der stadig plads på workshop 2?"},
		{"question", "Is there still room in workshop 3?"},
		{"question", "Hvilken workshop handler om beskæftigelse?"},
		{"question", "Må børn deltage i workshop 1?"},
		{"question", "Can I come without choosing a workshop?"},
		{"question", "Hej. Kan man deltage i begge workshops? Mvh Ida"},
		{"question", "Er der plads til boern?"},
		{"question", "Kan man komme uden at have valgt workshop?\nMvh Ida"},
		{"question", "Hvornaar starter workshop 4?"},
	} {
		r := parseMail("Ida Holm", "Spørgsmål", "", c[1])
		if string(r.Intent) != c[0] || r.Status != tilmeld.StatusReview {
			t.Errorf("%q: got %s %s %s, want %s review (%v)", c[1], r.Intent, r.Status, choices(r), c[0], r.Reasons)
		}
	}
}

// People given as forms, blocks or sentences of their own, each with her
// workshops: a registration, and never complete with one of them lost.
func TestPeopleBlocks(t *testing.T) {
	for _, b := range []string{
		"Navn: Mona Ali\nWorkshop: 2, 4\nKost: vegetar\n\nNavn: Sara Ali\nWorkshop: 1, 3\n\nNavn: Yusuf Ali\nWorkshop: 4\nKost: halal\n",
		"Name: Tom Hart\nWorkshops: 2 and 3\nDiet: vegetarian\n\nName: Ann Hart\nWorkshops: 1 and 4\n\nName: Ben Hart\nWorkshops: 4\nDiet: no pork\n",
		"Mona Ali\nsundhed, job\n\nSara Ali\ntryghed\n\nYusuf Ali\nuddannelse\n",
		"Hej\n\nMona Ali (mig selv) ønsker sundhed og dernæst job. Jeg er vegetar.\n\nMin datter Sara Ali vil gerne i tryghed.\n\nMin søn Yusuf Ali vil i uddannelse, han spiser halal.\n",
		"Hello\n\nFirst person: Tom Hart, workshop 2 then 3, vegetarian.\nSecond person: Ann Hart, workshop 1.\nThird person: Ben Hart, workshop 4, no pork.\n",
		"____\nMona Ali\n2 og 4\n____\nSara Ali\n1 og 3\n____\nYusuf Ali\n4\n",
	} {
		r := parseMail("Mona Ali", "Tilmelding", "", b)
		if r.Intent != tilmeld.IntentRegister {
			t.Errorf("%q: read as %s (%v)", b, r.Intent, r.Reasons)
		}
		if r.Status == tilmeld.StatusComplete && len(r.Attendees) != 3 {
			t.Errorf("%q: complete with %s", b, choices(r))
		}
		for _, a := range r.Attendees {
			if a.Name == "Workshops" {
				t.Errorf("%q: a form label read as a name", b)
			}
		}
	}
}

// A withdrawal word in a mail that also chooses a workshop, or a choice
// beside "can't wait", is not acted on as a withdrawal.
func TestCancelBesideChoice(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne i workshop 3. Jeg trækker mig ikke tilbage fra noget.", notStatus: "complete"},
		{body: "Jeg må melde afbud. Jeg havde ellers valgt workshop 2.", notStatus: "complete"},
		{body: "I can't wait to attend! Workshop 2 please.", intent: "register", status: "complete", want: "Ida Holm:2/-"},
		{body: "Workshop 1 please. Nothing has come up to stop me.", intent: "register", status: "complete", want: "Ida Holm:1/-"},
	})
}

// checkedCase is a blindCase with more of the reading checked.
type checkedCase struct {
	blindCase
	// diets: "name=tag,tag" for each attendee, joined by "; ", when not "".
	diets        string
	phone, email string
	// asks: "yes" or "no" for the question flag when not "".
	asks string
}

// runChecked checks each case's diets, contact and question flag, then
// runs them all as blind cases.
func runChecked(t *testing.T, cases []checkedCase) {
	t.Helper()
	var blind []blindCase
	for _, c := range cases {
		blind = append(blind, c.blindCase)
		r := c.parse()
		if c.diets != "" && allDiets(r) != c.diets {
			t.Errorf("%q: diets %q, want %q", c.body, allDiets(r), c.diets)
		}
		if c.phone != "" && r.Contact.Phone != c.phone {
			t.Errorf("%q: phone %q, want %q", c.body, r.Contact.Phone, c.phone)
		}
		if c.email != "" && r.Contact.Email != c.email {
			t.Errorf("%q: email %q, want %q", c.body, r.Contact.Email, c.email)
		}
		if c.asks != "" && r.Question != (c.asks == "yes") {
			t.Errorf("%q: question = %v, want %s (%v)", c.body, r.Question, c.asks, r.Reasons)
		}
	}
	runBlind(t, blind)
}
