package parser

import "strings"

// A title copied from the invitation's numbered list keeps its number:
// "2. Sundhed & trivsel" is workshop 2 by its number and by its name, no
// 2nd priority. In a list of such lines the numbers are the workshops'
// own and the lines give the order ("2. Sundhed ...\n4. Beskæftigelse
// ..." is 2 and 4). Only where the same lines read as priorities give
// another order ("2. Sundhed ...\n1. Naboskab ..." may be 2 then 1, or
// 1 then 2) is the order not the reader's to choose.

// listLine is one numbered line of a list: its number and the workshop
// its words name right after the number, 0 when none.
type listLine struct {
	n, ws int
}

// numberedLines returns the numbered lines of the list around the line
// that starts at a (listItem), in the order written.
func (c *catalog) numberedLines(t *text, a int) []listLine {
	start := a
	for start > 0 { // back to the first line of the list
		prev := lineStart(t.fold, start-1)
		if listItem.FindStringIndex(t.fold[prev:start]) == nil {
			break
		}
		start = prev
	}
	var out []listLine
	for at := start; at < len(t.fold); {
		end := lineEnd(t, at)
		m := listItem.FindStringSubmatchIndex(t.fold[at:end])
		if m == nil {
			break
		}
		l := listLine{n: int(t.fold[at+m[2]] - '0')}
		if i, to := t.tokenAt(at+m[3]+1), t.tokenAt(end); i < to {
			if k, ws := c.matchAt(t, i, to); k > 0 {
				l.ws = ws
			}
		}
		out = append(out, l)
		at = end + 1
	}
	return out
}

// copiedTitles reads the list around the line at a: own when every line's
// number is that of the workshop it names, as copied titles keep them;
// unclear when, read as priorities instead, the same lines give another
// order (the numbers fall, and each could be a place among the lines).
func (c *catalog) copiedTitles(t *text, a int) (own, unclear bool) {
	lines := c.numberedLines(t, a)
	if len(lines) == 0 {
		return false, false
	}
	ranks := true
	for k, l := range lines {
		if l.ws == 0 || l.n != l.ws {
			return false, false
		}
		ranks = ranks && l.n <= len(lines)
		if k > 0 && l.n < lines[k-1].n {
			unclear = true
		}
	}
	return true, unclear && ranks
}

// checkCopiedListOrder: titles copied with their own numbers in falling
// order ("2. Sundhed ...\n1. Naboskab ..."), which read as priorities give
// the other order: staff decide which the sender meant.
func checkCopiedListOrder(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t := v.t
	for at := 0; at < len(t.fold); {
		end := lineEnd(t, at)
		// only the line that opens a list with a number above 1 can start
		// a falling one: most lines are passed by their first bytes
		if listHead(t.fold[at:end]) > 1 && (at == 0 || listHead(t.fold[lineStart(t.fold, at-1):at]) == 0) {
			if _, unclear := v.rd.cat.copiedTitles(t, at); unclear {
				return review("titles copied with their numbers stand in falling order, which read as priorities give the other order: %q", v.quote(at, end))
			}
		}
		at = end + 1
	}
	return verdict{}
}

// listHead is the number that opens line as listItem reads it, 0 when
// none; a byte check comes before the expression.
func listHead(line string) int {
	s := strings.TrimLeft(line, " \t")
	if len(s) < 3 || s[0] < '1' || s[0] > '9' || s[1] != '.' && s[1] != ')' || listItem.FindStringIndex(line) == nil {
		return 0
	}
	return int(s[0] - '0')
}
