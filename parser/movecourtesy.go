package parser

import "strings"

// "Kan jeg flytte til 4, hvis muligt?", "If possible, I'd rather be in 3":
// the "hvis"/"if" asks politely and names no alternative, so the move is
// as plain as without it. Any other "hvis"/"if" ("hvis der er plads") sets
// a condition staff must weigh.
var (
	moveIf       = table(daMoveIf, enMoveIf)
	moveCourtesy = table(daMoveCourtesy, enMoveCourtesy)
)

// movesOnCondition reports an "hvis"/"if" in t that is not a courtesy
// opening or ending its sentence.
func movesOnCondition(t *text) bool {
	hits := t.all(moveIf)
	if len(hits) == 0 {
		return false
	}
	polite := t.all(moveCourtesy)
	for _, h := range hits {
		if !courtesyAt(t, polite, h[0]) {
			return true
		}
	}
	return false
}

// courtesyAt reports one of polite starting at a that opens its sentence
// ("Hvis muligt, ...") or ends it ("..., if possible?").
func courtesyAt(t *text, polite [][]int, a int) bool {
	for _, p := range polite {
		if p[0] != a {
			continue
		}
		before := strings.TrimRight(t.fold[:a], " \t")
		after := strings.TrimLeft(t.fold[p[1]:], " \t")
		opens := before == "" || strings.ContainsAny(before[len(before)-1:], ".!?\n")
		ends := after == "" || strings.ContainsAny(after[:1], ".!?\n")
		return opens && strings.HasPrefix(after, ",") || ends
	}
	return false
}
