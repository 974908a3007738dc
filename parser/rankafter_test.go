package parser

import (
	"strings"
	"testing"
)

// TestLinkBefore: linkBefore may pass over a priority word only where no
// gap before it on its line is rankLinked, whatever offset a workshop
// ends at.
func TestLinkBefore(t *testing.T) {
	for _, c := range []struct {
		fold, word string
		want       bool
	}{
		{"sundhed er vist mit foerstevalg", "foerstevalg", true},
		{"workshop 3 (som) anden prioritet", "anden", true},
		{"jeg vil gerne have tryghed: \"er\" - foerste prioritet", "foerste", true},
		{"education as my second choice", "second", true},
		{"hej\n1. prioritet: sundhed", "1.", false},
		{"sundhed, tryghed og naboskab til foerste prioritet", "foerste", false},
		{"vi kommer alle tre hjem til 2. prioritet", "2.", false},
		{"vi kommer hjem til 2. prioritet", "2.", true}, // "kommer" may end a gap in "er"
	} {
		a := strings.Index(c.fold, c.word)
		if got := linkBefore(c.fold, a); got != c.want {
			t.Errorf("linkBefore(%q) = %v, want %v", c.fold[:a], got, c.want)
		}
		for b := 0; b <= a; b++ {
			g := c.fold[b:a]
			if !strings.Contains(g, "\n") && rankLinked(g) && !linkBefore(c.fold, a) {
				t.Errorf("%q: rankLinked(%q) holds, but linkBefore passes it over", c.fold, g)
			}
		}
	}
}
