package parser

import (
	"slices"
	"strings"
)

// bareRanks are the ordinals said without their noun, of the 1st and
// the 2nd priority.
var bareRanks = [2]*matcher{table(daBareFirst), table(daBareSecond)}

// bareOrdinals reads the ranks said by an ordinal without its noun in
// fold[a:b] ("Uddannelse er min første og Tryghed min anden"), where no
// other mark in have stands.
func bareOrdinals(t *text, a, b int, have []marker) []marker {
	s := t.fold[a:b]
	if !strings.Contains(s, "foerste") && !strings.Contains(s, "ande") {
		return nil
	}
	var out []marker
	for k, tb := range bareRanks {
		for _, m := range t.within(tb, a, b) {
			mk := marker{rank: k + 1, a: m[0], b: m[1]}
			if !countsNoun(t, mk, b) && !overlaps(have, mk) {
				out = append(out, mk)
			}
		}
	}
	return out
}

// countsNoun reports a mark "min første", "mit andet" whose ordinal counts
// a noun after it ("min første tanke var Sundhed", "min anden søn"): only
// an ordinal that ends its clause, or stands before "og" or "er", ranks the
// workshop named with it ("Job er min første, og Sundhed
// min anden").
func countsNoun(t *text, mk marker, b int) bool {
	i := t.tokenAt(mk.b)
	if i >= len(t.toks) || t.toks[i].a >= b || strings.ContainsAny(t.fold[mk.b:t.toks[i].a], ",.;:!?()\n-") {
		return false // the clause ends with it
	}
	return !bareOrdinalNext[t.toks[i].s]
}

var bareOrdinalNext = wordSet(daBareOrdinalNext)

// askedToGet drops from ctx the words of a motive inside a request for
// ranked workshops ("Må jeg få Tryghed som min første og ...?"): "få" there
// asks for the workshop, it does not say why she comes ("få et netværk").
func askedToGet(t *text, s sentence, ctx [][]int) [][]int {
	reqs := t.within(lex.botRequest, s.a, s.b)
	if len(reqs) == 0 {
		return ctx
	}
	return slices.DeleteFunc(slices.Clone(ctx), func(m []int) bool {
		return slices.ContainsFunc(reqs, func(q []int) bool { return q[0] <= m[0] && m[1] <= q[1] })
	})
}

// asksToGet reports a request to get workshops with their ranks ("må jeg
// få Tryghed som min første og Uddannelse som min anden") or one in place
// of another ("kan jeg få workshop 3 i stedet for 4?", "could I have 3
// instead of 4?"): it states a choice
// for the bot to note, it asks staff no leave.
func asksToGet(req string) bool {
	if _, rest, ok := strings.Cut(req, " faa "); ok {
		return strings.Contains(rest, " som ") || strings.Contains(rest, "stedet")
	}
	if _, rest, ok := strings.Cut(req, " komme "); ok {
		return strings.Contains(rest, "stedet") // "kan jeg komme på 3 i stedet for 2"
	}
	return strings.Contains(req, " instead") // "could I have 3 instead of 4"
}
