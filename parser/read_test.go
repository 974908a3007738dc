package parser

import (
	"slices"
	"strings"
	"testing"

	"tilmeld"
)

var testEvent = &tilmeld.Default().Event

// readBody reads a mail made of a body (own words, then a signature after a
// line "-- ") from a sender with the given display name.
func readBody(body, from string) *Result {
	own, sig, _ := strings.Cut(body, "\n-- \n")
	m := &Mail{FromName: from, FromAddr: "sender@example.dk", Own: own, Signature: sig, Subject: "Tilmelding"}
	return Read(m, testEvent)
}

// choices renders attendees as "Name:first/second", "-" for none.
func choices(r *Result) string {
	var out []string
	for _, a := range r.Attendees {
		f, s := "-", "-"
		if a.First() != 0 {
			f = string(rune('0' + a.First()))
		}
		if a.Second() != 0 {
			s = string(rune('0' + a.Second()))
		}
		out = append(out, a.Name+":"+f+"/"+s)
	}
	return strings.Join(out, "; ")
}

func TestPriorities(t *testing.T) {
	cases := []struct{ body, want string }{
		{"Jeg vil gerne deltage. Workshop 3 og 1.", ":3/1"},
		{"Jeg vil gerne deltage, workshop 2 & 4.", ":2/4"},
		{"Tilmelding: workshop 4 + 2", ":4/2"},
		{"Jeg tilmelder mig workshop 2/3.", ":2/3"},
		{"Jeg vil helst i workshop 3, ellers workshop 2.", ":3/2"},
		{"Jeg vil gerne deltage. 1. prioritet: 4\n2. prioritet: 1", ":4/1"},
		{"Jeg vil gerne deltage.\n2. prioritet: Sundhed\n1. prioritet: Uddannelse", ":3/2"},
		{"Jeg vil gerne deltage i workshop 1 og subsidiært workshop 3.", ":1/3"},
		{"Jeg vil gerne i workshop 4. Hvis der ikke er plads, så workshop 2.", ":4/2"},
		{"Jeg tilmelder mig. Trivsel som første prioritet og tryghed som anden prioritet.", ":2/1"},
		{"Tilmelder mig workshop 3 som førstevalg, alternativt 4.", ":3/4"},
		{"Jeg vil gerne deltage. Mine prioriteter:\n1) Beskæftigelse\n2) Sundhed", ":4/2"},
		{"Jeg vil gerne være med. Kun workshop 2.", ":2/-"},
		{"Jeg vil gerne i uddannelse, ellers er jeg ligeglad.", ":3/-"},
		{"I would like to register. First choice: health, second choice: education.", ":2/3"},
		{"Please register me for workshop 4 (1st priority) and workshop 1 (2nd priority).", ":4/1"},
		{"I'd like to attend the employment workshop, otherwise safety.", ":4/1"},
		{"Jeg vil gerne deltage i den anden workshop og ellers den tredje på listen.", ":2/3"},
		{"Jeg tager den sidste workshop, ellers den første.", ":4/1"},
		{"Workshop 2 førsteprio, 1 andenprio. Tilmelder mig.", ":2/1"},
		{"Jeg vil gerne i nr. 3, alternativt nr. 1.", ":3/1"},
		{"Jeg vil gerne deltage, workshop 4 og derefter 1.", ":4/1"},
		{"Jeg vil gerne i workshop 2 og bagefter workshop 3, hvis det kan lade sig gøre.", ":2/3"},
		{"Jeg vil gerne deltage, ws 1 og ws 2.", ":1/2"},
	}
	for _, c := range cases {
		r := readBody(c.body, "")
		if got := choices(r); got != c.want {
			t.Errorf("%q: got %s, want %s (%v)", c.body, got, c.want, r.Reasons)
		}
	}
}

func TestWorkshopNames(t *testing.T) {
	cases := []struct{ body, want string }{
		{"Jeg vil gerne deltage i naboskabsworkshoppen.", ":1/-"},
		{"Jeg vil gerne være med i Beskaeftigelse og opkvalificering.", ":4/-"},
		{"Jeg vil gerne være med i beskæftigelse, ellers sundhed.", ":4/2"},
		{"jeg vil gerne i sundhet og trivsl", ":2/-"},
		{"Jeg vil gerne i workshoppen om uddanelse.", ":3/-"},
		{"Jeg vil gerne i workshoppen om livschancer og ellers tryghed.", ":3/1"},
		{"Jeg vil gerne i workshoppen om job.", ":4/-"},
		{"I would like to join Health and wellbeing, otherwise Neighbourhood.", ":2/1"},
		{"Jeg vil gerne i workshop 2 (Sundhed & trivsel) og ellers workshop 3 (Uddannelse & livschancer).", ":2/3"},
	}
	for _, c := range cases {
		r := readBody(c.body, "")
		if got := choices(r); got != c.want {
			t.Errorf("%q: got %s, want %s (%v)", c.body, got, c.want, r.Reasons)
		}
	}
}

func TestNotWorkshops(t *testing.T) {
	cases := []struct{ body, want string }{
		{"Jeg kommer gerne d. 29. kl. 18 og vil gerne i workshop 2.", ":2/-"},
		{"Jeg bor i afd. 3 og vil gerne i sundhed.", ":2/-"},
		{"Jeg kommer den 29/9 kl. 16.30. Workshop 4, ellers 1.", ":4/1"},
		{"Jeg vil gerne i workshop 3 - ikke sundhed, den har jeg prøvet.", ":3/-"},
		{"Jeg arbejder med sundhed til daglig, så jeg vil gerne i workshop 1.", ":1/-"},
		{"Jeg har erfaring med tryghed. Jeg vil gerne i uddannelse.", ":3/-"},
		{"Vi er 2-3 personer fra klubben. Jeg vil gerne i workshop 4.", ":4/-"},
		{"Jeg vil gerne deltage. Jeg bor på Hyldevej 2, 2620 Albertslund.", ":-/-"},
		{"Jeg kommer til netværksmødet 29. september.", ":-/-"},
		{"I would like to register for the network meeting. Workshop 3.", ":3/-"},
	}
	for _, c := range cases {
		r := readBody(c.body, "")
		if got := choices(r); got != c.want {
			t.Errorf("%q: got %s, want %s (%v)", c.body, got, c.want, r.Reasons)
		}
	}
}

func TestReviewReasons(t *testing.T) {
	cases := []string{
		"Jeg vil gerne i workshop 3 - Sundhed og trivsel.",
		"Jeg vil gerne i workshop 7.",
		"Jeg vil gerne deltage. I må bestemme workshop.",
		"Kan jeg deltage i både workshop 2 og 4?",
		"Jeg vil gerne i workshop 1, 2 eller 3.",
		"Jeg vil gerne deltage, jeg har ingen præferencer.",
		"Jeg vil gerne i workshop 2, men I bestemmer.",
		"I'd like to come, you can choose the workshop.",
		"Jeg vil gerne i klimaworkshoppen, ellers sundhed.",
		"Jeg vil gerne i workshoppen om klima, ellers sundhed.",
	}
	for _, body := range cases {
		r := readBody("Hej\n"+body, "Lis Holm")
		if r.Status != tilmeld.StatusReview {
			t.Errorf("%q: status %s, want review (%s)", body, r.Status, choices(r))
		}
	}
}

func TestAttendees(t *testing.T) {
	cases := []struct{ body, from, want string }{
		{"Vi er to: Karen Berg og Ole Berg. Vi vil begge gerne i workshop 2, ellers 3.", "Karen Berg", "Karen Berg:2/3; Ole Berg:2/3"},
		{"Jeg og min mand Poul Nielsen vil gerne deltage. Vi vil begge i workshop 1.", "Inge Nielsen", "Inge Nielsen:1/-; Poul Nielsen:1/-"},
		{"Jeg vil gerne i workshop 4, og min veninde Lone Dahl vil også gerne med. Hun vil helst i workshop 3.", "Eva Lund", "Eva Lund:4/-; Lone Dahl:3/-"},
		{"Tilmelding:\n- Anna Holm: workshop 1, ellers 2\n- Bo Krag: workshop 3, ellers 4", "Anna Holm", "Anna Holm:1/2; Bo Krag:3/4"},
		{"Jeg tilmelder på vegne af en beboer, Amina Yusuf. Hun ønsker workshop 2 og ellers 1.", "Rikke Staff", "Amina Yusuf:2/1"},
		{"Vi kommer tre. Workshop 3.", "Familien Berg", ":3/-; :3/-; :3/-"},
	}
	for _, c := range cases {
		r := readBody(c.body, c.from)
		if got := choices(r); got != c.want {
			t.Errorf("%q: got %s, want %s (%v)", c.body, got, c.want, r.Reasons)
		}
	}
}

func TestNames(t *testing.T) {
	cases := []struct{ body, from, want string }{
		{"Jeg vil gerne i workshop 1.\n-- \nMvh\nKaren Marie Berg", "Karen", "Karen Marie Berg"},
		{"Navn: Ib Jensen\nWorkshop 2.", "", "Ib Jensen"},
		{"Jeg hedder Fadumo Ali Hassan og vil gerne i workshop 2.", "", "Fadumo Ali Hassan"},
		{"Mit navn er Jonas Friis. Workshop 3.", "", "Jonas Friis"},
		{"Workshop 4 tak.\n-- \nHilsen Per", "Per Holm", "Per Holm"},
		{"Please register me for workshop 2.\n-- \nBest regards\nAnna Smith", "Smith, Anna", "Anna Smith"},
		{"Workshop 1.\n-- \nHilsen Familien Holm", "Familien Holm", ""},
		{"Workshop 1.\n\n/Sara Lind", "", "Sara Lind"},
		// A word that opens the sentence is no name, however it is capitalised.
		{"Undskyld, det glemte jeg. Jeg vil gerne i workshop 3.\n\nMaja Krogh", "Maja Krogh", "Maja Krogh"},
		{"Beklager, jeg skrev forkert. Jeg vil helst i workshop 2.", "Leif Dam", "Leif Dam"},
		{"Okay, så tager jeg workshop 4.", "Ole Brink", "Ole Brink"},
		{"Jeg vil gerne i workshop 1.\n-- \nKh Tove", "Tove Lund", "Tove Lund"},
		{"Førsteprioritet: 3\nAndenprioritet: 2\nNavn: Lan Pham", "", "Lan Pham"},
	}
	for _, c := range cases {
		r := readBody(c.body, c.from)
		if len(r.Attendees) == 0 || r.Attendees[0].Name != c.want {
			t.Errorf("%q from %q: got %+v, want %q", c.body, c.from, r.Attendees, c.want)
		}
	}
}

func TestDiets(t *testing.T) {
	cases := []struct {
		body string
		want []tilmeld.Diet
	}{
		{"Jeg er vegetar.", []tilmeld.Diet{"vegetarian"}},
		{"Jeg er vegetar, men spiser fisk.", []tilmeld.Diet{"pescetarian"}},
		{"Jeg spiser ikke kød, men gerne fisk.", []tilmeld.Diet{"pescetarian"}},
		{"Jeg er ikke vegetar.", nil},
		{"Jeg spiser alt.", nil},
		{"Ingen særlige hensyn.", nil},
		{"Jeg har sukkersyge.", []tilmeld.Diet{"diabetic"}},
		{"Jeg er type 2-diabetiker.", []tilmeld.Diet{"diabetic"}},
		{"Jeg har cøliaki.", []tilmeld.Diet{"gluten_free"}},
		{"Jeg tåler ikke laktose.", []tilmeld.Diet{"lactose_free"}},
		{"Intet svinekød, tak.", []tilmeld.Diet{"no_pork"}},
		{"Jeg spiser ikke svin.", []tilmeld.Diet{"no_pork"}},
		{"Jeg er allergisk over for jordnødder og skaldyr.", []tilmeld.Diet{"nut_allergy", "shellfish_allergy"}},
		{"Jeg er allergisk over for selleri.", []tilmeld.Diet{"other"}},
		{"Jeg spiser kun halal.", []tilmeld.Diet{"halal"}},
		{"I am vegan and have a nut allergy.", []tilmeld.Diet{"nut_allergy", "vegan"}},
		{"Jeg spiser kosher og glutenfrit.", []tilmeld.Diet{"gluten_free", "kosher"}},
		{"Jeg er æggeallergiker.", []tilmeld.Diet{"egg_allergy"}},
	}
	for _, c := range cases {
		r := readBody("Jeg vil gerne i workshop 1. "+c.body, "Ida Holm")
		if len(r.Attendees) != 1 || !slices.Equal(r.Attendees[0].Diet, c.want) {
			t.Errorf("%q: got %+v, want %v", c.body, r.Attendees, c.want)
		}
	}
}

func TestPhones(t *testing.T) {
	cases := []struct{ body, want string }{
		{"Tlf. 22 33 44 55", "+4522334455"},
		{"Mobil: 2233 4455", "+4522334455"},
		{"Ring på 22334455", "+4522334455"},
		{"Telefon 0045 22 33 44 55", "+4522334455"},
		{"+45-22334455", "+4522334455"},
		{"(+45) 22 33 44 55", "+4522334455"},
		{"+45 22 33 44 55", "+4522334455"},
		{"+46 70 123 45 67", "+46701234567"},
		{"Tlf. 60 35 46 30", ""},
		{"Hovednummer: 43 43 43 43", ""},
		{"Rådhusvej 1 · 2620 Albertslund · Tlf. 43 68 68 68", ""},
		{"Mit nummer er 22 33 44 55. Min søn kan ringes op på 31 31 31 31.", "+4522334455"},
		{"Mobil: 23 45 67 89\nOmstilling: 43 43 43 43", "+4523456789"},
		{"Sag nr. 20-118734", ""},
	}
	for _, c := range cases {
		r := readBody("Jeg vil gerne i workshop 1.\n-- \nMvh Ida Holm\n"+c.body, "Ida Holm")
		if r.Contact.Phone != c.want {
			t.Errorf("%q: got %q, want %q", c.body, r.Contact.Phone, c.want)
		}
	}
}

func TestIntents(t *testing.T) {
	cases := []struct {
		body   string
		intent tilmeld.Intent
		status tilmeld.Status
	}{
		{"Jeg må desværre melde afbud til mødet.", "cancel", "complete"},
		{"Unfortunately I have to cancel my registration.", "cancel", "complete"},
		{"Måske må jeg melde fra, jeg vender tilbage.", "cancel", "review"},
		{"Jeg kan ikke komme, men min kollega Jens Bo tager min plads.", "update", "review"},
		{"Er der parkering ved huset?", "question", "review"},
		{"Jeg vil gerne deltage i workshop 2.", "register", "complete"},
		{"Jeg vil gerne deltage.", "register", "incomplete"},
	}
	for _, c := range cases {
		r := readBody(c.body, "Ida Holm")
		if r.Intent != c.intent || r.Status != c.status {
			t.Errorf("%q: got %s/%s, want %s/%s (%v)", c.body, r.Intent, r.Status, c.intent, c.status, r.Reasons)
		}
	}
}

func TestQuestions(t *testing.T) {
	cases := []struct {
		body string
		want bool
	}{
		{"Jeg vil gerne i workshop 2. Er der parkering ved stedet?", true},
		{"Jeg vil gerne i workshop 2. Må jeg tage min søn med?", true},
		{"Jeg vil gerne i workshop 2. Er der elevator?", true},
		{"Jeg vil gerne i workshop 2. Kan I tilmelde mig?", false},
		{"Jeg vil gerne i workshop 2, ikke 3. Kan I ændre det?", false},
		{"Jeg vil gerne i workshop 2.", false},
		{"Workshop 2 please. Is the building wheelchair accessible?", true},
	}
	for _, c := range cases {
		if r := readBody(c.body, "Ida Holm"); r.Question != c.want {
			t.Errorf("%q: question %v, want %v", c.body, r.Question, c.want)
		}
	}
}

func TestUpdates(t *testing.T) {
	m := &Mail{FromName: "Ida Holm", FromAddr: "ida@example.dk", Subject: "Re: Tilmelding", InReplyTo: []string{"x@y"},
		Own: "Jeg vil gerne ændre min tilmelding til workshop 3, ellers 1."}
	r := Read(m, testEvent)
	if r.Intent != tilmeld.IntentUpdate || r.Status != tilmeld.StatusComplete || choices(r) != "Ida Holm:3/1" {
		t.Errorf("update: %s %s %s %v", r.Intent, r.Status, choices(r), r.Reasons)
	}
	m.Own = "Jeg vil gerne skifte til workshop 4, hvis der stadig er plads."
	if r := Read(m, testEvent); r.Status != tilmeld.StatusReview {
		t.Errorf("conditional update: %s", r.Status)
	}
}

func TestReplyAddress(t *testing.T) {
	r := readBody("Jeg vil gerne i workshop 2. Svar venligst til min private mail ida.privat@example.com.", "Ida Holm")
	if r.Contact.Email != "ida.privat@example.com" {
		t.Errorf("contact %q", r.Contact.Email)
	}
}
func TestMixedSentences(t *testing.T) {
	cases := []struct{ body, from, want string }{
		{"Jeg vil gerne deltage i workshoppen om naboskab og tryghed, og som anden prioritet sundhed.", "A B", "A B:1/2"},
		{"Min første prioritet er workshop 2 og min anden prioritet er workshop 4.", "A B", "A B:2/4"},
		{"Jeg vælger workshop 1 og 3.", "A B", "A B:1/3"},
		{"Tilmelding.\n1. Sundhed\n2. Job", "A B", "A B:2/4"},
		{"I'd like workshop 3 and then workshop 1.", "A B", "A B:3/1"},
		{"Hej, jeg kommer gerne. Workshop nr. 2 og nr. 4", "A B", "A B:2/4"},
		{"Hej! Jeg vil gerne deltage i workshop 4 (beskæftigelse og opkvalificering) og som 2. prioritet workshop 3 (uddannelse).", "A B", "A B:4/3"},
		{"Vi vil gerne deltage begge to, min mand Jens Holm og jeg. Workshop 1, ellers 2.", "Hanne Holm", "Hanne Holm:1/2; Jens Holm:1/2"},
		{"Jeg vil gerne deltage i tryghedsworkshoppen og ellers sundhedsworkshoppen", "A B", "A B:1/2"},
		{"Hermed tilmelding til workshop 3. Jeg har en lille søn på 2 år.", "A B", "A B:3/-"},
		{"Jeg vil gerne i workshop 1. Jeg er født i 1955 og bor i nr. 4.", "A B", "A B:1/-"},
		{"Jeg deltager gerne. Helst naboskab, ellers trivsel.", "A B", "A B:1/2"},
		{"Jeg tilmelder mig workshop 4 kl. 16.30 den 29. september.", "A B", "A B:4/-"},
		{"Tilmeld mig venligst til workshop 2.", "A B", "A B:2/-"},
		{"Jeg vil gerne i workshop 3, min kone Fatima vil gerne i workshop 1.", "Ali Hassan", "Ali Hassan:3/-; Fatima:1/-"},
		{"Jeg vil gerne i 2'eren og ellers 3'eren.", "A B", "A B:2/3"},
	}
	for _, c := range cases {
		r := readBody(c.body, c.from)
		if got := choices(r); got != c.want {
			t.Errorf("%q: got %s, want %s (%s %v)", c.body, got, c.want, r.Status, r.Reasons)
		}
	}
}
func TestRiskyMails(t *testing.T) {
	cases := []struct{ body, from, want, status string }{
		{"Jeg vil gerne tilmelde to beboere: Fatima Ali og Hassan Omar. Begge vil gerne i workshop 2, ellers 1.", "Rikke Staff", "Fatima Ali:2/1; Hassan Omar:2/1", "complete"},
		{"Jeg deltager gerne, men kan ikke komme før kl. 17. Workshop 1.", "Ida Holm", "Ida Holm:1/-", "complete"},
		{"Jeg kan desværre ikke komme, men min kone Lise Hansen vil gerne deltage i stedet. Hun vil gerne i workshop 2.", "Ib Hansen", "", "review"},
		{"Er der plads til kørestol? Jeg vil gerne i workshop 3.", "Ida Holm", "Ida Holm:3/-", "complete"},
		{"Jeg vil gerne i workshop 1 eller 2.", "Ida Holm", "Ida Holm:1/2", "complete"},
		{"Ja tak, jeg kommer.", "Ida Holm", "Ida Holm:-/-", "incomplete"},
		{"I'm afraid I can't make it after all. Sorry!", "Ida Holm", "Ida Holm:-/-", "complete"},
		{"Ich möchte mich gerne für Workshop 2 anmelden. Ich bin Vegetarier.", "Ida Holm", "", "review"},
		{"Jeg er på ferie til og med 10. september og læser ikke mails.", "Ida Holm", "", "review"},
		{"Jeg tilmelder mig selv og min kollega Bo Ek. Jeg vil i workshop 4, Bo vil i workshop 3.", "Ida Holm", "Ida Holm:4/-; Bo Ek:3/-", "complete"},
	}
	for _, c := range cases {
		r := readBody(c.body, c.from)
		got := choices(r)
		if string(r.Status) != c.status || c.want != "" && got != c.want {
			t.Errorf("%q: got %s %s, want %s %s (%v)", c.body, r.Status, got, c.status, c.want, r.Reasons)
		}
	}
}
func TestThreadsAndLists(t *testing.T) {
	reply := func(own string) *Result {
		return Read(&Mail{FromName: "Ida Holm", FromAddr: "ida@example.dk", Subject: "Re: Tilmelding", InReplyTo: []string{"a@b"}, Own: own}, testEvent)
	}
	r := reply("Jeg vil hellere i workshop 3 i stedet for 2.")
	if r.Intent != tilmeld.IntentUpdate || choices(r) != "Ida Holm:3/-" {
		t.Errorf("swap: %s %s %s %v", r.Intent, r.Status, choices(r), r.Reasons)
	}
	r = reply("Kan I flytte mig til workshop 1?")
	if r.Intent != tilmeld.IntentUpdate || r.Question || choices(r) != "Ida Holm:1/-" {
		t.Errorf("move: %s %s %v %s %v", r.Intent, r.Status, r.Question, choices(r), r.Reasons)
	}
	cases := []struct{ body, want, status string }{
		{"Jeg vil gerne tilmelde min søn Ali Holm (16 år). Han vil gerne i workshop 3.", "Ali Holm:3/-", "complete"},
		{"Hej, jeg er blevet forhindret og kan ikke deltage alligevel.", "Ida Holm:-/-", "complete"},
		// a withdrawal, as "jeg kan ikke deltage denne gang" is
		{"Tak for invitationen, men jeg har ikke mulighed for at deltage denne gang.", "Ida Holm:-/-", "complete"},
		{"Hi, count me in! Workshop 4 please, or 2 if full.", "Ida Holm:4/2", "complete"},
		{"Første prioritet: Naboskab. Anden prioritet: Job.", "Ida Holm:1/4", "complete"},
		{"Tilmelding:\n2. Sundhed\n1. Job", "Ida Holm:4/2", "complete"},
		{"Tilmelding:\n1. Naboskab\n2. Sundhed\n3. Uddannelse\n4. Job", "", "review"},
	}
	for _, c := range cases {
		r := readBody(c.body, "Ida Holm")
		if string(r.Status) != c.status || c.want != "" && choices(r) != c.want {
			t.Errorf("%q: got %s %s, want %s %s (%v)", c.body, r.Status, choices(r), c.status, c.want, r.Reasons)
		}
	}
}

func TestMoreWordings(t *testing.T) {
	cases := []struct{ body, want string }{
		{"Tilmelding. Prio 1: Sundhed, prio 2: Job.", "Ida Holm:2/4"},
		{"Jeg deltager gerne. Valg 1: uddannelse. Valg 2: tryghed.", "Ida Holm:3/1"},
		{"Jeg vil gerne med. Job er mit førstevalg og sundhed mit andetvalg.", "Ida Holm:4/2"},
		{"Please register me. Priority 1: education, priority 2: health.", "Ida Holm:3/2"},
		{"Jeg vil gerne deltage i workshop 4 og 2. prioritet 3.", "Ida Holm:4/3"},
	}
	for _, c := range cases {
		r := readBody(c.body, "Ida Holm")
		if got := choices(r); got != c.want {
			t.Errorf("%q: got %s, want %s (%v)", c.body, got, c.want, r.Reasons)
		}
	}
	diets := []struct {
		body string
		want tilmeld.Diet
	}{
		{"Ingen gris, tak.", "no_pork"},
		{"Jeg har glutenallergi.", "gluten_free"},
		{"Allergier: nødder", "nut_allergy"},
	}
	for _, c := range diets {
		r := readBody("Jeg vil gerne i workshop 1. "+c.body, "Ida Holm")
		if len(r.Attendees) != 1 || !slices.Equal(r.Attendees[0].Diet, []tilmeld.Diet{c.want}) {
			t.Errorf("%q: got %+v, want %v", c.body, r.Attendees, c.want)
		}
	}
	cancels := []string{"Jeg vil gerne framelde mig mødet.", "Jeg trækker min tilmelding tilbage.",
		"Jeg er desværre blevet forhindret.", "Please remove me from the list, I won't be able to attend."}
	for _, body := range cancels {
		if r := readBody(body, "Ida Holm"); r.Intent != tilmeld.IntentCancel {
			t.Errorf("%q: intent %s, want cancel", body, r.Intent)
		}
	}
	if r := readBody("Jeg vil gerne i workshop 2. Jeg spekulerer på, om der er kaffe", "Ida Holm"); !r.Question {
		t.Errorf("'jeg spekulerer på' is a question")
	}
}
func TestPlacesAreNotPeople(t *testing.T) {
	cases := []struct{ body, want, status string }{
		{"Vi er to fra Kanalens Kvarter, der gerne vil deltage: Ib Holm og mig. Vi vil begge i workshop 1.", "Ida Holm:1/-; Ib Holm:1/-", "complete"},
		{"Jeg kommer gerne fra Galgebakken Syd. Workshop 2.", "Ida Holm:2/-", "complete"},
		{"Jeg vil gerne deltage sammen med Hyldespjældets Beboerforening. Workshop 3.", "Ida Holm:3/-", "complete"},
		{"Jeg vil gerne i workshop 2. Jeg bor i Store Hyldevang.", "Ida Holm:2/-", "complete"},
	}
	for _, c := range cases {
		r := readBody(c.body, "Ida Holm")
		if string(r.Status) != c.status || c.want != "" && choices(r) != c.want {
			t.Errorf("%q: got %s %s, want %s %s (%v)", c.body, r.Status, choices(r), c.status, c.want, r.Reasons)
		}
	}
}
func TestLetters(t *testing.T) {
	cases := []struct{ body, from, want, status string }{
		{"Hello,\n\nI'd like to sign up for the meeting. My first choice is workshop 3 and my second choice is workshop 1. I'm vegetarian.\n\nKind regards,\nPeter Smith", "Peter Smith", "Peter Smith:3/1", "complete"},
		{"Dear ABC, my wife Sarah and I would like to attend. We would both like workshop 2, otherwise 4.\n\nBest, John Miller", "John Miller", "John Miller:2/4; Sarah:2/4", "complete"},
		{"Hej. Jeg hedder Amina og vil gerne deltage i workshop nr. 2. Mit telefonnummer er 26 11 22 33.", "", "Amina:2/-", "complete"},
		{"Hej\nJeg vil gerne være med i workshoppen om sundhed og trivsel. Hvis den er fuld, så beskæftigelse.\nHilsen Ole", "Ole Hansen", "Ole Hansen:2/4", "complete"},
		{"Til ABC\nHermed tilmelding for mig og min nabo Kirsten Lund.\nJeg: workshop 1, ellers 3\nKirsten: workshop 2, ellers 3\nVi er begge vegetarer.", "Hans Berg", "Hans Berg:1/3; Kirsten Lund:2/3", "complete"},
		{"Hej jeg vil gerne komme. workshop 3. jeg er sukkersyg. mvh fatima", "Fatima Said", "Fatima Said:3/-", "complete"},
		// the withdrawal is made; the material asked for is staff's (Question)
		{"Kære ABC\n\nJeg har desværre ikke mulighed for at komme d. 29. september, men vil gerne høre om materialet bagefter.\n\nMvh Lise", "Lise Dam", "Lise Dam:-/-", "complete"},
	}
	for _, c := range cases {
		r := readBody(c.body, c.from)
		if string(r.Status) != c.status || c.want != "" && choices(r) != c.want {
			t.Errorf("%q: got %s %s %s, want %s %s (%v) %+v", c.body, r.Intent, r.Status, choices(r), c.status, c.want, r.Reasons, r.Attendees)
		}
	}
}
func TestHedgesAndSignOffs(t *testing.T) {
	cases := []struct{ body, from, want, status string }{
		{"Hej\nJeg vil gerne deltage, helst i workshop 2 men 4 er også fint.\nMvh Bo Ek", "Bo Ek", "Bo Ek:2/4", "complete"},
		{"Jeg tilmelder mig hermed workshop 1. Min mand kommer måske også, det ved vi først senere.", "Ida Holm", "", "review"},
		{"Vi er tre fra bestyrelsen: Anne Bak, Ole Bak og jeg. Vi vil alle gerne i workshop 3.", "Ida Holm", "Ida Holm:3/-; Anne Bak:3/-; Ole Bak:3/-", "complete"},
		{"Jeg vil gerne i workshop 2. Jeg har 2 børn på 4 og 6 år med.", "Ida Holm", "Ida Holm:2/-", "complete"},
		{"Hej! Workshop 3 tak. Vh Sara Nielsen, tlf 61 61 61 61", "", "Sara Nielsen:3/-", "complete"},
		{"Jeg kommer kl. 17 og vil gerne i workshop 1, eller 2 hvis 1 er fuld.", "Ida Holm", "Ida Holm:1/2", "complete"},
	}
	for _, c := range cases {
		r := readBody(c.body, c.from)
		if string(r.Status) != c.status || c.want != "" && choices(r) != c.want {
			t.Errorf("%q: got %s %s %s, want %s %s (%v) q=%v", c.body, r.Intent, r.Status, choices(r), c.status, c.want, r.Reasons, r.Question)
		}
	}
}
func TestOwnThread(t *testing.T) {
	quoted := "Den 2. sep. 2020 kl. 11.48 skrev Bente Holm <bente@example.dk>:\n> Hej\n> Vi er to: Bente Holm og Kurt Holm. Vi vil begge i workshop 1.\n> Mvh Bente"
	reply := func(own string) *Result {
		return Read(&Mail{FromName: "Bente Holm", FromAddr: "bente@example.dk", Subject: "Re: Tilmelding", InReplyTo: []string{"a@b"}, Own: own, Quoted: quoted}, testEvent)
	}
	cases := []struct{ own, want, intent, status string }{
		{"Kurt kan desværre ikke komme alligevel, men jeg kommer stadig.", "Kurt Holm:-/-", "cancel", "complete"},
		{"Kurt skal også have glutenfri mad.", "Kurt Holm:-/-", "update", "complete"},
		// the two of her earlier mail are the "vi" who withdraw
		{"Vi må desværre melde afbud.", "Bente Holm:-/-; Kurt Holm:-/-", "cancel", "complete"},
		{"Vi vil begge hellere i workshop 3.", "", "update", "review"},
		{"Could you please change my workshop to 4?", "Bente Holm:4/-", "update", "complete"},
	}
	for _, c := range cases {
		r := reply(c.own)
		if string(r.Intent) != c.intent || string(r.Status) != c.status || c.want != "" && choices(r) != c.want {
			t.Errorf("%q: got %s %s %s, want %s %s %s (%v)", c.own, r.Intent, r.Status, choices(r), c.intent, c.status, c.want, r.Reasons)
		}
	}
}

// An Outlook quote of the invitation names the sender as its recipient
// ("Til:"); that is not her own earlier mail, so a registration stays one.
func TestOutlookQuoteOfAMailToTheSender(t *testing.T) {
	quoted := "Fra: Fællesmøde <moede@example.org>\nSendt: 14. september 2020 09:30\n" +
		"Til: Karen Lund <karen@example.dk>\nEmne: Invitation\n\nVi inviterer til fællesmøde."
	r := Read(&Mail{FromName: "Karen Lund", FromAddr: "karen@example.dk", Subject: "SV: Invitation", InReplyTo: []string{"inv@example.org"},
		Own: "Jeg melder mig til workshop 3 som 1. prioritet og workshop 1 som nummer 2.", Quoted: quoted}, testEvent)
	if r.Intent != tilmeld.IntentRegister || choices(r) != "Karen Lund:3/1" {
		t.Errorf("got %s %s, want register Karen Lund:3/1 (%v)", r.Intent, choices(r), r.Reasons)
	}
}

func TestNotSpam(t *testing.T) {
	for _, body := range []string{
		"Hej, koster middagen noget? Er det 50 kr. pr. person? Skal man bestille på forhånd?",
		"Min postkasse er fuld, så jeg kan ikke klikke på linket i invitationen. Workshop 2 tak.",
		"Jeg har fået et tilbud om at komme med, men skal jeg bestille mad?",
	} {
		if r := readBody(body, "Ida Holm"); r.Status == tilmeld.StatusIgnore {
			t.Errorf("%q was ignored (%v)", body, r.Reasons)
		}
	}
	offer := "Kære kunde\n\nVi giver 20% rabat på vores buffet. Bestil senest fredag: 149 kr. pr. kuvert.\n\nKøkkenet ApS"
	if r := readBody(offer, "Køkkenet"); r.Intent != tilmeld.IntentSpam || r.Status != tilmeld.StatusIgnore {
		t.Errorf("offer: %s %s", r.Intent, r.Status)
	}
}

func TestForWhom(t *testing.T) {
	r := readBody("Jeg tilmelder to beboere, Anna Berg og Bo Ek. Jeg ønsker workshop 2 til dem.", "Ida Holm")
	if r.Status != tilmeld.StatusReview {
		t.Errorf("choices given by staff without saying for whom: %s %s", r.Status, choices(r))
	}
	r = readBody("Jeg vil gerne tilmelde min søn Ali Holm. Jeg ønsker workshop 3 til ham. Han spiser halal.", "Ida Holm")
	if r.Status != tilmeld.StatusComplete || choices(r) != "Ali Holm:3/-" {
		t.Errorf("one resident: %s %s %v", r.Status, choices(r), r.Reasons)
	}
}
func TestSignatures(t *testing.T) {
	type c struct{ own, sig, from, name, phone, email string }
	cases := []c{
		{"Jeg vil gerne i workshop 1.", "Med venlig hilsen\n\nKaren Blom\nBoligsocial medarbejder\nBO-VEST\nTlf. 77 88 99 00 (hovednummer)\nMobil 22 11 00 99", "Karen Blom", "Karen Blom", "+4522110099", ""},
		{"Workshop 2, tak.", "Hilsen\nPer\nDirekte: 43 21 43 21", "Per Lund", "Per Lund", "+4543214321", ""},
		{"Workshop 2, tak. Skriv venligst til min datters mail: sara.lund@example.com", "Hilsen Per Lund", "Per Lund", "Per Lund", "", "sara.lund@example.com"},
		{"Workshop 3. Mit mobilnummer er 2233 4455.", "", "", "", "+4522334455", ""},
		{"I'd like workshop 4. You can reach me on +44 7700 900123.", "Regards,\nTom Hart", "Tom Hart", "Tom Hart", "+447700900123", ""},
	}
	for _, x := range cases {
		m := &Mail{FromName: x.from, FromAddr: "s@example.dk", Own: x.own, Signature: x.sig}
		r := Read(m, testEvent)
		name := ""
		if len(r.Attendees) > 0 {
			name = r.Attendees[0].Name
		}
		email := x.email
		if email == "" {
			email = "s@example.dk"
		}
		if name != x.name || r.Contact.Phone != x.phone || r.Contact.Email != email {
			t.Errorf("%q / %q: got %q %q %q, want %q %q %q", x.own, x.sig, name, r.Contact.Phone, r.Contact.Email, x.name, x.phone, email)
		}
	}
}

func TestTalkedAboutNotChosen(t *testing.T) {
	for _, body := range []string{
		"We provide education to our people across the globe and want to try your software.",
		"Tak for sidst. Sundhed er et vigtigt emne for os i afdelingen.",
	} {
		r := readBody(body, "Ida Holm")
		for _, a := range r.Attendees {
			if a.First() != 0 {
				t.Errorf("%q: %s", body, choices(r))
			}
		}
		if r.Status == tilmeld.StatusComplete {
			t.Errorf("%q: complete", body)
		}
	}
	if r := readBody("Tilmelding.\nSundhed.", "Ida Holm"); choices(r) != "Ida Holm:2/-" {
		t.Errorf("a workshop alone on its line is chosen: %s", choices(r))
	}
}

func TestChoiceWords(t *testing.T) {
	cases := []struct{ body, want string }{
		{"Sundhed og trivsel, tak.", "Ida Holm:2/-"},
		{"Jeg er meget interesseret i beskæftigelse.", "Ida Holm:4/-"},
		{"Tilmelding: Naboskab", "Ida Holm:1/-"},
		{"Mit valg: tryghed", "Ida Holm:1/-"},
		{"I'm interested in the health workshop.", "Ida Holm:2/-"},
		{"Count me in for Employment and upskilling.", "Ida Holm:4/-"},
		{"Skriv mig op til uddannelse.", "Ida Holm:3/-"},
	}
	for _, c := range cases {
		if r := readBody(c.body, "Ida Holm"); choices(r) != c.want {
			t.Errorf("%q: got %s, want %s", c.body, choices(r), c.want)
		}
	}
}
func TestCompanions(t *testing.T) {
	cases := []struct{ body, from, want, status string }{
		{"Jeg kommer sammen med min kollega Lars Bo. Vi vil begge gerne i workshop 4.", "Ida Holm", "Ida Holm:4/-; Lars Bo:4/-", "complete"},
		{"Min kone og jeg kommer. Hun hedder Fatma Ali. Vi vil i workshop 1, ellers 2.", "Omar Ali", "Omar Ali:1/2; Fatma Ali:1/2", "complete"},
		{"Vi er 3: Anne, Bo og mig. Vi vil alle i workshop 2.", "Ida Holm", "Ida Holm:2/-; Anne:2/-; Bo:2/-", "complete"},
	}
	for _, c := range cases {
		r := readBody(c.body, c.from)
		if string(r.Status) != c.status || c.want != "" && choices(r) != c.want {
			t.Errorf("%q: got %s %s %s, want %s %s (%v)", c.body, r.Intent, r.Status, choices(r), c.status, c.want, r.Reasons)
		}
	}
}
func TestRequestsAreNotQuestions(t *testing.T) {
	cases := []struct {
		body string
		want bool
	}{
		{"Workshop 2. Tak for invitationen!", false},
		{"Workshop 2. Hvornår starter det?", true},
		{"Workshop 2. Kan I bekræfte min tilmelding?", false},
		{"Workshop 2. Vil I sende mig en bekræftelse?", false},
		{"Workshop 2. Er det ok at jeg kommer lidt senere?", true},
		{"Workshop 2. Could you confirm my registration?", false},
		{"Workshop 2. Is there parking nearby?", true},
	}
	for _, c := range cases {
		if r := readBody(c.body, "Ida Holm"); r.Question != c.want {
			t.Errorf("%q: question %v, want %v", c.body, r.Question, c.want)
		}
	}
}

// TestReasonsInRankOrder: two priorities that both name a workshop the
// event lacks give their reasons in the same order on every reading.
func TestReasonsInRankOrder(t *testing.T) {
	body := "Jeg vil gerne deltage. 1. prioritet: workshop 7\n2. prioritet: workshop 9"
	want := readBody(body, "Ida Holm").Reasons
	if !slices.ContainsFunc(want, func(s string) bool { return strings.Contains(s, "7") }) {
		t.Fatalf("no reason names workshop 7: %q", want)
	}
	for range 50 {
		if got := readBody(body, "Ida Holm").Reasons; !slices.Equal(got, want) {
			t.Fatalf("reasons %q, then %q", want, got)
		}
	}
}
