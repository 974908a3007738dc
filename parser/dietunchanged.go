package parser

// unchangedFact: a sentence that restates a fact as it already stands.
var unchangedFact = table(daUnchangedFact, enUnchangedFact)

// restatedUnchanged reports whether the diet word at a stands in a
// sentence that says it is unchanged ("Yonas er stadig veganer som
// skrevet"): that food is on record already and no part of what the mail
// asks for.
func (t *text) restatedUnchanged(a int) bool {
	for _, s := range t.sents() {
		if a >= s.a && a < s.b {
			return t.has(unchangedFact, s.a, s.b)
		}
	}
	return false
}
