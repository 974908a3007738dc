package parser

import "slices"

// comesAloneWords say the sender comes without anyone ("jeg kommer
// alene", "I'm coming alone").
var comesAloneWords = table(daComesAlone, enComesAlone)

// comesAlone reports a clause in fold[a:b] that says the sender comes
// alone: the relatives it speaks of stay home ("I'm coming alone, my
// husband is looking after the kids").
func comesAlone(t *text, a, b int) bool {
	return slices.ContainsFunc(t.within(comesAloneWords, a, b), func(h []int) bool {
		i := t.tokenAt(h[0])
		return i == 0 || t.toks[i-1].s != "not" && t.toks[i-1].s != "ikke"
	})
}
