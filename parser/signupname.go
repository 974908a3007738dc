package parser

import "strings"

// signUpFor finds a registration named for someone ("Tilmelding for").
var signUpFor = table(daSignUpFor, enSignUpFor)

// signUpNames lists the full names written right after words that sign
// the sender up ("Skriv mig op: Karim Nasser", "Sign me up please: Karim
// Nasser", "Tilmelding for Karim Nasser"): hers when they agree with her
// From line, whose initials they may spell out ("Karim N.").
func signUpNames(t *text) []string {
	var out []string
	for _, tb := range []*matcher{signUpSelf, signUpFor} {
		for _, m := range t.within(tb, 0, len(t.fold)) {
			i := t.tokenAt(m[1])
			for i < len(t.toks) && nameAfterFillers[t.toks[i].s] {
				i++ // "Tilmeld mig venligst: ..."
			}
			if i >= len(t.toks) || strings.Trim(t.fold[m[1]:t.toks[i].a], " :,-") != "" && !nameAfterFillers[t.toks[max(i-1, 0)].s] {
				continue
			}
			if n, _ := nameAt(t, i); countNameWords(n) >= 2 {
				out = append(out, n)
			}
		}
	}
	return out
}

var nameAfterFillers = wordSet([]string{"venligst", "gerne", "lige", "please", "kindly"})
