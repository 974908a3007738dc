package parser

import "strings"

// A title under the sender's full name at the end of her words ("Jonas
// Berg / Health visitor", "Konsulent, sundhed og trivsel / Albertslund
// Kommune") says what she works with, as a signature does; its words
// choose no workshop.

// dropTitleRefs forgets the workshops named in the short lines, two at
// most, under a line that is the sender's full name, the last lines of
// her words.
func (rd *reader) dropTitleRefs() {
	t := rd.own
	all := rd.refsOf(t)
	k := len(all) - 1
	for k >= 0 && len(all[k]) == 0 {
		k--
	}
	if k < 0 || rd.forward {
		return
	}
	f := t.fold
	last := all[k][len(all[k])-1]
	start := strings.LastIndexByte(f[:last.a], '\n') + 1 // the line of the last workshop
	// its line and the lines below, two at most: three parts are too many
	tail := strings.SplitN(strings.TrimRight(f[start:], " \t\r\n"), "\n", 3)
	if len(tail) > 2 {
		return
	}
	for _, ln := range tail {
		if !titleLine(ln) {
			return
		}
	}
	// the name's line right above, or above one more title line
	end := start
	for range 2 {
		a, line := lineAbove(f, end)
		if a < 0 {
			return
		}
		if rd.isSenderName(line) {
			for k := range all {
				all[k] = refsIn(all[k], 0, a)
			}
			return
		}
		if len(tail) > 1 || !titleLine(line) {
			return
		}
		end = a
	}
}

// lineAbove returns the start and the words of the last line with words
// before offset end of f; -1 when none.
func lineAbove(f string, end int) (int, string) {
	s := strings.TrimRight(f[:end], " \t\r\n")
	if s == "" {
		return -1, ""
	}
	a := strings.LastIndexByte(s, '\n') + 1
	return a, strings.TrimSpace(s[a:])
}

// isSenderName reports a line that is the sender's full name as the From
// display name gives it.
func (rd *reader) isSenderName(line string) bool {
	if strings.IndexByte(line, ' ') < 0 || len(line) > 60 {
		return false
	}
	name := rd.fromDisplay()
	return countNameWords(name) >= 2 && foldString(name) == line
}

// titleLine reports a line that can be a title or a workplace: a few
// words, no digit, no full stop, question or colon, no "workshop".
func titleLine(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && len(strings.Fields(s)) <= 6 && !strings.ContainsAny(s, "0123456789.?!:") && !strings.Contains(s, "workshop")
}
