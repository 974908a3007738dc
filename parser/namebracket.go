package parser

import "strings"

// nameBracketAt reports a workshop number that opens a bracket right after
// a name of two words ("Karen Olsen (1 og 2), Jens Olsen (3)"): a list of
// people, each with her choices in brackets. Two numbers joined are her
// choices; one alone ends the bracket or its first part, and only beside
// such a pair, for "Sofie Holm (3)" may be her age.
func nameBracketAt(t *text, from, i, to int) bool {
	if i < from+2 || strings.TrimSpace(t.gap(i-1, i)) != "(" || !t.toks[i-1].cap || !t.toks[i-2].cap || t.gap(i-2, i-1) != " " {
		return false
	}
	if len(t.toks[i].s) != 1 {
		return false
	}
	if pairAt(t, i, to) {
		return true
	}
	// one number alone may be her age ("Sofie Holm (3)"): a workshop only
	// beside another's bracket of two on the line
	if !pairBracketOnLine(t, i) {
		return false
	}
	if i+1 >= to {
		return strings.HasPrefix(strings.TrimSpace(t.fold[t.toks[i].b:min(len(t.fold), t.toks[i].b+3)]), ")")
	}
	g := strings.TrimSpace(t.gap(i, i+1))
	return strings.HasPrefix(g, ")") || g == ","
}

// bareSmallNumber reports a bracket that holds one digit alone ("(2)"),
// which after a name may be her age or her workshop.
func bareSmallNumber(note string) bool {
	return len(note) == 3 && note[0] == '(' && isDigit(note[1]) && note[2] == ')'
}

// pairBracketOnLine reports, on the line of token i, a bracket after a
// name that opens with two numbers joined ("Karen Olsen (1 og 2)").
func pairBracketOnLine(t *text, i int) bool {
	a, b := i, i
	for a > 0 && t.toks[a-1].line == t.toks[i].line {
		a--
	}
	for b+1 < len(t.toks) && t.toks[b+1].line == t.toks[i].line {
		b++
	}
	for k := a + 2; k <= b; k++ {
		if k != i && t.toks[k].num > 0 && strings.TrimSpace(t.gap(k-1, k)) == "(" && t.toks[k-1].cap && t.toks[k-2].cap && pairAt(t, k, b+1) {
			return true
		}
	}
	return false
}

// wholeBracket reports a rest of a list line that is one bracket and
// nothing more ("(4 og 1)" after "Jens Olsen"): her choices or food.
func wholeBracket(rest string) bool {
	return strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") && strings.Count(rest, "(") == 1 && strings.Count(rest, ")") == 1
}

// listedOthersAddress reports an address at a on a list line that opens
// with the full name of an attendee who is not the sender ("- Jens Olsen,
// jens@example.dk, workshop 2"), while the sender's own address is the
// contact: his detail in her list, not one given for replies (no word of
// replying or sending on the line).
func (v *gateView) listedOthersAddress(a int) bool {
	t := v.t
	if v.r.Contact.Email != v.m.FromAddr || len(v.r.Attendees) < 2 {
		return false
	}
	ls := lineStart(t.fold, a)
	i := t.tokenAt(ls + listLeadEnd(t.fold[ls:a]))
	if i >= len(t.toks) || t.toks[i].a >= a {
		return false
	}
	name, _ := nameAt(t, i)
	if countNameWords(name) < 2 || consistent(v.sender(), name) || t.has(lex.replyTo, ls, lineEnd(t, a)) {
		return false // "- Jens Olsen: 2 (svar til jens@...)": for replies
	}
	for _, at := range v.r.Attendees {
		if consistent(at.Name, name) {
			return true
		}
	}
	return false
}

// emptyCellsRow returns the person of a table row that holds her full
// name alone, its other cells left empty (an HTML row whose trailing cells
// were blank): she comes with no workshop given. Nil for any other line,
// and for the sender's name under the table, which signs it. A row read
// as the sender's sign-off that her From name disagrees with is the row's
// person, and the sender is who the From line says.
func (rd *reader) emptyCellsRow(ln [2]int, col map[string]int) *person {
	t, ps := rd.own, rd.ps
	if col["name"] != 0 || ps.self.name == "" {
		return nil
	}
	name := nameLine(t, ln[0])
	if countNameWords(name) < 2 || !plainNameLine(t, ln) {
		return nil
	}
	if consistent(ps.self.name, name) {
		display := rd.fromDisplay()
		if display == "" {
			rd.review("%s under the table may be a row of it or the sender's name", name)
		}
		if countNameWords(display) < 2 || consistent(display, name) {
			return nil
		}
		ps.self.name = display
	}
	p := ps.add(name)
	p.said = true
	ps.lines = append(ps.lines, span{ln[0], ln[1], p})
	return p
}

// othersMailOnly reports hits of the words asking for replies that are
// each only "mail" owned by the one signed up ("Hendes mail er ...", "Her
// e-mail is ..."): her address told, no wish that replies go there.
func othersMailOnly(t *text, hits [][]int, self string) bool {
	for _, h := range hits {
		i := t.tokenAt(h[0])
		w := t.toks[i].s
		if w == "e" && i+1 < len(t.toks) {
			i++ // "e-mail"
			w = t.toks[i].s
		}
		if k := t.tokenAt(h[0]); !strings.HasPrefix(w, "mail") || k == 0 || !othersOwner(t, k-1, self) {
			return false
		}
	}
	return true
}

// othersOwner reports token k owning what follows as someone else's:
// "hendes", "his", a relation's genitive ("min mands", "my husband's") or
// a name's ("Karims") that is not the sender's first name self.
func othersOwner(t *text, k int, self string) bool {
	w := t.toks[k].s
	if othersOwners[w] {
		return true
	}
	if w == "s" && k > 0 && t.gap(k-1, k) == "'" { // "husband's" read as two words
		k--
		w = t.toks[k].s + "s"
	}
	stem, ok := strings.CutSuffix(w, "'s")
	if !ok {
		stem, ok = strings.CutSuffix(w, "s")
	}
	if !ok || len(stem) < 3 {
		return false
	}
	return relations[stem] || t.toks[k].cap && stem != self && !firstPerson[stem]
}

// othersOwners own what is someone else's: "hendes mail", "his e-mail".
var othersOwners = wordSet([]string{"hendes", "hans", "deres", "her", "his", "their"})

// othersAddressTold reports an address at a told as the attendee's own
// ("Hendes mail er ...") by a sender who writes for others and is the
// contact: her detail, no wish that replies go there.
func (v *gateView) othersAddressTold(a int) bool {
	t := v.t
	if v.r.Contact.Email != v.m.FromAddr || len(v.r.Attendees) == 0 {
		return false
	}
	s := v.sentenceOf(a)
	hits := t.within(lex.replyTo, s.a, s.b)
	if len(hits) == 0 {
		return relationLabel(t, a) // "Min mand: per@example.dk"
	}
	return othersMailOnly(t, hits, foldString(firstWord(v.sender())))
}

// relationLabel reports an address at a labelled by a relation right
// before it ("min mand: ...", "my wife: ..."): the relation's, no wish
// that replies go there.
func relationLabel(t *text, a int) bool {
	k := t.tokenAt(a)
	return k >= 2 && k <= len(t.toks) && relations[t.toks[k-1].s] && strings.HasPrefix(strings.TrimLeft(t.fold[t.toks[k-1].b:a], " "), ":") &&
		relationOwners[t.toks[k-2].s]
}

var relationOwners = wordSet([]string{"min", "mit", "my", "our", "vores"})
