package parser

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var readSeeds = []string{
	"Jeg vil gerne i workshop 2, ellers 4. Vegetar.\nMvh Ida Holm\n22 33 44 55",
	"1) Sundhed\n2) Naboskab",
	"Vi er to: Anna Berg og Bo Berg. Vi vil begge i 1/3.",
	"- Ali Khan: workshop 4, 2. prioritet 3\n- Sara Khan: 2",
	"Navn\t1. prioritet\t2. prioritet\tKost\nIb Holm\t1\t2\thalal",
	"Jeg må desværre melde afbud. Måske.",
	"kl. 16.30 d. 29/9 afd. 3 nr. 4 +45-22334455 (+45) 2233 4455 0045 22 33 44 55",
	"den første workshop og ellers den sidste på listen",
	"?", "", "\n\n\n", "æøå ÆØÅ ı İ", "workshop workshop 99999999999999999999",
}

// FuzzReadText reads any text as a mail's own words: never a panic, always
// a status.
func FuzzReadText(f *testing.F) {
	for _, s := range readSeeds {
		f.Add(s, "Ida Holm")
	}
	f.Fuzz(func(t *testing.T, body, from string) {
		r := Read(&Mail{Own: body, FromName: from, FromAddr: "a@example.dk", Signature: body}, testEvent)
		if r.Status == "" || r.Intent == "" {
			t.Fatalf("no status or intent for %q", body)
		}
		for _, a := range r.Attendees {
			for _, c := range a.Choices {
				if testEvent.Workshop(c) == nil {
					t.Fatalf("choice %d names no workshop in %q", c, body)
				}
			}
		}
	})
}

// FuzzPhones: any number found is well formed.
func FuzzPhones(f *testing.F) {
	for _, s := range []string{"22 33 44 55", "+46 70 123 45 67", "(+45) 2233 4455", "0045 22334455", "1234", "+4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range findPhones(newText(s)) {
			if !strings.HasPrefix(p.e164, "+") || len(p.e164) < 9 || len(p.e164) > 16 {
				t.Fatalf("bad number %q from %q", p.e164, s)
			}
		}
	})
}

// FuzzPostcodeLine keeps the byte scan of a number's line answering as the
// expression it stands for.
func FuzzPostcodeLine(f *testing.F) {
	for _, s := range []string{"hyldevej 3, 2650 hvidovre, tlf 22 33 44 55", "a2650 hvidovre", "æ2650 hvidovre",
		"2650 Hvidovre", "12650 x", "_2650 x", "tlf 22 33 44 55 · 43 68 68 68", "a | b", "a |b", "2650 ", "2650"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := onPostcodeLine(s), postcodeLine.MatchString(s); got != want {
			t.Fatalf("onPostcodeLine(%q) = %v, the expression says %v", s, got, want)
		}
	})
}

// offsetsByByte folds s rune by rune and notes, for every byte of the
// folded text and one past its end, the offset in s of the rune it is
// written from.
func offsetsByByte(s string) (string, []int) {
	var fb strings.Builder
	var back []int
	for i, r := range s {
		for range foldRuneInto(&fb, r) {
			back = append(back, i)
		}
	}
	return fb.String(), append(back, len(s))
}

// FuzzText: folding keeps a way back to the original for every byte.
func FuzzText(f *testing.F) {
	for _, s := range readSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tx := newText(s)
		fold, back := offsetsByByte(s)
		if tx.fold != fold {
			t.Fatalf("fold %q, want %q", tx.fold, fold)
		}
		for k, o := range back {
			if got := tx.back.at(k); got != o {
				t.Fatalf("offset %d of %q maps to %d, want %d", k, tx.fold, got, o)
			}
		}
		if f := foldedText(s).fold; f != fold {
			t.Fatalf("foldedText: fold %q, want %q", f, fold)
		}
		for _, se := range tx.sents() {
			if sp := tx.span(se.a, se.b); utf8.ValidString(s) && !utf8.ValidString(sp) {
				t.Fatalf("span %q is not valid text", sp)
			}
		}
	})
}
