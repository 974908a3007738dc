package parser

// stepRefs finds workshops named by their place in the invitation's list
// next to one named just before in the sentence ("den nederste som
// førstevalg og den ovenover som andetvalg", "helst den første på listen,
// ellers den lige efter", "the third one, and as a backup the one after
// it"): the one after is the next in the list, the one above or before
// the one ahead of it. A place outside the list names a workshop that
// does not exist. "Den efter mødet" speaks of the meeting: the step must
// end its phrase.
func (c *catalog) stepRefs(t *text, from, to int, refs []ref) []ref {
	if len(refs) == 0 {
		return nil
	}
	var out []ref
	for i := from; i+1 < to; i++ {
		if w := t.toks[i].s; w != "den" && w != "the" {
			continue // most words: no map is asked
		}
		step, end := listStepAt(t, i, to)
		if step == 0 {
			continue
		}
		anchor := -1
		for k, r := range refs {
			if r.b <= t.toks[i].a && (anchor < 0 || r.b > refs[anchor].b) {
				anchor = k
			}
		}
		for _, r := range out {
			if r.b <= t.toks[i].a && (anchor < 0 || r.b > refs[anchor].b) {
				anchor = -2 // a step from a step: the last one read
			}
		}
		var base int
		switch {
		case anchor == -2:
			base = out[len(out)-1].ws
		case anchor >= 0 && !refs[anchor].missing:
			base = refs[anchor].ws
		default:
			continue
		}
		n := base + step
		out = append(out, ref{ws: n, kind: byOrdinal, i: i, j: end, a: t.toks[i].a, b: t.toks[end-1].b, missing: n < 1 || !c.numbers[n]})
		i = end - 1
	}
	return out
}

// listStepAt reads a step in the list at token i, "den"/"the": +1 or -1,
// and the token after the phrase; 0 when there is none.
func listStepAt(t *text, i, to int) (int, int) {
	k := i + 1
	if k < to && t.toks[k].s == "one" {
		k++ // "the one below it"
	}
	if k < to && stepFillers[t.toks[k].s] {
		k++ // "den lige efter", "the one just above"
	}
	if k >= to || t.gap(k-1, k) != " " {
		return 0, 0
	}
	step, ok := listSteps[t.toks[k].s]
	if !ok || k == i+1 && t.toks[i].s == "the" && !stepNoOne[t.toks[k].s] {
		return 0, 0 // "the after" is no English; "the next one" is
	}
	k++
	if k < to && stepObjects[t.toks[k].s] && t.gap(k-1, k) == " " {
		k++ // "den før den", "the one after it"
	} else if k < to && t.toks[k].s == "one" && stepNoOne[t.toks[k-1].s] {
		k++ // "the next one"
	}
	if k < to && !clauseEnds(t.fold[t.toks[k-1].b:]) && !stepThen[t.toks[k].s] && !listCueAt(t, k) {
		return 0, 0 // "den efter mødet": something else comes after
	}
	return step, k
}

// listCueAt reports "på listen", "on the list" at token k.
func listCueAt(t *text, k int) bool {
	return onListAt(t.fold[t.toks[k-1].b:])
}

var (
	listSteps   = map[string]int{"ovenover": -1, "ovenfor": -1, "nedenunder": 1, "nedenfor": 1, "efter": 1, "foer": -1, "foran": -1, "naeste": 1, "forrige": -1, "above": -1, "below": 1, "underneath": 1, "after": 1, "before": -1, "next": 1, "previous": -1}
	stepFillers = wordSet([]string{"lige", "just", "right", "directly"})
	stepObjects = wordSet([]string{"den", "denne", "det", "it", "that", "this"})
	// stepNoOne: English steps that take "the" right before them ("the next one")
	stepNoOne = wordSet([]string{"next", "previous"})
	// stepThen: what may follow the step in its clause ("... som andetvalg")
	stepThen = wordSet([]string{"som", "as", "og", "and", "eller", "or", "ellers", "otherwise", "hvis", "if", "second", "first", "then", "saa", "too", "also", "ogsaa"})
)

// stepFollows reports a step in the list after a bare ordinal at token i
// ("the third one, and as a backup the one after it"): the ordinal is a
// place in the list too.
func stepFollows(t *text, i, to int) bool {
	for k := i + 1; k+1 < to; k++ {
		if w := t.toks[k].s; w == "den" || w == "the" {
			if step, _ := listStepAt(t, k, to); step != 0 {
				return true
			}
		}
	}
	return false
}
