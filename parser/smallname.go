package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	smallAfterKin = wordSet(daSmallAfterKin, enSmallAfterKin)
	namedAs       = wordSet(daNamedAs, enNamedAs)
	afterName     = wordSet(daAfterName, enAfterName)
)

// checkSmallNameMissing: a person named in small letters, as people write
// on a phone, where the words around say a name stands ("min mand per",
// "han hedder per holm", "jeg og per", "ida og per holm"), who is no
// attendee: the reading lost her, or will ask for a name that was given.
func checkSmallNameMissing(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t := v.t
	cues := classesOf(classNamedAs, classRelation, classAnd)
	for k := 1; k < len(t.toks); k++ {
		prev := &t.toks[k-1]
		if !prev.cls.meets(cues) && (k+1 >= len(t.toks) || !t.toks[k+1].is(classAnd)) {
			continue // the words around say no name stands here: the cheap test first
		}
		if !v.smallNameWordAt(k) || t.gap(k-1, k) != " " || v.isAttendee(t.toks[k].s) {
			continue
		}
		named := prev.is(classNamedAs) ||
			k >= 2 && prev.is(classRelation) && t.toks[k-2].is(classGateOwner) && t.gap(k-2, k-1) == " "
		if !named && prev.is(classAnd) && k >= 2 && t.gap(k-2, k-1) == " " {
			// beside the sender or a person she signs up: "jeg og per", "ida og per holm"
			w := t.toks[k-2].s
			named = v.selfWord(w) || v.isAttendee(w)
		}
		if !named && k+2 < len(t.toks) && t.toks[k+1].is(classAnd) && v.selfWord(t.toks[k+2].s) && t.gap(k, k+1) == " " {
			named = k == t.tokenAt(v.sentenceOf(t.toks[k].a).a) // "per og jeg kommer"
		}
		if named && (prev.is(classNamedAs) || v.nameEndsAt(k)) && !v.readNumberWord(k) {
			return review("the mail names %s in small letters, who is no attendee", v.quote(t.toks[k].a, t.toks[k].b))
		}
	}
	return verdict{}
}

// nameEndsAt: after token k, or a second word of a name after it, comes
// what follows a person in a sentence: a verb of coming or wishing, "og",
// a workshop, a comma or the line's end ("min søn ali kommer", "min datter
// sara, workshop 3"), not the rest of a clause ("min nabo fortalte mig").
func (v *gateView) nameEndsAt(k int) bool {
	return smallNameLen(v.t, k, v.rd.cat.words, v.r.Language == "en") > 0
}

// smallNameLen returns how many words the name in small letters from token
// k has (nameEndsAt), 0 when what follows says it is none.
func smallNameLen(t *text, k int, event map[string]bool, en bool) int {
	n := 1
	for ; n <= 2 && k+1 < len(t.toks); n++ {
		if g := t.gap(k, k+1); g != " " {
			if strings.ContainsAny(g, ",;.:!\n") {
				return n
			}
			return 0
		}
		if tk := &t.toks[k+1]; tk.is(classWishVerb) || tk.is(classAnd) || tk.is(classClauseSubject) || afterName[tk.s] || tk.is(classWorkshopWord) || event[tk.s] {
			return n
		}
		if !smallNameWord(t, k+1, event, en) {
			return 0
		}
		k++
	}
	if k+1 >= len(t.toks) {
		return n
	}
	return 0
}

func (v *gateView) smallNameWordAt(k int) bool {
	return smallNameWord(v.t, k, v.rd.cat.words, v.r.Language == "en")
}

// smallNameWord: token k may be a first name written in small letters:
// letters only, no word of the language, the event (event) or a relation,
// and not a present-tense verb ("min mand tager med") unless a verb
// follows it.
func smallNameWord(t *text, k int, event map[string]bool, en bool) bool {
	if !smallWordMayName(t, k, event) {
		return false
	}
	if verbLike(t, k, en) && !edNames[t.toks[k].s] && (k+1 >= len(t.toks) || !wishVerbs[t.toks[k+1].s] && !andWords[t.toks[k+1].s]) {
		return false // "min mand arbejder", "my neighbour forwarded", but "min mand peter vil", "my son lucas and i", "my husband mohamed,"
	}
	return true
}

// smallWordMayName is smallNameWord without its test of verbs: where
// nothing follows the word in its clause ("hilsen peter"), a word that
// ends as a verb does is a name as well as any.
func smallWordMayName(t *text, k int, event map[string]bool) bool {
	tk := t.toks[k]
	if tk.cap || tk.num >= 0 || utf8.RuneCountInString(tk.s) < 2 || tk.is(classDaWord) || tk.is(classEnWord) || tk.is(classNameStop) ||
		tk.is(classGateNameStop) || tk.is(classNotPerson) || event[tk.s] || tk.is(classConnector) || tk.is(classParticle) ||
		tk.is(classRelation) || tk.is(classSelfWord) || smallAfterKin[tk.s] || tk.is(classAnd) || tk.is(classWishVerb) ||
		tk.is(classClauseSubject) || tk.is(classWorkshopWord) {
		return false
	}
	if strings.IndexFunc(tk.s, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	return len(t.phrasesIn(dietWords, tk.a, tk.b)) == 0 // "min mand sukkersyg"
}

// verbLike: token k ends as a verb in the present or past does ("arbejder",
// "forwarded", "stays"), as some names do too ("peter").
func verbLike(t *text, k int, en bool) bool {
	w := t.toks[k].s
	return len(w) > 3 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ed") || en && strings.HasSuffix(w, "s"))
}

// smallNameRead: token k is a name in small letters the reader may take,
// which the gate's smallNameWord only suspects: a word ending as a Danish
// verb or an English past does is one only before a verb of wishing ("min
// mand peter vil", but not "min mand arbejder og jeg kommer"; "my son
// lucas and i" is read, the English verbs in -s are words of the language).
//
// In a Danish mail a word in "-ed" is no verb ("min søn ahmed og jeg",
// "min mand mohammed kommer"): the Danish past ends in "-ede" or "-te", and
// the Danish words that end so are words of the language, no names.
//
// In an English mail, where "-ed" may be a verb ("my husband worked and
// I ..."), a word in "-ed" is a name when it is one of the given names that
// end so (edNames: "my son ahmed and I would like to come").
func smallNameRead(t *text, k int, event map[string]bool, en bool) bool {
	w := t.toks[k].s
	verb := verbLike(t, k, false) && !edNames[w] && (en || !strings.HasSuffix(w, "ed"))
	return smallNameWord(t, k, event, en) && (!verb || k+1 < len(t.toks) && wishVerbs[t.toks[k+1].s])
}

var edNames = wordSet(edGivenNames)

// readNumberWord reports a number word at token k that the reading took as
// a workshop ("... for mig og fire er nummer to"): no name.
func (v *gateView) readNumberWord(k int) bool {
	if numberWords[v.t.toks[k].s] == 0 {
		return false
	}
	a := v.t.toks[k].a
	return slices.ContainsFunc(v.read.refs, func(refs []ref) bool {
		return slices.ContainsFunc(refs, func(r ref) bool { return r.a == a })
	})
}
