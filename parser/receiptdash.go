package parser

import (
	"regexp"
	"strings"
)

// receiptDashNames lists the names of a quoted receipt that writes each
// person on one line, her name before a dash and her 1st priority ("* Thi
// Lan Nguyen – 1. prioritet: workshop 2 ..."): the office's own record of
// whom a reply to it is about, so its full name is the person's name.
func receiptDashNames(quoted string) []string {
	// the receipt's lines of people stand at the top of the quote, and the
	// expression has no literal opening: run it only on the lines there that
	// hold a priority's word
	var out []string
	for rest := headOf(quoted, 2000); rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if !hasPriorityWord(line) {
			continue
		}
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "> "))
		if m := receiptDashLine.FindStringSubmatch(line); m != nil {
			out = append(out, m[1])
		}
	}
	return out
}

// hasPriorityWord: the line s holds one of the words receiptDashLine needs
// after the dash, in any case but its first letter.
func hasPriorityWord(s string) bool {
	return strings.Contains(s, "rioritet") || strings.Contains(s, "RIORITET") || strings.Contains(s, "riority") ||
		strings.Contains(s, "RIORITY") || strings.Contains(s, "hoice") || strings.Contains(s, "HOICE")
}

var receiptDashLine = regexp.MustCompile(`^(?:[-*•]\s*)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4})\s*[–—-]\s*(?i:1\.?\s*prioritet|1st (?:choice|priority)|first (?:choice|priority))\s*:`)
