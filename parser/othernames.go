package parser

import "strings"

// othersNameLines reads people listed one to a line, bulleted, numbered
// or bare, under a line that ends in a colon ("Tilmelding af følgende
// beboere:\n- Karen Olsen\n- Jens Olsen"), when none of them is the
// sender and the mail never speaks of a "we" she could be one of: the
// listed are the people who come, the writer only signs them up. Their
// choices are said for all of them below ("Begge vil gerne på sundhed").
// It reports whether it read such a list.
func (rd *reader) othersNameLines() bool {
	ps, t := rd.ps, rd.own
	if len(ps.others) > 0 || strings.IndexByte(t.fold, ':') < 0 {
		return false
	}
	ls := lines(t)
	for k, ln := range ls {
		if !strings.HasSuffix(strings.TrimSpace(t.fold[ln[0]:ln[1]]), ":") {
			continue
		}
		names := listedNames(t, ls[k+1:])
		if len(names) < 2 || ps.headcount > 0 && ps.headcount != len(names) {
			continue
		}
		if weSpoken(t) {
			return false
		}
		for _, name := range names {
			if ps.self.name != "" && consistent(ps.self.name, name) {
				return false
			}
		}
		for _, name := range names {
			ps.add(name)
		}
		return true
	}
	return false
}

// listedNames returns the full names that stand alone on the lines ls
// opens with, each after the same bullet or after the numbers 1, 2, 3
// ..., or all bare; nil when a line holds more than a name.
func listedNames(t *text, ls [][2]int) []string {
	var names []string
	lead := ""
	for _, l := range ls {
		f := t.fold[l[0]:l[1]]
		end := listLeadEnd(f)
		mark := strings.TrimSpace(f[:end])
		if mark != "" && isDigit(mark[0]) {
			if num := string(rune('1' + len(names))); mark != num+"." && mark != num+")" {
				return nil
			}
			mark = "1" + mark[len(mark)-1:]
		}
		if len(names) > 0 && mark != lead {
			break
		}
		lead = mark
		i := t.tokenAt(l[0] + end)
		if i >= len(t.toks) || t.toks[i].a != l[0]+end {
			break
		}
		name, n := nameAt(t, i)
		if name == "" || countNameWords(name) < 2 || strings.TrimSpace(t.fold[t.toks[i+n-1].b:l[1]]) != "" {
			if len(names) > 0 && strings.TrimSpace(f[end:]) != "" && mark != "" {
				return nil // "- Lis Berg, workshop 2": a list of more than names
			}
			break
		}
		names = append(names, name)
	}
	return names
}

// weSpoken: the mail says "vi", "os", "we" or "us" somewhere, so the
// writer may be one of those who come.
func weSpoken(t *text) bool {
	for _, tk := range t.toks {
		if weWords[tk.s] {
			return true
		}
	}
	return false
}

// weWords speak of a group the writer belongs to.
var weWords = wordSet(daWeWords, enWeWords)

// namedOthers returns the people other than the writer that the mail
// names, in the order read.
func (rd *reader) namedOthers() []*person {
	var out []*person
	for _, p := range rd.ps.others {
		if p.name != "" {
			out = append(out, p)
		}
	}
	return out
}

// theyWords open a clause about the others ("De spiser halal", "They
// all eat halal").
var theyWords = wordSet(daTheyWords, enTheyWords)

// wishesWorkshop: a wish for a workshop that signs its subject up as
// "deltage" does ("Min nabo Karen Olsen vil gerne på workshop 2").
var wishesWorkshop = table(daWishesWorkshop, enWishesWorkshop)
