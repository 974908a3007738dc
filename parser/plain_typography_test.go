package parser

import (
	"testing"

	"tilmeld"
)

// How people type workshop numbers and priorities beyond "workshop 2" and
// "1 og 3": short forms, signs, brackets, marks and copied titles, each
// through Parse with the gate.

// A title copied with its number kept ("2. Sundhed & trivsel") is that
// workshop, no 2nd priority; a list of them gives the order of its lines.
// Where the same lines read as priorities give the other order, staff
// decide; a number that is not the title's own stays a priority.
func TestCopiedTitlesKeepNumbers(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage i\n2. Sundhed & trivsel\n4. Beskæftigelse & opkvalificering\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne deltage i:\n4. Beskæftigelse & opkvalificering\n2. Sundhed & trivsel\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/2"},
		{body: "Hej\nJeg vil gerne deltage i\n3. Uddannelse & livschancer\n1. Naboskab, netværk & tryghed\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/1"},
		{body: "Hej\nJeg vil gerne deltage i\n2. Sundhed & trivsel\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Hej\nTilmelding til:\n3) Uddannelse og livschancer\n4) Beskæftigelse og opkvalificering\nVenlig hilsen\nIda Holm",
			status: "complete", want: "Ida Holm:3/4"},
		{body: "Hi\nI'd like to sign up for\n2. Sundhed & trivsel\n3. Uddannelse & livschancer\nBest, Ida Holm", subject: "Meeting",
			status: "complete", want: "Ida Holm:2/3"},
		// both readings agree
		{body: "Hej\nJeg vil gerne deltage i\n1. Naboskab, netværk & tryghed\n2. Sundhed & trivsel\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/2"},
		// falling numbers that could be priorities: not the reader's to choose
		{body: "Hej\nJeg vil gerne deltage i\n2. Sundhed & trivsel\n1. Naboskab, netværk & tryghed\nMvh Ida Holm", status: "review"},
		// numbers that are not the titles' own are priorities, as before
		{body: "Hej\nJeg vil gerne deltage i\n1. Sundhed & trivsel\n2. Naboskab, netværk & tryghed\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/1"},
		{body: "Hej\nJeg vil gerne deltage i\n1) Uddannelse\n2) Sundhed\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/2"},
		{body: "Hej\nJeg vil gerne deltage i\n2. Sundhed\n1. Uddannelse\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/2"},
	})
}
