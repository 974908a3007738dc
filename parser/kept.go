package parser

import (
	"strings"

	"tilmeld"
)

// keptChoice marks a clause that restates a choice which does not change
// ("Første prioritet er stadig sundhed", "my first choice stays the same").
var keptChoice = table(daKeptChoice, enKeptChoice)

// keptClause marks a clause of its own that restates a choice as kept
// ("and leave education as my second", "Tryghed må gerne blive stående som
// mit andet valg"): only the part between commas is the restatement, the
// rest of the sentence may change the other choice.
var keptClause = table(daKeptClause, enKeptClause)

// dropKeptChoices forgets the workshops of the clauses that restate a
// choice as unchanged: an update carries only what changes, and the kept
// choice is on file already. A clause on room ("hvis der stadig er plads")
// is no such restatement. The priority a kept choice holds is noted
// (keptRank): the change takes the other. In a clause that also changes
// ("job i stedet for tryghed, mit andet valg er stadig sundhed") only the part
// between commas that says "stadig" is dropped, and so it is always for
// a keptClause.
func (rd *reader) dropKeptChoices(intent tilmeld.Intent) {
	if intent != tilmeld.IntentUpdate {
		return
	}
	t := rd.own
	rank := -1
	for k, c := range rd.sents {
		if len(c.refs) == 0 || t.has(lex.conditional, c.a, c.b) {
			continue
		}
		m := keptChoice
		if !t.has(m, c.a, c.b) {
			if m = keptClause; !t.has(m, c.a, c.b) {
				continue
			}
		}
		a, b := c.a, c.b
		if m == keptClause || t.has(insteadOf, c.a, c.b) {
			h := t.within(m, c.a, c.b)[0]
			a, b = keptPart(t.fold, c.a, c.b, h[0])
		}
		var keep []ref
		for _, r := range c.refs {
			if r.a >= a && r.a < b {
				rank = keptRankOf(rank, r.rank)
				continue
			}
			keep = append(keep, r)
		}
		rd.sents[k].refs = keep
	}
	rd.keptRank = max(rank, 0)
}

// keptRankOf adds a kept choice's priority r to what is known (-1
// nothing yet): 0 when they disagree or one has none.
func keptRankOf(known, r int) int {
	if known < 0 || known == r {
		return r
	}
	return 0
}

// keptPart returns the part of fold[a:b] around offset at that commas,
// semicolons and dashes bound.
func keptPart(fold string, a, b, at int) (int, int) {
	x, y := a, b
	if k := strings.LastIndexAny(fold[a:at], ",;–"); k >= 0 {
		x = a + k + 1
	}
	if k := strings.IndexAny(fold[at:b], ",;–"); k >= 0 {
		y = at + k
	}
	return x, y
}
