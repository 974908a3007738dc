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
	return !rd.anyRefs() && len(t.dietHits()) == 0 && !rd.signsUp() && !t.matches(lex.cancel) && !rd.addsOneMore() && !rd.othersNewNumber()
}

// othersNewNumber reports a new number whose sentence speaks of someone
// else before it and not of the sender ("Bo har fået nyt nummer", "He
// has a new number"): a pronoun for another, or a name the top of the
// quoted thread holds that is not the sender's.
func (rd *reader) othersNewNumber() bool {
	t := rd.own
	top := ""
	for _, h := range t.within(newNumber, 0, len(t.fold)) {
		from := 0
		for _, s := range t.sents() {
			if s.a <= h[0] {
				from = s.a
			}
		}
		for i := t.tokenAt(from); i < len(t.toks) && t.toks[i].a < h[0]; i++ {
			w := t.toks[i].s
			en := rd.res.Language == "en"
			if daSelfSaid[w] || en && enSelfSaid[w] || ownPossessive[w] {
				break
			}
			if daThirdSaid[w] || en && enThirdSaid[w] { // Danish "her" is "here"
				return true
			}
			if !t.toks[i].cap || rd.m.Quoted == "" {
				continue
			}
			if top == "" {
				top = threadTop(rd.m.Quoted)
			}
			if n, _ := nameAt(t, i); n != "" && !sameFirstName(rd.fromDisplay(), n) && strings.Contains(top, n) {
				return true
			}
		}
	}
	return false
}

var (
	daThirdSaid = wordSet(daThirdPerson)
	enThirdSaid = wordSet(enThirdPerson)
)

// ownPossessive: the sender's "min", "mit"; "my".
var ownPossessive = wordSet([]string{"min", "mit", "mine", "my"})

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
