package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a sixth blind set showed the reader wrong on, each in
// several wordings of our own, through Parse with the gate.

// 1. Several people listed, then choices per subgroup: "Jens og jeg" is
// that person and the sender, found by her signed first name; "vil gerne
// have 1 og 2" chooses; an age ("på 17") is no workshop; "Familien Holm"
// is nobody's name.
func TestSubgroupChoices(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nVi er tre: Jens Holm, Lise Holm og vores søn Mikkel Holm på 17. Jens og jeg vil gerne have 1 og 2. Mikkel vil helst sundhed og ellers uddannelse.\nMvh Lise",
			from: "Familien Holm", status: "complete", want: "Lise Holm:1/2; Jens Holm:1/2; Mikkel Holm:2/3"},
		{body: "Hej\nVi kommer tre: Jens Holm, Lise Holm og vores datter Sofie Holm på 15 år. Jens og jeg vil gerne have 3 og 4. Sofie vil helst have 2, ellers 1.\nMvh\nLise",
			from: "Familien Holm", status: "complete", want: "Lise Holm:3/4; Jens Holm:3/4; Sofie Holm:2/1"},
		{body: "Hej\nVi er tre: Ole Berg, Grete Berg og Mads Berg på 16. Mads og jeg vil gerne i workshop 4, ellers 1. Ole vil helst workshop 2 og ellers 3.\nKærlig hilsen Grete",
			from: "Familien Berg", status: "complete", want: "Grete Berg:4/1; Ole Berg:2/3; Mads Berg:4/1"},
		{body: "Hi\nThere are three of us: Jens Holm, Lise Holm and our son Mikkel Holm, 17. Jens and I would like 1 and 2. Mikkel would prefer health, otherwise education.\nBest regards\nLise",
			from: "Familien Holm", subject: "Registration", status: "complete", want: "Lise Holm:1/2; Jens Holm:1/2; Mikkel Holm:2/3"},
		{body: "Hej\nJeg vil gerne have 3 og 1.\nMvh Lise Holm", from: "Lise Holm", status: "complete", want: "Lise Holm:3/1"},
		// "have" before a count of things is no choice
		{body: "Hej\nJeg vil gerne have 2 billetter til mødet.\nMvh Lise Holm", from: "Lise Holm", notStatus: "complete"},
	})
}

// 2. Leaving the choice to the organisers ("I må bare sætte mig der, hvor
// der er bedst plads", "put me wherever there is room"): staff place them.
func TestLeftToOrganisers(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage. I må bare sætte mig der, hvor der er bedst plads.\nMvh Ida Holm",
			status: "review", intent: tilmeld.IntentRegister},
		{body: "Jeg vil gerne tilmelde mig. I bestemmer hvilken workshop.\nIda Holm", status: "review", intent: tilmeld.IntentRegister},
		{body: "Jeg kommer gerne. Det er lige meget hvilken workshop.\nIda Holm", status: "review", intent: tilmeld.IntentRegister},
		{body: "Hej. Jeg vil gerne være med til netværksmødet, men det er lige meget hvilken workshop jeg kommer på. Det må I bestemme.\nHilsen Ida",
			status: "review", intent: tilmeld.IntentRegister},
		{body: "I would like to sign up. Put me wherever there is room.\nAnn Fox", from: "Ann Fox", subject: "Registration",
			status: "review", intent: tilmeld.IntentRegister},
		{body: "Hi, I'd like to attend the meeting. I don't have a preference, so put me wherever there is space.\nAnn", from: "Ann Fox",
			subject: "Registration", status: "review", intent: tilmeld.IntentRegister},
		{body: "Hello, please count me in for the network meeting. It doesn't matter which workshop, you can put me where you need people.\nBest, Ann Fox",
			from: "Ann Fox", subject: "Registration", status: "review", intent: tilmeld.IntentRegister},
		// a first choice, and no wish beyond it, is complete
		{body: "Hej, jeg vil gerne i workshop 2, ellers er det lige meget hvilken.\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
	})
}
