package parser

// writerAway reports a cancel word said by the writer of herself alone
// ("Jeg kommer ikke.", "I can't come.") in a mail written on behalf of
// someone else ("Jeg skriver for min bror ... Han vil gerne på workshop
// 4"): she stays home, the one she signs up still comes.
func (rd *reader) writerAway(hit []int, c clause) bool {
	return rd.anyRefs() && rd.own.matches(lex.onBehalf) && writerAwayAt(rd.own, c.a, hit)
}

// writerAwayAt reports a cancel word at hit that only the writer's own
// words lead, from the clause start from: "Jeg kommer ikke", "Jeg kan
// desværre ikke komme", "I can't come".
func writerAwayAt(t *text, from int, hit []int) bool {
	i, to := t.tokenAt(from), t.tokenAt(hit[0])
	if i >= len(t.toks) || !writerSubject[t.toks[i].s] {
		return false
	}
	for k := i + 1; k < to; k++ {
		if !writerAlone[t.toks[k].s] {
			return false
		}
	}
	return true
}

// writerSubject opens the writer's words of herself; writerAlone may
// stand between it and the cancel word ("jeg kan desværre ikke").
var (
	writerSubject = wordSet([]string{"jeg", "i"})
	writerAlone   = wordSet([]string{"selv", "desvaerre", "myself", "unfortunately", "sadly"})
)

// writerAwayOnly reports the gate's side of writerAway: a mail for others,
// none of them the sender, where the cancel word at hit is hers alone.
func (v *gateView) writerAwayOnly(hit []int) bool {
	if v.first(lex.onBehalf) == nil || len(v.r.Attendees) == 0 {
		return false
	}
	self := v.sender()
	for _, a := range v.r.Attendees {
		if a.Name == "" || self != "" && samePerson(a.Name, self) {
			return false
		}
	}
	return writerAwayAt(v.t, v.clauseOf(hit[0]).a, hit)
}
