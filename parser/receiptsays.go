package parser

import (
	"slices"
	"strings"
)

// receiptSays: the sender tells what the bot's receipt says ("I
// kvitteringen står der workshop 2 først"), and what she wrote before ("men
// jeg skrev beskæftigelse"): the old state she reports, not a wish.
var (
	receiptSays = table(daReceiptSays, enReceiptSays)
	wroteBefore = table(daWroteBefore, enWroteBefore)
)

// dropReceiptReport undoes the workshops of a clause that reports what the
// receipt says (or what the office wrote down: "I har noteret mig på
// sundhed"), and of those of its sentence that tell what she wrote before,
// when words after the report name workshops themselves: those are her
// wish (", men det skal være 4 og så 2", or a later sentence). The report
// ends where its clause does, at a comma or a "men" (reportEnd). With no
// wish after it the words are left as they are, and the gate sends the
// mail to staff (checkReceiptReported).
func (rd *reader) dropReceiptReport() {
	t := rd.own
	hits := t.all(receiptSays)
	if len(hits) == 0 {
		return
	}
	var spans [][2]int // the reports: from their clause's start to reportEnd
	for _, c := range rd.sents {
		said := t.within(receiptSays, c.a, c.b)
		if len(said) == 0 && slices.ContainsFunc(hits, func(h []int) bool { return h[0] >= c.s.a && h[0] < c.s.b }) {
			said = t.within(wroteBefore, c.a, c.b)
		}
		if len(said) > 0 {
			spans = append(spans, [2]int{c.a, reportEnd(t.fold, said[len(said)-1][1], c.b)})
		}
	}
	in := func(r ref, sp [2]int) bool { return r.a >= sp[0] && r.a < sp[1] }
	// the last workshop named outside the reports: a report before it is
	// followed by her wish
	wish := -1
	for _, c := range rd.sents {
		for _, r := range c.refs {
			if !slices.ContainsFunc(spans, func(sp [2]int) bool { return in(r, sp) }) {
				wish = max(wish, r.a)
			}
		}
	}
	for k := range rd.sents {
		c := &rd.sents[k]
		for _, sp := range spans {
			if sp[1] <= wish && slices.ContainsFunc(c.refs, func(r ref) bool { return in(r, sp) }) {
				c.refs = slices.DeleteFunc(slices.Clone(c.refs), func(r ref) bool { return in(r, sp) })
			}
		}
	}
}

// reportEnd returns where the clause of a report that ends at a stops,
// within the clause's end b: at a comma, semicolon or colon, or before a
// "men" / "but" ("I har sat mig på 2 som første, men det skal være 4").
func reportEnd(f string, a, b int) int {
	if k := strings.IndexAny(f[a:b], ",;:"); k >= 0 {
		b = a + k
	}
	for _, w := range []string{" men ", " but "} {
		if k := strings.Index(f[a:b], w); k >= 0 {
			b = a + k
		}
	}
	return b
}

// checkReceiptReported: the sender tells what the receipt says, and names
// no workshop after it: whether those words are the old state or her wish
// is for staff to read.
func checkReceiptReported(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	h := v.first(receiptSays)
	if h == nil {
		return verdict{}
	}
	t, s := v.t, v.sentenceOf(h[0])
	// "I har skrevet et forkert nummer": a report of no workshop or food
	if !t.has(gateLex.diet, s.a, s.b) && !slices.ContainsFunc(v.refs(), func(refs []ref) bool {
		return slices.ContainsFunc(refs, func(r ref) bool { return r.a >= s.a && r.a < s.b })
	}) {
		return verdict{}
	}
	end := v.clauseOf(h[0]).b
	for _, d := range t.dietHits() {
		if d.a >= end {
			return verdict{} // "..., men jeg er vegetar": the new diet
		}
	}
	for _, refs := range v.refs() {
		for _, r := range refs {
			// "..., men jeg skrev beskæftigelse" tells the old wish again
			if c := v.clauseOf(r.a); r.a >= end && !t.has(wroteBefore, c.a, c.b) {
				return verdict{}
			}
		}
	}
	return review("the mail tells what the receipt says (%q), but no wish follows it: what should it say?", v.quote(h[0], h[1]))
}
