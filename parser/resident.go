package parser

import "tilmeld"

// residentSignUp: staff sign up a resident they do not name ("Tilmelding
// af beboer fra nr. 14", "vi tilmelder en beboer").
var residentSignUp = table(daResidentSignUp, enResidentSignUp)

// pronounsOther open a sentence about the one signed up ("Hun vil gerne på
// workshop 2 og 3").
var pronounsOther = wordSet([]string{"hun", "han", "she", "he"})

// unnamedResident gives the one unnamed attendee of a mail in which staff
// sign up a resident the choices and food of the sentences that open with
// "hun"/"han": she is the resident, and no one else is spoken of.
func (rd *reader) unnamedResident(who []*person) []*person {
	t := rd.own
	if len(who) != 1 || who[0].name != "" || len(who[0].refs) > 0 || !t.matches(residentSignUp) {
		return who
	}
	p := who[0]
	refs := rd.refsOf(t)
	for k, s := range t.sents() {
		i := t.tokenAt(s.a)
		if i >= len(t.toks) || t.toks[i].a >= s.b || !pronounsOther[t.toks[i].s] {
			continue
		}
		p.refs = append(p.refs, refs[k]...)
		if d := readDiet(t, s.a, s.b); len(d) > 0 {
			p.diet = tilmeld.SortDiets(append(p.diet, d...))
			p.said = true
		}
	}
	return who
}
