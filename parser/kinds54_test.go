package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a fifty-fourth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// I (wrong incomplete). An English order to sign up that lists someone
// and then the sender ("Please sign up my husband, Per Holm, and me for
// 1 and 2"): the choices are both of theirs, so the sender is not asked
// for a workshop. The particle of "sign up" and a long name before "and
// me" or "and myself" are part of the order.
func TestSignUpPartnerThenSelf(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hi\n\nPlease sign up my husband, Jonas Vang, and me for workshop 1 and 2.\n\nBest regards\nLea Vang",
			from: "Lea Vang", status: "complete", want: "Lea Vang:1/2; Jonas Vang:1/2"}},
		{blindCase: blindCase{body: "Hi\nPlease sign up my husband, Jonas Vang, and myself for workshops 3 and 4.\nThanks, Lea Vang",
			from: "Lea Vang", status: "complete", want: "Lea Vang:3/4; Jonas Vang:3/4"}},
		{blindCase: blindCase{body: "Hello\nCould you sign up my colleague, Anders Juul Berg, and me for workshop 2 and then 1?\nKind regards\nLea Vang",
			from: "Lea Vang", status: "complete", want: "Lea Vang:2/1; Anders Juul Berg:2/1"}},
		{blindCase: blindCase{body: "Hi\nPlease sign up my sister Maja Vang and me for health and then jobs.\nLea Vang",
			from: "Lea Vang", status: "complete", want: "Lea Vang:2/4; Maja Vang:2/4"}},
		{blindCase: blindCase{body: "Hej\nVil I tilmelde min mand, Jonas Vang, og mig til workshop 1 og 2.\nMvh Lea Vang",
			from: "Lea Vang", status: "complete", want: "Lea Vang:1/2; Jonas Vang:1/2"}},
		// near-misses: the husband alone, and the sender with choices of her own
		{blindCase: blindCase{body: "Hi\nPlease sign up my husband, Jonas Vang, for workshop 1 and 2.\nBest, Lea Vang",
			from: "Lea Vang", status: "complete", want: "Jonas Vang:1/2"}},
		{blindCase: blindCase{body: "Hi\nPlease sign up my husband, Jonas Vang, for workshop 1 and 2. I will come too, but I would like workshop 3.\nBest, Lea Vang",
			from: "Lea Vang", status: "complete", want: "Lea Vang:3/-; Jonas Vang:1/2"}},
		{blindCase: blindCase{body: "Hi\nPlease sign up my daughter, Sara Vang, and her friend Lina Berg for workshop 2 and 3.\nBest, Lea Vang",
			from: "Lea Vang", status: "complete", want: "Sara Vang:2/3; Lina Berg:2/3"}},
	})
}

var _ = tilmeld.IntentRegister
