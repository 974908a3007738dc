package parser

import (
	"testing"

	"tilmeld"
)

// Food and diets as ordinary people write them, for one person and for a
// household, through Parse with the gate: the probes of plain wording, the
// ones that were read wrong and the ones read right, with near-misses.

// The everyday words for the tags, one person: read as the tag.
func TestPlainDietWords(t *testing.T) {
	w := func(s string) string { return "Hej, jeg vil gerne på workshop 2 og 4. " + s + "\nMvh Ida Holm" }
	e := func(s string) string { return "Hi, I'd like to join workshop 2 and 4. " + s + "\nBest, Ida Holm" }
	runBlind(t, []blindCase{
		{body: w("Jeg er vegetar."), intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=vegetarian"},
		{body: w("Jeg er veganer."), status: "complete", diet: "Ida Holm=vegan"},
		{body: w("Jeg spiser ikke kød."), status: "complete", diet: "Ida Holm=vegetarian"},
		{body: w("Ingen svinekød til mig."), status: "complete", diet: "Ida Holm=no_pork"},
		{body: w("Jeg er muslim så ingen svinekød tak."), status: "complete", diet: "Ida Holm=no_pork"},
		{body: w("Jeg spiser kun halal."), status: "complete", diet: "Ida Holm=halal"},
		{body: w("Jeg skal have glutenfri mad, jeg har cøliaki."), status: "complete", diet: "Ida Holm=gluten_free"},
		{body: w("Jeg er laktoseintolerant."), status: "complete", diet: "Ida Holm=lactose_free"},
		{body: w("Jeg har nøddeallergi."), status: "complete", diet: "Ida Holm=nut_allergy"},
		{body: w("Jeg er allergisk overfor skaldyr og fisk."), status: "complete", diet: "Ida Holm=fish_allergy,shellfish_allergy"},
		{body: w("Jeg er allergisk over for æg."), status: "complete", diet: "Ida Holm=egg_allergy"},
		{body: w("Jeg har sukkersyge."), status: "complete", diet: "Ida Holm=diabetic"},
		{body: w("Jeg har diabetes type 2."), status: "complete", diet: "Ida Holm=diabetic"},
		{body: w("Helst ingen stærk mad."), status: "complete", diet: "Ida Holm=other"},
		{body: w("Jeg er allergisk over for selleri."), status: "complete", diet: "Ida Holm=other"},
		// was sent to review unread; a milk allergy is no lactose intolerance
		{body: w("Jeg har mælkeallergi."), status: "complete", diet: "Ida Holm=other"},
		{body: w("Jeg tåler ikke mælk."), status: "complete", diet: "Ida Holm=other"},
		{body: w("Jeg spiser ikke oksekød."), status: "complete", diet: "Ida Holm=other"},
		{body: w("Jeg er vegetar og glutenfri."), status: "complete", diet: "Ida Holm=gluten_free,vegetarian"},
		{body: e("I don't eat beef."), status: "complete", diet: "Ida Holm=other"},
		{body: e("I keep kosher."), status: "complete", diet: "Ida Holm=kosher"},
		{body: e("I'm allergic to peanuts and eggs."), status: "complete", diet: "Ida Holm=egg_allergy,nut_allergy"},
		{body: w("Jeg er vegetar men spiser fisk."), status: "complete", diet: "Ida Holm=pescetarian"},
		{body: e("I don't eat pork."), status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=no_pork"},
		{body: e("I have a nut allergy and I'm lactose intolerant."), status: "complete", diet: "Ida Holm=lactose_free,nut_allergy"},
		{body: e("I'm diabetic, and I'm coeliac."), status: "complete", diet: "Ida Holm=diabetic,gluten_free"},
		// nothing to plan for
		{body: w("Ingen særlige behov."), status: "complete", diet: "Ida Holm="},
		{body: w("Jeg har ingen allergier og spiser alt."), status: "complete", diet: "Ida Holm="},
		{body: e("No special dietary requirements."), status: "complete", diet: "Ida Holm="},
		{body: e("I eat everything."), status: "complete", diet: "Ida Holm="},
	})
}

// Lost on a complete: the diet words misspelt as people type them are the
// tag; turned round they still say nothing.
func TestPlainDietMisspelt(t *testing.T) {
	w := func(s string) string { return "Hej, workshop 2 og 4. " + s + "\nMvh Ida Holm" }
	runBlind(t, []blindCase{
		{body: w("Jeg er vegitar."), status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=vegetarian"},
		{body: w("Jeg er vegatar."), status: "complete", diet: "Ida Holm=vegetarian"},
		{body: w("Jeg er vegeterianer."), status: "complete", diet: "Ida Holm=vegetarian"},
		{body: w("Jeg er diabitiker."), status: "complete", diet: "Ida Holm=diabetic"},
		{body: w("Jeg har nødeallergi."), status: "complete", diet: "Ida Holm=nut_allergy"},
		{body: w("Jeg spiser kun hallal."), status: "complete", diet: "Ida Holm=halal"},
		{body: "Hi, workshop 2 and 4. I'm vegitarian.\nBest, Ida Holm", status: "complete", diet: "Ida Holm=vegetarian"},
		{body: "Hi, workshop 2 and 4. I'm a vegeterian.\nBest, Ida Holm", status: "complete", diet: "Ida Holm=vegetarian"},
		// near-misses: negated, and the right spellings as before
		{body: w("Jeg er ikke vegitar."), status: "complete", diet: "Ida Holm="},
		{body: w("Jeg er vegetarianer."), status: "complete", diet: "Ida Holm=vegetarian"},
		{body: w("Jeg har cöliaki."), status: "complete", diet: "Ida Holm=gluten_free"},
	})
}

// Needless review: a food with a tag of its own turned down in everyday
// words ("spiser ikke fisk", "alt undtagen skaldyr", "I don't eat fish")
// is that tag, as "ingen skaldyr" was read already. Turned down with the
// meat, or said beside vegetarian, it adds no allergy; let in after the
// meat it stays pescetarian.
func TestPlainFoodRefused(t *testing.T) {
	w := func(s string) string { return "Hej, workshop 2 og 4. " + s + "\nMvh Ida Holm" }
	e := func(s string) string { return "Hi, workshop 2 and 4. " + s + "\nBest, Ida Holm" }
	runBlind(t, []blindCase{
		{body: w("Spiser ikke fisk."), status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=fish_allergy"},
		{body: w("Jeg spiser ikke skaldyr."), status: "complete", diet: "Ida Holm=shellfish_allergy"},
		{body: w("Jeg spiser næsten alt, men ikke fisk."), status: "complete", diet: "Ida Holm=fish_allergy"},
		{body: w("Jeg spiser alt undtagen fisk."), status: "complete", diet: "Ida Holm=fish_allergy"},
		{body: w("Jeg kan ikke spise nødder."), status: "complete", diet: "Ida Holm=nut_allergy"},
		{body: w("Jeg kan ikke spise kød."), status: "complete", diet: "Ida Holm=vegetarian"},
		{body: e("I don't eat fish."), status: "complete", diet: "Ida Holm=fish_allergy"},
		{body: e("I eat everything except nuts."), status: "complete", diet: "Ida Holm=nut_allergy"},
		// with the meat: vegetarian, no fish allergy
		{body: w("Jeg spiser ikke fisk eller kød."), status: "complete", diet: "Ida Holm=vegetarian"},
		{body: w("Jeg er vegetar og spiser ikke fisk."), status: "complete", diet: "Ida Holm=vegetarian"},
		{body: e("I don't eat fish or meat."), status: "complete", diet: "Ida Holm=vegetarian"},
		// fish let in after the meat: pescetarian as before
		{body: w("Jeg spiser ikke kød, undtagen fisk."), status: "complete", diet: "Ida Holm=pescetarian"},
		{body: w("Jeg er vegetar, men spiser gerne fisk."), status: "complete", diet: "Ida Holm=pescetarian"},
		{body: w("Jeg er pescetar, ingen skaldyr."), status: "complete", diet: "Ida Holm=pescetarian,shellfish_allergy"},
		// a food without a tag still goes to staff
		{body: w("Jeg må ikke få sukker."), notStatus: "complete"},
		{body: w("Jeg kan godt spise fisk."), notStatus: "complete"},
	})
}

// Needless review: food someone likes is a taste, no diet. Disliked or
// beside a refusal, staff still read it.
func TestPlainFoodLiked(t *testing.T) {
	w := func(s string) string { return "Hej, workshop 2 og 4. " + s + "\nMvh Ida Holm" }
	e := func(s string) string { return "Hi, workshop 2 and 4. " + s + "\nBest, Ida Holm" }
	runBlind(t, []blindCase{
		{body: w("Jeg elsker fisk!"), status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm="},
		{body: w("Jeg kan godt lide fisk."), status: "complete", diet: "Ida Holm="},
		{body: w("Jeg er vild med kylling."), status: "complete", diet: "Ida Holm="},
		{body: w("Jeg glæder mig til maden, jeg elsker kage."), status: "complete", diet: "Ida Holm="},
		{body: e("I love fish!"), status: "complete", diet: "Ida Holm="},
		{body: e("I really like chicken."), status: "complete", diet: "Ida Holm="},
		// what she eats besides is read as before
		{body: w("Jeg elsker fisk, men spiser ikke kød."), status: "complete", diet: "Ida Holm=vegetarian"},
		// a dislike, or a liking beside a refusal: staff read it
		{body: w("Jeg kan ikke lide fisk."), status: "review"},
		{body: e("I don't like fish."), status: "review"},
		{body: w("Jeg elsker fisk, men tåler ikke skaldyr."), notStatus: "complete"},
	})
}

// Diets on form lines.
func TestPlainDietFormLines(t *testing.T) {
	f := func(label, val string) string { return "Navn: Ida Holm\nWorkshop: 2 og 3\n" + label + ": " + val }
	runBlind(t, []blindCase{
		{body: f("Kost", "vegetar"), status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm=vegetarian"},
		{body: f("Diæt", "ingen"), status: "complete", diet: "Ida Holm="},
		{body: f("Allergier", "nødder"), status: "complete", diet: "Ida Holm=nut_allergy"},
		{body: f("Allergier", "ingen"), status: "complete", diet: "Ida Holm="},
		{body: f("Allergi", "skaldyr, æg"), status: "complete", diet: "Ida Holm=egg_allergy,shellfish_allergy"},
		{body: f("Kost", "spiser alt"), status: "complete", diet: "Ida Holm="},
		{body: f("Kost", "-"), status: "complete", diet: "Ida Holm="},
		{body: f("Særlige behov", "glutenfri"), status: "complete", diet: "Ida Holm=gluten_free"},
		{body: f("Diæt", "diabetes"), status: "complete", diet: "Ida Holm=diabetic"},
		// was read as a person called "Madhensyn", sent to review
		{body: f("Madhensyn", "halal"), status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm=halal"},
		{body: "Name: Ida Holm\nWorkshop: 2 and 3\nDiet: vegan", subject: "Meeting", status: "complete", diet: "Ida Holm=vegan"},
		{body: "Name: Ida Holm\nWorkshop: 2 and 3\nDietary requirements: none", subject: "Meeting", status: "complete", diet: "Ida Holm="},
		// was sent to review, the allergy unread
		{body: "Name: Ida Holm\nWorkshop: 2 and 3\nAllergies: nuts", subject: "Meeting", status: "complete", diet: "Ida Holm=nut_allergy"},
		{body: "Name: Ida Holm\nWorkshop: 2 and 3\nAllergies: none", subject: "Meeting", status: "complete", diet: "Ida Holm="},
	})
}

// A household: each person's food is hers. Wrong on a complete: a line
// pairing each name with its food ("Kost: Ida vegetar, Tom glutenfri") gave
// every tag to everyone.
func TestPlainHouseholdDiets(t *testing.T) {
	two := "Hej, vi er to: Ida Holm og Tom Holm, workshop 1 og 3.\n"
	mine := "Hej, vi kommer to, mig og min mand Tom Holm, begge workshop 2 og 4. "
	three := "Hej, vi kommer tre: Ida Holm, Tom Holm og Sara Holm. Alle workshop 3 og 2. "
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: two + "Kost: Ida vegetar, Tom glutenfri.\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/3; Tom Holm:1/3"},
			diets: "Ida Holm=vegetarian; Tom Holm=gluten_free"},
		{blindCase: blindCase{body: two + "Kost: Ida vegetar, Tom ingen.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm="},
		{blindCase: blindCase{body: two + "Kost: Tom ingen, Ida vegetar.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm="},
		{blindCase: blindCase{body: two + "Kost: Ida: vegetar, Tom: ingen.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm="},
		{blindCase: blindCase{body: two + "Kost: Ida vegetar og Tom halal.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm=halal"},
		{blindCase: blindCase{body: two + "Kost: vegetar (Ida), ingen (Tom).\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm="},
		{blindCase: blindCase{body: two + "Kost: glutenfri (Ida), halal (Tom).\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=gluten_free; Tom Holm=halal"},
		{blindCase: blindCase{body: mine + "Kost: mig vegetar, Tom ingen.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm="},
		{blindCase: blindCase{body: mine + "Kost: Tom ingen, mig vegetar.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm="},
		{blindCase: blindCase{body: mine + "Jeg er vegetar, Tom glutenfri.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm=gluten_free"},
		{blindCase: blindCase{body: mine + "Jeg: vegetar. Tom: glutenfri.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm=gluten_free"},
		{blindCase: blindCase{body: mine + "Min mand er vegetar, ikke mig.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=; Tom Holm=vegetarian"},
		// a run of names before the food: all of them ("Tom og Sara vegetarer")
		{blindCase: blindCase{body: three + "Jeg er glutenfri, Tom og Sara vegetarer.\nMvh Ida Holm", status: "complete"},
			diets: "Ida Holm=gluten_free; Tom Holm=vegetarian; Sara Holm=vegetarian"},
		{blindCase: blindCase{body: three + "Kost: Ida og Tom vegetar, Sara ingen.\nMvh Ida Holm", status: "complete"},
			diets: "Ida Holm=vegetarian; Tom Holm=vegetarian; Sara Holm="},
		{blindCase: blindCase{body: "Hi, we are two: Ida Holm and Tom Holm, workshop 3 and 2. I'm vegan, Tom no pork.\nBest, Ida Holm", subject: "Meeting", status: "complete"},
			diets: "Ida Holm=vegan; Tom Holm=no_pork"},
		{blindCase: blindCase{body: "Hi, we are two: Ida Holm and Tom Holm, workshop 3 and 2. Food: me vegan, Tom nothing special.\nBest, Ida Holm", subject: "Meeting", status: "complete"},
			diets: "Ida Holm=vegan; Tom Holm="},
		// near-misses: no food right after the name
		{blindCase: blindCase{body: three + "Jeg spiser ikke svinekød, Tom ingen hensyn.\nMvh Ida Holm", status: "complete"},
			diets: "Ida Holm=no_pork; Tom Holm=; Sara Holm="},
		{blindCase: blindCase{body: three + "Jeg er vegetar, og Tom vil også gerne med.\nMvh Ida Holm", status: "complete"},
			diets: "Ida Holm=vegetarian; Tom Holm=; Sara Holm="},
		{blindCase: blindCase{body: "Hej, vi kommer tre: Ida Holm, Tom Holm og Sara Holm. Alle workshop 3 og 2. Kost: Ida vegetar, Tom ingen, Sara nøddeallergi.\nMvh Ida Holm", status: "complete"},
			diets: "Ida Holm=vegetarian; Tom Holm=; Sara Holm=nut_allergy"},
		{blindCase: blindCase{body: "Hi, we are two: Ida Holm and Tom Holm, workshop 1 and 3.\nDiet: Ida vegetarian, Tom none.\nBest, Ida Holm", subject: "Meeting", status: "complete"},
			diets: "Ida Holm=vegetarian; Tom Holm="},
		// near-misses: food said of both, or of one with a verb, as before
		{blindCase: blindCase{body: two + "Kost: vegetar\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm=vegetarian"},
		{blindCase: blindCase{body: two + "Kost: vegetar (Ida og Tom).\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm=vegetarian"},
		{blindCase: blindCase{body: two + "Kost: Ida og Tom vegetar.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm=vegetarian"},
		{blindCase: blindCase{body: two + "Kost: Ida vegetar\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm="},
		{blindCase: blindCase{body: two + "Ida er vegetar, Tom spiser alt.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm="},
		{blindCase: blindCase{body: two + "Vi er begge vegetarer.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm=vegetarian"},
		{blindCase: blindCase{body: two + "Tom er vegetar.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=; Tom Holm=vegetarian"},
		{blindCase: blindCase{body: two + "Ida:  vegetar\nTom: glutenfri\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm=gluten_free"},
		{blindCase: blindCase{body: "Hej, vi er tre: Ida Holm, Tom Holm og Sara Holm, workshop 1 og 3. Sara har nøddeallergi, resten af os spiser alt.\nMvh Ida Holm", status: "complete"},
			diets: "Ida Holm=; Tom Holm=; Sara Holm=nut_allergy"},
		{blindCase: blindCase{body: "Hej, vi er tre: Ida Holm, Tom Holm og Sara Holm, workshop 1 og 3. Alle spiser halal.\nMvh Ida Holm", status: "complete"},
			diets: "Ida Holm=halal; Tom Holm=halal; Sara Holm=halal"},
		{blindCase: blindCase{body: "Hej, vi kommer to: mig og min søn Ali Holm, begge workshop 2 og 3. Min søn har nøddeallergi.\nMvh Ida Holm", status: "complete"},
			diets: "Ida Holm=; Ali Holm=nut_allergy"},
		// all but one: staff settle it, as before
		{blindCase: blindCase{body: "Hej, vi er tre: Ida Holm, Tom Holm og Sara Holm, workshop 1 og 3. Vi er alle vegetarer undtagen Tom.\nMvh Ida Holm", notStatus: "complete"}},
	})
}

// Wrong on a complete: the food of children the mail does not sign up
// ("Børnene spiser halal") was given to the adults who come. Whose food it
// is and whether they eat with us, staff settle; children signed up keep
// theirs, and a group holding the sender is hers.
func TestPlainChildrenFood(t *testing.T) {
	two := "Hej, vi kommer to, mig og min kone Fatma Yilmaz. Begge workshop 2 og 1. "
	from := "Ali Yilmaz"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: two + "Børnene spiser halal, vi voksne spiser alt.\nMvh Ali Yilmaz", from: from, status: "review"}},
		{blindCase: blindCase{body: two + "Vores børn er vegetarer.\nMvh Ali Yilmaz", from: from, status: "review"}},
		{blindCase: blindCase{body: "Hi, the two of us are coming, me and my wife Fatma Yilmaz, both workshop 2. Our kids eat no pork.\nBest, Ali Yilmaz", from: from, subject: "Meeting", notStatus: "complete"}},
		{blindCase: blindCase{body: "Hej, jeg vil gerne på workshop 1 og 3. Jeg er vegetar. Mine børn kommer med og spiser halal.\nMvh Ida Holm", notStatus: "complete"}},
		// near-misses: the group's own food, a child signed up, one with the sender
		{blindCase: blindCase{body: two + "Vi spiser ikke svinekød.\nMvh Ali Yilmaz", from: from, status: "complete"},
			diets: "Ali Yilmaz=no_pork; Fatma Yilmaz=no_pork"},
		{blindCase: blindCase{body: two + "Min kone spiser ikke svinekød.\nMvh Ali Yilmaz", from: from, status: "complete"},
			diets: "Ali Yilmaz=; Fatma Yilmaz=no_pork"},
		{blindCase: blindCase{body: "Hej, vi kommer to: mig og min søn Ali Holm, begge workshop 2 og 3. Min søn er vegetar.\nMvh Ida Holm", status: "complete"},
			diets: "Ida Holm=; Ali Holm=vegetarian"},
		{blindCase: blindCase{body: "Hej, workshop 2 og 4. Min mand er vegetar, men han kommer ikke.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm="},
	})
}

// Food given after the receipt, in a reply: read as an update of the one
// it is said of.
func TestPlainDietLater(t *testing.T) {
	receipt := func(people ...string) string {
		s := "\n\nDen 14.09.2020 kl. 09:00 skrev Boligsocialt Center <abc@bo-vest.dk>:\n> Tak for tilmeldingen. Vi har noteret:\n"
		for _, p := range people {
			s += "> Deltager: " + p + "\n> 1. prioritet: workshop 2\n> 2. prioritet: workshop 1\n> Kost: ingen særlige hensyn\n"
		}
		return s
	}
	reply := "In-Reply-To: <r1@bo-vest.dk>\r\n"
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej igen, jeg glemte at skrive at jeg er vegetar.\nMvh Ida Holm" + receipt("Ida Holm"), subject: "Re: Tilmelding", headers: reply,
			intent: tilmeld.IntentUpdate, status: "complete"}, diets: "Ida Holm=vegetarian"},
		// was read as no registration at all: "ikke" first in the clause
		{blindCase: blindCase{body: "Hej, jeg har glemt at nævne at jeg ikke spiser fisk.\nMvh Ida Holm" + receipt("Ida Holm"), subject: "Re: Tilmelding", headers: reply,
			intent: tilmeld.IntentUpdate, status: "complete"}, diets: "Ida Holm=fish_allergy"},
		{blindCase: blindCase{body: "Hej, jeg glemte at skrive at jeg ikke kan spise nødder.\nMvh Ida Holm" + receipt("Ida Holm"), subject: "Re: Tilmelding", headers: reply,
			intent: tilmeld.IntentUpdate, status: "complete"}, diets: "Ida Holm=nut_allergy"},
		{blindCase: blindCase{body: "Hej, en lille tilføjelse: min mand Tom er diabetiker.\nMvh Ida Holm" + receipt("Ida Holm", "Tom Holm"), subject: "Re: Tilmelding", headers: reply,
			intent: tilmeld.IntentUpdate, status: "complete"}, diets: "Tom Holm=diabetic"},
		{blindCase: blindCase{body: "Hi, I forgot to mention that I'm allergic to nuts.\nBest, Ida Holm" + receipt("Ida Holm"), subject: "Re: Tilmelding", headers: reply,
			intent: tilmeld.IntentUpdate, status: "complete"}, diets: "Ida Holm=nut_allergy"},
	})
}

// Lost on a complete: a food echoed of another attendee by name ("det er
// Tom også", "ligesom Tom", "so is Tom") was read as the sender's only.
// Staff give it to both; said of him in words of his own, it is read.
func TestPlainDietEchoedOfOther(t *testing.T) {
	two := "Hej, vi kommer to: Ida Holm og Tom Holm. Workshop 3 og 2 til begge. "
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: two + "Jeg er vegetar, det er Tom også.\nMvh Ida Holm", status: "review"}},
		{blindCase: blindCase{body: two + "Jeg er vegetar, Tom også.\nMvh Ida Holm", status: "review"}},
		{blindCase: blindCase{body: two + "Jeg er vegetar ligesom Tom.\nMvh Ida Holm", status: "review"}},
		{blindCase: blindCase{body: two + "Jeg er vegetar, og det samme gælder Tom.\nMvh Ida Holm", status: "review"}},
		{blindCase: blindCase{body: "Hi, we are two: Ida Holm and Tom Holm, workshop 3 and 2. I'm vegan, and so is Tom.\nBest, Ida Holm", subject: "Meeting", status: "review"}},
		// near-misses: his own words, or "også" of something else
		{blindCase: blindCase{body: two + "Jeg er vegetar. Tom er også vegetar.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm=vegetarian"},
		{blindCase: blindCase{body: two + "Jeg er vegetar, og Tom kommer også.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm="},
		{blindCase: blindCase{body: two + "Vi er begge vegetarer ligesom sidst.\nMvh Ida Holm", status: "complete"}, diets: "Ida Holm=vegetarian; Tom Holm=vegetarian"},
	})
}
