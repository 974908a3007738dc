package parser

import "testing"

// Mail typed without full stops runs statements about different people
// together: the one about a relative who stays home is his own statement,
// not a second attendee, and a friend who "vil også med" comes along.
func TestRunOnPeople(t *testing.T) {
	runChecked(t, []checkedCase{
		// a friend coming along, then her workshops after "hun"
		{blindCase: blindCase{body: "hej jeg vil gerne komme til workshop 3 og min veninde Fatma vil også med hun vil på 3 og 4\nmvh Ida",
			from: "Ida Holm", status: "complete", want: "Ida Holm:3/-; Fatma:3/4"}},
		{blindCase: blindCase{body: "hej jeg vil gerne på 3 og min veninde fatma vil også med hun vil på 3 og 4\nmvh Ida",
			from: "Ida Holm", status: "complete", want: "Ida Holm:3/-; Fatma:3/4"}},
		{blindCase: blindCase{body: "hej vil gerne på 3 og min søster Amina skal også med hun vil på 4\nmvh Ida",
			from: "Ida Holm", status: "complete", want: "Ida Holm:3/-; Amina:4/-"}},
		{blindCase: blindCase{body: "Hi I would like workshop 2 and my friend Sara wants 1\nBest Ida",
			from: "Ida Holm", status: "complete", want: "Ida Holm:2/-; Sara:1/-"}},
		{blindCase: blindCase{body: "hi i want workshop 2 my friend Sara wants 1 and 3\nIda",
			from: "Ida Holm", status: "complete", want: "Ida Holm:2/-; Sara:1/3"}},
		// a relative who stays home, run on with nothing, "og", "men"
		{blindCase: blindCase{body: "jeg vil gerne på 2 og 4 min mand skal arbejde\nmvh Ida",
			from: "Ida Holm", status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "jeg vil gerne på 2 og 4 og min mand skal arbejde\nmvh Ida",
			from: "Ida Holm", status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "jeg vil gerne på 2 og 4 men min mand skal arbejde\nmvh Ida",
			from: "Ida Holm", status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "jeg vil gerne deltage på workshop 2 men min mand kan desværre ikke\nmvh Ida",
			from: "Ida Holm", status: "complete", want: "Ida Holm:2/-"}},
		{blindCase: blindCase{body: "Hi I would like workshop 2 and 4 my husband has to work\nBest Ida",
			from: "Ida Holm", status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "i want 2 and 4 and my husband has to work\nIda",
			from: "Ida Holm", status: "complete", want: "Ida Holm:2/4"}},
		// the same with a comma or a full stop
		{blindCase: blindCase{body: "jeg vil gerne på 2 og 4, min mand skal arbejde\nmvh Ida",
			from: "Ida Holm", status: "complete", want: "Ida Holm:2/4"}},
		{blindCase: blindCase{body: "jeg vil gerne på 2 og 4. min mand skal arbejde\nmvh Ida",
			from: "Ida Holm", status: "complete", want: "Ida Holm:2/4"}},
		// near-misses: a relative who comes stays one to ask about
		{blindCase: blindCase{body: "jeg vil gerne på 2 og 4 min mand skal også med\nmvh Ida",
			from: "Ida Holm", status: "incomplete", missing: []string{"name", "workshop"}}},
		{blindCase: blindCase{body: "jeg vil gerne på 2 og 4 og min mand følger med\nmvh Ida",
			from: "Ida Holm", status: "incomplete", missing: []string{"name", "workshop"}}},
		{blindCase: blindCase{body: "jeg vil på 2 og 4 og min mand kommer også\nmvh Ida",
			from: "Ida Holm", status: "incomplete", missing: []string{"name", "workshop"}}},
		{blindCase: blindCase{body: "jeg vil gerne på 1 og min mand vil på 3\nmvh Ida",
			from: "Ida Holm", status: "incomplete", want: "Ida Holm:1/-; :3/-", missing: []string{"name"}}},
		{blindCase: blindCase{body: "i want 2 and 4 my husband is coming too\nIda",
			from: "Ida Holm", status: "incomplete", missing: []string{"name", "workshop"}}},
		// "han"/"hun" goes on about the relative before
		{blindCase: blindCase{body: "jeg vil gerne på 2 og 4 min søn hjælper mig han vil også med\nmvh Ida",
			from: "Ida Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "i want 2 and 4 my daughter writes for me she is coming too\nIda",
			from: "Ida Holm", notStatus: "complete"}},
		// near-misses: people listed together are not split
		{blindCase: blindCase{body: "jeg og min mand vil gerne på 2\nmvh Ida",
			from: "Ida Holm", status: "incomplete", want: "Ida Holm:2/-; :2/-", missing: []string{"name"}}},
		{blindCase: blindCase{body: "min mand og jeg vil gerne på 2\nmvh Ida",
			from: "Ida Holm", status: "incomplete", want: "Ida Holm:2/-; :2/-", missing: []string{"name"}}},
		{blindCase: blindCase{body: "jeg vil gerne på workshop 2 sammen med min mand\nmvh Ida",
			from: "Ida Holm", notStatus: "complete"}},
		{blindCase: blindCase{body: "jeg og min veninde Fatma vil gerne på 3\nmvh Ida",
			from: "Ida Holm", status: "complete", want: "Ida Holm:3/-; Fatma:3/-"}},
		// English "men" is people
		{blindCase: blindCase{body: "Hi, we are registering for workshop 2. There will be 3 men from the board.\nBest Ida",
			from: "Ida Holm", notStatus: "complete"}},
	})
}
