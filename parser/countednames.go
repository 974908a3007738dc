package parser

import (
	"regexp"
	"slices"
	"strings"
)

// countedNameLines reads the names that stand one to a line right under a
// head count ("Vi er 2 personer:\nNguyen Thi Lan\nTran Van Minh") or a
// sign-up ("Vi vil gerne tilmelde os:"): each line a full name, perhaps
// with an aside about the person ("Niels Juhl (min mand)", "Sofie Juhl, 12
// år"), are the people coming. The one the sender's name agrees with is
// hers; the others come with her, and those a count holds beyond the
// lines are padded in without a name. Anything less sure (more lines than
// the count, no line of hers, a name already read as someone else) is
// left to the other steps.
func (rd *reader) countedNameLines() {
	ps, t := rd.ps, rd.own
	n := ps.headcount
	if len(ps.others) > 0 || ps.self.name == "" {
		return
	}
	ls := lines(t)
	for k, ln := range ls {
		if !strings.HasSuffix(strings.TrimSpace(t.fold[ln[0]:ln[1]]), ":") {
			continue
		}
		counted := n >= 2 && countedIn(t, ln)
		if !counted && !rosterHead(t, ln) {
			continue
		}
		var names []string
		j := k + 1
		for ; j < len(ls); j++ {
			name := rd.rosterName(ls[j])
			if name == "" {
				break
			}
			names = append(names, name)
		}
		if len(names) < 2 || counted && len(names) > n {
			return
		}
		if j < len(ls) {
			if i := t.tokenAt(ls[j][0]); i < len(t.toks) && t.toks[i].a < ls[j][1] {
				if name, _ := nameAt(t, i); countNameWords(name) >= 2 {
					return // a line of a name and more: a list the other steps read
				}
			}
		}
		mine := -1
		for j, name := range names {
			if consistent(ps.self.name, name) || truerSpelling(name, ps.self.name) {
				if mine >= 0 {
					return
				}
				mine = j
			}
		}
		if mine < 0 {
			return
		}
		ps.self.name = fuller(ps.self.name, names[mine])
		for j, name := range names {
			if j != mine {
				ps.add(name)
			}
		}
		return
	}
}

// rosterHead: the line signs people up ("Vi vil gerne tilmelde os:"), and
// the lines under it may list them.
func rosterHead(t *text, l [2]int) bool {
	return l[1]-l[0] <= 60 && t.has(lex.register, l[0], l[1])
}

// plainNameLine: the line holds nothing but the name's words.
func plainNameLine(t *text, l [2]int) bool {
	i := t.tokenAt(l[0])
	_, k := nameAt(t, i)
	return i+k <= len(t.toks) && strings.TrimSpace(t.fold[t.toks[i+k-1].b:l[1]]) == ""
}

// countedIn: a head count stands on the line.
func countedIn(t *text, l [2]int) bool {
	for _, m := range t.countMatches() {
		if l[0] <= m[0] && m[1] <= l[1] {
			return true
		}
	}
	return false
}

// membersSignedUp reads "tilmelde to medlemmer", "register two members":
// so many people come, the sender not counted among them. membersSignedUpAt
// holds the same phrases as a table, whose search passes over a text
// without their opening words at once: the expression alone, run over
// every mail, cost an eighth of parsing one.
var membersSignedUp, membersSignedUpAt = func() (*regexp.Regexp, *matcher) {
	n := countAlternation()
	ps := slices.Concat(daMembersSignedUp, enMembersSignedUp)
	for k, p := range ps {
		ps[k] = strings.ReplaceAll(p, "COUNT", n)
	}
	return regexp.MustCompile(`\b(?:` + strings.Join(ps, "|") + `)\b`), table(ps)
}()

// membersOnly: the mail signs up a number of members it need not name
// ("Afdelingsbestyrelsen vil gerne tilmelde to medlemmer"); those named
// are among them, the others are padded in without a name, and the
// sender comes only when she says so. It returns whether she attends.
func (rd *reader) membersOnly(selfAttends bool) bool {
	t, ps := rd.own, rd.ps
	// The table finds every place the expression does, and more (any white
	// space between the words), so without a hit there is no match.
	if len(t.all(membersSignedUpAt)) == 0 {
		return selfAttends
	}
	m := membersSignedUp.FindStringSubmatch(t.fold)
	if m == nil || selfTooSaid(t) || selfMarked(t.fold) {
		return selfAttends
	}
	k := 0
	for _, w := range m[1:] {
		if v, ok := counts[w]; ok {
			k = v
			break
		}
		if len(w) == 1 && isDigit(w[0]) {
			k = int(w[0] - '0')
			break
		}
	}
	if k < 2 || len(ps.others) > k {
		return selfAttends
	}
	for len(ps.others) < k {
		ps.others = append(ps.others, &person{})
	}
	ps.headcount = max(ps.headcount, k)
	return false
}
