package parser

import (
	"slices"
	"strings"
)

// parenChoices reads choices written in brackets after each person of a
// list: "mig selv (workshop 1 og 2) og vores kasserer Fatima Y. (workshop
// 4 og 3)". Each bracket holds its person's choices. It returns nil unless
// every workshop of the clause stands in such a bracket and two or more
// people have one.
func (rd *reader) parenChoices(c clause) []span {
	t := rd.own
	if len(c.refs) == 0 {
		return nil
	}
	var out []span
	from := c.a
	for at := c.a; at < c.b; {
		open := strings.IndexByte(t.fold[at:c.b], '(')
		if open < 0 {
			break
		}
		open += at
		end := strings.IndexByte(t.fold[open:c.b], ')')
		if end < 0 {
			return nil
		}
		end += open + 1
		at = end
		if !slices.ContainsFunc(c.refs, func(r ref) bool { return r.a > open && r.b < end }) {
			continue
		}
		p := rd.personBefore(c.s, from, open)
		if p == nil {
			return nil
		}
		end = rd.ps.ownLineEnd(p, end, c.b)
		at = end
		out = append(out, span{from, end, p})
		from = end
	}
	if len(out) == 0 || len(out) == 1 && !rd.onlyOneBracketed(c, out[0]) {
		return nil
	}
	for _, r := range c.refs {
		if !slices.ContainsFunc(out, func(s span) bool {
			open := s.a + strings.LastIndexByte(t.fold[s.a:s.b], '(')
			return r.a > open && r.b < s.b
		}) {
			return nil
		}
	}
	for i := range out {
		for _, o := range out[:i] {
			if o.p == out[i].p {
				return nil
			}
		}
	}
	return out
}

// onlyOneBracketed reports a clause that speaks of one other person alone,
// by name, with her choices in a bracket after it ("Lene Juhl (workshop 2
// og 1) og", "Ole Hansen (workshop 2) og"), as a list of names split into
// clauses leaves each: the bracket is hers, not the sender's who writes
// "Jeg tilmelder".
func (rd *reader) onlyOneBracketed(c clause, s span) bool {
	if s.p.self || s.p.name == "" {
		return false
	}
	t := rd.own
	for _, m := range rd.ps.mentions(t, c.a, c.b, false) {
		if m.p != s.p {
			return false
		}
		// "Jeg og Per Holm (workshop 2 og 1)": the bracket is both of theirs
		if k := t.tokenAt(m.a) - 1; k >= 0 && t.toks[k].a >= c.a && bracketJoins[t.toks[k].s] {
			return false
		}
	}
	return true
}

// bracketJoins before the name join her to someone the bracket may be of too.
var bracketJoins = wordSet([]string{"og", "samt", "med", "and", "with"})

// personBefore returns the person named right before a bracket at open:
// "mig selv", "me", or a name or relation ending there.
func (rd *reader) personBefore(s sentence, from, open int) *person {
	t := rd.own
	before := strings.TrimRight(t.fold[from:open], " \t.")
	words := strings.Fields(before)
	if n := len(words); n > 0 {
		last := words[n-1]
		if parenSelf[last] || n >= 2 && parenSelf[words[n-2]] && (last == "selv" || last == "myself") {
			return rd.ps.self
		}
	}
	ms := rd.ps.mentions(t, from, open, false)
	if len(ms) == 0 {
		return rd.newNameBefore(s, from, open)
	}
	m := ms[len(ms)-1]
	if strings.TrimSpace(strings.TrimRight(t.fold[m.b:open], " \t.")) != "" {
		return nil
	}
	return m.p
}

var parenSelf = wordSet([]string{"mig", "me", "myself"})

// selfTooRefs returns the sender's workshops named in a sentence that says
// she comes too ("Jeg deltager også selv – sæt mig på workshop 1 og 3"),
// nil when no such sentence names any, or it holds a negation.
func (rd *reader) selfTooRefs() []ref {
	t := rd.own
	var out []ref
	for _, s := range t.sents() {
		if !t.has(selfToo, s.a, s.b) || t.has(selfNot, s.a, s.b) {
			continue
		}
		for _, r := range rd.ps.self.refs {
			if r.a >= s.a && r.a < s.b {
				out = append(out, r)
			}
		}
	}
	return out
}

// selfNot: a negation in the sentence ("jeg deltager ikke selv").
var selfNot = table(daSelfNot, enSelfNot)

// newNameBefore returns a person not yet known whose full name ends right
// before a bracket of choices at open ("Tilmelding: Karen Olsen (1 og 2);
// Jens Olsen (3)"): the bracket names her as one who comes. Nil when no
// name of two words or more ends there, or when the sentence s names
// another not yet known without a bracket ("Karen Olsen (1 og 2) og Jens
// Olsen vil gerne deltage"): who comes is then for the other steps.
func (rd *reader) newNameBefore(s sentence, from, open int) *person {
	t := rd.own
	end := t.tokenAt(open)
	found := ""
	for i := max(t.tokenAt(from), end-4); i < end && found == ""; i++ {
		if name, n := nameAt(t, i); name != "" && i+n == end && countNameWords(name) >= 2 && strings.TrimSpace(t.fold[t.toks[end-1].b:open]) == "" {
			found = name
		}
	}
	if found == "" {
		return nil
	}
	for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].a < s.b; i++ {
		name, n := nameAt(t, i)
		if name == "" || countNameWords(name) < 2 {
			continue
		}
		bracket := strings.HasPrefix(strings.TrimSpace(t.fold[t.toks[i+n-1].b:s.b]), "(")
		if !bracket && rd.ps.find(name) == nil && !consistent(rd.ps.self.name, name) {
			return nil
		}
		i += n - 1
	}
	return rd.ps.add(found)
}
