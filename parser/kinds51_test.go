package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a fifty-first look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// B (wrong complete: 1st and 2nd swapped). "som (den) første gang", "as
// the first time" after a pair is a time phrase, no rank: the pair keeps
// its written order. Real rank words still rank.
func TestFirstTimeIsNoRank(t *testing.T) {
	reg := tilmeld.IntentRegister
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\nJeg vil gerne have Sundhed og Job som første gang.\nMvh Lone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:2/4"}},
		{blindCase: blindCase{body: "Skriv mig på 1 og 3 som den første gang, og jeg er vegetar.\nLone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:1/3"}, diets: "Lone Berg=vegetarian"},
		{blindCase: blindCase{body: "Workshop 4 og 1 som første gang jeg skrev, tak.\nLone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:4/1"}},
		{blindCase: blindCase{body: "Hej igen\nVi tager uddannelse og tryghed, som sidste år og som første gang vi var med.\nHilsen Lone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:3/1"}},
		{blindCase: blindCase{body: "Hi\nI would like workshops 2 and 4 as the first time.\nBest, Lone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:2/4"}},
		{blindCase: blindCase{body: "Hello, I would like Education and Jobs, as the first time I came.\nLone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:3/4"}},
		// near-misses: real rank words, an order said after the pair, a first time said apart
		{blindCase: blindCase{body: "Workshop 3 som første og 1 som anden.\nLone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:3/1"}},
		{blindCase: blindCase{body: "Jeg vil gerne på 2 og 4, helst 4.\nLone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:4/2"}},
		{blindCase: blindCase{body: "Det er første gang jeg er med: workshop 1 og 2.\nLone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:1/2"}},
		{blindCase: blindCase{body: "Workshops 1 and 3, with 3 as my first choice.\nLone Berg", from: "Lone Berg", intent: reg, status: "complete", want: "Lone Berg:3/1"}},
	})
}
