package parser

import (
	"slices"
	"strings"
)

// placeNumberAt reports whether the workshop word at token k ("nummer",
// "nr.", "number", "no.") follows a person and her verb ("jeg er nummer
// to i køen", "I'm number two on the list"): a place in a queue or a
// list, neither a rank nor a workshop.
func placeNumberAt(t *text, k, from int) bool {
	if k-1 < from || !placeNouns[t.toks[k].s] {
		return false
	}
	if placeSubjects[t.toks[k-1].s] {
		return true // "i'm"
	}
	if k-2 < from {
		return false
	}
	switch t.gap(k-2, k-1) {
	case " ":
		return placeSubjects[t.toks[k-2].s+" "+t.toks[k-1].s]
	case "'", "’": // "I'm" read as two words
		return placeSubjects[t.toks[k-2].s+"'"+t.toks[k-1].s]
	}
	return false
}

// placeMark reports a rank mark that opens with a verb said of a person
// ("er nummer to" of "jeg er nummer to i køen"): her place, no rank.
func placeMark(t *text, mk marker) bool {
	s := t.fold[mk.a:mk.b]
	if !strings.HasPrefix(s, "er ") && !strings.HasPrefix(s, "is ") {
		return false
	}
	k := t.tokenAt(mk.a)
	return k >= 1 && k < len(t.toks) && t.gap(k-1, k) == " " && placeSubjects[t.toks[k-1].s+" "+t.toks[k].s]
}

var (
	placeSubjects = wordSet(daPlaceSubjects, enPlaceSubjects)
	placeNouns    = wordSet([]string{"nummer", "nr", "number", "no"})
)

// rankWordsAfterNames reads a number word after "nummer" or "number" right
// after a workshop named by its words as that workshop's rank, when it is
// a rank's (1 or 2) and not the named workshop's own number: "tryghed
// nummer et og uddannelse nummer to", "health number one and jobs number
// two". It drops the number and ranks the workshop before it.
func rankWordsAfterNames(t *text, refs []ref) []ref {
	for k := len(refs) - 1; k >= 1; k-- {
		r, p := refs[k], &refs[k-1]
		if r.kind != byNumber || r.ws > 2 || r.ws == p.ws || p.kind == byNumber || t.toks[r.i].num >= 0 ||
			p.j != r.i-1 || !rankNumberNouns[t.toks[r.i-1].s] || t.gap(p.j-1, p.j) != " " || t.gap(r.i-1, r.i) != " " {
			continue
		}
		if p.rank == 0 {
			p.rank = r.ws
		}
		refs = slices.Delete(refs, k, k+1)
	}
	return refs
}

var rankNumberNouns = wordSet([]string{"nummer", "number"})
