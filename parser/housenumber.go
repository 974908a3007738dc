package parser

import "strings"

// houseNumbers finds the numbers of a home ("fra nr 58 i Gårdhusene",
// "bor i nr. 12", "nr 7 på Kanalvej", "bor Hyldespjældet nr 12"): an address, never a workshop. The
// number after "nr" counts as a house number when "fra" or "bor i/på" stands
// before it, or "i"/"på" and a capitalised place after it.
func houseNumbers(t *text) [][2]int {
	var out [][2]int
	for k := 0; k+1 < len(t.toks); k++ {
		// the number first: it rules out nearly every token without a look-up
		if t.toks[k+1].num < 0 || !t.toks[k].is(classHouseNumberWord) {
			continue
		}
		before := k >= 1 && houseFrom[t.toks[k-1].s] ||
			k >= 2 && houseLives[t.toks[k-2].s] && houseAt[t.toks[k-1].s] ||
			// "jeg bor Hyldespjældet nr 12": a place right after "bor"
			k >= 2 && houseLives[t.toks[k-2].s] && t.toks[k-1].cap && t.toks[k-1].num < 0
		after := k+3 < len(t.toks) && houseAt[t.toks[k+2].s] && t.toks[k+3].cap && t.toks[k+3].num < 0 &&
			t.toks[k+2].line == t.toks[k+1].line
		if before || after || afterFullName(t, k) {
			out = append(out, [2]int{t.toks[k].a, t.toks[k+1].b})
		}
	}
	return out
}

var (
	houseNumberWords = wordSet(daHouseNumberWords, enHouseNumberWords)
	houseFrom        = wordSet(daHouseFrom, enHouseFrom)
	houseLives       = wordSet(daHouseLives, enHouseLives)
	houseAt          = wordSet(daHouseAt, enHouseAt)
)

// afterFullName reports "nr" at token k set apart by commas right after a
// full name, "Else Dam, nr. 22,": where she lives, as staff write it of a
// resident. A workshop's own words before it ("Sundhed (nr.
// 2)", as the bot's receipt writes) are no name.
func afterFullName(t *text, k int) bool {
	if k < 2 || !t.toks[k-1].cap || !t.toks[k-2].cap || t.toks[k-1].num >= 0 || t.toks[k-2].num >= 0 ||
		t.avoid[t.toks[k-1].s] || t.avoid[t.toks[k-2].s] || t.toks[k-2].line != t.toks[k].line {
		return false
	}
	if strings.TrimSpace(t.gap(k-1, k)) != "," || strings.TrimSpace(t.gap(k-2, k-1)) != "" {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(t.fold[t.toks[k+1].b:], " "), ",")
}
