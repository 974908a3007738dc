package parser

import (
	"strings"
	"unicode/utf8"
)

// spacedTables rewrites a table typed in plain text with its columns lined
// up by runs of spaces ("Navn          1. prio   2. prio   Kost") into
// rows of tab-separated cells, as an HTML table arrives, so that the table
// reader reads it. A row's cell belongs to the header's column it starts
// under, so a cell left empty stays empty. Other text is returned as it is.
func spacedTables(body string) string {
	var b strings.Builder
	done := 0 // body[:done] is written to b, or nothing is when b is empty
	for at := 0; ; {
		k := strings.Index(body[at:], "   ")
		if k < 0 {
			break
		}
		a := strings.LastIndexByte(body[:at+k], '\n') + 1
		e := endOfLine(body, at+k)
		at = e
		if !nameColumn(body[a:e]) {
			continue
		}
		head := gapCells(body[a:e])
		if !spacedHead(body[a:e], head) {
			continue
		}
		var rows []string
		for r := e + 1; r < len(body); {
			re := endOfLine(body, r)
			l := body[r:re]
			cells := gapCells(l)
			if len(cells) < 2 && (len(cells) == 0 || cells[0].col+cells[0].n > head[1].col) || l[0] == '>' {
				break // a blank line, or a sentence after the table
			}
			rows = append(rows, tabRow(l, cells, head))
			r, at = re+1, re
		}
		if len(rows) == 0 {
			continue
		}
		b.WriteString(body[done:a])
		b.WriteString(tabRow(body[a:e], head, head))
		for _, r := range rows {
			b.WriteByte('\n')
			b.WriteString(r)
		}
		done = at
	}
	if done == 0 {
		return body
	}
	b.WriteString(body[done:])
	return b.String()
}

// endOfLine is where the line holding offset i of s ends.
func endOfLine(s string, i int) int {
	if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(s)
}

// nameColumn reports a short line without a colon that holds a word a
// table's name column is headed with ("Navn", "Deltager", "Name"): the
// cheap test a line passes before its cells are read.
func nameColumn(l string) bool {
	if len(l) > 160 || strings.IndexByte(l, ':') >= 0 {
		return false
	}
	var buf [160]byte
	low := buf[:len(l)]
	for i := 0; i < len(l); i++ {
		c := l[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	ls := string(low)
	for _, w := range nameColumnWords {
		if strings.Contains(ls, w) {
			return true
		}
	}
	return false
}

// nameColumnWords begin the words of daTableName and enTableName.
var nameColumnWords = []string{"navn", "name", "deltager", "person", "beboer", "particip", "attendee", "resident", "tenant"}

// gapCell is a cell of a line whose cells are parted by two spaces or
// more: its byte span, the column (in runes) it starts at and its length
// in runes.
type gapCell struct{ a, b, col, n int }

// gapCells splits line l at runs of two spaces or more; a tab or a "|"
// leaves it to the reader of such tables (nil).
func gapCells(l string) []gapCell {
	if strings.ContainsAny(l, "\t|") {
		return nil
	}
	var out []gapCell
	col := 0
	for i := 0; i < len(l); {
		for i < len(l) && (l[i] == ' ' || l[i] == '\r') {
			i, col = i+1, col+1
		}
		if i >= len(l) {
			break
		}
		c := gapCell{a: i, col: col}
		for i < len(l) && !(l[i] == ' ' && (i+1 >= len(l) || l[i+1] == ' ' || l[i+1] == '\r')) {
			_, w := utf8.DecodeRuneInString(l[i:])
			i, col = i+w, col+1
		}
		c.b, c.n = i, col-c.col
		out = append(out, c)
	}
	return out
}

// spacedHead reports a header row of an attendee table among cells: short
// labels, no "Navn: Ida" field, one of them naming the people and one the
// workshop or the 1st priority.
func spacedHead(l string, cells []gapCell) bool {
	if len(cells) < 2 || len(cells) > 6 || strings.Contains(l, ":") {
		return false
	}
	name, first := false, false
	for _, c := range cells {
		h := foldString(l[c.a:c.b])
		if strings.Count(h, " ") > 2 {
			return false
		}
		name = name || tableName.MatchString(h)
		first = first || workshopsColumn[h] || firstColumn(h)
	}
	return name && first
}

// tabRow writes the cells of line l parted by tabs, each under the head's
// column it starts at (a cell may start a little before its column).
func tabRow(l string, cells, head []gapCell) string {
	out := make([]string, len(head))
	for _, c := range cells {
		k := 0
		for k+1 < len(head) && head[k+1].col <= c.col+1 {
			k++
		}
		out[k] = strings.TrimSpace(out[k] + " " + l[c.a:c.b])
	}
	return strings.TrimRight(strings.Join(out, "\t"), "\t")
}
