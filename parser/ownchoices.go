package parser

import (
	"slices"
	"strings"

	"tilmeld"
)

// selfSaid: the words by which a sentence is the sender's own ("jeg",
// "mig"; "I", "me"); Danish "I" is "you", so each language reads its own.
var (
	daSelfSaid = wordSet(daSelfPronouns)
	enSelfSaid = wordSet(enSelfPronouns)
)

// saidOfSelf returns the first of refs whose sentence speaks of the
// sender alone ("Workshop 2 og 1 til mig.", "I'd like 2 and then 4."): a
// word for her, and no one else named or spoken of by a pronoun. In an
// answer to the bot's mail that asks for a missing name, a sentence about
// no one ("First choice 3, second 1.") may as well answer the question
// for the sender, and counts too. It returns nil when every ref stands in
// a sentence about someone else.
func (rd *reader) saidOfSelf(refs []ref) *ref {
	nameAsked := slices.ContainsFunc(botNameless, func(s string) bool { return strings.Contains(rd.m.Quoted, s) })
	t := rd.own
	own := daSelfSaid
	if rd.res.Language == "en" {
		own = enSelfSaid
	}
	for k := range refs {
		r := &refs[k]
		for _, c := range rd.sents {
			if r.a < c.s.a || r.a >= c.s.b {
				continue
			}
			self, other := false, false
			for i := t.tokenAt(c.s.a); i < len(t.toks) && t.toks[i].a < c.s.b; i++ {
				w := t.toks[i].s
				self = self || own[w]
				other = other || thirdPerson[w]
			}
			for _, m := range rd.ps.mentions(t, c.s.a, c.s.b, false) {
				other = other || !m.p.self
			}
			if (self || nameAsked) && !other {
				return r
			}
			break
		}
	}
	return nil
}

// checkOthersWithdrawal: the reading withdraws the sender alone, but the
// words of withdrawal stand in a part of a sentence that speaks of someone
// else and not of her ("Jeg kommer gerne, men Bo er forhindret", "så han
// kommer ikke", "I'll come, but Bo is unable to attend").
func checkOthersWithdrawal(v *gateView) verdict {
	a := v.r.Attendees
	if v.r.Intent != tilmeld.IntentCancel || len(a) != 1 || a[0].Name == "" || v.sender() == "" ||
		!sameFirstName(a[0].Name, v.sender()) {
		return verdict{}
	}
	if h := othersWithdrawal(v.t, v.r.Language, v.sender(), threadTop(v.m.Quoted)); h != nil {
		return review("the mail withdraws the sender, but %q speaks of someone else", v.quote(h[0], h[1]))
	}
	return verdict{}
}

// othersWithdrawal returns the first words of withdrawal in a part of a
// sentence that speaks of someone else, by a name the quote holds or a
// pronoun, and
// not of the sender; nil when none. The part runs between commas,
// semicolons and the words that join two statements ("men", "så"; "but",
// "so").
func othersWithdrawal(t *text, lang, self, quoted string) []int {
	own := daSelfSaid
	if lang == "en" {
		own = enSelfSaid
	}
	for _, s := range t.sents() {
		first := t.tokenAt(s.a)
		for _, h := range t.within(lex.cancel, s.a, s.b) {
			from, to := t.tokenAt(h[0]), t.tokenAt(h[1])
			for from > first && !statementJoin[t.toks[from].s] && !strings.ContainsAny(t.fold[t.toks[from-1].b:t.toks[from].a], ",;") {
				from--
			}
			for to < len(t.toks) && t.toks[to].a < s.b && !statementJoin[t.toks[to].s] && !strings.ContainsAny(t.fold[t.toks[to-1].b:t.toks[to].a], ",;") {
				to++
			}
			mine, other := false, false
			for i := from; i < to; i++ {
				w := t.toks[i].s
				mine = mine || own[w]
				other = other || thirdPerson[w]
				// a name inside the sentence ("men Bo er forhindret") of one
				// the quoted mail of the thread names too: a capitalised
				// word may be a place; the first word of a sentence is
				// capitalised whatever it is
				if i > first && t.toks[i].cap {
					if n, _ := nameAt(t, i); n != "" && !sameFirstName(self, n) && strings.Contains(quoted, n) {
						other = true
					}
				}
				// a name that opens the sentence and runs into the words of
				// withdrawal is their subject ("Karin kan ikke komme, men
				// jeg kommer"), quoted or not
				if i == first && i < to {
					if n, k := nameAt(t, i); n != "" && i+k == t.tokenAt(h[0]) && !sameFirstName(self, n) {
						other = true
					}
				}
			}
			if other && !mine {
				return h
			}
		}
	}
	return nil
}

// statementJoin: the words that join two statements in one sentence.
var statementJoin = wordSet(daStatementJoin, enStatementJoin)

// checkOwnWishGivenOther: no attendee is the sender, yet a workshop stands
// in a part of a sentence that speaks of her alone, beside an attendee's
// name elsewhere in the same sentence ("Per Holm, and I'd
// like 2 and 4", an answer that gives the name asked for and her own
// choices): the reading gave her wish to someone else.
func checkOwnWishGivenOther(v *gateView) verdict {
	self := v.sender()
	if self == "" || len(v.r.Attendees) == 0 || v.r.Intent == tilmeld.IntentCancel {
		return verdict{}
	}
	for _, a := range v.r.Attendees {
		if a.Name == "" || sameFirstName(a.Name, self) {
			return verdict{}
		}
	}
	t := v.t
	for _, refs := range v.refs() {
		for _, r := range refs {
			c := v.clauseOf(r.a)
			// "Han hedder Per Holm og jeg tager 2 og 4": "og" before her
			// word starts her own statement
			for _, w := range []string{" og jeg ", " and i "} {
				if k := strings.LastIndex(t.fold[c.a:r.a], w); k >= 0 {
					c.a += k + 4
				}
			}
			// "Jeg tager workshop 2 og Per Holm tager 4": a name after
			// "og" starts his own statement
			for _, w := range []string{" og ", " and "} {
				if r.b >= c.b {
					break
				}
				if k := strings.Index(t.fold[r.b:c.b], w); k >= 0 {
					if i := t.tokenAt(r.b + k + len(w)); i < len(t.toks) && t.toks[i].cap && v.isAttendee(t.toks[i].s) {
						c.b = r.b + k
					}
				}
			}
			mine, other, pair := false, false, false
			for i := t.tokenAt(c.a); i < len(t.toks) && t.toks[i].a < c.b; i++ {
				w := t.toks[i].s
				// "Jeg og Per Holm tager 2 og 4", "Per Holm and I": both
				pair = pair || v.selfWord(w) && (i > 0 && t.toks[i-1].a >= c.a && andWords[t.toks[i-1].s] || i+1 < len(t.toks) && andWords[t.toks[i+1].s] && t.toks[i+1].a < c.b)
				role, subj := daSubjects[w]
				if !subj && v.r.Language == "en" {
					role, subj = enSubjects[w]
				}
				mine = mine || v.selfWord(w)
				other = other || thirdPerson[w] || relations[w] || subj && role != "self" ||
					t.toks[i].cap && v.isAttendee(w) && !slices.Contains(nameWords(self), w)
			}
			if mine && !other && (v.namesOtherBefore(c.a, self) || v.namesOtherAfter(c.b, self)) {
				return review("no attendee is the sender, but %q speaks of her own wish", v.quote(c.a, c.b))
			}
			if pair && len(v.r.Attendees) == 1 {
				return review("no attendee is the sender, but %q speaks of her and another", v.quote(c.a, c.b))
			}
		}
	}
	return verdict{}
}

// namesOtherBefore reports an attendee's name, none of the sender's, in
// the sentence before offset a, with no word of hers before it: "Mit navn
// er Fatima Haddad og jeg vil ..." names the sender whatever her address.
func (v *gateView) namesOtherBefore(a int, self string) bool {
	t := v.t
	s := v.sentenceOf(a)
	for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].a < a; i++ {
		w := t.toks[i].s
		if v.selfWord(w) || i+1 < len(t.toks) && slices.Contains(ownName, [2]string{w, t.toks[i+1].s}) {
			return false
		}
		if t.toks[i].cap && v.isAttendee(w) && !slices.Contains(nameWords(self), w) {
			return true
		}
	}
	return false
}

// namesOtherAfter reports an attendee's name, none of the sender's, in
// the sentence after offset b ("Jeg tager workshop 2, Per Holm tager 4").
func (v *gateView) namesOtherAfter(b int, self string) bool {
	t := v.t
	s := v.sentenceOf(max(b-1, 0))
	for i := t.tokenAt(b); i < len(t.toks) && t.toks[i].a < s.b; i++ {
		w := t.toks[i].s
		if i+1 < len(t.toks) && slices.Contains(ownName, [2]string{w, t.toks[i+1].s}) {
			return false
		}
		if t.toks[i].cap && v.isAttendee(w) && !slices.Contains(nameWords(self), w) {
			return true
		}
	}
	return false
}

// ownName: the words by which a sender gives her own name.
var ownName = append(slices.Clone(daOwnName), enOwnName...)
