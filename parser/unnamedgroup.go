package parser

import (
	"slices"

	"tilmeld"
)

// unnamedGroup gives a mail in which staff sign up residents they cannot
// name ("Jeg har to beboere fra Skovparken ... De vil begge gerne på
// workshop 2, og ellers 4. Jeg kommer ikke selv.") as many attendees
// without a name as it counts, each with the choices and food of the
// sentences said of them all ("de", "begge", "alle"). The sender, who
// stays home, is none of them, nor is a club that sends from its shared
// box; the names are then asked for. who is the reading so far: the
// sender alone when nobody else was named.
func (rd *reader) unnamedGroup(who []*person) []*person {
	ps, t := rd.ps, rd.own
	if len(who) != 1 || who[0] != ps.self || len(ps.others) > 0 || !rd.staysHome() && !rd.placeSends() {
		return who
	}
	n, at := 0, -1
	for i := 1; i < len(t.toks); i++ {
		if c := countOf(t.toks[i-1]); c >= 2 && t.gap(i-1, i) == " " && unnamedNounAt(t, i) >= 0 {
			if n > 0 && c != n {
				return who // two counts: which one comes is for staff
			}
			n, at = c, t.toks[i-1].a
		}
	}
	if n < 2 || n > 6 {
		return who
	}
	var refs []ref
	var diet []tilmeld.Diet
	all := rd.refsOf(t)
	for k, s := range t.sents() {
		if !saidOfAll(t, s) && (at < s.a || at >= s.b) {
			continue // neither said of them all nor the sentence that counts them
		}
		refs = append(refs, all[k]...)
		diet = append(diet, readDiet(t, s.a, s.b)...)
	}
	if len(refs) == 0 {
		return who
	}
	var out []*person
	for range n {
		p := &person{refs: slices.Clone(refs), diet: tilmeld.SortDiets(slices.Clone(diet)), said: true}
		ps.others = append(ps.others, p)
		out = append(out, p)
	}
	return out
}

// saidOfAll reports a sentence about everyone the mail counts: it opens
// with "de"/"they" or holds "begge"/"alle"/"both"/"all of them".
func saidOfAll(t *text, s sentence) bool {
	i := t.tokenAt(s.a)
	if i < len(t.toks) && t.toks[i].a < s.b && groupSubjects[t.toks[i].s] {
		return true
	}
	for ; i < len(t.toks) && t.toks[i].a < s.b; i++ {
		if groupAll[t.toks[i].s] {
			return true
		}
	}
	return false
}

var (
	unnamedPeople = wordSet(daUnnamedPeople, enUnnamedPeople)
	groupSubjects = wordSet([]string{"de", "they"})
	groupAll      = wordSet([]string{"begge", "alle", "both"})
	ofOur         = wordSet([]string{"af vores", "af os"}, []string{"of our", "of us"})
)

// checkCountedResidents: the mail counts residents it does not name ("to
// beboere"), and the reading has fewer attendees than that: someone
// counted was left out. A count of "personer" is countPeople's, and so is
// a count it already asks the names of (checkCompanion).
func checkCountedResidents(v *gateView) verdict {
	if !v.registers() {
		return verdict{}
	}
	t := v.t
	for i := 1; i < len(t.toks); i++ {
		c := countOf(t.toks[i-1])
		if c < 2 || len(v.r.Attendees) >= c || t.gap(i-1, i) != " " {
			continue
		}
		if k := unnamedNounAt(t, i); k >= 0 && !gateCountAfter[t.toks[k].s] &&
			(t.toks[k].s != "men" || v.r.Language == "en") && // Danish "på 2 og 4 men min mand ...": "but"
			!describesGroup(t, i-1) && !asksToBring(t, i-1) && len(v.r.Attendees)+len(checkCompanion(v).add) < c {
			return review("the mail speaks of %q, but the reading has %d attendee(s)", v.quote(t.toks[i-1].a, t.toks[k].b), len(v.r.Attendees))
		}
	}
	return verdict{}
}
