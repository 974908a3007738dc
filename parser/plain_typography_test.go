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

// Short forms of "workshop" and of its number: "WS2", "ws. 3", "w/s 4",
// "nr.2", "no. 3", "#2", a number's nickname ("toeren", "2'eren"), Roman
// numerals after a workshop word, keycaps and circled digits, numbers
// stuck to the words.
func TestTypedWorkshopNumbers(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage i WS2 og WS4.\nMvh Ida Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg tilmelder mig ws. 3 og ws. 1.\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/1"},
		{body: "Hej\nJeg vil gerne på w/s 4, ellers w/s 2.\nMvh Ida Holm", status: "complete", want: "Ida Holm:4/2"},
		{body: "Hej\nTilmelding til w/s 3\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nJeg vil gerne på nr.2 og nr.3\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hej\nJeg tilmelder mig workshop nr 2 og nr 4.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hi\nI would like to join no. 3 and no. 1.\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/1"},
		{body: "Hej\nJeg vil gerne være med. #2 og #4.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne være med, #2 og #4.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på #3\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"},
		{body: "Hi\nPlease sign me up for WS #2, alternatively #3.\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hej\nJeg vil gerne deltage. Første prio: #3, anden prio: #2\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/2"},
		{body: "Hej\nJeg vil gerne på 2'eren og 4'eren.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på toeren, ellers firen.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg tager treeren.\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nToeren og firen tak.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på etteren eller treeren.\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/3"},
		{body: "Hej\nJeg vil gerne tilmelde mig workshop II og IV.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nTilmelding til workshop III\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nJeg vil gerne på workshop IV og I.\nMvh Ida Holm", status: "complete", want: "Ida Holm:4/1"},
		{body: "Hi\nWorkshops: II and IV please.\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på 2️⃣ og 4️⃣\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på workshop ② og ④.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på ❸ og ❶\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/1"},
		{body: "Hej\nJeg vil gerne på workshop2 og workshop4\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på 2og4\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på workshop 2og4\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nWS 3 tak\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"},
		// "#1" before a colon, "er" or a name ranks what follows: not a workshop
		{body: "Hej\nMin #1 er workshop 3, #2 er workshop 1.\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/1"},
		{body: "Hej\n#1: sundhed\n#2: job\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hi\nMy #1 choice is 3 and #2 is 4.\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/4"},
		// near misses: a house's, a department's, a page's, a bus's number
		{body: "Hej\nJeg vil gerne deltage, workshop 3. Jeg bor i opgang #2.\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nJeg vil gerne deltage. Vi er fra afd. #2.\nMvh Ida Holm", status: "incomplete", missing: []string{"workshop"}},
		{body: "Hej\nJeg vil gerne deltage. Jeg er #2 på ventelisten.\nMvh Ida Holm", status: "incomplete", missing: []string{"workshop"}},
		{body: "Hej\nJeg vil gerne deltage, workshop 2. Jeg tager bussen, toeren.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Hej\nJeg vil gerne deltage. Jeg kommer med linje toeren.\nMvh Ida Holm", status: "incomplete", missing: []string{"workshop"}},
		{body: "Hej\nJeg vil gerne deltage, workshop 3. Vi bor i nr.2\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"},
	})
}

// Signs and brackets around the numbers: "(2) og (4)", "[3]", "workshop
// -> 4", "2 > 4" as an order, "prio1=3", "el." and "evt." for "or".
func TestNumbersBetweenSigns(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage i workshop (2) og (4).\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne deltage i workshop [3] og [1].\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/1"},
		{body: "Hej\nJeg vil gerne deltage. Workshop -> 4\nMvh Ida Holm", status: "complete", want: "Ida Holm:4/-"},
		{body: "Hej\nJeg vil gerne deltage. Workshop 2 > 4\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne deltage. Workshop 2 > 1\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/1"},
		{body: "Hej\nJeg vil gerne deltage: ws2 > ws4\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne deltage. ws 4 > ws 2\nMvh Ida Holm", status: "complete", want: "Ida Holm:4/2"},
		{body: "Hej\nJeg vil gerne deltage. Workshop 3 → 1\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/1"},
		{body: "Hej\nJeg vil gerne deltage. 1.prio: 2, 2.prio: 4\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne deltage. prio1=3 prio2=1\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/1"},
		{body: "Hej\nJeg vil gerne deltage. prio 1 = 3, prio 2 = 1\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/1"},
		{body: "Hi\nI'd like to sign up. 1st: 4 / 2nd: 2\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:4/2"},
		{body: "Hej\nJeg tilmelder mig. 1. prioritet nr. 2, 2. prioritet nr. 1\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/1"},
		{body: "Hej\nJeg vil gerne på workshop 2 el. 3\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hej\nJeg vil gerne på workshop 1 el 4\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/4"},
		{body: "Hej\nsundhed el. job\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på workshop 2 evt. 3\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hej\nJeg vil gerne på ws 2 evt ws 3\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hej\nJeg vil gerne på workshop 2, alternativt 3\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hej\nJeg vil gerne på workshop 2 - eller 3\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi\nI'd like workshop 2 or else 4.\nBest, Ida Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne på workshop 4 og 2 - i den rækkefølge\nMvh Ida Holm", status: "complete", want: "Ida Holm:4/2"},
		{body: "Hej\nJeg vil gerne på workshop (3 eller 4)\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/4"},
		{body: "Hej\nJeg vil gerne deltage.\n(1) Sundhed\n(2) Job\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\n1.prio. 3\n2.prio. 2\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/2"},
		// three numbers in a row are no 1st and 2nd
		{body: "Hej\nJeg vil gerne på workshop 2/3/4\nMvh Ida Holm", status: "review"},
		{body: "Hi\nI'd like workshop 2/3/4, any is fine.\nBest, Ida Holm", subject: "Meeting", status: "review"},
		{body: "Hej\nJeg vil gerne deltage. Workshop 2 eller 3 eller 4.\nMvh Ida Holm", status: "review"},
		{body: "Hej\nJeg vil gerne på workshop 1, 2 og 3\nMvh Ida Holm", status: "review"},
		// near misses: a count, a time, an arrow to other words, a quote
		{body: "Hej\nJeg vil gerne på workshop 3 (2 timer er fint)\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nJeg kommer kl. 17 (2 timer). Workshop 3.\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nJeg vil gerne på workshop 3 (4 personer)\nMvh Ida Holm", notStatus: "complete"},
		{body: "Hej\nJeg vil gerne på workshop 3 > det lyder spændende\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nJeg vil gerne på workshop 2 -> vi ses 29/9\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Hej\nJeg vil gerne deltage i workshop 2 og 4 (2 er første prioritet)\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
	})
}

// Boxes ticked in a list: an empty box holds no choice, a number after a
// ticked one is one. Two ticked in a copied list (with empty boxes) give
// no order, so staff ask; lines the sender wrote with ticks keep hers.
func TestTickedBoxes(t *testing.T) {
	list := func(marks ...string) string {
		titles := []string{"Naboskab, netværk & tryghed", "Sundhed & trivsel", "Uddannelse & livschancer", "Beskæftigelse & opkvalificering"}
		s := "Hej\nJeg vil gerne deltage.\n"
		for k, m := range marks {
			s += m + " " + titles[k] + "\n"
		}
		return s + "Mvh Ida Holm"
	}
	runBlind(t, []blindCase{
		{body: list("[ ]", "[x]", "[ ]", "[ ]"), status: "complete", want: "Ida Holm:2/-"},
		{body: list("☐", "☑", "☐", "☐"), status: "complete", want: "Ida Holm:2/-"},
		{body: list("( )", "( )", "(x)", "( )"), status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nJeg vil gerne deltage.\n☑ 2\n☐ 3\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Hej\nJeg vil gerne deltage.\n☐ 1\n☒ 2\n☐ 3\n☐ 4\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Hej\nJeg vil gerne deltage.\n[ ] 1\n[x] 3\n[ ] 2\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-"},
		{body: "Hej\nJeg vil gerne deltage.\n✓ 2\n✓ 4\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg vil gerne deltage.\n✔ Sundhed & trivsel\n✔ Naboskab, netværk & tryghed\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/1"},
		// two ticked in the invitation's list: which comes first is not said
		{body: list("[ ]", "[x]", "[ ]", "[x]"), status: "review"},
		{body: list("☐", "☑", "☑", "☐"), status: "review"},
		{body: "Hej\nJeg vil gerne deltage.\n☐ 1\n☒ 2\n☐ 3\n☒ 4\nMvh Ida Holm", status: "review"},
		// a copied title with its number after an empty box is not chosen
		// (this read 2/3, complete)
		{body: "Hej\nJeg vil gerne deltage.\n[x] 2. Sundhed & trivsel\n[ ] 3. Uddannelse & livschancer\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Hej\nJeg vil gerne deltage.\n☑ Sundhed & trivsel\n☑ Beskæftigelse & opkvalificering\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/4"},
		// an empty box before other words takes nothing away
		{body: "Hej\nJeg vil gerne på workshop 2.\n☐ Jeg har brug for tolk\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-"},
	})
}
