package parser

import (
	"strings"
	"testing"

	"tilmeld"
)

// The kinds of mail a fifth blind set showed the reader wrong on, each in
// several wordings of our own, through Parse with the gate.

// 1. The sender registers someone else and does not come herself, or adds
// someone to the registration she made before: she is no attendee.
func TestSenderNotAttending(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne tilmelde en borger, Hassan Abdi, til netværksmødet. Han ønsker workshop 4 og ellers 3.\nJeg deltager ikke selv.\nMvh\nBirthe Moos\nJobkonsulent, Jobcenter Albertslund\nMobil 22 33 44 55\nHovednummer 43 68 68 68",
			from: "Birthe Moos", status: "complete", want: "Hassan Abdi:4/3", intent: tilmeld.IntentRegister},
		{body: "Hej\nHermed tilmelding af beboer Amina Yusuf til workshop 2, 2. prioritet workshop 1. Jeg kommer ikke selv.\nVenlig hilsen\nLene Vang\nBoligsocial medarbejder",
			from: "Lene Vang", status: "complete", want: "Amina Yusuf:2/1"},
		{body: "Hej\nJeg tilmelder hermed Omar Said, som gerne vil i workshop 3. Selv kan jeg ikke den dag.\nMvh Lene Vang",
			from: "Lene Vang", status: "complete", want: "Omar Said:3/-"},
		{body: "Hi\nI would like to register Ahmed Nur for workshop 4, second choice 2. I will not attend myself.\nBest regards\nLene Vang",
			from: "Lene Vang", status: "complete", want: "Ahmed Nur:4/2"},
		{body: "Hej\nJeg tilmeldte mig for et stykke tid siden. Nu vil min mand Minh Tran også gerne med, han vil gerne i workshop 1 og ellers 2.\nMvh Linh Tran",
			from: "Linh Tran", status: "complete", want: "Minh Tran:1/2", intent: tilmeld.IntentUpdate},
		{body: "Hej igen\nJeg er allerede tilmeldt, men min nabo Elif Ozturk vil også gerne komme. Hun ønsker workshop 2, ellers 4.\nHilsen Kemal Ozturk",
			from: "Kemal Ozturk", status: "complete", want: "Elif Ozturk:2/4", intent: tilmeld.IntentUpdate},
		{body: "Tak for kvitteringen. Min mand Ole Berg vil også gerne tilmeldes, workshop 3 og 1.\nMvh Grete Berg",
			from: "Grete Berg", headers: replyHeaders, status: "complete", want: "Ole Berg:3/1", intent: tilmeld.IntentUpdate},
		{body: "Hi again\nI registered a couple of weeks ago. My neighbour Sara Holt would also like to come, workshop 2 and otherwise 1.\nBest\nAnn Fox",
			from: "Ann Fox", status: "complete", want: "Sara Holt:2/1", intent: tilmeld.IntentUpdate},
		{body: "Hej\nMin mand Bo Lind vil også gerne med. Han ønsker workshop 4 og ellers 1.\nMvh Eva Lind\n\nDen 10. sep. 2020 skrev abc@bo-vest.dk:\n> Kære Eva Lind\n> Tak for din tilmelding til Aktive boligområder i Albertslund efter 2020.\n> Vi har forstået din tilmelding sådan:\n> Eva Lind: workshop 2\n",
			from: "Eva Lind", subject: "Re: Tilmelding", headers: replyHeaders, status: "complete", want: "Bo Lind:4/1", intent: tilmeld.IntentUpdate},
		{body: "Hej\nJeg skal ikke selv med, men vil gerne tilmelde min borger Said Ali til workshop 1 og ellers 4.\nMvh\nLene Vang\nBoligsocial medarbejder",
			from: "Lene Vang", status: "complete", want: "Said Ali:1/4"},
		{body: "Jeg kommer ikke selv, men min datter Sara Holm vil gerne i workshop 1.\nIda", status: "complete", want: "Sara Holm:1/-"},
		{body: "Hej\nJeg er allerede tilmeldt. Jeg vil gerne også tilmelde min nabo Elif Ozturk, hun vil gerne i workshop 3, ellers 2.\nMvh Kemal",
			from: "Kemal Ozturk", status: "complete", want: "Elif Ozturk:3/2", intent: tilmeld.IntentUpdate},
		// "Jeg har tilmeldt mig" in a first mail is this registration, not an earlier one.
		{body: "Hej\nJeg har tilmeldt mig workshop 2 og ellers 3.\nMvh Ida", want: "Ida Holm:2/3", intent: tilmeld.IntentRegister},
		// Without anyone else named, "ikke selv" is no sign-up of others.
		{body: "Jeg kan desværre ikke komme alligevel.\nMvh Lene Vang", from: "Lene Vang", intent: tilmeld.IntentCancel},
		// Someone else is registered but unplaced: the sender is still no attendee.
		{body: "Hej\nJeg vil gerne tilmelde beboer Ali Omar. Jeg deltager ikke selv.\nMvh Lene Vang", from: "Lene Vang",
			status: "incomplete", want: "Ali Omar:-/-", missing: []string{"workshop"}},
	})
	// Her own mobile, not the office's switchboard, is the contact's.
	r := parseMail("Lene Vang", "Tilmelding", "", "Hi\nI'd like to sign up our resident Maria Lopez for workshop 2, with 3 as second choice. "+
		"I won't be coming myself.\nKind regards\nLene Vang\nMain number: 43 68 68 68\nMobile: 22 33 44 55")
	if r.Status != tilmeld.StatusComplete || r.Contact.Phone != "+4522334455" || choices(r) != "Maria Lopez:2/3" {
		t.Errorf("got %s contact %+v, attendees %s (%v)", r.Status, r.Contact, choices(r), r.Reasons)
	}
	r = parseMail("Birthe Moos", "Tilmelding", "", "Hej\nJeg tilmelder borger Hassan Abdi til workshop 4, ellers 3. Jeg kommer ikke selv.\n"+
		"Mvh\nBirthe Moos\nJobkonsulent\nHovednummer: 43 68 68 68\nMobil: 22 33 44 55\n")
	if r.Contact.Phone != "+4522334455" || r.Contact.Email != "sender@example.dk" || choices(r) != "Hassan Abdi:4/3" {
		t.Errorf("contact %+v, attendees %s (%v)", r.Contact, choices(r), r.Reasons)
	}
}

// 2. A From name in another script than the body's Latin name is the same
// person: the name she writes in the body is the one to use.
func TestDisplayNameOtherScript(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nMit navn er Fatima Haddad og jeg vil gerne deltage i workshop 2, ellers 1.\nTak", from: "فاطمة حداد",
			status: "complete", want: "Fatima Haddad:2/1"},
		{body: "Hej\nJeg vil gerne i workshop 3 og 4.\nMvh\nYousef Karimi", from: "یوسف کریمی",
			status: "complete", want: "Yousef Karimi:3/4"},
		{body: "Hello\nMy name is Olena Shevchenko. I would like workshop 1, second choice 2.\nThanks", from: "Олена Шевченко",
			status: "complete", want: "Olena Shevchenko:1/2"},
		{body: "Jeg hedder Samir Nasser og vil gerne tilmelde mig workshop 4.", from: "سمير ناصر",
			status: "complete", want: "Samir Nasser:4/-"},
		// A Latin display name that is not the body's is no other script.
		{body: "Hej\nMit navn er Fatima Haddad og jeg vil gerne deltage i workshop 2.", from: "Hanne Berg", notStatus: "complete"},
	})
}

// 3. A reply that moves one priority: "fra A til B" makes B the new
// choice and A the old one; a priority said to stay is not given; "Kan I
// ...?" asks the bot to act, not staff to answer.
func TestMovePriority(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nKan I flytte min 1. prioritet fra workshop 2 til workshop 4?\nMvh Per Holm", from: "Per Holm", subject: "Re: Tilmelding",
			headers: replyHeaders, status: "complete", want: "Per Holm:4/-", intent: tilmeld.IntentUpdate},
		{body: "Hej\nKan I ændre min 1. prioritet til workshop 3? Som 2. prioritet vil jeg så gerne have workshop 2.\nMvh Per Holm", from: "Per Holm",
			subject: "Re: Tilmelding", headers: replyHeaders, status: "complete", want: "Per Holm:3/2", intent: tilmeld.IntentUpdate},
		{body: "Hi\nCould you change my second choice from the health workshop to workshop 3 (education)? First choice stays the same.\nThanks, Ann",
			from: "Ann Fox", subject: "Re: Registration", headers: replyHeaders, status: "complete", want: "Ann Fox:-/3", intent: tilmeld.IntentUpdate},
		{body: "Hej\nJeg vil gerne flytte min 2. prioritet fra sundhed til beskæftigelse. Første prioritet er den samme.\nHilsen Ida",
			subject: "Re: Tilmelding", headers: replyHeaders, status: "complete", want: "Ida Holm:-/4", intent: tilmeld.IntentUpdate},
		{body: "Kan I ændre mit andet valg fra workshop 1 til workshop 2? Mit første valg er uændret.\nMvh Ida",
			subject: "Re: Tilmelding", headers: replyHeaders, status: "complete", want: "Ida Holm:-/2", intent: tilmeld.IntentUpdate},
		{body: "Hej\nJeg er allerede tilmeldt, men kan I ændre min 2. prioritet til workshop 3? Første prioritet er den samme.\nMvh Ida",
			status: "complete", want: "Ida Holm:-/3", intent: tilmeld.IntentUpdate},
		// Someone added has no 1st to keep.
		{body: "Jeg er allerede tilmeldt. Min nabo Bo Lund vil også gerne med, 2. prioritet workshop 3.\nMvh Ida", notStatus: "complete"},
		{body: "Could you move my first choice from workshop 1 to workshop 4, please?\nBest, Ann", from: "Ann Fox",
			subject: "Re: Registration", headers: replyHeaders, status: "complete", want: "Ann Fox:4/-", intent: tilmeld.IntentUpdate},
	})
}

// 5. "som den anden", "som nummer to", "som mit andet valg" after a
// workshop give its priority, not workshop 2.
func TestOrdinalPriority(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil helst workshop nr. 3 og så nr. 1 som den anden.\nMvh Ida", status: "complete", want: "Ida Holm:3/1"},
		{body: "Jeg vil gerne i workshop 4, og workshop 1 som nummer to.\nMvh Ida", status: "complete", want: "Ida Holm:4/1"},
		{body: "Tilmelding: workshop 3 som mit første valg og workshop 1 som mit andet valg.\nIda", status: "complete", want: "Ida Holm:3/1"},
		{body: "I'd like workshop 3 first and workshop 4 as my second.\nIda", status: "complete", want: "Ida Holm:3/4"},
		{body: "Helst nr. 4, og nr. 3 som den anden.\nHilsen Ida", status: "complete", want: "Ida Holm:4/3"},
		{body: "Helst workshop 3, og nr. 2 som nummer to.\nIda", status: "complete", want: "Ida Holm:3/2"},
		{body: "Jeg vil gerne i workshop 1 og workshop 4 som mit andet valg.\nIda", status: "complete", want: "Ida Holm:1/4"},
		// a name in brackets after the number stands between it and its rank
		{body: "Jeg vælger workshop 4 (job) som nummer et og workshop 1 som nummer to.\nIda", status: "complete", want: "Ida Holm:4/1"},
		{body: "Workshop 2 (sundhed) som 2. prioritet og workshop 3 (uddannelse) som 1. prioritet.\nIda", status: "complete", want: "Ida Holm:3/2"},
	})
}

// 4. Two workshops at once, both, or the time split between them, asked
// whether it can be done: a question for staff.
func TestBothAtOnce(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage i workshop 1 og 2 på samme tid, hvis det kan lade sig gøre?\nMvh Ida", status: "review"},
		{body: "Hej\nKan man være med i både sundhed og tryghed? Jeg vil gerne dele tiden mellem dem.\nMvh Ida", status: "review"},
		{body: "Jeg vil gerne tilmelde mig workshop 3. Er det muligt at deltage i workshop 4 samtidig?\nMvh Ida", status: "review"},
		{body: "Hi\nI'd like to attend workshop 2 and workshop 4 at the same time, is that possible?\nBest, Ida", status: "review"},
		{body: "Jeg vil gerne være med i workshop 2 og 3 – kan jeg dele min tid mellem de to?\nIda", status: "review"},
		{body: "Jeg vil gerne i begge workshops, 1 og 4, er det muligt?\nIda", status: "review"},
		{body: "Hej, kan jeg deltage i både workshop 2 og 3 på samme tid?\nIda", status: "review", want: "Ida Holm:2/3"},
		{body: "Can I join both workshop 2 and workshop 3? I would like to split my time between them.\nIda", status: "review"},
		// A first and a second choice is no wish for both; "samtidig" alone neither.
		{body: "Jeg vil gerne i workshop 1, ellers 4.\nIda", status: "complete", want: "Ida Holm:1/4"},
		{body: "Jeg vil gerne i workshop 2, og samtidig vil jeg gerne sige tak for invitationen.\nIda", status: "complete", want: "Ida Holm:2/-"},
	})
}

// 6. A choice said as an interest, and "hvis det er fyldt" as the 2nd.
func TestInterestChoice(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg interesserer mig for uddannelse, så det vil jeg gerne.\nMvh Ida", status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nJeg vil helst snakke om sundhed. Hvis det er fyldt så noget med job.\nMvh Ida", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg vil helst høre om tryghed, og hvis det er optaget, så noget med uddannelse.\nIda", status: "complete", want: "Ida Holm:1/3"},
		{body: "I'm interested in health, so I'd like that one. If it is full, something about jobs.\nIda", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne i workshop 2. Min mand Bo Holm kommer også, men han har ikke besluttet sig for hvilken workshop endnu.\nMvh Ida",
			status: "incomplete", want: "Ida Holm:2/-; Bo Holm:-/-", missing: []string{"workshop"}},
		{body: "Jeg interesserer mig for beskæftigelse, så det vil jeg gerne. Min kollega Eva Lund kommer med, hun har ikke besluttet sig endnu.\nMvh Ida",
			status: "incomplete", want: "Ida Holm:4/-; Eva Lund:-/-", missing: []string{"workshop"}},
	})
}

// 8. An exception that adds nothing outside the diet keeps it; one that
// contradicts it still goes to staff.
func TestDietHarmlessException(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne i workshop 1. Jeg er vegetar (spiser dog æg og mælkeprodukter).", status: "complete", diet: "Ida Holm=vegetarian"},
		{body: "Jeg vil gerne i workshop 1. Jeg er vegetar, men spiser gerne ost og æg.", status: "complete", diet: "Ida Holm=vegetarian"},
		{body: "I'd like workshop 1. I'm vegetarian, but I do eat eggs and dairy.", status: "complete", diet: "Ida Holm=vegetarian"},
		{body: "Jeg vil gerne i workshop 1. Jeg spiser halal, dog gerne fisk.", status: "complete", diet: "Ida Holm=halal"},
		{body: "Jeg vil gerne i workshop 1. Jeg er vegetar, men spiser dog kylling.", notStatus: "complete"},
		{body: "Jeg vil gerne i workshop 1. Jeg er veganer, men spiser dog æg.", notStatus: "complete"},
		{body: "Jeg vil gerne i workshop 1. Jeg er vegetar, dog ikke æg.", notStatus: "complete"},
	})
}

// 9. A sentence about food is never a name, in capitals neither; 7. names
// written in capitals are names, title-cased, and a verb in capitals is not.
func TestCapsMail(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg er sukkersyg, så ikke for meget kage.\nJeg vil gerne i workshop 4.\nMvh", from: "Ruth Kjeldsen",
			status: "complete", want: "Ruth Kjeldsen:4/-", diet: "Ruth Kjeldsen=diabetic"},
		{body: "HEJ\nJEG VIL GERNE VÆRE MED I WORKSHOP 1 OG 2.\nMVH\nRUTH KJELDSEN", from: "Ruth Kjeldsen",
			status: "complete", want: "Ruth Kjeldsen:1/2"},
	})
}

// TestCapsNoDisplayName parses mail with no display name, so that the name comes
// from the words alone.
func TestCapsNoDisplayName(t *testing.T) {
	for _, c := range []struct{ body, want, diet string }{
		{"HEJ\nJEG VIL GERNE I WORKSHOP 2 OG ELLERS 1.\nJEG ER SUKKERSYG SÅ IKKE FOR MEGET KAGE\nHILSEN RUTH KJELDSEN", "Ruth Kjeldsen:2/1", "Ruth Kjeldsen=diabetic"},
		{"HEJ JEG VIL GERNE VÆRE MED I WORKSHOP 3. MVH KARL NIELSEN", "Karl Nielsen:3/-", "Karl Nielsen="},
		{"JEG VIL GERNE VÆRE MED. HELST SUNDHED OG ELLERS BESKÆFTIGELSE\nMVH\nANNA BERG", "Anna Berg:2/4", "Anna Berg="},
		{"HI, I WOULD LIKE TO JOIN WORKSHOP 4, OTHERWISE 1. I AM VEGETARIAN.\nREGARDS\nJOHN BERG", "John Berg:4/1", "John Berg=vegetarian"},
		{"Hej\nJeg vil gerne i workshop 2.\nJeg er sukkersyg så ikke for meget kage\nMvh", "", ""},
		// Misspelled workshop names in capitals.
		{"JEG VIL GERNE VÆRE MED I BESKÆFTIGLSE OG ELLERS SUNHED\nMVH\nANNA BERG", "Anna Berg:4/2", "Anna Berg="},
		{"JEG VIL GERNE VÆRE MED I UDANNELSE OG ELLERS NABOSKAP\nMVH\nANNA BERG", "Anna Berg:3/1", "Anna Berg="},
		{"TILMELDING TIL WORKSHOP TRYGHED OG NETVÆRK, ELLERS SUNDHED OG TRIVSEL. HILSEN OLE HANSEN", "Ole Hansen:1/2", "Ole Hansen="},
	} {
		raw := "From: sender@example.dk\r\nTo: abc@bo-vest.dk\r\nSubject: Tilmelding\r\nMessage-ID: <k@example.dk>\r\n" +
			"Content-Type: text/plain; charset=utf-8\r\n\r\n" + c.body
		r := Parse([]byte(raw), testEvent)
		if c.want == "" {
			for _, a := range r.Attendees {
				if strings.Contains(strings.ToLower(a.Name), "sukkersyg") {
					t.Errorf("%q: a diet became the name %q", c.body, a.Name)
				}
			}
			continue
		}
		if r.Status != tilmeld.StatusComplete || choices(r) != c.want || firstDiet(r) != c.diet {
			t.Errorf("%q: got %s %s diet=%s, want complete %s diet=%s (%v)", c.body, r.Status, choices(r), firstDiet(r), c.want, c.diet, r.Reasons)
		}
	}
}

// 3. A reply signed with a first name only takes the full name from the
// thread it answers.
func TestReplyFirstNameOnly(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Hej\nKan I flytte min 1. prioritet fra workshop 2 til workshop 4?\nMvh Ann\n\nDen 10. sep. 2020 skrev abc@bo-vest.dk:\n> Kære Ann Fox\n> Tak for din tilmelding til mødet.\n> Vi har forstået din tilmelding sådan:\n> Ann Fox: workshop 2, ellers 1\n",
			"Ann Fox:4/-"},
		{"Hej\nKan I ændre min 1. prioritet til workshop 3? Som 2. prioritet vil jeg så gerne have workshop 2.\nHilsen Ann\n\nDen 10. sep. 2020 skrev Ann Fox <sender@example.dk>:\n> Hej, jeg vil gerne i workshop 1 og 4.\n> Ann Fox\n",
			"Ann Fox:3/2"},
	} {
		raw := "From: sender@example.dk\r\nTo: abc@bo-vest.dk\r\nSubject: Re: Tilmelding\r\nMessage-ID: <k@example.dk>\r\n" + replyHeaders +
			"Content-Type: text/plain; charset=utf-8\r\n\r\n" + c.body
		r := Parse([]byte(raw), testEvent)
		if r.Intent != tilmeld.IntentUpdate || r.Status != tilmeld.StatusComplete || choices(r) != c.want {
			t.Errorf("%q: got %s %s %s, want update complete %s (%v)", c.body, r.Intent, r.Status, choices(r), c.want, r.Reasons)
		}
	}
}

// A request to move a choice asks the bot to act; a wish for two workshops
// at once asks staff.
func TestMoveIsNoQuestion(t *testing.T) {
	for _, c := range []struct {
		body string
		q    bool
	}{
		{"Kan I flytte min 1. prioritet fra workshop 2 til workshop 4?\nMvh Ida", false},
		{"Could you change my second choice from the health workshop to workshop 3 (education)? First choice stays the same.\nIda", false},
		{"Kan I ændre min 1. prioritet til workshop 3?\nIda", false},
		{"Hej, kan jeg deltage i både workshop 2 og 3 på samme tid?\nIda", true},
		{"I'd like to attend workshop 2 and workshop 4 at the same time, is that possible?\nIda", true},
	} {
		r := parseMail("Ida Holm", "Re: Tilmelding", replyHeaders, c.body)
		if r.Question != c.q {
			t.Errorf("%q: question=%v, want %v (%v)", c.body, r.Question, c.q, r.Reasons)
		}
	}
}
