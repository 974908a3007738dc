package parser

import "strings"

// firstTimeNotRank reports a rank word that begins a time phrase: "som
// (den) første gang", "as the first time" say when, as she did before or
// that she is new, and rank no workshop ("Sundhed og Job som første gang"
// keeps the pair in its order).
func firstTimeNotRank(t *text, mk marker) bool {
	if mk.rank != 1 {
		return false
	}
	s := t.fold[mk.a:mk.b]
	if !strings.HasSuffix(s, "foerste") && !strings.HasSuffix(s, "first") && !strings.HasSuffix(s, "1st") {
		return false
	}
	i := t.tokenAt(mk.b)
	return i < len(t.toks) && t.toks[i].a >= mk.b && firstTimeNouns[t.toks[i].s] && strings.TrimSpace(t.gap(i-1, i)) == ""
}

var firstTimeNouns = wordSet(daFirstTimeNouns, enFirstTimeNouns)
