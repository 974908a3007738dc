package parser

import (
	"slices"
	"strings"
)

// A diet word can be the label of a form field that the sender answers
// right after it: "Vegetar: nej", "Vegetar? Nej tak", "Vegetarian: no",
// "Vegetar: [ ] ja [x] nej", or a box after each label ("Vegetar [ ]
// Halal [x]"). Answered no, the word says she is not one. A food named as
// the label is refused by the same no ("Svinekød: nej tak", "Gluten:
// nej"), so the tag of such a food stands.

// answeredNo reports a diet word at fold[a:b] that is answered no or
// followed by an empty box on its line.
func answeredNo(t *text, a, b int) bool {
	from, to := lineAround(t, a, b)
	if j := t.tokenAt(b); j < len(t.toks) && t.toks[j].a == b+1 && t.toks[j].b <= to && foodCondition[t.toks[j].s] {
		b = t.toks[j].b // "Gluten free? No": the answer is the condition's
	}
	rest := strings.TrimLeft(t.fold[b:to], " \t")
	sep := rest != "" && strings.IndexByte(":?-=", rest[0]) >= 0
	if sep {
		rest = strings.TrimLeft(rest[1:], " \t")
	}
	if !boxLead(rest) {
		if w := tickedAnswer(rest, false); sep && w != 0 && mayHoldBox(rest) {
			return w < 0 // "ja [ ] nej [x]"
		}
		return sep && answer(rest) < 0
	}
	k, at := boxOpens(rest)
	switch {
	case k == 0:
		return false
	case answer(strings.TrimLeft(rest[at:], " \t")) != 0:
		return tickedAnswer(rest, true) < 0 // "[ ] ja [x] nej"
	case boxesLead(t.fold[from:to]):
		return false // "Kost: [ ] vegetar [x] halal": each box stands before its label
	}
	return k < 0 // "Vegetar [ ] Halal [x]"
}

// tickedAfter reports a diet word at fold[a:b] with a ticked box right
// after it on a line that does not open with a box ("Vegetar [ ] Halal
// [x]"): the empty box before it belongs to the label before.
func tickedAfter(t *text, a, b int) bool {
	from, to := lineAround(t, a, b)
	rest := strings.TrimLeft(t.fold[b:to], " \t:")
	if !boxLead(rest) {
		return false
	}
	k, _ := boxOpens(rest)
	return k > 0 && !boxesLead(t.fold[from:to])
}

// boxesLead reports a line whose boxes stand before their labels: its
// first box opens it or follows the field's label ("Kost: [ ] vegetar").
func boxesLead(line string) bool {
	first := -1
	for _, box := range slices.Concat(emptyBoxes, tickedBoxes) {
		if i := strings.Index(line, box); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	before := strings.TrimRight(line[:max(first, 0)], " \t")
	return first >= 0 && (before == "" || strings.HasSuffix(before, ":") || strings.Trim(before, "-*• \t") == "")
}

// refusedByNo reports a diet word whose tag a no after it keeps: a food
// refused ("Svinekød: nej tak", "Gluten: nej").
func refusedByNo(t *text, a, b int, tag string) bool {
	i := t.tokenAt(a)
	if tag == "no_pork" || i >= len(t.toks) || !refusableFoods[t.toks[i].s] || t.toks[i].b != b {
		return false
	}
	return i+1 >= len(t.toks) || !foodCondition[t.toks[i+1].s]
}

// declinedDiet reports a diet word at fold[a:b] that the reader drops as
// answered no: the gate's word at a opens a phrase of the diet tables
// whose tag a no turns round.
func declinedDiet(t *text, a, b int) bool {
	if !answeredNo(t, a, b) {
		return false
	}
	from, to := lineAround(t, a, b)
	for _, p := range t.phrasesIn(dietWords, from, to) {
		kind := dietKinds[p.k]
		if from+p.a == a && tagKind(kind) && !refusedByNo(t, a, from+p.b, kind) && answeredNo(t, a, from+p.b) {
			return true
		}
	}
	return false
}

// tickedAnswer returns the answer a ticked box in s marks: the word after
// it when the boxes stand first ("[ ] ja [x] nej"), else the one before
// it ("ja [ ] nej [x]").
func tickedAnswer(s string, first bool) int {
	for _, box := range tickedBoxes {
		i := strings.Index(s, box)
		switch {
		case i < 0:
		case first:
			return answer(strings.TrimLeft(s[i+len(box):], " \t"))
		default:
			before := strings.TrimRight(s[:i], " \t")
			return answer(before[strings.LastIndexAny(before, " \t]")+1:] + " ")
		}
	}
	return 0
}

// answer reports whether s opens with a plain yes (+1) or no (-1) that
// ends there or before a comma or full stop ("nej tak", "no thanks"
// included): "no pork" is no answer.
func answer(s string) int {
	for _, w := range answerWords {
		rest, ok := strings.CutPrefix(s, w.s)
		if !ok {
			continue
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(rest, " tak"), " thanks"), " thank you")
		if rest == "" || strings.IndexByte(",.;!) \t", rest[0]) >= 0 && endsAnswer(rest) {
			return w.v
		}
	}
	return 0
}

// endsAnswer: after the answer word comes nothing but punctuation, a new
// clause after a comma or full stop, or the next answer's box.
func endsAnswer(rest string) bool {
	r := strings.TrimLeft(rest, " \t")
	return r == "" || strings.IndexByte(",.;!)", r[0]) >= 0 || boxLead(r)
}

// answerWords: the plain answers a form field gets, in folded text.
var answerWords = []struct {
	s string
	v int
}{{"nej", -1}, {"no", -1}, {"nope", -1}, {"ja", 1}, {"yes", 1}}

// selfAnswered reports a question in fold[a:b] that the sender answers
// herself right after it on its line, as a form's question is ("Vegetar?
// Nej tak", "Er du vegetar? Nej"): it asks staff nothing.
func selfAnswered(t *text, a, b int) bool {
	end := strings.LastIndexByte(t.fold[a:b], '?') + 1
	if end == 0 {
		return false
	}
	end += a
	return answer(strings.TrimLeft(t.fold[end:lineEnd(t, end)], " \t")) != 0
}
