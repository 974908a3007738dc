package parser

import (
	"fmt"
	"strings"
)

// countedComer reads the words before "vil gerne med" as a counted group
// ("To beboere", "Tre af vores naboer", "To fra opgangen"): it returns the
// count, 0 when the words open with none. Said with "også" the group comes
// on top of others ("to naboer vil også gerne med"), and it is left to
// describesSomeone.
func countedComer(t *text, words []token, h []int) int {
	for len(words) > 0 && describedJoin[words[0].s] {
		words = words[1:]
	}
	if len(words) < 2 || len(words) > 6 {
		return 0
	}
	c := countOf(words[0])
	if c < 2 || alsoSaid(t.fold[h[0]:h[1]]) {
		return 0
	}
	for _, tk := range words[1:] {
		if tk.num >= 0 || describedNot[tk.s] {
			return 0
		}
	}
	return c
}

// alsoSaid: the phrase says the ones it speaks of come too.
func alsoSaid(s string) bool {
	return strings.Contains(s, "ogsaa") || strings.Contains(s, "also") || strings.Contains(s, "too") || strings.Contains(s, "as well")
}

// countedComers returns the largest counted group the mail says comes
// along ("To beboere vil gerne med: Inge ... , Bashir ...", "Klubben vil
// gerne deltage med to: ..."), and quotes it:
// the count is how many come, and the names after it are those people,
// not more.
func (v *gateView) countedComers() (int, string) {
	t, n, what := v.t, 0, ""
	for _, h := range t.all(gateAlsoComes) {
		words := v.wordsBefore(h)
		c := countedComer(t, words, h)
		if len(words) > 0 && c == 0 {
			c = signUpCount(t.fold, h) // "Klubben vil gerne deltage med to"
		}
		if c > n {
			n, what = c, fmt.Sprintf("%q", v.quote(words[0].a, h[1]))
		}
	}
	return n, what
}
