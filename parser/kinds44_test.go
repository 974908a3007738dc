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
	}
	runChecked(t, cases)
	for _, c := range cases[:8] {
		if r := c.parse(); len(r.Attendees) == 0 || r.Attendees[0].DietText == "" {
			t.Errorf("%q: no diet text kept", c.body)
		}
	}
}
