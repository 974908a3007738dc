package parser

import "fmt"

// countedAlong counts the people a mail brings along by a number and a
// word for people, without naming them: "med 2 kolleger", "sammen med tre
// andre fra bestyrelsen", "mig og 2 naboer", "with two colleagues". The
// numbers count people, not workshops; each such group is that many
// attendees more, in sentences about coming. "to af mine naboer", with an
// owner, is relations'. shared: each group is joined to the workshops of
// its sentence ("Jeg og 2 kolleger vil gerne på 3", "workshop 3 med 2
// kolleger"), which it then shares.
func (v *gateView) countedAlong() (n int, what string, shared bool) {
	t := v.t
	shared = true
	for i := 1; i+1 < len(t.toks); i++ {
		if !countedPeopleAt(t, i) || !alongLead(t, i) ||
			t.toks[i-1].line != t.toks[i+1].line || t.gap(i-1, i) != " " || t.gap(i, i+1) != " " || !v.comesAlong(i+1) {
			continue
		}
		n += countOf(t.toks[i])
		if what == "" {
			what = fmt.Sprintf("%q", v.quote(t.toks[i-1].a, t.toks[i+1].b))
		}
		shared = shared && v.sharesRefs(i)
	}
	return n, what, shared && n > 0
}

// sharesRefs: the counted group at token i stands in a sentence that
// names workshops, joined to the sender ("jeg og 2 kolleger") or after
// the workshops ("workshop 3 med 2 kolleger").
func (v *gateView) sharesRefs(i int) bool {
	t := v.t
	for k, s := range t.sents() {
		if t.toks[i].a < s.a || t.toks[i].a >= s.b {
			continue
		}
		c := v.clauseOf(t.toks[i].a)
		for _, r := range v.refsAt(k) {
			if r.a >= c.a && r.b <= c.b && (t.toks[i-1].is(classAnd) || r.b <= t.toks[i].a) {
				return true
			}
		}
		return false
	}
	return false
}

// countsGroup reports a count at token i of people brought along or
// owned ("med 2 kolleger", "mine 2 kolleger", "and 2 others"), and not a
// workshop.
func countsGroup(t *text, i int) bool {
	if i < 1 || i+1 >= len(t.toks) || !countedPeopleAt(t, i) {
		return false
	}
	return alongLead(t, i) || t.toks[i-1].is(classGateOwner) && t.toks[i+1].is(classRelation)
}

// countedPeopleAt reports a count of two or more at token i before a
// relation or a word for people ("2 kolleger", "3 andre"); token i+1
// must exist.
func countedPeopleAt(t *text, i int) bool {
	return countOf(t.toks[i]) >= 2 && (t.toks[i+1].is(classRelation) || alongNouns[t.toks[i+1].s])
}

// alongLead reports the words before the count at token i that bring a
// counted group: "med", "with", "bring"; "tager"/"har" with "med" after
// the group ("tager 2 naboer med"); "og"/"and" after the sender or a
// relation ("mig og 2 kolleger", "min mand (Ali) og 2 børn"); with an
// owner between, "og" after a relation does ("min mand og vores 2 børn",
// "min søster og hendes 2 børn", "my husband and our 2 kids").
func alongLead(t *text, i int) bool {
	k := i - 1
	if k > 1 && t.toks[k].is(classGateOwner) {
		// after a relation only: "mig og mine 2 børn" is read as relations
		return t.toks[k-1].is(classAnd) && t.toks[k-2].is(classRelation)
	}
	w := t.toks[k].s
	switch {
	case alongLeads[w]:
		return true
	case alongTakes[w]:
		return i+2 < len(t.toks) && t.toks[i+2].s == "med"
	case t.toks[k].is(classAnd):
		// "min mand Ali og 2 børn": a relation with his name
		named := k > 1 && t.toks[k-1].cap && t.toks[k-2].is(classRelation)
		return k > 0 && (alongSelf[t.toks[k-1].s] || t.toks[k-1].is(classRelation) || named)
	}
	return false
}

// comesAlong: the relation or group at token i stands in a sentence about
// coming, not one that only speaks of them, cancels them, gives a reason
// ("jeg kommer gerne, min mand passer børnene") or says they sign up in
// their own mail ("jeg kommer med 2 kolleger, de tilmelder sig selv").
func (v *gateView) comesAlong(i int) bool {
	t := v.t
	s := v.statementOf(v.clauseOf(t.toks[i].a), t.toks[i].a)
	if !v.aboutComing(s) && !comingElided(t, i, s) && !peopleListOnly(t, s) || countWritesOwn(t, t.toks[i].a) {
		return false
	}
	return !inRelativeCancel(t, t.toks[i].a) && !v.reasonAfterWorkshop(i) && !v.inReasonClause(i) && !comesIfAnswered(t, t.toks[i].a)
}

var (
	alongLeads = wordSet(daAlongLeads, enAlongLeads)
	alongTakes = wordSet(daAlongTakes)
	alongSelf  = wordSet(daAlongSelf, enAlongSelf)
	alongNouns = wordSet(daAlongNouns, enAlongNouns)
	// ofWords join a count to an owner: "to af mine naboer"
	ofWords = wordSet([]string{"af", "of"})
)

// countOfBefore reads the count in "to af mine naboer", "two of my
// colleagues" before the owner of the relation at token i; 0 when none.
func countOfBefore(t *text, i int) int {
	if i < 3 || !t.toks[i-1].is(classGateOwner) || !ofWords[t.toks[i-2].s] {
		return 0
	}
	return countOf(t.toks[i-3])
}

// countWritesOwn: offset a stands in a sentence that says those spoken of
// sign up in their own mail ("Vi er 3, de to andre skriver selv", "med
// min kollega, men hun tilmelder sig selv") or that the sender comes alone
// ("Vi er 4 i familien, men det er kun mig der kommer"): a count or a
// relation there is more than this mail signs up.
func countWritesOwn(t *text, a int) bool {
	for _, s := range t.sents() {
		if a >= s.a && a < s.b {
			return writesOwn(t, s.a, s.b) || comesAlone(t, s.a, s.b)
		}
	}
	return false
}
