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

// "kan først komme kl. 17" says when she comes (not until then), no rank:
// the workshops keep the order they were given in.
func TestFirstAfterCanIsWhen(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne på 2 og 4, men kan først komme kl. 17.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på workshop 2 og 4, men jeg kan først være der kl. 17.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på sundhed og job, men kan desværre først komme 17.30.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på 2 og 4, kan først nå det kl. 17.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på 3 og 1, men kunne først komme efter arbejde.\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/1"},
		{body: "Hi\nI'd like 2 and 4, but I can only come at 5 pm.\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		// "først" for the order is still a rank
		{body: "Hej\nJeg vil gerne på 2 og 4, 4 først.\nMvh Ida Holm", status: "complete", want: "Ida Holm:4/2"},
	})
}

// Times, dates, addresses, ages, durations, amounts and phone numbers
// beside the choices are none of them; choices beside them are read.
func TestNumbersBesideChoices(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg er 2. års studerende og vil gerne på workshop 3.\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"}},
		{blindCase: blindCase{body: "Hej\nJeg kan først komme kl. 17.30. Jeg vil gerne på workshop 3.\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"}},
		{blindCase: blindCase{body: "Hej\nJeg har ferie i uge 39, men jeg kommer gerne den 29. Workshop 2 og 1.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/1"}},
		{blindCase: blindCase{body: "Hej\nJeg kommer d. 21/9... nej undskyld, d. 29/9. Workshop 1 og 2.\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/2"}},
		{blindCase: blindCase{body: "Hej\nJeg bor i blok 2, opgang 3. Jeg vil gerne på workshop 4.\nMvh Ida Holm", status: "complete", want: "Ida Holm:4/-"}},
		{blindCase: blindCase{body: "Hej\nJeg er fra afd. 1 og vil gerne på workshop 2 og 3.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/3"}},
		{blindCase: blindCase{body: "Hej\nTilmelding til workshop 4 og 3.\nMvh Ida Holm, Bredager 12, 3. tv., 2620 Albertslund", status: "complete", want: "Ida Holm:4/3"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på 2 og 4. Afd. 3, Blok 2, 1. th.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "Hej\nJeg er 67 år og vil gerne på workshop 1 og 2.\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/2"}},
		{blindCase: blindCase{body: "Hej\nJeg kan kun blive 2 timer, men vil gerne på workshop 1.\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/-"}},
		{blindCase: blindCase{body: "Hej\nJeg betaler gerne de 50 kr. hvis det koster noget. Workshop 3 og 4.\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/4"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2 og 1. Jeg har boet i blok 3 i 20 år.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/1"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på sundhed og naboskab. Jeg arbejder 4 dage om ugen.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/1"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på 4 og 1. Ring 22 33 44 55 efter kl. 17.\nMvh Ida Holm", status: "complete", want: "Ida Holm:4/1"}, phone: "+4522334455"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 4 og 2. Mit nummer er 223 344 55.\nMvh Ida Holm", status: "complete", want: "Ida Holm:4/2"}, phone: "+4522334455"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 4 og 2.\nMvh Ida Holm\nMobil: 22-33-44-55", status: "complete", want: "Ida Holm:4/2"}, phone: "+4522334455"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2. Min mail er ida.holm3@example.dk\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-"}},
		{blindCase: blindCase{body: "Hej\nSom der står i punkt 2 i invitationen, skal man vælge to. Jeg vælger workshop 1 og 4.\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/4"}},
		{blindCase: blindCase{body: "Hi\nI'd like workshop 1 and 3. I live in flat 4B.\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:1/3"}},
		{blindCase: blindCase{body: "Hi\nI can only come at 5 pm. Workshop 2 please.\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/-"}},
		{blindCase: blindCase{body: "Hi\nPlease register me for workshop 4. I live in block 3, entrance 2.\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:4/-"}},
		{blindCase: blindCase{body: "Hi\nI'd like workshop 2 and 4. I'm bringing my 2 kids, aged 5 and 7.\nBest, Ida Holm", subject: "Meeting", notStatus: "complete"}},
		// counts of the group, with real choices next to them
		{blindCase: blindCase{body: "Hej\nVi er 2 og vil gerne på 3 og 1.\nMvh Ida Holm og Tom Holm", status: "complete", want: "Ida Holm:3/1; Tom Holm:3/1"}},
		{blindCase: blindCase{body: "Hej\nVi er 2 og vil gerne på 3 og 1.\nMvh Ida Holm", status: "incomplete", want: "Ida Holm:3/1; :3/1", missing: []string{"name"}}},
		{blindCase: blindCase{body: "Hej\nVi er 3 fra Galgebakken der gerne vil deltage. Vi vil alle gerne på workshop 2 og 4.\nMvh Ida Holm",
			status: "incomplete", want: "Ida Holm:2/4; :2/4; :2/4", missing: []string{"name"}}},
		{blindCase: blindCase{body: "Hej\nVi kommer 4 fra afdelingen. Jeg vil gerne på 2, ellers 3.\nMvh Ida Holm", status: "incomplete", missing: []string{"name", "workshop"}}},
		{blindCase: blindCase{body: "Hej\nVi er 3. Jeg og min mand Tom vil gerne på 1 og 2, og vores datter Sara vil gerne på 3.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/2; Tom:1/2; Sara:3/-"}},
		{blindCase: blindCase{body: "Hi\nWe are 3 from the estate. We would all like workshop 2 and 4.\nBest, Ida Holm", subject: "Meeting",
			status: "incomplete", want: "Ida Holm:2/4; :2/4; :2/4", missing: []string{"name"}}},
		// no choice among the numbers: the workshop is asked for
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage.\nIda Holm\nHyldespjældet 2, 1.tv\ntlf 22 33 44 55", status: "incomplete", missing: []string{"workshop"}}, phone: "+4522334455"},
		{blindCase: blindCase{body: "Hej\nJeg kommer gerne kl. 4.\nMvh Ida Holm", status: "incomplete", missing: []string{"workshop"}}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne tilmelde mig mødet den 29/9 kl. 16.30-19.30.\nMvh Ida Holm", status: "incomplete", missing: []string{"workshop"}}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne deltage. Jeg kan kun blive 1 time.\nMvh Ida Holm", status: "incomplete", missing: []string{"workshop"}}},
		{blindCase: blindCase{body: "Hi\nI'd like to join, flat 3, block 2.\nBest, Ida Holm", subject: "Meeting", status: "incomplete", missing: []string{"workshop"}}},
	})
}
