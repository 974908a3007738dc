package parser

import (
	"slices"

	"tilmeld"
)

// A mail that brings someone along and then states the workshops without
// saying whose they are ("Jeg kommer med min mand. Workshop 2 og 4.", "I'm
// coming with my wife. Workshop 1.") states one choice for the party: the
// companion shares it; a child brought along does not (childAlong), nor a
// counted group. Said of one person ("jeg vil gerne på 2", "min mand
// vil gerne på 4", "hun vil ...") it is that person's only.

// shareImpersonal gives an incomplete registration's unnamed companions,
// read with no workshop and no food, the sender's workshops when every
// sentence that names a workshop names no person. Their names are still
// asked for.
func shareImpersonal(v *gateView) {
	r := v.r
	if r.Intent != tilmeld.IntentRegister || len(r.Attendees) < 2 || len(r.Attendees[0].Choices) == 0 ||
		!slices.Contains(r.Missing, tilmeld.MissingWorkshop) {
		return
	}
	for _, a := range r.Attendees[1:] {
		if a.Name != "" || len(a.Choices) > 0 || len(a.Diet) > 0 {
			return
		}
	}
	if rels, _ := v.relations(); rels == 0 || v.bringsChild() || !v.impersonalChoices() {
		return
	}
	if c, _, _ := v.countedAlong(); c > 0 {
		return // "med min mand og 2 børn": whose the choice is, is not clear
	}
	for k := range r.Attendees[1:] {
		r.Attendees[k+1].Choices = slices.Clone(r.Attendees[0].Choices)
	}
	r.Missing = slices.DeleteFunc(r.Missing, func(m string) bool { return m == tilmeld.MissingWorkshop })
	r.Reasons = append(r.Reasons, "the workshops are stated for no one in particular, so for everyone the mail brings")
}

// bringsChild: the mail speaks of a child of the sender ("min datter",
// "my son"); the workshops after one brought along are the sender's
// (childAlong).
func (v *gateView) bringsChild() bool {
	for _, tk := range v.t.toks {
		if tk.is(classRelation) && childWords[tk.s] {
			return true
		}
	}
	return false
}

// impersonalChoices reports workshops named only in sentences that name no
// person: no "jeg"/"I", no "min"/"my", no "han"/"hun" and no relation.
func (v *gateView) impersonalChoices() bool {
	t, found := v.t, false
	for k, s := range t.sents() {
		if len(v.refsAt(k)) == 0 {
			continue
		}
		found = true
		for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].b <= s.b; i++ {
			tk := t.toks[i]
			if tk.is(classRelation) || personWords[tk.s] || tk.s == "i" && tk.cap {
				return false
			}
		}
	}
	return found
}

// personWords: see daPersonWords.
var personWords = wordSet(daPersonWords, enPersonWords)
