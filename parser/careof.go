package parser

import (
	"slices"
	"strings"
)

// careOfName returns the person a place's sign-off line names after "v/",
// "att.", "attn.", "c/o" or "ved" ("Fritidsklubben Ørnen v/ Lars Kirk",
// "Café Solsikken, att. Lars Kirk", or "v/ Lars Kirk" on a line of its
// own): the one who writes for it. The name must end the line.
func careOfName(t *text, ln [2]int) string {
	s := t.fold[ln[0]:ln[1]]
	if strings.IndexByte(s, '/') < 0 && !strings.Contains(s, "att") && !strings.Contains(s, " ved ") {
		return ""
	}
	for _, mark := range careOfMarks {
		at := strings.Index(s, mark)
		if at >= 0 {
			at += len(mark)
		} else if strings.HasPrefix(strings.TrimLeft(s, " "), mark[1:]) && mark != " ved " {
			at = strings.Index(s, mark[1:]) + len(mark) - 1 // "v/ Lars Kirk" on a line of its own under the place
		} else {
			continue
		}
		if n := nameLine(t, ln[0]+at); n != "" && countNameWords(n) >= 2 {
			return n
		}
	}
	return ""
}

var careOfMarks = slices.Concat(daCareOf, enCareOf)
