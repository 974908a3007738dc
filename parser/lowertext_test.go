package parser

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLowerText: lowerText writes what strings.ToLower does, for text in
// ASCII, Danish, Unicode with odd cases (Kelvin sign, dotted I) and broken
// bytes.
func TestLowerText(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	frags := []string{"a", "B", "Z", "abc", "DEF", " ", "\n", "æ", "Æ", "Ø", "å", "Å", "é", "É",
		"\u212a", "İ", "Σ", "ς", "ǅ", "ẞ", "Ⅻ", "\ufffd", "\xff", "\xc3", "\x80", "\xe2\x84", "ß", "ÿ", "÷", "×", "\xc3\x9e"}
	for _, s := range []string{"", "abc", "Kurt Holm", "SØREN ÅGE", "ß\xffX"} {
		if got, want := lowerText(s), strings.ToLower(s); got != want {
			t.Errorf("lowerText(%q) = %q, want %q", s, got, want)
		}
	}
	for range 100000 {
		var b strings.Builder
		for k := r.IntN(12); k >= 0; k-- {
			b.WriteString(frags[r.IntN(len(frags))])
		}
		s := b.String()
		if got, want := lowerText(s), strings.ToLower(s); got != want {
			t.Fatalf("lowerText(%q) = %q, want %q", s, got, want)
		}
	}
}
