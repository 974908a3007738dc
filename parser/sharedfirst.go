package parser

import "slices"

// sharedFirst and firstCue find a 1st choice given to a group ("Første-
// prioritet er for dem begge workshop 2"); secondCue the sentence that
// then gives each her own 2nd ("Som andet valg vil Fatima gerne have
// uddannelse og Khalid beskæftigelse").
var (
	sharedFirst = table(daSharedFirst, enSharedFirst)
	firstCue    = table(daFirstCue, enFirstCue)
	secondCue   = table(daSecondCue, enSecondCue)
)

// unattributedReason is what registered says when the sender, who does
// not come, was given choices; the shared 1st explains them.
const unattributedReason = "workshops or food are given without saying for whom"

// sharedThenOwn reads a 1st choice shared by everyone the mail registers
// and a 2nd for each, named person by person in one sentence ("vil A
// gerne have X og B Y"): each gets the shared 1st and her own 2nd, in the
// order written. Only when both sentences are found and every attendee
// but the sender is paired with exactly one workshop; else who is as it was.
func (rd *reader) sharedThenOwn(who []*person) []*person {
	t := rd.own
	if !t.matches(sharedFirst) || !t.matches(secondCue) {
		return who
	}
	var others []*person
	for _, p := range who {
		if p != rd.ps.self {
			others = append(others, p)
		}
	}
	if len(others) < 2 || len(others) != len(who) {
		return who
	}
	refs := rd.refsOf(t)
	shared, sharedAt := 0, -1
	for k, s := range t.sents() {
		if !t.has(sharedFirst, s.a, s.b) || !t.has(firstCue, s.a, s.b) {
			continue
		}
		ws := distinctWorkshops(refs[k])
		if len(ws) != 1 || shared != 0 {
			return who
		}
		shared, sharedAt = ws[0], k
	}
	if shared == 0 {
		return who
	}
	own := map[*person]ref{}
	for k, s := range t.sents() {
		if k == sharedAt || !t.has(secondCue, s.a, s.b) {
			continue
		}
		ms := rd.ps.mentions(t, s.a, s.b, false)
		if len(ms) != len(others) {
			continue
		}
		for n, m := range ms {
			end := s.b
			if n+1 < len(ms) {
				end = ms[n+1].a
			}
			var mine []ref
			for _, r := range refs[k] {
				if r.a >= m.b && r.a < end {
					mine = append(mine, r)
				}
			}
			if ws := distinctWorkshops(mine); len(ws) != 1 || !slices.Contains(others, m.p) || ws[0] == shared {
				return who
			}
			own[m.p] = mine[0]
		}
	}
	if len(own) != len(others) {
		return who
	}
	first := ref{ws: shared, kind: byNumber, rank: 1}
	for _, p := range others {
		second := own[p]
		second.rank = 2
		p.refs = []ref{first, second}
	}
	rd.ps.self.refs = nil
	rd.res.Reasons = slices.DeleteFunc(rd.res.Reasons, func(r string) bool { return r == unattributedReason })
	return who
}

// distinctWorkshops are the workshops refs name, each once, in order.
func distinctWorkshops(refs []ref) []int {
	var out []int
	for _, r := range refs {
		if r.missing || r.conflict {
			return nil
		}
		if !slices.Contains(out, r.ws) {
			out = append(out, r.ws)
		}
	}
	return out
}
