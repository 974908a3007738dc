package parser

import (
	"regexp"
	"slices"
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
	head := headOf(quoted, 2000)
	for _, a := range priorityLines(head) {
		line := head[a:]
		if end := strings.IndexByte(line, '\n'); end >= 0 {
			line = line[:end]
		}
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "> "))
		if m := receiptDashLine.FindStringSubmatch(line); m != nil {
			out = append(out, m[1])
		}
	}
	return out
}

// priorityWords are the words receiptDashLine needs after the dash, in any
// case but their first letter; each has its o or O at oAt.
var priorityWords = []struct {
	w   string
	oAt int
}{{"rioritet", 2}, {"RIORITET", 2}, {"riority", 2}, {"RIORITY", 2}, {"hoice", 1}, {"HOICE", 1}}

// priorityLines returns the starts of the lines of s that hold one of
// priorityWords, in order. Most quotes hold none; the o and the O that
// every word has are sought a block at a time, and only at them are the
// words compared: cheaper than a search for each word in each line.
func priorityLines(s string) []int {
	var starts []int
	for _, o := range [...]byte{'o', 'O'} {
		for from := 0; ; {
			k := strings.IndexByte(s[from:], o)
			if k < 0 {
				break
			}
			k += from
			from = k + 1
			if !priorityWordAt(s, k) {
				continue
			}
			starts = append(starts, strings.LastIndexByte(s[:k], '\n')+1)
			end := strings.IndexByte(s[k:], '\n')
			if end < 0 {
				break
			}
			from = k + end + 1
		}
	}
	slices.Sort(starts)
	return slices.Compact(starts)
}

// priorityWordAt reports one of priorityWords with its o at s[k].
func priorityWordAt(s string, k int) bool {
	// the o of every word is followed by an r or an i, in either case:
	// most o's of a text are passed over on that byte alone
	if k+1 == len(s) || s[k+1]|0x20 != 'r' && s[k+1]|0x20 != 'i' {
		return false
	}
	for _, p := range priorityWords {
		if k >= p.oAt && strings.HasPrefix(s[k-p.oAt:], p.w) {
			return true
		}
	}
	return false
}

var receiptDashLine = regexp.MustCompile(`^(?:[-*•]\s*)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4})\s*[–—-]\s*(?i:1\.?\s*prioritet|1st (?:choice|priority)|first (?:choice|priority))\s*:`)
