package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a forty-fourth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A (wrong complete). A registration that holds only if the venue has a
// lift, a ground floor, step-free access, a ramp or a hearing loop, said
// with "hvis/såfremt/if" or as "Hvis ja" after a question about it, is
// conditional: staff answer before it stands. A question about access
// beside a plain registration, room as a courtesy and a stated fact set
// no condition.
func TestVenueCondition(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nJeg tilmelder mig workshop 2, såfremt mødelokalet har elevator. Ellers må jeg desværre blive hjemme.\n\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "review"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nHvis salen ligger i stueetagen, vil jeg gerne på workshop 4 og 1.\nHilsen Ida Holm",
			intent: tilmeld.IntentRegister, status: "review"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg kommer gerne på workshop 2, hvis der er trinfri adgang til lokalet. Er der det?\nIda Holm",
			intent: tilmeld.IntentRegister, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nEr der elevator i bygningen? Hvis ja, melder jeg mig til workshop 3.\nVh Ida Holm",
			intent: tilmeld.IntentRegister, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage i workshop 1 og 2, hvis der er en rampe, for jeg kører i kørestol.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "review"}},
		{blindCase: blindCase{body: "Hi\n\nPlease sign me up for workshop 1 if there's a lift. Is there one?\n\nBest, Ida Holm",
			intent: tilmeld.IntentRegister, status: "review"}, asks: "yes"},
		{blindCase: blindCase{body: "Hello\nI would like workshop 3 if there is step-free access; otherwise I'll have to stay at home.\nRegards, Ida Holm",
			intent: tilmeld.IntentRegister, status: "review"}, asks: "no"},
		{blindCase: blindCase{body: "Hi\nIs there a hearing loop in the room? If so, I'd like workshop 4.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "review"}, asks: "yes"},
		// the other branch alone says the registration is conditional
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2, hvis min ryg kan klare det, ellers bliver jeg hjemme.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "review"}},
		// near-misses: a question beside the registration, a courtesy, a fact
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 3. Jeg går med rollator – er der elevator?\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:3/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 3, hvis der stadig er plads.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:3/-"}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nJeg sidder i kørestol, men trapper er ikke noget problem, min søn hjælper mig. Jeg vil gerne på workshop 1 og 2.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/2"}, asks: "no"},
		{blindCase: blindCase{body: "Hi\nI'd like workshop 2. I use a wheelchair, so is there a lift?\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"}, asks: "yes"},
		// a lack met some other way, and a wish, set no condition
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2. Hvis der ikke er elevator, kan min søn hjælpe mig op ad trappen.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 1 og 2. Jeg bruger kørestol, så det er godt, hvis der er en rampe.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/2"}},
		// a lack with what she does then is a condition
		{blindCase: blindCase{body: "Hi\nI'd like workshop 2. If there is no lift, I will have to stay at home.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "review"}},
	})
}

// B (lost field on a complete). A diet a doctor or an illness prescribes,
// in the sender's words ("skal have fedtfattig kost", "må ikke få
// appelsinjuice pga. min medicin", "a low-sodium diet"), is "other", and
// its words are kept for the kitchen. Sugar refused by a diabetic, a
// tagged food and "skal have fri" add no "other".
func TestMedicalDiet(t *testing.T) {
	cases := []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 3. Jeg skal have fedtfattig kost efter en operation.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"}, diets: "Ida Holm=other"},
		{blindCase: blindCase{body: "Hej\nWorkshop 1 tak. Jeg må ikke få grapefrugt eller andre citrusfrugter på grund af min medicin.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/-"}, diets: "Ida Holm=other"},
		{blindCase: blindCase{body: "Hej\nJeg melder mig til workshop 4. Jeg går i dialyse og skal have kaliumfattig mad.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:4/-"}, diets: "Ida Holm=other"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 1. Jeg skal have moset mad, da jeg har svært ved at synke.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/-"}, diets: "Ida Holm=other"},
		{blindCase: blindCase{body: "Hej\nWorkshop 2. Efter min hjerteoperation skal jeg have saltfattig kost.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"}, diets: "Ida Holm=other"},
		{blindCase: blindCase{body: "Hi\nI'd like workshop 2. I must not have grapefruit because of my medication.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"}, diets: "Ida Holm=other"},
		{blindCase: blindCase{body: "Hi\nPlease put me down for workshop 3. I am on a low-sodium diet.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:3/-"}, diets: "Ida Holm=other"},
		{blindCase: blindCase{body: "Hi\nWorkshop 4 for me. I need soft food as I have trouble swallowing.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:4/-"}, diets: "Ida Holm=other"},
		// near-misses: the diabetic's sugar, a tagged food, time off, bringing food
		{blindCase: blindCase{body: "Hej\nWorkshop 2. Jeg må ikke få for meget sukker, jeg er diabetiker.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"}, diets: "Ida Holm=diabetic"},
		{blindCase: blindCase{body: "Hej\nWorkshop 2. Jeg skal have glutenfri mad.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"}, diets: "Ida Holm=gluten_free"},
		{blindCase: blindCase{body: "Hej\nWorkshop 2. Jeg må ikke få nødder.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"}, diets: "Ida Holm=nut_allergy"},
		{blindCase: blindCase{body: "Hej\nWorkshop 2. Jeg skal have fri kl. 15 for at nå det.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"}, diets: "Ida Holm="},
		{blindCase: blindCase{body: "Hej\nWorkshop 2. Jeg kan ikke have kaffe med, men jeg tager kage med.\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"}, diets: "Ida Holm="},
		{blindCase: blindCase{body: "Hej\nWorkshop 2. Jeg kan ikke få fedt nok af jeres møder!\nIda Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"}, diets: "Ida Holm="},
	}
	runChecked(t, cases)
	for _, c := range cases[:8] {
		if r := c.parse(); len(r.Attendees) == 0 || r.Attendees[0].DietText == "" {
			t.Errorf("%q: no diet text kept", c.body)
		}
	}
}

// C (wrong complete; a needless review and a stale field nearby). An
// update that restates what is on file in a sentence of its own ("Jeg
// står på listen til 2 og 4", "Jeg har 1 som første og 2 som anden
// prioritet", "I'm down for workshop 1") and then changes one rank or adds
// a diet sets only what changes: the restated workshops are no choices.
// A bare number after "prioritet til" in a change is the new workshop.
func TestRestatedHeld(t *testing.T) {
	up := func(body, want, diets string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body, intent: tilmeld.IntentUpdate, status: "complete", want: want}, diets: diets, asks: "no"}
	}
	runChecked(t, []checkedCase{
		up("Hej\nJeg står på listen til workshop 2 og 4. Jeg har glemt at nævne, at jeg er veganer.\nMvh Ida Holm", "Ida Holm:-/-", "Ida Holm=vegan"),
		up("Hej\nJeg er meldt til workshop 4 med 1 som anden prioritet. Kan I bytte min anden prioritet til 3?\nMvh Ida Holm", "Ida Holm:-/3", ""),
		up("Hej\nJeg har 1 som første og 2 som anden prioritet. Ret venligst første prioritet til 3.\nMvh Ida Holm", "Ida Holm:3/-", ""),
		up("Hej\nJeg er skrevet op til workshop 3 og 2. Kan I ændre min første prioritet til 1?\nIda Holm", "Ida Holm:1/-", ""),
		up("Hej\nSom det er nu, har I mig på 3. Vil I tilføje 4 som anden prioritet?\nIda Holm", "Ida Holm:-/4", ""),
		up("Hi\nI'm down for workshop 1 with 2 as my second choice. Please change my first choice to 3.\nIda Holm", "Ida Holm:3/-", ""),
		up("Hi\nYou have me down for workshop 2 and 3. Could you change my second choice to 4?\nIda Holm", "Ida Holm:-/4", ""),
		up("Hi\nI'm registered for workshop 4. I forgot to mention that I'm vegetarian.\nIda Holm", "Ida Holm:-/-", "Ida Holm=vegetarian"),
		up("Hej\nJeg er tilmeldt til workshop 2 og 4. I øvrigt er jeg vegetar.\nIda Holm", "Ida Holm:-/-", "Ida Holm=vegetarian"),
		// near-misses: both ranks new, no registration yet, a first mail
		{blindCase: blindCase{body: "Hej\nJeg er hermed tilmeldt til workshop 2 og 3. Forresten er jeg vegetar.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"}, diets: "Ida Holm=vegetarian"},
		up("Hej\nJeg er tilmeldt workshop 1, men vil hellere på 3 og 4.\nMvh Ida Holm", "Ida Holm:3/4", ""),
		{blindCase: blindCase{body: "Hej\nJeg er ikke tilmeldt endnu. Jeg vil gerne på 2 og 4.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "Hej\nJeg har 1 som første og 2 som anden prioritet.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:1/2"}},
		{blindCase: blindCase{body: "Hej\nJeg har valgt 2 som første og 4 som anden. Jeg er vegetar.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"}, diets: "Ida Holm=vegetarian"},
		// the one she held stays out of a change: no 2nd copied in
		{blindCase: blindCase{body: "Hej\nJeg var på 1 og 2 – skift begge til 3 og 4.\nMvh Ida Holm", want: "Ida Holm:3/4"}},
	})
}

// D (wrong incomplete: the bot asks for a workshop). A wish to come with
// the sign-up put off until a practical question is answered ("men før
// jeg tilmelder mig, skal jeg vide, om ...", "men først vil jeg høre, om
// der er tolk", "before I sign up I need to know") registers nobody: a
// question for staff, with or without a "?". A registration that goes on
// to ask, or a wish to come beside a question, still registers.
func TestSignUpPutOff(t *testing.T) {
	ask := func(body string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body, intent: tilmeld.IntentQuestion, status: "review"}, asks: "yes"}
	}
	runChecked(t, []checkedCase{
		ask("Hej\nJeg vil rigtig gerne komme, men før jeg tilmelder mig, skal jeg vide, om der er et handicaptoilet. Er der det?\nMvh Ida Holm"),
		ask("Hej\nJeg har lyst til at deltage, men først vil jeg høre, om der er tolk.\nMvh Ida Holm"),
		ask("Hej\nDet lyder spændende, og jeg kommer nok, men inden jeg melder mig, vil jeg vide, om der er parkering?\nIda Holm"),
		ask("Hej\nVi vil gerne deltage, men inden vi melder os til, vil vi gerne vide, om der er børnepasning.\nIda Holm"),
		ask("Hi\nI'd love to come, but before I sign up I need to know whether there is a bus from the station. Is there?\nIda Holm"),
		ask("Hi\nWe would really like to come, but first we need to know if there is an interpreter.\nIda Holm"),
		// a workshop named and the sign-up still put off: staff answer first
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 3, men før jeg tilmelder mig endeligt, vil jeg høre, om der er parkering?\nIda Holm",
			status: "review"}, asks: "yes"},
		// near-misses: she signs up, and asks beside it
		{blindCase: blindCase{body: "Hej\nJeg kommer gerne. Kører der en bus derud?\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg tilmelder mig workshop 2. Før jeg kommer, vil jeg gerne vide, om der er parkering?\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"}, asks: "yes"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på 2 og 4, men først skal jeg høre min chef.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"}},
	})
}

// three44 lists three people with full names and their workshops, then
// says more of them in the sentence given.
func three44(head, rows, tail string) string {
	return "Hej\n" + head + "\n" + rows + "\n\n" + tail + "\n\nMvh Ida Holm"
}

const (
	rows44   = "Amina Hassan, workshop 1 og 2\nSaid Hassan, workshop 3 og 4\nLayla Hassan, workshop 2 og 1"
	rowsEn44 = "Amina Hassan, workshop 1 and 2\nSaid Hassan, workshop 3 and 4\nLayla Hassan, workshop 2 and 1"
	want44   = "Amina Hassan:1/2; Said Hassan:3/4; Layla Hassan:2/1"
)

// E (needless review; mid-sentence a wrong complete that loses diets). A
// sentence giving a diet to several listed people by first name ("Amina,
// Said og Layla spiser ikke svinekød", "Husk at Amina, Said og Layla
// spiser halal") gives it to each, matched to the listed full names, and
// adds nobody. A name among them that is listed nowhere goes to staff; a
// row of one's own and a sentence with no food change nothing.
func TestSharedDietNames(t *testing.T) {
	da := func(tail, diets string) checkedCase {
		return checkedCase{blindCase: blindCase{body: three44("Vi er tre, der vil deltage:", rows44, tail),
			intent: tilmeld.IntentRegister, status: "complete", want: want44}, diets: diets}
	}
	each := func(tag string) string {
		return "Amina Hassan=" + tag + "; Said Hassan=" + tag + "; Layla Hassan=" + tag
	}
	runChecked(t, []checkedCase{
		da("Amina, Said og Layla spiser ikke svinekød.", each("no_pork")),
		da("Said, Layla og Amina er vegetarer.", each("vegetarian")),
		da("Husk at Amina, Said og Layla spiser halal.", each("halal")),
		da("Bemærk venligst, at Said og Layla er veganere.", "Amina Hassan=; Said Hassan=vegan; Layla Hassan=vegan"),
		da("Amina, Said, Layla: glutenfri.", each("gluten_free")),
		{blindCase: blindCase{body: three44("We are three who would like to come:", rowsEn44, "Said, Layla and Amina are vegan."),
			intent: tilmeld.IntentRegister, status: "complete", want: want44}, diets: each("vegan")},
		{blindCase: blindCase{body: three44("We are three who would like to come:", rowsEn44, "Please note that Amina, Said and Layla eat halal."),
			intent: tilmeld.IntentRegister, status: "complete", want: want44}, diets: each("halal")},
		// near-misses: a name listed nowhere, no food, rows of first names
		{blindCase: blindCase{body: three44("Vi er tre, der vil deltage:", rows44, "Amina, Said og Nadia spiser halal."), status: "review"}},
		{blindCase: blindCase{body: three44("Vi er tre, der vil deltage:", rows44, "Husk at Amina, Said og Nadia spiser halal."), status: "review"}},
		da("Amina, Said og Layla vil gerne sidde sammen.", each("")),
		{blindCase: blindCase{body: "Hej\nVi kommer tre: Amina Hassan, Said Hassan og Layla Hassan.\nAmina, workshop 3 og 1, halal\nSaid, workshop 2 og 4\nLayla, workshop 1 og 2\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Amina Hassan:3/1; Said Hassan:2/4; Layla Hassan:1/2"},
			diets: "Amina Hassan=halal; Said Hassan=; Layla Hassan="},
	})
}
