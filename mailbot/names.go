package mailbot

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The name comparisons read names as strings.Fields(strings.ToLower(s))
// would, without making either: the deciding compares every attendee of
// every mail with the registrations it may belong to. Words part where
// strings.Fields parts them (unicode.IsSpace, which no lower-casing makes
// or unmakes), and letters compare by unicode.ToLower, rune by rune, as
// strings.ToLower maps them, invalid UTF-8 as U+FFFD. strings.EqualFold
// would not do: it takes ς for σ and ı for I, which ToLower does not.

// nextWord returns the first word of s and what follows it.
func nextWord(s string) (word, rest string) {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace(c) {
				i++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	s = s[i:]
	for i = 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return s[:i], s[i:]
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// countWords is len(strings.Fields(s)).
func countWords(s string) int {
	n := 0
	for w, rest := nextWord(s); w != ""; w, rest = nextWord(rest) {
		n++
	}
	return n
}

// sameWord reports whether strings.ToLower(a) == strings.ToLower(b).
func sameWord(a, b string) bool {
	for a != "" && b != "" {
		if ca, cb := a[0], b[0]; ca < utf8.RuneSelf && cb < utf8.RuneSelf {
			if lowerASCII(ca) != lowerASCII(cb) {
				return false
			}
			a, b = a[1:], b[1:]
			continue
		}
		// One of them at least is not ASCII, and may still lower to it
		// (the Kelvin sign to k, İ to i).
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb && unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasWord reports whether word is one of the words of s, without case.
func hasWord(s, word string) bool {
	for w, rest := nextWord(s); w != ""; w, rest = nextWord(rest) {
		if sameWord(w, word) {
			return true
		}
	}
	return false
}

// hasCommaWord is hasWord with commas in s parting words as spaces do.
func hasCommaWord(s, word string) bool {
	for w, rest := nextWord(s); w != ""; w, rest = nextWord(rest) {
		for part := range strings.SplitSeq(w, ",") {
			if part != "" && sameWord(part, word) {
				return true
			}
		}
	}
	return false
}

// sameWords reports whether a and b have the same words, in order, without
// case.
func sameWords(a, b string) bool {
	for {
		wa, ra := nextWord(a)
		wb, rb := nextWord(b)
		if wa == "" || wb == "" {
			return wa == wb
		}
		if !sameWord(wa, wb) {
			return false
		}
		a, b = ra, rb
	}
}
