package parser

import "regexp"

// bareRankLine reads a number alone at the start of a line, without a dot
// or a bracket, before a workshop's name as a priority mark, where the
// lines "1 ..." and "2 ..." stand one under the other ("1 beskæftigels og
// opkvallificering" / "2 sundhet"): the number is the rank, not workshop
// 1 or 2 beside another's name. refs are the sentence's, in order.
func bareRankLine(t *text, s sentence, refs []ref) []ref {
	if len(refs) == 0 {
		return refs
	}
	ls := blankLineStart(t.fold, s.a)
	if ls < 0 {
		return refs // the line holds more than blanks before the sentence: no mark opens it there
	}
	m := bareRankAt.FindStringSubmatchIndex(t.fold[ls:])
	if m == nil || ls+m[2] < s.a {
		return refs
	}
	digit := ls + m[2]
	k := 0
	if refs[0].kind == byNumber && refs[0].a == digit {
		k = 1 // the number read as workshop 1 or 2 beside another's name
	}
	if k >= len(refs) || refs[k].kind != byName || refs[k].rank != 0 || tokensBetween(t, digit+1, refs[k].a) > 0 {
		return refs
	}
	var other string
	if t.fold[digit] == '1' {
		other = nextLineOf(t.fold, ls)
	} else {
		other = prevLineOf(t.fold, ls)
	}
	if om := bareRankAt.FindStringSubmatch(other); om == nil || om[1][0] == t.fold[digit] {
		return refs
	}
	refs[k].rank = int(t.fold[digit] - '0')
	return refs[k:]
}

// bareRankAt is a line opening with a bare 1 or 2 and a word.
var bareRankAt = regexp.MustCompile(`^[ \t]*([12])[ \t]+[a-z]`)

// nextLineOf returns the line after the one starting at ls, "" when none.
func nextLineOf(s string, ls int) string {
	i := ls
	for i < len(s) && s[i] != '\n' {
		i++
	}
	if i >= len(s) {
		return ""
	}
	j := i + 1
	for j < len(s) && s[j] != '\n' {
		j++
	}
	return s[i+1 : j]
}

// prevLineOf returns the line before the one starting at ls, "" when none.
func prevLineOf(s string, ls int) string {
	if ls == 0 {
		return ""
	}
	return s[lineStart(s, ls-1) : ls-1]
}

// endsBareList reports whether the text before a line break ends in a
// line of a numbered list ("1 beskæftigels" / "2 sundhet", "1. sundhed" /
// "2. job"), the line above it an item too: the item ends with its line,
// and "jeg spiser halal" or a name under it starts anew.
func endsBareList(prev string) bool {
	ls := lineStart(prev, len(prev))
	if !numberedItem.MatchString(prev[ls:]) || ls == 0 {
		return false
	}
	return numberedItem.MatchString(prev[lineStart(prev, ls-1) : ls-1])
}

var (
	numberedItem = regexp.MustCompile(`^[ \t]*[1-9][.)]?[ \t]+[a-z]`)
)

// bareRankRead reports a number token i that bareRankLine read as the
// rank of the workshop named right after it.
func bareRankRead(t *text, i int, refs []ref) bool {
	tk := t.toks[i]
	ls := blankLineStart(t.fold, tk.a)
	if tk.num < 1 || tk.num > 2 || ls < 0 || !bareRankAt.MatchString(t.fold[ls:]) {
		return false
	}
	for _, r := range refs {
		if r.a >= tk.b && r.kind == byName && tokensBetween(t, tk.b, r.a) == 0 {
			return r.rank == tk.num
		}
	}
	return false
}
