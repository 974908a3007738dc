package parser

import (
	"regexp"
	"strings"
)

// pairOnly is a listed person's two choices, joined by "+", "/" or a
// word. A "/" pair is of two workshop numbers, so that a date ("29/9",
// "12/10") is none.
const pairOnly = `[1-9]\s*(?:\+|\s(?:og|and|&)\s)\s*[1-9]|[1-4]\s?/\s?[1-4]`

// pairNote is the rest of a list line after a name that is such a pair,
// maybe with a note after it: "1/4 - spiser ikke svinekød", "2+3
// (vegetar)", "(2 og 1) vegetar". Group 1 or 2 is where the note starts.
var pairNote = regexp.MustCompile(`^\.?\s*(?:` + pairPhone + `)?(?:` + pairOnly + `)\s*(?:$|[-,;(]\s*(\S))|^\(\s*(?:` + pairOnly + `)\s*\)\s*[-,;]?\s*(\pL)`)

// pairNoteLine is a whole line of a name and such a pair (choicePairLine
// with a note after the pair, or "/" between).
var pairNoteLine = regexp.MustCompile(`^\s*(?:[-*•]\s*)?\pL[\pL.' -]*\pL\.?\s+(?:` + pairPhone + `)?(?:` + pairOnly + `)\s*(?:$|[-,;(]\s*(\S))`)

// notedPair reports fold[a:b], the rest of a list line after a name or a
// whole line with it (re tells which), that holds the person's two
// choices and, if anything after them, her food: "Ahmed Farah 1/4 -
// spiser ikke svinekød", "Henrik Lau 2+3 (vegetar)". The first number is
// her first choice and the food is hers alone. A note that is no food
// ("Karen Olsen (1 og 2) og Jens Olsen vil gerne deltage") is another
// sentence, not her line.
func notedPair(t *text, re *regexp.Regexp, a, b int) bool {
	f := t.fold[a:b]
	if b-a > 160 || !pairBytes(f) {
		return false // a list line is short and holds a pair
	}
	m := re.FindStringSubmatchIndex(f)
	if m == nil {
		return false
	}
	for g := 2; g+1 < len(m); g += 2 {
		if m[g] >= 0 {
			return len(readDiet(t, a+m[g], b)) > 0
		}
	}
	return strings.IndexByte(f, '/') >= 0 // "Lise Krogh 3/1": "+" and "og" pairs are choicePair's
}

// ownLineEnd returns where p's listed line ends when it holds offset at
// and ends before b ("Karen Ebbe (2 og 1) vegetar": the food after her
// bracket is hers too), else at.
func (ps *people) ownLineEnd(p *person, at, b int) int {
	for _, s := range ps.lines {
		if s.p == p && at >= s.a && at < s.b && s.b <= b {
			return s.b
		}
	}
	return at
}

// restEnd returns where the line ln ends before its trailing white space,
// as the trimmed rest of a list line does.
func restEnd(t *text, ln [2]int) int {
	return ln[0] + len(strings.TrimRight(t.fold[ln[0]:ln[1]], " \t\r\n\f\v"))
}

// pairBytes reports two digits 1-9 in f joined as pairOnly joins them
// ("3/1", "2 + 3", "4 og 2"): what notedPair's expressions need, found
// without running them.
func pairBytes(f string) bool {
	for i := 0; i+2 < len(f); i++ {
		if f[i] < '1' || f[i] > '9' || i > 0 && isDigit(f[i-1]) {
			continue
		}
		j := skipBlanks(f, i+1)
		switch {
		case j < len(f) && (f[j] == '/' || f[j] == '+'):
			j = skipBlanks(f, j+1)
		case strings.HasPrefix(f[j:], "og ") || strings.HasPrefix(f[j:], "& "):
			j = skipBlanks(f, j+2)
		case strings.HasPrefix(f[j:], "and "):
			j = skipBlanks(f, j+3)
		default:
			continue
		}
		if j < len(f) && f[j] >= '1' && f[j] <= '9' && (j+1 == len(f) || !isDigit(f[j+1])) {
			return true
		}
	}
	return false
}
