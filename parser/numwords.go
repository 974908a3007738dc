package parser

import (
	"strings"
	"unicode/utf8"
)

// wordNumberRefs finds workshops whose number is written as a word right
// after a workshop word or a priority's label: "workshop nummer fire",
// "nr. tre", "workshop three", "workshop II og IV", "1. prioritet: to", "my
// first choice is four". A word that is also another word ("to", "en")
// must end its clause or be followed by a connector or "som"/"as", so that
// "change my workshop to 3" and "workshop en gang til" are no numbers; an
// address ("Hyldevej nr. to") is none either. A number's nickname
// ("toeren", "firen") is a workshop wherever it stands, as "2'eren" is.
func (c *catalog) wordNumberRefs(t *text, from, to int) []ref {
	var out []ref
	for i := from; i < to; i++ {
		if !t.toks[i].is(classReferWord) { // in none of them: most tokens
			continue
		}
		if n, ok := numberNicknames[t.toks[i].s]; ok {
			if c.numbers[n] && (i == from || !nicknameNot[t.toks[i-1].s]) {
				out = append(out, ref{ws: n, kind: byNumber, i: i, j: i + 1, a: t.toks[i].a, b: t.toks[i].b})
			}
			continue
		}
		n, ok := numberWords[t.toks[i].s]
		if !ok || !c.numbers[n] { // a word naming no workshop is likelier a count
			continue
		}
		if i == from { // a sentence's first word: "Fire er mit første valg"
			if rankedBare(t, i+1, to) {
				out = append(out, ref{ws: n, kind: byNumber, i: i, j: i + 1, a: t.toks[i].a, b: t.toks[i].b})
			}
			continue
		}
		if rankNumberAt(t, out, i) { // "tre er nummer et for mig": the rank, not a workshop
			continue
		}
		chained := len(out) > 0 && out[len(out)-1].j == i-1 && connectors[t.toks[i-1].s] || // "workshop to og tre"
			len(out) > 0 && out[len(out)-1].j == i-2 && connectors[t.toks[i-2].s] && thenWords[t.toks[i-1].s] || // "to og så fire"
			rankChained(t, out, i) || // "fire er mit første og to mit andet"
			romanOneBefore(t, from, i) >= 0 // "workshop I og III": the "I" is read with it
		named := workshopWords[t.toks[i-1].s] && looseGap(t.gap(i-1, i)) &&
			!(t.toks[i-1].s == "no" && !strings.Contains(t.gap(i-1, i), ".")) && // "no one" is nobody
			!placeNumberAt(t, i-1, from) // "jeg er nummer to i køen"
		// "1. prioritet: fire", "my second choice is two"
		labelled := priorityLabels[t.toks[i-1].s] && strings.Contains(t.gap(i-1, i), ":") ||
			i >= from+2 && isWords[t.toks[i-1].s] && (priorityLabels[t.toks[i-2].s] || ordinalLabels[t.toks[i-2].s]) && t.gap(i-1, i) == " "
		bare := !named && !chained && !labelled && rankedBare(t, i+1, to) && clauseStart(t, i)
		if !named && !chained && !labelled && !bare || i >= from+2 && priorityAs[t.toks[i-2].s] { // "workshop 3 som nummer to" is a rank
			continue
		}
		if i > from+1 && houseNumberAt(t, i) {
			continue
		}
		if free := (named || chained) && t.toks[i-1].s != "no" && !wordOrNumber[t.toks[i].s]; !free && i+1 < to && !connectors[t.toks[i+1].s] && !asWords[t.toks[i+1].s] && !clauseEnds(t.fold[t.toks[i].b:]) &&
			!onListAt(t.fold[t.toks[i].b:]) && // "nummer to på listen"
			!rankFollows(t, i+1, to) && // "nummer to først", "workshop to er mit andet"
			!signOffAt(t, i+1) && // "workshop to og fire mvh ida"
			!(fillers[t.toks[i+1].s] && clauseEnds(t.fold[t.toks[i+1].b:])) { // "workshop four please."
			continue
		}
		if k := romanOneBefore(t, from, i); k >= 0 { // "workshop I og III"
			out = append(out, ref{ws: 1, kind: byNumber, i: k, j: k + 1, a: t.toks[k].a, b: t.toks[k].b})
		}
		out = append(out, ref{ws: n, kind: byNumber, i: i, j: i + 1, a: t.toks[i].a, b: t.toks[i].b})
		if k := romanOneAfter(t, i, to); k >= 0 { // "workshop III og I"
			out = append(out, ref{ws: 1, kind: byNumber, i: k, j: k + 1, a: t.toks[k].a, b: t.toks[k].b})
			i = k
		}
	}
	return out
}

// numberNicknames are the numbers' nicknames ("toeren", "firen"): "the
// two", as "2'eren" writes it with the digit.
var numberNicknames = map[string]int{"eneren": 1, "etteren": 1, "toeren": 2, "treeren": 3, "fireren": 4, "firen": 4}

// nicknameNot: before a nickname these make it a bus or a line, no workshop.
var nicknameNot = wordSet([]string{"bus", "bussen", "linje", "linie", "s-tog"})

// romanNumbers are the Roman numerals of the workshops after the first,
// read as number words ("workshop II og IV"); "I" is also a word, and is
// read only beside one of them (romanOneBefore, romanOneAfter).
var romanNumbers = map[string]int{"ii": 2, "iii": 3, "iv": 4}

// romanOneBefore returns the token of a capital "I" that a connector joins
// to the Roman numeral at token i, right after a workshop word ("workshop
// I og III"); -1 when there is none.
func romanOneBefore(t *text, from, i int) int {
	if _, ok := romanNumbers[t.toks[i].s]; !ok || i-3 < from {
		return -1
	}
	k := i - 2
	if t.toks[k].s != "i" || !t.toks[k].cap || !connectors[t.toks[i-1].s] || !workshopWords[t.toks[k-1].s] || !looseGap(t.gap(k-1, k)) {
		return -1
	}
	return k
}

// romanOneAfter returns the token of a capital "I" that a connector joins
// to the Roman numeral at token i and that ends the clause, or only a
// polite word follows ("workshop III og I.", "Workshop III and I
// please"); -1 when there is none.
func romanOneAfter(t *text, i, to int) int {
	if _, ok := romanNumbers[t.toks[i].s]; !ok || i+2 >= to {
		return -1
	}
	k := i + 2
	if t.toks[k].s != "i" || !t.toks[k].cap || !connectors[t.toks[i+1].s] {
		return -1
	}
	if end := t.fold[t.toks[k].b:]; !clauseEnds(end) && !(k+1 < to && fillers[t.toks[k+1].s] && clauseEnds(t.fold[t.toks[k+1].b:])) {
		return -1 // "workshop III og I tak" ends with its polite word
	}
	return k
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
var numberWords = numberTable(enNumberWords, daNumberWords, romanNumbers)

// thenWords stand between a connector and the next number of a list.
var thenWords = wordSet(daThenWords, enThenWords)

// asWords may follow a workshop's number: "workshop fire som 1. prioritet".
var asWords = wordSet([]string{"som", "as", "ellers", "otherwise", "alternativt"})

// priorityLabels name a priority before its workshop ("1. prioritet: fire");
// isWords join them ("min 2. prioritet er to").
var (
	priorityLabels = wordSet([]string{"prioritet", "prio", "valg", "priority", "choice", "pick"})
	// "my second is two", "mit andet er tre": the ordinal stands for its noun
	ordinalLabels = wordSet([]string{"foerste", "andet", "anden", "first", "second"})
	isWords       = wordSet([]string{"er", "is"})
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

// rankFollows reports a rank said of the number word before token i:
// "først", "first", "øverst", "derefter" right after it, or after "er",
// "is", "står", "skal være", "kommer" with at most "mit", "min", "my"
// between ("to er mit andet", "fire står øverst", "tre er nummer et").
func rankFollows(t *text, i, to int) bool {
	_, ok := rankAfter(t, i, to)
	return ok
}

// rankedBare reports a number word with no workshop word before it that a
// rank after it makes a workshop: "Fire er mit første valg", "to først";
// not "første gang".
func rankedBare(t *text, i, to int) bool {
	k, ok := rankAfter(t, i, to)
	return ok && strongRanks[t.toks[k].s] && !(k+1 < to && numTimesWords[t.toks[k+1].s])
}

// rankAfter finds the rank word of rankFollows, at most four words on.
func rankAfter(t *text, i, to int) (int, bool) {
	for k := i; k < min(to, i+4); k++ {
		w := t.toks[k].s
		if k > i && strings.ContainsAny(t.gap(k-1, k), ".,;!?\n") {
			return 0, false
		}
		if rankAfterWords[w] || k > i && w == "nummer" && k+1 < to && numberWords[t.toks[k+1].s] > 0 {
			return k, true
		}
		if !numRankLinks[w] {
			return 0, false
		}
	}
	return 0, false
}

// rankNumberAt reports the number word at i that ranks the workshop just
// before it: "tre er nummer et", "four is number one".
func rankNumberAt(t *text, out []ref, i int) bool {
	return i >= 3 && len(out) > 0 && out[len(out)-1].j == i-2 && isWords[t.toks[i-2].s] && (t.toks[i-1].s == "nummer" || t.toks[i-1].s == "number")
}

// rankChained reports a number word joined by "og", "så", "and", "then"
// to the last one read, with only its rank between: "fire er mit første
// og to mit andet", "fire står øverst hos mig, og to kommer derefter".
func rankChained(t *text, out []ref, i int) bool {
	if len(out) == 0 || !connectors[t.toks[i-1].s] && !thenWords[t.toks[i-1].s] || out[len(out)-1].j >= i-1 {
		return false
	}
	ranked := false
	for k := out[len(out)-1].j; k < i-1; k++ {
		w := t.toks[k].s
		switch {
		case rankAfterWords[w]:
			ranked = true
		case numberWords[w] > 0 && t.toks[k-1].s != "nummer" && t.toks[k-1].s != "number":
			return false
		case numberWords[w] > 0:
			ranked = true // "nummer et"
		case !numRankLinks[w] && !numRankFillers[w] && !connectors[w]:
			return false
		}
	}
	return ranked
}

// clauseStart reports token i opening its clause: after a comma, "og",
// "så", or the sentence's start.
func clauseStart(t *text, i int) bool {
	return strings.ContainsAny(t.gap(i-1, i), ",;:") || connectors[t.toks[i-1].s] || thenWords[t.toks[i-1].s]
}

// rankAfterWords give the rank of the number before them; numRankLinks
// may stand between ("fire skal være mit første"); strongRanks are those
// that make a bare number word a workshop; numRankFillers may follow a rank
// before the next number ("står øverst hos mig, og to ...").
var (
	rankAfterWords = wordSet([]string{"foerst", "foerste", "andet", "anden", "oeverst", "derefter", "bagefter", "first", "second", "then"})
	numRankLinks   = wordSet([]string{"er", "is", "staar", "skal", "vaere", "kommer", "mit", "min", "my", "som", "as"})
	strongRanks    = wordSet([]string{"foerst", "foerste", "andet", "anden", "oeverst", "first", "second"})
	numRankFillers = wordSet([]string{"valg", "prioritet", "oenske", "choice", "priority", "pick", "hos", "mig", "for", "to", "me", "nummer", "number", "et", "en", "one", "two"})
	numTimesWords  = wordSet([]string{"gang", "time", "gangs"})
)
