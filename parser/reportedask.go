package parser

// doubtIn reports a word of doubt in [a, b) ("måske", "om jeg kan") that
// is not part of a reported request to sign someone up ("har spurgt mig,
// om jeg kan tilmelde hende"): there "om" belongs to the question she
// passes on, not to any doubt about coming.
func doubtIn(t *text, a, b int) bool {
	if !t.has(lex.maybe, a, b) {
		return false
	}
	asked := t.within(lex.onBehalf, a, b)
	for _, hit := range t.within(lex.maybe, a, b) {
		if !within(asked, hit) {
			return true
		}
	}
	return false
}
