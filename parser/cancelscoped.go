package parser

// workshopOnly reports words of withdrawal that go straight on to a
// workshop ("Jeg kan ikke komme til workshop 4", "kan ikke deltage i den
// workshop", "I can't come to workshop 4"): the sender turns that workshop
// down, not the meeting, and whether she wants another or stays away is
// for staff to settle. A negated workshop is no choice, so the clause
// names none that would keep it from reading as a withdrawal.
func (rd *reader) workshopOnly(hit []int, c clause) bool {
	t := rd.own
	k := t.tokenAt(hit[1])
	for n := 0; k > 0 && k < len(t.toks) && t.toks[k].a < c.b && n < 3; k, n = k+1, n+1 {
		if t.gap(k-1, k) != " " {
			return false
		}
		w := t.toks[k].s
		if workshopNoun[w] || workshopWords[w] && k+1 < len(t.toks) && t.toks[k+1].num >= 0 || rd.cat.topicAt(w) != 0 || len(w) >= 3 && rd.namesWorkshop(k, c.b) {
			return true
		}
		if !scopeFill[w] {
			return false
		}
	}
	return false
}

var (
	// workshopNoun: the words for a workshop that need no number after them.
	workshopNoun = wordSet([]string{"workshop", "workshoppen", "workshops"})
	// scopeFill stand between the words of withdrawal and the workshop.
	scopeFill = wordSet(daScopeFill, enScopeFill)
)

// namesWorkshop reports a workshop's name starting at token k, before b.
func (rd *reader) namesWorkshop(k, b int) bool {
	n, _ := rd.cat.matchAt(rd.own, k, rd.own.tokenAt(b))
	return n > 0
}
