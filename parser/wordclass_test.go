package parser

import (
	"strings"
	"testing"
)

// TestWordClassesOfTokens: a token is in a class just when its word is in
// the class's set. Numbers are looked up in none, so no set may hold one.
func TestWordClassesOfTokens(t *testing.T) {
	for c, set := range classSets {
		if set == nil {
			t.Errorf("class %d has no set", c)
		}
		for w := range set {
			if w != "" && strings.Trim(w, "0123456789") == "" {
				t.Errorf("class %d holds the number %q", c, w)
			}
		}
	}
	for w, cls := range wordClasses {
		if got := classTable.lookup(w); got != cls {
			t.Errorf("classTable has %q in %b, want %b", w, got, cls)
		}
	}
	if got := classTable.lookup("zzqx"); got != (classSet{}) {
		t.Errorf("classTable has a word in none in %b", got)
	}
	tx := newText("Min mand og jeg kommer, Mr. Holm og hans kone også; I want 2 and my wife can't")
	for _, tk := range tx.toks {
		for c, set := range classSets {
			if got := tk.is(wordClass(c)); got != set[tk.s] {
				t.Errorf("%q in class %d: %v, want %v", tk.s, c, got, set[tk.s])
			}
		}
	}
}
