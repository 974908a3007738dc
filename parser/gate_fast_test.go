package parser

import (
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
