package parser

// inPlaceName: token k ends a run of capitalised words that follows a
// word for where someone lives ("living in Albertslund Syd and I", "bor
// i Hyldespjældet og jeg"): an address, not a person beside the sender.
func (v *gateView) inPlaceName(k int) bool {
	t := v.t
	j := k
	for j > 0 && j > k-4 && t.toks[j-1].cap && t.gap(j-1, j) == " " {
		j--
	}
	if j == 0 || t.gap(j-1, j) != " " {
		return false
	}
	w := t.toks[j-1].s
	if w == "i" && v.r.Language == "en" {
		return false // "I": the sender
	}
	return places[w] || homeWords[w]
}

// homeWords are words that put a place after them ("bor Hyldespjældet 4").
var homeWords = wordSet(daHomeWords, enHomeWords)
