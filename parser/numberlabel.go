package parser

import "strings"

// numberLabels name a number of another kind than a phone: a member's,
// a customer's or a case's number ("Medlemsnr. 20304050").
var numberLabels = table(daNumberLabels, enNumberLabels)

// numberLabelled reports a number at fold offset a that the words right
// before it on its line call a number of another kind: the label is the
// last words before it, with only a colon, "er" or "nr" between.
func numberLabelled(s string, a int) bool {
	from := lineStartFrom(s, a-32, a)
	for i := a - 1; i >= from; i-- {
		if isDigit(s[i]) {
			from = i + 1 // "tlf 22334455, medlemsnr ...": the label after it
			break
		}
	}
	w := s[from:a]
	ms := numberLabels.findAll(w)
	if len(ms) == 0 {
		return false
	}
	for _, f := range strings.FieldsFunc(w[ms[len(ms)-1][1]:], func(r rune) bool { return strings.ContainsRune(" .:#-", r) }) {
		switch f {
		case "er", "is", "nr", "no", "nummer", "number", "lyder", "paa", "on":
		default:
			return false // "medlemsnr 12, tlf ...": words of their own between
		}
	}
	return true
}
