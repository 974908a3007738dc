package parser

import "strings"

// glossChained reports a bare number at token i chained to the number
// before it (prev) across that workshop's own name: "workshop 2 sundhed og
// 1", "workshop 3 - uddannelse - og 2", "workshop 2 (trivsel) og 4", "I'd
// like workshop 3 education and 4". The name glosses the first number, and
// the connector joins the two as "4 og 3" does. A number that goes on to
// a noun ("og 2 kolleger") or is a date ("og d. 29") is not alone, and a
// name that belongs to another workshop is no gloss.
func (c *catalog) glossChained(t *text, prev ref, i, to int) bool {
	k := prev.j
	alone := aloneAt(t, i, to) || i+1 < to && fillers[t.toks[i+1].s] && strings.TrimSpace(t.gap(i, i+1)) == "" // "or 4 please"
	if prev.kind != byNumber || k >= i || !alone || strings.Trim(t.gap(k-1, k), " (-–") != "" {
		return false
	}
	n, ws := c.matchAt(t, k, i)
	if n == 0 || ws != prev.ws {
		return false
	}
	return isConnector(strings.Map(func(r rune) rune {
		if r == '(' || r == ')' || r == '-' || r == '–' {
			return ' '
		}
		return r
	}, t.gap(k+n-1, i)))
}
