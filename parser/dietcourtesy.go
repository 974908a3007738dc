package parser

import "strings"

// A polite request to cater for the diet just stated ("Jeg er vegetar –
// kan I tage højde for det?", "I'm vegan, could you take that into
// account?", "Jeg har nøddeallergi, kan køkkenet lave noget særskilt til
// mig?") asks nothing staff must answer: the invitation asked for the
// diet, and recording it is the bot's own act. A question about the food
// ("Er maden laktosefri?") or for leave ("Kan jeg tage min egen mad
// med?") still asks.

var (
	dietCater     = table(daDietCater, enDietCater)
	dietCaterFill = wordSet(daDietCaterFill, enDietCaterFill, daDietCaterAsks, enDietCaterAsks)
	dietCaterAsks = wordSet(daDietCaterAsks, enDietCaterAsks)
)

// dietCourtesy reports whether sentence k, ending in a question mark, only
// asks that a diet stated just before it be catered for: in the same
// sentence before a comma or a dash, or in the sentence before.
func dietCourtesy(t *text, k int) bool {
	ss := t.sents()
	s := ss[k]
	hits := t.phrasesIn(dietCater, s.a, s.b)
	if len(hits) != 1 {
		return false
	}
	a, b := s.a+hits[0].a, s.a+hits[0].b
	if strings.Trim(t.fold[b:s.b], " \t\r\n?!.)") != "" {
		return false // "..., og hvor ligger stedet?": more is asked after it
	}
	i := t.tokenAt(a) - 1
	first := t.tokenAt(s.a)
	for i >= first && dietCaterFill[t.toks[i].s] && !requestSplit(t.gap(i, i+1)) {
		i--
	}
	if i+1 >= len(t.toks) || !dietCaterAsks[t.toks[i+1].s] {
		return false // the request opens with "kan I", "could you"
	}
	from := s.a // the diet stated before the request
	if i >= first {
		if !requestSplit(t.gap(i, i+1)) {
			return false
		}
		from = t.toks[first].a
		a = t.toks[i+1].a
	} else if k > 0 {
		from, a = ss[k-1].a, s.a
	} else {
		return false
	}
	for _, h := range t.dietHits() {
		if h.a >= from && h.a < a {
			return true
		}
	}
	return false
}

// requestSplit reports a gap that parts the request from the diet stated
// before it in one sentence: a comma, a colon, a semicolon or a dash
// ("Jeg er vegetar – kan I ...").
func requestSplit(g string) bool {
	return strings.ContainsAny(g, ",–:;") || strings.Contains(g, " - ")
}
