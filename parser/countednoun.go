package parser

import "strings"

// unnamedNounAt reports the people a count before token i counts, and
// the index of their noun: "to beboere", "to af vores medarbejdere",
// "two of our staff", and with one word before the noun, "to unge
// medarbejdere", "two youth workers", "two of our social workers".
// It returns -1 when token i starts no such noun.
func unnamedNounAt(t *text, i int) int {
	if i >= len(t.toks) {
		return -1
	}
	if unnamedPeople[t.toks[i].s] {
		return i
	}
	if i+1 < len(t.toks) && ofOur[t.toks[i].s+" "+t.toks[i+1].s] && t.gap(i, i+1) == " " {
		i += 2
		if i < len(t.toks) && unnamedPeople[t.toks[i].s] {
			return i
		}
	}
	return peopleAfterModifier(t, i)
}

// peopleAfterModifier: token i is a plain word that describes the people
// whose noun follows it on the same line ("youth workers", "faste
// frivillige"); a joining word or a number there is no such word.
func peopleAfterModifier(t *text, i int) int {
	if i+1 >= len(t.toks) || t.toks[i].num >= 0 || notModifier[t.toks[i].s] || !unnamedPeople[t.toks[i+1].s] ||
		t.gap(i, i+1) != " " || t.toks[i].line != t.toks[i+1].line {
		return -1
	}
	return i + 1
}

var notModifier = wordSet([]string{"og", "eller", "men", "for", "til", "af", "med", "fra", "i", "paa"},
	[]string{"and", "or", "but", "for", "to", "of", "with", "from", "in", "at", "by"})

// asksToBring reports that the count at token i stands in a question
// asking leave to bring them ("Må jeg tage to af vores unge med?", "May
// I bring two of our volunteers?"): they are asked about, not signed up.
func asksToBring(t *text, i int) bool {
	for _, s := range t.sents() {
		if t.toks[i].a < s.a || t.toks[i].a >= s.b {
			continue
		}
		k := t.tokenAt(s.a)
		end := strings.TrimRight(t.fold[s.a:s.b], " \n")
		return strings.HasSuffix(end, "?") && k+1 < i && leaveAsked[t.toks[k].s+" "+t.toks[k+1].s]
	}
	return false
}

var leaveAsked = wordSet([]string{"maa jeg", "maa vi", "kan jeg", "kan vi"}, []string{"may i", "may we", "can i", "can we", "could i", "could we"})
