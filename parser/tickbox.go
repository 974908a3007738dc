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

// mayHoldBox reports whether s may hold a box: a '[' or '(' or a byte
// that opens a symbol of three.
func mayHoldBox(s string) bool { return strings.ContainsAny(s, "[(\u2610\u25a1\u25fb\u2b1c") }

// lastBoxEmpty reports whether the last box in s is an empty one ("☐
// Vegetar ☐ Halal ☑ Glutenfri": what follows the last box is its).
func lastBoxEmpty(s string) bool {
	at, empty := -1, false
	for _, b := range emptyBoxes {
		if i := strings.LastIndex(s, b); i > at {
			at, empty = i, true
		}
	}
	for _, b := range tickedBoxes {
		if i := strings.LastIndex(s, b); i > at {
			at, empty = i, false
		}
	}
	return empty
}

// unticked reports words at a that follow an empty box on their line.
func unticked(s string, a int) bool {
	ln := s[lineStartFrom(s, a-lineLook, a):a]
	return mayHoldBox(ln) && lastBoxEmpty(ln)
}

// boxesUnder reports a label alone on its line ("Diet:") over lines that
// open with boxes: the boxes below say what is ticked.
func boxesUnder(s string, h []int) bool {
	rest, ok := strings.CutPrefix(s[h[1]:], ":")
	if !ok || strings.TrimSpace(s[lineStart(s, h[0]):h[0]]) != "" {
		return false
	}
	line, next, ok := strings.Cut(rest, "\n")
	if !ok || strings.TrimSpace(line) != "" || !boxLead(next) {
		return false
	}
	k, _ := boxOpens(next)
	return k != 0
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
	// a box, bullets and indentation before the number: a few bytes
	start := lineStartNear(t.fold, a, 64)
	if start < 0 || !boxLead(t.fold[start:a]) {
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
