package parser

// An update that restates what is on file before it says the change, in
// a sentence of its own ("Jeg står på listen til workshop 2 og 4. Jeg har
// glemt at nævne, at jeg er veganer.", "Jeg har 1 som første og 2 som
// anden prioritet. Ret venligst første prioritet til 3."): the workshops
// it restates are no choices, and an unchanged rank stays open.

var (
	heldSaid  = table(daHeldSaid, enHeldSaid)
	heldAdds  = table(daHeldAdds, enHeldAdds)
	rankAdd   = wordSet(daRankAdd, enRankAdd)
	heldTurns = wordSet(daHeldTurns, enHeldTurns)
)

// restatedHeld reports whether sentence s only restates the registration
// on file, with a change after it.
func restatedHeld(t *text, s sentence) bool {
	hits := t.within(heldSaid, s.a, s.b)
	if len(hits) == 0 || tokensBetween(t, s.a, hits[0][0]) > 4 {
		return false
	}
	for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].a < s.b; i++ {
		if w := t.toks[i].s; heldTurns[w] || rankChangeVerbs[w] || rankAdd[w] {
			return false
		}
	}
	return changeAfter(t, s.b)
}

// changeAfter reports a sentence after offset b that changes a priority
// ("Ret venligst første prioritet til 3", "Vil I tilføje 4 som anden
// prioritet?") or adds to what is on file ("Jeg har glemt at nævne, at
// jeg er veganer").
func changeAfter(t *text, b int) bool {
	if len(t.within(heldAdds, b, len(t.fold))) > 0 {
		return true
	}
	for _, s := range t.sents() {
		if s.a < b || len(t.within(lex.first, s.a, s.b)) == 0 && len(t.within(lex.second, s.a, s.b)) == 0 {
			continue
		}
		for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].a < s.b; i++ {
			if w := t.toks[i].s; rankChangeVerbs[w] || rankAdd[w] {
				return true
			}
		}
	}
	return false
}

// restatesHeld reports a mail with a sentence restatedHeld holds.
func restatesHeld(t *text) bool {
	if !t.matches(heldSaid) {
		return false
	}
	for _, s := range t.sents() {
		if restatedHeld(t, s) {
			return true
		}
	}
	return false
}
