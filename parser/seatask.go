package parser

var (
	seatAsk   = table(daSeatAsk, enSeatAsk)
	seatPlace = table(daSeatPlace)
	seatGlue  = wordSet(daSeatGlue, enSeatGlue, daWorkshopWords, enWorkshopWords, daConnectors, enConnectors)
)

// seatRequest reports a sentence that only asks for a seat in the
// workshops it names ("Kan jeg få en plads på sundhed?", "May I join
// workshop 3?"): a registration the bot makes, as "Kan I tilmelde mig
// ...?" is, not a question for staff. Anything more in the sentence
// ("..., selvom jeg bor i Brøndby?") leaves it a question.
func seatRequest(t *text, s sentence, refs []ref) bool {
	if len(refs) == 0 {
		return false
	}
	hits := t.within(seatAsk, s.a, s.b)
	if len(hits) == 0 {
		return false
	}
	h := hits[0]
	for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].a < h[0]; i++ {
		if !skipLead[t.toks[i].s] {
			return false
		}
	}
	for i := t.tokenAt(h[1]); i < len(t.toks) && t.toks[i].a < s.b; i++ {
		if tk := t.toks[i]; !inRefs(refs, tk.a) && !seatGlue[tk.s] {
			return false
		}
	}
	return refs[0].a >= h[1]
}

// startsAt reports whether one of hits starts at a.
func startsAt(hits [][]int, a int) bool {
	for _, h := range hits {
		if h[0] == a {
			return true
		}
	}
	return false
}
