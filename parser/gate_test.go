package parser

import (
	"slices"
	"strings"
	"testing"

	"tilmeld"
)

// reading is a complete reading of own, as the reader might make it, for
// the gate to judge. The sender is Karen Holm.
func reading(own string, intent tilmeld.Intent, as ...tilmeld.Attendee) *Result {
	m := &Mail{Own: own, FromName: "Karen Holm", FromAddr: "karen.holm@example.dk"}
	return &Result{Intent: intent, Status: tilmeld.StatusComplete, Confidence: 0.9, Attendees: as, Mail: m,
		Contact: tilmeld.Contact{Email: m.FromAddr}}
}

func attendee(name string, diet []tilmeld.Diet, choices ...int) tilmeld.Attendee {
	return tilmeld.Attendee{Name: name, Choices: choices, Diet: diet}
}

func diets(ds ...tilmeld.Diet) []tilmeld.Diet { return ds }

type gateCase struct {
	name   string
	own    string
	intent tilmeld.Intent
	as     []tilmeld.Attendee
	fires  bool
}

func runCheck(t *testing.T, check func(*gateView) verdict, cases []gateCase) {
	t.Helper()
	for _, c := range cases {
		intent := c.intent
		if intent == "" {
			intent = tilmeld.IntentRegister
		}
		r := reading(c.own, intent, c.as...)
		got := check(newGateView(r, testEvent))
		if (got.reason != "") != c.fires {
			t.Errorf("%s: %q: fired %v (%q), want %v", c.name, c.own, got.reason != "", got.reason, c.fires)
		}
	}
}

var karen = attendee("Karen Holm", nil, 2, 1)

func TestCheckNotSelf(t *testing.T) {
	runCheck(t, checkNotSelf, []gateCase{
		{"da, sender counted", "Jeg melder vores beboer Ruth Berg til, workshop 3. Jeg deltager ikke selv.", "",
			[]tilmeld.Attendee{attendee("Karen Holm", nil, 3), attendee("Ruth Berg", nil, 3)}, true},
		{"en, sender counted", "Please sign up our tenant Tom Fisher for workshop 2. I will not attend myself.", "",
			[]tilmeld.Attendee{attendee("Karen Holm", nil, 2), attendee("Tom Fisher", nil, 2)}, true},
		{"da, only the resident", "Jeg melder vores beboer Ruth Berg til, workshop 3. Jeg deltager ikke selv.", "",
			[]tilmeld.Attendee{attendee("Ruth Berg", nil, 3)}, false},
		{"sender comes", "Jeg kommer gerne, workshop 2 og 1.", "", []tilmeld.Attendee{karen}, false},
	})
}

func TestCheckCompanion(t *testing.T) {
	runCheck(t, checkCompanion, []gateCase{
		{"da, colleague", "Jeg og en kollega vil gerne med, begge i workshop 4.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 4)}, true},
		{"da, son", "Min søn og jeg kommer gerne. Workshop 2 og 1.", "", []tilmeld.Attendee{karen}, true},
		{"da, head count", "Vi er tre fra afdelingen, der kommer. Alle vil i workshop 1.", "",
			[]tilmeld.Attendee{attendee("Karen Holm", nil, 1)}, true},
		{"en, husband", "My husband and I would like to attend workshop 3.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 3)}, true},
		{"en, daughter too", "Please register me for workshop 1 and 2. My daughter will come too.", "",
			[]tilmeld.Attendee{attendee("Karen Holm", nil, 1, 2)}, true},
		{"en, the daughter instead", "Please register me for workshop 1 and 2. My husband can't come, but my daughter will.", "",
			[]tilmeld.Attendee{attendee("Karen Holm", nil, 1, 2)}, true},
		{"da, the daughter instead", "Jeg vil gerne på workshop 1 og 2. Min mand kan ikke komme, men min datter gør.", "",
			[]tilmeld.Attendee{attendee("Karen Holm", nil, 1, 2)}, true},
		{"en, husband away", "Please register me for workshop 1 and 2. My husband can't come, he works late.", "",
			[]tilmeld.Attendee{attendee("Karen Holm", nil, 1, 2)}, false},
		{"da, partner comes along", "Jeg vil gerne på workshop 1 og 2. Min samlever tager med.", "",
			[]tilmeld.Attendee{attendee("Karen Holm", nil, 1, 2)}, true},
		{"da, partner stays home", "Jeg vil gerne på workshop 1 og 2. Min samlever tager ikke med.", "",
			[]tilmeld.Attendee{attendee("Karen Holm", nil, 1, 2)}, false},
		{"en, two kids", "Please register me for workshop 1 and 2. My two kids come too.", "",
			[]tilmeld.Attendee{attendee("Karen Holm", nil, 1, 2)}, true},
		{"en, both of us", "Both of us would like to join workshop 3.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 3)}, true},
		{"update adds a neighbour", "Min nabo vil også gerne med, workshop 2.", tilmeld.IntentUpdate,
			[]tilmeld.Attendee{attendee("", nil, 2)}, false},
		{"helper, not attendee", "Min datter hjælper mig med at skrive. Jeg vil gerne i workshop 2 og 1.", "", []tilmeld.Attendee{karen}, false},
		{"named husband", "Min mand Jens Holm og jeg kommer begge, workshop 2 og 1.", "",
			[]tilmeld.Attendee{karen, attendee("Jens Holm", nil, 2, 1)}, false},
		{"question", "Må min datter komme med?", "", []tilmeld.Attendee{karen}, false},
		{"husband stays home", "Jeg kommer gerne, min mand passer børnene. Workshop 2 og 1.", "", []tilmeld.Attendee{karen}, false},
		{"a guess", "Vi bliver 2-3 personer fra afdelingen.", "", []tilmeld.Attendee{karen}, false},
	})
}

func TestCompanionIsAskedFor(t *testing.T) {
	r := reading("Jeg og en kollega kommer gerne. Vi vil begge gerne workshop 4 og 2.", tilmeld.IntentRegister,
		attendee("Karen Holm", nil, 4, 2))
	gate(r, testEvent)
	if r.Status != tilmeld.StatusIncomplete || !slices.Equal(r.Missing, []string{"name"}) {
		t.Fatalf("got %s %v, want incomplete [name]", r.Status, r.Missing)
	}
	if len(r.Attendees) != 2 || r.Attendees[1].Name != "" || !slices.Equal(r.Attendees[1].Choices, []int{4, 2}) {
		t.Errorf("attendees %+v, want the colleague unnamed with 4 and 2", r.Attendees)
	}

	r = reading("Min mand kommer også. Jeg vil gerne workshop 1.", tilmeld.IntentRegister, attendee("Karen Holm", nil, 1))
	gate(r, testEvent)
	if r.Status != tilmeld.StatusIncomplete || !slices.Equal(r.Missing, []string{"name", "workshop"}) {
		t.Errorf("got %s %v, want incomplete [name workshop]", r.Status, r.Missing)
	}
}

func TestCheckWeOne(t *testing.T) {
	runCheck(t, checkWeOne, []gateCase{
		{"da", "Vi kommer gerne til workshop 2.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 2)}, true},
		{"en", "We would like to attend workshop 2.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 2)}, true},
		{"signs up another", "Vi vil gerne tilmelde Ruth Berg til workshop 2.", "", []tilmeld.Attendee{attendee("Ruth Berg", nil, 2)}, false},
		{"board says hello", "Vi i bestyrelsen glæder os. Jeg vil i workshop 2.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 2)}, false},
		{"two named", "Vi kommer gerne til workshop 2.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 2), attendee("Bo Holm", nil, 2)}, false},
	})
}

func TestCheckOddName(t *testing.T) {
	one := func(name string) []tilmeld.Attendee { return []tilmeld.Attendee{attendee(name, nil, 2)} }
	runCheck(t, checkOddName, []gateCase{
		{"form label", "Workshop 2.", "", one("Førsteprioritet"), true},
		{"sign-off", "Workshop 2.", "", one("Kh Birgit"), true},
		{"digit", "Workshop 2.", "", one("Anna 2"), true},
		{"colon", "Workshop 2.", "", one("Navn: Anna"), true},
		{"workshop word", "Workshop 2.", "", one("Sundhed Trivsel"), true},
		{"english greeting", "Workshop 2.", "", one("Dear Anna"), true},
		{"three names", "Workshop 2.", "", one("Hodan Abdi Warsame"), false},
		{"hyphen", "Workshop 2.", "", one("Jens-Erik Poulsen"), false},
		{"particle", "Workshop 2.", "", one("Tran Van Minh"), false},
	})
}

func TestCheckChange(t *testing.T) {
	runCheck(t, checkChange, []gateCase{
		{"da, already", "Jeg er allerede tilmeldt, men vil gerne skifte til workshop 4.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 4)}, true},
		{"da, swap", "Kan jeg bytte workshop 4 ud med 1?", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 4, 1)}, true},
		{"en, signed up", "I already signed up, but I would rather have workshop 1.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 1)}, true},
		{"plain registration", "Jeg vil gerne tilmelde mig workshop 4 og 1.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 4, 1)}, false},
		{"read as an update", "Jeg er allerede tilmeldt, men vil gerne skifte til workshop 4.", tilmeld.IntentUpdate,
			[]tilmeld.Attendee{attendee("Karen Holm", nil, 4)}, false},
	})
}

func TestCheckConditional(t *testing.T) {
	a := []tilmeld.Attendee{attendee("Karen Holm", nil, 1)}
	runCheck(t, checkConditional, []gateCase{
		{"da, room", "Hvis der stadig er plads på workshop 1, vil jeg gerne derhen.", "", a, true},
		{"da, keep", "Jeg vil gerne over i workshop 1, ellers beholder jeg min plads.", tilmeld.IntentUpdate, a, true},
		{"en, room", "If there is still room in workshop 1 I would like that.", "", a, true},
		{"da, an interpreter found", "Jeg vil gerne på workshop 1, hvis det er muligt at få tolk.", "", a, true},
		{"en, an interpreter available", "Please sign me up for workshop 1 provided an interpreter is available.", "", a, true},
		{"da, depends", "Det afhænger af min vagtplan, men workshop 1.", "", a, true},
		{"a 2nd choice", "Workshop 1, og hvis der ikke er plads, så 3.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 1, 3)}, false},
		{"cancel", "Hvis der er plads, så giv den til en anden.", tilmeld.IntentCancel, nil, false},
	})
}

func TestCheckReplaced(t *testing.T) {
	runCheck(t, checkReplaced, []gateCase{
		// ("i stedet for" and "instead of" the reader itself reads as a
		// workshop turned down, so they never reach the gate as choices.)
		{"da", "Jeg vil gerne have workshop 4 frem for naboskab.", tilmeld.IntentUpdate,
			[]tilmeld.Attendee{attendee("Karen Holm", nil, 4, 1)}, true},
		{"en", "Please put me in workshop 3 rather than health.", tilmeld.IntentUpdate,
			[]tilmeld.Attendee{attendee("Karen Holm", nil, 3, 2)}, true},
		{"read right", "Jeg vil gerne have workshop 4 i stedet for naboskab.", tilmeld.IntentUpdate,
			[]tilmeld.Attendee{attendee("Karen Holm", nil, 4)}, false},
		{"no workshop after", "Jeg kommer i stedet for min kollega, workshop 4.", tilmeld.IntentUpdate,
			[]tilmeld.Attendee{attendee("Karen Holm", nil, 4)}, false},
	})
}

func TestCheckDietUnread(t *testing.T) {
	a := []tilmeld.Attendee{attendee("Karen Holm", nil, 2)}
	runCheck(t, checkDietUnread, []gateCase{
		{"da, meat", "Workshop 2. Kød er ikke noget for mig, men fisk er ok.", "", a, true},
		{"da, spicy", "Workshop 2. Jeg kan ikke spise stærk mad.", "", a, true},
		{"en, meat", "Workshop 2. I avoid meat, but fish is fine.", "", a, true},
		{"en, sesame", "Workshop 2. Please no sesame in my food.", "", a, true},
		{"da, all but sesame", "Workshop 2. Jeg spiser alt undtagen sesam.", "", a, true},
		// shellfish excepted is read as the allergy (lexicon_diet_plain.go)
		{"da, all but shellfish", "Workshop 2. Jeg spiser alt undtagen skaldyr.", "", a, false},
		{"en, all but seafood", "Workshop 2. I eat everything except seafood.", "", a, true},
		{"da, all", "Workshop 2. Jeg spiser alt.", "", a, false},
		{"da, none", "Workshop 2.\nAllergier: ingen.", "", a, false},
		{"en, none", "Workshop 2.\nDietary needs: none", "", a, false},
		{"da, read", "Workshop 2. Jeg er vegetar.", "", []tilmeld.Attendee{attendee("Karen Holm", diets(tilmeld.Vegetarian), 2)}, false},
		{"nothing about food", "Workshop 2 og 1, tak.", "", a, false},
		{"avoids a mix-up", "For at undgå misforståelser: workshop 2.", "", a, false},
	})
}

func TestCheckDietLost(t *testing.T) {
	other := attendee("Karen Holm", diets(tilmeld.DietOther), 2)
	runCheck(t, checkDietLost, []gateCase{
		{"da, given to nobody", "Jeg melder Ruth Berg til workshop 2. Hun er diabetiker.", "",
			[]tilmeld.Attendee{attendee("Ruth Berg", nil, 2)}, true},
		{"en, given to nobody", "Workshop 2 for me. I am coeliac.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 2)}, true},
		{"other without words", "Workshop 2.", "", []tilmeld.Attendee{other}, true},
		{"given", "Workshop 2. Jeg er diabetiker.", "", []tilmeld.Attendee{attendee("Karen Holm", diets(tilmeld.Diabetic), 2)}, false},
	})
}

func TestCheckUnchosen(t *testing.T) {
	runCheck(t, checkUnchosen, []gateCase{
		{"da", "Jeg vil gerne i workshop 1 og så også sundhed.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 1)}, true},
		{"en", "I would like workshop 1, and education sounds good too.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 1)}, true},
		{"negated", "Ikke sundhed, men workshop 1 og 3.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 1, 3)}, false},
		{"all chosen", "Workshop 3 og 2.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 3, 2)}, false},
		{"a rank", "1. prioritet: workshop 3.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 3)}, false},
	})
}

func TestCheckStrayNumber(t *testing.T) {
	runCheck(t, checkStrayNumber, []gateCase{
		{"da", "Jeg vil gerne workshop 3 og evt. senere 1.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 3)}, true},
		{"time and count", "Workshop 3, jeg kommer kl. 17 med 2 børn.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 3)}, false},
		{"head count", "Workshop 3 til os, vi er 2.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 3), attendee("Bo Holm", nil, 3)}, false},
		{"house number", "Workshop 3. Jeg bor i nr. 4.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 3)}, false},
		{"read", "Jeg vil gerne workshop 3 og bagefter 1.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 3, 1)}, false},
	})
}

func TestCheckSpam(t *testing.T) {
	runCheck(t, checkSpam, []gateCase{
		{"da", "Workshop 2. Klik her for at bekræfte din konto.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 2)}, true},
		{"en", "Workshop 2. Verify your account now.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 2)}, true},
		{"plain", "Jeg vil gerne workshop 2.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 2)}, false},
	})
}

func TestCheckMaybe(t *testing.T) {
	a := []tilmeld.Attendee{attendee("Karen Holm", nil, 2)}
	runCheck(t, checkMaybe, []gateCase{
		{"da", "Jeg kommer måske, workshop 2.", "", a, true},
		{"en", "Perhaps I can come, workshop 2.", "", a, true},
		{"sure", "Jeg kommer, workshop 2.", "", a, false},
		{"only late", "Jeg kommer måske lidt senere, workshop 2.", "", a, false},
	})
}

func TestCheckQuestion(t *testing.T) {
	a := []tilmeld.Attendee{attendee("Karen Holm", nil, 2)}
	runCheck(t, checkQuestion, []gateCase{
		{"da, parking beside a request", "Kan I tilmelde mig workshop 2, og er der parkering?", "", a, true},
		{"en, asks", "Workshop 2 please. Is there food?", "", a, true},
		{"only a request", "Kan I tilmelde mig workshop 2?", "", a, false},
	})
}

func TestCheckUnfilled(t *testing.T) {
	runCheck(t, checkUnfilled, []gateCase{
		{"no name", "Workshop 2.", "", []tilmeld.Attendee{attendee("", nil, 2)}, true},
		{"no choice", "Jeg kommer.", "", []tilmeld.Attendee{attendee("Karen Holm", nil)}, true},
		{"twice the same", "Workshop 2 og 2.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 2, 2)}, true},
		{"no such workshop", "Workshop 7.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 7)}, true},
		{"nobody", "Workshop 2.", "", nil, true},
		{"filled", "Workshop 2 og 1.", "", []tilmeld.Attendee{karen}, false},
		{"cancel", "Jeg melder afbud.", tilmeld.IntentCancel, []tilmeld.Attendee{attendee("Karen Holm", nil)}, false},
	})
}

func TestCheckAttachment(t *testing.T) {
	cases := []struct {
		own   string
		files []Attachment
		fires bool
	}{
		{"Workshop 2 for mig. Se vedhæftede liste over de andre deltagere.", []Attachment{{Name: "liste.pdf"}}, true},
		{"Workshop 2 for me, the others are in the attached form.", []Attachment{{Name: "form.docx"}}, true},
		{"Workshop 2. Jeg vedhæfter vores beboerblad.", []Attachment{{Name: "blad.pdf"}}, false},
		{"Workshop 2. Se vedhæftede liste.", []Attachment{{Name: "logo.png", Inline: true}}, false},
	}
	for _, c := range cases {
		r := reading(c.own, tilmeld.IntentRegister, attendee("Karen Holm", nil, 2))
		r.Mail.Attachments = c.files
		if got := checkAttachment(newGateView(r, testEvent)); (got.reason != "") != c.fires {
			t.Errorf("%q: fired %q, want %v", c.own, got.reason, c.fires)
		}
	}
}

func TestCheckCancelWords(t *testing.T) {
	a := []tilmeld.Attendee{attendee("Karen Holm", nil, 3)}
	runCheck(t, checkCancelWords, []gateCase{
		{"da", "Jeg kan desværre ikke komme til workshop 2, men gerne 3.", "", a, true},
		{"en", "I can't make it to workshop 2, but 3 is fine.", "", a, true},
		{"plain", "Jeg kommer gerne, workshop 3.", "", a, false},
	})
}

// TestGate: a sign sends a complete reading to staff with a reason; other
// readings are left alone.
func TestGate(t *testing.T) {
	r := reading("Jeg er allerede tilmeldt, men vil gerne skifte til workshop 4.", tilmeld.IntentRegister,
		attendee("Karen Holm", nil, 4))
	gate(r, testEvent)
	if r.Status != tilmeld.StatusReview || len(r.Reasons) == 0 || !strings.Contains(r.Reasons[0], "allerede tilmeldt") {
		t.Errorf("got %s %q, want review saying why", r.Status, r.Reasons)
	}

	r = reading("Jeg er allerede tilmeldt, men vil gerne skifte til workshop 4.", tilmeld.IntentRegister,
		attendee("Karen Holm", nil, 4))
	r.Status = tilmeld.StatusIncomplete
	gate(r, testEvent)
	if r.Status != tilmeld.StatusIncomplete || len(r.Reasons) != 0 {
		t.Errorf("an incomplete reading was changed: %s %q", r.Status, r.Reasons)
	}

	r = reading("Jeg vil gerne tilmelde mig workshop 2 og 1. Jeg er vegetar.", tilmeld.IntentRegister,
		attendee("Karen Holm", diets(tilmeld.Vegetarian), 2, 1))
	gate(r, testEvent)
	if r.Status != tilmeld.StatusComplete {
		t.Errorf("a clean reading was held back: %q", r.Reasons)
	}
	gate(nil, testEvent)
}

func TestCheckSelfMissing(t *testing.T) {
	runCheck(t, checkSelfMissing, []gateCase{
		{"da, sender dropped", "Min kone Fatma og jeg kommer gerne, begge workshop 2.", "", []tilmeld.Attendee{attendee("Fatma Holm", nil, 2)}, true},
		{"en, sender dropped", "Please register me and my colleague Tom Fisher for workshop 2.", "", []tilmeld.Attendee{attendee("Tom Fisher", nil, 2)}, true},
		{"initial", "Jeg vil gerne deltage i workshop 2.", "", []tilmeld.Attendee{attendee("K. Holm", nil, 2)}, false},
		{"first name only", "Jeg kommer gerne, workshop 2.", "", []tilmeld.Attendee{attendee("Karen", nil, 2)}, false},
		{"for a resident", "Jeg vil gerne tilmelde en af vores beboere, Ruth Berg, til workshop 2.", "",
			[]tilmeld.Attendee{attendee("Ruth Berg", nil, 2)}, false},
	})
}

func TestCheckManyWorkshops(t *testing.T) {
	a := []tilmeld.Attendee{attendee("Karen Holm", nil, 2, 1)}
	runCheck(t, checkManyWorkshops, []gateCase{
		{"da", "Jeg vil gerne prøve alle fire workshops, helst 2 og 1.", "", a, true},
		{"en", "I am interested in three workshops: 2, 1 and 4.", "", a, true},
		{"two", "Jeg har valgt to workshops: 2 og 1.", "", a, false},
	})
}

func TestOddNameTwice(t *testing.T) {
	r := reading("Workshop 2.", tilmeld.IntentRegister, attendee("Bo Holm", nil, 2), attendee("bo holm", nil, 2))
	if got := checkOddName(newGateView(r, testEvent)); got.reason == "" {
		t.Error("the same attendee twice passed")
	}
}

func TestCheckEmptyUpdate(t *testing.T) {
	runCheck(t, checkEmptyUpdate, []gateCase{
		{"nothing read", "Jeg vil gerne rette min tilmelding.", tilmeld.IntentUpdate, []tilmeld.Attendee{attendee("Karen Holm", nil)}, true},
		{"nobody", "Vi vil gerne ændre noget.", tilmeld.IntentUpdate, nil, true},
		{"a new diet", "Jeg er blevet vegetar.", tilmeld.IntentUpdate,
			[]tilmeld.Attendee{attendee("Karen Holm", diets(tilmeld.Vegetarian))}, false},
		{"a new choice", "Skift mig til workshop 3.", tilmeld.IntentUpdate, []tilmeld.Attendee{attendee("Karen Holm", nil, 3)}, false},
	})
}

func TestCheckDecodingAndQuote(t *testing.T) {
	r := reading("Workshop 2 og 1.", tilmeld.IntentRegister, karen)
	r.Mail.Problems = []string{"unknown charset x-foo"}
	if got := checkDecoding(newGateView(r, testEvent)); got.reason == "" {
		t.Error("a decoding problem passed")
	}
	r = reading("Workshop 2 og 1.\n> Workshop 3 er om uddannelse\n", tilmeld.IntentRegister, karen)
	if got := checkQuoteLeft(newGateView(r, testEvent)); got.reason == "" {
		t.Error("a quoted line among the own words passed")
	}
	r = reading("Workshop 2 og 1. Vi ses!", tilmeld.IntentRegister, karen)
	v := newGateView(r, testEvent)
	if checkDecoding(v).reason != "" || checkQuoteLeft(v).reason != "" {
		t.Error("a clean mail was held back")
	}
}

func TestCheckNamedMissing(t *testing.T) {
	a := []tilmeld.Attendee{attendee("Karen Holm", nil, 2, 1)}
	runCheck(t, checkNamedMissing, []gateCase{
		{"da, before", "Hanne og jeg kommer gerne, workshop 2 og 1.", "", a, true},
		{"da, after", "Jeg og Hanne vil gerne deltage i workshop 2 og 1.", "", a, true},
		{"da, together", "Jeg kommer gerne sammen med Hanne, workshop 2 og 1.", "", a, true},
		{"named", "Hanne og jeg kommer gerne, workshop 2 og 1.", "", []tilmeld.Attendee{attendee("Karen Holm", nil, 2, 1), attendee("Hanne Berg", nil, 2, 1)}, false},
		{"talked to", "Jeg har talt med Lone, og jeg kommer gerne til workshop 2 og 1.", "", a, false},
		{"workshop word", "Jeg og Sundhed er gode venner, workshop 2 og 1.", "", a, false},
	})
}

func TestCheckListedMissing(t *testing.T) {
	anna, bo := attendee("Anna Holm", nil, 1), attendee("Bo Krag", nil, 3)
	runCheck(t, checkListedMissing, []gateCase{
		{"a listed person dropped", "Tilmelding:\n- Karen Holm: workshop 1\n- Bo Krag: 3", "", []tilmeld.Attendee{karen}, true},
		{"a bullet name and a diet", "Vi kommer:\n* Karen Holm - 2, ellers 1\n* Anna Holm - vegetar", "", []tilmeld.Attendee{karen}, true},
		{"everyone listed came", "Tilmelding:\n- Anna Holm: workshop 1\n- Bo Krag: workshop 3", "", []tilmeld.Attendee{anna, bo}, false},
		{"the sender by first name", "Tilmelding:\n- Karen: 2 og 1\n- Bo Krag: 3", "", []tilmeld.Attendee{karen, bo}, false},
		{"a label, not a person", "Workshop 2 og 1.\n- Kost: ingen\n- Tlf: 22 33 44 55", "", []tilmeld.Attendee{karen}, false},
		{"a list of workshops", "Mine valg:\n- Sundhed\n- Naboskab", "", []tilmeld.Attendee{karen}, false},
		{"a phone number is no wish", "Workshop 2 og 1.\n- Kontakt: tlf 22 33 44 55", "", []tilmeld.Attendee{karen}, false},
		{"a person with no wish read", "Tilmelding:\n- Karen Holm: 2 og 1\n- Bo Krag: samme som Karen", "", []tilmeld.Attendee{karen}, true},
	})
}

// A named colleague who "vil det samme" comes, with the sender's
// workshops.
func TestNamedColleagueWantsTheSame(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Jeg vil gerne tilmelde mig workshop 2. Min kollega Anna Berg vil det samme.", "Karen Holm:2/-; Anna Berg:2/-"},
		{"Jeg vil gerne på workshop 2 og 3. Min nabo Ole Dahl vælger også det samme.", "Karen Holm:2/3; Ole Dahl:2/3"},
	} {
		r := blindCase{body: c.body, from: "Karen Holm"}.parse()
		if r.Status != tilmeld.StatusComplete || choices(r) != c.want {
			t.Errorf("%q: got %s %s, want complete %s", c.body, r.Status, choices(r), c.want)
		}
	}
}

func TestCheckRefusedChoice(t *testing.T) {
	three, threeOne := []tilmeld.Attendee{attendee("Karen Holm", nil, 3)}, []tilmeld.Attendee{attendee("Karen Holm", nil, 3, 1)}
	runCheck(t, checkRefusedChoice, []gateCase{
		{"en, can't do", "Please sign me up for workshop 3. I can't do workshop 1.", "", threeOne, true},
		{"da, does not suit", "Jeg vil gerne på workshop 3. Workshop 1 passer ikke for mig.", "", threeOne, true},
		{"da, a priority's no", "Jeg vil gerne på workshop 3, og hvis der ikke er plads, så workshop 1.", "", threeOne, false},
		{"da, food", "Jeg vil gerne på workshop 3 og 1 og spiser ikke svinekød.", "", threeOne, false},
		{"da, another turned down", "Jeg vil gerne på workshop 3 - og altså ikke sundhed.", "", three, false},
	})
}
