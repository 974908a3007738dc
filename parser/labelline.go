package parser

import (
	"strings"
	"unicode"
)

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

// selfLineOpens reports a line that opens with the sender's own label
// ("mig: 3 og 4", "me: 3 and 4"): her line of a list, which starts anew
// under a greeting in small letters ("hej\nmig: 3 og 4").
func selfLineOpens(next string) bool {
	// the colon is looked for where it may stand: next is the rest of
	// the text, and a search of it at every line break is quadratic
	k := strings.IndexByte(next[:min(len(next), 7)], ':')
	if k < 1 || k > 6 {
		return false // most lines: no colon right after a short word
	}
	return selfLines[strings.TrimRight(next[:k], " ")]
}

// greetingLineEnds reports a last line of prev that only greets ("hej",
// "hej med jer", "hi there,"): what follows on the next line starts anew,
// written in small letters or not ("hej\nmin mand omar: 1 og 2").
func greetingLineEnds(prev string) bool {
	// a greeting is short: its line break is among the last 25 bytes, and
	// the search back for it goes no further (prev is the text so far)
	tail := prev[max(0, len(prev)-25):]
	k := strings.LastIndexByte(tail, '\n')
	if k < 0 && len(prev) > 24 {
		return false // most lines: longer than a greeting
	}
	line := tail[k+1:]
	// the words read one by one, without a slice of them: this runs at
	// every line break
	rest, n := strings.TrimRight(line, ",!. "), 0
	for {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		if rest == "" {
			return n > 0
		}
		k := strings.IndexFunc(rest, unicode.IsSpace)
		if k < 0 {
			k = len(rest)
		}
		w := rest[:k]
		rest = rest[k:]
		n++
		if n > 3 || n == 1 && !greetingWord[w] || n > 1 && !greetWords[w] && !strings.Contains(w, "abc") {
			return false
		}
	}
}
