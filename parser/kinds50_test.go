package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a fiftieth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// E (wrong complete: a diet for the wrong person). The sender signs up
// herself and one more with a shared choice, then states a diet with a
// "jeg", "I" that does not open its clause: after a fronted subordinate
// clause or phrase ("Hvis køkkenet kan, vil jeg ...", "Når det gælder
// maden, så er jeg ...", "If possible I'd like ..."), or as "til mig".
// The diet is hers alone; a "vi", "begge" still gives it to both.
func TestFrontedSelfDiet(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nMin veninde Rikke Dahl og jeg vil gerne deltage, begge på workshop 2. Hvis køkkenet kan klare det, vil jeg helst have glutenfri mad.\n\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-; Rikke Dahl:2/-"}, diets: "Ida Holm=gluten_free; Rikke Dahl="},
		{blindCase: blindCase{body: "Hej\nJeg og min mand Svend Holm kommer, begge workshop 4. Til mig helst laktosefrit.\nHilsen Ida Holm",
			status: "complete", want: "Ida Holm:4/-; Svend Holm:4/-"}, diets: "Ida Holm=lactose_free; Svend Holm="},
		{blindCase: blindCase{body: "Hej\nJeg og min mand Svend Holm kommer, begge workshop 4 og 1. Når det gælder maden, så er jeg vegetar.\nHilsen Ida Holm",
			status: "complete", want: "Ida Holm:4/1; Svend Holm:4/1"}, diets: "Ida Holm=vegetarian; Svend Holm="},
		{blindCase: blindCase{body: "Hej\nRikke Dahl og jeg tilmelder os workshop 3, begge to. Med hensyn til maden er jeg veganer.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/-; Rikke Dahl:3/-"}, diets: "Ida Holm=vegan; Rikke Dahl="},
		{blindCase: blindCase{body: "Hej\nRikke Dahl og jeg kommer begge til workshop 1. Hvis muligt vil jeg gerne have halal.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/-; Rikke Dahl:1/-"}, diets: "Ida Holm=halal; Rikke Dahl="},
		{blindCase: blindCase{body: "Hej\nRikke Dahl og jeg kommer begge til workshop 1. Når vi spiser, vil jeg gerne have glutenfrit.\nMvh Ida Holm",
			status: "complete"}, diets: "Ida Holm=gluten_free; Rikke Dahl="},
		{blindCase: blindCase{body: "Hi\n\nMy colleague Tom Berg and I would like to join, both workshop 2. If possible I'd like vegetarian food.\n\nBest, Ida Holm",
			status: "complete", want: "Ida Holm:2/-; Tom Berg:2/-"}, diets: "Ida Holm=vegetarian; Tom Berg="},
		{blindCase: blindCase{body: "Hi\nTom Berg and I will both come, workshop 3. As for food, I'm vegan.\nRegards, Ida Holm",
			status: "complete", want: "Ida Holm:3/-; Tom Berg:3/-"}, diets: "Ida Holm=vegan; Tom Berg="},
		{blindCase: blindCase{body: "Hi\nTom Berg and I will both come, workshop 3. If the kitchen can manage it, I would like gluten-free food.\nRegards, Ida Holm",
			status: "complete"}, diets: "Ida Holm=gluten_free; Tom Berg="},
		// the workshops after a fronted clause are hers alone too
		{blindCase: blindCase{body: "Hej\nRikke Dahl og jeg kommer. Hvis der er plads, vil jeg gerne på workshop 1 og Rikke på workshop 3.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/-; Rikke Dahl:3/-"}},
		// near-misses: said of both, it stays with both
		{blindCase: blindCase{body: "Hej\nJeg og min mand Svend Holm kommer, begge workshop 4. Hvis det er muligt, vil vi gerne have vegetarmad.\nHilsen Ida Holm",
			status: "complete"}, diets: "Ida Holm=vegetarian; Svend Holm=vegetarian"},
		{blindCase: blindCase{body: "Hej\nJeg og min mand Svend Holm kommer, begge workshop 4. Vi spiser begge halal.\nHilsen Ida Holm",
			status: "complete"}, diets: "Ida Holm=halal; Svend Holm=halal"},
		{blindCase: blindCase{body: "Hej\nJeg og min mand Svend Holm kommer, begge workshop 4. Da vi begge er vegetarer, vil jeg bede om to vegetarretter.\nHilsen Ida Holm",
			status: "complete"}, diets: "Ida Holm=vegetarian; Svend Holm=vegetarian"},
		{blindCase: blindCase{body: "Hi\nTom Berg and I will both come, workshop 3. If possible we'd like halal food.\nRegards, Ida Holm",
			status: "complete"}, diets: "Ida Holm=halal; Tom Berg=halal"},
		{blindCase: blindCase{body: "Hej\nJeg og min mand Svend Holm kommer, begge workshop 4. For os begge gerne vegetar.\nHilsen Ida Holm",
			status: "complete"}, diets: "Ida Holm=vegetarian; Svend Holm=vegetarian"},
	})
}

// F (wrong complete: a wrong tag; needless review). A reaction of the body
// told in words is an allergy to the food it is to, and the shellfish
// family is shellfish_allergy by any of its members. What is no food, a
// liking and a reaction that is past add nothing.
func TestReactionAndShellfish(t *testing.T) {
	da := func(s string) string { return "Hej\nJeg vil gerne deltage i workshop 2 og 3. " + s + "\nMvh Ida Holm" }
	en := func(s string) string { return "Hi\nI'd like to join workshop 2 and 3. " + s + "\nBest, Ida Holm" }
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: da("Jeg får kløe i munden af jordnødder."), status: "complete", diet: "Ida Holm=nut_allergy"}},
		{blindCase: blindCase{body: da("Jeg hæver op, hvis jeg spiser æg."), status: "complete", diet: "Ida Holm=egg_allergy"}},
		{blindCase: blindCase{body: da("Jeg får det skidt af blåmuslinger."), status: "complete", diet: "Ida Holm=shellfish_allergy"}},
		{blindCase: blindCase{body: da("Jeg reagerer kraftigt på fisk."), status: "complete", diet: "Ida Holm=fish_allergy"}},
		{blindCase: blindCase{body: da("Nødder giver mig udslæt."), status: "complete", diet: "Ida Holm=nut_allergy"}},
		{blindCase: blindCase{body: da("Jeg får røde pletter af jordbær."), status: "complete", diet: "Ida Holm=other"}},
		{blindCase: blindCase{body: da("Jeg kan ikke tåle hummer, krabber og østers."), status: "complete", diet: "Ida Holm=shellfish_allergy"}},
		{blindCase: blindCase{body: da("Jeg er allergisk over for muslinger."), status: "complete", diet: "Ida Holm=shellfish_allergy"}},
		{blindCase: blindCase{body: da("Jeg spiser ikke krebsdyr."), status: "complete", diet: "Ida Holm=shellfish_allergy"}},
		{blindCase: blindCase{body: en("Crab and mussels give me hives."), status: "complete", diet: "Ida Holm=shellfish_allergy"}},
		{blindCase: blindCase{body: en("I get a rash from strawberries."), status: "complete", diet: "Ida Holm=other"}},
		{blindCase: blindCase{body: en("My throat swells up if I eat peanuts."), status: "complete", diet: "Ida Holm=nut_allergy"}},
		{blindCase: blindCase{body: en("Eggs and oysters give me hives."), status: "complete", diet: "Ida Holm=egg_allergy,shellfish_allergy"}},
		{blindCase: blindCase{body: en("I'm allergic to lobster."), status: "complete", diet: "Ida Holm=shellfish_allergy"}},
		// near-misses
		{blindCase: blindCase{body: da("Jeg elsker rejer og muslinger."), status: "complete", diet: "Ida Holm="}},
		{blindCase: blindCase{body: da("Jeg får ondt i hovedet af lange møder."), status: "complete", diet: "Ida Holm="}},
		{blindCase: blindCase{body: da("Jeg bliver træt af at sidde stille."), status: "complete", diet: "Ida Holm="}},
		{blindCase: blindCase{body: en("I used to react to eggs as a child, but not any more."), diet: "Ida Holm="}},
		{blindCase: blindCase{body: en("Nuts don't give me hives."), diet: "Ida Holm="}},
	})
}

// G (needless question). A polite request to cater for the diet stated
// just before it ("kan I tage højde for det?") asks staff nothing. A
// question about the food or for leave still asks.
func TestDietCourtesy(t *testing.T) {
	da := func(s string) string { return "Hej\nJeg vil gerne deltage i workshop 1 og 4. " + s + "\nMvh Ida Holm" }
	en := func(s string) string { return "Hi\nI'd like to join workshop 1 and 4. " + s + "\nBest, Ida Holm" }
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: da("Jeg er vegetar – kan I tage højde for det?"), status: "complete", diet: "Ida Holm=vegetarian"}, asks: "no"},
		{blindCase: blindCase{body: da("Jeg tåler ikke laktose. Vil I sørge for det?"), status: "complete", diet: "Ida Holm=lactose_free"}, asks: "no"},
		{blindCase: blindCase{body: da("Jeg har nøddeallergi, kan køkkenet lave noget særskilt til mig?"), status: "complete", diet: "Ida Holm=nut_allergy"}, asks: "no"},
		{blindCase: blindCase{body: da("Jeg spiser ikke svinekød. Vil det være muligt at tage hensyn til det?"), status: "complete", diet: "Ida Holm=no_pork"}, asks: "no"},
		{blindCase: blindCase{body: en("I'm vegan – could you take that into account?"), status: "complete", diet: "Ida Holm=vegan"}, asks: "no"},
		{blindCase: blindCase{body: en("I'm gluten intolerant. Would the kitchen be able to make something for me?"), status: "complete", diet: "Ida Holm=gluten_free"}, asks: "no"},
		// in a diet update too
		{blindCase: blindCase{body: "Hej\nJeg glemte at skrive, at jeg er vegetar. Kan I tage højde for det?\nMvh Ida Holm", subject: "Re: Tilmelding",
			headers: replyHeaders, intent: tilmeld.IntentUpdate, status: "complete", diet: "Ida Holm=vegetarian"}, asks: "no"},
		// near-misses: real questions
		{blindCase: blindCase{body: da("Kan jeg tage min egen mad med?")}, asks: "yes"},
		{blindCase: blindCase{body: da("Hvad skal vi have at spise?")}, asks: "yes"},
		{blindCase: blindCase{body: da("Jeg sidder i kørestol, kan I tage højde for det?")}, asks: "yes"},
		{blindCase: blindCase{body: da("Jeg er vegetar. Kan I tage højde for det, og er der parkering?")}, asks: "yes"},
		{blindCase: blindCase{body: en("I use a wheelchair, could you take that into account?")}, asks: "yes"},
	})
}
