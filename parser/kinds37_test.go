package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a thirty-seventh look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A (wrong complete). A food line that opens with a topic label ("Kost:",
// "Mad og allergier:", "Food:") and then speaks with its own subject: the
// label is no subject, each sentence after it gives its food to its own
// subject, "vi"/"we" to everyone.
func TestTopicLabelThenSubject(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 1 og 2, og Ali Hassan vil på workshop 3 og 4.\nKost: jeg er vegetar. Ali spiser ikke svinekød.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/2; Ali Hassan:3/4"}, diets: "Ida Holm=vegetarian; Ali Hassan=no_pork"},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 2 og 1. Min kollega Sara Nør vil på workshop 4 og 3.\nAllergier: jeg har nøddeallergi, og Sara tåler ikke gluten.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/1; Sara Nør:4/3"}, diets: "Ida Holm=nut_allergy; Sara Nør=gluten_free"},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 1 og 2. Nadia Berg vil på workshop 3 og 4.\nMad: vi spiser alle halal, og Nadia er desuden diabetiker.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/2; Nadia Berg:3/4"}, diets: "Ida Holm=halal; Nadia Berg=diabetic,halal"},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 2 og 1. Min kollega Sara Nør vil på workshop 4 og 3.\nMad og allergier: vi er begge vegetarer.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/1; Sara Nør:4/3"}, diets: "Ida Holm=vegetarian; Sara Nør=vegetarian"},
		{blindCase: blindCase{body: "Hej\n\nIda Holm: workshop 1 og 2\nBo Lund: workshop 3 og 4\nAllergier: jeg tåler ikke gluten.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/2; Bo Lund:3/4"}, diets: "Ida Holm=gluten_free; Bo Lund="},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 2 og 1. Min kollega Sara Nør vil på workshop 4 og 3.\nDiæt: hun er diabetiker, jeg spiser alt.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/1; Sara Nør:4/3"}, diets: "Ida Holm=; Sara Nør=diabetic"},
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 1 og 2, og Ida Lund vil på workshop 3.\nKost: Ida har nøddeallergi, jeg spiser alt.\n\nMvh Tom Berg",
			from: "Tom Berg", status: "complete", want: "Tom Berg:1/2; Ida Lund:3/-"}, diets: "Tom Berg=; Ida Lund=nut_allergy"},
		{blindCase: blindCase{body: "Hi\n\nI would like workshop 1 and 2, and Tom Berg would like workshop 3 and 4.\nFood: we only eat halal. Tom is also diabetic.\n\nBest, Ida Holm",
			status: "complete", want: "Ida Holm:1/2; Tom Berg:3/4"}, diets: "Ida Holm=halal; Tom Berg=diabetic,halal"},
		{blindCase: blindCase{body: "Hi\n\nI would like workshop 2 and 3. My colleague Sara Nør would like 4 and 1.\nAllergies: I can't have nuts. Sara eats no pork.\n\nBest, Ida Holm",
			status: "complete", want: "Ida Holm:2/3; Sara Nør:4/1"}, diets: "Ida Holm=nut_allergy; Sara Nør=no_pork"},
		{blindCase: blindCase{body: "Hi\n\nI would like workshop 2 and 3. My colleague Sara Nør would like 4 and 1.\nDietary requirements: we are both vegetarian.\n\nBest, Ida Holm",
			status: "complete", want: "Ida Holm:2/3; Sara Nør:4/1"}, diets: "Ida Holm=vegetarian; Sara Nør=vegetarian"},
		// a field inside one person's line has no subject of its own: his
		{blindCase: blindCase{body: "Hej\n\nIda Holm: workshop 1 og 2\nBo Lund: workshop 3 og 4, mad: vegetar\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/2; Bo Lund:3/4"}, diets: "Ida Holm=; Bo Lund=vegetarian"},
		// a name then food after the label, each hers
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 1 og 2, og Ida Lund vil på workshop 3.\nKost: Ida vegetar, Tom glutenfri\n\nMvh Tom Berg",
			from: "Tom Berg", status: "complete", want: "Tom Berg:1/2; Ida Lund:3/-"}, diets: "Tom Berg=gluten_free; Ida Lund=vegetarian"},
		// nothing to give
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 2 og 1, og Sara Nør vil på workshop 4 og 3.\nMad: ingen særlige hensyn\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/1; Sara Nør:4/3"}, diets: "Ida Holm=; Sara Nør="},
		// a label and food with no subject still go to the last one spoken of
		{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 2 og 1. Min kollega Sara Nør vil på workshop 4 og 3.\nKost: vegetar\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/1; Sara Nør:4/3"}, diets: "Ida Holm=; Sara Nør=vegetarian"},
	})
}

// B (wrong complete). A Danish statement that opens with a filler or an
// adverb ("Og så", "Til gengæld", "Nå ja, og så", "Ellers") has its verb
// before its subject; English keeps the subject after the opener ("And
// then I ..."). The food is that subject's, not the last one's spoken of.
func TestInvertedAfterOpener(t *testing.T) {
	two := func(tail string) string {
		return "Hej\n\nJeg vil gerne på workshop 2 og 1. Min mand Jens Dahl vil på workshop 4 og 3. " + tail + "\n\nMvh Ida Holm"
	}
	en := func(tail string) string {
		return "Hi\n\nI would like workshop 2 and 1. My husband Jens Dahl would like 4 and 3. " + tail + "\n\nBest, Ida Holm"
	}
	var cases []checkedCase
	for tail, diets := range map[string]string{
		"Og så er jeg vegetar.":                     "Ida Holm=vegetarian; Jens Dahl=",
		"Til gengæld tåler jeg ikke laktose.":       "Ida Holm=lactose_free; Jens Dahl=",
		"Nå ja, og så spiser jeg ikke svinekød.":    "Ida Holm=no_pork; Jens Dahl=",
		"Så er jeg vegetar.":                        "Ida Holm=vegetarian; Jens Dahl=",
		"Ellers tåler jeg ikke gluten.":             "Ida Holm=gluten_free; Jens Dahl=",
		"Og så har jeg sukkersyge.":                 "Ida Holm=diabetic; Jens Dahl=",
		"I øvrigt er jeg vegetar.":                  "Ida Holm=vegetarian; Jens Dahl=",
		"Og så er vi begge vegetarer.":              "Ida Holm=vegetarian; Jens Dahl=vegetarian",
		"Desuden er jeg vegetar.":                   "Ida Holm=vegetarian; Jens Dahl=",
		"Og jeg er vegetar.":                        "Ida Holm=vegetarian; Jens Dahl=",
		"Og så er I velkomne til at ringe til mig.": "Ida Holm=; Jens Dahl=",
	} {
		cases = append(cases, checkedCase{blindCase: blindCase{body: two(tail), status: "complete", want: "Ida Holm:2/1; Jens Dahl:4/3"}, diets: diets})
	}
	for tail, diets := range map[string]string{
		"Oh and I can't have gluten.":         "Ida Holm=gluten_free; Jens Dahl=",
		"And then I forgot: I am vegetarian.": "Ida Holm=vegetarian; Jens Dahl=",
		"By the way, I don't eat pork.":       "Ida Holm=no_pork; Jens Dahl=",
	} {
		cases = append(cases, checkedCase{blindCase: blindCase{body: en(tail), status: "complete", want: "Ida Holm:2/1; Jens Dahl:4/3"}, diets: diets})
	}
	cases = append(cases,
		// after a sentence about the sender, "han" is still the husband
		checkedCase{blindCase: blindCase{body: "Hej\n\nMin mand Jens Dahl vil på workshop 3 og 4. Jeg vil gerne på workshop 1 og 2. Og så er han diabetiker.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/2; Jens Dahl:3/4"}, diets: "Ida Holm=; Jens Dahl=diabetic"},
		checkedCase{blindCase: blindCase{body: "Hej\n\nMin datter Maja Dahl vil på workshop 4 og 3. Jeg vil gerne på workshop 2 og 1. Og så er hun vegetar.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/1; Maja Dahl:4/3"}, diets: "Ida Holm=; Maja Dahl=vegetarian"},
		// a choice after the opener and the verb is the subject's: hers
		checkedCase{blindCase: blindCase{body: "Hej\n\nMin mand Jens Holm vil på workshop 3. Og så vil jeg gerne på 1.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/-; Jens Holm:3/-"}},
		// a sentence that brings someone after "Så har vi ..." stays his
		checkedCase{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 1 og 3. Så har vi også en søn, Emil Holm, som vil på workshop 2.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/3; Emil Holm:2/-"}},
		// a choice after the opener is his
		checkedCase{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 2. Min mand Jens Dahl vil på workshop 4. Og så vil han hellere på 3 bagefter.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-; Jens Dahl:4/3"}},
	)
	runChecked(t, cases)
}

// C (wrong complete). "Jeg glemte at skrive, at X ...", "I forgot to
// mention that X ...": the writer reports a statement; its food is X's,
// the subject after "at", "that" or the colon, and the writer's own only
// when that subject is "jeg" again.
func TestReportedStatementSubject(t *testing.T) {
	earlier := func(who string) string {
		return "\n\nDen 10.09.2020 kl. 10:00 skrev Ida Berg <ida.berg@example.dk>:\n> Hej\n> Jeg vil gerne på workshop 1 og 2, og " + who + " vil på workshop 3.\n> Mvh Ida Berg\n"
	}
	enEarlier := "\n\nOn 10 Sep 2020, Ida Berg <ida.berg@example.dk> wrote:\n> Hi\n> I would like workshop 1 and 2, and my son Emil Berg would like workshop 3.\n> Best, Ida Berg\n"
	son := earlier("min søn Emil Berg")
	re := func(body, quote string) blindCase {
		return blindCase{body: body + "\n\nMvh Ida Berg" + quote, from: "Ida Berg", subject: "Re: Tilmelding", headers: replyHeaders}
	}
	var cases []checkedCase
	for body, diets := range map[string]string{
		"Hej\n\nJeg glemte at skrive sidst, at Emil Berg har nøddeallergi.":   "Emil Berg=nut_allergy",
		"Hej\n\nJeg glemte at skrive, at Emil har nøddeallergi.":              "Emil Berg=nut_allergy",
		"Hej\n\nJeg skal lige nævne: min søn Emil er vegetar.":                "Emil Berg=vegetarian",
		"Hej\n\nJeg har glemt at fortælle jer, at Emil ikke tåler laktose.":   "Emil Berg=lactose_free",
		"Hej\n\nJeg vil gerne tilføje, at min søn Emil ikke spiser svinekød.": "Emil Berg=no_pork",
	} {
		c := re(body, son)
		c.intent, c.status, c.want = tilmeld.IntentUpdate, "complete", "Emil Berg:-/-"
		cases = append(cases, checkedCase{blindCase: c, diets: diets})
	}
	en := blindCase{body: "Hi\n\nI forgot to mention that Emil is allergic to eggs.\n\nBest, Ida Berg" + enEarlier, from: "Ida Berg", subject: "Re: Registration",
		headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", want: "Emil Berg:-/-"}
	cases = append(cases, checkedCase{blindCase: en, diets: "Emil Berg=egg_allergy"})
	// the statement's subject is the writer again: hers
	own := re("Hej\n\nJeg glemte at skrive, at jeg ikke tåler laktose.", son)
	own.intent, own.status, own.want = tilmeld.IntentUpdate, "complete", "Ida Berg:-/-"
	cases = append(cases, checkedCase{blindCase: own, diets: "Ida Berg=lactose_free"})
	choice := re("Hej\n\nJeg glemte at skrive, at jeg også gerne vil have workshop 2 som andet valg.", earlier("min søn Emil Berg"))
	choice.intent, choice.want = tilmeld.IntentUpdate, "Ida Berg:-/2"
	cases = append(cases, checkedCase{blindCase: choice, diets: "Ida Berg="})
	// in a first registration, the husband's food said after the frame
	cases = append(cases, checkedCase{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 1 og 2, og min mand Jens Berg vil på workshop 3 og 4. Jeg skal lige nævne, at Jens er diabetiker.\n\nMvh Ida Berg",
		from: "Ida Berg", status: "complete", want: "Ida Berg:1/2; Jens Berg:3/4"}, diets: "Ida Berg=; Jens Berg=diabetic"})
	// no statement after the frame: nothing to give anyone
	cases = append(cases, checkedCase{blindCase: blindCase{body: "Hej\n\nJeg vil gerne på workshop 1 og 2. Jeg har glemt min kode til hjemmesiden, men det er vel ligegyldigt.\n\nMvh Ida Berg",
		from: "Ida Berg", status: "complete", want: "Ida Berg:1/2"}, diets: "Ida Berg="})
	runChecked(t, cases)
}

// D (wrong complete, needless question). A room question answered in the
// next sentence by an elided condition ("Er der stadig plads? Hvis ja,
// ...", "I så fald ...", "If so, ...") that adds someone while the sender
// gives no choice of her own: a conditional addition to her registration,
// an update staff must answer first.
func TestElidedRoomCondition(t *testing.T) {
	review := func(body string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body, intent: tilmeld.IntentUpdate, status: "review"}, asks: "yes"}
	}
	runChecked(t, []checkedCase{
		review("Hej\n\nEr der plads til én mere? Hvis ja, vil min far Anton Lund også gerne med på workshop 1.\n\nMvh Ida Holm"),
		review("Hej\n\nEr der stadig ledige pladser? I så fald kommer min kollega Rikke Due også, workshop 4 ligesom mig.\n\nMvh Ida Holm"),
		review("Hej\n\nEr der stadig plads? Så tager jeg min søster Dina med, hun vil på workshop 3.\n\nMvh Ida Holm"),
		review("Hej\n\nEr der stadig plads? Hvis der er, vil min mor Vera Lund også gerne med på workshop 2.\n\nMvh Ida Holm"),
		review("Hej\n\nHar I plads til en mere? Hvis det er tilfældet, vil min nabo Tove Krag gerne med på workshop 2.\n\nMvh Ida Holm"),
		review("Hi\n\nIs there still room? If so, my brother Sam would like to join me on workshop 2.\n\nBest, Ida Holm"),
		review("Hi\n\nDo you have space for one more? In that case my colleague Lisa Holt would also like to come, workshop 3 like me.\n\nBest, Ida Holm"),
		{blindCase: blindCase{body: "Hej\n\nEr der stadig plads? Hvis ja, vil min mor Vera Lund også gerne med på workshop 2.\n\nMvh Ida Holm" + receipt29("Ida Holm"),
			subject: "SV: Tilmelding", headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "review"}, asks: "yes"},
		// no condition: a plain addition
		{blindCase: blindCase{body: "Hej\n\nJeg er allerede tilmeldt, og min mor Vera Lund vil også gerne med på workshop 2.\n\nMvh Ida Holm",
			intent: tilmeld.IntentUpdate, status: "complete", want: "Vera Lund:2/-"}, asks: "no"},
		// her own sign-up after the room question: registered, the question to staff
		{blindCase: blindCase{body: "Hej\n\nEr der stadig plads? Hvis ja, vil jeg gerne på workshop 2 og 3.\n\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\n\nEr der stadig plads? Så vil jeg gerne på workshop 2 og 3, og min mand Bo Holm på 1.\n\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3; Bo Holm:1/-"}, asks: "yes"},
		// "hvis ja" after another question is no room condition
		{blindCase: blindCase{body: "Hej\n\nEr der parkering ved huset? Hvis ja, kommer jeg i bil. Jeg vil gerne på workshop 1 og 4.\n\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/4"}, asks: "yes"},
	})
}
