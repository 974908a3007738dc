package parser

import "strings"

var (
	rankLabelBefore = wordSet(daRankLabelBefore, enRankLabelBefore)
	rankLabelGap    = wordSet(daRankLabelGap, enRankLabelGap)
)

// rankLabel reports an ordinal and a bare "workshop" (tokens [i, end))
// that give the rank of a workshop named beside them, not a place on the
// list: "Første workshop: job", "min anden workshop er sundhed", "som
// anden workshop den om skole", "education as my second workshop". "den
// første workshop (på listen)" with nothing named after it stays a place.
func (c *catalog) rankLabel(t *text, i, end, to int) bool {
	if end != i+2 || !strings.HasPrefix(t.toks[i+1].s, "workshop") {
		return false // "første workshop på listen"
	}
	if i > 0 && rankLabelBefore[t.toks[i-1].s] {
		return true
	}
	k := end
	for k < to && rankLabelGap[t.toks[k].s] {
		k++
	}
	if k >= to || k > end+2 || strings.ContainsAny(t.gap(end-1, k), ".;!?\n") {
		return false
	}
	if tk := t.toks[k]; tk.num >= 0 {
		return c.numbers[tk.num]
	}
	n, _ := c.matchAt(t, k, to)
	return n > 0 || c.topicAt(t.toks[k].s) > 0
}
