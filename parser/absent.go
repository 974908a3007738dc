package parser

import (
	"slices"

	"tilmeld"
)

// Beside a new registration a mail may tell who stays home ("Min søn
// kommer ikke, han er hos sin far", "My husband can't make it"): the one
// who stays home was never registered, so the words withdraw no one and
// sign no one up. The reader and the gate ask the questions below.

// newSignUp: t is a new registration, so one who stays home was never
// registered. It speaks of no earlier one, and is no reply, or a reply
// that signs up anew, to the invitation rather than to the sender's own
// mail or a receipt ("Re: Invitation ... put me down for health").
func (rd *reader) newSignUp(t *text) bool {
	if alreadyRegistered(t) {
		return false
	}
	return !isReply(rd.m) || !rd.ownThread() && !rd.answersReceipt() && firm(t, lex.register)
}

// saidOfOther reports a cancel word at offset hit said of someone else:
// inside a relative's cancellation ("min mand kan ikke komme"), or in a
// clause whose subject is "han"/"hun" or a relation with no "jeg"/"vi"
// in it ("..., men han kommer ikke med"). From is where the clause
// starts.
func saidOfOther(t *text, from, hit int) bool {
	return inRelativeCancel(t, hit) || absentOther(t, from, hit)
}

// absentOther: the clause from from to hit, or its last part after "men",
// speaks of "han"/"hun" or a relation ("min søn"), not of the sender.
func absentOther(t *text, from, hit int) bool {
	other := false
	from = max(from, lastClauseJoin(t, from, hit)) // "Jeg kommer ..., men min søn kommer ikke"
	for i := t.tokenAt(from); i < len(t.toks) && t.toks[i].b <= hit; i++ {
		w := t.toks[i].s
		switch {
		case absentSelf[w]:
			return false
		case absentPronoun[w], relations[w] && i > 0 && owners[t.toks[i-1].s]:
			other = true
		}
	}
	return other
}

var (
	absentPronoun = wordSet([]string{"han", "hun", "he", "she"})
	absentSelf    = wordSet([]string{"jeg", "vi", "mig", "os", "we", "us", "me"})
)

// othersStayHome: the sentence [a, b) of new registration r says someone
// else does not come ("Min søn ..., men han kommer ikke med"); the people
// it names are no attendees, and its diet is no attendee's.
func (rd *reader) othersStayHome(r *Result, t *text, a, b int) bool {
	hits := t.within(lex.cancel, a, b)
	if len(hits) == 0 || r.Intent != tilmeld.IntentRegister || !rd.newSignUp(t) {
		return false
	}
	return slices.ContainsFunc(hits, func(hit []int) bool { return saidOfOther(t, a, hit[0]) })
}

// inRelativeCancel reports offset a inside a phrase that says a relative
// cannot come ("my husband won't be able to attend", gateLex.cancelFor):
// the relation word there is no one more to count, the cancel word
// withdraws no one of a new registration.
func inRelativeCancel(t *text, a int) bool {
	return slices.ContainsFunc(t.all(gateLex.cancelFor), func(n []int) bool { return n[0] <= a && a < n[1] })
}

// lastClauseJoin returns where the last clause that opens with "men" or
// "but" before hit starts, from when there is none.
func lastClauseJoin(t *text, from, hit int) int {
	at := from
	for i := t.tokenAt(from); i < len(t.toks) && t.toks[i].b <= hit; i++ {
		if w := t.toks[i].s; w == "men" || w == "but" {
			at = t.toks[i].b
		}
	}
	return at
}

// saysOfSelf reports "jeg" or "I" in fold[a:b]: the words are the sender's
// of herself.
func saysOfSelf(t *text, a, b int) bool {
	for i := t.tokenAt(a); i < len(t.toks) && t.toks[i].b <= b; i++ {
		if w := t.toks[i].s; w == "jeg" || w == "i" && t.toks[i].cap {
			return true
		}
	}
	return false
}

// awayRelatives leaves out of a registration the relatives the mail says
// cannot come ("My husband can't make it, he's on late shifts") who are
// given no workshop or food and are not signed up.
func (rd *reader) awayRelatives(who []*person) []*person {
	if !rd.own.matches(gateLex.cancelFor) {
		return who
	}
	return slices.DeleteFunc(who, func(p *person) bool {
		return p != rd.ps.self && p.rel != "" && len(p.refs) == 0 && len(p.diet) == 0 && rd.saidAway(p) && !rd.signedUp(p)
	})
}

// saidAway reports p named inside a phrase that says she cannot come, as
// the gate reads a relation word.
func (rd *reader) saidAway(p *person) bool {
	for _, c := range rd.sents {
		for _, n := range rd.ps.mentions(rd.own, c.a, c.b, false) {
			if n.p == p && inRelativeCancel(rd.own, n.a) {
				return true
			}
		}
	}
	return false
}

// relationsAway returns the relations a new registration says stay home
// ("men min søn kommer ikke, han er hos sin far"): one spoken of coming
// earlier in the mail ("tage min søn med") is no one to ask for then.
func (v *gateView) relationsAway() map[string]bool {
	away := map[string]bool{}
	t := v.t
	for i := 1; i < len(t.toks); i++ {
		w := t.toks[i].s
		if !t.toks[i].is(classRelation) || !t.toks[i-1].is(classGateOwner) || !inRelativeCancel(t, t.toks[i].a) {
			continue
		}
		if s := v.clauseOf(t.toks[i].a); v.rd.othersStayHome(v.r, t, s.a, s.b) {
			away[w] = true
		}
	}
	return away
}

// awayClause reports clause c, giving no workshop and no food, whose
// subject who is only relatives named inside a phrase that says they
// cannot come ("men min mand og min søn kan ikke"): the choices after it
// stay with whom they were for before.
func (rd *reader) awayClause(c clause, who []*person) bool {
	if len(who) == 0 || len(c.refs) > 0 || len(readDiet(rd.own, c.a, c.b)) > 0 {
		return false
	}
	for _, p := range who {
		if p.self || p.rel == "" {
			return false
		}
	}
	named := false
	for _, m := range rd.ps.mentions(rd.own, c.a, c.b, false) {
		if !inRelativeCancel(rd.own, m.a) {
			return false
		}
		named = true
	}
	return named
}
