package parser

import (
	"testing"
)

// The kinds of mail a ninth look at unseen mail showed the reader wrong
// on, each in several wordings of our own, through Parse with the gate.

// 2. Workshops named by their place in the invitation's list: "den tredje
// på listen", "nummer to på listen", "den sidste", "den øverste". An
// ordinal names a workshop only beside a list or workshop word.
func TestChoicesByListPosition(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage.\nWorkshop: den tredje på listen, og så den første hvis der ikke er plads.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/1"},
		{body: "Hej\nJeg vil gerne deltage i nummer to på listen, ellers den sidste.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/4"},
		{body: "Hej\nJeg tilmelder mig den øverste workshop, og som anden prioritet den nederste.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:1/4"},
		{body: "Hej\nJeg vil gerne i den sidste workshop på listen og ellers nummer to på listen.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:4/2"},
		{body: "Hi\nI would like to attend: the third one on the list, otherwise the first.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:3/1"},
		{body: "Hi\nPlease sign me up for the fourth workshop on the list, otherwise the first.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:4/1"},
		// "second" is also a priority's word: which it is, staff tell
		{body: "Hi\nPlease sign me up for the last workshop on the list, or the second one.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", notStatus: "complete"},
		// an ordinal without a list or workshop word is a date or a count
		{body: "Hej\nJeg vil gerne deltage den første oktober, workshop 2.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-"},
		{body: "Hej\nJeg kommer for første gang og vil gerne i workshop 2.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:2/-"},
		{body: "Hej\nDet er første gang jeg deltager. Jeg tager workshop 3, og den første hvis der ikke er plads.\nMvh Ida Holm",
			status: "complete", want: "Ida Holm:3/1"},
		{body: "Hi\nThis is the first time I attend. I'd like workshop 2.\nAnn Fox",
			from: "Ann Fox", subject: "Registration", status: "complete", want: "Ann Fox:2/-"},
	})
}
