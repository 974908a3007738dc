package parser

import (
	"testing"

	"tilmeld"
)

// Plain wordings of known misreadings, each in several forms of our own,
// through Parse with the gate.

// A. Relatives said to stay home beside the writer's own sign-up are no
// people to ask for: "min mand og vores 2 børn kommer ikke", "og min søn",
// "og børnene", "my husband and our 2 kids can't come".
func TestStayHomeBesideRelation(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg kommer, men min mand og vores 2 børn kommer ikke. Workshop 2.\nMvh Ida Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-"},
		{body: "Hej\nJeg kommer, men min mand og vores to børn kommer ikke. Workshop 2 og 1.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/1"},
		{body: "Hej\nMin mand og vores 2 børn kommer ikke, men jeg kommer gerne. Workshop 3.\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nJeg kommer, men min mand og min søn kommer ikke. Workshop 2.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Hej\nJeg kommer, men min mand og børnene kommer ikke. Workshop 2.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Hi\nI'm coming, but my husband and our 2 kids can't come. Workshop 2.\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Hi\nMy wife and kids won't be coming, only me. Workshop 1 and 4.\nIda Holm", status: "complete", want: "Ida Holm:1/4"},
		{body: "Hi\nMy wife and my son can't come, but I will. Workshop 3.\nIda Holm", status: "complete", want: "Ida Holm:3/-"},
		// already right: one relative stays home
		{body: "Hej\nJeg kommer gerne til workshop 2. Min kone kan desværre ikke komme.\nHilsen Ida Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Hej\nMin kone kan desværre ikke komme, men jeg vil gerne på workshop 1.\nIda Holm", status: "complete", want: "Ida Holm:1/-"},
		{body: "Hej\nJeg deltager i workshop 1 og 3. Min mand kommer ikke.\nIda Holm", status: "complete", want: "Ida Holm:1/3"},
		{body: "Hej\nKun mig, min søn kommer ikke med. Workshop 4.\nIda Holm", status: "complete", want: "Ida Holm:4/-"},
		{body: "Hej\nJeg vil gerne på workshop 4. Min mand er forhindret.\nIda Holm", status: "complete", want: "Ida Holm:4/-"},
		{body: "Hi\nI'd like to sign up for workshop 3. My wife can't make it.\nBest, Ida Holm", status: "complete", want: "Ida Holm:3/-"},
		{body: "Hi\nJust me, my husband won't be coming. Workshop 2 and 1.\nIda", status: "complete", want: "Ida Holm:2/1"},
		{body: "Hi\nWorkshop 2 for me please. My wife is unable to attend.\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Hi\nI'll come to workshop 2. Unfortunately my husband can't make it.\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
		// near-misses: they come, so they are asked for
		{body: "Hej\nJeg kommer med min mand og vores 2 børn. Workshop 2.\nMvh Ida Holm", status: "incomplete", want: "Ida Holm:2/-; :-/-; :-/-; :-/-"},
		{body: "Hej\nJeg kommer, og min mand og vores 2 børn kommer også. Workshop 2.\nMvh Ida Holm", notStatus: "complete"},
		{body: "Hi\nI'm coming with my husband and our 2 kids. Workshop 2.\nIda Holm", notStatus: "complete"},
	})
}

// B. Workshops stated for no one in particular after the writer brings a
// companion ("Jeg kommer med min mand. Workshop 2 og 4.") are the party's:
// the companion shares them, and only the name is asked for. Said of one
// person, or after a child brought along, they are that person's.
func TestImpersonalChoiceShared(t *testing.T) {
	name := []string{tilmeld.MissingName}
	both := []string{tilmeld.MissingName, tilmeld.MissingWorkshop}
	runBlind(t, []blindCase{
		{body: "Hej\nJeg kommer med min mand. Workshop 2 og 4.\nIda Holm", status: "incomplete", want: "Ida Holm:2/4; :2/4", missing: name},
		{body: "Hej\nJeg kommer med min mand.\nWorkshop 2 og 4\nMvh Ida Holm", status: "incomplete", want: "Ida Holm:2/4; :2/4", missing: name},
		{body: "Hej\nJeg kommer med en kollega. Workshop 2.\nIda Holm", status: "incomplete", want: "Ida Holm:2/-; :2/-", missing: name},
		{body: "Hi\nI'm coming with my wife. Workshop 1.\nIda Holm", status: "incomplete", want: "Ida Holm:1/-; :1/-", missing: name},
		// already right: both in the sentence that chooses
		{body: "Hej\nMin mand og jeg kommer, workshop 1 og 3\nIda Holm", status: "incomplete", want: "Ida Holm:1/3; :1/3", missing: name},
		{body: "Hi\nMy husband and I will come, workshop 2 and 4.\nIda Holm", status: "incomplete", want: "Ida Holm:2/4; :2/4", missing: name},
		// near-misses: the choice is said of one person
		{body: "Hej\nJeg kommer med min mand. Jeg vil gerne på workshop 2 og 4.\nIda Holm", status: "incomplete", want: "Ida Holm:2/4; :-/-", missing: both},
		{body: "Hi\nI'm coming with my wife. I'd like workshop 1.\nIda Holm", status: "incomplete", want: "Ida Holm:1/-; :-/-", missing: both},
		{body: "Hej\nJeg kommer med min mand. Workshop 2 for mig.\nIda Holm", status: "incomplete", want: "Ida Holm:2/-; :-/-", missing: both},
		{body: "Hej\nJeg kommer med min mand. Han vil gerne på workshop 4.\nIda Holm", status: "incomplete", want: "Ida Holm:-/-; :4/-"},
		// a child brought along, a counted group: the choice stays the writer's
		{body: "Hej\nJeg tager min datter med. Workshop 3 og 1.\nIda Holm", status: "incomplete", want: "Ida Holm:3/1; :-/-", missing: both},
		{body: "Hej\nJeg kommer med min mand og 2 børn. Workshop 1 og 2.\nIda Holm", status: "incomplete", want: "Ida Holm:1/2; :-/-; :-/-; :-/-"},
		// a named companion is not given the workshops
		{body: "Hej\nJeg kommer med min mand Ali Holm. Workshop 2 og 4.\nIda Holm", notStatus: "complete"},
	})
}

// C. Already read right: a relative's wish, a named sign-up, lower-case
// names, a phone, workshops in words and numerals. Kept as proof.
func TestPlainLeftovers7Right(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nMin søster Sara Berg vil gerne med på workshop 4.\nIda Holm", status: "complete", want: "Sara Berg:4/-"}},
		{blindCase: blindCase{body: "Hi\nMy sister Sara Berg would also like to come, workshop 4.\nIda Holm", status: "incomplete", want: "Ida Holm:-/-; Sara Berg:4/-"}},
		{blindCase: blindCase{body: "Hej\nMin søster Sara Berg og jeg vil gerne på workshop 4.\nIda Holm", status: "complete", want: "Ida Holm:4/-; Sara Berg:4/-"}},
		{blindCase: blindCase{body: "Hej\nTilmeld venligst Karim Berg til workshop 2.\nIda Holm", status: "complete", want: "Karim Berg:2/-"}},
		{blindCase: blindCase{body: "Hej\nVil I tilmelde Karim Berg til workshop 2?\nIda Holm", status: "complete", want: "Karim Berg:2/-"}},
		{blindCase: blindCase{body: "Hi\nCould you register Karim Berg for workshop 2 and 3?\nThanks, Ida Holm", status: "complete", want: "Karim Berg:2/3"}},
		{blindCase: blindCase{body: "hej\nmin søn ahmed og jeg vil gerne komme, workshop 3\nIda Holm", status: "complete", want: "Ida Holm:3/-; Ahmed:3/-"}},
		{blindCase: blindCase{body: "Hi\nmy wife sara and I want to come, workshop 1 and 2\nIda Holm", status: "complete", want: "Ida Holm:1/2; Sara:1/2"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2.\nTlf 2233\n4455\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-"}, phone: "+4522334455"},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop 2.\nMit nummer er 22 33 44 55\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-"}, phone: "+4522334455"},
		{blindCase: blindCase{body: "Hej\nWorkshop II og IV\nIda Holm", status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "Hej\nJeg vil gerne på workshop II.\nIda Holm", status: "complete", want: "Ida Holm:2/-"}},
	})
}

// D. Left as they are, never complete: "også" beside a relative's wish,
// a lower-case name in "-ed" after a relation in English.
func TestPlainLeftovers7Open(t *testing.T) {
	runBlind(t, []blindCase{
		// since read by its name (edGivenNames, plain_leftovers9_test.go)
		{body: "Hi\nmy son ahmed and I would like to come, workshop 3\nIda Holm", status: "complete", want: "Ida Holm:3/-; Ahmed:3/-"},
	})
}
