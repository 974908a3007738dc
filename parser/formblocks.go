package parser

import "strings"

// formLabels head the field that names one person of a form filled in
// once for each ("Navn: Ida Holm", "Deltager 2: Per Jensen").
var formLabels = wordSet(daFormNameLabels, enFormNameLabels)

// formNameAt returns the token the name of a name field on the line
// [a, b) starts at, -1 when the line is no such field.
func formNameAt(t *text, a, b int) int {
	line := t.fold[a:b]
	lead := listLeadEnd(line)
	label, _, ok := strings.Cut(line[lead:], ":")
	if !ok || len(label) > 30 {
		return -1
	}
	label = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(label), "0123456789. "))
	label = strings.TrimSuffix(strings.TrimSuffix(label, " nr"), " no")
	if !formLabels[label] {
		return -1
	}
	k := t.tokenAt(a + lead + len(label))
	for k < len(t.toks) && t.toks[k].a < b && !strings.Contains(t.fold[a:t.toks[k].a], ":") {
		k++
	}
	if k >= len(t.toks) || t.toks[k].a >= b {
		return -1
	}
	return k
}

// fieldLine reports a line that is one field of a form: a short label,
// a colon and its value ("Telefon: 22334455", "Workshop 1. prioritet: 2").
func fieldLine(line string) bool {
	label, _, ok := strings.Cut(line[listLeadEnd(line):], ":")
	return ok && strings.TrimSpace(label) != "" && len(label) <= 30 && len(strings.Fields(label)) <= 4
}

// formBlocks reads a form filled in once for each person ("Navn: Ida
// Holm\nWorkshop 1. prioritet: 2\n2. prioritet: 4\nKost: vegetar\n\nNavn:
// Per Jensen\n..."): each block of field lines from a name field to the
// next is that person's. A single block is left to the other readings.
func (rd *reader) formBlocks() []*person {
	t := rd.own
	type block struct {
		name   string
		a, b   int
		fields int
	}
	var blocks []block
	open := false
	for _, ln := range lines(t) {
		line := t.fold[ln[0]:ln[1]]
		if k := formNameAt(t, ln[0], ln[1]); k >= 0 {
			name, n := nameAt(t, k)
			if name == "" || t.toks[k+n-1].b < ln[1] && strings.TrimSpace(t.fold[t.toks[k+n-1].b:ln[1]]) != "" && !fieldEnds(t.fold[t.toks[k+n-1].b:ln[1]]) {
				return nil // "Navn: Ida Holm og Per": not one person's field
			}
			blocks = append(blocks, block{name: name, a: ln[0], b: ln[1]})
			open = true
			continue
		}
		if !open {
			continue
		}
		if fieldLine(line) {
			blocks[len(blocks)-1].b = ln[1]
			blocks[len(blocks)-1].fields++
			continue
		}
		if strings.TrimSpace(line) != "" {
			open = false // the words after the form are not its last person's
		}
	}
	if len(blocks) == 0 {
		return rd.nameParagraphs()
	}
	if len(blocks) < 2 {
		return nil
	}
	var out []*person
	for _, bl := range blocks {
		if bl.fields == 0 {
			return nil // names alone, a list of names and no form
		}
		p := rd.blockPerson(bl.name)
		if containsPerson(out, p) {
			return nil // one person filled in twice: staff look
		}
		rd.ps.lines = append(rd.ps.lines, span{bl.a, bl.b + 1, p})
		out = append(out, p)
	}
	return out
}

// fieldEnds reports what may follow a name in its field: a bracket that
// says who she is ("(mig selv)"), or nothing but marks.
func fieldEnds(rest string) bool {
	rest = strings.TrimSpace(rest)
	return rest == "" || strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") || strings.Trim(rest, ".,;") == ""
}

// nameParagraphs reads paragraphs that each open with a person's full name
// alone on its line, her workshops and food on the lines under it ("Ida
// Holm\nWorkshop 2 og 4\nVegetar\n\nPer Jensen\nWorkshop 1 og 3"): each
// paragraph is its person's. Two or more such paragraphs are needed, one
// of them saying a workshop or food, else the other readings have them;
// one that says nothing is for staff.
func (rd *reader) nameParagraphs() []*person {
	t := rd.own
	ls := lines(t)
	type block struct {
		name string
		a, b int
		says bool
	}
	var blocks []block
	said := false
	// a blank line before line k ends the paragraph before it
	breakBefore := func(k int) bool { return k == 0 || strings.Count(t.fold[ls[k-1][1]:ls[k][0]], "\n") >= 2 }
	for k := 0; k < len(ls); k++ {
		if !breakBefore(k) {
			continue // a head opens its paragraph
		}
		name := wholeNameLine(t, ls[k][0], ls[k][1])
		if name == "" || k+1 >= len(ls) || breakBefore(k+1) || wholeNameLine(t, ls[k+1][0], ls[k+1][1]) != "" {
			continue
		}
		end := k + 1
		for end+1 < len(ls) && !breakBefore(end+1) {
			end++
		}
		says := rd.saysSomething(ls[k+1][0], ls[end][1])
		if d := rd.fromDisplay(); !says && d != "" && consistent(d, name) {
			k = end // the sender's own name over her title or address
			continue
		}
		said = said || says
		blocks = append(blocks, block{name, ls[k][0], ls[end][1], says})
		k = end
	}
	if len(blocks) < 2 || !said {
		return nil
	}
	for _, bl := range blocks {
		if !bl.says {
			// "Per Jensen\nHan ved ikke endnu", or a title under a name:
			// whether she comes without a workshop, staff see
			rd.review("%s stands over a paragraph that gives no workshop or food", bl.name)
			return nil
		}
	}
	var out []*person
	for _, bl := range blocks {
		p := rd.blockPerson(bl.name)
		if containsPerson(out, p) {
			return nil
		}
		rd.ps.lines = append(rd.ps.lines, span{bl.a, bl.b + 1, p})
		out = append(out, p)
	}
	return out
}

// wholeNameLine returns the name that is all of the line [a, b) but a
// colon ("Per Jensen", "Per Jensen:"), of two words or more; "" when the
// line says anything else.
func wholeNameLine(t *text, a, b int) string {
	i := t.tokenAt(a + listLeadEnd(t.fold[a:b]))
	if i >= len(t.toks) || t.toks[i].a >= b {
		return ""
	}
	name, n := nameAt(t, i)
	if name == "" || n < 2 || strings.Trim(t.fold[t.toks[i+n-1].b:b], " :") != "" {
		return ""
	}
	return name
}

// blockPerson is the person a block of lines under her name is about: the
// sender when the name agrees with hers, else one more.
func (rd *reader) blockPerson(name string) *person {
	if rd.ps.self.name != "" && consistent(rd.ps.self.name, name) {
		p := rd.ps.self
		p.name = fuller(p.name, name)
		return p
	}
	return rd.ps.add(name)
}
