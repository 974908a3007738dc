package parser

import "strings"

// signedVerbs are the verbs of a told phrase that says what the sender
// signed up for or attended ("jeg meldte mig på 4", "undertegnede
// tilmeldte sig", "I signed up for"), not which priority it was.
var signedVerbs = wordSet(daSignedVerbs, enSignedVerbs)

// toldSignedUp reports that each workshop a told phrase gives up for a
// change is the one thing the sender says she signed up for: one
// workshop, no priority named, no other workshop before the change
// ("Undertegnede meldte sig i forrige uge på workshop 4. Ret det, så jeg
// i stedet er på 2"). With no receipt to go by, that was her choice, and
// the new one takes its place as her first.
func (rd *reader) toldSignedUp() bool {
	t := rd.own
	gs := toldGivenUp(t)
	for _, g := range gs {
		if !signedPhrase(t, g.h) || !rd.toldAlone(g.s, t.toks[g.i].b, rd.givenUp(g.h[1])) {
			return false
		}
	}
	return len(gs) > 0
}

// signedPhrase reports a verb of signing up among the words of hit h.
func signedPhrase(t *text, h []int) bool {
	for k := t.tokenAt(h[0]); k < len(t.toks) && t.toks[k].a < h[1]; k++ {
		if signedVerbs[t.toks[k].s] {
			return true
		}
	}
	return false
}

// toldAlone reports a sentence s that names no priority and, from offset
// a to the change it asks for (or its end), no workshop but the old one
// ("workshop 4 om beskæftigelse").
func (rd *reader) toldAlone(s sentence, a, old int) bool {
	t := rd.own
	end := s.b
	if hs := t.within(toldChange, a, s.b); len(hs) > 0 {
		end = hs[0][0]
	}
	for k := t.tokenAt(s.a); k < len(t.toks) && t.toks[k].a < s.b; k++ {
		tk := &t.toks[k]
		if rankWords[tk.s] || ordinalWord(tk) && !timeAfter(t, k) || strings.HasSuffix(tk.s, "valg") || strings.HasPrefix(tk.s, "prio") {
			return false
		}
		if tk.a < a || tk.a >= end {
			continue
		}
		if tk.num > 0 && tk.num != old && rd.ev.Workshop(tk.num) != nil {
			return false
		}
		if n, ws := rd.cat.matchAt(t, k, len(t.toks)); n > 0 && ws != old {
			return false
		}
	}
	return true
}

// spans of time an ordinal may count ("i sidste uge", "last year").
var timeSpans = wordSet([]string{"uge", "aar", "maaned", "gang", "week", "year", "month", "time"})

// timeAfter reports a span of time right after token k: "sidste" in "i
// sidste uge" tells when, it ranks no workshop.
func timeAfter(t *text, k int) bool {
	return k+1 < len(t.toks) && timeSpans[t.toks[k+1].s]
}

// toldSingle reports the number at token i told as the old choice alone
// ("jeg tilmeldte mig til workshop 3, men ..."), not one of a pair ("jeg
// er tilmeldt 1 og 2"), which leaves unsaid what the new one replaces.
func toldSingle(t *text, s sentence, i int) bool {
	for k := max(0, i-2); k < len(t.toks) && k <= i+2; k++ {
		if k != i && t.toks[k].num > 0 {
			return false
		}
	}
	return isToldOld(t, s, ref{a: t.toks[i].a, b: t.toks[i].b})
}
