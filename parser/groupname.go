package parser

// groupNamed reports a capitalised word right after a word that opens a
// group's name ("Boligselskabet Vestervang", "Afdeling Nord"): the group's
// name, not a person's.
func groupNamed(t *text, i int) bool {
	return i > 0 && t.toks[i-1].cap && t.toks[i-1].is(classNotPerson) && t.gap(i-1, i) == " "
}
