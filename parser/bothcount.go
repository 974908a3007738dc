package parser

// bothCountAt reports a number at token i that counts the people coming,
// not a workshop: "vi kommer begge 2", "vi er begge 2", "the 2 of us". "vi
// vil begge 2 og 3" wishes, and stays a choice.
func bothCountAt(t *text, i int) bool {
	if t.toks[i].num != 2 {
		return false
	}
	if i+2 < len(t.toks) && t.toks[i+1].s == "of" && t.toks[i+2].s == "us" {
		return true
	}
	if i < 2 || t.toks[i-1].s != "begge" || t.gap(i-1, i) != " " {
		return false
	}
	w := t.toks[i-2].s
	return comeVerbs[w] || w == "er" || w == "deltager" || w == "are"
}
