package parser

import (
	"testing"

	"tilmeld"
)

// Short mail typed on a phone by residents who rarely write e-mail, a
// second look: small letters, no æøå, numbers as words, emoji, phone
// footers, nicknames and a spouse's account on the From line, loose phone
// numbers. Each through Parse with the gate.

// A number word chained to another after a workshop word ("nummer to og
// tre") is the workshop wherever the sentence goes on, as the first one is
// ("workshop fire med min mand"): the 3 was lost when the diet followed
// without a stop. "to" and "en" still need the clause to end.
func TestChainedNumberWordRunsOn(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "jeg vil gerne nummer to og tre jeg spiser ikke svinekod", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm=no_pork"},
		{body: "jeg vil gerne workshop to og tre jeg spiser ikke svin", status: "complete", want: "Ida Holm:2/3", diet: "Ida Holm=no_pork"},
		{body: "hej nr to og fire\nida holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "workshop tre og saa fire jeg er vegetar", status: "complete", want: "Ida Holm:3/4", diet: "Ida Holm=vegetarian"},
		{body: "workshop three and four i dont eat pork", subject: "Meeting", status: "complete", want: "Ida Holm:3/4", diet: "Ida Holm=no_pork"},
		// already right: digits, and words that end the line
		{body: "jeg vil gerne nr 2 og 3 jeg spiser ikke svinekod", status: "complete", want: "Ida Holm:2/3"},
		{body: "hej\njeg vil gerne med\nworkshop to og fire\nida", status: "complete", want: "Ida Holm:2/4"},
		{body: "jeg vil gerne nummer to og tre tak", status: "complete", want: "Ida Holm:2/3"},
		{body: "workshop 2+4\n\nSendt fra min iPhone", status: "complete", want: "Ida Holm:2/4"},
		{body: "hej vil gerne deltage i nr 2 og saa 4 mvh ida holm", from: "Ida", status: "complete", want: "Ida Holm:2/4"},
		// "to" chained is still a word that needs its clause to end
		{body: "workshop 3 og to af mine naboer kommer ogsaa\nida holm", notStatus: "complete"},
	})
}
