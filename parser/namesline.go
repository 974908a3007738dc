package parser

import (
	"slices"
	"strings"
)

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

// sentenceNames reads, on a line that says more, the one sentence that
// only names people, in running text: after a full stop or a colon ("…
// med min mor. Sara Ali og Amina Ali. Workshop 2 ..."), after words that
// say the names follow ("Vi hedder …", "Our names are …"), or the whole
// line closed by a full stop ("Sara Ali and Omar Ali."). Nil when there
// is none: "Anna Holm og Peter Holm fra bestyrelsen ..." says more of them.
func sentenceNames(t *text, a, end int) []string {
	line := t.fold[a:end]
	if strings.IndexAny(line, ".:") < 0 {
		return nil // a line of names alone is joinedNames'
	}
	if label, _, ok := strings.Cut(line, ":"); ok && namesLabels[strings.TrimSpace(strings.Trim(label, "-*• "))] {
		return nil // "Navne: ..." is namesLabelLine's
	}
	for s := a; s < end; {
		e := piecesEnd(t, s, end)
		if ns := joinedNames(t, pastNamesIntro(t, s, e), e); ns != nil {
			return ns
		}
		s = e + 1
	}
	return nil
}

// piecesEnd returns where the piece of a line from s ends: at a colon, a
// semicolon, a question or exclamation mark, a full stop that ends a
// sentence, or the line's end.
func piecesEnd(t *text, s, end int) int {
	for i := s; i < end; i++ {
		switch t.fold[i] {
		case ':', ';', '?', '!':
			return i
		case '.':
			if t.endsSentence(i) {
				return i
			}
		}
	}
	return end
}

// pastNamesIntro returns where the names start in a piece from s to e
// that opens with words saying names follow ("vi hedder", "our names
// are"); s when it does not.
func pastNamesIntro(t *text, s, e int) int {
	i := t.tokenAt(s)
	if i >= len(t.toks) || t.toks[i].a >= e || strings.TrimSpace(t.fold[s:t.toks[i].a]) != "" {
		return s
	}
	for _, p := range namesIntros {
		if i+len(p) >= len(t.toks) || t.toks[i+len(p)].a >= e {
			continue
		}
		ok := true
		for k, w := range p {
			if t.toks[i+k].s != w || k > 0 && t.gap(i+k-1, i+k) != " " {
				ok = false
				break
			}
		}
		if ok {
			return t.toks[i+len(p)-1].b
		}
	}
	return s
}

// namesIntros open a sentence whose rest is the names of those who come.
var namesIntros = func() [][]string {
	var out [][]string
	for _, p := range slices.Concat(daNamesIntro, enNamesIntro) {
		out = append(out, strings.Fields(p))
	}
	return out
}()
