package parser

import (
	"testing"

	"tilmeld"
)

// Plain wordings a resident writes as the invitation asks, without any
// trick: the reader must take each of them at its word.

// An order to sign up is a registration, with or without the workshops
// after it, and bare numbers after its colon are the workshops.
func TestSignUpOrder(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Tilmeld mig til mødet.\n\nHilsen\nIda Holm", intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}, want: "Ida Holm:-/-"},
		{body: "Hej\nTilmeld mig venligst. Jeg ved ikke endnu hvilken workshop.\n\nIda Holm", intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}},
		{body: "Tilmeld mig: 2 og 1.\n\nHilsen\nIda Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/1"},
		{body: "Meld mig på: 4, ellers 3\n\nIda Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:4/3"},
		{body: "Please register me: 2 and 1.\n\nBest\nIda Holm", subject: "Registration", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/1"},
		{body: "Sign me up: 3, then 4.\n\nIda Holm", subject: "Meeting", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:3/4"},
		// the colon of a time is no list of choices
		{body: "Tilmeld mig. Jeg kommer kl. 17:30.\n\nIda Holm", intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}},
		// "tilmeld dig" in a quoted invitation is no order of hers
		{body: "Hvordan gør jeg? Der står tilmeld dig inden 21. september.\n\nIda Holm", notStatus: "complete"},
	})
}

// "Tilmeld os", "Sign us up": whom the order names is who the clause is
// about, so the choices after it are everyone's; the sender and the one
// she names after "mig og" both come.
func TestSignUpOrderForUs(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Tilmeld os til 1 og 3. Vi er Ida og Bo Holm.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Bo Holm:1/3"},
		{body: "Tilmeld mig og min mand Ole til workshop 2 og 3.\n\nIda Holm", status: "complete", want: "Ida Holm:2/3; Ole:2/3"},
		{body: "Skriv os op til sundhed, mig og min søn Ali.\n\nIda Holm", status: "complete", want: "Ida Holm:2/-; Ali:2/-"},
		{body: "Sign us up for 2 and 4, me and my husband Tom.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4; Tom:2/4"},
		{body: "Count us in, me and my sister Leila: workshop 1, then 3.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:1/3; Leila:1/3"},
		// a sign-up for herself alone names no one else
		{body: "Skriv mig op til workshop 4. Min mand passer børnene.\n\nIda Holm", status: "complete", want: "Ida Holm:4/-"},
	})
}

// A food refused by a plain negation ("spiser ikke gluten", "ingen
// laktose", "no gluten please") is the diet that avoids it; a negated diet
// or condition ("ikke glutenfri", "not gluten intolerant") is none.
func TestRefusedFoodIsItsDiet(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Spiser ikke gluten. Jeg vil gerne på workshop 2 og ellers 1.\n\nIda Holm", status: "complete", want: "Ida Holm:2/1", diet: "Ida Holm=gluten_free"},
		{body: "Workshop 3 og 4. Ingen gluten, tak.\n\nIda Holm", status: "complete", want: "Ida Holm:3/4", diet: "Ida Holm=gluten_free"},
		{body: "Workshop 1, ellers 2. Jeg spiser ikke laktose.\n\nIda Holm", status: "complete", want: "Ida Holm:1/2", diet: "Ida Holm=lactose_free"},
		{body: "Please register me for workshop 2 and 1. No gluten please.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/1", diet: "Ida Holm=gluten_free"},
		{body: "Workshop 2 og 1. Jeg er ikke glutenfri.\n\nIda Holm", notStatus: "complete", diet: "Ida Holm="},
		{body: "Please register me for workshop 2 and 1. I'm not gluten intolerant.\n\nIda Holm", subject: "Meeting", notStatus: "complete", diet: "Ida Holm="},
		{body: "Workshop 2 og 1. Ikke gluten-allergi, men jeg spiser ikke svinekød.\n\nIda Holm", diet: "Ida Holm=no_pork"},
	})
}

// Nuts named by their kind ("hasselnødder", "walnuts") are nuts.
func TestNutsByKind(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 2 og 1. Jeg er allergisk over for jordnødder og hasselnødder.\n\nIda Holm", status: "complete", diet: "Ida Holm=nut_allergy"},
		{body: "Please register me for 2 and 1. I'm allergic to walnuts and hazelnuts.\n\nIda Holm", subject: "Meeting", status: "complete", diet: "Ida Holm=nut_allergy"},
		{body: "Workshop 2 og 1. Allergi: valnød, æg\n\nIda Holm", status: "complete", diet: "Ida Holm=egg_allergy,nut_allergy"},
	})
}

// "Jeg kommer alligevel ikke" withdraws; it is no sign-up that lacks a
// workshop.
func TestComingAfterAllNot(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg kommer alligevel ikke. Undskyld.\n\nIda Holm", intent: tilmeld.IntentCancel, status: "complete"},
		{body: "Jeg kan alligevel ikke komme, beklager.\n\nIda Holm", intent: tilmeld.IntentCancel, status: "complete"},
		{body: "Min mand Ole kommer desværre alligevel ikke.\n\nIda Holm", intent: tilmeld.IntentCancel, want: "Ole:-/-"},
		// a workshop given up while she still comes to another is no cancellation to act on
		{body: "Jeg kommer alligevel ikke til workshop 2, men gerne til 3.\n\nIda Holm", notStatus: "complete"},
	})
}

// "Jeg er tilmeldt workshop 1, men vil hellere på 4": the workshop she is
// registered for is what was, the one she would rather have her choice.
func TestRegisteredForButRather(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg har tidligere tilmeldt mig workshop 1, men vil hellere på 4.\n\nIda Holm", intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:4/-"},
		{body: "Jeg er tilmeldt workshop 1, men vil hellere være på workshop 4 i stedet.\n\nIda Holm", intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:4/-"},
		{body: "Hi\nI am registered for workshop 1 but would rather do workshop 4.\n\nIda Holm", subject: "Change", intent: tilmeld.IntentUpdate, status: "complete", want: "Ida Holm:4/-"},
		// without the turn to another the workshop she names stays hers
		{body: "Jeg er tilmeldt workshop 1 og vil gerne have 3 som anden prioritet.\n\nIda Holm", intent: tilmeld.IntentUpdate, want: "Ida Holm:1/3"},
		// two old ones and a new first: staff sort it out
		{body: "Jeg er tilmeldt workshop 1 og 2, men vil hellere have 4 som første.\n\nIda Holm", notStatus: "complete"},
	})
}

// An empty answer to a form's allergy line ("Allergier: ingen", "Allergies:
// none known") is no diet.
func TestAllergiesNone(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Navn: Ida Holm\nTlf.: 22334455\n1. prioritet: Sundhed\n2. prioritet: Job\nAllergier: ingen\n\nIda Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm="},
		{body: "Navn: Ida Holm\nWorkshop: 2 og 3\nAllergi: Nej\n\nIda Holm", status: "complete", diet: "Ida Holm="},
		{body: "Navn: Ida Holm\nWorkshop: 2 og 3\nAllergier: ingen kendte\n\nIda Holm", status: "complete", diet: "Ida Holm="},
		{body: "Name: Ida Holm\nWorkshops: 2, 3\nAllergies: none known\n\nIda Holm", subject: "Registration", status: "complete", diet: "Ida Holm="},
		{body: "Navn: Ida Holm\nWorkshop: 2 og 3\nAllergier: nødder\n\nIda Holm", status: "complete", diet: "Ida Holm=nut_allergy"},
		{body: "Navn: Ida Holm\nWorkshop: 2 og 3\nAllergier: ingen, men jeg er vegetar\n\nIda Holm", status: "complete", diet: "Ida Holm=vegetarian"},
	})
}

// Relatives counted or named in the plural ("mine to børn, Ali og Sara",
// "my children, Ali and Sara") are each of the names listed after them;
// a clause "for os alle" is everyone's.
func TestRelativesListedByName(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg tilmelder mig selv og mine to børn, Ali og Sara. Vi vil alle gerne på workshop 3.\n\nIda Holm", status: "complete", want: "Ida Holm:3/-; Ali:3/-; Sara:3/-"},
		{body: "Jeg tilmelder mig selv og mine to børn (Ali og Sara). Vi vil alle gerne på workshop 3.\n\nIda Holm", status: "complete", want: "Ida Holm:3/-; Ali:3/-; Sara:3/-"},
		{body: "Vi kommer med vores to sønner Ali og Omar, og vi vil alle på workshop 1, ellers 2.\n\nIda Holm", status: "complete", want: "Ida Holm:1/2; Ali:1/2; Omar:1/2"},
		{body: "Jeg kommer med mine børn Ali, Sara og Omar. Vi vil alle på workshop 3.\n\nIda Holm", status: "complete", want: "Ida Holm:3/-; Ali:3/-; Sara:3/-; Omar:3/-"},
		{body: "Please register me and my children, Ali and Sara. We all want workshop 3.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/-; Ali:3/-; Sara:3/-"},
		{body: "I am signing up myself and my two children, Ali and Sara. We all want workshop 3.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/-; Ali:3/-; Sara:3/-"},
		{body: "Jeg kommer med mine kollegaer Per Hansen og Anne Berg. Vi vil alle på workshop 3.\n\nIda Holm", status: "complete", want: "Ida Holm:3/-; Per Hansen:3/-; Anne Berg:3/-"},
		// a count the names do not meet is for staff
		{body: "Jeg tilmelder mig og mine to børn, Ali og Sara og Omar. Workshop 3.\n\nIda Holm", notStatus: "complete"},
		{body: "Jeg kommer med mine børn. Vi vil alle på workshop 3.\n\nIda Holm", notStatus: "complete"},
		{body: "Jeg kommer med min mand Bo Holm og min søn Ali Holm. Workshop 3 for os alle.\n\nIda Holm", status: "complete", want: "Ida Holm:3/-; Bo Holm:3/-; Ali Holm:3/-"},
		{body: "I'm coming with my husband Tom Berg. Workshop 2 for both of us.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/-; Tom Berg:2/-"},
	})
}

// Asking to add someone to one's registration is an update, in English as
// in Danish; a new sign-up that also brings someone stays a registration.
func TestAddToMyRegistration(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Could you add my husband Tom Berg to my registration? He wants workshop 4.\n\nIda Holm", subject: "Registration", intent: tilmeld.IntentUpdate, status: "complete", want: "Tom Berg:4/-"},
		{body: "Can you add my husband Tom Berg to the list? He wants workshop 4.\n\nIda Holm", subject: "Registration", intent: tilmeld.IntentUpdate, status: "complete", want: "Tom Berg:4/-"},
		{body: "Please add my husband Tom. He wants workshop 4.\n\nIda Holm", subject: "Registration", intent: tilmeld.IntentUpdate},
		{body: "Vil I skrive min mand Ole Holm på også? Han vil gerne på workshop 4.\n\nIda Holm", intent: tilmeld.IntentUpdate, status: "complete", want: "Ole Holm:4/-"},
		{body: "Could you also register my husband Tom? He wants workshop 4.\n\nIda Holm", subject: "Registration", intent: tilmeld.IntentUpdate, notStatus: "complete"},
		// her own first choice with his: not a change of one made before
		{body: "Jeg vil gerne på workshop 2, og kan I også tilmelde min mand Ole Holm til workshop 4?\n\nIda Holm", notStatus: "complete"},
	})
}

// Coming to the meal but to no workshop is for staff; the bot must not ask
// her to choose one.
func TestNoWorkshopWanted(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg kommer kun til spisningen.\n\nIda Holm", status: "review"},
		{body: "Jeg deltager ikke i workshops, men kommer gerne til middagen.\n\nIda Holm", status: "review"},
		{body: "Jeg kommer til mødet men ikke til workshops, kun spisning.\n\nIda Holm", status: "review"},
		{body: "Hi\nI would like to come, but only for the dinner.\n\nIda Holm", subject: "Meeting", notStatus: "incomplete"},
		// the meal beside a workshop changes nothing
		{body: "Jeg kommer til middagen og vil gerne på workshop 2.\n\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Jeg vil gerne komme. Jeg ved ikke hvilken workshop endnu.\n\nIda Holm", status: "incomplete", missing: []string{"workshop"}},
	})
}

// "Jeg vil på workshop 2 og Per på workshop 4": after "og" a person and her
// workshop, the verb left out, are hers; the sender keeps her own.
func TestElidedVerbForAnother(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg og Per Lund kommer. Jeg vil på workshop 2 og Per på workshop 4.\n\nIda Holm", status: "complete", want: "Ida Holm:2/-; Per Lund:4/-"},
		{body: "Jeg kommer med min mand Bo Holm. Jeg vil have workshop 1 og Bo workshop 3.\n\nIda Holm", status: "complete", want: "Ida Holm:1/-; Bo Holm:3/-"},
		{body: "I'm coming with my husband Tom Berg. I'd like workshop 1 and Tom workshop 3.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:1/-; Tom Berg:3/-"},
		{body: "I'd like workshop 1 and my husband Tom Berg for workshop 3.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:1/-; Tom Berg:3/-"},
		// a workshop's name after "og" is a choice, not a person
		{body: "Jeg vil gerne på workshop 1 og sundhed workshop 2.\n\nIda Holm", want: "Ida Holm:1/2"},
	})
}

// A new number in answer to the receipt changes the contact and nothing
// else; another's number, or a question beside it, is not that.
func TestNewNumberOnly(t *testing.T) {
	reply := "In-Reply-To: <receipt-1@bo-vest.dk>\r\n"
	quote := "\n\nHilsen\nIda\n\nDen 14. sep. 2020 kl. 10.12 skrev Albertslund Boligsociale Center <abc@bo-vest.dk>:\n> Tak for din tilmelding.\n> Ida Holm\n>   1. prioritet: Sundhed & trivsel (nr. 2)\n"
	for _, c := range []struct {
		body, status, phone string
		intent              tilmeld.Intent
	}{
		{"Rettelse: mit telefonnummer er 22 33 44 55.", "complete", "+4522334455", tilmeld.IntentUpdate},
		{"Jeg har fået nyt nummer: 22334455", "complete", "+4522334455", tilmeld.IntentUpdate},
		{"My new phone number is 22 33 44 55.", "complete", "+4522334455", tilmeld.IntentUpdate},
		{"Min mands nye nummer er 22 33 44 55.", "review", "", ""},
		{"Mit nye nummer er 22 33 44 55. Kan jeg også tage min datter med?", "review", "", ""},
	} {
		r := parseMail("Ida Holm", "Re: Tilmelding", reply, c.body+quote)
		if string(r.Status) != c.status || c.phone != "" && r.Contact.Phone != c.phone || c.intent != "" && r.Intent != c.intent || c.phone != "" && len(r.Attendees) != 0 {
			t.Errorf("%q: got %s %s phone %q, %d attendees (%v); want %s %s phone %q", c.body, r.Intent, r.Status, r.Contact.Phone, len(r.Attendees), r.Reasons, c.intent, c.status, c.phone)
		}
	}
}

// A diet taken away ("I kan fjerne vegetar", "remove the vegetarian diet")
// must not be read as one asked for: staff change it.
func TestDietRemoved(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg spiser alligevel kød, så I kan bare fjerne vegetar.\n\nIda Holm", subject: "Re: Tilmelding", headers: "In-Reply-To: <receipt-1@bo-vest.dk>\r\n", status: "review"},
		{body: "Please remove the vegetarian diet, I eat meat now.\n\nIda Holm", subject: "Re: Registration", headers: "In-Reply-To: <receipt-1@bo-vest.dk>\r\n", status: "review"},
		{body: "Jeg vil gerne på workshop 1 og 2. I kan se bort fra at jeg er vegetar.\n\nIda Holm", status: "review"},
		// "don't forget" keeps it
		{body: "Workshop 1 og 2. Glem ikke at jeg er vegetar.\n\nIda Holm", status: "complete", diet: "Ida Holm=vegetarian"},
		{body: "Workshop 1 og 2. Jeg spiser ikke svinekød, glem ikke det.\n\nIda Holm", status: "complete", diet: "Ida Holm=no_pork"},
	})
}

// "Min mand vil det samme", "Det samme gælder min mand", "Same for my
// husband": the one named wants the sender's workshops.
func TestSameAsSender(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne på workshop 3 og 1. Min mand Ole Holm vil det samme.\n\nIda Holm", status: "complete", want: "Ida Holm:3/1; Ole Holm:3/1"},
		{body: "Jeg vil gerne på workshop 3 og 1. Det samme gælder min mand Ole Holm.\n\nIda Holm", status: "complete", want: "Ida Holm:3/1; Ole Holm:3/1"},
		{body: "Jeg vil gerne på workshop 3 og 1, og det vil min mand Ole Holm også.\n\nIda Holm", status: "complete", want: "Ida Holm:3/1; Ole Holm:3/1"},
		{body: "Jeg vil gerne på workshop 3 og 1. Min mand Ole Holm vil gerne på de samme workshops.\n\nIda Holm", status: "complete", want: "Ida Holm:3/1; Ole Holm:3/1"},
		{body: "I'd like workshop 3 and 1. Same for my husband Tom Berg.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/1; Tom Berg:3/1"},
		{body: "I'd like workshop 3 and 1, and so would my husband Tom Berg.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/1; Tom Berg:3/1"},
		{body: "I would like workshop 3 and 1. My colleague Anna Berg wants the same.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/1; Anna Berg:3/1"},
		// her own food stays hers
		{body: "Jeg vil gerne på workshop 3. Min mand Ole Holm vil det samme, men han er vegetar.\n\nIda Holm", status: "complete", want: "Ida Holm:3/-; Ole Holm:3/-", diet: "Ida Holm="},
		// one who has workshops of his own keeps them
		{body: "Jeg vil gerne på workshop 3 og 1. Min mand Ole Holm vil det samme, men helst 2 først.\n\nIda Holm", notStatus: "complete"},
	})
}

// "There are two of us": a word that opens an English sentence is no name.
func TestSentenceOpenerIsNoName(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "There are two of us coming, me and my husband Tom Berg. We both want workshop 2, then 1.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/1; Tom Berg:2/1"},
		{body: "Here is my registration: workshop 2 and 1.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/1"},
	})
}

// "Hassan Ali vil gerne deltage ... Jeg er hans kontaktperson": the writer
// says who she is to him, not that she comes.
func TestWriterRoleIsNoAttendee(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hassan Ali vil gerne deltage i workshop 4 og 1. Jeg er hans kontaktperson.\n\nIda Holm", status: "complete", want: "Hassan Ali:4/1"},
		{body: "Hassan Ali vil gerne deltage i workshop 4 og 1. Jeg arbejder som hjemmehjælper hos ham.\n\nIda Holm", status: "complete", want: "Hassan Ali:4/1"},
		{body: "Hassan Ali would like to attend workshop 4 and 1. I am his caseworker.\n\nIda Holm", subject: "Meeting", status: "complete", want: "Hassan Ali:4/1"},
		// she comes as well when she says so
		{body: "Hassan Ali vil gerne deltage i workshop 4 og 1. Jeg er hans kontaktperson og kommer også selv, workshop 2.\n\nIda Holm", status: "complete", want: "Ida Holm:2/-; Hassan Ali:4/1"},
	})
}

// A sentence typed without its full stops ("jeg kommer med min kone vi vil
// begge på 2 og 3") holds several statements: a subject and its verb start
// a new one, unless a word before them leads into a clause ("det hun har",
// "som vi vil").
func TestRunOnStatements(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "jeg kommer med min kone vi vil begge på 2 og 3\n\nIda Holm", status: "incomplete", missing: []string{"name"}, want: "Ida Holm:2/3; :2/3"},
		{body: "i come with my wife we both want 2 and 3\n\nIda Holm", subject: "Meeting", status: "incomplete", missing: []string{"name"}, want: "Ida Holm:2/3; :2/3"},
		{body: "jeg kommer med min søn Ali han vil på 4 jeg vil på 1\n\nIda Holm", status: "complete", want: "Ida Holm:1/-; Ali:4/-"},
		{body: "Jeg vil gerne ændre min første prioritet til workshop 4, og så workshop 2 som anden. Min mand Ole Holm beholder det han har.\n\nIda Holm", intent: tilmeld.IntentUpdate, want: "Ida Holm:4/2"},
		{body: "Jeg tror jeg vil på workshop 2.\n\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
	})
}

// "Min mand er cøliaker" of a husband the mail does not bring: the food is
// not the sender's, so staff look; one who stays home is left out quietly.
func TestStrangerRelativeIsNotTheSender(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 2 og 1. Min mand er cøliaker.\n\nIda Holm", status: "review"},
		{body: "Workshop 2 og 1. Min mand er cøliaker, jeg spiser alt. Han vil også på 2 og 1. Han hedder Ole Holm.\n\nIda Holm", notStatus: "complete"},
		{body: "Workshop 2 and 1. My husband Tom is vegan.\n\nIda Holm", subject: "Meeting", status: "review"},
		{body: "Workshop 2 og 1. Min mand er cøliaker, men han kommer ikke.\n\nIda Holm", status: "complete", diet: "Ida Holm="},
		// one who comes has his own food
		{body: "Min mand og jeg vil gerne på 2 og 1. Min mand er cøliaker.\n\nIda Holm", notStatus: "complete", want: "Ida Holm:2/1; :2/1"},
	})
}
