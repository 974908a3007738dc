package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a thirty-ninth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// keptUpdate39 is an answer to the receipt from Ida Holm.
func keptUpdate39(body string, status, want string) checkedCase {
	return checkedCase{blindCase: blindCase{body: body, subject: "Re: Tilmelding modtaget", headers: replyHeaders,
		intent: tilmeld.IntentUpdate, status: status, want: want}, asks: "no"}
}

// E (wrong complete, needless review). An update changes one priority and
// says the other stays in words of its own ("can remain my second", "leave
// education as my second", "må gerne blive stående", "beholder jeg som
// andetvalg"): the kept workshop is no change, so it is left out (null),
// and a "?" ends the "instead of" before the next sentence's workshop.
func TestKeptChoiceClause(t *testing.T) {
	runChecked(t, []checkedCase{
		keptUpdate39("Hi\nCould you change my first choice to jobs instead of health? Neighbourhood can remain my second.\nThanks, Ida Holm", "complete", "Ida Holm:4/-"),
		keptUpdate39("Hi\nI'd like to change my first choice to workshop 4. Workshop 2 can stay as my second.\nThanks, Ida Holm", "complete", "Ida Holm:4/-"),
		keptUpdate39("Hi\nPlease move my first choice from health to employment, and leave education as my second.\nIda Holm", "complete", "Ida Holm:4/-"),
		keptUpdate39("Hi, please put me on employment instead of safety as my first choice; keep health as my second.\nIda Holm", "complete", "Ida Holm:4/-"),
		keptUpdate39("Hello\nPlease make jobs my first choice instead of health. No change to my second choice (education).\nIda Holm", "complete", "Ida Holm:4/-"),
		keptUpdate39("Hej\nKan I ændre mit førstevalg til job i stedet for sundhed? Tryghed må gerne blive stående som mit andet valg.\nMvh Ida Holm", "complete", "Ida Holm:4/-"),
		keptUpdate39("Hej\nMit førstevalg skal være job i stedet for sundhed. Tryghed beholder jeg som andetvalg.\nMvh Ida Holm", "complete", "Ida Holm:4/-"),
		keptUpdate39("Hej\nJeg vil gerne skifte mit førstevalg fra sundhed til uddannelse. Naboskab beholder jeg som mit andet valg.\nIda Holm", "complete", "Ida Holm:3/-"),
		keptUpdate39("Hej, kan I ændre min første prioritet til uddannelse? Lad sundhed blive som andetvalg.\nIda Holm", "complete", "Ida Holm:3/-"),
		keptUpdate39("Hej, mit førstevalg skal være job og ikke tryghed. Ingen ændring af mit andetvalg (sundhed).\nIda Holm", "complete", "Ida Holm:4/-"),
		// near-misses: the kept one is the 1st, the 2nd changes
		keptUpdate39("Hi\nEducation can stay as my first choice, but please change my second to health.\nIda Holm", "complete", "Ida Holm:-/2"),
		keptUpdate39("Hej\nUddannelse må gerne forblive mit førstevalg, men skift mit andetvalg til sundhed.\nIda Holm", "complete", "Ida Holm:-/2"),
		// a change of the 2nd is no restatement
		keptUpdate39("Hi\nMake education my second choice instead of health.\nIda Holm", "complete", "Ida Holm:-/3"),
		// "ellers beholder jeg min plads" is still a condition
		{blindCase: blindCase{body: "Hej\nJeg vil gerne over i workshop 1, ellers beholder jeg min plads.\nIda Holm", subject: "Re: Tilmelding modtaget",
			headers: replyHeaders, notStatus: "complete"}},
		// "keep me on the list" keeps no workshop
		{blindCase: blindCase{body: "Hi\nKeep me on the list, but make education my second.\nIda Holm", subject: "Re: Tilmelding modtaget",
			headers: replyHeaders, notStatus: "complete"}},
	})
}
