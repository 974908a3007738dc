package parser

import "tilmeld"

// wishVerbs follow a person who is the subject of a wish ("Lone vil
// hellere på workshop 3", "Tom wants workshop 2").
// clauseSubjects stand after the verb when a sentence opens with an
// adverb ("Derfor vil jeg gerne").
var clauseSubjects = wordSet([]string{"jeg", "vi", "du", "de", "han", "hun", "i", "we", "you", "they"})

var wishVerbs = wordSet([]string{"vil", "skal", "kommer", "oensker", "foretraekker", "wants", "would", "will", "prefers"})

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
		if i+1 >= len(t.toks) || t.toks[i].a >= s.b || !wishVerbs[t.toks[i+1].s] || !v.nameWordAt(i) {
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
