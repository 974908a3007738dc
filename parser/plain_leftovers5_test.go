package parser

import (
	"testing"

	"tilmeld"
)

// A diet word as the label of a form field, answered right after it: a no
// ("Vegetar: nej", "Vegetar? Nej tak", "[ ] ja [x] nej", an empty box
// after the label) says she is not one; a yes or a ticked box keeps it,
// and a food refused by the no ("Gluten: nej") stays refused.
func TestDietFieldAnsweredNo(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Tilmelding til workshop 2 og 4.\nVegetar: [ ] ja [x] nej\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm="}},
		{blindCase: blindCase{body: "Workshop 1 og 3\nGlutenfri: nej\nIda Holm", status: "complete", want: "Ida Holm:1/3", diet: "Ida Holm="}},
		{blindCase: blindCase{body: "Workshop 1 og 3\nAllergier: ingen\nIda Holm", status: "complete", want: "Ida Holm:1/3", diet: "Ida Holm="}},
		{blindCase: blindCase{body: "Jeg vil gerne på workshop 2. Vegetar? Nej tak.\nIda Holm", status: "complete", want: "Ida Holm:2/-", diet: "Ida Holm="}, asks: "no"},
		{blindCase: blindCase{body: "Workshop 2 og 4.\nEr du vegetar? Nej\nIda Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm="}, asks: "no"},
		{blindCase: blindCase{body: "I'd like workshop 2 and 3.\nSpecial diet: no\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm="}},
		{blindCase: blindCase{body: "Workshop 2 and 4.\nVegetarian: no\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm="}},
		{blindCase: blindCase{body: "Workshop 2 and 4.\nGluten free? No.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm="}, asks: "no"},
		{blindCase: blindCase{body: "Workshop 2 and 4.\nVegan: [ ] yes [x] no\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm="}},
		{blindCase: blindCase{body: "Workshop 2 og 4.\nVegetar: ja [ ] nej [x]\nIda Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm="}},
		{blindCase: blindCase{body: "Workshop 2 og 4.\nVegetar [ ] Halal [x] Ingen [ ]\nIda Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=halal"}},
		{blindCase: blindCase{body: "Workshop 2 og 4.\nVegetar: Nej\nGlutenfri: Ja\nIda Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=gluten_free"}},
		{blindCase: blindCase{body: "Workshop 2 og 4.\nVegetar: nej. Glutenfri: ja.\nIda Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=gluten_free"}},
		{blindCase: blindCase{body: "Workshop 2 og 4.\nLaktosefri: nej tak\nIda Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm="}},
		{blindCase: blindCase{body: "Workshop 2 og 4.\nHalal: nej\nIda Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm="}},
		{blindCase: blindCase{body: "Workshop 2 og 4.\nDiabetiker: nej\nIda Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm="}},
		{blindCase: blindCase{body: "Workshop 2 og 4.\nVegetar - nej\nIda Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm="}},
		{blindCase: blindCase{body: "Workshop 2 og 4.\nVegetar: nej, men jeg spiser ikke svinekød\nIda Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=no_pork"}},
		// a yes or a ticked box keeps the diet
		{blindCase: blindCase{body: "Workshop 2 og 4.\nVegetar: ja\nIda Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=vegetarian"}},
		{blindCase: blindCase{body: "Workshop 2 og 4.\nVegetar: [x] ja [ ] nej\nIda Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=vegetarian"}},
		{blindCase: blindCase{body: "Workshop 2 og 4.\nVegetar: ja [x] nej [ ]\nIda Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=vegetarian"}},
		{blindCase: blindCase{body: "Workshop 2 og 4.\n[ ] Vegetar [x] Halal\nIda Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=halal"}},
		{blindCase: blindCase{body: "Workshop 2 and 4.\nVegetarian: yes\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=vegetarian"}},
		{blindCase: blindCase{body: "Workshop 2 og 4. Jeg er vegetar.\nIda Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=vegetarian"}},
		// a food refused by the no stays refused, or staff look
		{blindCase: blindCase{body: "Workshop 2 og 4.\nGluten: nej\nIda Holm", status: "complete", want: "Ida Holm:2/4", diet: "Ida Holm=gluten_free"}},
		{blindCase: blindCase{body: "Workshop 2 og 4.\nSvinekød: nej tak\nIda Holm", notStatus: "complete"}},
		// "no" before a food is no answer
		{blindCase: blindCase{body: "Workshop 2 og 4.\nVegetar: ikke svinekød\nIda Holm", notStatus: "complete"}},
		// a question that is not answered on its line still asks
		{blindCase: blindCase{body: "Workshop 2 og 4.\nEr der vegetarmad?\nIda Holm", want: "Ida Holm:2/4"}, asks: "yes"},
		{blindCase: blindCase{body: "Workshop 2 og 4.\nEr der vegetarmad? Ja?\nIda Holm", want: "Ida Holm:2/4"}, asks: "yes"},
	})
}

// "Tilmeld X til ..." in the imperative signs up the one named, as
// "Jeg tilmelder X" and "Please register X" do: the writer who says
// nothing of herself does not come.
func TestImperativeSignsUpNamed(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nTilmeld Karim Berg til workshop 2.\nMvh Ida Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Karim Berg:2/-"},
		{body: "Hej\nTilmeld venligst Karim Berg til workshop 2 og 4.\nMvh Ida Holm", status: "complete", want: "Karim Berg:2/4"},
		{body: "Hej\nTilmeld lige Karim Berg til sundhed, tak.\nMvh Ida Holm", status: "complete", want: "Karim Berg:2/-"},
		{body: "Hej\nTilmeld Karim Berg og Sara Berg til workshop 3.\nMvh Ida Holm", status: "complete", want: "Karim Berg:3/-; Sara Berg:3/-"},
		{body: "Hej\nMeld Karim Berg til workshop 2.\nMvh Ida Holm", status: "complete", want: "Karim Berg:2/-"},
		{body: "Hi\nPlease register Karim Berg for workshop 2.\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Karim Berg:2/-"},
		{body: "Hi\nRegister Karim Berg for workshop 2 and 3, please.\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Karim Berg:2/3"},
		// the writer comes too, or only a first name is given
		{body: "Hej\nTilmeld mig og Karim Berg til workshop 2.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-; Karim Berg:2/-"},
		{body: "Hej\nTilmeld Karim Berg til workshop 2. Jeg kommer også selv, workshop 1.\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/-; Karim Berg:2/-"},
		{body: "Hej\nTilmeld Karim Berg til workshop 2. Jeg kommer også.\nMvh Ida Holm", status: "incomplete", missing: []string{"workshop"}},
		{body: "Hej\nTilmeld Karim til workshop 2.\nMvh Ida Holm", status: "review"},
		{body: "Hej\nTilmeld Karim Berg til workshop 2.\nMvh Karim Berg", from: "Karim Berg", status: "complete", want: "Karim Berg:2/-"},
	})
}

// A request to move someone named, not the writer, goes to staff even
// when the reading lacks a workshop for the writer: asking her for one
// would pass over the change of another's registration.
func TestMoveOtherNotAsked(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hi\nPlease move Bo Jensen to workshop 3.\nThanks, Ida Holm", subject: "Meeting", status: "review"},
		{body: "Hi\nPlease switch Bo Jensen to workshop 3.\nThanks, Ida Holm", subject: "Meeting", status: "review"},
		{body: "Hi\nCould you move Bo Jensen to workshop 3?\nThanks, Ida Holm", subject: "Meeting", status: "review"},
		{body: "Hej\nFlyt venligst Bo Jensen til workshop 3.\nMvh Ida Holm", status: "review"},
		{body: "Hej\nFlyt venligst Bo Jensen til 3.\nMvh Ida Holm", status: "review"},
		{body: "Hej\nKan I flytte Bo Jensen til workshop 3?\nMvh Ida Holm", status: "review"},
		{body: "Hej\nVil I rykke Bo Jensen over på workshop 3?\nMvh Ida Holm", status: "review"},
		// the writer moves herself
		{body: "Hi\nPlease move me to workshop 3.\nThanks, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nFlyt mig venligst til workshop 3.\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"},
	})
}

// Coming said plainly with no workshop asks for one (already read right;
// a bare "Jeg kommer." still goes to staff, left for a later round).
func TestComingWithoutWorkshop(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hi, I'll be there.\nIda Holm", subject: "Meeting", intent: tilmeld.IntentRegister, status: "incomplete", missing: []string{"workshop"}},
		{body: "Hej\nJeg kommer gerne.\nMvh Ida Holm", status: "incomplete", missing: []string{"workshop"}},
		{body: "Thanks for the invitation, I will attend.\nIda Holm", subject: "Meeting", status: "incomplete", missing: []string{"workshop"}},
		{body: "Hej\nJeg kommer, workshop 2.\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Jeg kommer.\nIda Holm", notStatus: "complete"},
	})
}
