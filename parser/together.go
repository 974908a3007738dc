package parser

import (
	"slices"
	"strings"
)

// togetherWords: the sender's workshops said "together with" someone
// ("jeg vil gerne på 2 sammen med min mand", "I'd like workshop 2
// together with my husband") are that person's too (togetherChoices).
var togetherWords = table(daTogether, enTogether)

// togetherChoices gives the one the sender wants a workshop "sammen med"
// her workshops: in a clause where she speaks of herself and chooses, the
// people named after "sammen med" who got no workshop of their own come to
// the same. "Jeg kommer sammen med min mand, han vil på 3" keeps his own;
// "workshop 2, evt. sammen med min nabo" is an aside, not the workshop's.
func (rd *reader) togetherChoices() {
	t, self := rd.own, rd.ps.self
	if len(self.refs) == 0 || !t.matches(togetherWords) {
		return
	}
	for _, c := range rd.sents {
		hits := t.within(togetherWords, c.a, c.b)
		if len(hits) == 0 || len(c.refs) == 0 || !saysOfSelf(t, c.a, hits[0][0]) {
			continue
		}
		if c.refs[0].a > hits[0][0] {
			rd.companionBeforeChoice(c, hits[0])
			continue
		}
		if last := lastRefBefore(c.refs, hits[0][0]); strings.ContainsAny(t.fold[last:hits[0][0]], ",;.:") {
			continue // "workshop 2, evt. sammen med min nabo": an aside, perhaps
		}
		for _, m := range rd.ps.mentions(t, hits[0][1], c.b, false) {
			if p := m.p; !p.self && len(p.refs) == 0 {
				p.refs, p.said = slices.Clone(self.refs), true
			}
		}
	}
}

// lastRefBefore returns where the last of refs that ends by a ends.
func lastRefBefore(refs []ref, a int) int {
	end := 0
	for _, r := range refs {
		if r.b <= a {
			end = max(end, r.b)
		}
	}
	return end
}

// companionBeforeChoice gives the sender's workshops to the one she puts
// "sammen med" between her wish and its verb ("Jeg vil gerne, sammen med
// min veninde Eva Lund, være med på 1 og 3", "I would, together with my
// wife Eva Lund, like to attend 2 and 3"): both come to them.
func (rd *reader) companionBeforeChoice(c clause, hit []int) {
	t := rd.own
	k := t.tokenAt(hit[0])
	if k == 0 || !wishBeforeCompanion[t.toks[k-1].s] {
		return
	}
	for _, m := range rd.ps.mentions(t, hit[1], c.refs[0].a, false) {
		if p := m.p; !p.self && len(p.refs) == 0 {
			p.refs, p.said = slices.Clone(rd.ps.self.refs), true
		}
	}
}

// wishBeforeCompanion end a wish, or the subject of one, that a companion
// may interrupt ("vil gerne, sammen med ...", "I would, together with
// ...", "I, together with ..., would like").
var wishBeforeCompanion = wordSet([]string{"gerne", "vil", "would", "jeg", "i"})
