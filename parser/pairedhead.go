package parser

import (
	"regexp"
	"strings"
)

// pairedHead reads a second first name that shares a list line's head
// with the first ("Ahmad og Omid: 4 og 3"): after is the line from a, just
// past the first name, to b. It returns the second name and what follows
// it, or "" and after unchanged when the head names one person. Only a
// name the mail writes in full elsewhere is taken: the line refers back
// to the names listed above it.
func pairedHead(t *text, a, b int, after string) (string, string) {
	m := headJoin.FindStringIndex(after)
	if m == nil {
		return "", after
	}
	k := t.tokenAt(a + m[1])
	if k >= len(t.toks) || t.toks[k].a >= b {
		return "", after
	}
	n := pairedName(t, k, b)
	if n == 0 {
		return "", after
	}
	name, _ := nameAt(t, k)
	return name, t.fold[t.toks[k+n-1].b:b]
}

// pairedName returns how many tokens from k name the second person of a
// list line's head, up to its colon (or a full name's dash): a first name
// ("Ahmad og Omid: 4 og 3", "Karen Olsen og Jens: 2 og 1") or a full name
// ("Karen Olsen + Jens Olsen: workshop 2 og 1"); 0 when none.
func pairedName(t *text, k, b int) int {
	name, n := nameAt(t, k)
	if name == "" || !t.toks[k].cap || t.toks[k+n-1].b >= b {
		return 0
	}
	rest := strings.TrimSpace(t.fold[t.toks[k+n-1].b:b])
	if !strings.HasPrefix(rest, ":") && (n == 1 || !strings.HasPrefix(rest, "-")) {
		return 0
	}
	return n
}

// headJoin joins two first names at the head of a line.
var headJoin = regexp.MustCompile(`^\s+(?:og|and|&|\+)\s+`)

// pairedHeadLen returns how many tokens after a list line's first name
// (tokens [i, i+n)) name a second person who shares the head ("Ahmad og
// Omid: 4 og 3", "Karen Olsen + Jens Olsen: 2 og 1"): 2 for "og Omid"
// before the colon, 0 when none.
func pairedHeadLen(t *text, i, n, to int) int {
	j := i + n
	if j >= to || t.gap(j-1, j) == " + " {
		if j < to {
			return pairedName(t, j, lineEnd(t, t.toks[j].a)) // "Karen Olsen + Jens Olsen:"
		}
		return 0
	}
	if j+1 >= to || t.gap(j-1, j) != " " || !headJoiners[t.toks[j].s] || t.gap(j, j+1) != " " || !t.toks[j+1].cap {
		return 0
	}
	if k := pairedName(t, j+1, lineEnd(t, t.toks[j+1].a)); k > 0 {
		return 1 + k
	}
	return 0
}

var headJoiners = wordSet([]string{"og", "and", "&"})
