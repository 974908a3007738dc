package parser

import (
	"testing"

	"tilmeld"
)

// Bare workshop numbers after a verb of taking part: "deltage i 2 og 4",
// "tilmelde mig 1 og 3", "join 2 and 4" give the choices as "gerne 2 og 4"
// does; after a count or a time they stay numbers.
func TestNumbersAfterTakingPart(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne deltage i 2 og 4.\nIda Holm, 20304050", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg vil gerne tilmelde mig 3 og 1.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:3/1"},
		{body: "Jeg vil gerne tilmelde mig til 2 og 4.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg vil gerne tilmeldes 1 og 2.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:1/2"},
		{body: "Tilmeld mig og min mand Tom til 2 og 4.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/4; Tom:2/4"},
		{body: "Jeg vil gerne tilmelde mig og min søn Ali Holm til workshop 3 og 1.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:3/1; Ali Holm:3/1"},
		{body: "I want to join 2 and 4.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "I would like to attend 3 and 1.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:3/1"},
		{body: "I am signing up for 2 and 4.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "Please sign up me and my husband Tom for 2 and 4.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:2/4; Tom:2/4"},
		{body: "Please sign up me and my husband Tom, both for 2 and 4.\nIda Holm, 20304050", subject: "Meeting", status: "complete", want: "Ida Holm:2/4; Tom:2/4"},
		// a time or a school class after the numbers is none of them
		{body: "Vi kommer begge til 2 og 4 tiden.\nIda Holm, 20304050", notStatus: "complete"},
		{body: "Jeg kommer ved 4 tiden, workshop 2.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/-"},
		{body: "Jeg vil gerne deltage i 2 timer, så går jeg. Workshop sundhed.\nIda Holm, 20304050", status: "complete", want: "Ida Holm:2/-"},
	})
}
