package parser

import (
	"regexp"
	"testing"
)

// listLeadRe is what listLeadEnd reads without an expression.
var listLeadRe = regexp.MustCompile(`^[ \t]*(?:[-*•·>]+|\d{1,2}[.)])?[ \t]*`)

var listLeadSeeds = []string{"", " ", "- Ali", "  * Bo", "•Eva", "· · Per", "->> x", "1. Ali", "12) Bo", "123. x",
	"1 Ali", "1.", "12", "\t 3)\tEva", "--", "1.2. x", "• • •", "a- b", "1)", "\xe2\x80", "·\xb7", "9.  ", " 0) x"}

func TestListLeadEnd(t *testing.T) {
	for _, s := range listLeadSeeds {
		if got, want := listLeadEnd(s), listLeadRe.FindStringIndex(s)[1]; got != want {
			t.Errorf("listLeadEnd(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzListLeadEnd(f *testing.F) {
	for _, s := range listLeadSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := listLeadEnd(s), listLeadRe.FindStringIndex(s)[1]; got != want {
			t.Errorf("listLeadEnd(%q) = %d, want %d", s, got, want)
		}
	})
}
