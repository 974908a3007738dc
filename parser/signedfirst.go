package parser

import (
	"slices"
	"strings"
	"unicode"
)

// lowerSignedFirsts lists the first names written alone in small letters
// after a closing ("mvh ida", "hilsen" over "fatima"), as a phone types
// them: one word on the text's last line that fills the rest of it (a
// phone number after it aside), may be a name (smallWordMayName) and is
// not one of the words that follow closings ("tak igen", "yours
// faithfully,").
func lowerSignedFirsts(t *text, event map[string]bool) []string {
	var out []string
	for _, m := range signOffs(t) {
		a := nextLine(t, m[1])
		if a < 0 {
			continue
		}
		i := t.tokenAt(a)
		if i >= len(t.toks) || t.toks[i].cap || len(t.toks[i].s) < 3 || afterClosing[t.toks[i].s] || kinDisplays[t.toks[i].s] || !smallWordMayName(t, i, event) {
			continue
		}
		end := strings.IndexByte(t.fold[a:], '\n')
		if end < 0 {
			end = len(t.fold)
		} else {
			end += a
		}
		if more := strings.TrimSpace(t.fold[end:]); more != "" && !hasPhrase(more, signatureStartIndex) {
			continue // more than "Sendt fra min iPhone" follows: the closing was none, or not the last
		}
		line, rest, comma := strings.Cut(t.fold[t.toks[i].a:end], ",") // "ida, tlf ..."
		if comma && strings.TrimSpace(rest) == "" {
			continue // "Yours faithfully,": the closing goes on
		}
		words := strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '.' || r == '!' || r == '\t' || r == '\r' })
		words = slices.DeleteFunc(words, func(w string) bool {
			return strings.IndexFunc(w, unicode.IsLetter) < 0 // "22 33 44 55", "😊"
		})
		if len(words) != 1 || words[0] != t.toks[i].s {
			continue // "hilsen ida og per", "mvh ida fra nr 4", "ida-marie"
		}
		out = append(out, titleCase(t.span(t.toks[i].a, t.toks[i].b)))
	}
	return out
}

// afterClosing are daAfterClosing and enAfterClosing.
var afterClosing = wordSet(daAfterClosing, enAfterClosing)

// kinDisplays are daKinDisplay and enKinDisplay.
var kinDisplays = wordSet(daKinDisplay, enKinDisplay)

// kinDisplay reports a From line that holds only what a family calls the
// sender ("Mor", "Mor og Far", "My Mum"), no name of hers.
func kinDisplay(t *text) bool {
	for _, tk := range t.toks {
		if !tk.is(classAnd) && !kinDisplays[tk.s] {
			return false
		}
	}
	return true
}
