package parser

import "strings"

// A telegraphic registration is one short line with no verb: a name and a
// choice pair ("3+1 Kemal A. tlf 2819 4456", "Leyla K. 4/1 vegetar", "Hai
// N., ws3, 2. valg ws4, ingen svinekød"). The name is the sender's and
// the pair her 1st and 2nd choice, though no "tilmeld" is written.

// telegraphMaxTokens bounds such a line: a name, a pair, a phone number
// and a word on food.
const telegraphMaxTokens = 16

// telegraphLine reports whether the line of token i is short and holds no
// word that makes a sentence ("jeg", "vil", "er"): read word by word, not
// as a statement.
func telegraphLine(t *text, i int) bool {
	line := t.toks[i].line
	a, b := i, i
	for a > 0 && t.toks[a-1].line == line {
		a--
	}
	for b+1 < len(t.toks) && t.toks[b+1].line == line {
		b++
	}
	if b-a+1 > telegraphMaxTokens {
		return false
	}
	for k := a; k <= b; k++ {
		if w := t.toks[k].s; personVerbs[w] || daSubjects[w] != "" || enSubjects[w] != "" {
			return false
		}
	}
	return true
}

// choicePairJoin reports tokens i and i+1 as two single-digit numbers joined by
// "+" or "/" alone ("3+1", "4/1"), with no date or time running on after.
func choicePairJoin(t *text, i int) bool {
	if i+1 >= len(t.toks) || t.toks[i].num < 1 || t.toks[i+1].num < 1 || len(t.toks[i].s) != 1 || len(t.toks[i+1].s) != 1 ||
		t.toks[i].num == t.toks[i+1].num { // "1+1" is a guest brought along
		return false
	}
	if g := strings.TrimSpace(t.gap(i, i+1)); g != "+" && g != "/" {
		return false
	}
	after := t.fold[t.toks[i+1].b:]
	return !(len(after) >= 2 && strings.ContainsRune("/-.:", rune(after[0])) && isDigit(after[1]))
}

// telegraphName returns the name a telegraphic line opens with, or that
// stands right before or after a choice pair on one; "" when none.
func telegraphName(t *text) string {
	for _, ln := range lines(t) {
		i := t.tokenAt(ln[0])
		if i >= len(t.toks) || t.toks[i].a >= ln[1] {
			continue
		}
		if n, w := nameAt(t, i); w >= 2 && i+w < len(t.toks) && t.toks[i+w].a < ln[1] && telegraphLine(t, i) &&
			strings.Trim(t.gap(i+w-1, i+w), " .,") == "" && numberedWorkshopAt(t, i+w, ln[1]) {
			return n // "Hai N., ws3, 2. valg ws4"
		}
	}
	for i := 0; i+1 < len(t.toks); i++ {
		if n := pairName(t, i); n != "" {
			return n
		}
	}
	return ""
}

// numberedWorkshopAt reports a workshop word and its number ("ws3",
// "workshop 2") or a choice pair at token i, before end.
func numberedWorkshopAt(t *text, i, end int) bool {
	if choicePairJoin(t, i) {
		return true
	}
	return i+1 < len(t.toks) && t.toks[i+1].a < end && workshopWords[t.toks[i].s] && t.toks[i+1].num > 0 && looseGap(t.gap(i, i+1))
}

// pairName returns the name right before or after the choice pair at
// token i on a telegraphic line; "" when there is none.
func pairName(t *text, i int) string {
	if !choicePairJoin(t, i) || !telegraphLine(t, i) {
		return ""
	}
	line := t.toks[i].line
	if k := i + 2; k < len(t.toks) && t.toks[k].line == line && strings.TrimSpace(t.gap(i+1, k)) == "" {
		if n, w := nameAt(t, k); w >= 2 {
			return n // "3+1 Kemal A."
		}
	}
	for k := max(0, i-4); k < i; k++ {
		if t.toks[k].line != line {
			continue
		}
		if n, w := nameAt(t, k); w >= 2 && k+w == i && strings.Trim(t.gap(i-1, i), " .") == "" {
			return n // "Leyla K. 4/1"
		}
	}
	return ""
}

// telegraphPairAt reports whether token i is one of the two numbers of a
// choice pair beside a name on a telegraphic line.
func telegraphPairAt(t *text, i int) bool {
	return pairName(t, i) != "" || i > 0 && pairName(t, i-1) != ""
}
