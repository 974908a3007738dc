package parser

import "strings"

// greetingWords open a line that greets its reader ("Hej Ida,", "Hi Ida").
var greetingWords = wordSet(quoteGreetings)

// dropGreeted leaves out a person the text names only in the greeting that
// opens a line ("Hej Ida, jeg vil gerne med ..."): she is the one the mail
// is written to, as when a resident writes to the staff member who
// forwards it, not one who comes.
func (rd *reader) dropGreeted(who []*person) []*person {
	if len(who) < 2 {
		return who
	}
	t := rd.own
	greeted := map[*person]bool{}
	for _, m := range rd.ps.mentions(t, 0, len(t.fold), false) {
		if v, seen := greeted[m.p]; !seen || v {
			greeted[m.p] = greetsAt(t, m.a, m.b)
		}
	}
	var out []*person
	for _, p := range who {
		if p == rd.ps.self || !greeted[p] {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return who
	}
	return out
}

// greetsAt reports a name at [a, b) that follows a greeting word opening
// its line, with nothing after it on the line but a comma or "!" and what
// follows: "Hej Ida, jeg ..." but not "Hej Ida og Per vil ...".
func greetsAt(t *text, a, b int) bool {
	k := t.tokenAt(a)
	if k == 0 || !greetingWords[t.toks[k-1].s] || t.gap(k-1, k) != " " {
		return false
	}
	if strings.TrimSpace(t.fold[lineStart(t.fold, t.toks[k-1].a):t.toks[k-1].a]) != "" {
		return false
	}
	rest := t.fold[b:]
	return rest == "" || rest[0] == ',' || rest[0] == '!' || rest[0] == '\n' || strings.HasPrefix(rest, " \n")
}
