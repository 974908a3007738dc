package parser

import (
	"fmt"
	"slices"
	"strings"
)

var (
	gateAlsoComes    = table(daGateAlsoComes, enGateAlsoComes)
	gateNotDescribe  = wordSet(gateNoDescribed)
	describedNot     = wordSet(gateNotDescribing)
	describedArticle = wordSet([]string{"den", "det", "de"})
	describedJoin    = wordSet([]string{"og", "and", "men", "but", "saa", "so"})
)

// describedComers counts the people the mail says come along by a
// description, not a name ("damen fra stuen til venstre vil også gerne
// med", "the lady downstairs comes too"), and quotes the first. One who
// "also wants to come" is an attendee even when no one knows her name. A
// clause opened by a pronoun, by a relation with an owner ("min mor": the
// relations count her) or naming an attendee describes no one new.
func (v *gateView) describedComers() (int, string) {
	t, n, what := v.t, 0, ""
	v.describedAt = -1
	for _, h := range t.all(gateAlsoComes) {
		if c := v.clauseOf(h[0]); strings.HasSuffix(strings.TrimSpace(t.fold[c.a:c.b]), "?") {
			continue
		}
		words := v.wordsBefore(h)
		if countedComer(t, words, h) > 0 || signUpCount(t.fold, h) > 0 || !v.describesSomeone(words) {
			continue
		}
		n++
		if what == "" {
			v.describedAt = h[1]
			what = fmt.Sprintf("%q", v.quote(words[0].a, h[1]))
		}
	}
	return n, what
}

// wordsBefore returns the words of the clause before the hit h, on its line.
func (v *gateView) wordsBefore(h []int) []token {
	t, c := v.t, v.clauseOf(h[0])
	var words []token
	line := t.toks[t.tokenAt(h[0])].line
	for _, tk := range t.toks {
		if tk.a >= c.a && tk.b <= h[0] && tk.line == line {
			words = append(words, tk)
		}
	}
	return words
}

// describesSomeone: the words before "vil også gerne med" are a person
// described, not a pronoun, a relation the relations count or an attendee.
func (v *gateView) describesSomeone(words []token) bool {
	for len(words) > 0 && describedJoin[words[0].s] {
		words = words[1:] // ", og den unge fyr kommer også"
	}
	if len(words) == 0 || len(words) > 8 || words[0].num >= 0 {
		return false
	}
	// "den unge fyr", "de to fra nr. 3": an article before a description
	if gateNotDescribe[words[0].s] && (len(words) == 1 || !describedArticle[words[0].s]) {
		return false
	}
	for i, tk := range words {
		if describedNot[tk.s] || gateNameStops[tk.s] {
			return false // "ja jeg vil gerne med", "hej Birgitte, hun vil også gerne med"
		}
		if relations[tk.s] && i > 0 && gateOwners[words[i-1].s] {
			return false
		}
		if tk.cap && i > 0 && v.isAttendee(tk.s) {
			return false
		}
	}
	return !v.isAttendee(words[0].s)
}

// subjectHeadcount reads a head count in the subject ("Vi er 2 der
// kommer", "Tilmelding for 3 personer"); a bare number there may be a
// workshop, so only a count after "vi er" or before a word for people.
func (v *gateView) subjectHeadcount() int {
	t, n := newText(v.m.Subject), 0
	for i, tk := range t.toks {
		c := countOf(tk)
		if c < 2 {
			continue
		}
		after := i+1 < len(t.toks) && gateCountAfter[t.toks[i+1].s]
		before := i >= 2 && subjectCountBefore[t.toks[i-2].s+" "+t.toks[i-1].s]
		if after || before {
			n = max(n, c)
		}
	}
	return n
}

var subjectCountBefore = wordSet([]string{"vi er", "vi kommer", "vi bliver", "we are"})

// describedChoices returns the workshops of the one person described
// ("damen fra stuen vil også gerne med"), read from the next sentences
// that open with "hun"/"han"/"she"/"he" and name workshops ("Hun vil også
// gerne på den om tryghed"), in the order named; nil when none or unsure.
func (v *gateView) describedChoices() []int {
	if v.describedAt < 0 {
		return nil
	}
	var out []int
	for k, s := range v.t.sents() {
		if s.b <= v.describedAt {
			continue
		}
		i := v.t.tokenAt(s.a)
		if i >= len(v.t.toks) || !describedPronoun[v.t.toks[i].s] {
			continue
		}
		for _, r := range v.refsAt(k) {
			if r.missing || r.ws < 1 || slices.Contains(out, r.ws) {
				continue
			}
			out = append(out, r.ws)
		}
	}
	if len(out) > 2 {
		return nil
	}
	return out
}

var describedPronoun = wordSet([]string{"hun", "han", "she", "he"})

// carriedSubject reports a subject kept from the earlier message ("SV:
// Tilmelding – 5 personer") on a mail that changes a registration: its
// head count is the earlier message's, not a count of whom this one
// names. A registration under a reply's subject may still count with it.
func (v *gateView) carriedSubject() bool {
	if v.registers() {
		return false
	}
	p, _ := subjectPrefixes(v.m.Subject)
	return len(p) > 0
}
