package parser

import (
	"testing"

	"tilmeld"
)

// Numbers in ordinary sign-ups that are no workshop choices: counts of
// people, addresses, dates and times, ages, durations, amounts, phone
// numbers; and real choices written next to them. Each through Parse with
// the gate.

// A number before a word for people brought along counts them ("med 2
// kolleger", "to af mine naboer", "with two colleagues"): they are
// attendees whose names are asked for, never a sign-up of the sender
// alone. Joined to the workshops of their clause they share them.
func TestCountedCompanions(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg kommer gerne med 2 kollegaer. Jeg vil gerne på workshop 4.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "incomplete", want: "Ida Holm:4/-; :-/-; :-/-", missing: []string{"name", "workshop"}},
		{body: "Hej\nJeg kommer gerne med to kolleger. Jeg vil gerne på workshop 4.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:4/-; :-/-; :-/-", missing: []string{"name", "workshop"}},
		{body: "Hej\nJeg vil gerne på workshop 2. Jeg tager to af mine naboer med.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:2/-; :-/-; :-/-", missing: []string{"name", "workshop"}},
		{body: "Hej\nJeg vil gerne på workshop 2. Jeg tager 2 af mine naboer med.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:2/-; :-/-; :-/-"},
		{body: "Hej\nJeg vil gerne på workshop 3. Jeg har 2 kolleger med.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:3/-; :-/-; :-/-"},
		{body: "Hej\nJeg vil gerne på workshop 1 og 3, og jeg kommer sammen med tre andre fra bestyrelsen.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:1/3; :-/-; :-/-; :-/-", missing: []string{"name", "workshop"}},
		{body: "Hi\nI'm coming with two colleagues. I'd like workshop 4.\nBest, Ida Holm", subject: "Meeting",
			status: "incomplete", want: "Ida Holm:4/-; :-/-; :-/-", missing: []string{"name", "workshop"}},
		{body: "Hi\nI'd like workshop 2. I'll bring 2 neighbours.\nBest, Ida Holm", subject: "Meeting",
			status: "incomplete", want: "Ida Holm:2/-; :-/-; :-/-"},
		// the group in the clause of the workshops shares them
		{body: "Hej\nJeg og 2 kolleger vil gerne på workshop 3.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:3/-; :3/-; :3/-", missing: []string{"name"}},
		{body: "Hej\nJeg og to kolleger vil gerne på workshop 3 og 1.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:3/1; :3/1; :3/1", missing: []string{"name"}},
		{body: "Hej\nJeg vil gerne på workshop 3 med 2 fra min afdeling.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:3/-; :3/-; :3/-", missing: []string{"name"}},
		{body: "Hi\nMe and 2 colleagues would like workshop 2.\nBest, Ida Holm", subject: "Meeting",
			status: "incomplete", want: "Ida Holm:2/-; :2/-; :2/-", missing: []string{"name"}},
		{body: "Hej\nWorkshop 3 til mig og mine 2 kolleger.\nMvh Ida Holm", notStatus: "complete"},
		// near misses: children or colleagues spoken of, not brought; a
		// number before a time or a bus line
		{body: "Hej\nJeg vil gerne på workshop 3. Jeg har 2 børn på 5 og 8 år.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nJeg vil gerne på workshop 3. Jeg har talt med 2 kolleger om det.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nJeg vil gerne på workshop 1 og 3. Jeg kommer med bus 4.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/3"},
		{body: "Hej\nJeg tilmelder mig workshop 2 og 3. De andre 2 fra bestyrelsen tilmelder sig selv.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi\nI'd like workshop 2 and 4. I work with 2 colleagues on this.\nBest, Ida Holm", subject: "Meeting",
			status: "complete", want: "Ida Holm:2/4"},
	})
}

// A count or a companion of whom the same sentence says they sign up in
// their own mail ("de to andre skriver selv", "men hun tilmelder sig
// selv") is not signed up by this one: the sender alone is.
func TestCountedWritesOwn(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne på workshop 2. Vi er 3 der kommer fra afd. 7, de to andre skriver selv.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-"},
		{body: "Hej\nJeg tilmelder mig hermed workshop 2 og 3. Vi er 3 personer i alt, de andre tilmelder sig selv.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/3"},
		{body: "Hej\nJeg kommer med 2 kollegaer, de tilmelder sig selv. Jeg vil gerne på workshop 4.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/-"},
		{body: "Hej\nJeg kommer med min kollega, men hun tilmelder sig selv. Jeg vil gerne på workshop 4.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/-"},
		{body: "Hi\nI'd like workshop 1. I'm coming with two colleagues, but they will register themselves.\nBest, Ida Holm", subject: "Meeting",
			status: "complete", want: "Ida Holm:1/-"},
		// said in another sentence, the count stands
		{body: "Hej\nJeg vil gerne på workshop 2. Vi er 3 der kommer fra afd. 7. Min søster skriver selv.\nMvh Ida Holm",
			status: "incomplete", missing: []string{"name", "workshop"}},
		{body: "Hej\nJeg kommer med 2 kollegaer. Jeg vil gerne på workshop 4.\nMvh Ida Holm", notStatus: "complete"},
	})
}

// A household's size said with "kun mig der kommer", "only I will come"
// counts nobody more than the sender.
func TestHouseholdSizeSenderAlone(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nVi er 4 i familien, men det er kun mig der kommer. Workshop 1 og 2.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/2"},
		{body: "Hej\nVi er 5 i husstanden, men kun jeg, der deltager. Jeg vil gerne på sundhed.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-"},
		{body: "Hi\nWe are a family of 4 but only I will come. Workshop 2 please.\nBest, Ida Holm", subject: "Meeting",
			status: "complete", want: "Ida Holm:2/-"},
		{body: "Hi\nWe are a family of 4, only me coming. Workshop 3 and 1.\nBest, Ida Holm", subject: "Meeting",
			status: "complete", want: "Ida Holm:3/1"},
		// all of them come: the count stands
		{body: "Hej\nVi er 4 i familien, og vi kommer alle. Workshop 1 og 2.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:1/2; :1/2; :1/2; :1/2", missing: []string{"name"}},
		{body: "Hi\nWe are a family of 4 and we will all come. Workshop 2 please.\nBest, Ida Holm", subject: "Meeting",
			notStatus: "complete"},
	})
}

// A house number after where someone lives ("jeg bor i nr. 4") is no
// workshop the reading failed to give: a sign-up without a workshop is
// asked for one.
func TestHouseNumberNoWorkshop(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne tilmelde mig. Jeg bor i nr. 4.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:-/-", missing: []string{"workshop"}},
		{body: "Hej\nJeg vil gerne deltage, jeg bor på nummer 3.\nMvh Ida Holm",
			status: "incomplete", missing: []string{"workshop"}},
		{body: "Hi\nI'd like to sign up. I live at number 4.\nBest, Ida Holm", subject: "Meeting",
			status: "incomplete", missing: []string{"workshop"}},
		{body: "Hej\nJeg vil gerne på workshop 2. Jeg bor i nr. 4.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-"},
		// "nr. 4" as a choice is still one
		{body: "Hej\nJeg vil gerne tilmelde mig nr. 4.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/-"},
	})
}

// "har valgt", "have chosen", "picked" before bare numbers choose them.
func TestChosenNumbers(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne tilmelde mig. Jeg har valgt 2 og 3.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/3"},
		{body: "Hej\nJeg vil gerne være med og vil vælge 4 og 1.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/1"},
		{body: "Hi\nI'd like to sign up. I have chosen 4 and 1.\nBest, Ida Holm", subject: "Meeting",
			status: "complete", want: "Ida Holm:4/1"},
		{body: "Hi\nI'd like to sign up. I picked 3.\nBest, Ida Holm", subject: "Meeting",
			status: "complete", want: "Ida Holm:3/-"},
		// chosen to something else
		{body: "Hej\nJeg vil gerne deltage. Jeg er blevet valgt 2 gange til bestyrelsen.\nMvh Ida Holm",
			status: "incomplete", missing: []string{"workshop"}},
		{body: "Hej\nJeg vil gerne på sundhed. Jeg blev valgt for 2 år siden.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-"},
	})
}
