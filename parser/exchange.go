package parser

import "tilmeld"

// exchangeVerb and exchangeWith frame an exchange of one workshop for
// another: "bytte 4 ud med 1", "udskifte sundhed med uddannelse", "swap
// workshop 3 for workshop 4", "replace 4 with 1". The workshop after the
// verb is given up, the one after the joining word taken.
var (
	exchangeVerb = table(daExchangeVerb, enExchangeVerb)
	exchangeWith = wordSet(daExchangeWith, enExchangeWith)
	// statedPair restates the registration she holds ("Jeg står til 3 og
	// 4", "I signed up for 1 and 3"): history, not a choice.
	statedPair = table(daWasRegistered, enWasRegistered, daStatedPair, enStatedPair)
)

// exchange is a workshop given up and the one taken for it: at is where
// the one given up is read from, tokens [i, j) name the one taken.
type exchange struct{ out, in, at, i, j int }

// exchangeOf finds an exchange of two workshops in the sender's words; it
// is zero when none, or when what is exchanged is a person ("bytte min
// kollega ud med Ole Berg", "swap her for Tom").
func (rd *reader) exchangeOf() exchange {
	t := rd.own
	for _, h := range t.all(exchangeVerb) {
		out, k := rd.workshopAt(t.tokenAt(h[1]))
		if out == 0 {
			continue
		}
		if k < len(t.toks) && t.toks[k].s == "ud" {
			k++ // "bytte 4 ud med 1"
		}
		if k >= len(t.toks) || !exchangeWith[t.toks[k].s] {
			continue
		}
		if in, j := rd.workshopAt(k + 1); in != 0 && in != out {
			return exchange{out: out, in: in, at: h[1], i: k + 1, j: j}
		}
	}
	return exchange{}
}

// workshopAt reads a workshop named at token k, after any "workshop" or
// "nr": by its number or by its words. It returns the workshop and the
// token after it; 0 when none is named there.
func (rd *reader) workshopAt(k int) (ws, end int) {
	t := rd.own
	for k < len(t.toks) && (t.toks[k].is(classSkipBeforeRef) || t.toks[k].is(classWorkshopWord)) {
		k++
	}
	if k >= len(t.toks) {
		return 0, k
	}
	if n := t.toks[k].num; n > 0 {
		if rd.ev.Workshop(n) != nil {
			return n, k + 1
		}
		return 0, k
	}
	if n, ws := rd.cat.matchAt(t, k, len(t.toks)); n > 0 {
		return ws, k + n
	}
	return 0, k
}

// restatedPair reads the pair of workshops right after words that restate
// the registration she holds ("jeg står til 3 og 4"): first, second and
// the end of the pair; zeros when there is none.
func (rd *reader) restatedPair(h []int) (first, second, end int) {
	t := rd.own
	a, k := rd.workshopAt(t.tokenAt(h[1]))
	if a == 0 || k >= len(t.toks) || !andWords[t.toks[k].s] || t.gap(k-1, k) != " " {
		return 0, 0, 0
	}
	b, j := rd.workshopAt(k + 1)
	if b == 0 || b == a {
		return 0, 0, 0
	}
	return a, b, t.toks[j-1].b
}

// dropStatedPair forgets the workshops of a sentence that restates the
// registration she holds, when the mail gives one of them up for another
// ("Jeg står til 3 og 4. Kan I udskifte 4 med 1?", "Jeg står til 3 og 4,
// kan jeg få 1 i stedet for 4?"): an update carries only what changes. The
// pair is kept as the order on file (stated), which says where the new
// workshop goes.
func (rd *reader) dropStatedPair(intent tilmeld.Intent) {
	t := rd.own
	if intent != tilmeld.IntentUpdate {
		return
	}
	x := rd.exchangeOf()
	if x.out != 0 {
		rd.takeExchanged(x)
	}
	if x.out == 0 && !t.matches(insteadOf) {
		return
	}
	for _, h := range t.all(statedPair) {
		first, second, end := rd.restatedPair(h)
		if first == 0 {
			continue
		}
		if rd.stated[0] != 0 {
			rd.stated = [2]int{-1, -1} // two pairs: staff see which holds
			return
		}
		rd.stated = [2]int{first, second}
		for k, c := range rd.sents {
			var keep []ref
			for _, r := range c.refs {
				if r.a < h[1] || r.a >= end {
					keep = append(keep, r)
				}
			}
			rd.sents[k].refs = keep
		}
	}
}

// statedChoices is the pair the sender restated, if one.
func (rd *reader) statedChoices() (first, second int) {
	if rd.stated[0] <= 0 {
		return 0, 0
	}
	return rd.stated[0], rd.stated[1]
}

// takeExchanged forgets the workshop an exchange gives up ("udskifte 4
// med 1": the 4), as "i stedet for 4" does, and reads the one it takes
// where the sentence's reading passed it by ("4 med 1" are bare numbers).
func (rd *reader) takeExchanged(x exchange) {
	t := rd.own
	for k, c := range rd.sents {
		if x.at < c.a || x.at > c.b {
			continue
		}
		var keep []ref
		taken := false
		for _, r := range c.refs {
			if r.a >= x.at && r.ws == x.out && r.b <= t.toks[x.i].a {
				continue
			}
			taken = taken || r.ws == x.in && r.a >= t.toks[x.i].a
			keep = append(keep, r)
		}
		if !taken {
			keep = append(keep, ref{ws: x.in, kind: byNumber, i: x.i, j: x.j, a: t.toks[x.i].a, b: t.toks[x.j-1].b})
		}
		rd.sents[k].refs = keep
		return
	}
}

// exchangesStated reports an update whose sentence s exchanges a workshop
// of the pair the mail restates ("Jeg står til 2 og 1. Må jeg bytte
// sundhed ud med uddannelse?"): like leave to move once the seats are
// given, the bot acts on it.
func (v *gateView) exchangesStated(s sentence) bool {
	return v.r.Intent == tilmeld.IntentUpdate && v.t.has(exchangeVerb, s.a, s.b) && v.t.matches(statedPair)
}
