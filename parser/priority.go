package parser

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
)

// marker is a word that gives a priority: "1. prioritet", "helst", "ellers".
type marker struct {
	rank int // 1 or 2; 0 leaves the 2nd open ("ellers er jeg ligeglad")
	a, b int // folded span
	// weak markers ("ellers", "og så") only put a workshop after an earlier one.
	weak bool
	// pair: "1. og 2. prioritet" after two workshops ranks them in the
	// order named; it binds neither alone.
	pair bool
}

var weakSecond = newWholePhrases(append(slices.Clone(daWeakSecond), enWeakSecond...))

// wholePhrases tells whether a text is one of a list of phrases, as
// ^(phrase|...)$ does: the plain ones are looked up, the others matched.
type wholePhrases struct {
	plain map[string]bool
	re    *regexp.Regexp // the others; nil when there are none
}

func newWholePhrases(list []string) wholePhrases {
	w := wholePhrases{plain: map[string]bool{}}
	var other []string
	for _, p := range list {
		if plainWords.MatchString(p) {
			w.plain[p] = true
		} else {
			other = append(other, p)
		}
	}
	if other != nil {
		w.re = regexp.MustCompile(`^(` + strings.Join(other, "|") + `)$`)
	}
	return w
}

func (w wholePhrases) MatchString(s string) bool {
	return w.plain[s] || w.re != nil && w.re.MatchString(s)
}

// findMarkers finds the priority words in fold[a:b], read once per span:
// the reader, the gate's reading of workshops and its checks of ranks ask
// it of one sentence again. The caller may change what it is given.
func findMarkers(t *text, a, b int) []marker {
	if ms, ok := t.markersOf(a, b); ok {
		return slices.Clone(ms)
	}
	ms := readMarkers(t, a, b)
	t.marks = append(t.marks, spanMarkers{a, b, ms})
	return slices.Clone(ms)
}

// markersOf returns the markers read of fold[a:b], if they were: by a
// look down the few spans of a short text, and by an index over the many
// of a long one, where a look down them for each sentence is quadratic.
func (t *text) markersOf(a, b int) ([]marker, bool) {
	if len(t.marks) <= 16 {
		for _, sm := range t.marks {
			if sm.a == a && sm.b == b {
				return sm.ms, true
			}
		}
		return nil, false
	}
	if t.marksAt == nil {
		t.marksAt = make(map[[2]int]int, len(t.marks))
	}
	for k := len(t.marksAt); k < len(t.marks); k++ { // the spans are unique
		t.marksAt[[2]int{t.marks[k].a, t.marks[k].b}] = k
	}
	k, ok := t.marksAt[[2]int{a, b}]
	if !ok {
		return nil, false
	}
	return t.marks[k].ms, true
}

// spanMarkers are the markers of fold[a:b].
type spanMarkers struct {
	a, b int
	ms   []marker
}

// readMarkers finds the priority words in fold[a:b].
func readMarkers(t *text, a, b int) []marker {
	var out []marker
	for _, m := range t.within(lex.noSecond, a, b) {
		out = append(out, marker{rank: 0, a: m[0], b: m[1]})
	}
	out = append(out, rankPairs(t, a, b)...)
	out = append(out, hashRanks(t, a, b)...) // "#1 er workshop 3"
	var cand []marker
	for k, re := range []*matcher{lex.first, lex.second} {
		for _, m := range t.within(re, a, b) {
			cand = append(cand, marker{rank: k + 1, a: m[0], b: m[1], weak: weakSecond.MatchString(strings.Join(strings.Fields(t.fold[m[0]:m[1]]), " "))})
		}
	}
	// where two readings overlap the one that starts first wins:
	// "2. prioritet 1" is a 2nd priority, not "prioritet 1"
	sortMarkers(cand)
	if all := slices.Clone(cand); len(all) > 0 {
		cand = slices.DeleteFunc(cand, func(mk marker) bool {
			return numberOneNamesWorkshop(t, all, mk, b) || lateNotFirst(t, mk) || !bareFirst(t, mk) || firstTimeNotRank(t, mk) || placeMark(t, mk)
		})
	}
	for _, mk := range cand {
		if m := rankNounAfter.FindStringIndex(t.fold[mk.b:b]); m != nil {
			mk.b += m[1] // "som 2. prioritet Y": the mark ends after its noun
		}
		if !overlaps(out, mk) {
			out = append(out, mk)
		}
	}
	out = append(out, bareOrdinals(t, a, b, out)...)
	// an elliptic rank is a space and a 1 or a 2: a sentence without is
	// passed over without running the expression
	if s := t.fold[a:b]; (strings.Contains(s, " 1") || strings.Contains(s, " 2")) &&
		slices.ContainsFunc(cand, func(mk marker) bool { return rankNoun.MatchString(t.fold[mk.a:mk.b]) }) {
		// "Sundhed bliver min 1. prioritet og Naboskab min 2.": once the
		// sentence speaks of priorities, "min 2." is the 2nd one
		for _, m := range ellipticRank.findAll(t.fold[a:b], true) {
			mk := marker{rank: int(t.fold[a+m[2]] - '0'), a: a + m[0], b: a + m[3]}
			if !overlaps(out, mk) {
				out = append(out, mk)
			}
		}
	}
	sortMarkers(out)
	return out
}

// lateNotFirst reports "først" that says when, not which ("jeg kommer
// først kl. 18", "først efter arbejde"): a time or a moment follows it,
// or "kan" stands before it ("men kan først komme kl. 17", "jeg kan
// desværre først være der 17.30": not until then).
func lateNotFirst(t *text, mk marker) bool {
	if t.fold[mk.a:mk.b] != "foerst" {
		return false
	}
	i := t.tokenAt(mk.b)
	if i < len(t.toks) && t.toks[i].a >= mk.b && firstWhen[t.toks[i].s] {
		return true
	}
	k := t.tokenAt(mk.a)
	for j := k - 1; j >= 0 && j >= k-2 && t.toks[j].line == t.toks[min(k, len(t.toks)-1)].line; j-- {
		if firstCan[t.toks[j].s] && strings.TrimSpace(t.gap(j, j+1)) == "" {
			return true
		}
	}
	return false
}

// bareFirst reports whether an English "first" alone ranks a workshop:
// right after a number, ending its clause ("2 and 4, 4 first please"), or
// right before one ("first 4, then 2"). Anywhere else it orders the mail
// ("first of all", "but first I must ask"), or is the first workshop of
// the list. Other marks pass.
func bareFirst(t *text, mk marker) bool {
	if t.fold[mk.a:mk.b] != "first" {
		return true
	}
	i := t.tokenAt(mk.b) // the token after it
	if i < len(t.toks) && t.toks[i].num > 0 && strings.TrimSpace(t.gap(i-1, i)) == "" {
		return true // "first 4"
	}
	k := t.tokenAt(mk.a)
	if k == 0 || t.toks[k-1].num <= 0 || strings.TrimSpace(t.gap(k-1, k)) != "" {
		return false
	}
	if i >= len(t.toks) {
		return true
	}
	g := t.gap(i-1, i) // "2 first-time visitors" is no rank
	return !strings.Contains(g, "-") && (strings.TrimSpace(g) != "" || firstTail[t.toks[i].s])
}

var (
	firstTail = wordSet(enFirstTail)
	firstWhen = wordSet(daFirstWhen)
	firstCan  = wordSet(daFirstCan)
)

// numberOneNamesWorkshop reports whether a mark "nummer et" names
// workshop 1 instead: in a list of numbers ("nummer et og nummer tre") or
// right after a mark of the 2nd ("ellers nummer et").
func numberOneNamesWorkshop(t *text, cand []marker, mk marker, b int) bool {
	if mk.rank != 1 || !numberOneMark.MatchString(t.fold[mk.a:mk.b]) {
		return false
	}
	if numberListAfter.MatchString(t.fold[mk.b:b]) || numberListBefore.MatchString(t.fold[max(0, mk.a-48):mk.a]) {
		return true
	}
	return slices.ContainsFunc(cand, func(o marker) bool {
		// "som anden prioritet nummer et": the mark's noun may stand between
		between := t.fold[o.b:max(o.b, mk.a)]
		if m := rankNounAfter.FindStringIndex(between); m != nil {
			between = between[m[1]:]
		}
		return o.rank == 2 && o.b <= mk.a && strings.Trim(between, " ,:") == ""
	})
}

var (
	numberOneMark   = regexp.MustCompile(`^(?:` + strings.Join(daNumberOneMark, "|") + `)$`)
	numberListAfter = regexp.MustCompile(`^\s*,?\s*(?:` + strings.Join(slices.Concat(daConnectors[:3], enConnectors), "|") + `)\s+(?:` +
		strings.Join(slices.Concat(daWorkshopWords, enWorkshopWords), "|") + `)\.?\s+(?:\d|` + strings.Join(slices.Collect(maps.Keys(numberWords)), "|") + `)\b`)
)

// numberListBefore is what makes a "nummer et" after it workshop 1: a
// workshop word ("workshop nummer et") or a number of a list ("nummer tre
// og nummer et").
var numberListBefore = regexp.MustCompile(`(?:\b(?:` + strings.Join(slices.Concat(daWorkshopWords, enWorkshopWords), "|") + `)\.?\s+|(?:\d|\b(?:` +
	strings.Join(slices.Collect(maps.Keys(numberWords)), "|") + `))\s*,?\s*(?:` + strings.Join(slices.Concat(daConnectors[:3], enConnectors), "|") + `)\s+)$`)

// rankNounAfter is the noun of a short mark read apart from it ("som 2"
// of "som 2. prioritet", "som anden" of "som anden prioritet").
var rankNounAfter = regexp.MustCompile(`^\.?\s?(?:` + strings.Join(slices.Concat(daRankNounsAfter, enRankNounsAfter), "|") + `)\b`)

// ellipticRank is a rank said without its noun ("og Naboskab min 2."),
// read only beside a priority word.
var (
	rankNoun     = regexp.MustCompile(strings.Join(append(slices.Clone(daRankNouns), enRankNouns...), "|"))
	ellipticRank = newPrefixRe(regexp.MustCompile(`\b(?:` + strings.Join(append(slices.Clone(daRankOwners), enRankOwners...), "|") + `) ([12])\.?(?:\s|$|[,;!?)])`))
)

func overlaps(ms []marker, m marker) bool {
	for _, o := range ms {
		if m.a < o.b && o.a < m.b {
			return true
		}
	}
	return false
}

func sortMarkers(ms []marker) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].a < ms[j-1].a; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// markerNear reports whether a number token stands right by a priority word
// ("2. prioritet 1", "ellers 4", "3 andenprio", "1 som andetvalg").
func markerNear(t *text, ms []marker, tk token) bool {
	for _, m := range ms {
		if m.rank == 0 {
			continue
		}
		if m.b <= tk.a && (tightAfter(t.fold[m.b:tk.a]) || m.rank == 2 && tightAfter(afterThen(t.fold[m.b:tk.a])) || !m.weak && isLinkAfter(t.fold[m.b:tk.a])) {
			return true
		}
		if tk.b <= m.a && nearBefore(t.fold[tk.b:m.a]) {
			return true
		}
		if m.b <= tk.a && rankChangedTo(t, m, tk) {
			return true
		}
	}
	return false
}

var linkBack = wordSet(daLinkBack, enLinkBack)

// nearBefore: what may stand between a workshop and a priority word after it.
func nearBefore(g string) bool {
	g = strings.TrimSpace(strings.Trim(g, " ():-,\"'“”„«»"))
	return g == "" || g == "(" || linkBack[strings.Join(strings.Fields(g), " ")] || linkBack[withoutFillers(g)] || headsOnly(g)
}

// headsOnly: g holds only the head of a workshop's name written apart from
// it ("job-workshoppen først", "sundheds-delen som nr. 1").
func headsOnly(g string) bool {
	ws := strings.Fields(strings.ReplaceAll(g, "-", " "))
	return len(ws) > 0 && !slices.ContainsFunc(ws, func(w string) bool { return !workshopWords[w] && !partHeads[w] })
}

// withoutFillers drops the words that only weigh a link ("er klart mit",
// "is definitely my"): what is left is the link itself.
func withoutFillers(g string) string {
	ws := strings.Fields(g)
	return strings.Join(slices.DeleteFunc(ws, func(w string) bool { return rankFillers[w] }), " ")
}

var rankFillers = wordSet(daRankFillers, enRankFillers)

// bind gives refs their rank from the markers of one sentence.
func bind(t *text, refs []ref, ms []marker) {
	for _, m := range ms {
		if m.rank == 0 || m.pair {
			continue
		}
		fwd, back := -1, -1
		for k := range refs {
			if refs[k].a >= m.b && fwd < 0 {
				fwd = k
			}
			if refs[k].b <= m.a {
				back = k
			}
		}
		target := -1
		switch {
		case fwd >= 0 && (tightAfter(t.fold[m.b:refs[fwd].a]) || m.rank == 2 && tightAfter(afterThen(t.fold[m.b:refs[fwd].a])) || !m.weak && isLinkAfter(t.fold[m.b:refs[fwd].a])):
			target = fwd
		case fwd < 0 && back >= 0 && markOfOwnClause(t, refs[back].b, m):
			// "2 og 4, men først skal jeg høre min chef", "helst begge"
		case back >= 0 && !m.weak && nearBefore(t.fold[refs[back].b:m.a]):
			target = back
		case back >= 0 && !m.weak && pointsBack(t.fold[refs[back].b:m.a]):
			target = back // "sundhed er vigtigt, så det er mit første valg"
		case back >= 0 && !m.weak && pairTail(t.fold[refs[back].b:m.a], t.fold[m.a:m.b]):
			target = back // "den om arbejde og kurser som nr. 1"
		case fwd >= 0 && (!m.weak || back >= 0):
			target = fwd
		case back >= 0 && !m.weak:
			target = back
		}
		if m.weak && target >= 0 && target == fwd && fwd == 0 {
			continue // "ellers" with nothing before it orders nothing
		}
		if target >= 0 && refs[target].rank == 0 {
			refs[target].rank = m.rank
		}
	}
}

// markOfOwnClause reports a 1st-priority word after a comma that goes on to
// say something else ("2 og 4, men først skal jeg høre min chef", "2 og
// 4, helst i den rækkefølge", "det vigtigste er at jeg kommer"): it ranks
// no workshop before the comma. Only a polite word may end its clause
// ("4, helst tak").
func markOfOwnClause(t *text, end int, m marker) bool {
	if m.rank != 1 {
		return false
	}
	g := t.fold[end:m.a]
	k := max(strings.LastIndexAny(g, ",;–—"), strings.LastIndex(g, " - "))
	if k < 0 {
		return false
	}
	tail := t.fold[m.b:min(len(t.fold), m.b+48)]
	if i := strings.IndexAny(tail, ",.;:!?()\n"); i >= 0 {
		tail = tail[:i]
	}
	for w := range strings.FieldsSeq(tail) {
		if !markTail[w] {
			return true
		}
	}
	// "2 og 4, det var det vigtigste": words of its own before it, that
	// do not point back at the workshop ("..., så det er mit førstevalg")
	if pointsBack(g) {
		return false
	}
	for w := range strings.FieldsSeq(strings.Trim(g[k:], ",;–—- ")) {
		// "2 og 4 - 4 som første prioritet": the workshop said again
		if !rankClauseJoins[w] && !linkBack[w] && !workshopWords[w] && (w[0] < '1' || w[0] > '9') {
			return true
		}
	}
	return false
}

var (
	markTail        = wordSet(daMarkTail, enMarkTail)
	rankClauseJoins = wordSet(daRankClauseJoins, enRankClauseJoins)
)

// afterThen is g without a leading "så" (after a comma): after a 2nd
// priority's condition ("hvis den er fuld, så 4") it leads on to the
// workshop. It returns ";" (never tight) when g has none.
func afterThen(g string) string {
	f := strings.Fields(strings.Replace(g, ",", " ", 1))
	if len(f) == 0 || !thenWords[f[0]] || strings.Count(g, ",") > 1 {
		return ";"
	}
	return strings.Join(f[1:], " ")
}

// isLinkAfter: a verb that links a priority word to the bare number after
// it ("my second choice is 3", "min anden prioritet er 3").
func isLinkAfter(g string) bool {
	var rest []string
	for w := range strings.FieldsSeq(tightSeps.Replace(g)) {
		if !workshopWords[w] {
			rest = append(rest, w)
		}
	}
	return len(rest) > 0 && rankIsLinks[strings.Join(rest, " ")]
}

var rankIsLinks = wordSet(daRankIsLink, enRankIsLink)

// tightAfter: what may stand between a priority word and its workshop.
func tightAfter(g string) bool {
	for w := range strings.FieldsSeq(tightSeps.Replace(g)) {
		if !workshopWords[w] {
			return false
		}
	}
	return true
}

// choice is what one attendee asked for.
type choice struct {
	first, second int
	problems      []string
	named         bool // some workshop was named at all
	// secondOnly: a 2nd priority and no 1st. A change may move the 2nd
	// alone ("Kan I ændre mit andet valg til workshop 3?"); a registration
	// without a 1st is unclear.
	secondOnly bool
}

// choose turns ranked and unranked references into a 1st and a 2nd choice.
// Later mentions of an already chosen workshop repeat it; a third workshop,
// a clash of ranks or a workshop that does not exist is a problem for staff.
func choose(refs []ref) choice {
	var c choice
	seen := map[int]int{} // workshop -> index in order
	var order []ref
	for _, r := range refs {
		if r.conflict {
			c.problems = append(c.problems, "a workshop number does not match the name written beside it")
			continue
		}
		if k, ok := seen[r.ws]; ok {
			c.problems = append(c.problems, laterRank(&order[k], r)...)
			continue
		}
		seen[r.ws] = len(order)
		order = append(order, r)
	}
	c.named = len(order) > 0
	slot := map[int]ref{}
	var free []ref
	for _, r := range order {
		if r.rank == 0 {
			free = append(free, r)
			continue
		}
		if _, taken := slot[r.rank]; taken {
			c.problems = append(c.problems, fmt.Sprintf("two workshops are given as priority %d", r.rank))
			continue
		}
		slot[r.rank] = r
	}
	for _, r := range free {
		switch {
		case !has(slot, 1):
			slot[1] = r
		case !has(slot, 2):
			slot[2] = r
		default:
			c.problems = append(c.problems, "more than two workshops are named")
		}
	}
	c.secondOnly = has(slot, 2) && !has(slot, 1)
	// In rank order, so that the reasons come out the same every time.
	for _, rank := range slices.Sorted(maps.Keys(slot)) {
		r := slot[rank]
		if r.missing {
			if r.ws == unknownWS {
				c.problems = append(c.problems, "a workshop that is not on the list is named")
			} else {
				c.problems = append(c.problems, fmt.Sprintf("workshop %d does not exist", r.ws))
			}
			continue
		}
		if rank == 1 {
			c.first = r.ws
		} else {
			c.second = r.ws
		}
	}
	return c
}

// laterRank gives an earlier mention of a workshop the rank a later one
// states ("2 og 4, men helst 4 først", "I'd like 2 and 4. 4 is my first
// choice"): the order comes after the list. Two different ranks for one
// workshop are a problem for staff.
func laterRank(first *ref, later ref) []string {
	switch {
	case later.rank == 0 || later.rank == first.rank:
		return nil
	case first.rank == 0:
		first.rank = later.rank
		return nil
	}
	return []string{fmt.Sprintf("workshop %d is given as priority %d and as priority %d", first.ws, first.rank, later.rank)}
}

func has(m map[int]ref, k int) bool { _, ok := m[k]; return ok }

// tightSeps may stand between a priority and its workshop: "1. prio: 3",
// "prio1=3", "1. prioritet -> 3".
var tightSeps = strings.NewReplacer(":", " ", "-", " ", ".", " ", "(", " ", ")", " ", "\"", " ", "=", " ", ">", " ", "→", " ")
