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
	if quoted == "" {
		return nil
	}
	var out []string
	for _, line := range strings.Split(quoted, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "> "))
		if m := receiptDashLine.FindStringSubmatch(line); m != nil {
			out = append(out, m[1])
		}
	}
	return out
}

var receiptDashLine = regexp.MustCompile(`^(?:[-*•]\s*)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4})\s*[–—-]\s*(?i:1\.?\s*prioritet|1st (?:choice|priority)|first (?:choice|priority))\s*:`)
