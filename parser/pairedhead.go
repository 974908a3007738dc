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
	if k >= len(t.toks) || t.toks[k].a >= b || !fullNameElsewhere(t, k) {
		return "", after
	}
	name, n := nameAt(t, k)
	if name == "" || n != 1 {
		return "", after
	}
	rest := t.fold[t.toks[k].b:b]
	if !strings.HasPrefix(strings.TrimSpace(rest), ":") {
		return "", after
	}
	return name, rest
}

// headJoin joins two first names at the head of a line.
var headJoin = regexp.MustCompile(`^\s+(?:og|and|&)\s+`)

// pairedHeadLen returns how many tokens after a list line's first name
// (tokens [i, i+n)) name a second person who shares the head ("Ahmad og
// Omid: 4 og 3"): 2 for "og Omid" before the colon, 0 when none.
func pairedHeadLen(t *text, i, n, to int) int {
	j := i + n
	if j+1 >= to || t.gap(j-1, j) != " " || !headJoiners[t.toks[j].s] || t.gap(j, j+1) != " " {
		return 0
	}
	if !t.toks[j+1].cap || !fullNameElsewhere(t, j+1) || !strings.HasPrefix(strings.TrimSpace(t.gap(j+1, j+2)), ":") {
		return 0
	}
	return 2
}

var headJoiners = wordSet([]string{"og", "and", "&"})
