package parser

import (
	"fmt"
	"maps"
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"tilmeld"
)

// wsPhrase is a name, part of a name or an alias of one workshop, as folded words.
type wsPhrase struct {
	words []string
	ws    int
}

// catalog knows how the event's workshops can be named.
type catalog struct {
	phrases []wsPhrase // longest first
	// byLead holds, for each first byte, the phrases whose first word
	// starts with it, in the order of phrases: a word matches a workshop
	// word only when their first letters are the same (wordMatches), and
	// every token is tried against the catalog.
	byLead  [256][]wsPhrase
	numbers map[int]bool
	last    int
	words   map[string]bool // every word of every name and alias
	// split holds the one-word names and aliases long enough that two
	// written words joining into one ("nabo skab", "ud dannelse") can only
	// be that word broken by a phone's keyboard.
	split map[string]int
	// splitLead and splitLongest are the first bytes and the longest of
	// split's keys: most pairs of words are passed over without a look-up
	splitLead    [256]bool
	splitLongest int
	// topics are the workshops' topic words, folded, read by topicRefs.
	topics []wsPhrase
	// topicLead marks the first bytes of the one-word topics: a word can
	// only match one that it starts like (wordMatches), and most start
	// otherwise.
	topicLead [256]bool
	// titles are the words of each workshop's name and aliases, folded,
	// in the event's order, for titleFragmentOf
	titles []wsPhrase
}

// nameFiller are words in workshop names that name nothing by themselves.
var nameFiller = map[string]bool{"og": true, "and": true, "the": true, "for": true, "med": true, "i": true,
	"af": true, "til": true, "of": true, "in": true, "paa": true, "om": true, "at": true, "en": true, "et": true}

// catalogs keeps the catalog of each event read so far, by the workshops'
// numbers, names and aliases, so that a changed event gets a new one.
var catalogs sync.Map

func catalogFor(ev *tilmeld.Event) *catalog {
	// the event read last, checked field by field: building the key costs
	// more than the rest of a short mail's workshop reading
	if e := lastCatalog.Load(); e != nil && sameWorkshops(e.ws, ev.Workshops) {
		return e.c
	}
	c := catalogByKey(ev)
	ws := make([]tilmeld.Workshop, len(ev.Workshops))
	for i, w := range ev.Workshops {
		ws[i] = tilmeld.Workshop{Number: w.Number, Name: w.Name, Aliases: slices.Clone(w.Aliases), Topics: slices.Clone(w.Topics)}
	}
	lastCatalog.Store(&catalogEntry{ws: ws, c: c})
	return c
}

// catalogEntry is a catalog with the workshops it was made from.
type catalogEntry struct {
	ws []tilmeld.Workshop
	c  *catalog
}

var lastCatalog atomic.Pointer[catalogEntry]

// sameWorkshops reports whether a and b have the same numbers, names and
// aliases: the fields the catalog is made from.
func sameWorkshops(a, b []tilmeld.Workshop) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Number != b[i].Number || a[i].Name != b[i].Name || !slices.Equal(a[i].Aliases, b[i].Aliases) || !slices.Equal(a[i].Topics, b[i].Topics) {
			return false
		}
	}
	return true
}

func catalogByKey(ev *tilmeld.Event) *catalog {
	var key strings.Builder
	for _, w := range ev.Workshops {
		fmt.Fprintf(&key, "%d\x00%s\x00%s\x02%s\x01", w.Number, w.Name, strings.Join(w.Aliases, "\x00"), strings.Join(w.Topics, "\x00"))
	}
	if c, ok := catalogs.Load(key.String()); ok {
		return c.(*catalog)
	}
	c := newCatalog(ev)
	catalogs.Store(key.String(), c)
	return c
}

func newCatalog(ev *tilmeld.Event) *catalog {
	c := &catalog{numbers: map[int]bool{}, words: map[string]bool{}, split: map[string]int{}}
	owners := map[string]map[int]bool{}
	add := func(s string, ws int) {
		words := foldWords(s)
		if len(words) == 0 {
			return
		}
		for _, w := range words {
			c.words[w] = true
		}
		key := strings.Join(words, " ")
		if owners[key] == nil {
			owners[key] = map[int]bool{}
		}
		owners[key][ws] = true
	}
	for _, w := range ev.Workshops {
		c.numbers[w.Number] = true
		c.last = max(c.last, w.Number)
		add(w.Name, w.Number)
		for _, word := range foldWords(w.Name) {
			if len(word) >= 4 && !nameFiller[word] {
				add(word, w.Number)
			}
		}
		for _, a := range w.Aliases {
			add(a, w.Number)
		}
		for _, title := range append([]string{w.Name}, w.Aliases...) {
			c.titles = append(c.titles, wsPhrase{strings.Fields(foldString(title)), w.Number})
		}
		for _, a := range w.Topics {
			if words := foldWords(a); len(words) > 0 {
				c.topics = append(c.topics, wsPhrase{words, w.Number})
				if len(words) == 1 && words[0] != "" {
					c.topicLead[words[0][0]] = true
				}
			}
		}
	}
	for key, ws := range owners {
		if len(ws) != 1 { // a word two workshops share points at neither
			continue
		}
		for n := range ws {
			c.phrases = append(c.phrases, wsPhrase{strings.Fields(key), n})
			if !strings.Contains(key, " ") && len(key) >= minSplitWord {
				c.split[key] = n
				c.splitLead[key[0]] = true
				c.splitLongest = max(c.splitLongest, len(key))
			}
		}
	}
	slices.SortFunc(c.phrases, func(a, b wsPhrase) int {
		if d := len(b.words) - len(a.words); d != 0 {
			return d
		}
		return strings.Compare(strings.Join(a.words, " "), strings.Join(b.words, " "))
	})
	for _, p := range c.phrases {
		lead := p.words[0][0]
		c.byLead[lead] = append(c.byLead[lead], p)
	}
	return c
}

// foldWords folds s and keeps its words, dropping filler.
func foldWords(s string) []string {
	t := newText(s)
	var out []string
	for _, tk := range t.toks {
		if !nameFiller[tk.s] {
			out = append(out, tk.s)
		}
	}
	return out
}

// refKind says how a workshop was named.
type refKind int

const (
	byName refKind = iota
	byNumber
	byOrdinal
)

// ref is one mention of a workshop.
type ref struct {
	ws       int // workshop number; for a number that names no workshop, that number
	missing  bool
	kind     refKind
	i, j     int // tokens [i, j)
	a, b     int // folded span
	rank     int // 1 or 2 once a priority word binds it
	conflict bool
}

// wordMatches reports whether a written word means the workshop word w:
// the same, inflected ("naboskabet", "sundhedsworkshoppen"), or misspelt by
// a letter or two in a long word ("beskeftigelse", "trivsl").
func wordMatches(tok, w string) bool {
	if tok == w {
		return true
	}
	if len(w) >= 5 && strings.HasPrefix(tok, w) && inflections[tok[len(w):]] {
		return true
	}
	if len(w) >= 3 && strings.HasPrefix(tok, w) && partHeads[tok[len(w):]] {
		return true
	}
	if len(w) < 6 || len(tok) < 5 || tok[0] != w[0] {
		return false
	}
	if misspelt(tok, w) {
		return true
	}
	// misspelt before the "s" that joins a compound ("sundhets workshop")
	stem, ok := strings.CutSuffix(tok, "s")
	return ok && len(stem) >= 5 && misspelt(stem, w)
}

// misspelt reports tok as w with a letter wrong, or two in a long word.
func misspelt(tok, w string) bool {
	limit := 1
	if len(w) >= 8 && len(tok) >= 7 {
		limit = 2
	}
	d := len(tok) - len(w)
	if d > limit || -d > limit {
		return false
	}
	return editDistance(tok, w, limit) <= limit
}

var partHeads = wordSet(daPartHeads)

var inflections = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range append(slices.Clone(daInflections), enInflections...) {
		m[s] = true
	}
	return m
}()

// editDistance is the Levenshtein distance of a and b, or limit+1 when larger.
func editDistance(a, b string, limit int) int {
	// Cutting what both start and end with leaves the distance as it is.
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	inf := limit + 1
	if len(a)-len(b) > limit || len(b)-len(a) > limit {
		return inf
	}
	// Each edit brings at most one byte value into a that b lacks, and
	// takes at most one out: more such values than limit on either side
	// is more than limit edits. Most words tried fail here (19 in 20 on
	// the bench's mails), without the table below.
	ma, mb := byteMask(a), byteMask(b)
	if bits.OnesCount64(ma&^mb) > limit || bits.OnesCount64(mb&^ma) > limit {
		return inf
	}
	var rows [2][32]int // a word of a workshop's name fits: no allocation
	prev, cur := rows[0][:], rows[1][:]
	if len(b)+1 >= len(prev) {
		prev, cur = make([]int, len(b)+2), make([]int, len(b)+2)
	}
	for j := 0; j <= len(b); j++ {
		prev[j] = min(j, inf)
	}
	// Only the cells within limit of the diagonal are worked out: one
	// further off holds more than limit, and stands as inf.
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-limit), min(len(b), i+limit)
		cur[0] = min(i, inf)
		if lo > 1 {
			cur[lo-1] = inf
		}
		best := inf
		if lo == 1 {
			best = cur[0]
		}
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost, inf)
			best = min(best, cur[j])
		}
		cur[hi+1] = inf // read by the next row, which reaches one further
		if best > limit {
			return inf
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// byteMask has bit c&63 set for each byte c of s. Two byte values may share
// a bit, which only hides a difference: a bit in one mask and not the
// other is always a byte value in one string and not the other.
func byteMask(s string) uint64 {
	var m uint64
	for i := 0; i < len(s); i++ {
		m |= 1 << (s[i] & 63)
	}
	return m
}

// nameRefs finds workshops named by words in tokens [from, to).
func (c *catalog) nameRefs(t *text, from, to int) []ref {
	var out []ref
	for i := from; i < to; {
		if t.toks[i].num >= 0 {
			i++
			continue
		}
		if len(t.toks[i].s) < 3 { // too short to name a workshop, but "ud dannelse" starts one
			if n, ws := c.splitAt(t, i, to); n > 0 {
				out = append(out, ref{ws: ws, kind: byName, i: i, j: i + n, a: t.toks[i].a, b: t.toks[i+n-1].b})
				i += n
			} else {
				i++
			}
			continue
		}
		n, ws := c.matchAt(t, i, to)
		if n > 0 && i > 0 && relations[t.toks[i].s] && owners[t.toks[i-1].s] {
			n = 0 // "my neighbour" is a person, not a workshop
		}
		if n > 0 && i > 0 && counts[t.toks[i-1].s] > 0 && relations[strings.TrimSuffix(t.toks[i].s, "s")] {
			n = 0 // "two neighbours" are people too
		}
		if n > 0 && eventNounAfter(t, i+n, to) {
			i += n + 1 // "netværks mødet" is the meeting, not a workshop
			continue
		}
		if n == 0 {
			if unknownWorkshop(t.toks[i].s) { // "klimaworkshoppen"
				out = append(out, ref{ws: unknownWS, missing: true, kind: byName, i: i, j: i + 1, a: t.toks[i].a, b: t.toks[i].b})
			}
			i++
			continue
		}
		out = append(out, ref{ws: ws, kind: byName, i: i, j: i + n, a: t.toks[i].a, b: t.toks[i+n-1].b})
		i += n
	}
	return out
}

// minSplitWord is the shortest workshop word read when written in two.
const minSplitWord = 7

// splitAt reads two words with one space between them that together spell
// a one-word workshop name ("nabo skab", "be skæftigelse", "nabo skabet"): 2 and
// the workshop, or 0 when they do not.
func (c *catalog) splitAt(t *text, i, to int) (int, int) {
	if i+1 >= to {
		return 0, 0
	}
	a, b := t.toks[i], t.toks[i+1]
	if a.num >= 0 || b.num >= 0 || b.a != a.b+1 || t.fold[a.b] != ' ' || len(a.s)+len(b.s) < minSplitWord || !c.splitLead[a.s[0]] {
		return 0, 0
	}
	var buf [40]byte
	if len(a.s)+len(b.s) > len(buf) {
		return 0, 0
	}
	k := append(append(buf[:0], a.s...), b.s...)
	if len(k) <= c.splitLongest {
		if ws, ok := c.split[string(k)]; ok {
			return 2, ws
		}
	}
	for n := min(len(k)-1, c.splitLongest); n >= minSplitWord && n > len(a.s); n-- { // "nabo skabet"
		if ws, ok := c.split[string(k[:n])]; ok && inflections[string(k[n:])] {
			return 2, ws
		}
	}
	return 0, 0
}

// unknownWS marks a workshop named by a word that names none of the event's.
const unknownWS = -1

// unknownWorkshop reports a compound with a workshop word whose first part
// names no workshop of the event ("klimaworkshoppen"; the known ones matched
// before this is asked).
func unknownWorkshop(w string) bool {
	if len(w) < 8+4 {
		return false // too short for a first part of 4 and a word of 8 (most tokens)
	}
	for _, ww := range daWorkshopWords {
		if len(ww) >= 8 && strings.HasSuffix(w, ww) && len(w) >= len(ww)+4 {
			return true
		}
	}
	return false
}

// matchAt returns how many tokens from i name a workshop, and which.
func (c *catalog) matchAt(t *text, i, to int) (int, int) {
	if i >= to || t.toks[i].s == "" {
		return 0, 0
	}
	for _, p := range c.byLead[t.toks[i].s[0]] {
		if i+len(p.words) > to {
			continue
		}
		ok := true
		for k, w := range p.words {
			if !wordMatches(t.toks[i+k].s, w) {
				ok = false
				break
			}
		}
		if ok {
			return len(p.words), p.ws
		}
	}
	return c.splitAt(t, i, to)
}

var (
	workshopWords = wordSet(daWorkshopWords, enWorkshopWords)
	connectors    = wordSet(daConnectors, enConnectors)
	units         = wordSet(daUnits, enUnits)
	// possessedAfterMy: what "min" owns when it opens a clause
	possessedAfterMy = wordSet(daPossessedAfterMy, daPossessivePhone, daRelations)
	timeWords        = wordSet(daTimeWords, enTimeWords)
	months           = wordSet(daMonths)
	ordinalAfter     = longestMatch(phrases(enOrdinalAfter, daOrdinalAfter))
	// ordinalAfterOpens: what ordinalRefs reads after an ordinal is
	// mostly something else, passed over without running ordinalAfter
	ordinalAfterOpens = opensOf(ordinalAfter)
	// ordinalAnchored is ordinalAfter at the start of the text only
	ordinalAnchored = longestMatch(regexp.MustCompile(`^(?:` + ordinalAfter.String() + `)`))
	// ordinals are daOrdinals and enOrdinals in one table, read with one
	// look-up for every token of a sentence (the Danish first, as before)
	ordinals = numberTable(enOrdinals, daOrdinals)
)

// numberTable joins tables of words and their numbers, a later table's
// entry over an earlier one's.
func numberTable(tables ...map[string]int) map[string]int {
	out := map[string]int{}
	for _, m := range tables {
		maps.Copy(out, m)
	}
	return out
}

// longestMatch makes re take the longest of the phrases that start at one
// place: "den tredje workshop på listen" runs to "listen", whatever the
// order of the tables, so that a rank after it ("som min 1. prioritet")
// stands right by it.
func longestMatch(re *regexp.Regexp) *regexp.Regexp {
	re.Longest()
	return re
}

func wordSet(lists ...[]string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range l {
			m[w] = true
		}
	}
	return m
}

// ordinalRefs finds "den første workshop", "den sidste på listen".
func (c *catalog) ordinalRefs(t *text, from, to int) []ref {
	var out []ref
	for i := from; i < to; i++ {
		if !t.toks[i].is(classReferWord) { // in none of them: most tokens
			continue
		}
		n, ok := ordinals[t.toks[i].s]
		if !ok || anotherAt(t, from, i) {
			continue
		}
		rest := t.fold[t.toks[i].b:min(len(t.fold), t.toks[i].b+24)]
		m := ordinalAfterAt(rest)
		if m == nil {
			// "ellers den første." after a workshop named by its place
			// "og så nr. 1 som den anden": the priority, not the list's 2nd
			asRank := i >= from+2 && priorityAs[t.toks[i-2].s]
			if !rankOrdinals[t.toks[i].s] {
				rest = strings.TrimPrefix(rest, " one") // "the third one", "the bottom one"
			}
			if asRank || !(i > from && (t.toks[i-1].s == "den" || t.toks[i-1].s == "the") && bareOrdinalEnds(rest) &&
				(c.ordinalNear(t, from, to) || labelBefore(t, i-1, from) || placePair(t, i, from, to) || stepFollows(t, i, to))) {
				continue
			}
			m = []int{0, 0}
		}
		if n <= 0 {
			n += c.last
		}
		end := t.tokenAt(t.toks[i].b + m[1])
		if m[1] > 0 && c.rankLabel(t, i, end, to) {
			continue // "Første workshop: job" ranks job
		}
		out = append(out, ref{ws: n, kind: byOrdinal, i: i, j: end, a: t.toks[i].a, b: t.toks[end-1].b, missing: !c.numbers[n]})
	}
	return out
}

// ordinalAfterAt returns ordinalAfter's match in rest when only white
// space stands before it, nil when there is none. A match opens with one
// of ordinalAfterOpens, no white space: it can only start where the white
// space ends, and is sought there alone, not from every place of rest.
func ordinalAfterAt(rest string) []int {
	if ordinalAfterOpens == nil {
		m := ordinalAfter.FindStringIndex(rest)
		if m == nil || strings.TrimSpace(rest[:m[0]]) != "" {
			return nil
		}
		return m
	}
	q := len(rest) - len(strings.TrimLeftFunc(rest, unicode.IsSpace)) // as TrimSpace trims
	if q == len(rest) || !ordinalAfterOpens[rest[q]] {
		return nil
	}
	m := ordinalAnchored.FindStringIndex(rest[q:])
	if m == nil {
		return nil
	}
	return []int{q, q + m[1]}
}

var priorityAs = wordSet(daPriorityAs, enPriorityAs)

// toWords may stand between "workshop" and its number in a change.
var toWords = wordSet([]string{"til", "to"})

// streetEnds are the endings of Danish street names; houseNo the words
// before a house number.
var (
	houseNo    = wordSet([]string{"nr", "nummer", "no", "number"})
	streetEnds = append(slices.Clone(daStreetEnds), enStreetEnds...)
	livesAt    = wordSet(daLivesAt, enLivesAt)
	liveVerbs  = wordSet(daLiveVerbs, enLiveVerbs)
)

// houseNumberAt: the number at token i is a house number after where
// someone lives ("jeg bor i nr. 4", "I live at number 4"), no workshop.
func houseNumberAt(t *text, i int) bool {
	return i >= 2 && houseNo[t.toks[i-1].s] && addressBefore(t, i-2)
}

// addressBefore reports whether token i ends an address before a house
// number: "bor i", "bor på" or a street name.
func addressBefore(t *text, i int) bool {
	w := t.toks[i].s
	if i > 0 && livesAt[t.toks[i-1].s+" "+w] || liveVerbs[w] {
		return true // "bor i nr 4", and "bor nr 2" with no "i"
	}
	for _, e := range streetEnds {
		if strings.HasSuffix(w, e) && t.toks[i].cap {
			return true
		}
	}
	return addressAround(t, i)
}

// clauseEnds reports whether rest starts with the end of a clause.
func clauseEnds(rest string) bool {
	r := strings.TrimLeft(rest, " ")
	return r == "" || strings.ContainsAny(r[:1], ".,;!\n)")
}

// ordinalNear reports whether the sentence speaks of the list's workshops:
// a workshop word, or the list itself ("den tredje på listen").
func (c *catalog) ordinalNear(t *text, from, to int) bool {
	for i := from; i < to; i++ {
		if workshopWords[t.toks[i].s] || strings.HasPrefix(t.toks[i].s, "workshop") {
			return true
		}
	}
	return from < to && listCue.MatchString(t.fold[t.toks[from].a:t.toks[to-1].b])
}

// labelBefore reports a priority's label right before token i, the
// "den" or "the" of a bare ordinal: "2. prioritet: den sidste", "Second
// choice: the first".
func labelBefore(t *text, i, from int) bool {
	return i-1 >= from && strings.Contains(t.gap(i-1, i), ":") && priorityLabels[t.toks[i-1].s]
}

var (
	rankOrdinals = wordSet(enRankOrdinals)
	listCue      = phrases(daListCue, enListCue)
	ordinalThen  = wordSet(daOrdinalThen, enOrdinalThen)
)

// bareOrdinalEnds reports whether what follows a bare "den første" ends
// its mention: the clause ends, or a backup's condition or the next choice
// follows ("den første hvis der ikke er plads", "the first, or ...").
func bareOrdinalEnds(rest string) bool {
	if clauseEnds(rest) {
		return true
	}
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	return ordinalThen[w]
}

// numberRefs finds workshops given by number. A small number is a workshop
// only where the words say so: after "workshop", "nr.", a priority word or
// another workshop number, or before a priority word; never as a time, a
// date, a count or part of an address.
// run holds the tokens of numbers that follow a person's name in a list line.
func (c *catalog) numberRefs(t *text, from, to int, blocked func(a, b int) bool, marks []marker, run [2]int) []ref {
	var out []ref
	allNumbers := onlyNumbers(t, from, to)
	for i := from; i < to; i++ {
		tk := t.toks[i]
		if tk.num < 0 || len(tk.s) > 2 || tk.num == 0 || blocked(tk.a, tk.b) || notWorkshopNumber(t, i) {
			continue
		}
		explicit := i > from && workshopWords[t.toks[i-1].s] && (looseGap(t.gap(i-1, i)) || wrappedGap(t.gap(i-1, i))) ||
			asideLabelBefore(t, from, i) || // "Workshops (prioriteret): 3 og 1"
			i > from+1 && workshopWords[t.toks[i-2].s] && toWords[t.toks[i-1].s] || // "workshop til 4"
			i > from && t.toks[i-1].s == "w" && t.gap(i-1, i) == "" || // "W2": workshop 2 in short
			typedWorkshopAt(t, from, i) || // "w/s 4", "workshop (2)", "workshop -> 4", "#2"
			tickedAt(t, i) || // "☑ 2", "[x] 4"

			i+1 < to && (t.toks[i+1].s == "eren" || t.toks[i+1].s == "er") && strings.Trim(t.gap(i, i+1), "'") == "" // "2'eren"
		if i > from+1 && (houseNumberAt(t, i) || objectNumberAt(t, i)) {
			continue // "bor i nr. 4", "Hyldevej nr. 4", "min nabo fra nummer 14", "tørretumbler nr. 2"
		}
		chained := len(out) > 0 && out[len(out)-1].b <= tk.a && (isConnector(t.fold[out[len(out)-1].b:tk.a]) || thenGap(t.fold[out[len(out)-1].b:tk.a]) && aloneAt(t, i, to) ||
			c.glossChained(t, out[len(out)-1], i, to)) // "workshop 2 (sundhed) og 1"
		nearMark := markerNear(t, marks, tk)
		listed := i >= run[0] && i < run[1] || (wishedAt(t, from, i) || choiceLabelAt(t, from, i) || signUpNounAt(t, from, i)) && (pairAt(t, i, to) || aloneAt(t, i, to)) ||
			telegraphPairAt(t, i) || // "3+1 Kemal A."
			labelThenPair(t, i, to) || // "Milica: 2 og så 1"
			rankInParens(t, i) || // "3 (første) og 1 (anden)"
			nameBracketAt(t, from, i, to) || // "Karen Olsen (1 og 2), Jens Olsen (3)"
			elidedWishAt(t, from, i, out) || // "Jeg vil på 1 og 2, Karl på 3 og 4"
			forWhomNumberAt(t, from, i, to, out) || // "2 og 4 til mig, 1 og 3 til Lene"
			forAllNumberAt(t, i, to) // "Jens Bo, 1 og 3 til os begge"
		if !(explicit || chained || nearMark || allNumbers || listed) {
			continue
		}
		if !explicit && tk.num > c.last && !(chained && tk.num <= 9) { // "workshop 1 og 5": 5 does not exist
			continue
		}
		out = append(out, ref{ws: tk.num, kind: byNumber, i: i, j: i + 1, a: tk.a, b: tk.b, missing: !c.numbers[tk.num]})
	}
	return out
}

// asideLabelBefore reports a workshop word with an aside in brackets and
// a colon right before token i, as a form's label has them ("Workshop
// (1.-2. prioritet): 3 og 1", "Workshops (prioriteret): 3, 1").
func asideLabelBefore(t *text, from, i int) bool {
	if i-1 < from || strings.Trim(t.gap(i-1, i), " .") != "):" {
		return false
	}
	for k := i - 1; k > from && k >= i-6; k-- {
		if g := strings.TrimSpace(t.gap(k-1, k)); g == "(" {
			return workshopWords[t.toks[k-1].s]
		} else if strings.ContainsAny(g, "()\n") {
			return false
		}
	}
	return false
}

var wishNumbers = wordSet(daWishNumbers, enWishNumbers)

// wishGroup: a group that may stand between a wish and "på" before its
// numbers ("vi vil alle på 2 og 4", "we'd all like to go in 2").
var wishGroup = wordSet([]string{"alle", "begge", "all", "both"})

// signUpNumbers ends right before bare numbers that an order to sign up
// gives ("tilmeld mig 3 og 4", "sign me up for 2", "tilmeld mig: 2 og 1").
var signUpNumbers = newEndPhrases(`\s*:?\s*`, daSignUpNumbers, enSignUpNumbers)

// signUpNumbersAt holds the same phrases as a table: a text it finds none
// of in has no order to sign up anywhere, and the expression is not run
// before every number of it.
var signUpNumbersAt = table(daSignUpNumbers, enSignUpNumbers)

// signUpBefore reports an order to sign up right before token i.
func signUpBefore(t *text, from, i int) bool {
	k := max(from, i-11) // "skriv gerne mig og min mand Tom Holm op til 2"
	if k >= i || t.toks[i].num < 1 || len(t.all(signUpNumbersAt)) == 0 {
		return false
	}
	return signUpNumbers.MatchString(t.fold[t.toks[k].a:t.toks[i].a])
}

// signJoins: the signs that join two workshop numbers as a 1st and a 2nd.
var signJoins = wordSet([]string{"/", "+", "&"})

// joinsSign reports a sign that joins two workshop numbers as a 1st and a
// 2nd: "1/4", "2 + 3", and an arrow that ranks them ("4 > 2", "3 -> 1").
func joinsSign(g string) bool {
	return signJoins[g] || connectorArrows[g]
}

// signedOn reports a sign and another number after the number at token
// i: the ranking runs on ("4 > 2 > 1").
func signedOn(t *text, i, to int) bool {
	return i+1 < to && t.toks[i+1].num > 0 && len(t.toks[i+1].s) == 1 && joinsSign(strings.TrimSpace(t.gap(i, i+1)))
}

// pairAt reports whether token i starts two workshop numbers joined by a
// connector ("1 og 2", "3 & 4").
func pairAt(t *text, i, to int) bool {
	// "hun ønsker 1/4", "jeg tager 2 + 3": a sign joins them without a word
	if i+1 < to && t.toks[i].num > 0 && t.toks[i+1].num > 0 && len(t.toks[i].s) == 1 && len(t.toks[i+1].s) == 1 &&
		joinsSign(strings.TrimSpace(t.gap(i, i+1))) && !notWorkshopNumber(t, i+1) && (aloneAt(t, i+1, to) || signedOn(t, i+1, to)) { // not "1/4 af kagen"
		return true
	}
	return i+2 < to && t.toks[i].num > 0 && t.toks[i+2].num > 0 && len(t.toks[i].s) == 1 && len(t.toks[i+2].s) == 1 &&
		connectors[t.toks[i+1].s] && !notWorkshopNumber(t, i+2)
}

// wishedAt reports whether a wish stands right before token i: "gerne 2",
// "helst i 4", "gerne på 1", "like 3".
func wishedAt(t *text, from, i int) bool {
	if signUpBefore(t, from, i) {
		return true
	}
	if movedTo(t, from, i) {
		return true // "må jeg skifte til 1?", "I'd rather be in 3"
	}
	k := i - 1
	if k > from && wishedComeAt(t, from, k) && t.gap(k, i) == " " && pairAt(t, i, len(t.toks)) {
		return true // "vil gerne komme 2 og 3", as a phone types it
	}
	if k > from && (t.toks[k].s == "i" || t.toks[k].s == "til" || t.toks[k].s == "paa" || t.toks[k].s == "in" || t.toks[k].s == "for") && t.gap(k, i) == " " {
		k--
		if (comeVerbs[t.toks[k].s] || beWith(t, from, k)) && t.gap(k, k+1) == " " && t.toks[k+1].s != "i" && (pairAt(t, i, len(t.toks)) || aloneAt(t, i, len(t.toks))) {
			return true // "jeg kommer på 2 og 3", "kan jeg komme til 4?"
		}
		// "begge til 2 og 4", "both for 2 and 4": a group sent somewhere
		// by itself wishes it
		if k >= from && wishGroup[t.toks[k].s] && t.gap(k, k+1) == " " && (pairAt(t, i, len(t.toks)) || aloneAt(t, i, len(t.toks))) {
			return true
		}
	}
	if invertedWish(t, from, k) {
		return true // "ellers vælger jeg 2", "hvis ikke, tager jeg bare 2"
	}
	return k >= from && wishNumbers[t.toks[k].s] && (t.gap(k, k+1) == " " || wrappedGap(t.gap(k, k+1)))
}

// invertedWish reports a wish whose subject follows its verb, as Danish
// puts it after "ellers" or "så", right before the number after token k:
// "ellers vælger jeg 2", "så tager jeg bare 2". A "bare" or "kun" may
// stand before the number.
func invertedWish(t *text, from, k int) bool {
	if k > from && onlyWords[t.toks[k].s] && t.gap(k, k+1) == " " {
		k--
	}
	return k-1 >= from && invertedSubjects[t.toks[k].s] && wishNumbers[t.toks[k-1].s] && t.gap(k-1, k) == " " && t.gap(k, k+1) == " "
}

var invertedSubjects = wordSet(daInvertedSubjects)

// wishedComeAt reports a verb of coming at token k right after a wish
// ("gerne komme") or the sender alone ("i come 3 and 1", "jeg kommer 2 og
// 4"): before two numbers joined it wishes them, where "kommer 2" alone,
// or "vi kommer 2 og 3", counts people.
func wishedComeAt(t *text, from, k int) bool {
	if k-1 < from || !comeVerbs[t.toks[k].s] || t.gap(k-1, k) != " " {
		return false
	}
	w := t.toks[k-1].s
	return wishNumbers[w] || w == "jeg" || w == "i"
}

// beWith reports "være med" at token k, the "med": before "på" and the
// numbers it comes to them ("vil gerne være med på 2 og 3"); so does a
// "med" that "gerne" or "også" leads ("vil gerne med til 3", "kommer også
// med på 2").
func beWith(t *text, from, k int) bool {
	return t.toks[k].s == "med" && k-1 >= from && withLead[t.toks[k-1].s] && t.gap(k-1, k) == " "
}

var withLead = map[string]bool{"vaere": true, "gerne": true, "ogsaa": true}

// comeVerbs before "på"/"til" and the numbers wish them as wishNumbers do;
// right before a number they count people ("vi kommer 2").
var comeVerbs = wordSet([]string{"komme", "kommer", "come", "coming"})

// aloneAt reports whether the number at token i ends its clause ("min søn
// vil gerne 4", "hun vil helst 3, og ...").
func aloneAt(t *text, i, to int) bool {
	if len(t.toks[i].s) != 1 || t.toks[i].num < 1 {
		return false
	}
	if i+1 >= to {
		return true
	}
	g := t.gap(i, i+1)
	return strings.ContainsAny(g, ",;!?\n") || strings.TrimSpace(g) == "." || connectors[t.toks[i+1].s] && strings.TrimSpace(g) == "" ||
		runOnAt(t, i+1, len(t.fold), false) || // "han vil på 4 jeg vil på 1": the 4 ends a statement
		insteadAt(t, i+1) || // "jeg vil hellere på 3 i stedet"
		companionAfter(t, i+1, to) // "jeg vil på 2 sammen med min mand"
}

// companionAfter reports "sammen med", "together with", or "med"/"with"
// and an owner ("med min mand", "with my wife") from token k: who comes
// along ends the workshop before it as the clause's end does.
func companionAfter(t *text, k, to int) bool {
	if k+1 >= to || t.gap(k-1, k) != " " || t.gap(k, k+1) != " " {
		return false
	}
	w, next := t.toks[k].s, t.toks[k+1].s
	switch {
	case w == "sammen" && next == "med", w == "together" && next == "with":
		return true
	case w == "med" || w == "with":
		return owners[next]
	}
	return false
}

func looseGap(g string) bool { return strings.Trim(g, " \t.:#-") == "" }

// arrowGap: an arrow or brackets between a workshop word and its number
// ("workshop -> 4", "workshop (2)", "ws [3]").
func arrowGap(g string) bool {
	return strings.Trim(g, " \t.:#-=>→([") == "" && strings.ContainsAny(g, ">→([") && !strings.Contains(g, "\n")
}

// connectorArrows join two workshop numbers in order ("2 > 4", "2 -> 4",
// "2 → 4"), on one line: a quote's "> " opens a line.
var connectorArrows = wordSet([]string{">", "->", "-->", "=>", ">>", "→"})

// fillers may stand between two workshop numbers ("4 please, or 2").
var fillers = wordSet(daFillers, enFillers, []string{"."})

func isConnector(g string) bool {
	g = strings.TrimSpace(strings.Trim(g, " "))
	if g == "" {
		return false
	}
	joined := false
	for f := range strings.FieldsSeq(connectorSeps.Replace(g)) {
		if b := strings.Trim(f, "()[]"); b != f { // "(2) og (4)", "[3] og [1]"
			if f = b; f == "" {
				continue
			}
		}
		if !connectors[f] && !fillers[f] && !(connectorArrows[f] && !strings.Contains(g, "\n")) {
			return false
		}
		joined = true
	}
	return joined
}

// thenGap reports a gap between two workshop numbers that orders them
// ("2, så 3", "2, derefter 3", "2, then 3"): "så" there is "then", not "so".
func thenGap(g string) bool {
	then := false
	for f := range strings.FieldsSeq(connectorSeps.Replace(g)) {
		switch {
		case thenWords[f]:
			then = true
		case !connectors[f] && !fillers[f]:
			return false
		}
	}
	return then
}

// onlyNumbers reports whether the tokens are numbers and connectors alone ("3 og 2").
func onlyNumbers(t *text, from, to int) bool {
	n := 0
	for i := from; i < to; i++ {
		switch {
		case t.toks[i].num >= 0:
			n++
		case !t.toks[i].is(classConnector):
			return false
		}
	}
	return n >= 2
}

// notWorkshopNumber spots times, dates, counts and addresses around token i.
func notWorkshopNumber(t *text, i int) bool {
	tk := t.toks[i]
	after := t.fold[tk.b:min(len(t.fold), tk.b+3)]
	if strings.HasPrefix(after, ":") || (len(after) >= 2 && (after[0] == '.' || after[0] == '-') && isDigit(after[1])) {
		return true // 16.30, 18:00, 2-3
	}
	if len(after) >= 2 && after[0] == '/' && isDigit(after[1]) && (tk.num > 9 || i+1 < len(t.toks) && t.toks[i+1].num > 9) {
		return true // 29/9, 1/10: a date; "1/3" may be a 1st and a 2nd
	}
	if bothCountAt(t, i) {
		return true // "vi kommer begge 2": a head count
	}
	if i > 0 {
		p := t.toks[i-1]
		g := t.fold[p.b:tk.a]
		if timeWords[p.s] && looseGap(g) {
			return true
		}
		if p.num >= 0 && (strings.TrimSpace(g) == "." || strings.TrimSpace(g) == "-" || g == "/" && p.num > 9) {
			return true // 16.30, 2-3, 29/9
		}
	}
	if i+1 < len(t.toks) {
		n := t.toks[i+1]
		g := t.fold[tk.b:n.a]
		// "workshop 1 min 2.": "min" is "my" before a rank, not minutes;
		// so before a noun it owns ("2 og 1 min tlf er ...")
		myRank := n.s == "min" && i+2 < len(t.toks) && (t.toks[i+2].num > 0 || possessedAfterMy[t.toks[i+2].s])
		// a unit on the next line is no unit of the number ("4 og 1\nMin kollega: ...")
		if units[n.s] && strings.TrimSpace(g) == "" && !strings.Contains(g, "\n") && !myRank {
			return true
		}
		if months[n.s] && looseGap(g) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// listItem is a numbered line: "1) Sundhed", "2. Job".
var listItem = regexp.MustCompile(`^\s*([1-9])[.)][ \t]+\S`)

var connectorSeps = strings.NewReplacer("/", " / ", "+", " + ", "&", " & ", ",", " , ", ".", " . ") // "1, evt. 2"

// rankInParens reports a priority in brackets right after the number at
// token i ("1 (anden)"), which makes the number a workshop.
func rankInParens(t *text, i int) bool {
	n, _ := parenRankAfter(t.fold, t.toks[i].b)
	return n > 0 && len(t.toks[i].s) == 1
}
