package parser

// correctedFrom returns the offsets right before each workshop the sender
// takes back in a sentence that corrects what she wrote: after the "no"
// ("jeg mente 3, ikke 2", "Jeg mente ikke 2, men 1", "I meant 3, not
// 2") and after the verb of what she wrote ("Jeg skrev sundhed, men jeg
// mente uddannelse", "I wrote 2 but meant 3"). Like "i stedet for 2",
// each gives up the workshop that follows it for the one she names.
func (rd *reader) correctedFrom() []int {
	t := rd.own
	var out []int
	for _, s := range t.sents() {
		wrote := t.within(wroteMeant, s.a, s.b)
		if len(wrote) == 0 && !t.has(selfCorrection, s.a, s.b) {
			continue
		}
		for _, h := range wrote {
			for i := t.tokenAt(h[0]); i < len(t.toks) && t.toks[i].a < h[1]; i++ {
				if wroteVerbs[t.toks[i].s] {
					out = append(out, t.toks[i].b)
					break
				}
			}
		}
		for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].a < s.b; i++ {
			if negators[t.toks[i].s] {
				out = append(out, t.toks[i].b)
			}
		}
	}
	return out
}

// corrects reports a sentence of the mail that corrects what the sender
// wrote (correctedFrom).
func (rd *reader) corrects() bool {
	return rd.own.matches(selfCorrection) || rd.own.matches(wroteMeant)
}

var (
	meant      = table(daMeant, enMeant)
	wroteMeant = table(daWroteMeant, enWroteMeant)
	wroteVerbs = wordSet(daWroteVerbs, enWroteVerbs)
)
