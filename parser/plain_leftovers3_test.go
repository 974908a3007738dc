package parser

import (
	"testing"

	"tilmeld"
)

// Misreadings left by earlier rounds, each probed in several wordings of
// our own and with near-misses that must not change.

// A sender who says she may not come ("jeg kommer måske ikke", "vi kommer
// nok ikke", "I probably won't come") withdraws maybe: a cancellation for
// staff, not a registration to ask about nor a clear cancellation. Coming
// late is not one, and a plain "kan ikke komme" is a clear cancellation.
func TestMaybeNotComing(t *testing.T) {
	maybe := func(body, subject string) blindCase {
		return blindCase{body: body, subject: subject, intent: tilmeld.IntentCancel, status: "review"}
	}
	runBlind(t, []blindCase{
		maybe("Jeg kommer måske ikke", ""),
		maybe("Hej\nJeg kommer måske ikke alligevel.\nMvh Ida", ""),
		maybe("Jeg kommer nok ikke alligevel.", ""),
		maybe("Vi kommer måske ikke, min søn er syg.", ""),
		maybe("Måske kommer jeg ikke alligevel.", ""),
		maybe("Jeg kan måske ikke komme.", ""),
		maybe("Jeg kan muligvis ikke komme på tirsdag.", ""),
		maybe("Det er muligt at jeg ikke kan komme alligevel.", ""),
		maybe("I may not come after all", "Meeting"),
		maybe("Hi, I might not be able to come after all. Ida", "Meeting"),
		maybe("I probably won't come.", "Meeting"),
		maybe("I probably can't make it on Tuesday.", "Meeting"),
		maybe("Maybe I can't come after all.", "Meeting"),
		// near-misses: a clear withdrawal, coming late, someone else
		{body: "Jeg kan ikke komme alligevel.", intent: tilmeld.IntentCancel, status: "complete"},
		{body: "Jeg kommer desværre ikke.", intent: tilmeld.IntentCancel, status: "complete"},
		{body: "I can't come after all.", subject: "Meeting", intent: tilmeld.IntentCancel, status: "complete"},
		{body: "Jeg kan nok ikke nå det til kl 16.30.", notStatus: "complete"},
		{body: "Jeg kommer måske ikke til tiden.", notStatus: "complete"},
		{body: "I might not be there on time.", subject: "Meeting", notStatus: "complete"},
		{body: "Min mand kommer måske ikke.", notStatus: "complete"},
		{body: "Workshop 2 og 4. Jeg kommer nok lidt senere.", status: "complete", want: "Ida Holm:2/4"},
	})
}
