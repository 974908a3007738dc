package parser

import (
	"regexp"
	"strings"
)

// priorityMark is "1." or "2." right before a workshop's name, after a line
// start, a colon, a comma or a dash: "Amina: 1. Beskæftigelse, 2. Sundhed".
var priorityMark = regexp.MustCompile(`(?:^|[\n:,\-])[ \t]*([12])\.[ \t]*$`)

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
		m := priorityMark.FindStringSubmatchIndex(t.fold[ls:r.a])
		if m == nil {
			continue
		}
		n := int(t.fold[ls+m[2]] - '0')
		if named[n] < 0 {
			named[n], digit[n] = k, ls+m[2]
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
