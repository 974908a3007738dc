package parser

// signUpNouns name a sign-up whose workshops follow "til"/"på"/"for"
// ("Tilmelding til 1 og 3", "registration for 2 and 4", "I want to
// register for 3"). After a colon ("Tilmelding: 3") a number may count
// people, so that is left to the head count.
var signUpNouns = wordSet([]string{"tilmelding", "tilmeldingen", "registration", "register", "signup"})

// signUpTo: the words that lead from a sign-up to its workshops.
var signUpTo = wordSet([]string{"til", "paa", "i", "for"})

// signUpNounAt reports a sign-up named right before token i, with "til"
// between: the bare numbers there are the workshops signed up for, as
// after "tilmeld mig til".
func signUpNounAt(t *text, from, i int) bool {
	k := i - 1
	if k < from || t.toks[i].num < 1 || countedPair(t, i) {
		return false
	}
	if !signUpTo[t.toks[k].s] || t.gap(k, i) != " " {
		return false
	}
	k-- // "til 1 og 3"
	if k < from || t.gap(k, k+1) != " " {
		return false
	}
	if signUpNouns[t.toks[k].s] {
		return true
	}
	// "sign-up for 2 and 4"
	return t.toks[k].s == "up" && k-1 >= from && t.toks[k-1].s == "sign" && (t.gap(k-1, k) == "-" || t.gap(k-1, k) == " ")
}

// countedPair reports a number at token i joined to one that counts or
// times something ("1 og 3 personer", "2 og 4 tiden"): neither is a
// workshop.
func countedPair(t *text, i int) bool {
	return i+2 < len(t.toks) && connectors[t.toks[i+1].s] && t.toks[i+2].num > 0 && notWorkshopNumber(t, i+2)
}
