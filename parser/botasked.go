package parser

import (
	"regexp"
	"strings"
)

// askedFor reads the people a quoted question of the bot names at its
// end: "- hvilken workshop I vil deltage i (1. og 2. prioritet) for Fatma
// Y. og Mehmet Y.", "... for Ida Holm and Per Holm".
var askedFor = regexp.MustCompile(`\bfor\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:(?:\s*,\s*|\s+og\s+|\s+and\s+)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)+)\s*\.?\s*$`)

var askedSplit = regexp.MustCompile(`\s*,\s*|\s+og\s+|\s+and\s+`)

// botAskedNames returns the people the bot's own quoted question asks
// about, nil when the quote is not the bot's or names nobody so.
func (rd *reader) botAskedNames() []string {
	if !quotesBot(rd.m, rd.ev) {
		return nil
	}
	for _, line := range strings.Split(rd.m.Quoted, "\n") {
		l := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "> "))
		if !strings.Contains(strings.ToLower(l), "workshop") {
			continue
		}
		// the expression has no literal opening to search for: run only
		// where its "for" stands
		if !strings.Contains(l, "for") {
			continue
		}
		if m := askedFor.FindStringSubmatch(l); m != nil {
			return askedSplit.Split(m[1], -1)
		}
	}
	return nil
}

// addBotAsked gives an answer said for a group ("Vi tager begge nr 1")
// to the people the bot's question it answers names, when the answer names
// nobody itself. It reports whether the sender is one of them.
func (rd *reader) addBotAsked() (selfAsked bool) {
	if len(rd.ps.others) > 0 || !rd.group.said {
		return false
	}
	names := rd.botAskedNames()
	if len(names) < 2 {
		return false
	}
	if rd.own.matches(bothWords) && len(names) != 2 {
		rd.review("the answer is for both, and the bot's question names %d people", len(names))
	}
	for _, n := range names {
		if rd.ps.self.name != "" && (consistent(rd.ps.self.name, n) || sameFirstName(rd.ps.self.name, n)) {
			selfAsked = true
			continue
		}
		rd.ps.add(n)
	}
	return selfAsked
}
