package parser

// meantNumber reads the bare number the sender says she meant ("Jeg skrev
// 2, men mente 3", "I wrote 2 but meant 3") as her workshop, for a change
// that names no workshop otherwise: the one she wrote is given up
// (correctedFrom, insteadOne), and the receipt she answers says which
// priority it held. It reports whether it gave her one. Only the number
// right after the verb, ending its clause, counts: "mente 3 personer" is
// no workshop.
func (rd *reader) meantNumber() bool {
	t := rd.own
	for _, h := range t.all(wroteMeant) {
		// the verb of meaning ends the phrase
		k := t.tokenAt(h[1])
		for k < len(t.toks) && t.toks[k].is(classSkipBeforeRef) {
			k++
		}
		if k >= len(t.toks) || t.toks[k].num <= 0 || rd.ev.Workshop(t.toks[k].num) == nil {
			continue
		}
		if k+1 < len(t.toks) && !endsClause(t.gap(k, k+1)) {
			continue
		}
		tk := t.toks[k]
		rd.ps.self.refs = []ref{{ws: tk.num, kind: byNumber, i: k, j: k + 1, a: tk.a, b: tk.b}}
		rd.ps.self.said = true
		return true
	}
	return false
}

// endsClause reports whether the gap between two tokens ends a clause.
func endsClause(g string) bool {
	for i := 0; i < len(g); i++ {
		switch g[i] {
		case '.', ',', ';', '!', '?', '\n', ':':
			return true
		}
	}
	return false
}
