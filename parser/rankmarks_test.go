package parser

import (
	"regexp"
	"testing"
)

// TestPriorityMark checks the scan for a priority mark against the
// expression it reads.
func TestPriorityMark(t *testing.T) {
	re := regexp.MustCompile(`(?:^|[\n:,\-])[ \t]*([12])\.[ \t]*$`)
	for _, s := range []string{"", "1.", "2.", "3.", " 1. ", "\t2.\t", "amina: 1. ", "amina:1.", "x, 2.", "x - 1.", "x -1.", "x 1.",
		"x1.", "1", "1. x", "12.", ": 12.", ":  1 .", "1..", "å: 2.", "æ1.", "\n 1.", "a\n2. ", "-1.", ",\t\t2.  \t"} {
		want := -1
		if m := re.FindStringSubmatchIndex(s); m != nil {
			want = m[2]
		}
		if got := priorityMark(s); got != want {
			t.Errorf("priorityMark(%q) = %d, want %d", s, got, want)
		}
	}
}
