package parser

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// The gate looks for a few patterns by hand where a regular expression
// over every mail cost too much. These tests hold each by-hand reading to
// the expression it stands for.

var rankLabelColonRe = regexp.MustCompile(`\b(?:` + strings.Join(rankLabelNouns, "|") + `)\s*:`)

func checkRankLabelColon(t *testing.T, s string) {
	t.Helper()
	if got, want := hasRankLabelColon(s), rankLabelColonRe.MatchString(s); got != want {
		t.Fatalf("hasRankLabelColon(%q) = %v, want %v", s, got, want)
	}
}

func TestRankLabelColon(t *testing.T) {
	for _, s := range []string{
		"1. prioritet: trivsel", "1. prioritet : trivsel", "prio:", "valg\n:", "valg \t\r\f:",
		"mit 2. valg er kunst", "udvalg: kunst", "prio_: x", "1prio: x", "x:prio:", ":", "",
		"first choice:", "option: 2", "kl. 10:30", "foerste prioritet:\n2. prio :",
		"\u00e6prio: x", "prioritet", "prioritet  ", "::prio",
	} {
		checkRankLabelColon(t, s)
	}
	for _, s := range senderTexts(t) {
		checkRankLabelColon(t, s)
	}
}

func FuzzRankLabelColon(f *testing.F) {
	for _, s := range []string{"1. prioritet: trivsel", "valg \n:", "udvalg: x", "æprio:"} {
		f.Add(s)
	}
	f.Fuzz(checkRankLabelColon)
}

func TestPhraseWords(t *testing.T) {
	got := phraseWords([]string{`(for at goere den faerdig )?mangler vi`, `to complete it,? we (still )?need`,
		`tak\w* for din`, `a|b`, `kl?ar [a-z]+ nu`})
	want := [][]string{{"mangler", "vi"}, {"to", "complete", "it", "we", "need"}, {"tak", "for", "din"}, nil, {"ar", "nu"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("phraseWords = %q, want %q", got, want)
	}
}

// checkReceiptWords: a text the receipt's phrases match holds all the words
// of one of them, so that the quick look for the words turns none away.
func checkReceiptWords(t *testing.T, s string) {
	t.Helper()
	f := foldedText(s).fold
	if receiptQuote.matchIn(f, nil) && !holdsReceiptWords(f) {
		t.Fatalf("receiptQuote matches %q, but it lacks a word of each phrase", f)
	}
}

func TestReceiptWords(t *testing.T) {
	for _, s := range []string{"Tak for din tilmelding til mødet", "Vi har forstået din tilmelding sådan:",
		"For at gøre den færdig mangler vi dit navn", "vi mangler lidt", "Thank you for registering for the meeting",
		"To complete it, we still need", "we need a little more"} {
		f := foldedText(s).fold
		if !receiptQuote.matchIn(f, nil) || !holdsReceiptWords(f) {
			t.Errorf("%q: not read as the receipt", s)
		}
	}
	for _, s := range senderTexts(t) {
		checkReceiptWords(t, s)
	}
	files, _ := filepath.Glob("testdata/*.eml")
	more, _ := filepath.Glob("testdata/*/*.eml")
	receipts := 0
	for _, name := range append(files, more...) {
		raw, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		q := ExtractFor(raw, testEvent).Quoted
		checkReceiptWords(t, q)
		if receiptQuote.matchIn(foldedText(q).fold, nil) {
			receipts++
		}
	}
	if receipts == 0 {
		t.Error("no test mail quotes the receipt")
	}
}

func FuzzReceiptWords(f *testing.F) {
	f.Add("tak for din tilmelding til")
	f.Add("for at gøre den færdig mangler vi")
	f.Fuzz(checkReceiptWords)
}

// checkNameVerb: where nameVerb matches, mayHaveNameVerb lets it run.
func checkNameVerb(t *testing.T, s string) {
	t.Helper()
	if nameVerb.MatchString(s) && !mayHaveNameVerb(s) {
		t.Fatalf("nameVerb matches %q, but mayHaveNameVerb says it cannot", s)
	}
}

func TestNameVerb(t *testing.T) {
	if !nameVerbsPlain {
		t.Skip("nameVerbWords are more than plain words: the expression always runs")
	}
	for _, s := range []string{"jeg vil i workshop 4, bo vil i workshop 3", ", bo i workshop 3", ", anne marie er vegetar",
		", bo erñ", ", øjvind vil", "x, \xffbo vil", ", bo  vil", ", bo, vil", ", a b c vil"} {
		checkNameVerb(t, s)
	}
	if mayHaveNameVerb("jeg vil gerne, tak") || mayHaveNameVerb(", anne marie jensen vil") {
		t.Error("mayHaveNameVerb lets the expression run where it cannot match")
	}
	for _, s := range senderTexts(t) {
		checkNameVerb(t, s)
	}
}

func FuzzNameVerb(f *testing.F) {
	f.Add(", bo vil i workshop 3")
	f.Add(", anne marie er vegetar, ole i ws 2")
	f.Fuzz(checkNameVerb)
}
