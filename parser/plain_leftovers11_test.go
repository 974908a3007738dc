package parser

import "testing"

// A different person after a word of correction ("Anna Berg, nej Mohammed
// Ali", "Anna Berg, I mean Mohammed Ali") is the writer changing her
// mind: the second only, never both. A name corrected in spelling stays
// one person; names joined by "og" or a "nej" in a new sentence take
// nothing back.
func TestNameSubstitutedInOneBreath(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg tilmelder Anna Berg, nej undskyld, Mohammed Ali, til workshop 1 og 3.", intent: "register", status: "complete", want: "Mohammed Ali:1/3"},
		{body: "Jeg vil gerne tilmelde Anna Berg, nej Mohammed Ali, til workshop 2 og 4.", status: "complete", want: "Mohammed Ali:2/4"},
		{body: "I register Anna Berg, I mean Mohammed Ali, for workshop 2 and 4.", subject: "Meeting", status: "complete", want: "Mohammed Ali:2/4"},
		{body: "Please sign up Anna Berg, no wait, Mohammed Ali for workshop 2 and 4.", subject: "Meeting", status: "complete", want: "Mohammed Ali:2/4"},
		{body: "Tilmelding: Anna Berg, nej Mohammed Ali. Workshop 2 og 4.", notStatus: "complete"},
		{body: "Tilmelding: Anna Berg - nej, Mohammed Ali. Workshop 2 og 4.", notStatus: "complete"},
		{body: "Tilmelding: Anna Berg, undskyld jeg mener Mohammed Ali. Workshop 2 og 4.", notStatus: "complete"},
		// near-misses: two people, a misspelling, a "nej" of its own
		{body: "Jeg vil gerne tilmelde Anna Berg og Mohammed Ali til workshop 2 og 4.", notStatus: "complete"},
		{body: "Tilmelding: Anna Berg og Mohammed Ali. Workshop 2 og 4.", notStatus: "complete"},
		{body: "Jeg vil gerne tilmelde Anna Berg til workshop 2 og 4. Nej, Mohammed Ali kommer ikke.", notStatus: "complete"},
		{body: "Anna Berg nej tak. Mohammed Ali vil gerne på workshop 2 og 4.", status: "complete", want: "Mohammed Ali:2/4"},
	})
	for _, b := range []string{
		"Tilmelding: Anna Berg, nej Mohammed Ali. Workshop 2 og 4.",
		"Tilmelding: Anna Berg, nej vent, Mohammed Ali. Begge workshop 2 og 4.",
		"Tilmelding: Anna Berg, undskyld jeg mener Mohammed Ali. Workshop 2 og 4.",
		"Jeg tilmelder Anna Berg, nej undskyld, Mohammed Ali, til workshop 1 og 3.",
	} {
		r := parseMail("Ida Holm", "Tilmelding", "", b)
		for _, a := range r.Attendees {
			if a.Name == "Anna Berg" {
				t.Errorf("%q: the name taken back is read as an attendee: %s", b, choices(r))
			}
		}
	}
}

// Someone writing from a family member's account ("Mvh Sara" under Søren
// Holm) is the attendee, and the account's owner named beside her ("Søren
// og jeg") is another person: never complete with him lost.
func TestWriterOnAnothersAccount(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne på workshop 2 og 4.\nMvh Sara", from: "Søren Holm", intent: "register", status: "complete", want: "Sara:2/4"},
		{body: "Jeg vil gerne på workshop 2 og 4.\nHilsen Sara (Sørens kone)", from: "Søren Holm", status: "complete", want: "Sara:2/4"},
		{body: "Det er Sara der skriver fra min mands mail. Jeg vil gerne på workshop 2 og 4.\nSara Holm", from: "Søren Holm", status: "complete", want: "Sara Holm:2/4"},
		{body: "Jeg vil gerne på workshop 2 og 4.\nMvh Sara Jensen", from: "Søren Holm", status: "complete", want: "Sara Jensen:2/4"},
		{body: "I'd like workshop 2 and 4.\nBest, Sara", from: "Søren Holm", subject: "Meeting", status: "complete", want: "Sara:2/4"},
		{body: "Writing from my husband's email. I'd like workshop 2 and 4.\nSara Holm", from: "Søren Holm", subject: "Meeting", status: "complete", want: "Sara Holm:2/4"},
		{body: "Søren Holm og jeg vil gerne på workshop 2 og 4.\nMvh Sara", from: "Søren Holm", status: "complete", want: "Sara:2/4; Søren Holm:2/4"},
		// the owner named beside her by his first name: not complete
		// with Sara alone
		{body: "Søren og jeg vil gerne på workshop 2 og 4.\nMvh Sara", from: "Søren Holm", notStatus: "complete"},
		{body: "Søren and I would like workshop 2 and 4.\nBest, Sara", from: "Søren Holm", subject: "Meeting", notStatus: "complete"},
		{body: "Jeg og Søren vil gerne på workshop 2 og 4.\nMvh Sara", from: "Søren Holm", notStatus: "complete"},
		{body: "Vi kommer begge, Søren og jeg, workshop 2 og 4.\nMvh Sara", from: "Søren Holm", notStatus: "complete"},
		// near-misses: he signs himself; staff sign under a resident's lines
		{body: "Jeg vil gerne på workshop 2 og 4.\nMvh Søren", from: "Søren Holm", status: "complete", want: "Søren Holm:2/4"},
		{body: "Søren og jeg vil gerne på workshop 2 og 4.\nMvh Ida", notStatus: "complete"},
		{body: "Tilmelding\n\nAli Khan\nWorkshop 1 og 2\n\nHilsen\nIda Holm", status: "complete", want: "Ali Khan:1/2"},
	})
}

// Names that share a part (Lise / Lise-Lotte, Per Holm / Per Holm Jensen):
// a relative named beside the sender is never merged into her and
// completed with one of them lost.
func TestSharedNamePartsNotCompleted(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne på workshop 2 og 4. Min søster Lise-Lotte Bang kommer også, hun vil på 1 og 3.", from: "Lise Bang", notStatus: "complete"},
		{body: "Workshop 2 og 4. Min søster Lise-Lotte Bang kommer også, samme workshops.", from: "Lise Bang", notStatus: "complete"},
		{body: "Workshop 2 og 4 for mig. Min datter Anne-Mette Holm vil gerne i 1.\nMvh Anne", from: "Anne Holm", notStatus: "complete"},
		{body: "Workshop 3 og 4. Min far Per Holm Jensen kommer også, workshop 1.\nPer", from: "Per Holm", notStatus: "complete"},
		{body: "Workshop 2 og 4. Min søster Lise Bang kommer også, workshop 1.", from: "Lise-Lotte Bang", notStatus: "complete"},
		{body: "My sister Lise-Lotte Bang and I want workshop 2 and 4.", from: "Lise Bang", subject: "Meeting", notStatus: "complete"},
		// near-miss: her own fuller name in the body is hers
		{body: "Workshop 2 og 4.\nLise-Lotte Bang", from: "Lise Bang", status: "complete", want: "Lise-Lotte Bang:2/4"},
	})
}

// A greeting closed by a mark before "Name: choices" on the same line
// ("Hej. Jonas Frisk: sundhed og job") leaves the line his; a comma after
// the name may greet him, several people after one greeting or a line of
// more statements stay with staff, and a "Name:" after anything but a
// greeting is read as before.
func TestGreetingThenNamedChoices(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej. Jonas Frisk: sundhed og job", intent: "register", status: "complete", want: "Jonas Frisk:2/4"},
		{body: "Hej! Jonas Frisk – 2 og 3", status: "complete", want: "Jonas Frisk:2/3"},
		{body: "Hi, Jonas Frisk: health and jobs", subject: "Meeting", status: "complete", want: "Jonas Frisk:2/4"},
		{body: "Kære ABC. Jonas Frisk: 2 og 4.", status: "complete", want: "Jonas Frisk:2/4"},
		{body: "Hej. Jonas Frisk: workshop 2 og 4", status: "complete", want: "Jonas Frisk:2/4"},
		{body: "Goddag. Jonas Frisk: 1 og 4.", from: "Jonas Frisk", status: "complete", want: "Jonas Frisk:1/4"},
		{body: "Hej.\nIda Holm: 2 og 4\nTom Holm: 1 og 3", status: "complete", want: "Ida Holm:2/4; Tom Holm:1/3"},
		{body: "Hej. Mødet: sundhed og job", status: "complete", want: "Ida Holm:2/4"},
		// several people after one greeting, a comma that may greet him, no
		// greeting at all: never complete for the wrong one
		{body: "Hej. Ida Holm: 2 og 4. Tom Holm: 1 og 3.", notStatus: "complete"},
		{body: "Hej! Ida Holm: sundhed, job. Tom Holm: tryghed.", notStatus: "complete"},
		{body: "Hello! Ida Holm: 2 and 4. Tom Holm: 1 and 3.", subject: "Meeting", notStatus: "complete"},
		{body: "Hej, Jonas Frisk, workshop 2 og 4", notStatus: "complete"},
		{body: "Hej Jonas Frisk: sundhed og job", notStatus: "complete"},
		{body: "Tak for invitationen. Jonas Frisk: 2 og 4.", notStatus: "complete"},
		{body: "Hej. Husk: sundhed og job er mine valg", notStatus: "complete"},
	})
}
