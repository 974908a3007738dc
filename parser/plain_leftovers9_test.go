package parser

import (
	"testing"

	"tilmeld"
)

// A diet word in a question about the food ("Er maden laktosefri?", "Is
// the food gluten free?") asks what the kitchen serves: no diet of the
// sender's. A diet stated beside it, or food asked for herself, stays.
func TestFoodQuestionIsNoDiet(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Workshop 2 og 4. Er maden laktosefri?\nIda Holm, 20304050", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"}, diets: "Ida Holm=", asks: "yes"},
		{blindCase: blindCase{body: "Workshop 2 og 4. Er maden halal?\nIda Holm", status: "complete", want: "Ida Holm:2/4"}, diets: "Ida Holm=", asks: "yes"},
		{blindCase: blindCase{body: "Workshop 2 og 4. Bliver der vegetarisk mad?\nIda Holm", status: "complete", want: "Ida Holm:2/4"}, diets: "Ida Holm=", asks: "yes"},
		{blindCase: blindCase{body: "Workshop 2 og 4. Serverer I halal mad?\nIda Holm", status: "complete", want: "Ida Holm:2/4"}, diets: "Ida Holm=", asks: "yes"},
		{blindCase: blindCase{body: "Workshop 2 and 4. Is the food gluten free?\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"}, diets: "Ida Holm=", asks: "yes"},
		{blindCase: blindCase{body: "Workshop 2 and 4. Will there be vegan options?\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"}, diets: "Ida Holm=", asks: "yes"},
		{blindCase: blindCase{body: "Workshop 2 and 4. Is the food halal?\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"}, diets: "Ida Holm=", asks: "yes"},
		// near-misses: the diet said beside the question, or plainly
		{blindCase: blindCase{body: "Workshop 2 og 4. Jeg tåler ikke laktose – er maden laktosefri?\nIda Holm", status: "complete", want: "Ida Holm:2/4"}, diets: "Ida Holm=lactose_free", asks: "yes"},
		{blindCase: blindCase{body: "Workshop 2 og 4. Er maden glutenfri? Jeg har cøliaki.\nIda Holm", status: "complete", want: "Ida Holm:2/4"}, diets: "Ida Holm=gluten_free", asks: "yes"},
		{blindCase: blindCase{body: "Workshop 2 and 4. I'm coeliac - is the food gluten free?\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"}, diets: "Ida Holm=gluten_free", asks: "yes"},
		{blindCase: blindCase{body: "Workshop 2 og 4. Jeg er vegetar.\nIda Holm", status: "complete", want: "Ida Holm:2/4"}, diets: "Ida Holm=vegetarian", asks: "no"},
		{blindCase: blindCase{body: "Workshop 2 og 4. Er der vegetarisk mad til mig?\nIda Holm", notStatus: "incomplete", want: "Ida Holm:2/4"}, diets: "Ida Holm=vegetarian"},
	})
}

// Relatives the sender says cannot come ("Jeg kommer, men min mand og min
// søn kan ikke") are no attendees, and the workshops after it are hers.
func TestRelativesWhoCannotCome(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg kommer, men min mand og min søn kan ikke. Workshop 2 og 4.\nIda Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"},
		{body: "Workshop 2 og 4. Jeg kommer, men min mand og min søn kan ikke.\nIda Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg kommer, men min mand og søn kan ikke. Workshop 2 og 4.\nIda Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg kommer, men min mand og børnene kan ikke. Workshop 2 og 4.\nIda Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg kommer, men min mand og min søn kan ikke.\nIda Holm", status: "incomplete", missing: []string{"workshop"}, want: "Ida Holm:-/-"},
		{body: "I'm coming, but my husband and my son can't. Workshop 2 and 4.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "I'm coming, but my husband and son can't. Workshop 2 and 4.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		// already right
		{body: "Jeg kommer, men min søn kan ikke. Workshop 2 og 4.\nIda Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Min mand og min søn kan ikke komme. Jeg kommer, workshop 2 og 4.\nIda Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "I will come but my wife cannot. Workshop 3.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/-"},
		// near-misses: one who comes beside the one who cannot
		{body: "Jeg kommer med min søn Ali, min mand kan ikke. Begge workshop 2.\nIda Holm", status: "complete", want: "Ida Holm:2/-; Ali:2/-"},
		{body: "My son Ali and I are coming, my husband can't. Both workshop 2.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/-; Ali:2/-"},
		{body: "Jeg og min mand kommer, men min søn kan ikke. Workshop 2 og 4.\nIda Holm", status: "incomplete", missing: []string{"name"}, want: "Ida Holm:2/4; :2/4"},
	})
}

// A given name in "-ed" in small letters after a relation ("my son ahmed
// and I") is a name in English too; a verb in "-ed" there is none.
func TestSmallEdNameInEnglish(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "my son ahmed and I would like to come, workshop 3\nIda Holm", subject: "Meeting", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:3/-; Ahmed:3/-"},
		{body: "My husband ahmed and I want workshop 1 and 2.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:1/2; Ahmed:1/2"},
		{body: "my brother mohamed and me would like workshop 4\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:4/-; Mohamed:4/-"},
		{body: "My friend hamed and I are coming, workshop 2 and 3.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/3; Hamed:2/3"},
		{body: "Me and my son ahmed would like to come, workshop 3\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/-; Ahmed:3/-"},
		// already right: Danish, capitals, another ending
		{body: "min søn ahmed og jeg vil gerne komme, workshop 3\nIda Holm", status: "complete", want: "Ida Holm:3/-; Ahmed:3/-"},
		{body: "Min datter fatima og jeg kommer, workshop 2 og 4.\nIda Holm", status: "complete", want: "Ida Holm:2/4; Fatima:2/4"},
		{body: "min kone aisha og jeg kommer, begge workshop 2\nIda Holm", status: "complete", want: "Ida Holm:2/-; Aisha:2/-"},
		{body: "My daughter fatima and I would like to come, workshop 2 and 4.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4; Fatima:2/4"},
		{body: "I and my friend hamid would like to join workshop 4.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:4/-; Hamid:4/-"},
		// near-misses: a verb in "-ed", no name
		{body: "My husband retired and I would like to come, workshop 3\nIda Holm", subject: "Meeting", notStatus: "complete"},
		{body: "my husband worked and I will come alone, workshop 2\nIda Holm", subject: "Meeting", notStatus: "complete"},
		{body: "My son and I would like to come, workshop 3\nIda Holm", subject: "Meeting", status: "incomplete", missing: []string{"name"}},
	})
}

// English phrasal verbs of signing up: "put me down for", "count me in
// for", "pencil me in for", "book me on", asked or ordered.
func TestPhrasalSignUp(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Count me in for 2 and 3.\nIda Holm", subject: "Meeting", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"},
		{body: "Please pencil me in for 3 and 4.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/4"},
		{body: "Pencil me in for workshop 1.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:1/-"},
		{body: "Can you book me onto workshop 3 and 1?\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/1"},
		{body: "Could you book me on workshop 3 and 1?\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/1"},
		{body: "Could you pencil me in for workshop 3?\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/-"},
		{body: "Can you count me in for workshop 1?\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:1/-"},
		// already right
		{body: "Put me down for 3 and 1\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/1"},
		{body: "Please put me down for health and then jobs.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "Count me in for workshop 4!\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:4/-"},
		{body: "Please book me on workshop 2.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/-"},
		{body: "Could you put me down for workshop 3?\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/-"},
		{body: "Please put me and Karim Berg down for workshop 2.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/-; Karim Berg:2/-"},
		// near-misses: no workshop, or a withdrawal
		{body: "Put me down for the meeting, I haven't decided on a workshop.\nIda Holm", subject: "Meeting", status: "incomplete", missing: []string{"workshop"}},
		{body: "Count me out, sorry.\nIda Holm", subject: "Meeting", intent: tilmeld.IntentCancel},
		// left: another person inside the verb is asked about, never completed wrongly
		{body: "Could you put Karim Berg down for workshop 2?\nIda Holm", subject: "Meeting", notStatus: "complete"},
		{body: "Please put my neighbour Karim Berg down for workshop 2.\nIda Holm", subject: "Meeting", notStatus: "complete"},
	})
}

// A rank in words after a workshop named by keyword ("uddannelse nummer
// to", "job som nummer to"): already read.
func TestRankInWordsAfterKeyword(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne sundhed og uddannelse nummer to\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Jeg vil gerne sundhed som nummer et og job som nummer to\nIda Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg ønsker tryghed som nummer et og sundhed som nummer to.\nIda Holm", status: "complete", want: "Ida Holm:1/2"},
		{body: "Job som nummer ét, uddannelse som nummer to.\nIda Holm", status: "complete", want: "Ida Holm:4/3"},
		{body: "Uddannelse nummer et og sundhed nummer to\nIda Holm", status: "complete", want: "Ida Holm:3/2"},
		{body: "Jeg vil gerne tryghed, og uddannelse som nummer 2.\nIda Holm", status: "complete", want: "Ida Holm:1/3"},
		{body: "I'd like health first and education as number two.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/3"},
		// without a verb of wishing too; a queue's number is no rank
		// (plain_leftovers10_test.go)
		{body: "Health as number one and jobs as number two.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg er nummer to i køen, workshop 3.\nIda Holm", status: "complete", want: "Ida Holm:3/-"},
	})
}
