package parser

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
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

// fieldLinesBySplit is fieldLines as it was first written, line by line.
func fieldLinesBySplit(quoted string) []string {
	var fields []string
	for _, l := range strings.Split(quoted, "\n") {
		l = strings.TrimLeft(l, "> \t")
		if label, _, ok := strings.Cut(l, ":"); ok && len(label) <= 12 && len(l) > len(label)+2 {
			fields = append(fields, l)
		}
	}
	return fields
}

var fieldLineSeeds = []string{"", ":", "\n:", "Navn: Ida Holm", "> Navn: Ida Holm\n> Tlf: 1234", "a:b\nNavn:: x\n",
	"> > Fra: Bo <bo@x.dk>\nSendt: 1. maj\n\nHej: med dig", "en meget lang etiket: x", "x:\n:y\n::\n", "\n\n>:ab\n"}

func TestFieldLines(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.eml"))
	quotes := slices.Clone(fieldLineSeeds)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		quotes = append(quotes, Extract(raw).Quoted)
	}
	for _, q := range quotes {
		if got, want := fieldLines(q), fieldLinesBySplit(q); !slices.Equal(got, want) {
			t.Errorf("fieldLines(%.60q) = %q, want %q", q, got, want)
		}
	}
}

func FuzzFieldLines(f *testing.F) {
	for _, s := range fieldLineSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if got, want := fieldLines(q), fieldLinesBySplit(q); !slices.Equal(got, want) {
			t.Errorf("fieldLines(%q) = %q, want %q", q, got, want)
		}
	})
}
