package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail an eleventh look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// 3. An ordinal that places a workshop in the invitation's list, with the
// rank it gets after it: "den tredje workshop på listen som min 1.
// prioritet" is workshop 3 as the 1st choice, not workshop 1.
func TestOrdinalPlaceThenRank(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage. Jeg vælger den tredje workshop på listen som min 1. prioritet og den første på listen som min 2. prioritet.\nMvh Ida Holm",
			intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:3/1"},
		{body: "Hej\nJeg vil gerne deltage. Jeg tager den fjerde som nummer et og den anden som nummer to.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/2"},
		{body: "Hej\nJeg vil gerne deltage. Jeg tager den fjerde workshop som nummer et og den anden workshop som nummer to.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/2"},
		{body: "Hej\nJeg kommer gerne. Den anden på listen som 1. prioritet, den fjerde på listen som 2. prioritet.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
		{body: "Hi\nI would like to attend. I choose the third one on the list as my first choice and the first one on the list as my second choice.\nBest, Ida Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:3/1"},
		{body: "Hi\nI'd like to come. The fourth workshop as my 1st choice and the second workshop as my 2nd choice.\nIda Holm",
			subject: "Registration", status: "complete", want: "Ida Holm:4/2"},
	})
}
