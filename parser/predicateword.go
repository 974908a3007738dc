package parser

import "strings"

// belongingWords say what someone is, not who (see daBelongingWords).
var belongingWords = wordSet(daBelongingWords, enBelongingWords)

// belongingAt reports a capitalised word at token i that says what its
// subject is rather than naming anyone: a nationality, a language or a
// faith right after "er"/"is"/"am"/"are" ("han er Tyrkisk", "I am Irish",
// "vi er begge Muslimer", "we are both Polish"). It is no attendee.
func belongingAt(t *text, i int) bool {
	k := i - 1
	if k > 0 && bothAfterIs[t.toks[k].s] {
		k-- // "vi er begge", "we are both"
	}
	if k < 0 || !copulas[t.toks[k].s] {
		return false
	}
	w := t.toks[i].s
	if belongingWords[w] {
		return true
	}
	// "Polsk", "Tyrkiske", "Danish": a word of belonging by its ending
	return len(w) > 4 && (strings.HasSuffix(w, "sk") || strings.HasSuffix(w, "ske") || strings.HasSuffix(w, "ish"))
}

var (
	copulas     = wordSet([]string{"er", "var", "is", "am", "are", "was", "were", "'m", "'re"})
	bothAfterIs = wordSet([]string{"begge", "alle", "both", "all"})
)
