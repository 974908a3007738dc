package parser

import (
	"slices"
	"strings"
)

// toldOld tells the sender's old choice as background to a change she
// asks for after it: "Min 1. prioritet var Job. Kan I lave den om til
// Sundhed?", "Jeg havde sat Job som førstevalg. Ret det til Uddannelse",
// "I signed up with Jobs as my top choice. Please swap that for
// Education". The workshop right after the phrase is the one given up, no
// choice; the receipt she answers says which priority the new one takes
// (insteadOne). toldChange is the change asked for; toldKept a clause that
// keeps the old one ("og den skal blive"), which then is no change at all.
var (
	toldOld    = table(daToldOld, enToldOld, daWasRegistered, enWasRegistered)
	toldChange = table(daToldChange, enToldChange)
	toldKept   = table(daToldKept, enToldKept, daKeptClause, enKeptClause)
)

// toldOldRef reports whether r, in sentence s of t, is the workshop a
// toldOld phrase tells as the old choice, a change being asked for after
// it in the same sentence or the next two. given says that the change
// replaces it: false when its own sentence keeps it.
func toldOldRef(t *text, s sentence, r ref) (old, given bool) {
	hit := false
	for _, h := range t.within(toldOld, s.a, r.a) {
		if tokensBetween(t, h[1], r.a) <= 3 && !strings.ContainsAny(t.fold[h[1]:r.a], ",;:") {
			hit = true
		}
	}
	if !hit {
		return false, false
	}
	asked := t.has(toldChange, r.b, s.b)
	ss := t.sents()
	k, _ := slices.BinarySearchFunc(ss, s.b, func(x sentence, b int) int { return x.a - b })
	for n := k; !asked && n < len(ss) && n < k+2; n++ {
		asked = t.has(toldChange, ss[n].a, ss[n].b)
	}
	if !asked {
		return false, false
	}
	return true, !t.has(toldKept, r.b, s.b)
}

// toldOldFrom returns, for each toldOld phrase whose workshop is given up
// for a change, the offset the workshop starts from (for givenUp).
func (rd *reader) toldOldFrom() []int {
	var out []int
	for _, g := range toldGivenUp(rd.own) {
		out = append(out, g.h[1])
	}
	return out
}

// toldGiven is a toldOld phrase h in sentence s whose workshop, at token
// i, is given up for a change (toldOldRef).
type toldGiven struct {
	s sentence
	h []int
	i int
}

// toldGivenUp returns the toldOld phrases of t whose workshop is given up
// for a change, in the order of t.
func toldGivenUp(t *text) []toldGiven {
	if len(t.all(toldOld)) == 0 {
		return nil
	}
	var out []toldGiven
	for _, s := range t.sents() {
		for _, h := range t.within(toldOld, s.a, s.b) {
			i := t.tokenAt(h[1])
			for i < len(t.toks) && t.toks[i].a < s.b && t.toks[i].is(classSkipBeforeRef) {
				i++
			}
			if i >= len(t.toks) || t.toks[i].a >= s.b {
				continue
			}
			if old, given := toldOldRef(t, s, ref{a: t.toks[i].a, b: t.toks[i].b}); old && given {
				out = append(out, toldGiven{s: s, h: h, i: i})
			}
		}
	}
	return out
}
