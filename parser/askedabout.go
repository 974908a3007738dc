package parser

import (
	"slices"
	"strings"
)

// comeIfAnswered is the table comesIfAnswered reads, compiled once.
var comeIfAnswered = table(daComeIfAnswered, enComeIfAnswered)

// comesIfAnswered reports whether the sentence holding offset a says
// someone comes only if staff's answer allows, beside a question ("Er der
// nogen der kan tolke til somali? Min nabo vil gerne med hvis der er.").
func comesIfAnswered(t *text, a int) bool {
	if !t.matches(comeIfAnswered) || !strings.Contains(t.fold, "?") {
		return false
	}
	ss := t.sents()
	asks := func(k int) bool {
		return k >= 0 && k < len(ss) && strings.HasSuffix(strings.TrimSpace(t.fold[ss[k].a:ss[k].b]), "?")
	}
	for k, s := range ss {
		if a >= s.a && a < s.b {
			return t.has(comeIfAnswered, s.a, s.b) && (asks(k-1) || asks(k))
		}
	}
	return false
}

// askedAboutOnly drops a person without a name, choices or food who is
// spoken of only as coming if staff's answer to a question allows: the
// question goes to staff, and the registration stands as written,
// without her.
func (rd *reader) askedAboutOnly(who []*person) []*person {
	t := rd.own
	if len(who) < 2 || !t.matches(comeIfAnswered) || !strings.Contains(t.fold, "?") {
		return who
	}
	only := map[*person]bool{}
	for _, s := range t.sents() {
		for _, m := range rd.ps.mentions(t, s.a, s.b, false) {
			if v, seen := only[m.p]; !seen || v {
				only[m.p] = comesIfAnswered(t, m.a)
			}
		}
	}
	return slices.DeleteFunc(slices.Clone(who), func(p *person) bool {
		return p != rd.ps.self && only[p] && p.name == "" && len(p.refs) == 0 && len(p.diet) == 0
	})
}
