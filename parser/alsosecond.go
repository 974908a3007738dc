package parser

import (
	"strings"

	"tilmeld"
)

var alsoWorkshop = wordSet(daAlsoWorkshop, enAlsoWorkshop)

// alsoSecond reads the one workshop a change adds with "også" ("ogsaa
// workshop 4 hvis muligt", "I'd also like 4", "workshop 4 too") as the 2nd
// choice beside the 1st she holds: it is no new 1st. The registration she
// answers must hold a 1st and no 2nd (the receipt, or her own quoted mail
// naming one workshop); one that holds two, or none the mail can see, is
// for staff. Only a change for the sender alone is read so.
func (rd *reader) alsoSecond(who []*person) {
	self := rd.ps.self
	if len(who) != 1 || who[0] != self || len(self.refs) != 1 || self.refs[0].rank != 0 || self.refs[0].missing {
		return
	}
	r := self.refs[0]
	if !alsoBeside(rd.own, r) {
		return
	}
	switch held := rd.heldChoices(); held {
	case 1:
		self.refs[0].rank = 2
	case 2:
		rd.review("the sender adds workshop %d to the two she holds", r.ws)
	default:
		rd.review("the sender adds workshop %d, and the mail does not show what she holds", r.ws)
	}
}

// alsoBeside reports "også"/"also" right before the workshop r, in its
// clause and at most three words away, or "også"/"too" right after it.
func alsoBeside(t *text, r ref) bool { return alsoWithin(t, r, 3) }

// alsoWithin is alsoBeside with at most words words between "også" and
// the workshop.
func alsoWithin(t *text, r ref, words int) bool {
	for i := r.i - 1; i >= 0 && i >= r.i-1-words; i-- {
		if endsClause(t.gap(i, i+1)) {
			break
		}
		if alsoWorkshop[t.toks[i].s] {
			return true
		}
	}
	return r.j < len(t.toks) && alsoWorkshop[t.toks[r.j].s] && !endsClause(t.gap(r.j-1, r.j))
}

// heldChoices returns how many workshops the registration the mail answers
// holds for the sender: the receipt's, the registration on file, or those
// her own quoted mail names; -1 when none of them shows it.
func (rd *reader) heldChoices() int {
	self := rd.ps.self
	first, second := receiptChoices(rd.m.Quoted, self.name)
	if first == 0 && second == 0 {
		first, second = rd.onFileChoices(self.name)
	}
	switch {
	case second != 0:
		return 2
	case first != 0:
		return 1
	case rd.ownThread():
		return rd.ownQuotedWorkshops()
	}
	return -1
}

// ownQuotedWorkshops counts the workshops named in the sender's own mail
// quoted under her reply: its own lines, not those it quotes in turn (the
// invitation names them all).
func (rd *reader) ownQuotedWorkshops() int {
	var own []string
	for _, l := range strings.Split(rd.m.Quoted, "\n") {
		l = strings.TrimLeft(l, " \t")
		if !strings.HasPrefix(l, ">") {
			continue
		}
		l = strings.TrimLeft(l[1:], " \t")
		if strings.HasPrefix(l, ">") {
			continue
		}
		own = append(own, l)
	}
	t := newText(strings.Join(own, "\n"))
	t.avoid = rd.cat.words
	seen := map[int]bool{}
	none := func(a, b int) bool { return false }
	for _, s := range t.sents() {
		for _, r := range rd.cat.sentenceRefs(t, s, none) {
			if !r.missing && rd.ev.Workshop(r.ws) != nil {
				seen[r.ws] = true
			}
		}
	}
	if len(seen) == 0 {
		return -1
	}
	return len(seen)
}

// checkAlsoAdded: a reply that is no answer to the invitation and whose
// one workshop comes with "også" ("ogsaa workshop 4 hvis muligt", "also
// workshop 4"), read as a new registration: it adds to one the bot cannot
// see (a follow-up whose quote was cut), and its workshop is no 1st
// choice. Staff find the registration.
func checkAlsoAdded(v *gateView) verdict {
	r := v.r
	if r.Intent != tilmeld.IntentRegister || len(r.Attendees) != 1 || len(r.Attendees[0].Choices) != 1 || !isReply(v.m) {
		return verdict{}
	}
	t := v.t
	for k := range t.sents() {
		for _, ref := range v.refsAt(k) {
			if ref.ws == r.Attendees[0].First() && alsoRightBeside(t, ref) && !quotesInvitation(v.m.Quoted, v.ev) {
				return review("a reply adds workshop %d (\"også\") to a registration the mail does not show", ref.ws)
			}
		}
	}
	return verdict{}
}

// alsoRightBeside is alsoBeside with at most one word between ("også
// workshop 4", "også på 4"), so "også gerne deltage i workshop 4" (she too
// comes) is none.
func alsoRightBeside(t *text, r ref) bool { return alsoWithin(t, r, 1) }
