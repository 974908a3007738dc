package parser

// workshopsColumn are headings of one table column that holds both
// choices of a row ("Workshop" over "1 + 2").
var workshopsColumn = wordSet([]string{"workshop", "workshops", "ws", "valg", "prioriteter", "workshopvalg", "choices", "workshop choices"})

// cellRefs reads a table cell that holds two choices ("1 + 2", "4 og 1",
// "sundhed, job") as the 1st and the 2nd, in order; a cell of one
// workshop is a 1st alone, and one of more than two gives none, for the
// gate to see nothing was read.
func (rd *reader) cellRefs(a, b int) []ref {
	t := rd.own
	from, to := t.tokenAt(a), t.tokenAt(b)
	if from >= to {
		return nil
	}
	var out []ref
	for i := from; i < to; i++ {
		tk := t.toks[i]
		if tk.num > 0 && len(tk.s) <= 2 {
			out = append(out, ref{ws: tk.num, kind: byNumber, i: i, j: i + 1, a: tk.a, b: tk.b, missing: !rd.cat.numbers[tk.num]})
		}
	}
	if len(out) == 0 {
		out = rd.cat.nameRefs(t, from, to)
	}
	if len(out) > 2 {
		return nil
	}
	for k := range out {
		out[k].rank = k + 1
	}
	return out
}
