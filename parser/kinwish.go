package parser

import "strings"

// kinWish: a wish to come, said of someone as a plain statement ("vil
// gerne med", "kommer gerne", "would love to come").
var kinWish = table(daKinWish, enKinWish)

// kinWishes reports a mail in which the sender tells that a relative of
// hers wishes to come ("Min farmor vil rigtig gerne med den 29.", "Min
// bror, Yusuf Demir, vil gerne deltage", "My aunt would love to come"),
// without a condition or a question, and never speaks of herself as "jeg",
// "vi", "I" or "we": a registration of the relative, not of the sender,
// unless the writer gave a bare choice of her own before it.
func (rd *reader) kinWishes() bool {
	if rd.kin == 0 {
		rd.kin = -1
		if rd.readKinWishes() {
			rd.kin = 1
		}
	}
	return rd.kin > 0
}

func (rd *reader) readKinWishes() bool {
	t := rd.own
	if !t.matches(kinWish) {
		return false
	}
	for _, tk := range t.toks {
		if kinSelf[tk.s] && (tk.s != "i" || rd.res.Language == "en") {
			return false
		}
	}
	for _, s := range t.sents() {
		if t.has(kinWish, s.a, s.b) && kinWishAt(t, s) && !rd.ownChoiceBefore(s) {
			return true
		}
	}
	return false
}

// ownChoiceBefore reports a bare choice of workshops before a relative's
// wish that names her own ("Workshop 2. Min søster Sara vil gerne med på
// workshop 4.") or that comes "også" ("Workshop 2. Min søster vil også
// gerne med."): the writer gave her own first, the relative comes besides.
func (rd *reader) ownChoiceBefore(s sentence) bool {
	var before, within bool
	for _, c := range rd.sents {
		switch {
		case len(c.refs) == 0:
		case c.b <= s.a && !speaksOfOther(rd.own, c.a, c.b):
			before = true
		case c.a >= s.a && c.b <= s.b:
			within = true
		}
	}
	return before && (within || alsoInWish(rd.own, s))
}

// alsoInWish reports an "også" / "also" inside a wish to come in s.
func alsoInWish(t *text, s sentence) bool {
	for _, w := range t.within(kinWish, s.a, s.b) {
		for _, o := range t.within(alsoComes, w[0], w[1]) {
			if o[0] > w[0] {
				return true
			}
		}
	}
	return false
}

// speaksOfOther reports a word in [a, b) that points at someone other than
// the writer: an owner's word ("min", "my") or a third person.
func speaksOfOther(t *text, a, b int) bool {
	for k := t.tokenAt(a); k < len(t.toks) && t.toks[k].a < b; k++ {
		if t.toks[k].is(classOwnerOne) || otherPronouns[t.toks[k].s] {
			return true
		}
	}
	return false
}

// kinSelf: the sender as a subject.
var kinSelf = wordSet([]string{"jeg", "vi", "i", "we", "i'm", "i'd", "we're"})

// kinWishAt reports a sentence that opens with a relation of the sender
// ("Min farmor", "My aunt"), a name after it in commas allowed, followed
// by the wish, with no condition and no question in it.
func kinWishAt(t *text, s sentence) bool {
	if f := strings.TrimSpace(t.fold[s.a:s.b]); strings.HasSuffix(f, "?") {
		return false
	}
	i, to := t.pastLead(s.a, s.b), t.tokenAt(s.b)
	for k := i; k < to; k++ {
		if kinWishNot[t.toks[k].s] {
			return false
		}
	}
	if i+1 >= to || !t.toks[i].is(classOwnerOne) {
		return false
	}
	if rel, _ := relationAt(t, i+1); rel == "" {
		return false
	}
	hits := t.within(kinWish, s.a, s.b)
	if len(hits) == 0 {
		return false
	}
	k := i + 2
	if name, n := nameAt(t, k); name != "" {
		k += n // "Min bror, Yusuf Demir, vil gerne ..."
	}
	return k < to && t.toks[k].a == hits[0][0]
}

// kinWishNot: a condition, a past wish or a question in the sentence.
var kinWishNot = wordSet([]string{"hvis", "men", "if", "but", "vide", "know", "have", "haft", "ikke", "not"})
