package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail an eighth look at unseen mail showed the reader wrong
// on, each in several wordings of our own, through Parse with the gate.

// 3. Leaving the choice to the organisers: staff place her.
func TestLeaveChoiceToOrganisers(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage. Sæt mig bare på den workshop, hvor der er mest brug for folk – det er lige meget for mig.\nMvh Ida Holm",
			status: "review"},
		{body: "Hej\nJeg kommer gerne. I kan placere mig, hvor der mangler folk.\nMvh Ida Holm",
			status: "review"},
		{body: "Hej\nTilmelding: I må sætte mig, hvor der er plads.\nMvh Ida Holm",
			status: "review"},
		{body: "Hej\nJeg vil gerne være med og er ligeglad med hvilken workshop. Placer mig hvor I vil.\nMvh Ida Holm",
			status: "review"},
		{body: "Hi\nI'd like to attend. Put me in whichever workshop needs people.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "review"},
		{body: "Hi\nPlease sign me up. Place me wherever you need people most.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "review"},
	})
}

// 4. A tentative cancellation: she may not come but stays registered; staff
// answer, the registration is not withdrawn.
func TestTentativeCancel(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg er måske forhindret den 29. på grund af arbejde. Jeg ved det først på fredag. Lad mig stå på listen indtil videre.\nMvh Ida Holm",
			status: "review", intent: tilmeld.IntentCancel},
		{body: "Hej\nJeg er muligvis forhindret i at komme. Jeg giver besked så snart jeg ved det.\nMvh Ida Holm",
			status: "review", intent: tilmeld.IntentCancel},
		{body: "Hej\nJeg kan blive nødt til at melde fra, men jeg ved det først i næste uge. Behold mig på listen indtil videre.\nMvh Ida Holm",
			status: "review", intent: tilmeld.IntentCancel},
		{body: "Hej\nJeg kan måske ikke komme alligevel. Jeg vender tilbage.\nMvh Ida Holm",
			status: "review", intent: tilmeld.IntentCancel},
		{body: "Hi\nI might not make it on the 29th. I will know on Friday. Please keep me on the list for now.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "review", intent: tilmeld.IntentCancel},
		{body: "Hi\nI may have to cancel, but I won't know until next week.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "review", intent: tilmeld.IntentCancel},
	})
}
