package parser

import (
	"testing"

	"tilmeld"
)

// Misreadings left by earlier rounds (fourth pass), each probed in several
// wordings of our own and with near-misses that must not change.

// A bare choice of the writer's own ("Workshop 2.") before a relative's
// wish to come that names its own workshop, or that comes "også", is
// hers: she comes, the relative besides. A relative's wish alone, or one
// before the bare choice, still signs up the relative only.
func TestOwnBareChoiceBeforeKinWish(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Workshop 2. Min søster Sara Berg vil også gerne med på workshop 4.\nMvh Ida Holm", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/-; Sara Berg:4/-"},
		{body: "Workshop 2.\nMin søster Sara Berg vil også gerne med på workshop 4.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-; Sara Berg:4/-"},
		{body: "Workshop 2. Min søster Sara Berg vil gerne med på workshop 4.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-; Sara Berg:4/-"},
		{body: "Sundhed. Min søster Sara Berg vil gerne med på job.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-; Sara Berg:4/-"},
		{body: "Workshop 1 og 3. Min bror Ali Demir kommer gerne på 2.\nMvh Ida Holm", status: "complete", want: "Ida Holm:1/3; Ali Demir:2/-"},
		{body: "Workshop 2. My sister Sara Berg would love to come to workshop 4.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/-; Sara Berg:4/-"},
		// the relative's own workshop unsaid: asked for, the writer kept
		{body: "Workshop 2. Min søster Sara Berg vil også gerne med.\nMvh Ida Holm", status: "incomplete", missing: []string{"workshop"}, want: "Ida Holm:2/-; Sara Berg:-/-"},
		{body: "Workshop 2. Min søster vil også gerne med på workshop 4.\nMvh Ida Holm", status: "incomplete", missing: []string{"name"}, want: "Ida Holm:2/-; :4/-"},
		// already right: "jeg", or another verb of wishing
		{body: "Jeg vil gerne på workshop 2. Min søster Sara Berg vil også gerne med på workshop 4.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/-; Sara Berg:4/-"},
		{body: "Workshop 3.\nMin mand Tom Holm vil gerne på workshop 1.\nMvh Ida Holm", status: "complete", want: "Ida Holm:3/-; Tom Holm:1/-"},
		// near-misses: the relative's wish alone, or first, signs her up alone
		{body: "Min bror Ali Demir kommer gerne på 2.\nMvh Ida Holm", status: "complete", want: "Ali Demir:2/-"},
		{body: "Min mor Eva Berg vil gerne med. Workshop 2 og 4.\nMvh Ida Holm", status: "complete", want: "Eva Berg:2/4"},
		{body: "Min farmor Eva Holm vil rigtig gerne med den 29. Workshop 3.\nMvh Ida Holm", status: "complete", want: "Eva Holm:3/-"},
		{body: "My aunt Sara Berg would love to come, workshop 4.\nIda Holm", subject: "Meeting", status: "complete", want: "Sara Berg:4/-"},
	})
}
