package parser

import "strings"

// typedWorkshopAt reports the number at token i written after a typed
// short form of "workshop": "w/s 4", a workshop word with an arrow or a
// bracket between ("workshop -> 4", "workshop (2)", "ws [3]"), or a "#"
// right before it where a number of a list or a wish stands ("#2 og #4",
// "gerne #3"), not a house's ("opgang #2").
func typedWorkshopAt(t *text, from, i int) bool {
	if i-1 < from && (t.toks[i].a == 0 || t.fold[t.toks[i].a-1] != '#') {
		return false
	}
	if i-1 >= from {
		g := t.gap(i-1, i)
		if workshopWords[t.toks[i-1].s] && arrowGap(g) {
			return true
		}
		if i-2 >= from && t.toks[i-1].s == "s" && t.toks[i-2].s == "w" && t.gap(i-2, i-1) == "/" && (looseGap(g) || arrowGap(g)) {
			return true // "w/s 4"
		}
	}
	return hashNumberAt(t, from, i)
}

// hashNumberAt: "#" right before the number at token i, with nothing or a
// joining word before it ("#2 og #4", "alternatively #3", "gerne #3"), and
// the clause's end or another choice after it: "#1: sundhed", "min #1 er
// 3", "#1 Uddannelse" rank what follows.
func hashNumberAt(t *text, from, i int) bool {
	a := t.toks[i].a
	if a == 0 || t.fold[a-1] != '#' || len(t.toks[i].s) != 1 {
		return false
	}
	if g := strings.TrimLeft(t.fold[t.toks[i].b:], " "); g != "" && g[0] == ':' ||
		!clauseEnds(g) && i+1 < len(t.toks) && !connectors[t.toks[i+1].s] && !fillers[t.toks[i+1].s] && !asWords[t.toks[i+1].s] {
		return false
	}
	if i-1 < from {
		return true
	}
	g, w := t.gap(i-1, i), t.toks[i-1].s
	if strings.ContainsAny(g, ",:;(!?\n") || strings.Contains(g, ". ") && !abbreviations[w] { // not "afd. #3"
		return true
	}
	return connectors[w] || fillers[w] || wishNumbers[w] || hashLeads[w] || weakSecondWord[w] || t.toks[i-1].num > 0
}

// hashLeads may stand before "#" and a workshop's number ("på #2").
var hashLeads = wordSet([]string{"paa", "til", "for", "in", "on", "ellers", "otherwise", "alternatively", "alternativt"})

// weakSecondWord are one-word weak seconds ("evt #3").
var weakSecondWord = wordSet([]string{"evt", "eventuelt", "subsidiaert"})
