package parser

// alsoFine says a further workshop would do as well ("Also happy with 1",
// "4 is okay too", "jeg vil også gerne 3"): a 2nd choice in words the
// reader may not know.
var alsoFine = table(daGateAlsoFine, enGateAlsoFine)

// checkAlsoFine: a sentence that says some workshop would also do, with a
// workshop number or word in it that nobody got: the 2nd choice was lost.
func checkAlsoFine(v *gateView) verdict {
	if !v.changes() || v.allChosen() || v.first(alsoFine) == nil {
		return verdict{}
	}
	t := v.t
	blocked := blockedSpans(t, v.ev)
	for _, s := range t.sents() {
		if !t.has(alsoFine, s.a, s.b) {
			continue
		}
		for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].b <= s.b; i++ {
			tk := t.toks[i]
			if !v.mayNameUnchosen(i) || blocked(tk.a, tk.b) || tk.num >= 0 && (!v.bare(i) || negatedNumber(t, i)) {
				continue
			}
			return review("%q may give a 2nd choice that was not read", v.quote(s.a, s.b))
		}
	}
	return verdict{}
}
