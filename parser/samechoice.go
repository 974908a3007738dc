package parser

import "slices"

// sameChoices gives a person said to want "the same" the sender's
// workshops: "Min mand Ole vil det samme", "Det samme gælder min mand Ole",
// "..., og det vil min kollega Anna også", "Same for my husband Tom". Only
// one who got no workshop of her own, and only the sender's: "the same"
// after someone else's choices is for staff to read.
func (rd *reader) sameChoices() {
	t, self := rd.own, rd.ps.self
	if len(self.refs) == 0 || !t.matches(sameChoice) {
		return
	}
	for _, c := range rd.sents {
		if !t.has(sameChoice, c.a, c.b) {
			continue
		}
		for _, m := range rd.ps.mentions(t, c.a, c.b, false) {
			switch p := m.p; {
			case p.self:
			case len(p.refs) == 0:
				p.refs, p.said = slices.Clone(self.refs), true
			default:
				rd.review("%s wants the same as the sender, and workshops of their own too", p.name)
			}
		}
	}
}

var sameChoice = table(daSameChoice, enSameChoice)
