package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// questionMarks end a question in the scripts senders write in: the
// Latin "?", the Arabic "؟" and the full-width "？".
var questionMarks = []string{"?", "؟", "？"}

// foreignAsks reports whether a mail in another language asks something:
// a question mark that ends a sentence or a line, not one inside a link.
// Its words cannot be read, but staff must know to answer.
func foreignAsks(t *text) bool {
	s := t.fold
	for _, q := range questionMarks {
		for from := 0; from < len(s); {
			i := strings.Index(s[from:], q)
			if i < 0 {
				break
			}
			i += from
			from = i + len(q)
			if q == "?" && inLink(s, i) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(s[from:]); from == len(s) || unicode.IsSpace(r) || strings.ContainsRune(`"')»”`, r) {
				return true
			}
		}
	}
	return false
}
