package parser

import (
	"strings"
	"unicode/utf8"
)

// wordNumberRefs finds workshops whose number is written as a word right
// after a workshop word or a priority's label: "workshop nummer fire",
// "nr. tre", "workshop three", "1. prioritet: to", "my first choice is
// four". A word that is also another word ("to", "en") must end its clause
// or be followed by a connector or "som"/"as", so that "change my workshop
// to 3" and "workshop en gang til" are no numbers; an address ("Hyldevej
// nr. to") is none either.
func (c *catalog) wordNumberRefs(t *text, from, to int) []ref {
	var out []ref
	for i := from + 1; i < to; i++ {
		if !t.toks[i].is(classReferWord) { // in none of them: most tokens
			continue
		}
		n, ok := numberWords[t.toks[i].s]
		if !ok || !c.numbers[n] { // a word naming no workshop is likelier a count
			continue
		}
		chained := len(out) > 0 && out[len(out)-1].j == i-1 && connectors[t.toks[i-1].s] || // "workshop to og tre"
			len(out) > 0 && out[len(out)-1].j == i-2 && connectors[t.toks[i-2].s] && thenWords[t.toks[i-1].s] // "to og så fire"
		named := workshopWords[t.toks[i-1].s] && looseGap(t.gap(i-1, i)) &&
			!(t.toks[i-1].s == "no" && !strings.Contains(t.gap(i-1, i), ".")) // "no one" is nobody
		// "1. prioritet: fire", "my second choice is two"
		labelled := priorityLabels[t.toks[i-1].s] && strings.Contains(t.gap(i-1, i), ":") ||
			i >= from+2 && isWords[t.toks[i-1].s] && priorityLabels[t.toks[i-2].s] && t.gap(i-1, i) == " "
		if !named && !chained && !labelled || i >= from+2 && priorityAs[t.toks[i-2].s] { // "workshop 3 som nummer to" is a rank
			continue
		}
		if i > from+1 && houseNumberAt(t, i) {
			continue
		}
		if free := (named || chained) && t.toks[i-1].s != "no" && !wordOrNumber[t.toks[i].s]; !free && i+1 < to && !connectors[t.toks[i+1].s] && !asWords[t.toks[i+1].s] && !clauseEnds(t.fold[t.toks[i].b:]) &&
			!onListAt(t.fold[t.toks[i].b:]) && // "nummer to på listen"
			!signOffAt(t, i+1) && // "workshop to og fire mvh ida"
			!(fillers[t.toks[i+1].s] && clauseEnds(t.fold[t.toks[i+1].b:])) { // "workshop four please."
			continue
		}
		out = append(out, ref{ws: n, kind: byNumber, i: i, j: i + 1, a: t.toks[i].a, b: t.toks[i].b})
	}
	return out
}

// wordOrNumber are number words that are other words too ("to", "en",
// "one"): after a workshop word only these need the clause to end after
// them; "workshop fire med min mand" is workshop 4, and so is the "tre"
// of "nummer to og tre jeg spiser ikke svin".
var wordOrNumber = wordSet([]string{"en", "et", "to", "one"})

// signOffAt reports a closing at token i ("mvh", "hilsen", "best
// regards"), run into the sentence before it.
func signOffAt(t *text, i int) bool {
	ms := t.within(lex.signOff, t.toks[i].a, len(t.fold))
	return len(ms) > 0 && ms[0][0] == t.toks[i].a
}

// numberWords are daNumberWords and enNumberWords, looked up at once.
var numberWords = numberTable(enNumberWords, daNumberWords)

// thenWords stand between a connector and the next number of a list.
var thenWords = wordSet(daThenWords, enThenWords)

// asWords may follow a workshop's number: "workshop fire som 1. prioritet".
var asWords = wordSet([]string{"som", "as", "ellers", "otherwise", "alternativt"})

// priorityLabels name a priority before its workshop ("1. prioritet: fire");
// isWords join them ("min 2. prioritet er to").
var (
	priorityLabels = wordSet([]string{"prioritet", "prio", "valg", "priority", "choice"})
	isWords        = wordSet([]string{"er", "is"})
)

// onListAt reports whether rest starts with the list's cue ("på listen").
func onListAt(rest string) bool {
	rest = rest[:min(len(rest), 24)]
	// every cue opens with "p", "i" or "o" after blanks: other text is
	// passed over without running the expression
	k := 0
	for k < len(rest) && (rest[k] == ' ' || rest[k] >= '\t' && rest[k] <= '\r') {
		k++
	}
	if k == len(rest) || rest[k] < utf8.RuneSelf && rest[k] != 'p' && rest[k] != 'i' && rest[k] != 'o' {
		return false
	}
	m := listCue.FindStringIndex(rest)
	return m != nil && strings.TrimSpace(rest[:m[0]]) == ""
}
