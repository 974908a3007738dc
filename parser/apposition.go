package parser

import "strings"

// selfWordsBefore name the sender right before her name in apposition
// ("mig selv, Ruth K.", "myself, Rachel O.").
var selfWordsBefore = wordSet([]string{"selv", "mig", "jeg", "myself", "me"})

// selfApposition reports a name at token i that stands after a comma
// right behind the sender's own word: her name, however it is shortened.
func selfApposition(t *text, i int) bool {
	return i > 0 && selfWordsBefore[t.toks[i-1].s] && strings.TrimSpace(t.gap(i-1, i)) == ","
}
