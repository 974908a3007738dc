package parser

import "slices"

// undecided says someone has not chosen yet ("min mand har ikke valgt
// endnu", "my husband hasn't decided yet"): one who comes, without a
// workshop, whom the bot asks for it.
var undecided = table(daUndecided, enUndecided)

// undecidedKin reports a clause that opens with a relation of the sender
// not yet spoken of ("min mand har ikke valgt endnu"), who has not chosen,
// and not about whether he comes ("har ikke besluttet sig for, om han
// kommer").
func (rd *reader) undecidedKin(a, b int) bool {
	t := rd.own
	if !t.has(undecided, a, b) {
		return false
	}
	i, to := t.pastLead(a, b), t.tokenAt(b)
	if i+2 >= to || !t.toks[i].is(classOwnerOne) {
		return false
	}
	rel, _ := relationAt(t, i+1)
	if rel == "" || t.toks[i+2].cap || slices.ContainsFunc(rd.ps.others, func(p *person) bool { return p.rel == rel }) {
		return false
	}
	for k := t.tokenAt(a); k < to; k++ {
		if undecidedNot[t.toks[k].s] {
			return false
		}
	}
	return true
}

var undecidedNot = wordSet([]string{"om", "hvorvidt", "whether", "if", "kommer", "komme", "come", "coming"})
