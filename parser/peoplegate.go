package parser

import "strings"

// checkElidedPersonMissing: after "og", "and" or a comma, a first name
// and a workshop with the verb left out ("Jeg vil gerne på workshop 2, og
// Tom på workshop 3", "I'd like workshop 2 and Tom workshop 3") whose
// person is no attendee: the reading gave the workshop to someone else.
func checkElidedPersonMissing(v *gateView) verdict {
	if !v.changes() {
		return verdict{}
	}
	t := v.t
	for k, s := range t.sents() {
		if vd := v.elidedPersonIn(k, s); vd.reason != "" {
			return vd
		}
	}
	return verdict{}
}

// elidedPersonIn is checkElidedPersonMissing for sentence k, s.
func (v *gateView) elidedPersonIn(k int, s sentence) verdict {
	t := v.t
	for i := t.tokenAt(s.a); i+2 < len(t.toks) && t.toks[i+1].b <= s.b; i++ {
		if !t.toks[i].is(classAnd) && strings.TrimSpace(t.gap(i, i+1)) != "," || !v.nameWordAt(i+1) || v.isAttendee(t.toks[i+1].s) {
			continue
		}
		// only the name stands before the workshop: "og Tom Berg på 3",
		// "og Tom på job", not "and Tina will take workshop 4"
		end := elidedChoiceAt(t, i+1, s.b, v.refsAt(k))
		for j := i + 2; j < end && end > 0; j++ {
			if !v.nameWordAt(j) {
				end = -1
			}
		}
		if end < 0 {
			continue
		}
		return review("%s takes a workshop in %q, but is no attendee", v.quote(t.toks[i+1].a, t.toks[i+1].b), v.quote(s.a, s.b))
	}
	return verdict{}
}

// checkKinGroupBrought: the sender brings a group she does not count or
// name ("Jeg tager børnene med", "I'm bringing my family"), and the
// reading has no one but her: how many come, and who, staff ask.
func checkKinGroupBrought(v *gateView) verdict {
	if !v.registers() || len(v.r.Attendees) > 1 {
		return verdict{}
	}
	if hit := v.first(kinGroupBrought); hit != nil {
		return review("the sender brings %q, who are not named or counted", v.quote(hit[0], hit[1]))
	}
	return verdict{}
}

var kinGroupBrought = table(daGateKinGroup, enGateKinGroup)

// checkDietUnreadPart: a sentence about the food of two people ("Per er
// vegetar og jeg spiser ikke fisk") where one part was read and another
// part, about food too, was not: the one whose food was not read would be
// taken as eating anything.
func checkDietUnreadPart(v *gateView) verdict {
	if !v.changes() || len(v.r.Attendees) < 2 {
		return verdict{}
	}
	t := v.t
	for _, h := range t.within(gateLex.diet, 0, len(t.fold)) {
		s := v.sentenceOf(h[0])
		if !v.dietIn(s) {
			continue // checkDietUnread's
		}
		a, b := partAround(t, s, h[0])
		if a == s.a || !partSubject(t, a, b) || v.dietStartsIn(a, b) || t.has(gateLex.dietNone, a, b) || saysNone(t.fold[a:b]) {
			continue
		}
		return review("the food in %q is read for one part of the sentence but not for %q", v.quote(s.a, s.b), v.quote(a, b))
	}
	return verdict{}
}

// dietStartsIn reports a diet read that starts in fold[a:b].
func (v *gateView) dietStartsIn(a, b int) bool {
	for _, h := range v.t.dietHits() {
		if h.a >= a && h.a < b {
			return true
		}
	}
	return false
}

// partSubject reports a part of a sentence that opens with someone of its
// own ("... og jeg spiser ikke fisk", ", min mand tåler ikke gluten"), not
// one that goes on about the subject before ("..., men spiser fisk").
func partSubject(t *text, a, b int) bool {
	i, to := t.tokenAt(a), t.tokenAt(b)
	for i < to && partJoins[t.toks[i].s] {
		i++
	}
	if i+1 >= to {
		return false
	}
	w := t.toks[i].s
	return partPronouns[w] || gateOwners[w] && relations[t.toks[i+1].s] || nameWord(t, i)
}

// partPronouns open a statement about one person.
var partPronouns = wordSet([]string{"jeg", "han", "hun", "i", "he", "she"})

// partAround returns the part of sentence s around offset at between the
// commas, semicolons and "og"/"and"/"men"/"but" that join its statements.
func partAround(t *text, s sentence, at int) (int, int) {
	a, b := s.a, s.b
	for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].a < s.b; i++ {
		tk := t.toks[i]
		cut := partJoins[tk.s] || strings.ContainsAny(t.gap(i-1, i), ",;")
		if !cut {
			continue
		}
		if tk.a <= at {
			a = tk.a
		} else if tk.a > at {
			b = tk.a
			break
		}
	}
	return a, b
}

var partJoins = wordSet([]string{"og", "and", "men", "but", "mens", "while"})
