package parser

import "strings"

// changesNumberOnly reports a mail that gives the sender a new phone
// number and changes nothing else ("Mit nye nummer er 22 33 44 55" in
// answer to the receipt): an update of the contact, with no attendee.
func (rd *reader) changesNumberOnly() bool {
	t := rd.own
	if !(isReply(rd.m) || alreadyRegistered(t)) || strings.Contains(t.fold, "?") || len(findPhones(t)) == 0 || !ownNewNumber(t) {
		return false
	}
	return !rd.anyRefs() && len(t.dietHits()) == 0 && !rd.signsUp() && !t.matches(lex.cancel) && !rd.addsOneMore()
}

// ownNewNumber: a new number said of the sender's own, not of another's
// ("min mands nye nummer", "hendes nummer").
func ownNewNumber(t *text) bool {
	for _, h := range t.within(newNumber, 0, len(t.fold)) {
		i := t.tokenAt(h[0]) - 1
		if i < 0 {
			return true
		}
		w := t.toks[i].s
		if gateTheirs[w] || t.toks[i].cap && strings.HasSuffix(w, "s") {
			continue
		}
		if base, ok := strings.CutSuffix(w, "s"); ok && relations[base] {
			continue
		}
		return true
	}
	return false
}

var newNumber = table(daNewNumber, enNewNumber)
