package parser

import (
	"strings"

	"tilmeld"
)

var (
	// ownedFields are what a change names of one person ("Marias andet
	// valg", "Maria Lopez's second choice", "min mands kost").
	ownedFields = wordSet([]string{"valg", "foerstevalg", "andetvalg", "prioritet", "kost", "choice", "priority", "diet"})
	// ownedRanks may stand between the owner and the field.
	ownedRanks = wordSet([]string{"foerste", "anden", "andet", "1", "2", "first", "second", "1st", "2nd"})
	// ownedPronouns end in "s" but are no one's name ("hans andet valg").
	ownedPronouns = wordSet([]string{"hans", "hendes", "deres", "his", "hers", "its", "os", "jeres", "dens", "dets"})
)

// checkOwnedChange: a change that names whose field it is ("Vil I ændre
// Marias andet valg til 4?", "Please change Maria Lopez's second choice to
// 4", "min mands kost") made to someone else: the sender, or no one of
// that name.
func checkOwnedChange(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentUpdate || len(v.r.Attendees) == 0 {
		return verdict{}
	}
	t := v.t
	f := t.fold
	if !strings.Contains(f, "valg") && !strings.Contains(f, "choice") && !strings.Contains(f, "priorit") && !strings.Contains(f, "kost") && !strings.Contains(f, "diet") {
		return verdict{}
	}
	for k, tk := range t.toks {
		if !ownedFields[tk.s] {
			continue
		}
		o := k - 1
		if o >= 0 && ownedRanks[t.toks[o].s] {
			o--
		}
		if o < 1 {
			continue
		}
		name, rel := ownerAt(t, o)
		if name == "" && !rel {
			continue
		}
		if !v.ownerAttends(name, rel) {
			return review("the mail changes %s, but the change was read for someone else", v.quote(t.toks[o].a, tk.b))
		}
	}
	return verdict{}
}

// ownerAt reads a possessive at token o: a name ("Maria Lopez's", "Maria
// Lopez'", "Marias") or a relation ("min mands"). It returns the name, or
// rel for a relation, or neither.
func ownerAt(t *text, o int) (string, bool) {
	w := t.toks[o].s
	if w == "s" && strings.HasSuffix(t.gap(o-1, o), "'") && t.toks[o-1].cap {
		return nameEndingAt(t, o-1, ""), false // "Maria Lopez's"
	}
	if t.toks[o].cap && strings.HasPrefix(t.gap(o, o+1), "'") && !ownedPronouns[w] {
		return nameEndingAt(t, o, ""), false // "Maria Lopez' andet valg"
	}
	base, ok := strings.CutSuffix(w, "s")
	if !ok || len(base) < 2 || ownedPronouns[w] || t.gap(o, o+1) != " " {
		return "", false
	}
	if relations[base] || relations[strings.TrimSuffix(base, "e")] {
		return "", true // "min mands", "min kones"
	}
	if t.toks[o].cap && !t.toks[o].is(classSelfWord) {
		return nameEndingAt(t, o, base), false // "Marias andet valg"
	}
	return "", false
}

// nameEndingAt returns the capitalised words that end at token o, the
// last written as last when not "" (its possessive "s" cut).
func nameEndingAt(t *text, o int, last string) string {
	if last == "" {
		last = t.toks[o].s
	}
	words := []string{last}
	for k := o - 1; k >= 0 && k >= o-2 && t.toks[k].cap && t.gap(k, k+1) == " " && !t.toks[k].is(classSelfWord); k-- {
		words = append([]string{t.toks[k].s}, words...)
	}
	return strings.Join(words, " ")
}

// ownerAttends reports whether the owner of a change is an attendee of
// the reading other than the sender (for a relation), or one whose name
// agrees (for a name); the sender's own name is hers.
func (v *gateView) ownerAttends(name string, rel bool) bool {
	self := v.sender()
	if !rel && self != "" && consistentFolded2(self, name) {
		return true
	}
	for _, a := range v.r.Attendees {
		if a.Name == "" {
			continue
		}
		if rel && (self == "" || !consistentFolded2(self, a.Name)) || !rel && consistentFolded2(a.Name, name) {
			return true
		}
	}
	return false
}

// consistentFolded2 is consistent on a name and one of folded words.
func consistentFolded2(full, folded string) bool {
	return consistent(foldString(full), folded)
}
