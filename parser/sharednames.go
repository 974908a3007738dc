package parser

import (
	"slices"
	"strings"
)

// A line that opens with several first names joined by commas and
// "og/and" ("Amina, Said og Layla spiser ikke svinekød", "Said, Layla,
// Amina: glutenfri") is a sentence about the people listed, no row of the
// first one's own ("Amina Hassan, workshop 1 og 2"): what it says is read
// for each name, as a sentence is, and nobody is added twice.

var nameListJoins = wordSet([]string{"og", "and", "samt"})

// namesRun returns the names that carry on the name before token k, up
// to end, when there are two or more (", Said og Layla", ", Said,
// Layla") and no workshop number follows them; nil otherwise.
func namesRun(t *text, k, end int) []string {
	var names []string
	joined := false
	for k < len(t.toks) && t.toks[k].a < end && !joined {
		g := strings.TrimSpace(t.fold[t.toks[k-1].b:t.toks[k].a])
		if (g == "" || g == ",") && nameListJoins[t.toks[k].s] {
			joined = true
			k++
		} else if g != "," {
			break
		}
		name, n := nameAt(t, k)
		if name == "" {
			return nil // "Hassan, Amina, workshop 3": a row of her own
		}
		names = append(names, name)
		k += n
	}
	if len(names) < 2 || k < len(t.toks) && t.toks[k].a < end && strings.ContainsAny(t.fold[t.toks[k].a:end], "123456789") {
		return nil
	}
	return names
}

// unlistedIn returns the first of names that is none of the people read
// from the list, "" when all are.
func (rd *reader) unlistedIn(names []string, listed []*person) string {
	for _, n := range names {
		full := rd.ps.complete(n)
		if !slices.ContainsFunc(listed, func(p *person) bool { return p.name != "" && consistent(p.name, full) }) {
			return n
		}
	}
	return ""
}

// noteLeads open a sentence that only draws attention to what follows
// ("Husk at Amina, Said og Layla spiser halal", "Bemærk venligst, at ...",
// "Please note that ..."): its subject stands after them, and they are no
// statement before a name.
var (
	noteLeads   = wordSet(daNoteLeads, enNoteLeads)
	noteFillers = wordSet(daNoteFillers, enNoteFillers)
	noteThat    = wordSet([]string{"at", "that"})
)

// noteLeadEnd returns the token after such a lead at token from, or from
// when none opens there.
func noteLeadEnd(t *text, from, to int) int {
	if from >= to || !noteLeads[t.toks[from].s] {
		return from
	}
	k := from + 1
	for k < to && noteFillers[t.toks[k].s] {
		k++
	}
	switch {
	case k < to && noteThat[t.toks[k].s]:
		return k + 1
	case k < to && strings.TrimSpace(t.gap(k-1, k)) == ":":
		return k
	}
	return from
}

// strangerInNames reports a name at token i that carries on a run of
// people in clause c ("Amina, Said og Nadia spiser halal") and is none of
// them, where the clause gives food: the food is someone's the reader
// cannot place.
func (rd *reader) strangerInNames(c clause, i int) bool {
	t := rd.own
	if i == 0 || !nameWord(t, i) || !t.toks[i].cap {
		return false
	}
	if g := strings.TrimSpace(t.gap(i-1, i)); g != "," && !(g == "" && nameListJoins[t.toks[i-1].s]) {
		return false
	}
	return len(readDiet(t, c.a, c.b)) > 0
}
