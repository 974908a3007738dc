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
	prev := -1 // where the last workshop's name ended
	for k, r := range refs {
		if r.kind != byName {
			continue
		}
		ls := lineStartFrom(t.fold, r.a-lineLook, r.a)
		at := -1
		if d := priorityMark(t.fold[ls:r.a]); d >= 0 {
			at = ls + d
		} else if prev >= ls {
			at = markAfterName(t.fold, prev, r.a)
		}
		prev = r.b
		if at < 0 {
			continue
		}
		n := int(t.fold[at] - '0')
		if named[n] < 0 {
			named[n], digit[n] = k, at
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

// inlineRankMark reports a "1." or "2." that marks a priority inside a
// person's line rather than ending a sentence ("Serkan Ö. – 1.
// Beskæftigelse 2. Naboskab"): a 1 after a colon, a comma or a dash, or
// a 2 later on a line that holds such a 1 before it.
func inlineRankMark(fold string, tk token) bool {
	if tk.num < 1 || tk.num > 2 || tk.b >= len(fold) || fold[tk.b] != '.' {
		return false
	}
	ls := lineStartFrom(fold, tk.a-lineLook, tk.a)
	if tk.num == 1 {
		return priorityMark(fold[ls:tk.b+1]) >= 0 && strings.TrimSpace(fold[ls:tk.a]) != ""
	}
	line := fold[ls:tk.a]
	for k := strings.Index(line, "1."); k >= 0; {
		if priorityMark(line[:k+2]) >= 0 && strings.TrimSpace(line[:k]) != "" && strings.TrimSpace(line[k+2:]) != "" {
			return true
		}
		n := strings.Index(line[k+2:], "1.")
		if n < 0 {
			break
		}
		k += 2 + n
	}
	return false
}

// markAfterName returns where the digit of a "2." stands that follows a
// workshop's name at prev on the same line, commas and blanks between
// ("1. Beskæftigelse 2. Naboskab"), before the name at a; -1 when none.
func markAfterName(fold string, prev, a int) int {
	s := fold[prev:a]
	d := priorityMark(s)
	if d < 0 || s[d] != '2' || strings.Trim(s[:d], " \t,") != "" {
		return -1
	}
	return prev + d
}

// rankBeforeTitle: tk is an inline priority mark with a workshop's name
// of refs right after it ("– 1. Beskæftigelse 2. Naboskab"): it ranks
// that name and is no workshop of its own.
func rankBeforeTitle(fold string, refs []ref, tk token) bool {
	if !inlineRankMark(fold, tk) {
		return false
	}
	next := tk.b + 1 + len(fold[tk.b+1:]) - len(strings.TrimLeft(fold[tk.b+1:], " \t"))
	for _, r := range refs {
		if r.kind == byName && r.a == next {
			return true
		}
	}
	return false
}

// asRank reports token i as the rank of a choice after "som" or "as",
// "nr."/"nummer"/"no."/"den" between allowed ("1 som anden", "som nr. 2
// workshop 3", "as no. 2, workshop 4"): the order of a choice, not a
// workshop. "Jeg vil gerne på nr. 2" has no "som" and names workshop 2.
func asRank(t *text, i int) bool {
	j := i - 1
	for k := 0; k < 2 && j >= 0 && rankNumberWords[t.toks[j].s]; k++ {
		j-- // "som den anden", "som nr. 2"
	}
	return j >= 0 && j < i && rankAs[t.toks[j].s] && t.toks[j].line == t.toks[i].line
}

var (
	rankNumberWords = wordSet([]string{"nr", "nummer", "no", "den", "the"})
	rankAs          = wordSet([]string{"som", "as"})
)
