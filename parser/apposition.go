package parser

import (
	"slices"
	"strings"
)

// selfWordsBefore name the sender right before her name in apposition
// ("mig selv, Ruth K.", "myself, Rachel O.").
var selfWordsBefore = wordSet([]string{"selv", "mig", "jeg", "myself", "me"})

// selfApposition reports a name at token i that stands after a comma or
// in brackets right behind the sender's own word ("mig, Ruth K.", "mig
// selv (Ruth K.)"), or behind the particle of a verb she signs up with
// ("sign me up, Ruth K.", "skriv mig op, Ruth K."): her name, however it
// is shortened.
func selfApposition(t *text, i int) bool {
	if i == 0 {
		return false
	}
	if g := strings.TrimSpace(t.gap(i-1, i)); g != "," && g != "(" {
		return false
	}
	w := t.toks[i-1].s
	return selfWordsBefore[w] || selfParticles[w] && i > 1 && selfWordsBefore[t.toks[i-2].s] && t.gap(i-2, i-1) == " "
}

// selfParticles end a verb of signing up after the sender's own word
// ("sign me up", "skriv mig op", "sæt mig på").
var selfParticles = wordSet([]string{"up", "op", "paa", "in"})

// clippedFormOf reports a name the sender signs or shows herself by that
// is a short form of the full name she gives in apposition to her own
// word ("mig, Kristoffer Mølgaard" over "Hilsen Kris"): a word of it cut
// short ("Kris", "Sunda"), its end ("Grethe" of "Margrethe"), or a
// nickname of its letters in order from the first ("Bente" of
// "Benedikte"); a second word is an initial or a cut of another word
// ("Sunda P.").
func clippedFormOf(short, full string) bool {
	ws, wf := nameWords(short), nameWords(full)
	if len(ws) == 0 || len(ws) > 2 || len(wf) < 2 || len(wf) <= len(ws) && slices.Equal(ws, wf) {
		return false
	}
	for k, y := range wf {
		if !clipOf(ws[0], y) {
			continue
		}
		if len(ws) == 1 {
			return true
		}
		for j, z := range wf {
			if j != k && strings.HasPrefix(z, ws[1]) {
				return true
			}
		}
	}
	return false
}

// clipOf reports x a short form of the name word y.
func clipOf(x, y string) bool {
	switch {
	case x == y:
		return true
	case len(x) >= 3 && strings.HasPrefix(y, x):
		return true
	case len(x) >= 4 && strings.HasSuffix(y, x):
		return true
	}
	if len(x) < 4 || x[0] != y[0] {
		return false
	}
	i := 0
	for j := 0; j < len(y) && i < len(x); j++ {
		if y[j] == x[i] {
			i++
		}
	}
	return i == len(x)
}

// shownClipped reports a From name that is a short form of an attendee's
// full name, of one word or with the surname as an initial ("Chris M" of
// "Christopher Miller", "Sunda P."): she shows herself by it.
func shownClipped(display, full string) bool {
	ws := nameWords(display)
	return (len(ws) == 1 || len(ws) == 2 && len(ws[1]) == 1) && clippedFormOf(display, full)
}
