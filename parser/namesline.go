package parser

import "strings"

// joinedNames reads a line that only names people, joined by "og", "and",
// "&" or commas ("Mehmet Yılmaz og Ayşe Yılmaz"): each full name, in the
// order written. Nil when the line says anything else.
func joinedNames(t *text, a, end int) []string {
	i := t.tokenAt(a)
	if i >= len(t.toks) || t.toks[i].a >= end || strings.Trim(t.fold[a:t.toks[i].a], " /-") != "" {
		return nil
	}
	var names []string
	comma := false
	for {
		n, k := nameAt(t, i)
		if n == "" || countNameWords(n) < 2 {
			return nil
		}
		names = append(names, n)
		last := t.toks[i+k-1].b
		j := i + k
		if j >= len(t.toks) || t.toks[j].a >= end || nameAside(t, last, end) {
			// "Jonas Holm (14 år)", "Karim Nasser, kollega": an aside ends it
			if strings.TrimSpace(t.fold[last:end]) != "" && !nameAside(t, last, end) {
				return nil
			}
			break
		}
		switch sep := strings.TrimSpace(t.fold[last:t.toks[j].a]); {
		case sep == "," || sep == "&" || sep == "+":
			comma = comma || sep == ","
			i = j
		case sep == "" && (t.toks[j].s == "og" || t.toks[j].s == "and"):
			i = j + 1
		case sep == "," && (t.toks[j].s == "og" || t.toks[j].s == "and"):
			i = j + 1
		default:
			return nil
		}
		if i >= len(t.toks) || t.toks[i].a >= end {
			return nil
		}
	}
	if len(names) < 2 || comma && !oneFamily(names) {
		return nil // "Ole Hansen, Kirkevej Syd" is a name and an address
	}
	return names
}

// oneFamily reports names that share their last word ("Mehmet Yılmaz,
// Ayşe Yılmaz").
func oneFamily(names []string) bool {
	last := func(n string) string { w := nameWords(n); return w[len(w)-1] }
	for _, n := range names[1:] {
		if last(n) != last(names[0]) {
			return false
		}
	}
	return true
}

// bareName reports a person known only by a name written, with nothing
// read of her yet: a relative spoken of without a name may be she.
func bareName(p *person) bool {
	return !p.self && p.rel == "" && len(p.refs) == 0 && len(p.diet) == 0 && !p.said
}
