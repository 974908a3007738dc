package parser

import (
	"slices"
	"strings"
)

// yourRank names a priority of the reader's in staff's words ("dit
// førstevalg", "din 2. prioritet", "your first choice"); the workshop
// nearest it is the one it ranks.
var (
	yourFirst  = table(daYourFirst, enYourFirst)
	yourSecond = table(daYourSecond, enYourSecond)
)

// threadSlot tells which priority the workshop old had, as the thread a
// change "N i stedet for M" answers shows it outside a receipt: the
// subject ("Re: Tilmelding workshop 2 og 3"), her own first mail quoted
// below ("> > Jeg vil gerne på workshop 3 og 2"), or staff's prose ("2,
// som var dit førstevalg", "we keep your first (workshop 3)"). It returns
// 1 or 2; 0 when none of them says, when they disagree, or when one names
// a pair without old.
func (rd *reader) threadSlot(old int) int {
	q := unquoteAll(rd.m.Quoted)
	own, staff := rd.ownQuotedMail(q)
	at := 0
	agree := func(r int) bool {
		if r < 0 || at != 0 && r != 0 && r != at {
			return false
		}
		at = max(at, r)
		return true
	}
	_, subject := subjectPrefixes(rd.m.Subject)
	if !agree(rd.pairSlot(subject, old)) || !agree(rd.pairSlot(own, old)) || !agree(rd.proseSlot(staff, old)) {
		return 0
	}
	return at
}

// pairSlot reads a sign-up that names two workshops in s ("Tilmelding
// workshop 2 og 3", "Jeg vil gerne på 3 og 2"): 1 or 2 where old stands
// in it, -1 when old is not one of them, 0 when s names no such pair.
func (rd *reader) pairSlot(s string, old int) int {
	if s == "" || len(s) > 2000 {
		return 0
	}
	t := newText(s)
	if !t.matches(lex.register) && !strings.Contains(t.fold, "workshop") {
		return 0
	}
	var ws []int
	for _, refs := range rd.refsOf(t) {
		for _, r := range refs {
			if !r.missing && (len(ws) == 0 || ws[len(ws)-1] != r.ws) {
				ws = append(ws, r.ws)
			}
		}
	}
	switch {
	case len(ws) != 2:
		return 0
	case ws[0] == old:
		return 1
	case ws[1] == old:
		return 2
	}
	return -1
}

// proseSlot reads staff's words for the priority of old: a workshop a few
// words from "dit førstevalg" or "your second choice" has that rank; old
// has the one named for it, or the other when only the other workshop is
// ranked.
func (rd *reader) proseSlot(s string, old int) int {
	if s == "" || !strings.Contains(s, "dit ") && !strings.Contains(s, "din ") && !strings.Contains(strings.ToLower(s), "your ") &&
		!strings.Contains(s, "Dit ") && !strings.Contains(s, "Din ") {
		return 0
	}
	t := newText(s)
	firsts, seconds := t.all(yourFirst), t.all(yourSecond)
	if len(firsts) == 0 && len(seconds) == 0 {
		return 0
	}
	own, other := 0, 0
	for _, r := range rd.proseRefs(t) {
		if rank := nearRank(t, r, firsts, seconds); rank != 0 {
			if r.ws == old {
				if own != 0 && own != rank {
					return 0
				}
				own = rank
			} else {
				if other != 0 && other != rank {
					return 0
				}
				other = rank
			}
		}
	}
	switch {
	case own != 0 && own == other:
		return 0
	case own != 0:
		return own
	case other != 0:
		return 3 - other
	}
	return 0
}

// nearRank is the rank of the nearest rank phrase within four words of r,
// in its sentence; 0 when none.
func nearRank(t *text, r ref, firsts, seconds [][]int) int {
	best, rank := 5, 0
	for k, hits := range [][][]int{firsts, seconds} {
		for _, h := range hits {
			a, b := h[1], r.a // the words between the phrase and r
			if h[0] >= r.b {
				a, b = r.b, h[0]
			} else if h[1] > r.a {
				continue // the phrase overlaps r
			}
			if strings.ContainsAny(t.fold[a:b], ".;?!\n") {
				continue
			}
			if d := tokensBetween(t, a, b); d < best {
				best, rank = d, k+1
			}
		}
	}
	return rank
}

// ownQuotedMail splits the unquoted thread q into the sender's own earlier
// mail (below an attribution or header that gives her address) and the
// rest: staff's words.
func (rd *reader) ownQuotedMail(q string) (own, rest string) {
	addr := rd.m.FromAddr
	if addr == "" {
		return "", q
	}
	var o, r strings.Builder
	in := false
	for _, l := range strings.Split(q, "\n") {
		if attributionLine(l) {
			in = strings.Contains(strings.ToLower(l), addr)
			continue
		}
		if in {
			o.WriteString(l + "\n")
		} else {
			r.WriteString(l + "\n")
		}
	}
	return o.String(), r.String()
}

// attributionLine reports a line that opens a quoted mail: "Den … skrev
// …:", "On … wrote:", or a "Fra:"/"From:" header.
func attributionLine(l string) bool {
	l = strings.TrimSpace(l)
	if isHeaderFrom(l) {
		return true
	}
	return strings.HasSuffix(l, ":") && (strings.Contains(l, " skrev ") || strings.Contains(l, " wrote") || strings.HasSuffix(l, " skrev:"))
}

// unquoteAll takes every level of quote marks off the lines of s.
func unquoteAll(s string) string {
	if !strings.Contains(s, ">") {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		l = strings.TrimLeft(l, " \t")
		for strings.HasPrefix(l, ">") {
			l = strings.TrimLeft(l[1:], " \t")
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

// proseRefs are the workshops staff's words name: those the reading finds,
// and bare numbers of workshops ("pladser på 2, som var dit førstevalg")
// that are no time or date.
func (rd *reader) proseRefs(t *text) []ref {
	var out []ref
	for _, refs := range rd.refsOf(t) {
		for _, r := range refs {
			if !r.missing {
				out = append(out, r)
			}
		}
	}
	for k, tk := range t.toks {
		if tk.num <= 0 || rd.ev.Workshop(tk.num) == nil || tk.a > 0 && strings.ContainsRune(".:/-", rune(t.fold[tk.a-1])) ||
			tk.b+1 < len(t.fold) && strings.ContainsRune(".:/-", rune(t.fold[tk.b])) && isDigit(t.fold[tk.b+1]) {
			continue
		}
		if !slices.ContainsFunc(out, func(r ref) bool { return r.a <= tk.a && tk.a < r.b }) {
			out = append(out, ref{ws: tk.num, kind: byNumber, i: k, j: k + 1, a: tk.a, b: tk.b})
		}
	}
	return out
}
