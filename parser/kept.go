package parser

import "tilmeld"

// keptChoice marks a clause that restates a choice which does not change
// ("Første prioritet er stadig sundhed", "my first choice stays the same").
var keptChoice = table(daKeptChoice, enKeptChoice)

// dropKeptChoices forgets the workshops of the clauses that restate a
// choice as unchanged: an update carries only what changes, and the kept
// choice is on file already. A clause on room ("hvis der stadig er plads")
// is no such restatement.
func (rd *reader) dropKeptChoices(intent tilmeld.Intent) {
	if intent != tilmeld.IntentUpdate {
		return
	}
	t := rd.own
	for k, c := range rd.sents {
		if len(c.refs) > 0 && t.has(keptChoice, c.a, c.b) && !t.has(lex.conditional, c.a, c.b) {
			rd.sents[k].refs = nil
		}
	}
}
