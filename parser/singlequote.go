package parser

import (
	"unicode"
	"unicode/utf8"
)

// singleQuoted: the span [a, b) of s lies within one pair of single
// quotation marks ('tryghed og uddannelse', ‘…’ folds to them), told from
// an apostrophe ("it's", "Anders'") by no letter outside each mark.
func singleQuoted(s string, a, b int) bool {
	open := -1
	for k := 0; k < len(s); k++ {
		if s[k] != '\'' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:k])
		after, _ := utf8.DecodeRuneInString(s[k+1:])
		switch {
		case open < 0 && k < a && !unicode.IsLetter(before):
			open = k
		case open >= 0 && k >= b && !unicode.IsLetter(after):
			return open < a
		case open >= 0 && k > open && k < a && !unicode.IsLetter(after):
			open = -1 // a closing mark before the span
		}
	}
	return false
}
