package parser

import "strings"

// A list with boxes to tick, as people copy the invitation's list and
// mark it: a line that opens with an empty box ("☐ Sundhed & trivsel",
// "[ ] 3") holds no choice; a number right after a ticked box ("☑ 2",
// "[x] 4", "✓ 3") is one. Two ticked in such a list give no order: the
// list is the invitation's, so staff ask which comes first.

// boxOpens returns how a line opens: +1 after a ticked box, -1 after an
// empty one, 0 otherwise, and where the words after the box start.
func boxOpens(line string) (int, int) {
	s := strings.TrimLeft(line, " \t-*•")
	at := len(line) - len(s)
	for _, b := range emptyBoxes {
		if strings.HasPrefix(s, b) {
			return -1, at + len(b)
		}
	}
	for _, b := range tickedBoxes {
		if strings.HasPrefix(s, b) {
			return 1, at + len(b)
		}
	}
	return 0, 0
}

// emptyBoxes and tickedBoxes as they stand in folded text (lower case).
var (
	emptyBoxes  = []string{"☐", "□", "◻", "⬜", "[ ]", "[]", "( )"}
	tickedBoxes = []string{"☑", "☒", "✓", "✔", "✅", "✗", "✘", "[x]", "[ x ]", "[v]", "(x)"}
)

// boxLead reports whether line may open with a box (boxOpens): its first
// byte that is not white space or a bullet is '[', '(' or the first byte
// of a symbol of three. Most lines are passed by that byte alone.
func boxLead(line string) bool {
	for i := 0; i < len(line); i++ {
		switch c := line[i]; c {
		case ' ', '\t', '-', '*':
		case '[', '(', 0xe2:
			return true
		default:
			return false
		}
	}
	return false
}

// emptyBoxLines returns the spans of the lines that open with an empty box.
func emptyBoxLines(t *text) [][2]int {
	var out [][2]int
	forLines(t.fold, func(a, b int) {
		if !boxLead(t.fold[a:b]) {
			return
		}
		if k, _ := boxOpens(t.fold[a:b]); k < 0 {
			out = append(out, [2]int{a, b})
		}
	})
	return out
}

// forLines calls f with the start and end of each line of s.
func forLines(s string, f func(a, b int)) {
	for at := 0; at < len(s); {
		end := strings.IndexByte(s[at:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += at
		}
		f(at, end)
		at = end + 1
	}
}

// tickedAt reports the number at token i right after a ticked box that
// opens its line ("☑ 2", "[x] 4").
func tickedAt(t *text, i int) bool {
	a := t.toks[i].a
	if a == 0 || t.fold[a-1] != ' ' && t.fold[a-1] != ']' && t.fold[a-1] != ')' && t.fold[a-1] < 0x80 {
		return false
	}
	start := strings.LastIndexByte(t.fold[:a], '\n') + 1
	if !boxLead(t.fold[start:a]) {
		return false
	}
	k, at := boxOpens(t.fold[start:a])
	return k > 0 && strings.TrimSpace(t.fold[start+at:a]) == ""
}

// checkTickedUnordered: two or more workshops ticked in a copied list that
// has empty boxes too: the order is the list's, not the sender's.
func checkTickedUnordered(v *gateView) verdict {
	t := v.t
	if !v.changes() {
		return verdict{}
	}
	empty, ticked := 0, 0
	var first [2]int
	forLines(t.fold, func(a, b int) {
		if !boxLead(t.fold[a:b]) {
			return
		}
		k, at := boxOpens(t.fold[a:b])
		switch {
		case k < 0:
			empty++
		case k > 0 && v.lineNamesWorkshop(a+at, b):
			if ticked++; ticked == 1 {
				first = [2]int{a, b}
			}
		}
	})
	if empty > 0 && ticked > 1 {
		return review("several workshops are ticked in a copied list, which gives no 1st and 2nd: %q", v.quote(first[0], first[1]))
	}
	return verdict{}
}

// lineNamesWorkshop reports a workshop's name or number in fold[a:b].
func (v *gateView) lineNamesWorkshop(a, b int) bool {
	t := v.t
	for i, to := t.tokenAt(a), t.tokenAt(b); i < to; i++ {
		if t.toks[i].num > 0 && len(t.toks[i].s) == 1 {
			return true
		}
		if n, _ := v.rd.cat.matchAt(t, i, to); n > 0 {
			return true
		}
	}
	return false
}
