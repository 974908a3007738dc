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
	n := 0
	for i := 1; i < len(t.toks); i++ {
		if c := countOf(t.toks[i-1]); c >= 2 && t.gap(i-1, i) == " " && (unnamedPeople[t.toks[i].s] || ofOurPeople(t, i)) {
			if n > 0 && c != n {
				return who // two counts: which one comes is for staff
			}
			n = c
		}
	}
	if n < 2 || n > 6 {
		return who
	}
	var refs []ref
	var diet []tilmeld.Diet
	all := rd.refsOf(t)
	for k, s := range t.sents() {
		if !saidOfAll(t, s) {
			continue
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

// ofOurPeople reports "af vores medarbejdere", "of our volunteers" at
// token i: a count before it counts them.
func ofOurPeople(t *text, i int) bool {
	return i+2 < len(t.toks) && ofOur[t.toks[i].s+" "+t.toks[i+1].s] && unnamedPeople[t.toks[i+2].s]
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
// counted was left out. A count of "personer" is countPeople's.
func checkCountedResidents(v *gateView) verdict {
	if !v.registers() {
		return verdict{}
	}
	t := v.t
	for i := 1; i < len(t.toks); i++ {
		if c := countOf(t.toks[i-1]); c >= 2 && unnamedPeople[t.toks[i].s] && !gateCountAfter[t.toks[i].s] && t.gap(i-1, i) == " " &&
			(t.toks[i].s != "men" || v.r.Language == "en") && // Danish "på 2 og 4 men min mand ...": "but"
			len(v.r.Attendees) < c && !describesGroup(t, i-1) {
			return review("the mail speaks of %q, but the reading has %d attendee(s)", v.quote(t.toks[i-1].a, t.toks[i].b), len(v.r.Attendees))
		}
	}
	return verdict{}
}
