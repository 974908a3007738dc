package parser

import (
	"slices"
	"strings"
	"testing"
)

// consistentWords and firstName are consistent and the first name as they
// were first written, over nameWords: the versions on stack buffers must
// answer the same.
func consistentWords(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return false
	}
	used := make([]bool, len(wb))
	for _, w := range wa {
		found := false
		for k, v := range wb {
			if used[k] {
				continue
			}
			if w == v || (len(w) == 1 && strings.HasPrefix(v, w)) {
				used[k], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func firstName(n string) string {
	w := nameWords(n)
	if len(w) == 0 {
		return ""
	}
	return w[0]
}

func TestConsistentAsWords(t *testing.T) {
	names := []string{"", " ", "Mads", "Mads Bjerre", "M. Rahimi", "Mohammad Rahimi", "Duc Tran", "Tran Van Duc",
		"Holm-Jensen", "Søren Holm-Jensen", "SØREN HOLM", "søren", "Ærø Åse", "aeroe aase", "Ole  Kjær", "ole kjaer",
		"Ünal Çelik", "unal celik", "İlknur", "\xffBad", "bad", "A B C D E F G H I J", "a b c d e f g h i j k",
		"Anne-Marie Ø. Lund", "A. M. Lund", "ß", "ss", "José María", "jose maria", "O'Brien", "o brien", "Ⅻ Roman", "x\u00a0y", "x y",
		strings.Repeat("Langtnavn", 20) + " Hansen", "Hansen"}
	for _, a := range names {
		if got, want := countNameWords(a), len(nameWords(a)); got != want {
			t.Errorf("countNameWords(%q) = %d, want %d", a, got, want)
		}
		for _, b := range names {
			if got, want := consistent(a, b), consistentWords(a, b); got != want {
				t.Errorf("consistent(%q, %q) = %v, want %v", a, b, got, want)
			}
			if got, want := sameFirstName(a, b), firstName(a) == firstName(b); got != want {
				t.Errorf("sameFirstName(%q, %q) = %v, want %v", a, b, got, want)
			}
			want := a
			if a == "" || b != "" && consistentWords(a, b) && len(nameWords(b)) > len(nameWords(a)) {
				want = b
			}
			if got := fuller(a, b); got != want {
				t.Errorf("fuller(%q, %q) = %q, want %q", a, b, got, want)
			}
		}
	}
}

func TestAppendFoldString(t *testing.T) {
	for _, s := range []string{"", "ABC def", "Ærø Åse", "\xffx", "İ K", "a\u00a0b", "Ünal–Çelik", "“Quote”"} {
		if got, want := string(appendFoldString(nil, s)), foldString(s); got != want {
			t.Errorf("appendFoldString(%q) = %q, want %q", s, got, want)
		}
		if got, want := slices.Clone(nameWordSpans(nil, appendFoldString(nil, s))), nameWords(s); len(got) != len(want) {
			t.Errorf("nameWordSpans(%q) = %v, want words %q", s, got, want)
		}
	}
}

func TestFoldNameAsWords(t *testing.T) {
	for _, s := range []string{"", " ", "ABC def", "Ærø Åse", "\xffx", "x\xff", "İ K", "a\u00a0b", "Ünal–Çelik", "“Quote”",
		"Søren Holm-Jensen", "Ⅻ Roman", "O'Brien", "K\u212a", "José  María ", strings.Repeat("Æblegrød ", 30)} {
		f, spans := foldName([]byte("kept"), nil, s)
		if string(f) != foldString(s) && !strings.Contains(s, "\r") {
			t.Errorf("foldName(%q) folds to %q, want %q", s, f, foldString(s))
		}
		var words []string
		for _, w := range spans {
			words = append(words, string(f[w[0]:w[1]]))
		}
		if want := nameWords(s); !slices.Equal(words, want) {
			t.Errorf("foldName(%q) = words %q, want %q", s, words, want)
		}
	}
}

// TestAppendFoldRunes holds the table of folded runes to foldString: each
// rune up to past the table's end, in a name with a letter beyond ASCII.
func TestAppendFoldRunes(t *testing.T) {
	for r := range rune(0x200) {
		s := "Ø" + string(r) + "x\r"
		if got, want := string(appendFoldString(nil, s)), foldString(s); got != want {
			t.Errorf("appendFoldString(%q) = %q, want %q", s, got, want)
		}
	}
}
