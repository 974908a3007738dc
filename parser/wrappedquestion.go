package parser

import "strings"

// wrappedQuestion reports a question hard-wrapped before its last words,
// the new line opening with a capital of a name or a language ("Can one
// follow it in\nEnglish?", "Kan man tage bussen derud fra\nAlbertslund
// Station?"): the line before ends in a word that cannot end a sentence (a
// preposition or an article), and the new line is a few words ending in
// "?" that do not open a question of their own ("Er der parkering?").
// i is the line break, j the start of the new line.
func (t *text) wrappedQuestion(i, j int) bool {
	k := t.tokenAt(i) - 1
	if k < 0 || t.toks[k].cap || !t.toks[k].is(classWrapEnder) || strings.TrimRight(t.fold[t.toks[k].b:i], " ") != "" {
		return false
	}
	line := t.fold[j:]
	if e := strings.IndexByte(line, '\n'); e >= 0 {
		line = line[:e]
	}
	line = strings.TrimSpace(line)
	return strings.HasSuffix(line, "?") && strings.Count(line, " ") < 4 && !questionOpens(t, j)
}

var wrapEnders = wordSet(daWrapEnders, enWrapEnders)
