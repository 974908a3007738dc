package parser

import (
	"regexp"
	"slices"
	"strings"

	"tilmeld"
)

// checkRankAfter: a priority word standing after the workshop it ranks
// ("Sundhed er mit førstevalg", "education as my second") that the reading
// does not follow. Nobody was given that workshop at that rank, so the
// choices may be reversed: the worst mistake, worth a look.
func checkRankAfter(v *gateView) verdict {
	if !v.changes() || len(v.r.Attendees) == 0 {
		return verdict{}
	}
	t := v.t
	// a rank that binds comes from these tables (an elliptic one only
	// beside them): without their words the sentences need no reading
	if len(t.all(lex.first)) == 0 && len(t.all(lex.second)) == 0 {
		return verdict{}
	}
	for k, s := range t.sents() {
		// a sentence without their words holds no rank that binds: its
		// workshops are not read
		if t.within(lex.first, s.a, s.b) == nil && t.within(lex.second, s.a, s.b) == nil {
			continue
		}
		if v.r.Intent == tilmeld.IntentUpdate && (t.has(keptChoice, s.a, s.b) || t.has(keptClause, s.a, s.b)) && !t.has(lex.conditional, s.a, s.b) {
			continue // "Nummer 4 er stadig ok som anden": kept, not changed (dropKeptChoices)
		}
		if t.has(receiptSays, s.a, s.b) {
			continue // what the receipt says is the old state (checkReceiptReported)
		}
		marks := slices.DeleteFunc(findMarkers(t, s.a, s.b), func(m marker) bool {
			return m.rank == 0 || m.weak || m.pair || !linkBefore(t.fold, m.a)
		})
		if len(marks) == 0 {
			continue
		}
		refs := v.refsAt(k)
		if len(refs) == 0 {
			continue
		}
		for _, m := range marks {
			back := -1
			for i, r := range refs {
				if r.b <= m.a {
					back = i
				} else if r.a >= m.b && (tightAfter(t.fold[m.b:r.a]) || rankLinkedAfter(t.fold[m.b:r.a]) || closeAfter(t.fold[m.b:r.a])) {
					// "3, 2. prioritet: 4", "my second choice is workshop
					// 2": the word may rank what follows it
					back = -1
					break
				}
			}
			// a word at the head of its line ranks what follows it
			if back < 0 || refs[back].missing || strings.Contains(t.fold[refs[back].b:m.a], "\n") ||
				!rankLinked(t.fold[refs[back].b:m.a]) && !pairTail(t.fold[refs[back].b:m.a], t.fold[m.a:m.b]) {
				continue
			}
			if ws := refs[back].ws; !rankedAs(v.r.Attendees, ws, m.rank) {
				return review("the mail says %q, but workshop %d was not read as priority %d", v.quote(refs[back].a, m.b), ws, m.rank)
			}
		}
	}
	return verdict{}
}

// rankLinked reports the words between a workshop and a priority word
// after it that make the word rank it: a few words holding "er", "som",
// "mit" ("Sundhed er vist mit førstevalg"), and no comma or "og" that
// would start another part of the sentence.
func rankLinked(g string) bool {
	ws := strings.Fields(strings.Trim(g, rankTrim))
	if len(ws) > 4 || slices.ContainsFunc(ws, func(w string) bool { return strings.ContainsAny(w, ",;") }) {
		return false
	}
	return slices.ContainsFunc(ws, func(w string) bool { return rankLinks[w] }) &&
		!slices.ContainsFunc(ws, func(w string) bool { return rankJoins[w] })
}

// linkBefore reports whether a link word (rankLinks) ends one of the last
// four words before offset a on its line: rankLinked holds of no gap
// between a workshop and a without one, so the workshops need no reading.
func linkBefore(fold string, a int) bool {
	line := strings.TrimRight(fold[strings.LastIndexByte(fold[:a], '\n')+1:a], rankTrim)
	ws := strings.Fields(line)
	return slices.ContainsFunc(ws[max(0, len(ws)-4):], func(w string) bool {
		return slices.ContainsFunc(rankLinkWords, func(l string) bool { return strings.HasSuffix(w, l) })
	})
}

// rankLinkedAfter reports a priority word linked to the workshop after it
// ("mit førstevalg er sundhed", "my second is workshop 2").
func rankLinkedAfter(g string) bool {
	ws := strings.Fields(strings.Trim(g, " ():-\"'“”„«»"))
	return len(ws) <= 3 && !slices.ContainsFunc(ws, func(w string) bool { return !rankLinks[w] && !workshopWords[w] })
}

// closeAfter reports a workshop a few words after a priority word with no
// comma or joining word between: the word may be its.
func closeAfter(g string) bool {
	ws := strings.Fields(g)
	return len(ws) <= 4 && !strings.ContainsAny(g, ",;.") && !slices.ContainsFunc(ws, func(w string) bool { return rankJoins[w] })
}

// rankTrim is what rankLinked trims off a gap's ends.
const rankTrim = " ():-\"'“”„«»"

var (
	rankLinkWords = append(slices.Clone(daRankLink), enRankLink...)
	rankLinks     = wordSet(rankLinkWords)
	rankJoins     = wordSet(daRankJoins, enRankJoins)
)

// rankedAs reports whether some attendee has workshop ws at that rank.
func rankedAs(as []tilmeld.Attendee, ws, rank int) bool {
	for _, a := range as {
		if rank == 1 && a.First() == ws || rank == 2 && a.Second() == ws {
			return true
		}
	}
	return false
}

// rankPairs finds both ranks said at once after the workshops ("3 og 2
// som 1. og 2. prioritet", "my first and second choices"): one marker
// over the whole, which leaves the workshops in the order named.
func rankPairs(t *text, a, b int) []marker {
	var out []marker
	g := t.fold[a:b]
	if !strings.Contains(g, " og ") && !strings.Contains(g, " and ") && !strings.Contains(g, "&") {
		return nil
	}
	// the expression ends in a rank noun: without one it cannot match
	if !slices.ContainsFunc(rankNouns, func(n string) bool { return strings.Contains(g, n) }) {
		return nil
	}
	for _, m := range rankPair.findAll(g, false) {
		out = append(out, marker{rank: 1, a: a + m[0], b: a + m[1], pair: true})
	}
	return out
}

// rankNouns are rankPair's last words, which a text must hold for it to
// match.
var rankNouns = append(slices.Clone(daRankNouns), enRankNouns...)

var rankPair = newPrefixRe(regexp.MustCompile(`\b(?:` + strings.Join(append(slices.Clone(daPairFirst), enPairFirst...), "|") + `)-?\s*(?:og|and|&)\s*(?:` +
	strings.Join(append(slices.Clone(daPairSecond), enPairSecond...), "|") + `)\s*(?:` + strings.Join(append(slices.Clone(daRankNouns), enRankNouns...), "|") + `)\w*`))
