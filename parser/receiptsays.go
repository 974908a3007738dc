package parser

import "slices"

// receiptSays: the sender tells what the bot's receipt says ("I
// kvitteringen står der workshop 2 først"), and what she wrote before ("men
// jeg skrev beskæftigelse"): the old state she reports, not a wish.
var (
	receiptSays = table(daReceiptSays, enReceiptSays)
	wroteBefore = table(daWroteBefore, enWroteBefore)
)

// dropReceiptReport undoes the workshops of a sentence that reports what
// the receipt says, in the clause that reports it and in those that tell
// what she wrote before, when a later sentence names workshops itself:
// that one is her wish. With no later wish the words are left as they
// are, and the gate sends the mail to staff (checkReceiptReported).
func (rd *reader) dropReceiptReport() {
	t := rd.own
	hits := t.all(receiptSays)
	if len(hits) == 0 {
		return
	}
	var reported []sentence
	for _, h := range hits {
		for _, c := range rd.sents {
			if h[0] >= c.s.a && h[0] < c.s.b && !slices.Contains(reported, c.s) {
				reported = append(reported, c.s)
			}
		}
	}
	if len(reported) == 0 {
		return
	}
	end := reported[len(reported)-1].b
	later := false
	for _, c := range rd.sents {
		later = later || c.a >= end && len(c.refs) > 0
	}
	if !later {
		return
	}
	for k := range rd.sents {
		c := &rd.sents[k]
		if !slices.Contains(reported, c.s) {
			continue
		}
		if len(t.within(receiptSays, c.a, c.b)) > 0 || len(t.within(wroteBefore, c.a, c.b)) > 0 {
			c.refs = nil
		}
	}
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
	end := v.sentenceOf(h[0]).b
	for _, refs := range v.refs() {
		for _, r := range refs {
			if r.a >= end {
				return verdict{}
			}
		}
	}
	return review("the mail tells what the receipt says (%q), but no wish follows it: what should it say?", v.quote(h[0], h[1]))
}
