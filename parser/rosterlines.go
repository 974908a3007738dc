package parser

import "strings"

// rosterName returns the full name on line l of a roster: a name alone
// ("Helle Juhl"), or one with a short aside about the person after it
// ("Niels Juhl (min mand)", "Sofie Juhl, 12 år", "Sofie Juhl - vores
// datter"); "" for any other line. A line that names a workshop or food
// ("Niels Juhl - 2 og 3") is an item of a list of choices, not of a
// roster.
func (rd *reader) rosterName(l [2]int) string {
	t := rd.own
	if name := nameLine(t, l[0]); name != "" && plainNameLine(t, l) {
		if countNameWords(name) < 2 {
			return ""
		}
		return name
	}
	i := t.tokenAt(l[0])
	if i >= len(t.toks) || t.toks[i].a >= l[1] || strings.TrimSpace(t.fold[l[0]:t.toks[i].a]) != "" {
		return ""
	}
	name, k := nameAt(t, i)
	if name == "" || countNameWords(name) < 2 || i+k > len(t.toks) {
		return ""
	}
	a := t.toks[i+k-1].b
	if !rosterAside(strings.TrimSpace(t.fold[a:l[1]])) || len(readDiet(t, a, l[1])) > 0 || rd.choiceIn(a, l[1]) {
		return ""
	}
	return name
}

// rosterAside reports a short aside after a name: one bracket ("(min
// mand)", "(14, går i klub)"), or words after a comma or a dash (", 12
// år", "- vores datter"), with no label (":") and no word of a condition or
// a choice ("kun", "workshop").
func rosterAside(s string) bool {
	var in string
	switch {
	case strings.HasPrefix(s, "("):
		if !strings.HasSuffix(s, ")") || strings.Count(s, "(") != 1 {
			return false
		}
		in = s[1 : len(s)-1]
	case strings.HasPrefix(s, ","), strings.HasPrefix(s, "-"):
		in = strings.TrimSuffix(s[1:], ".")
		if strings.ContainsAny(in, "()") {
			return false
		}
	default:
		return false
	}
	in = strings.TrimSpace(in)
	return in != "" && len(in) <= 40 && !strings.ContainsAny(in, ":;") && !roleNoteOdd.MatchString(in)
}

// choiceIn reports a workshop in fold[a:b], an aside: a number of one
// digit ("(2 og 3)", "- 4"; "(5)" names none, for the gate to see) or a
// workshop's name ("(sundhed)"). A number with "år" after it, or one of
// two digits ("(16)"), is an age.
func (rd *reader) choiceIn(a, b int) bool {
	t := rd.own
	from, to := t.tokenAt(a), t.tokenAt(b)
	for i := from; i < to; i++ {
		if tk := t.toks[i]; tk.num >= 0 && len(tk.s) == 1 && (i+1 >= to || !ageUnits[t.toks[i+1].s]) {
			return true
		}
	}
	return len(rd.cat.nameRefs(t, from, to)) > 0
}

var ageUnits = wordSet([]string{"aar", "years", "year", "mdr", "maaneder", "months", "uger", "weeks"})
