package parser

import (
	"strings"
	"unicode"
)

// checkOtherNamedWithChoice: a change given to the sender alone, while the
// sentence that names the workshop names someone else the thread's quoted
// mail holds ("Kan I skifte Bo over på workshop 2?"): the change may be
// that person's.
func checkOtherNamedWithChoice(v *gateView) verdict {
	if !v.changes() || v.sender() == "" || v.m.Quoted == "" {
		return verdict{}
	}
	for _, a := range v.r.Attendees {
		if !sameFirstName(a.Name, v.sender()) {
			return verdict{}
		}
	}
	t := v.t
	quoted := threadTop(v.m.Quoted)
	for k, s := range t.sents() {
		refs := v.refsAt(k)
		if len(refs) == 0 {
			continue
		}
		first := t.tokenAt(s.a)
		for i := first; i < len(t.toks) && t.toks[i].a < s.b; i++ {
			if i == first {
				// the first word of a sentence is capitalised whatever it
				// is: only a genitive of a name on a line of the quote's
				// own ("Bos anden prioritet ..." under "Bo Holm")
				if n, _ := nameAt(t, i); n != "" && quotedOwner(quoted, n) {
					return review("the change is read as the sender's, but the sentence names %s", n)
				}
				continue
			}
			// a workshop's name ("Sundhed", "Naboskab") is capitalised too
			if !t.toks[i].cap || v.rd.cat.words[t.toks[i].s] {
				continue
			}
			if n, _ := nameAt(t, i); n != "" && !sameFirstName(v.sender(), n) && quotedPerson(quoted, n) {
				return review("the change is read as the sender's, but the sentence names %s", n)
			}
		}
	}
	return verdict{}
}

// quotedPerson reports whether the quote names the person n names, also
// when n is her name in the genitive ("Bos anden prioritet", "Bo's").
func quotedPerson(quoted, n string) bool {
	if strings.Contains(quoted, n) {
		return true
	}
	for _, g := range []string{"'s", "’s", "s"} {
		if base, ok := strings.CutSuffix(n, g); ok && len(base) > 1 {
			return strings.Contains(quoted, base+" ")
		}
	}
	return false
}

// quotedOwner reports whether n is the genitive ("Bos", "Bo's") of a first
// name that opens a line of the quote with a surname after it ("> Bo Holm").
func quotedOwner(quoted, n string) bool {
	for _, g := range []string{"'s", "’s", "s"} {
		if base, ok := strings.CutSuffix(n, g); ok && len(base) > 1 && !strings.Contains(base, " ") {
			for _, line := range strings.Split(quoted, "\n") {
				l := strings.TrimLeft(line, "> \t")
				if rest, ok := strings.CutPrefix(l, base+" "); ok && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// threadTop is the top of a quote, where the bot's own mail lists the
// people it is about: the rest need not be read for each word.
func threadTop(quoted string) string {
	return headOf(quoted, 4000)
}
