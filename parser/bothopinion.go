package parser

var opinionVerbs = wordSet(daOpinionVerbs, enOpinionVerbs)

// bothAsked reports a "begge workshops", "både 1 og 2" that asks for more
// than one workshop: not one followed by what the sender thinks of them
// ("begge workshops lyder spændende, men jeg tager job").
func bothAsked(t *text) bool {
	for _, h := range t.within(lex.both, 0, len(t.fold)) {
		if !opinionAfter(t, h[1]) {
			return true
		}
	}
	return false
}

// opinionAfter reports a verb of opinion as the next word after offset b
// ("lyder", "virker", "sound").
func opinionAfter(t *text, b int) bool {
	k := t.tokenAt(b)
	return k > 0 && k < len(t.toks) && opinionVerbs[t.toks[k].s] && t.gap(k-1, k) == " "
}
