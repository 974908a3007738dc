package parser

// relationIn reports a relation of the sender's spoken of in sentence s
// ("min mand", "my husband").
func relationIn(t *text, s sentence) bool {
	for i := t.tokenAt(s.a) + 1; i < len(t.toks) && t.toks[i].a < s.b; i++ {
		if relations[t.toks[i].s] && owners[t.toks[i-1].s] {
			return true
		}
	}
	return false
}

// onlySelfLeft reports a sentence that says the sender comes alone ("så
// det er kun mig", "so it's just me").
func onlySelfLeft(t *text, s sentence) bool {
	return t.has(onlySelfWords, s.a, s.b)
}

var onlySelfWords = table(daOnlySelf, enOnlySelf)
