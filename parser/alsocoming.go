package parser

var (
	alsoComingAt   = table(daAlsoComing, enAlsoComing)
	forgotSay      = wordSet(daForgotSay, enForgotSay)
	notOneMoreWhom = wordSet([]string{"jeg", "vi", "i", "we", "m", "og", "and", "der", "det", "there", "it"})
)

// alsoComing reports that someone other than the sender comes too ("min
// søn Jonas Holm også kommer med", "my husband is coming too"): a reply
// that says so adds that person. Not the sender or the group ("jeg kommer
// også", "we are coming too"), nor a clause whose subject is left out
// ("... og kommer også med").
func alsoComing(t *text) bool {
	for _, h := range t.all(alsoComingAt) {
		k := t.tokenAt(h[0]) - 1
		if k >= 0 && !notOneMoreWhom[t.toks[k].s] {
			return true
		}
	}
	return false
}

// forgotToSay reports the sender's "jeg" of "jeg glemte at nævne, at ..."
// ("I forgot to say that ..."; "har glemt"): it tells, and chooses nothing
// for her.
func forgotToSay(t *text, i int) bool {
	for k := i + 1; k < len(t.toks) && k <= i+2; k++ {
		if forgotSay[t.toks[k].s] {
			return true
		}
	}
	return false
}
