package parser

import "strings"

// labelOpens reports whether line opens with a form's label: one to three
// words and a colon ("ønske: naboskab", "2. ønske: sundhed", "kost: halal"),
// written in small letters.
func labelOpens(line string) bool {
	words, in := 0, false
	for i := 0; i < len(line) && i < 30; i++ {
		switch c := line[i]; {
		case c == ':':
			if in {
				words++
			}
			return words > 0 && words <= 3
		case c == ' ' || c == '.':
			if in {
				words++
			}
			in = false
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80:
			in = true
		default:
			return false
		}
	}
	return false
}

// formLineBreak reports a line in small letters that opens with a label
// under a line that opens with one too ("Navn: Mona Ali" / "ønske:
// naboskab"): a form's next field, not the line above wrapped.
func formLineBreak(prev, next string) bool {
	ls := strings.LastIndexByte(prev, '\n') + 1
	end := strings.IndexByte(next, '\n')
	if end < 0 {
		end = len(next)
	}
	return labelOpens(next[:end]) && labelOpens(prev[ls:])
}
