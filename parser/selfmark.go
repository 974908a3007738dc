package parser

import (
	"regexp"
	"slices"
	"strings"
)

// selfMarkRe finds a name that opens a line and a remark in brackets after
// it that marks the sender ("Rasmus Holm (undertegnede):", "Ann Lee (me) -").
var selfMarkRe = regexp.MustCompile(`(?im)^([ \t]*[\p{Lu}][\p{L}.'\-]*(?:[ \t]+[\p{Lu}][\p{L}.'\-]*)*)[ \t]*\((?:` +
	strings.Join(slices.Concat(daSelfMark, enSelfMark, foldedSelfMarks()), "|") + `)\)([ \t]*[:\-–])`)

// foldedSelfMarks are the self marks as written, with æ ø å, for a text
// not yet folded.
func foldedSelfMarks() []string {
	r := strings.NewReplacer("ae", "æ", "oe", "ø", "aa", "å")
	var out []string
	for _, m := range slices.Concat(daSelfMark, enSelfMark) {
		if w := r.Replace(m); w != m {
			out = append(out, w)
		}
	}
	return out
}

// unmarkSelf drops the remark that marks the sender from a line that names
// her before her wishes ("Rasmus Holm (undertegnede): workshop 4, og ellers
// 3" reads as "Rasmus Holm: ..."): the name opens the line as in the lines
// of the others, and she is among them by her name.
func unmarkSelf(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	return selfMarkRe.ReplaceAllString(s, "$1$2")
}
