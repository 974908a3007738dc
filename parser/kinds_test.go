package parser

import (
	"slices"
	"testing"

	"tilmeld"
)

// The kinds of mail a blind set showed the reader wrong on, each in several
// wordings of our own. Every mail goes through Parse, gate included: what
// counts is what the bot would do with it.

// parseMail parses a plain-text mail with the given From display name,
// subject and extra header lines.
func parseMail(from, subject, headers, body string) *Result {
	raw := "From: " + from + " <sender@example.dk>\r\nTo: abc@bo-vest.dk\r\nSubject: " + subject + "\r\n" +
		"Message-ID: <k@example.dk>\r\nDate: Mon, 14 Sep 2020 10:00:00 +0200\r\n" + headers +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
	return Parse([]byte(raw), testEvent)
}

type kindCase struct {
	body, from string
	// status wanted; want is the attendees (choices()) when not "".
	status, want string
	intent       tilmeld.Intent
	missing      []string
}

func runKinds(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, c := range cases {
		from := c.from
		if from == "" {
			from = "Ida Holm"
		}
		r := parseMail(from, "Tilmelding", "", c.body)
		bad := string(r.Status) != c.status || c.want != "" && choices(r) != c.want ||
			c.intent != "" && r.Intent != c.intent || c.missing != nil && !slices.Equal(r.Missing, c.missing)
		if bad {
			t.Errorf("%q: got %s %s %s missing=%v, want %s %s %s missing=%v (%v)", c.body, r.Intent, r.Status, choices(r), r.Missing,
				c.intent, c.status, c.want, c.missing, r.Reasons)
		}
	}
}

// 2. Lines that each give a person and her choices.
func TestPersonLines(t *testing.T) {
	runKinds(t, []kindCase{
		{body: "Vi kommer to:\n- Ali Demir: 1 og 3\n- Ayse Demir: 2 og 4\nHilsen Ali", from: "Ali Demir",
			status: "complete", want: "Ali Demir:1/3; Ayse Demir:2/4"},
		{body: "Hej\nHermed tilmelding:\n- Ayse Demir, workshop 2, vegetar\n- Mehmet Demir, workshop 1 og 3\n", from: "Ayse Demir",
			status: "complete", want: "Ayse Demir:2/-; Mehmet Demir:1/3"},
		{body: "Tilmelding for os to\n* Hanne Berg - 4, ellers 1\n* Per Berg - 2\n", from: "Hanne Berg",
			status: "complete", want: "Hanne Berg:4/1; Per Berg:2/-"},
		{body: "We would like to register:\n- John Berg: 2 and 3\n- Mary Berg: 1\n", from: "John Berg",
			status: "complete", want: "John Berg:2/3; Mary Berg:1/-"},
		{body: "Tilmelding:\n- Ali: 1 og 3\n- Fatma: 2 og 4", from: "Ali Demir",
			status: "complete", want: "Ali Demir:1/3; Fatma:2/4"},
		{body: "Vi kommer 2 personer: Ida Holm og Bo Holm.\nIda: 1, 2\nBo: 3, 4",
			status: "complete", want: "Ida Holm:1/2; Bo Holm:3/4"},
		{body: "Hej\nVi tilmelder os:\n1) Ali Demir: 1 og 3\n2) Ayse Demir: 2 og 4\nHilsen Ali", from: "Ali Demir",
			status: "complete", want: "Ali Demir:1/3; Ayse Demir:2/4"},
		// What the reader cannot give a listed person goes to staff.
		{body: "Tilmelding:\n- Ali Demir: 1 og 3\n- Ayse Demir: samme som Ali", from: "Ali Demir", status: "review"},
		// his wife's line without her name: her choices, and her name asked for
		{body: "Tilmelding:\n- Ali Demir: 1 og 3\n- min kone: 2 og 4", from: "Ali Demir", status: "incomplete", missing: []string{"name"},
			want: "Ali Demir:1/3; :2/4"},
		{body: "Tilmelding:\n- Ali Demir: 1 og 3\n- Ayse Demir: 2 og 7", from: "Ali Demir", status: "review"},
		// A label with a number is no person.
		{body: "Jeg vil gerne i workshop 2.\nBørn: 3\nVoksne: 1", status: "complete", want: "Ida Holm:2/-"},
		{body: "- Ali Demir (mig): 1, 3\n- Ayse Demir: 2, 4, vegetar", from: "Ali Demir",
			status: "complete", want: "Ali Demir:1/3; Ayse Demir:2/4"},
		{body: "Tilmelding:\n• Ole Bak: 3\n• Rita Bak: 4 og 1", from: "Ole Bak",
			status: "complete", want: "Ole Bak:3/-; Rita Bak:4/1"},
		{body: "Tilmelding:\n- Jonas Lund: sundhed, ellers job\n- Eva Lund: tryghed", from: "Jonas Lund",
			status: "complete", want: "Jonas Lund:2/4; Eva Lund:1/-"},
	})
}

// 3. Diets said with a negation or an exception.
func TestDietExceptions(t *testing.T) {
	cases := []struct {
		body string
		want []tilmeld.Diet
	}{
		{"I don't eat meat but I eat fish.", []tilmeld.Diet{"pescetarian"}},
		{"I do not eat meat, but fish is fine.", []tilmeld.Diet{"pescetarian"}},
		{"No meat for me, fish is ok.", []tilmeld.Diet{"pescetarian"}},
		{"I'm vegetarian but I do eat fish.", []tilmeld.Diet{"pescetarian"}},
		{"Jeg spiser ikke kød, undtagen fisk.", []tilmeld.Diet{"pescetarian"}},
		{"Jeg spiser ikke kod men gerne fisk.", []tilmeld.Diet{"pescetarian"}},
		{"Jeg spiser fisk, men ikke kød.", []tilmeld.Diet{"pescetarian"}},
		{"I eat fish but no meat.", []tilmeld.Diet{"pescetarian"}},
		{"Jeg spiser alt undtagen svinekød.", []tilmeld.Diet{"no_pork"}},
		{"I eat everything except pork.", []tilmeld.Diet{"no_pork"}},
		{"I don't eat pork.", []tilmeld.Diet{"no_pork"}},
		{"I don't eat meat or fish.", []tilmeld.Diet{"vegetarian"}},
		{"I'm not vegetarian.", nil},
		{"I eat everything.", nil},
		{"Jeg spiser ikke kød eller fisk.", []tilmeld.Diet{"vegetarian"}},
		{"Vegetar, men fisk er ok.", []tilmeld.Diet{"pescetarian"}},
		{"Ingen kød til mig, men gerne fisk.", []tilmeld.Diet{"pescetarian"}},
		{"I'm a vegetarian but I also eat fish and I have a nut allergy.", []tilmeld.Diet{"nut_allergy", "pescetarian"}},
		{"I am vegetarian except for fish.", []tilmeld.Diet{"pescetarian"}},
		{"Jeg er ikke allergisk over for noget.", nil},
		{"I'm not allergic to anything.", nil},
		{"I don't have any allergies.", nil},
		{"Jeg er diabetiker og må ikke få sukker.", []tilmeld.Diet{"diabetic"}},
		{"Jeg er vegetar, dog spiser jeg fisk.", []tilmeld.Diet{"pescetarian"}},
		{"Kød spiser jeg ikke, men fisk er fint.", []tilmeld.Diet{"pescetarian"}},
	}
	for _, c := range cases {
		r := parseMail("Ida Holm", "Tilmelding", "", "Jeg vil gerne i workshop 1. "+c.body)
		if len(r.Attendees) != 1 || !slices.Equal(r.Attendees[0].Diet, c.want) || r.Status != tilmeld.StatusComplete {
			t.Errorf("%q: got %s %+v, want %v (%v)", c.body, r.Status, r.Attendees, c.want, r.Reasons)
		}
	}
	// A negation the reader does not understand must not leave a wrong diet.
	for _, body := range []string{
		"I'm vegetarian, but not strictly, I eat chicken.",
		"Jeg er ikke vegetar, men spiser ikke svinekød eller oksekød.",
		"I don't eat meat or dairy.",
		"No pork, no beef.",
		"Ingen svinekød og ingen lam.",
		"Jeg spiser ikke svinekød eller lam.",
		"I'm vegetarian but my husband eats fish.",
		"Jeg er vegetar, men spiser gerne kylling.",
	} {
		r := parseMail("Ida Holm", "Tilmelding", "", "Jeg vil gerne i workshop 1. "+body)
		if r.Status == tilmeld.StatusComplete && len(r.Attendees) == 1 && len(r.Attendees[0].Diet) == 1 {
			t.Errorf("%q: complete with %v", body, r.Attendees[0].Diet)
		}
	}
}

// 7. Phishing in Danish is ignored as spam.
func TestPhishingDanish(t *testing.T) {
	for _, body := range []string{
		"Kære bruger\n\nDin postkasse er næsten fuld. Bekræft din konto inden 24 timer ved at klikke på linket nedenfor, ellers bliver den lukket.\n\nhttp://mail-support.example.net/verify\n\nIT-support",
		"Hej\nDin adgangskode udløber i dag. Log ind her for at beholde din nuværende adgangskode: https://login.example.net\nVenlig hilsen\nIT-afdelingen",
		"Kaere kunde\nVi har registreret usaedvanlig aktivitet paa din konto. Bekraeft din identitet her inden 48 timer: www.example.net/konto\nMvh Sikkerhedsteamet",
		"Din konto bliver lukket i dag. Klik på linket og opdater dine oplysninger med det samme for at undgå at miste dine mails.\nhttps://example.net/opdater",
		"Kære kunde, din tilmelding til NemID er udløbet. Bekræft dine oplysninger straks via linket: https://nemid.example.net",
		"Din postkasse er fuld. Klik her for at bekraefte din konto, ellers bliver den spaerret.",
		"Hej\nDu har 3 ventende beskeder. Bekræft din adresse for at modtage dem: https://x.example.net\nMvh Mail Team",
		"Kære medarbejder\nDin e-mail konto er blevet midlertidigt spærret. Log ind via linket nedenfor for at genaktivere den.",
		"Din pakke kunne ikke leveres. Betal 19 kr. i fragt via linket for at modtage den: https://example.net/p",
		"Kære kunde\nDit MitID udløber snart. Forny det straks her: https://mitid.example.net\nVenlig hilsen MitID",
		"Din konto er midlertidigt lukket pga. mistænkelig aktivitet. Log på og bekræft dine oplysninger inden 24 timer.",
		"Hej\nJeg skriver fra IT-afdelingen. Din konto bliver lukket i dag. Log ind og bekræft dine oplysninger via linket inden 24 timer: https://x.example.net\nMvh IT-support",
		"Kære kunde\nJeg har vedhæftet din faktura. Betal straks via linket, ellers bliver din konto spærret.",
		"Dear user, unusual activity was found on your account. Log in within 24 hours to keep it: https://example.net/login",
	} {
		r := parseMail("IT Support", "Vigtigt: handling påkrævet", "", body)
		if r.Intent != tilmeld.IntentSpam || r.Status != tilmeld.StatusIgnore {
			t.Errorf("%q: %s %s (%v)", body, r.Intent, r.Status, r.Reasons)
		}
	}
	// A resident who speaks of her own mailbox or a link is no phishing.
	for _, body := range []string{
		"Hej, jeg kunne ikke logge ind på linket i invitationen, så jeg skriver her. Workshop 2 og 3.",
		"Jeg har glemt min adgangskode til beboerportalen, så jeg tilmelder mig her: workshop 1.",
		"Hej\nJeg har fået en mail om at min konto bliver lukket og at jeg skal logge ind via linket inden 24 timer. Det virker mærkeligt.",
		"Hej, jeg kan ikke logge ind på min konto, så jeg skriver her. Jeg vil gerne deltage i mødet.",
	} {
		r := parseMail("Ida Holm", "Tilmelding", "", body)
		if r.Status == tilmeld.StatusIgnore {
			t.Errorf("%q ignored (%v)", body, r.Reasons)
		}
	}
}

// 8. A newsletter's "Afmeld"/"unsubscribe" footer is no cancellation.
func TestNewsletterFooter(t *testing.T) {
	for _, body := range []string{
		"NYHEDSBREV SEPTEMBER\n\nKom til loppemarked i Kanalens Kvarter lørdag. Der er også fællesspisning i beboerhuset.\n\nDu modtager denne mail, fordi du er tilmeldt vores nyhedsbrev.\nAfmeld nyhedsbrevet her: https://example.org/afmeld",
		"Nyt fra Boligselskabet\n\nHusk at fællesmøde er den 30. september. Læs mere på hjemmesiden.\n\nAfmeld",
		"Monthly update from the Neighbourhood Network\n\nRead about our new projects and events this autumn.\n\nYou are receiving this mail because you subscribed to our newsletter. Unsubscribe here: https://example.org/u",
		"Tilbud på kurser i efteråret! Tilmeld dig vores kursus i førstehjælp allerede i dag.\n\nHvis du ikke længere ønsker at modtage vores nyhedsbrev, kan du afmelde dig her.",
		"Ugens nyheder fra foreningen\n- Ny formand valgt\n- Sommerfest i august\n\nKlik her for at afmelde dig nyhedsbrevet",
		"Kære beboer\nHer er månedens nyheder fra afdelingen.\nVil du ikke modtage flere mails? Afmeld her.",
		"Invitation til sommerfest! Tilmelding senest 1. juni.\n\nAfmeld nyhedsbrev",
		"Kære beboere\nJeg håber at se jer alle til sommerfesten lørdag. Der er grill og musik.\n\nMed venlig hilsen\nFormanden\n\nAfmeld nyhedsbrevet: https://example.org/a",
		"Kulturhusets program for oktober\n\nKoncert fredag kl. 20. Billetter 100 kr.\n\nDu modtager denne mail fordi du er tilmeldt vores nyhedsbrev. Afmeld.",
		"Weekly digest from the Neighbourhood Network\n\nNew courses start in October. Read more on our website.\n\nTo cancel your subscription, click here.",
		"Autumn programme\n\nJoin our walks every Sunday.\n\nTo unsubscribe, click here.",
		"Kalender for oktober\nBanko i beboerhuset tirsdag kl. 19.\n\n[Afmeld her](https://example.org/a)",
	} {
		r := parseMail("Foreningen", "Nyhedsbrev", "", body)
		if r.Intent != tilmeld.IntentSpam || r.Status != tilmeld.StatusIgnore {
			t.Errorf("%q: %s %s (%v)", body, r.Intent, r.Status, r.Reasons)
		}
	}
	// A cancellation that says "afmeld" is one.
	for _, body := range []string{"Jeg vil gerne afmelde mig mødet den 29.", "Please unsubscribe me from the meeting, I can't come.",
		"Afmeld mig venligst, jeg kan ikke komme alligevel.\nMvh Ida", "Afmeld venligst min tilmelding. Mvh Ida"} {
		r := parseMail("Ida Holm", "Afbud", "", body)
		if r.Intent != tilmeld.IntentCancel {
			t.Errorf("%q: %s %s (%v)", body, r.Intent, r.Status, r.Reasons)
		}
	}
}

// 6. An addition to an existing registration is an update with the added person.
func TestAddedToRegistration(t *testing.T) {
	runKinds(t, []kindCase{
		{body: "Jeg er allerede tilmeldt, men vil også tilmelde min nabo Karen Holm. Hun vil gerne i workshop 2.",
			intent: "update", status: "complete", want: "Karen Holm:2/-"},
		{body: "I'm already registered, but I'd also like to sign up my neighbour Tom Berg for workshop 4, otherwise 1.",
			intent: "update", status: "complete", want: "Tom Berg:4/1"},
		{body: "Jeg har allerede meldt mig til, men min mand Ole Dam vil også gerne med. Han vil i workshop 3.",
			intent: "update", status: "complete", want: "Ole Dam:3/-"},
		{body: "Hej igen\nJeg er tilmeldt i forvejen. Jeg vil gerne tilmelde min nabo Birgit Sørensen også, workshop 1 og 2.",
			intent: "update", status: "complete", want: "Birgit Sørensen:1/2"},
		{body: "We already signed up last week. Could you add my colleague Jens Lund? He would like workshop 2.",
			intent: "update", status: "complete", want: "Jens Lund:2/-"},
		{body: "Jeg er allerede tilmeldt workshop 2. Min mand Ole Berg vil også gerne med, han vil helst i workshop 4.",
			intent: "update", status: "complete", want: "Ole Berg:4/-"},
		{body: "Jeg er allerede tilmeldt workshop 2, men vil gerne tilmelde min søn Ali Holm til workshop 3.",
			intent: "update", status: "complete", want: "Ali Holm:3/-"},
		{body: "Vi er allerede tilmeldt, Ida og Bo Holm. Vores datter Sara Holm vil også med, workshop 3, ellers 2.",
			intent: "update", status: "review"},
		{body: "Jeg er allerede tilmeldt, men min nabo og hans kone vil også gerne med. De vil i workshop 1.",
			intent: "update", status: "review"},
		{body: "I'm already on the list. Please also add my husband John Hart, workshop 4.",
			intent: "update", status: "complete", want: "John Hart:4/-"},
		{body: "Already registered. Adding my son Max Hart - workshop 3.",
			intent: "update", status: "complete", want: "Max Hart:3/-"},
		{body: "Jeg tilmeldte mig i sidste uge. Nu vil min veninde Ann Fox også med, hun vil gerne i sundhed.",
			intent: "update", status: "complete", want: "Ann Fox:2/-"},
		// Without a name there is nothing the bot can act on alone.
		{body: "Jeg er allerede tilmeldt, men vil også gerne tilmelde min nabo. Hun vil i workshop 1.",
			intent: "update", status: "review"},
	})
}

// "my neighbour", "min nabo" is a person, not the neighbourhood workshop.
func TestRelationIsNoWorkshop(t *testing.T) {
	runKinds(t, []kindCase{
		{body: "I'd like workshop 2. My neighbour Tom Berg would like workshop 3.", status: "complete", want: "Ida Holm:2/-; Tom Berg:3/-"},
		{body: "Please register me for workshop 4 and my neighbor Tom Berg for workshop 1.", status: "complete", want: "Ida Holm:4/-; Tom Berg:1/-"},
	})
}

// 4. A workshop the event does not have, named by its topic.
func TestUnknownWorkshopTopic(t *testing.T) {
	for _, body := range []string{
		"Jeg vil gerne deltage i workshoppen om kultur og fritid.",
		"I'd like to join the workshop on housing and environment.",
		"Jeg vil gerne i workshoppen om integration, ellers sundhed.",
		"Jeg vil gerne være med i bæredygtighedsworkshoppen.",
		"Please sign me up for the climate workshop, second choice health.",
		"Jeg vil gerne deltage i workshop om digitalisering og IT.",
		"Tilmelding til workshop: Kunst og kreativitet",
		"I'd like to attend the workshop about youth and sports, or else safety.",
		"Jeg vil helst i workshoppen om boligforhold.",
		"1. prioritet: Kultur og musik\n2. prioritet: Sundhed",
		"Workshop: Miljø",
		"Jeg vil gerne deltage i workshop nr. 5 om klima.",
		"First choice: arts and culture. Second choice: health.",
		"Jeg vil gerne i workshoppen omkring affald og genbrug, ellers tryghed.",
		"Jeg vælger temaet om ældre og ensomhed.",
		"I'd like the session on digital skills.",
		"Jeg vil gerne deltage i kulturworkshoppen",
		"I'd like the gardening workshop, otherwise health.",
		"Jeg vil gerne i haveworkshoppen.",
		"Jeg vil gerne i workshop 2 om klima.",
		"My first choice is the workshop about culture, my second is employment.",
		"Jeg vil gerne i workshop om kunst",
		"Jeg vil gerne være med i workshoppen Grøn omstilling.",
		"Jeg vil gerne i workshop 1 og 5.",
		"Jeg vil gerne deltage i workshop 3: Kultur og fællesskab.",
	} {
		r := parseMail("Ida Holm", "Tilmelding", "", "Hej\n"+body+"\nMvh Ida")
		if r.Status != tilmeld.StatusReview {
			t.Errorf("%q: %s %s, want review (%v)", body, r.Status, choices(r), r.Reasons)
		}
	}
}

// The words that show an unknown workshop leave the known ones alone.
func TestKnownWorkshopTopic(t *testing.T) {
	runKinds(t, []kindCase{
		{body: "I'd like the health workshop, otherwise the employment workshop.", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg vil gerne i workshop 3 om muligt.", status: "complete", want: "Ida Holm:3/-"},
		{body: "Workshop: Sundhed", status: "complete", want: "Ida Holm:2/-"},
		{body: "Jeg vil gerne i workshoppen Sundhed og trivsel.", status: "complete", want: "Ida Holm:2/-"},
		{body: "I'd like the first workshop, or else the last workshop.", status: "complete", want: "Ida Holm:1/4"},
		{body: "Jeg vil gerne i workshoppen om den gode uddannelse.", status: "complete", want: "Ida Holm:3/-"},
		{body: "Workshop: 4, ellers 2", status: "complete", want: "Ida Holm:4/2"},
		{body: "Jeg vil gerne i workshop 1 om naboskab og tryghed.", status: "complete", want: "Ida Holm:1/-"},
	})
}

// 1. One sentence names two people's choices.
func TestTwoPeopleInOneSentence(t *testing.T) {
	runKinds(t, []kindCase{
		{body: "Hej\nJeg vil gerne workshop 1 og 3, og min mand Peter Hansen vil gerne workshop 2.\nMvh Lene", from: "Lene Hansen",
			status: "complete", want: "Lene Hansen:1/3; Peter Hansen:2/-"},
		{body: "Hi, I'd like workshop 2, my wife Maria wants workshop 4.\nJohn", from: "John Berg",
			status: "complete", want: "John Berg:2/-; Maria:4/-"},
		{body: "Jeg vil gerne i sundhed, og min kone Aysel vil helst i job.", from: "Kemal Yilmaz",
			status: "complete", want: "Kemal Yilmaz:2/-; Aysel:4/-"},
		{body: "I would like health and education, and my husband Tom would like employment.", from: "Sue Hart",
			status: "complete", want: "Sue Hart:2/3; Tom:4/-"},
		{body: "jeg vil gerne 1 og 2 og min datter Sara vil gerne 3 og 4", from: "Mona Ali",
			status: "complete", want: "Mona Ali:1/2; Sara:3/4"},
		{body: "Jeg vil gerne i workshop 4 og min kæreste Mads vil gerne i workshop 1", from: "Sofie Lind",
			status: "complete", want: "Sofie Lind:4/-; Mads:1/-"},
		{body: "My husband Ahmed wants workshop 3 and I would like workshop 2.", from: "Sue Hart",
			status: "complete", want: "Sue Hart:2/-; Ahmed:3/-"},
		{body: "Jeg tager workshop 2 og 3, min søn Emil tager workshop 4.", from: "Lis Berg",
			status: "complete", want: "Lis Berg:2/3; Emil:4/-"},
		{body: "Jeg ønsker sundhed og min mand Jens ønsker beskæftigelse.", from: "Lis Berg",
			status: "complete", want: "Lis Berg:2/-; Jens:4/-"},
		{body: "Hi! I'd like workshop 1, my wife would prefer workshop 3, and our son Tim wants workshop 4.", from: "John Berg",
			status: "incomplete", want: "John Berg:1/-; :3/-; Tim:4/-", missing: []string{"name"}},
		{body: "jeg vil gerne 2 og 3 og min søn vil gerne 4",
			status: "incomplete", want: "Ida Holm:2/3; :4/-", missing: []string{"name"}},
		{body: "Jeg vil gerne i workshop 1 og 3, og min mand Peter vil gerne i 2 og 4. Vi spiser begge halal.", from: "Lene Hansen",
			status: "complete", want: "Lene Hansen:1/3; Peter:2/4"},
		{body: "Min mand Peter Hansen og jeg kommer begge. Peter vil gerne i 4, jeg vil gerne i 2.", from: "Lene Hansen",
			status: "complete", want: "Lene Hansen:2/-; Peter Hansen:4/-"},
		{body: "Hello, I'd like to register for workshop 3 and my daughter Emma would like workshop 1.", from: "Sue Hart",
			status: "complete", want: "Sue Hart:3/-; Emma:1/-"},
		{body: "Workshop 2 for me, workshop 3 for my husband John.", from: "Sue Hart",
			status: "complete", want: "Sue Hart:2/-; John:3/-"},
		// The second person has no name: ask for it, keep both choices apart.
		{body: "Jeg vil gerne i workshop 1 og 3, og min mand vil gerne i workshop 2.", from: "Lene Hansen",
			status: "incomplete", want: "Lene Hansen:1/3; :2/-", missing: []string{"name"}},
		{body: "Workshop 1 til mig og workshop 4 til min mand.", from: "Lene Hansen",
			status: "incomplete", want: "Lene Hansen:1/-; :4/-", missing: []string{"name"}},
		{body: "My husband and I: workshop 2 for him, workshop 3 for me.", from: "Sue Hart",
			status: "incomplete", want: "Sue Hart:3/-; :2/-", missing: []string{"name"}},
		{body: "I'd like workshop 3 and my husband wants workshop 1.", from: "Sue Hart",
			status: "incomplete", want: "Sue Hart:3/-; :1/-", missing: []string{"name"}},
	})
}

// 5. A companion without a name is an attendee whose name is missing.
func TestUnnamedCompanion(t *testing.T) {
	runKinds(t, []kindCase{
		{body: "Jeg vil gerne i workshop 2. Min veninde vil også med, hun vil helst 3.",
			status: "incomplete", want: "Ida Holm:2/-; :3/-", missing: []string{"name"}},
		{body: "I'd like workshop 1. My friend is coming too, she prefers workshop 4.",
			status: "incomplete", want: "Ida Holm:1/-; :4/-", missing: []string{"name"}},
		{body: "Min søster vil også gerne deltage, hun vil helst i workshop 3. Selv vil jeg i workshop 1.",
			status: "incomplete", want: "Ida Holm:1/-; :3/-", missing: []string{"name"}},
		{body: "Workshop 4 til mig. Min nabo kommer med og vil gerne i workshop 2.",
			status: "incomplete", want: "Ida Holm:4/-; :2/-", missing: []string{"name"}},
		{body: "Jeg tager en kollega med. Hun vil gerne i workshop 4, jeg vil i workshop 2.",
			status: "incomplete", want: "Ida Holm:2/-; :4/-", missing: []string{"name"}},
		{body: "My colleague will join me, she would like workshop 3. I want workshop 1.",
			status: "incomplete", want: "Ida Holm:1/-; :3/-", missing: []string{"name"}},
		{body: "I'm bringing a friend. She'd like workshop 1, I'd like workshop 3.",
			status: "incomplete", want: "Ida Holm:3/-; :1/-", missing: []string{"name"}},
		{body: "I'd like workshop 2. A colleague of mine will also come, she wants workshop 4.",
			status: "incomplete", want: "Ida Holm:2/-; :4/-", missing: []string{"name"}},
		{body: "Jeg kommer sammen med min mor, vi vil begge i workshop 2.",
			status: "incomplete", want: "Ida Holm:2/-; :2/-", missing: []string{"name"}},
		{body: "min veninde vil ogsa med, hun vil helst 3. jeg vil gerne 1 og 2",
			status: "incomplete", want: "Ida Holm:1/2; :3/-", missing: []string{"name"}},
	})
}

// A cancellation withdraws the one named after its verb, not the sender
// who stays.
func TestCancelWithdrawsWhomItNames(t *testing.T) {
	runKinds(t, []kindCase{
		{body: "Jeg vil gerne afmelde min mand Ole Holm, men jeg kommer stadig.", intent: "cancel", status: "complete", want: "Ole Holm:-/-"},
		{body: "Jeg må desværre melde afbud.", intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
	})
}

// An HTML newsletter's footer of links ("Afmeld | Opdater profil") is no
// cancellation, though its text says "Tilmelding".
func TestNewsletterFooterLinks(t *testing.T) {
	raw := "From: Boligforeningen <news@example.org>\r\nTo: abc@bo-vest.dk\r\nSubject: Nyhedsbrev september\r\n" +
		"Message-ID: <n@example.org>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		"<html><body><h1>Nyt fra foreningen</h1><p>Kom til fællesspisning torsdag.</p><p>Tilmelding til kurset sker på hjemmesiden.</p>" +
		"<table><tr><td><a href='https://example.org/afmeld'>Afmeld</a> | <a href='https://example.org/profil'>Opdater profil</a></td></tr></table></body></html>"
	if r := Parse([]byte(raw), testEvent); r.Intent != tilmeld.IntentSpam || r.Status != tilmeld.StatusIgnore {
		t.Errorf("got %s %s (%v)", r.Intent, r.Status, r.Reasons)
	}
}
