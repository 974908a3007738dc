package parser

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlToText renders HTML mail as plain text: block elements and <br> break
// lines, list items get their bullet or number, table cells are separated by
// tabs, blockquotes become "> " quoted lines (so quote cutting treats them
// like plain-text quotes), and head, style and script are dropped.
func htmlToText(src string) string {
	t := &htmlText{paraStart: -1, lineStart: true}
	z := html.NewTokenizer(strings.NewReader(src))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return t.String()
		case html.TextToken:
			if t.skip == 0 {
				t.text(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			var class string
			if hasAttr && a == atom.P {
				class = classAttr(z)
			}
			t.start(a, class, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			t.end(atom.Lookup(name))
		}
	}
}

func classAttr(z *html.Tokenizer) string {
	for {
		k, v, more := z.TagAttr()
		if string(k) == "class" {
			return string(v)
		}
		if !more {
			return ""
		}
	}
}

// htmlText is the text being written, with the state of the open elements.
type htmlText struct {
	b         strings.Builder
	skip      int   // inside head, style, script: text is dropped
	quote     int   // blockquote depth
	pre       int   // inside <pre>: whitespace kept
	lineStart bool  // nothing written on the current line yet
	newlines  int   // line breaks owed before the next text
	space     bool  // a space is owed before the next text
	lists     []int // open lists: -1 for a bullet list, else the last number
	// paraStart is where the current Outlook paragraph began, -1 outside one.
	paraStart int
	tables    []htmlTable // open tables, innermost last
}

// htmlTable records where a table's cells were written, so that a table
// of one line per cell (Outlook writes a paragraph in every cell) can be
// put back as one line per row when it closes.
type htmlTable struct {
	start int        // where the table began in the text
	lead  int        // the line breaks owed before it
	rows  [][][2]int // each row's cells, as spans of the text
	cell  int        // where the open cell began, -1 outside one
	plain bool       // no table inside it, not quoted, not preformatted
}

// skipped elements hold no readable text.
var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Style: true, atom.Script: true, atom.Title: true,
	atom.Template: true, atom.Object: true, atom.Svg: true,
}

// blocks break the line before and after.
var blocks = map[atom.Atom]bool{
	atom.Div: true, atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Tr: true,
	atom.Center: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Address: true, atom.Form: true, atom.Dl: true, atom.Dt: true,
	atom.Dd: true, atom.Figure: true, atom.Main: true, atom.Nav: true, atom.Aside: true,
	atom.Fieldset: true, atom.Body: true, atom.Html: true, atom.Tbody: true, atom.Thead: true,
}

// paragraphs leave a blank line before and after.
var paragraphs = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Pre: true,
}

func (t *htmlText) start(a atom.Atom, class string, selfClosing bool) {
	if skipped[a] {
		if !selfClosing {
			t.skip++
		}
		return
	}
	if a == atom.Body {
		t.skip = 0 // a head left open ends here
	}
	switch {
	case a == atom.Br:
		t.lineBreak()
	case a == atom.Hr:
		t.breakLine(1)
		t.textString("________________________________")
		t.breakLine(1)
	case a == atom.Blockquote:
		t.breakLine(1)
		t.quote++
	case a == atom.Li:
		t.breakLine(1)
		t.bullet()
	case a == atom.Td || a == atom.Th:
		if !t.lineStart && t.newlines == 0 { // a cell after a cell on the same row
			t.b.WriteByte('\t')
			t.space = false
		}
		if n := len(t.tables); n > 0 && !selfClosing {
			t.tables[n-1].cell = t.b.Len()
		}
	case a == atom.P && strings.Contains(class, "MsoNormal"):
		// Outlook writes each line as a paragraph and blank lines as
		// empty ones, so a paragraph is only a line here.
		t.breakLine(1)
		t.paraStart = t.b.Len()
	case paragraphs[a]:
		t.breakLine(2)
	case blocks[a]:
		t.breakLine(1)
	}
	if a == atom.Pre {
		t.pre++
	}
	switch n := len(t.tables); {
	case a == atom.Table && !selfClosing:
		if n > 0 {
			t.tables[n-1].plain = false
		}
		t.tables = append(t.tables, htmlTable{start: t.b.Len(), lead: t.newlines, cell: -1, plain: t.quote == 0 && t.pre == 0})
	case a == atom.Tr && n > 0:
		t.tables[n-1].rows = append(t.tables[n-1].rows, nil)
	}
	if (a == atom.Ul || a == atom.Ol) && !selfClosing {
		n := 0
		if a == atom.Ul {
			n = -1
		}
		t.lists = append(t.lists, n)
	}
}

func (t *htmlText) end(a atom.Atom) {
	if skipped[a] {
		if t.skip > 0 {
			t.skip--
		}
		return
	}
	if n := len(t.tables); n > 0 {
		tb := &t.tables[n-1]
		switch {
		case (a == atom.Td || a == atom.Th) && tb.cell >= 0:
			if len(tb.rows) == 0 {
				tb.rows = append(tb.rows, nil)
			}
			r := len(tb.rows) - 1
			tb.rows[r] = append(tb.rows[r], [2]int{tb.cell, t.b.Len()})
			tb.cell = -1
		case a == atom.Table:
			t.tables = t.tables[:n-1]
			t.tableRows(tb)
		}
	}
	switch {
	case a == atom.Blockquote:
		if t.quote > 0 {
			t.breakLine(1)
			t.quote--
		}
	case a == atom.Ul || a == atom.Ol:
		if len(t.lists) > 0 {
			t.lists = t.lists[:len(t.lists)-1]
		}
		t.breakLine(1)
	case a == atom.P && t.paraStart >= 0:
		if t.b.Len() == t.paraStart {
			t.breakLine(2) // an empty Outlook paragraph is a blank line
		}
		t.breakLine(1)
		t.paraStart = -1
	case paragraphs[a]:
		t.breakLine(2)
	case blocks[a] || a == atom.Li:
		t.breakLine(1)
	}
	if a == atom.Pre && t.pre > 0 {
		t.pre--
	}
}

// tableRows puts a closed table back as one line per row, its cells
// separated by " | " and an empty cell kept in its column ("Birgitte
// Søndergaard | 1 | 2 | "), when every cell is one line: Outlook writes
// a paragraph in each cell, which put every cell on a line of its own.
// A table with a cell of several lines (a signature's layout), a table
// inside it, or text outside its cells is left as it is.
func (t *htmlText) tableRows(tb *htmlTable) {
	if !tb.plain || t.skip > 0 {
		return
	}
	s := t.b.String()
	var lines []string
	wide, split := 0, false
	outside := tb.start
	for _, row := range tb.rows {
		if len(row) == 0 {
			continue
		}
		cells := make([]string, len(row))
		for k, c := range row {
			if strings.TrimSpace(s[outside:c[0]]) != "" {
				return // text outside the cells
			}
			outside = c[1]
			cells[k] = strings.TrimSpace(s[c[0]:c[1]])
			if strings.Contains(cells[k], "\n") {
				return
			}
			split = split || strings.Contains(s[c[0]:c[1]], "\n") && k > 0
		}
		if len(row) >= 2 {
			wide++
		}
		lines = append(lines, strings.Join(cells, " | "))
	}
	if wide < 2 || !split || strings.TrimSpace(s[outside:]) != "" {
		return // a table whose rows are lines already stays as written
	}
	head := s[:tb.start]
	t.b.Reset()
	t.b.WriteString(head)
	if head != "" {
		t.b.WriteString(strings.Repeat("\n", max(tb.lead, 1)))
	}
	t.b.WriteString(strings.Join(lines, "\n"))
	t.lineStart, t.space = false, false
	t.newlines = 0
}

func (t *htmlText) bullet() {
	if len(t.lists) == 0 {
		t.textString("- ")
		return
	}
	i := len(t.lists) - 1
	if t.lists[i] < 0 {
		t.textString("- ")
		return
	}
	t.lists[i]++
	t.textString(strconv.Itoa(t.lists[i]) + ". ")
}

// breakLine owes n line breaks (1: new line, 2: blank line) unless at the start.
func (t *htmlText) breakLine(n int) {
	if t.b.Len() == 0 {
		return
	}
	t.newlines = max(t.newlines, n)
	t.space = false
}

// lineBreak is a <br>: it ends the line, and on a line with nothing on it
// yet it makes a blank line, since "<div><br></div>" is how editors write one.
func (t *htmlText) lineBreak() {
	if t.b.Len() == 0 {
		return
	}
	t.newlines++
	t.space = false
}

func (t *htmlText) writeNewline() {
	t.b.WriteByte('\n')
	t.lineStart = true
}

// text writes character data, collapsing white space (and no-break
// spaces) outside <pre> into single spaces.
func (t *htmlText) text(s []byte) {
	for len(s) > 0 {
		r, n := utf8.DecodeRune(s)
		c := s[:n]
		s = s[n:]
		switch {
		case t.pre > 0 && r == '\n':
			t.startLine()
			t.writeNewline()
			continue
		case t.pre == 0 && isHTMLSpace(r):
			t.space = true
			continue
		}
		t.startLine()
		if t.space && !t.lineStart {
			t.b.WriteByte(' ')
		}
		t.space = false
		t.lineStart = false
		t.b.Write(c)
	}
}

func (t *htmlText) textString(s string) { t.text([]byte(s)) }

// startLine writes the line breaks owed, and a new line's quote marks.
func (t *htmlText) startLine() {
	for ; t.newlines > 0; t.newlines-- {
		t.writeNewline()
	}
	if t.lineStart && t.quote > 0 {
		for range t.quote {
			t.b.WriteByte('>')
		}
		t.b.WriteByte(' ')
		t.space = false
		t.lineStart = false
	}
}

func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u00a0'
}

// String returns the text with trailing spaces cut and blank lines collapsed.
func (t *htmlText) String() string {
	return tidyLines(t.b.String())
}

// tidyLines trims line ends and keeps at most one blank line in a row.
func tidyLines(s string) string {
	// Most text needs only its ends trimmed: the lines up to the first
	// that needs more are kept as they are, without a copy.
	var t tidier
	rest := s
	for rest != "" {
		l, after, _ := strings.Cut(rest, "\n")
		blank := isBlankLine(l)
		if trimLineSpace(l) != l || blank && t.blank > 0 {
			break
		}
		t.blank = 0
		if blank {
			t.blank = 1
		}
		rest = after
	}
	if rest == "" {
		return strings.TrimSpace(s)
	}
	t.b.Grow(len(s))
	t.b.WriteString(s[:len(s)-len(rest)])
	for rest != "" {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		t.add(l)
	}
	return t.String()
}

// tidier writes lines with their ends trimmed and blank runs collapsed.
type tidier struct {
	b     strings.Builder
	blank int
}

func (t *tidier) add(l string) {
	l = trimLineSpace(l)
	if isBlankLine(l) {
		if t.blank++; t.blank > 1 {
			return
		}
	} else {
		t.blank = 0
	}
	t.b.WriteString(l)
	t.b.WriteByte('\n')
}

func (t *tidier) String() string { return strings.TrimSpace(t.b.String()) }

// trimLineSpace cuts spaces, tabs, carriage returns and no-break spaces
// from the end of a line.
func trimLineSpace(l string) string {
	for l != "" {
		switch {
		case l[len(l)-1] == ' ' || l[len(l)-1] == '\t' || l[len(l)-1] == '\r':
			l = l[:len(l)-1]
		case strings.HasSuffix(l, "\u00a0"):
			l = l[:len(l)-2]
		default:
			return l
		}
	}
	return l
}

// isBlankLine tells a line with nothing but quote marks and spaces.
func isBlankLine(l string) bool {
	for i := 0; i < len(l); i++ {
		if l[i] != '>' && l[i] != ' ' {
			return false
		}
	}
	return true
}
