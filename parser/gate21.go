package parser

import "tilmeld"

// wishVerbs follow a person who is the subject of a wish ("Lone vil
// hellere på workshop 3", "Tom wants workshop 2", "I and my husband
// peter want to come").
// clauseSubjects stand after the verb when a sentence opens with an
// adverb ("Derfor vil jeg gerne").
var clauseSubjects = wordSet([]string{"jeg", "vi", "du", "de", "han", "hun", "i", "we", "you", "they"})

var wishVerbs = wordSet([]string{"vil", "skal", "kommer", "oensker", "foretraekker", "wants", "want", "would", "will", "prefers"})

// checkSubjectMissing: a sentence that opens with a first name and a verb
// of wishing or coming ("Lone vil hellere på workshop 3 som første") whose
// person is no attendee: the reading gave her wish to someone else, or
// lost it.
func checkSubjectMissing(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentRegister && v.r.Intent != tilmeld.IntentUpdate {
		return verdict{}
	}
	t := v.t
	for _, s := range t.sents() {
		i := t.tokenAt(s.a)
		if i+1 >= len(t.toks) || t.toks[i].a >= s.b || !t.toks[i+1].is(classWishVerb) || !v.nameWordAt(i) {
			continue
		}
		// "Derfor vil jeg gerne": an adverb, with the subject after the verb
		if w := t.toks[i].s; leadAdverbs[w] || skipLead[w] || daWords[w] || enWords[w] ||
			i+2 < len(t.toks) && clauseSubjects[t.toks[i+2].s] {
			continue
		}
		if !v.isAttendee(t.toks[i].s) && v.saysWish(s.a, s.b) {
			return review("the mail speaks of %s, who is no attendee", v.quote(t.toks[i].a, t.toks[i].b))
		}
	}
	return verdict{}
}

// checkLinePersonMissing: a line that opens with two words of a name, in
// capitals or not, right before "ws"/"workshop" and a number ("bashir nur
// ws 4 og 1") whose person is no attendee: a terse list the reading ran
// together, giving her choices to someone else.
func checkLinePersonMissing(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t := v.t
	for _, ln := range lines(t) {
		i := t.tokenAt(ln[0])
		if i+3 >= len(t.toks) || t.toks[i+3].a >= ln[1] || !t.toks[i+2].is(classWorkshopWord) || t.toks[i+3].num <= 0 {
			continue
		}
		if !lineNameWord(v, i) || !lineNameWord(v, i+1) || t.gap(i, i+1) != " " {
			continue
		}
		if !v.isAttendee(t.toks[i].s) && !v.isAttendee(titleCase(t.toks[i].s)) {
			return review("a line gives workshops to %q, who is no attendee", v.quote(t.toks[i].a, t.toks[i+1].b))
		}
	}
	return verdict{}
}

// lineNameWord: token k may be a word of a name written in small letters
// or capitals: letters only, no common, self or stop word.
func lineNameWord(v *gateView, k int) bool {
	tk := v.t.toks[k]
	return tk.num < 0 && len(tk.s) >= 2 && !tk.is(classDaWord) && !tk.is(classEnWord) && !tk.is(classNameStop) && !tk.is(classSelfWord) &&
		!v.rd.cat.words[tk.s] && !tk.is(classConnector) && !tk.is(classRelation) && !tk.is(classWorkshopWord)
}
