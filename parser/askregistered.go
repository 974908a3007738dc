package parser

import "slices"

// asksOfOwnRegistration reports a mail from someone registered already
// that only asks staff something ("Har I modtaget min tilmelding?", "Jeg
// tilmeldte mig for to uger siden. Har jeg fået plads?", "Did my
// registration go through?"): no workshop, food, change or person is
// named, so nothing is to be changed and nothing asked for. "min
// tilmelding" is a word of change only outside the words that say she is
// registered.
func (rd *reader) asksOfOwnRegistration() bool {
	t := rd.own
	if !rd.res.Question || !alreadyRegistered(t) || rd.anyRefs() || len(t.dietHits()) > 0 || t.matches(lex.cancel) || rd.addsOneMore() {
		return false
	}
	said := t.all(alreadyIn)
	for _, h := range t.all(lex.update) {
		if !slices.ContainsFunc(said, func(s []int) bool { return s[0] < h[1] && h[0] < s[1] }) {
			return false
		}
	}
	return true
}
