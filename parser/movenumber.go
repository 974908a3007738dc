package parser

import "strings"

// moveVerbs ask to be moved before "til"/"på", "to"/"in" and a bare
// number ("skifte til 1", "flytte over på 3", "switch to 2"); moveBe is
// the "be" of "rather be in 3", "prefer to be in 3".
var (
	moveVerbs   = wordSet(daMoveVerbs, enMoveVerbs)
	moveBe      = wordSet(enMoveBe, daMoveBe)
	moveBeWords = wordSet(enMoveBeWords, daMoveBeWords)
	movePreps   = wordSet(daMovePreps, enMovePreps)
	moveOver    = wordSet(daMoveOver)
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
	if k > from && moveOver[t.toks[k].s] && t.gap(k-1, k) == " " {
		k--
	}
	if k < from || t.gap(k, k+1) != " " {
		return false
	}
	w := t.toks[k].s
	if !moveVerbs[w] && !(moveBeWords[w] && k > from && moveBe[t.toks[k-1].s] && t.gap(k-1, k) == " ") {
		return false
	}
	if j := i + 1; j < len(t.toks) && units[t.toks[j].s] && !strings.Contains(t.gap(i, j), "\n") {
		return false
	}
	return pairAt(t, i, len(t.toks)) || aloneAt(t, i, len(t.toks))
}

// insteadWords and insteadPairs are daInstead and enInstead, of one word
// and of two ("i stedet", kept as "i" to "stedet").
var insteadWords, insteadPairs = wordsAndPairs(daInstead, enInstead)

// wordsAndPairs splits phrases of one word and of two into a set of the
// words and a map from the first word of each pair to its second.
func wordsAndPairs(lists ...[]string) (words map[string]bool, pairs map[string]string) {
	words, pairs = map[string]bool{}, map[string]string{}
	for _, l := range lists {
		for _, w := range l {
			if first, second, ok := strings.Cut(w, " "); ok {
				pairs[first] = second
			} else {
				words[w] = true
			}
		}
	}
	return words, pairs
}

// insteadAt reports "i stedet", "istedet" or "instead" at token k, right
// after a number: it ends the number's clause ("på 3 i stedet for 4").
func insteadAt(t *text, k int) bool {
	if k >= len(t.toks) || t.gap(k-1, k) != " " {
		return false
	}
	w := t.toks[k].s
	if insteadWords[w] {
		return true
	}
	second, ok := insteadPairs[w]
	return ok && k+1 < len(t.toks) && t.toks[k+1].s == second && t.gap(k, k+1) == " "
}

var (
	anotherArticles = wordSet(daAnotherArticles)
	anotherWords    = wordSet(daAnotherWords)
)

// anotherAt reports "en anden", "et andet" at token i: another one, not
// the second ("Kan jeg flytte til en anden workshop?").
func anotherAt(t *text, from, i int) bool {
	if i <= from || t.gap(i-1, i) != " " {
		return false
	}
	return anotherWords[t.toks[i].s] && anotherArticles[t.toks[i-1].s]
}
