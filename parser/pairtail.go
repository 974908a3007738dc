package parser

import "strings"

// pairTail reports the gap g between a workshop's word and a priority word
// after it as the rest of a pair of subjects that names the one workshop,
// and a link ("den om arbejde og kurser som nr. 1", "school and homework
// as my first choice"): "og"/"and", one or two plain words, then nothing
// but link words, or the priority's words open with one. The priority
// ranks the workshop before the pair, not the next one named.
func pairTail(g, mark string) bool {
	if strings.ContainsAny(g, ",;:.!?()\n") {
		return false
	}
	ws := strings.Fields(g)
	if len(ws) < 2 || !andWords[ws[0]] {
		return false
	}
	plain := 1
	for plain < len(ws) && plain <= 2 && !tailNot(ws[plain]) {
		plain++
	}
	if plain == 1 {
		return false
	}
	if rest := ws[plain:]; len(rest) > 0 {
		link := strings.Join(rest, " ")
		return linkBack[link] || linkBack[withoutFillers(link)]
	}
	// the link opens the priority's words ("som nr. 1", "as my first")
	first, _, _ := strings.Cut(mark, " ")
	return linkBack[first] || rankLinks[first] || rankVerbs[first]
}

// rankVerbs open a priority's words as a link does ("står som nr. 1",
// "kommer ind på førstepladsen").
var rankVerbs = wordSet([]string{"staar", "kommer", "comes", "stays"})

// tailNot: a word that cannot be the second half of a subject's pair: a
// link, a joining word, a negation, a number, a person.
func tailNot(w string) bool {
	return linkBack[w] || rankLinks[w] || connectors[w] || negators[w] || workshopWords[w] || oneSelf[w] || selfPronoun[w] ||
		relations[w] || ownerOfOwn[w] || w[0] >= '0' && w[0] <= '9'
}

// rankedTopic reports a topic word at token i that a priority word after
// it ranks ("Arbejde og kurser som nr. 1", "Work and courses as my first
// choice", "Skolen er mit førstevalg"): the subject is chosen, at that
// rank, as a workshop's name would be.
func rankedTopic(t *text, s sentence, i int) bool {
	b := t.toks[i].b
	for _, rank := range [...]*matcher{lex.first, lex.second} {
		for _, m := range t.within(rank, b, s.b) {
			if g := t.fold[b:m[0]]; !strings.Contains(g, "\n") && (nearBefore(g) || pairTail(g, t.fold[m[0]:m[1]])) {
				return true
			}
		}
	}
	return false
}
