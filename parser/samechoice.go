package parser

import (
	"slices"
	"strings"

	"tilmeld"
)

// sameChoices gives a person said to want "the same" the sender's
// workshops: "Min mand Ole vil det samme", "Det samme gælder min mand Ole",
// "..., og det vil min kollega Anna også", "Same for my husband Tom". Only
// one who got no workshop of her own, and only the sender's: "the same"
// after someone else's choices is for staff to read.
func (rd *reader) sameChoices() {
	t, self := rd.own, rd.ps.self
	mine := self.refs
	if len(mine) == 0 {
		mine = rd.receiptRefs()
	}
	if len(mine) == 0 {
		return
	}
	for k, c := range rd.sents {
		var ms []mention
		if a, b := rd.elidedSame(prevClause(rd.sents, k), c); a >= 0 {
			if ms = rd.ps.mentions(t, a, b, false); len(ms) > 0 && (ms[0].a != a || tokensBetween(t, ms[len(ms)-1].b, b) > 0) {
				ms = nil
			}
		}
		if ms == nil && !t.has(sameChoice, c.a, c.b) && !t.has(sameLeftOut, c.a, c.b) || saysNot(t, c) {
			continue // "Hun vil ikke det samme": not the same
		}
		if ms == nil {
			ms = rd.ps.mentions(t, c.a, c.b, false)
		}
		if prev := prevClause(rd.sents, k); len(ms) == 0 && prev != nil && (opensWithPronoun(t, c) || objectPronoun(t, c) || opensWithSame(t, c)) {
			// "Min kone er Anna Holm, hun vil det samme": the one just named
			if pm := rd.ps.mentions(t, prev.a, prev.b, false); len(pm) > 0 {
				ms = pm[len(pm)-1:]
			}
		}
		same := mine
		switch {
		case slices.ContainsFunc(c.refs, func(r ref) bool { return !slices.ContainsFunc(mine, func(m ref) bool { return m.ws == r.ws }) }),
			numbersAfterBut(t, c):
			// "Bo vil det samme, men 3 og 1": not the same after all
			rd.review("%q says the same as the sender, and other workshops", strings.TrimSpace(t.span(c.a, c.b)))
			continue
		case len(mine) == 2 && t.has(reversedOrder, c.a, c.b):
			// "Min mand vil det samme, bare omvendt"
			same = []ref{{ws: mine[1].ws, kind: mine[1].kind, rank: 1}, {ws: mine[0].ws, kind: mine[0].kind, rank: 2}}
		}
		for i, m := range ms {
			switch p := m.p; {
			case p.self || slices.ContainsFunc(ms[:i], func(o mention) bool { return o.p == p }):
				// "min mand ... hans navn er Hasan Yilmaz": one person spoken of twice
			case len(p.refs) == 0:
				p.refs, p.said = slices.Clone(same), true
			case sameRefs(p.refs, same):
				// "Jeg og min mand Bo vil gerne deltage, samme workshops: 2 og 4"
			default:
				rd.review("%s wants the same as the sender, and workshops of their own too", p.name)
			}
		}
	}
}

var (
	sameChoice  = table(daSameChoice, enSameChoice)
	sameLeftOut = table(daSameLeftOut, enSameLeftOut)
)

// reversedOrder: "the same" with the two priorities the other way round
// ("bare omvendt", "i omvendt rækkefølge", "the other way round").
var reversedOrder = table(daReversedOrder, enReversedOrder)

// sameRefs reports two readings of the same workshops in the same
// order.
func sameRefs(a, b []ref) bool {
	return slices.EqualFunc(a, b, func(x, y ref) bool { return x.ws == y.ws })
}

// receiptRefs are the sender's choices as the bot's receipt quoted in a
// reply holds them, for "min mand vil have samme workshops som mig" in a
// mail that gives none of her own; nil when there is none.
func (rd *reader) receiptRefs() []ref {
	if rd.res.Intent != tilmeld.IntentUpdate || rd.m.Quoted == "" || !strings.Contains(rd.m.Quoted, "prioritet") && !strings.Contains(rd.m.Quoted, "choice") {
		return nil
	}
	first, second := receiptChoices(rd.m.Quoted, rd.ps.self.name)
	if first == 0 {
		return nil
	}
	out := []ref{{ws: first, kind: byNumber, rank: 1}}
	if second != 0 && second != first {
		out = append(out, ref{ws: second, kind: byNumber, rank: 2})
	}
	return out
}

// elidedSame reads a clause, or its end after a comma, that is only
// people and "det samme", the verb left out, after workshops chosen
// with no food ("Jeg vil på 4 og 2, min mand Per Holm det samme", "...
// Tom Holm the same"): it returns the span of those people, -1, -1 when
// there is none. prev is the clause before c, if any.
func (rd *reader) elidedSame(prev *clause, c clause) (int, int) {
	t := rd.own
	choseOnly := func(a, b int) bool {
		return refBetween(rd.clauseRefs(prev, c), a, b) && len(readDiet(t, a, b)) == 0
	}
	if k := strings.LastIndex(t.fold[c.a:c.b], ", "); k > 0 && choseOnly(c.a, c.a+k) {
		if a, b := sameShape(t, c.a+k+1, c.b); a >= 0 {
			return a, b
		}
	}
	if prev != nil && choseOnly(prev.a, prev.b) {
		return sameShape(t, c.a, c.b)
	}
	return -1, -1
}

// clauseRefs returns the workshops of prev and c, in text order.
func (rd *reader) clauseRefs(prev *clause, c clause) []ref {
	if prev == nil {
		return c.refs
	}
	return append(slices.Clip(prev.refs), c.refs...)
}

// sameShape reports a span that is only words of people (names, "min
// mand") and then "det samme" or "the same": it returns the span of the
// people, -1, -1 when it is not that.
func sameShape(t *text, a, b int) (int, int) {
	from, to := t.tokenAt(a), t.tokenAt(b)
	// "Også min mand Per Holm.", "So would my husband Tom Holm."
	lead := false
	for from < to {
		w := t.toks[from].s
		if from+2 < to && w == "so" && soVerbs[t.toks[from+1].s] {
			from, lead = from+2, true
			break
		}
		if !t.toks[from].is(classAnd) && !t.toks[from].is(classSkipLead) && w != "ogsaa" && w != "also" {
			break
		}
		lead = lead || w == "ogsaa" || w == "also"
		from++
	}
	if from >= to || strings.TrimRight(strings.TrimSpace(t.fold[t.toks[to-1].b:b]), ".!") != "" {
		return -1, -1
	}
	k := to - 1
	switch {
	case lead:
		k = to
	case k > from && t.toks[k].is(classAlsoTail):
		// "Min mand Per Holm også.", "My husband Tom Holm too."
	case k > from+1 && (t.toks[k].s == "samme" || t.toks[k].s == "same") && (t.toks[k-1].s == "det" || t.toks[k-1].s == "the"):
		k--
	default:
		return -1, -1
	}
	for k > from && sameFill[t.toks[k-1].s] {
		k--
	}
	if k <= from {
		return -1, -1
	}
	for i := from; i < k; i++ {
		if tk := &t.toks[i]; !tk.is(classAnd) && !tk.is(classGateOwner) && !tk.is(classRelation) && !nameWord(t, i) {
			return -1, -1
		}
	}
	return t.toks[from].a, t.toks[k-1].b
}

// sameFill may stand between the people and "det samme" ("Per også det
// samme", "Tom too the same").
var sameFill = wordSet([]string{"ogsaa", "gerne", "ligesaa", "ligeledes", "too", "also"})

// alsoTail end a clause of people that takes the sender's choices ("Min
// mand Per Holm også"); soVerbs follow "so" before them ("So would my
// husband").
var (
	alsoTail = wordSet([]string{"ogsaa", "ligesaa", "too", "also"})
	soVerbs  = wordSet([]string{"would", "will", "does", "do"})
)

// prevClause returns the clause before the k-th, nil for the first.
func prevClause(cs []clause, k int) *clause {
	if k == 0 {
		return nil
	}
	return &cs[k-1]
}

// alsoAfterFood reports people and "også" or "det samme" right after the
// sender's food ("Jeg er vegetar. Min mand Per Holm også."): whether he
// comes, and eats so, staff read.
func (rd *reader) alsoAfterFood(prev *clause, c clause) bool {
	if prev == nil || len(prev.refs) > 0 || len(readDiet(rd.own, prev.a, prev.b)) == 0 {
		return false
	}
	a, _ := sameShape(rd.own, c.a, c.b)
	return a >= 0
}

// checkSameForOne: "Per vil det samme", "and Per wants the same" speaks
// of two people, one wanting what the other chose, yet the reading has
// one attendee: the one who wants the same, or the sender, was lost.
func checkSameForOne(v *gateView) verdict {
	if len(v.r.Attendees) != 1 || v.r.Intent != tilmeld.IntentRegister && v.r.Intent != tilmeld.IntentUpdate {
		return verdict{}
	}
	if h := v.first(sameChoice); h != nil {
		if a := v.r.Attendees[0]; v.r.Intent == tilmeld.IntentUpdate && a.Name != "" && !samePerson(a.Name, v.sender()) {
			// "min mand vil have de samme som mig" under the sender's receipt: an
			// update lists only the one added
			if first, _ := receiptChoices(v.m.Quoted, v.sender()); first != 0 {
				return verdict{}
			}
		}
		s := v.sentenceOf(h[0])
		return review("%q speaks of a second person, but the reading has one", v.quote(s.a, s.b))
	}
	return verdict{}
}

// opensWithPronoun reports a clause whose subject is "han", "hun", "he" or
// "she".
func opensWithPronoun(t *text, c clause) bool {
	i := t.pastLead(c.a, c.b)
	return i < len(t.toks) && t.toks[i].a < c.b && absentPronoun[t.toks[i].s]
}

// objectPronoun reports a clause that asks to put one spoken of before on
// the same ("Skriv hende på de samme to workshops som mig", "Sæt ham på det
// samme"): a pronoun of a third person right after its opening verb.
func objectPronoun(t *text, c clause) bool {
	i := t.pastLead(c.a, c.b) + 1
	return i < len(t.toks) && t.toks[i].a < c.b && objectPronouns[t.toks[i].s]
}

// opensWithSame reports a clause that is the choice alone, its subject
// and verb left out ("Could you add my daughter as well? Same workshop.",
// "Samme valg."): it is said of the one the clause before named.
func opensWithSame(t *text, c clause) bool {
	i := t.pastLead(c.a, c.b)
	return i < len(t.toks) && t.toks[i].a < c.b && (t.toks[i].s == "same" || t.toks[i].s == "samme")
}

var objectPronouns = wordSet([]string{"hende", "ham", "her", "him"})

// numbersAfterBut reports a bare number after "men" or "but" in clause
// c ("det samme, men 3 og 1"), which no reading takes for a workshop.
func numbersAfterBut(t *text, c clause) bool {
	but := false
	for i := t.tokenAt(c.a); i < len(t.toks) && t.toks[i].a < c.b; i++ {
		switch w := t.toks[i].s; {
		case butWords[w]:
			but = true
		case but && len(w) == 1 && w[0] >= '1' && w[0] <= '9':
			return true
		}
	}
	return false
}

var butWords = wordSet([]string{"men", "bare", "blot", "dog", "undtagen", "but", "except", "only"})

// saysNot reports a "not" in clause c.
func saysNot(t *text, c clause) bool {
	for i := t.tokenAt(c.a); i < len(t.toks) && t.toks[i].a < c.b; i++ {
		if withdrawNot[t.toks[i].s] { // "ikke", "aldrig", "not", "never"
			return true
		}
	}
	return false
}
