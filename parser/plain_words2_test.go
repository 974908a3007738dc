package parser

import (
	"testing"

	"tilmeld"
)

// Bare workshop numbers after a verb of taking part: "deltage i 2 og 4",
// "tilmelde mig 1 og 3", "join 2 and 4" give the choices as "gerne 2 og 4"
// does; after a count or a time they stay numbers.
func TestNumbersAfterTakingPart(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne deltage i 2 og 4.\nIda Holm, 20304050", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg vil gerne tilmelde mig 3 og 1.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:3/1"},
		{body: "Jeg vil gerne tilmelde mig til 2 og 4.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg vil gerne tilmeldes 1 og 2.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:1/2"},
		{body: "Tilmeld mig og min mand Tom til 2 og 4.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/4; Tom:2/4"},
		{body: "Jeg vil gerne tilmelde mig og min søn Ali Holm til workshop 3 og 1.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:3/1; Ali Holm:3/1"},
		{body: "I want to join 2 and 4.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "I would like to attend 3 and 1.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:3/1"},
		{body: "I am signing up for 2 and 4.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "Please sign up me and my husband Tom for 2 and 4.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:2/4; Tom:2/4"},
		{body: "Please sign up me and my husband Tom, both for 2 and 4.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:2/4; Tom:2/4"},
		// a time or a school class after the numbers is none of them
		{body: "Vi kommer begge til 2 og 4 tiden.\nIda Holm, 20304050", notStatus: "complete"},
		{body: "Jeg kommer ved 4 tiden, workshop 2.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/-"},
		{body: "Jeg vil gerne deltage i 2 timer, så går jeg. Workshop sundhed.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/-"},
	})
}

// A couple signs off together ("Mvh / Ida og Tom Holm") under a mail that
// counts two: the name that is not the sender's is the other one's, and
// a first name alone before the full one shares its surname.
func TestSignedTogether(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nVi vil begge gerne på workshop 2 og 4.\n\nMvh\nIda og Tom Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4; Tom Holm:2/4"},
		{body: "Hej\nVi kommer to, begge på workshop 1 og 3.\n\nHilsen\nIda Holm og Tom Jensen", status: "complete", want: "Ida Holm:1/3; Tom Jensen:1/3"},
		{body: "Hej\nJeg og min mand vil gerne på workshop 2 og 4.\n\nMvh\nIda & Tom Holm", status: "complete", want: "Ida Holm:2/4; Tom Holm:2/4"},
		{body: "Hej\nVi kommer begge to, workshop 1 og 3.\n\nHilsen Tom og Ida", status: "complete", want: "Ida Holm:1/3; Tom:1/3"},
		{body: "Hi\nWe both want 2 and 4.\n\nBest\nIda and Tom Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4; Tom Holm:2/4"},
		// neither name is the sender's, or the line says more than names:
		// the other one's name is still asked for
		{body: "Hej\nVi vil begge gerne på workshop 2 og 4.\n\nMvh\nEva og Tom Berg", status: "incomplete", missing: []string{"name"}},
		{body: "Hej\nVi vil begge gerne på workshop 2 og 4.\n\nMvh\nIda og Tom Holm, Hyldevej 4", status: "incomplete", missing: []string{"name"}},
		// one comes: a couple's sign-off adds nobody
		{body: "Hej\nJeg vil gerne på workshop 2 og 4.\n\nMvh\nIda og Tom Holm", status: "complete", want: "Ida Holm:2/4"},
	})
}

// Food turned down in everyday words is the diet it amounts to: neither
// meat nor fish is vegetarian, no dairy is lactose-free as in English,
// avoiding pork is no pork.
func TestDietRefusedInEverydayWords(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 2 og 4. Jeg spiser hverken kød eller fisk.", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=vegetarian"},
		{body: "Workshop 2 og 4. Jeg spiser ikke kød og fisk.", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=vegetarian"},
		{body: "Workshop 2 og 4. Ingen mælkeprodukter til mig.", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=lactose_free"},
		{body: "Workshop 2 og 4. Jeg er på mælkefri kost.", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=lactose_free"},
		{body: "Workshop 2 og 4. Jeg undgår svinekød af religiøse grunde.", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=no_pork"},
		{body: "Workshop 2 and 4. I eat neither meat nor fish.", subject: "Meeting", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=vegetarian"},
		{body: "Workshop 2 and 4. I avoid pork.", subject: "Meeting", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=no_pork"},
		// fish let in stays pescetarian; an allergy to milk stays the
		// kitchen's to read
		{body: "Workshop 2 og 4. Jeg spiser ikke kød, men gerne fisk.", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=pescetarian"},
		{body: "Workshop 2 og 4. Jeg tåler ikke mælk.", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=other"},
	})
}

// A new mail's subject that signs up for workshops is her first line when
// her own words name none; a question in the subject or the body is not.
func TestSubjectSignsUp(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Mvh Ida Holm", subject: "Tilmelding workshop 2 og 4", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej, se emnefeltet.\nIda", subject: "Tilmelding: sundhed, ellers job", status: "complete", want: "Ida Holm:2/4"},
		{body: "", subject: "Workshop 3", status: "complete", want: "Ida Holm:3/-"},
		// asked of a workshop, or said in a reply: no sign-up
		{body: "Hvornår starter den?\nIda", subject: "Workshop 3", notStatus: "complete"},
		{body: "Hvor lang tid varer den?\nIda", subject: "Spørgsmål om workshop 2", notStatus: "complete"},
		{body: "Tak for svaret.\nIda", subject: "Re: Tilmelding workshop 2", notStatus: "complete"},
	})
}

// A registration deleted or annulled in plain words withdraws it, and
// asking the office to do so is a request it fulfils, not a question.
func TestCancelInPlainWords(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Slet venligst min tilmelding.", intent: tilmeld.IntentCancel, status: "complete", want: "Ida Holm:-/-"},
		{body: "Annuller min tilmelding.", intent: tilmeld.IntentCancel, status: "complete", want: "Ida Holm:-/-"},
		{body: "Kan I annullere min tilmelding?", intent: tilmeld.IntentCancel, status: "complete", want: "Ida Holm:-/-"},
		{body: "Vil I fjerne mig fra listen?", intent: tilmeld.IntentCancel, status: "complete", want: "Ida Holm:-/-"},
	})
	for _, body := range []string{"Kan I annullere min tilmelding?", "Vil I fjerne mig fra listen?"} {
		if r := (blindCase{body: body}).parse(); r.Question {
			t.Errorf("%q: a request the bot fulfils was read as a question for staff", body)
		}
	}
}

// A rank written in capitals after a workshop ("Job - MIT 2. VALG") is a
// rank as in small letters: the capital after "2." starts no sentence.
func TestRankInCapitals(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne deltage.\nJob - MIT 2. VALG\nSundhed - MIT 1. VALG", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg vil gerne deltage.\nSundhed - MIT 1. VALG\nJob - MIT 2. VALG", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg vil gerne deltage. Job er mit 2. Valg. Sundhed er mit 1. Valg.", status: "complete", want: "Ida Holm:2/4"},
	})
}
