package parser

import "strings"

// signedTogether names the one person a mail counts but does not name from
// a sign-off that names two ("Vi vil begge på 2 og 4. Mvh Ida og Tom
// Holm", "Min mand og jeg ... / Ida Holm & Tom Holm"): the name the
// sender's agrees with is hers, the other is the one counted. who is the
// reading so far; anything less sure is left as it is, and the name is
// then asked for.
func (rd *reader) signedTogether(who []*person) []*person {
	ps := rd.ps
	if ps.self.name == "" || !containsPerson(who, ps.self) {
		return who
	}
	return rd.signedPairNames(who, 2)
}

// signedForKin names the one relative a withdrawal is for, the sender
// staying on, from a sign-off of two ("Min mand kan desværre ikke komme,
// men jeg kommer stadig. / Anna og Peter Holm"): the name her From name
// agrees with is hers, the other his.
func (rd *reader) signedForKin(who []*person) []*person {
	if rd.ps.self.name == "" || len(who) != 1 || who[0] == rd.ps.self || who[0].rel == "" {
		return who
	}
	return rd.signedPairNames(who, 1)
}

// signedPairNames gives the one person of who without a name, who being
// n people, the name of a sign-off of two that is not the sender's.
func (rd *reader) signedPairNames(who []*person, n int) []*person {
	ps := rd.ps
	var unnamed *person
	for _, p := range who {
		if p.name != "" {
			continue
		}
		if unnamed != nil {
			return who
		}
		unnamed = p
	}
	if unnamed == nil || len(who) != n {
		return who
	}
	for _, t := range []*text{rd.sig, rd.own} {
		for _, at := range pairLines(t) {
			a, b, ok := signedPair(t, at)
			if !ok {
				continue
			}
			// her From name decides; a first name read after the closing
			// ("Hilsen Tom og Ida") may have been taken for hers
			key := rd.fromDisplay()
			if key == "" {
				key = ps.self.name
			}
			ca, cb := consistent(key, a), consistent(key, b)
			if ca == cb {
				return who
			}
			if cb {
				a, b = b, a
			}
			if !consistent(ps.self.name, a) {
				ps.self.name = key
			}
			ps.self.name, unnamed.name = fuller(ps.self.name, a), b
			return who
		}
	}
	return who
}

// pairLines are where a couple signs: the line after closing words, and
// the mail's last line, which a short mail signs on with no closing ("Vi
// kommer begge ... \nIda og Tom Holm").
func pairLines(t *text) []int {
	var out []int
	for _, m := range signOffs(t) {
		out = append(out, nextLine(t, m[1]))
	}
	if ls := lines(t); len(ls) > 0 {
		out = append(out, ls[len(ls)-1][0])
	}
	return out
}

// signedPair reads a line at offset a that holds two names joined by
// "og", "and", "&" or "+" and nothing else ("Ida og Tom Holm", "Ida Holm &
// Tom Holm"). A first name alone before a full one shares its surname.
func signedPair(t *text, a int) (string, string, bool) {
	if a < 0 || a >= len(t.fold) {
		return "", "", false
	}
	end := lineEnd(t, a)
	i := t.tokenAt(a)
	if i >= len(t.toks) || t.toks[i].a >= end || strings.TrimSpace(t.fold[a:t.toks[i].a]) != "" {
		return "", "", false
	}
	first, k := nameAt(t, i)
	if first == "" || i+k >= len(t.toks) {
		return "", "", false
	}
	j := i + k
	switch g := strings.TrimSpace(t.gap(j-1, j)); {
	case g == "&" || g == "+":
	case g == "" && (t.toks[j].s == "og" || t.toks[j].s == "and"):
		j++
	default:
		return "", "", false
	}
	second, n := nameAt(t, j)
	if second == "" || t.toks[j].a >= end || strings.TrimSpace(t.fold[t.toks[j+n-1].b:end]) != "" {
		return "", "", false
	}
	if countNameWords(first) == 1 && countNameWords(second) >= 2 {
		first += second[strings.LastIndexByte(second, ' '):]
	}
	return first, second, true
}
