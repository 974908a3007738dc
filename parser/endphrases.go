package parser

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
)

// endPhrases is `(?:^|\s)(?:P1|…|Pn)TAIL$`, a text that ends in one of some
// phrases, read faster. That alternation, run over a window of a few dozen
// bytes, costs some 80 k instructions; each phrase alone, anchored, is
// tried only where one of its literal openings starts a word. The phrases
// hold no ^ or \b, which would read the text before the cut.
type endPhrases struct {
	byFirst  [256][]endPhrase // by the first byte of their openings
	anywhere []endPhrase      // phrases without known openings
}

type endPhrase struct {
	re    *regexp.Regexp // ^(?:P)TAIL$
	opens []string       // one of them opens every match
}

func newEndPhrases(tail string, lists ...[]string) *endPhrases {
	ps := new(endPhrases)
	for _, p := range slices.Concat(lists...) {
		e := endPhrase{re: regexp.MustCompile(`^(?:` + p + `)` + tail + `$`)}
		if tree, err := syntax.Parse(p, syntax.Perl); err == nil {
			e.opens = literalPrefixes(tree.Simplify())
		}
		if e.opens == nil {
			ps.anywhere = append(ps.anywhere, e)
			continue
		}
		var firsts []byte
		for _, o := range e.opens {
			firsts = append(firsts, o[0])
		}
		slices.Sort(firsts)
		for _, c := range slices.Compact(firsts) {
			ps.byFirst[c] = append(ps.byFirst[c], e)
		}
	}
	return ps
}

// MatchString reports whether s ends in one of the phrases, which starts s
// or follows white space.
func (ps *endPhrases) MatchString(s string) bool {
	for p := 0; p <= len(s); p++ {
		if p > 0 && !isRESpace(s[p-1]) {
			continue
		}
		for _, e := range ps.anywhere {
			if e.re.MatchString(s[p:]) {
				return true
			}
		}
		if p == len(s) {
			break
		}
		for _, e := range ps.byFirst[s[p]] {
			if hasAnyPrefix(s[p:], e.opens) && e.re.MatchString(s[p:]) {
				return true
			}
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, x := range prefixes {
		if strings.HasPrefix(s, x) {
			return true
		}
	}
	return false
}
