package parser

import "strings"

// A relative or a neighbour the sender speaks of only as one who helped,
// drove or advised her ("Min datter tog mig med til sidste møde, og nu vil
// jeg ...", "Min svigersøn, der er lærer, har rådet mig til at skifte til
// 3", "My neighbour, who is a nurse, advised me to ...") is not whom the
// clause's choices are for: they are the sender's.

var (
	helperVerbs   = wordSet(daHelperVerbs, enHelperVerbs)
	helperAux     = wordSet(daHelperAux, enHelperAux)
	relativeWords = wordSet(daRelativeWords, enRelativeWords)
	thirdObjects  = wordSet(daThirdObjects, enThirdObjects)
	talkWords     = wordSet(daTalkWords, enTalkWords)
	talkWith      = wordSet(daTalkWith, enTalkWith)
)

// helperOpens reports that clause c opens with a relative who did
// something for the sender ("tog mig med", "har rådet mig"), after an
// aside of her own (", der er lærer,"), and that its sentence names no one
// else the choices could be for ("... tilmelde ham", "og min søster").
func (rd *reader) helperOpens(c clause) bool {
	t := rd.own
	i, to := t.pastLead(c.a, c.b), t.tokenAt(c.s.b)
	if i+2 >= to || !owners[t.toks[i].s] || !relations[t.toks[i+1].s] || !helperKin(t, i+1, to) {
		return false
	}
	for _, m := range rd.ps.mentions(t, t.toks[i+2].a, c.s.b, false) {
		if !m.p.self {
			return false // "tog mig og min søster med"
		}
	}
	return true
}

// helperKin reports that the relation at token i, in a sentence that ends
// before token to, did something for the sender ("min datter tog mig
// med", "min nabo, som er sygeplejerske, har rådet mig"), and that the
// sentence brings no one else in by a pronoun ("... tilmelde ham").
func helperKin(t *text, i, to int) bool {
	k := relativeAsideEnd(t, i+1, to)
	if k < to && helperAux[t.toks[k].s] {
		k++ // "har rådet mig"
	}
	if k+1 >= to || !helperVerbs[t.toks[k].s] || !selfObject[t.toks[k+1].s] || t.gap(k, k+1) != " " {
		return false
	}
	for j := k + 2; j < to; j++ {
		if thirdObjects[t.toks[j].s] {
			return false // "bad mig om at tilmelde ham", "og hun vil også med"
		}
	}
	return true
}

// relativeAsideEnd returns the token after an aside set off by commas
// that opens at token k with a relative word (", som er sygeplejerske,",
// ", who is a nurse,"), k itself when none opens there.
func relativeAsideEnd(t *text, k, to int) int {
	if k >= to || !relativeWords[t.toks[k].s] || !strings.Contains(t.gap(k-1, k), ",") {
		return k
	}
	for j := k + 1; j < to && j <= k+8; j++ {
		if g := t.gap(j-1, j); sentenceGap(g) {
			return k
		} else if strings.Contains(g, ",") {
			return j
		}
	}
	return k
}

// talkedOver reports a clause that opens with a talk the sender had with a
// relative and goes on with herself alone ("Efter en snak med min kollega,
// som kender området, vælger jeg 4 og 1"): the relative advised her, and
// does not come.
func (rd *reader) talkedOver(c clause) bool {
	t := rd.own
	if c.a != c.s.a {
		return false
	}
	// the whole sentence: "After talking to my colleague, ..., I choose"
	// is two clauses in English
	whole := clause{a: c.s.a, b: c.s.b, s: c.s}
	from, to := t.pastLead(whole.a, whole.b), t.tokenAt(whole.b)
	k := rd.frontedSubject(whole, from, to, rd.res.Language == "en")
	if k < 0 || !selfPronoun[t.toks[k].s] {
		return false
	}
	for j := from; j+3 < k; j++ {
		if talkWords[t.toks[j].s] {
			m := j + 1
			if m < k && !talkWith[t.toks[m].s] {
				m++ // "talked it over with", "snak i går med"
			}
			return m+2 < k && talkWith[t.toks[m].s] && owners[t.toks[m+1].s] && relations[t.toks[m+2].s]
		}
	}
	return false
}
