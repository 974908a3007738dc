package parser

import "strings"

// moveVerbs ask to be moved before "til"/"på", "to"/"in" and a bare
// number ("skifte til 1", "flytte over på 3", "switch to 2"); moveBe is
// the "be" of "rather be in 3", "prefer to be in 3".
var (
	moveVerbs = wordSet(daMoveVerbs, enMoveVerbs)
	moveBe    = wordSet(enMoveBe)
	movePreps = wordSet(daMovePreps, enMovePreps)
)

// movedTo reports a verb of moving and a preposition right before the
// bare number at token i ("skifte til 3", "flytte over på 3", "switch to
// 2"), when the number ends its clause and counts nothing ("2. sal", "4
// personer").
func movedTo(t *text, from, i int) bool {
	k := i - 1
	if k <= from || !movePreps[t.toks[k].s] || t.gap(k, i) != " " {
		return false
	}
	k--
	if k > from && t.toks[k].s == "over" && t.gap(k-1, k) == " " {
		k--
	}
	if k < from || t.gap(k, k+1) != " " {
		return false
	}
	w := t.toks[k].s
	if !moveVerbs[w] && !(w == "be" && k > from && moveBe[t.toks[k-1].s] && t.gap(k-1, k) == " ") {
		return false
	}
	if j := i + 1; j < len(t.toks) && units[t.toks[j].s] && !strings.Contains(t.gap(i, j), "\n") {
		return false
	}
	return pairAt(t, i, len(t.toks)) || aloneAt(t, i, len(t.toks))
}

// insteadAt reports "i stedet", "istedet" or "instead" at token k, right
// after a number: it ends the number's clause ("på 3 i stedet for 4").
func insteadAt(t *text, k int) bool {
	if k >= len(t.toks) || t.gap(k-1, k) != " " {
		return false
	}
	switch t.toks[k].s {
	case "istedet", "instead":
		return true
	case "i":
		return k+1 < len(t.toks) && t.toks[k+1].s == "stedet" && t.gap(k, k+1) == " "
	}
	return false
}

// anotherAt reports "en anden", "et andet" at token i: another one, not
// the second ("Kan jeg flytte til en anden workshop?").
func anotherAt(t *text, from, i int) bool {
	if i <= from || t.gap(i-1, i) != " " {
		return false
	}
	w, art := t.toks[i].s, t.toks[i-1].s
	return (w == "anden" || w == "andet") && (art == "en" || art == "et")
}
