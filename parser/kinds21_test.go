package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a twenty-first look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A. A pronoun before a name ("Mig Dorota K., jeg vil komme") introduces
// the name and is no part of it: a name tag holds no pronoun.
func TestPronounBeforeNameIsNoName(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej.\n\nMig Dorota K., jeg vil komme på møde 29 september.\nWorkshop sundhed og naboskab.\nJeg spise ikke svin.\n22 41 57 09\n",
			from: "Dorota K", status: "complete", intent: tilmeld.IntentRegister, want: "Dorota K:2/1"}, diets: "Dorota K=no_pork", phone: "+4522415709"},
		{blindCase: blindCase{body: "Hej\n\nMig Tran Thi L. Jeg vil gerne komme. Workshop 3 og 4.\n\nTak",
			from: "Tran Thi L", status: "complete", want: "Tran Thi L:3/4"}},
		{blindCase: blindCase{body: "Goddag\n\nJeg Marek P., vil gerne med på workshop uddannelse og beskæftigelse. Jeg er vegetar.\n",
			from: "Marek P", status: "complete", want: "Marek P:3/4"}, diets: "Marek P=vegetarian"},
		{blindCase: blindCase{body: "Hello\n\nMe Ivana R., I want come to meeting. Workshop 2 and 1.\n",
			from: "Ivana R", subject: "Registration", status: "complete", want: "Ivana R:2/1"}},
	})
}
