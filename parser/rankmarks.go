package parser

import (
	"slices"
	"strings"
)

// priorityMark returns where the digit of a "1." or "2." stands that ends
// s, after its start, a colon, a comma or a dash, blanks around (what
// `(?:^|[\n:,\-])[ \t]*([12])\.[ \t]*$` finds, read from the end: it
// runs before every workshop's name); -1 when none does. s is the text
// before a workshop's name: "Amina: 1. Beskæftigelse, 2. Sundhed".
func priorityMark(s string) int {
	e := len(strings.TrimRight(s, " \t"))
	if e < 2 || s[e-1] != '.' || s[e-2] != '1' && s[e-2] != '2' {
		return -1
	}
	if b := len(strings.TrimRight(s[:e-2], " \t")); b > 0 && !strings.ContainsRune("\n:,-", rune(s[b-1])) {
		return -1
	}
	return e - 2
}

// rankMarks reads "1." and "2." before workshop names in one line as the
// two priorities, not as workshops 1 and 2. Both marks must stand, 1 before
// 2, so that "workshop 1. Sundhed ..." keeps its number.
func rankMarks(t *text, refs []ref) []ref {
	var named [3]int // index in refs of the name marked as priority n
	var digit [3]int // where the mark's digit stands in the folded text
	named[1], named[2] = -1, -1
	for k, r := range refs {
		if r.kind != byName {
			continue
		}
		ls := strings.LastIndexByte(t.fold[:r.a], '\n') + 1
		d := priorityMark(t.fold[ls:r.a])
		if d < 0 {
			continue
		}
		n := int(t.fold[ls+d] - '0')
		if named[n] < 0 {
			named[n], digit[n] = k, ls+d
		}
	}
	if named[1] < 0 || named[2] < 0 || named[1] > named[2] {
		return refs
	}
	refs[named[1]].rank, refs[named[2]].rank = 1, 2
	out := refs[:0]
	for _, r := range refs {
		if r.kind == byNumber && (r.a == digit[1] || r.a == digit[2]) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// markAfterColon reports a 1 or 2 right after a colon or a comma, as the
// priority marks of a person's line stand ("Amina: 1. Beskæftigelse, 2.
// Sundhed").
func markAfterColon(fold string, tk token) bool {
	if tk.num < 1 || tk.num > 2 {
		return false
	}
	before := strings.TrimRight(fold[:tk.a], " \t")
	return strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",")
}

// parenRankAfter returns the priority a mark in brackets right after
// position b gives ("trivsel (1)", "3 (første)", "job (2nd)") and where
// the mark ends; 0 when none stands there.
func parenRankAfter(fold string, b int) (rank, end int) {
	rest := strings.TrimLeft(fold[b:], " \t")
	if !strings.HasPrefix(rest, "(") {
		return 0, 0
	}
	inner, _, ok := strings.Cut(rest[1:min(len(rest), 16)], ")")
	if !ok {
		return 0, 0
	}
	rank = parenRanks[strings.TrimSpace(inner)]
	return rank, len(fold) - len(rest) + len(inner) + 2
}

// parenRanks are the marks of priority that stand alone in brackets.
var parenRanks = map[string]int{"1": 1, "1.": 1, "2": 2, "2.": 2, "1st": 1, "2nd": 2,
	"foerste": 1, "anden": 2, "andet": 2, "first": 1, "second": 2}

// rankParenMarks reads "(1)" and "(2)" right after two workshops as their
// priorities ("trivsel (1), job (2)"): both marks must stand, on two
// workshops, and their digits are no workshops.
func rankParenMarks(t *text, refs []ref) []ref {
	var named [3]int // index in refs of the workshop marked as priority n
	var span [3][2]int
	named[1], named[2] = -1, -1
	for k, r := range refs {
		n, end := parenRankAfter(t.fold, r.b)
		if n == 0 || named[n] >= 0 {
			continue
		}
		named[n], span[n] = k, [2]int{r.b, end}
	}
	if named[1] < 0 || named[2] < 0 || refs[named[1]].ws == refs[named[2]].ws {
		return refs
	}
	refs[named[1]].rank, refs[named[2]].rank = 1, 2
	return slices.DeleteFunc(refs, func(r ref) bool {
		return r.kind == byNumber && (span[1][0] < r.a && r.b < span[1][1] || span[2][0] < r.a && r.b < span[2][1])
	})
}

// inParenRank reports a token inside the bracketed priority after one of
// refs ("trivsel (1)": the 1 is a priority, not workshop 1).
func inParenRank(t *text, refs []ref, tk token) bool {
	return slices.ContainsFunc(refs, func(r ref) bool {
		n, end := parenRankAfter(t.fold, r.b)
		return n > 0 && r.b < tk.a && tk.b < end
	})
}
