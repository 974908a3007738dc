package parser

import (
	"slices"
	"strings"
)

// nameFoodCuts returns where each person's part of clause c starts when c
// pairs people with their food, each name right before what she eats
// ("Kost: Ida vegetar, Tom glutenfri", "mig vegetar, Tom ingen", "Diet:
// Ida vegetarian, Tom none"), or after it in brackets ("vegetar (Ida),
// ingen (Tom)"): at each such pair but the first. Two pairs at least, or
// one after food said before it ("Jeg er vegetar, Tom glutenfri"); nil
// otherwise, as for "Ida og Tom vegetar", which is the food of both.
func (rd *reader) nameFoodCuts(c clause) []int {
	t := rd.own
	if !rd.foodIn(c.a, c.b) || !strings.ContainsAny(t.fold[c.a:c.b], ",&;") && !strings.Contains(t.fold[c.a:c.b], " og ") &&
		!strings.Contains(t.fold[c.a:c.b], " and ") {
		return nil
	}
	var cuts []int
	paired := 0
	pair := func(at int) {
		paired++
		if at > c.a && pairJoined(t, at) {
			cuts = append(cuts, at)
		}
	}
	ms := rd.ps.mentions(t, c.a, c.b, false)
	for k, m := range ms {
		if rd.foodRightAfter(m.b, c.b) {
			pair(joinedStart(t, ms[:k], m.a)) // "Tom og Sara vegetarer": both
		} else if at := rd.foodBeforeParen(c.a, m.a, m.b); at >= 0 {
			pair(at)
		}
	}
	for i := t.tokenAt(c.a); i < len(t.toks) && t.toks[i].b <= c.b; i++ {
		if pairSelf[t.toks[i].s] && rd.foodRightAfter(t.toks[i].b, c.b) {
			pair(t.toks[i].a) // "mig vegetar"
		}
	}
	slices.Sort(cuts)
	if paired < 2 && (len(cuts) == 0 || !rd.foodIn(c.a, cuts[0])) {
		return nil
	}
	return cuts
}

// joinedStart returns where the run of names joined by "og", "and" or "&"
// that ends with the one at a starts; before holds the names before it.
func joinedStart(t *text, before []mention, a int) int {
	for k := len(before) - 1; k >= 0; k-- {
		i := t.tokenAt(a)
		if i == 0 || !andWords[t.toks[i-1].s] || before[k].b != t.toks[i-1].a && strings.TrimSpace(t.fold[before[k].b:t.toks[i-1].a]) != "" {
			break
		}
		a = before[k].a
	}
	return a
}

// foodIn reports a diet read in fold[a:b].
func (rd *reader) foodIn(a, b int) bool {
	for _, h := range rd.own.dietHits() {
		if h.a >= a && h.a < b {
			return true
		}
	}
	return false
}

// foodRightAfter reports food, or a word for none, as the next word after
// offset b (a colon or a dash between allowed), before end.
func (rd *reader) foodRightAfter(b, end int) bool {
	t := rd.own
	i := t.tokenAt(b)
	if i >= len(t.toks) || t.toks[i].a >= end || strings.Trim(t.fold[b:t.toks[i].a], " :-") != "" {
		return false
	}
	if pairNone[t.toks[i].s] {
		return true
	}
	for _, h := range t.phrasesIn(dietWords, t.toks[i].a, end) {
		if h.a == 0 {
			return true
		}
	}
	return false
}

// foodBeforeParen returns where the food starts that stands right before
// the name in fold[a:b] in brackets ("vegetar (Ida)"), from start on; -1
// if none does.
func (rd *reader) foodBeforeParen(start, a, b int) int {
	t := rd.own
	i := t.tokenAt(a) - 1
	if i < 0 || t.toks[i].a < start || strings.TrimSpace(t.fold[t.toks[i].b:a]) != "(" || !strings.HasPrefix(t.fold[b:], ")") {
		return -1
	}
	if pairNone[t.toks[i].s] {
		return t.toks[i].a
	}
	for _, h := range t.phrasesIn(dietWords, start, t.toks[i].b) {
		if start+h.b == t.toks[i].b {
			return start + h.a
		}
	}
	return -1
}

// pairJoined: the word before offset a joins a pair to the one before it
// (", Tom ...", "og Tom ..."), or ends the label before the first.
func pairJoined(t *text, a int) bool {
	i := t.tokenAt(a)
	if i == 0 {
		return false
	}
	// "vegetar (Ida), ingen (Tom)": a bracket may close the pair before;
	// "Kost: mig vegetar": the label is cut off, so that "mig" opens hers
	if g := strings.Trim(t.gap(i-1, i), " )"); g == "," || g == ";" || g == "&" || g == ":" {
		return true
	}
	return andWords[t.toks[i-1].s]
}

// pairSelf: the sender's word for herself in a pair ("mig vegetar").
var pairSelf = wordSet([]string{"mig", "jeg", "me", "myself"})

// pairNone: a word that says a person of a pair needs nothing ("Tom
// ingen").
var pairNone = wordSet(daPairNone, enPairNone)

// daPairNone / enPairNone: a word right after a name in a list of people
// and their food that says she needs nothing ("Kost: Ida vegetar, Tom
// ingen").
var (
	daPairNone = []string{"ingen", "intet", "ingenting", "nej", "alt", "normal", "almindelig"}
	enPairNone = []string{"none", "nothing", "no", "normal", "regular", "everything"}
)
