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
	// hold a priority's word, found by a search of the whole head for each
	// word rather than of every line
	var out []string
	head := headOf(quoted, 2000)
	var next [len(priorityWords)]int // where each word is found next; -1: nowhere
	for k, w := range priorityWords {
		next[k] = strings.Index(head, w)
	}
	for {
		at := -1
		for _, n := range next {
			if n >= 0 && (at < 0 || n < at) {
				at = n
			}
		}
		if at < 0 {
			return out
		}
		start, end := strings.LastIndexByte(head[:at], '\n')+1, len(head)
		if j := strings.IndexByte(head[at:], '\n'); j >= 0 {
			end = at + j
		}
		line := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(head[start:end]), "> "))
		if m := receiptDashLine.FindStringSubmatch(line); m != nil {
			out = append(out, m[1])
		}
		for k, n := range next {
			if n >= 0 && n < end {
				if next[k] = strings.Index(head[end:], priorityWords[k]); next[k] >= 0 {
					next[k] += end
				}
			}
		}
	}
}

// priorityWords are the words receiptDashLine needs after the dash, in
// any case but their first letter.
var priorityWords = [...]string{"rioritet", "RIORITET", "riority", "RIORITY", "hoice", "HOICE"}

var receiptDashLine = regexp.MustCompile(`^(?:[-*•]\s*)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4})\s*[–—-]\s*(?i:1\.?\s*prioritet|1st (?:choice|priority)|first (?:choice|priority))\s*:`)
