package parser

import (
	"slices"
	"strings"
)

// A clause may put a subordinate clause or a phrase of topic before its
// subject: "Hvis køkkenet kan klare det, vil jeg helst have glutenfrit",
// "Når det gælder maden, så er jeg vegetar", "Med hensyn til maden er jeg
// vegetar", "If possible I'd like vegetarian food". The subject is the
// one after it, and a singular one speaks of the sender alone, not of the
// group the sentence before spoke of. So does a clause opened by "til mig",
// "for me" ("Til mig helst laktosefrit").

var (
	frontedLeads = slices.Concat(daFrontedLeads, enFrontedLeads)
	frontedFirst = firstWords(frontedLeads)
	forSelfWho   = wordSet([]string{"mig", "os", "me", "us"})
)

// frontedSubject returns the subject token after a fronted clause that
// opens the clause at token from, or -1 when it opens otherwise or the
// fronted words speak of someone themselves ("Da vi begge er vegetarer,
// vil jeg ..."; "Hvis Bo kan, vil jeg ...").
func (rd *reader) frontedSubject(c clause, from, to int, en bool) int {
	t := rd.own
	if from >= to || !frontedFirst[t.toks[from].s] {
		return -1
	}
	n := frontedLeadAt(t, from, to)
	if n == 0 {
		return -1
	}
	k := -1
	last := min(to-1, from+12)
	for j := from + n; j < last; j++ {
		if strings.Contains(t.gap(j, j+1), ",") && relativeWords[t.toks[j+1].s] {
			// "Efter en snak med min kollega, som kender området, vælger
			// jeg": the aside about whom it speaks of runs to its comma
			if e := relativeAsideEnd(t, j+1, to); e > j+1 {
				last = min(to-1, e+4)
				j = e - 2
				continue
			}
		}
		if strings.Contains(t.gap(j, j+1), ",") {
			k = afterFronted(t, j+1, to, en)
			break
		}
		if !en && j > from+n && personOrInvertVerb(t.toks[j].s) && isSubjectWord(t.toks[j+1].s, false) {
			k = j + 1 // "Med hensyn til maden er jeg vegetar"
			break
		}
		if en && j > from+n && isSubjectWord(t.toks[j].s, true) {
			k = j // "If possible I'd like vegetarian food"
			break
		}
	}
	if k < 0 || rd.frontedSpeaksOf(c, from, k, en) {
		return -1
	}
	return k
}

// frontedLeadAt returns the length of the fronted lead at token i, 0 if
// none.
func frontedLeadAt(t *text, i, to int) int {
	for _, p := range frontedLeads {
		if i+len(p) > to || t.toks[i].s != p[0] {
			continue
		}
		n := 1
		for n < len(p) && t.toks[i+n].s == p[n] {
			n++
		}
		if n == len(p) {
			return n
		}
	}
	return 0
}

// afterFronted returns the subject at token j, right after the comma of a
// fronted clause: in Danish after the verb ("…, (så) vil jeg"), in English
// before it ("…, I'd like"); -1 when none stands there.
func afterFronted(t *text, j, to int, en bool) int {
	if j < to && (t.toks[j].s == "saa" || t.toks[j].s == "then") {
		j++
	}
	if j < to && isSubjectWord(t.toks[j].s, en) {
		return j
	}
	if !en && j+1 < to && personOrInvertVerb(t.toks[j].s) && isSubjectWord(t.toks[j+1].s, false) {
		return j + 1
	}
	return -1
}

func personOrInvertVerb(w string) bool { return personVerbs[w] || invertVerbs[w] }

// frontedSpeaksOf reports fronted words before token k that say
// something of someone of their own: a subject word or a person named,
// with a food or a workshop ("Da vi begge er vegetarer, vil jeg bede om
// ..."). "Når vi spiser, vil jeg gerne have glutenfrit" is the sender's.
func (rd *reader) frontedSpeaksOf(c clause, from, k int, en bool) bool {
	t := rd.own
	a, b := t.toks[from].a, t.toks[k].a
	someone := false
	for i := from; i < k && !someone; i++ {
		someone = isSubjectWord(t.toks[i].s, en) || thirdPerson[t.toks[i].s]
	}
	if !someone && len(rd.ps.mentions(t, a, b, false)) == 0 {
		return false
	}
	return refBetween(c.refs, a, b) || len(readDiet(t, a, b)) > 0
}

// forSelfAt reports "til mig", "for os", "for me" opening the clause at
// token i: the pronoun after it is whom the clause is for.
func forSelfAt(t *text, i, to int) bool {
	return i+2 < to && forWords[t.toks[i].s] && forSelfWho[t.toks[i+1].s]
}
