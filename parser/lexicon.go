package parser

import (
	"bytes"
	"math/bits"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// The language tables (lexicon_da.go, lexicon_en.go) are lists of phrases
// over folded text: lower case, æ ø å written ae oe aa, accents dropped. A
// phrase is a regular expression whose spaces match any run of white space
// (a phrase may wrap onto the next line), matched on word boundaries.

// phrases compiles lists of phrases into one matcher.
func phrases(lists ...[]string) *regexp.Regexp {
	var alts []string
	for _, l := range lists {
		for _, p := range l {
			alts = append(alts, loosenSpaces(p))
		}
	}
	return regexp.MustCompile(`\b(?:` + strings.Join(alts, "|") + `)\b`)
}

// loosenSpaces lets each space of a phrase match any run of white space or
// hyphens ("gluten free", "gluten-free"), but not a space inside a bracket
// of characters, which the rewriting would break ("[ ,]+"). A space made
// optional ("1\\.? ?prioritet") may be left out in the text too:
// "1.prioritet", "1. prioritet", "1 - prioritet".
func loosenSpaces(p string) string {
	if !strings.ContainsAny(p, "[?*+") {
		return strings.ReplaceAll(p, " ", `[\s\-]+`)
	}
	var b strings.Builder
	inClass := false
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == '\\' && i+1 < len(p):
			b.WriteByte(c)
			i++
			b.WriteByte(p[i])
		case c == '[':
			inClass = true
			b.WriteByte(c)
		case c == ']':
			inClass = false
			b.WriteByte(c)
		case c == ' ' && !inClass && i+1 < len(p) && (p[i+1] == '?' || p[i+1] == '*'):
			b.WriteString(`[\s\-]*`)
			i++
		case c == ' ' && !inClass && i+1 < len(p) && p[i+1] == '+':
			b.WriteString(`[\s\-]+`)
			i++
		case c == ' ' && !inClass:
			b.WriteString(`[\s\-]+`)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// matcher is a table of phrases with the literal words that every match
// must contain, so that a text holding none of them is passed over without
// running the regular expression (a long alternation is slow to run, and
// is not even compiled: the phrases are run one by one).
type matcher struct {
	id     int32    // the table's number, from 0 in the order they are built
	stems  []string // nil: no cheap test, always run
	stemNs []needle // stems, numbered
	// stemGroups are stemNs grouped for a test against a needle set: a
	// table has dozens of stems, and their numbers lie close together.
	stemGroups needleGroups
	// alts are the phrases one by one: a short expression runs much faster
	// than a long alternation, and only where its words occur.
	alts []alt
	// altStem is, for each phrase with one stem, that stem's number, and
	// -1 for the others: a scan tests most phrases by this alone, without
	// reading the phrase, and a table has dozens.
	altStem []int32
	// byStem is the phrases indexed by their one stem, so that a scan
	// reads only those whose stem the text holds; nil until the needles
	// are numbered (see indexStems).
	byStem *stemIndex
}

// stemIndex is a table's phrases by what a needle set says of them.
type stemIndex struct {
	// rest are the phrases tried one by one: those with more stems than
	// one, none, or one the needle set does not know.
	rest []int32
	// restNo numbers the tables with a rest, from 0, for needleSet.rests;
	// -1 for one without
	restNo int32
	// words are the other phrases by the word of needleSet.bits their
	// stem's number falls in, in the order of the words.
	words []stemWord
}

// stemWord is the phrases whose stems' numbers fall in one word of
// needleSet.bits.
type stemWord struct {
	w    int32
	mask uint64 // the stems' bits in the word
	// stems and alts are, per bit of mask from the lowest, the stem and
	// the phrases that have it, in the table's order
	stems []string
	alts  [][]int32
}

// tableCount is how many tables have been built.
var tableCount atomic.Int32

// tablesToIndex are the tables built before the needles were numbered:
// init indexes them.
var tablesToIndex []*matcher

// indexStems builds m.byStem; the needles must be numbered.
func (m *matcher) indexStems() {
	x := &stemIndex{}
	for k, id := range m.altStem {
		if id < 0 || id >= knownNeedles {
			x.rest = append(x.rest, int32(k))
			continue
		}
		w, bit := id>>6, uint64(1)<<(id&63)
		i := slices.IndexFunc(x.words, func(sw stemWord) bool { return sw.w == w })
		if i < 0 {
			i = len(x.words)
			x.words = append(x.words, stemWord{w: w})
		}
		sw := &x.words[i]
		j := bits.OnesCount64(sw.mask & (bit - 1))
		if sw.mask&bit == 0 {
			sw.mask |= bit
			sw.stems = slices.Insert(sw.stems, j, m.alts[k].stemNs[0].s)
			sw.alts = slices.Insert(sw.alts, j, nil)
		}
		sw.alts[j] = append(sw.alts[j], int32(k))
	}
	slices.SortFunc(x.words, func(a, b stemWord) int { return int(a.w - b.w) })
	x.restNo = -1
	if len(x.rest) > 0 {
		x.restNo = restTables
		restTables++
	}
	m.byStem = x
	for k := range m.alts {
		m.alts[k].needMasks = needMasksOf(m.alts[k].needs)
	}
	for _, k := range x.rest {
		a := &m.alts[k]
		needs := slices.Clip(a.needs)
		for _, ns := range [][]needle{a.stemNs, a.prefixNs} {
			if ns != nil {
				needs = append(needs, ns)
			}
		}
		a.textMasks = needMasksOf(needs)
	}
}

// restTables is how many tables have a stemIndex.rest.
var restTables int32

// needMask is the bits of some needles in one word of needleSet.bits.
type needMask struct {
	w    int32
	mask uint64
}

// needMasksOf is needs as bits of needleSet.bits, for mayHoldNeeds to test
// a word at a time: a need with a needle the set does not know may be met
// anywhere and is left out.
func needMasksOf(needs [][]needle) [][]needMask {
	var out [][]needMask
	for _, ns := range needs {
		if slices.ContainsFunc(ns, func(n needle) bool { return n.id >= knownNeedles }) {
			continue
		}
		ms := []needMask{}
		for _, n := range ns {
			w, bit := n.id>>6, uint64(1)<<(n.id&63)
			if i := slices.IndexFunc(ms, func(m needMask) bool { return m.w == w }); i >= 0 {
				ms[i].mask |= bit
			} else {
				ms = append(ms, needMask{w, bit})
			}
		}
		out = append(out, ms)
	}
	return out
}

// alt is one phrase with the words it cannot match without.
type alt struct {
	expr  string   // the phrase as an expression
	stems []string // nil: always run
	// prefixes are literal strings one of which every match starts with,
	// nil when there is no such set. With them the phrase is tried only
	// where a prefix occurs, instead of the regular expression being
	// started at every place of the text.
	prefixes []string
	// run is what the phrase runs, built when it is first tried: most
	// phrases are never tried in a run of the program, and compiling them
	// all would be most of its start-up (and live heap the collector marks
	// on every cycle). nil for a phrase of plain words, which runs nothing.
	run *altRun
	// word is set for a phrase that is a plain word ("afbud"), or a plain
	// word and any letters after it (`frameld\w*`, with stem true): its
	// matches are found without the expression.
	words []string // a phrase of plain words ("mange tak"): each of them, nil otherwise
	stem  bool
	// stemNs and prefixNs are stems and prefixes, numbered
	stemNs, prefixNs []needle
	// needs are more sets of words, numbered, one of each of which every
	// match holds, read from the parts of the phrase in turn: a text
	// without the words of one of them is passed over ("tilmeld\w* ...
	// (beboere|unge)" where "tilmeld" is and no "beboere" nor "unge").
	needs [][]needle
	// needMasks are needs as bits, set with the table's index (when the
	// needles the set knows are numbered)
	needMasks [][]needMask
	// textMasks are, for a phrase of a stemIndex.rest, needMasks with the
	// stems and the prefixes as two more needs: what restOf tests
	textMasks [][]needMask
}

// altRun is the compiled part of a phrase that is not plain words.
type altRun struct {
	once sync.Once
	// re is the expression, for a phrase without prefixes; anch is it
	// anchored at the start, for one with them.
	re, anch *regexp.Regexp
	// leads are longer literal openings one of which every match starts
	// with, read across the white space between words (see leadSet). A
	// place where none of them stands is passed over without running anch;
	// nil when there are none beyond the prefixes.
	leads *leadSet
}

// compiled returns a.run, built on the first call; Parse may run on
// several goroutines at once.
func (a *alt) compiled() *altRun {
	r := a.run
	r.once.Do(func() {
		if a.prefixes == nil {
			r.re = regexp.MustCompile(a.expr)
			return
		}
		r.anch = regexp.MustCompile(`^` + a.expr)
		r.leads = newLeadSet(a.expr, a.prefixes)
	})
	return r
}

func table(lists ...[]string) *matcher {
	m := &matcher{id: tableCount.Add(1) - 1}
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	m.alts = make([]alt, 0, n)
	m.altStem = make([]int32, 0, n)
	runs := make([]altRun, n)
	all := true
	for _, l := range lists {
		for _, p := range l {
			expr := `(?:` + loosenSpaces(p) + `)\b`
			a := alt{expr: expr}
			if w, ok := strings.CutSuffix(p, `\w*`); plainWords.MatchString(w) {
				a.words, a.stem = strings.Split(w, " "), ok
			}
			// A phrase of plain words is read without parsing it (half the
			// phrases, and parsing is most of building a table); another is
			// parsed once for the readings below. One that does not parse
			// stops the program at start-up, as compiling it would.
			var re *syntax.Regexp
			if a.words != nil {
				a.prefixes = plainPrefixes(a.words)
			} else {
				var err error
				if re, err = syntax.Parse(expr, syntax.Perl); err != nil {
					panic("parser: phrase " + strconv.Quote(p) + ": " + err.Error())
				}
				re = re.Simplify()
				a.prefixes = literalPrefixes(re)
			}
			if a.prefixes == nil || a.words == nil {
				a.run = &runs[len(m.alts)]
			}
			for _, part := range splitTop(p) {
				st := stemOf(part)
				if st == "" {
					a.stems = nil
					break
				}
				a.stems = append(a.stems, st)
			}
			a.stemNs = needles(a.stems)
			a.prefixNs = needles(a.prefixes)
			for _, n := range a.prefixNs {
				if knownNeedles == 0 && n.id < maxNeedles {
					isPrefix[n.id] = true // for init's automaton
				}
			}
			if re != nil {
				a.needs = needsOf(re, a.stems)
			} else {
				a.needs = plainNeeds(a.words, a.stems)
			}
			all = all && a.stems != nil
			m.stems = append(m.stems, a.stems...)
			m.alts = append(m.alts, a)
			stem := int32(-1)
			if len(a.stemNs) == 1 {
				stem = a.stemNs[0].id
			}
			m.altStem = append(m.altStem, stem)
		}
	}
	if !all {
		m.stems = nil
	}
	m.stemNs = needles(m.stems)
	m.stemGroups = groupNeedles(m.stemNs)
	if knownNeedles > 0 {
		m.indexStems()
	} else {
		tablesToIndex = append(tablesToIndex, m)
	}
	return m
}

// plainPrefixes is literalPrefixes of a phrase of plain words: the first
// word, or, with more words, the first and each byte [\s\-] matches.
func plainPrefixes(words []string) []string {
	if len(words) == 1 {
		return []string{words[0]}
	}
	out := make([]string, 0, 6)
	for _, c := range "\t\n\f\r -" { // in byte order, as shortestPrefixes leaves them
		out = append(out, words[0]+string(c))
	}
	return out
}

// plainNeeds is needsOf a phrase of plain words: each word of two letters
// or more that is not the phrase's one stem.
func plainNeeds(words, stems []string) [][]needle {
	var out [][]needle
	for _, w := range words {
		if ws := []string{w}; len(w) >= 2 && !slices.Equal(ws, stems) {
			out = append(out, needles(ws))
		}
	}
	return out
}

// needsOf returns sets of words, one of each of which every match of re
// (parsed and simplified) holds: those of the parts of a sequence, but for
// the stems and sets of a word shorter than two letters.
func needsOf(re *syntax.Regexp, stems []string) [][]needle {
	if re.Op != syntax.OpConcat {
		return nil
	}
	var out [][]needle
	for _, sub := range re.Sub {
		ws := needWords(sub, false)
		ok := len(ws) > 0 && !slices.Equal(ws, stems)
		for _, w := range ws {
			ok = ok && len(w) >= 2
		}
		if ok {
			out = append(out, needles(ws))
		}
	}
	return out
}

// phraseHit is where phrase k of a table matched.
type phraseHit struct{ a, b, k int }

// findAll finds the phrases in s as the whole alternation would, leftmost
// first and, at one place, the phrase listed first.
func (m *matcher) findAll(s string) [][]int {
	return m.findAllWith(s, needlesIn(s))
}

// findAllWith is findAll for s whose needles are g.
func (m *matcher) findAllWith(s string, g *needleSet) [][]int {
	buf := scanBufs.Get().(*scanBuf)
	hits := m.collect(buf, s, g, false)
	var out [][]int
	if n := countKept(hits); n > 0 {
		// one array under all the spans, each span capped so an append copies
		out = make([][]int, 0, n)
		flat := make([]int, 2*n)
		end := -1
		for _, h := range hits {
			if h.a >= end {
				i := 2 * len(out)
				flat[i], flat[i+1] = h.a, h.b
				out = append(out, flat[i:i+2:i+2])
				end = max(h.b, h.a+1)
			}
		}
	}
	buf.hits = hits[:0]
	scanBufs.Put(buf)
	return out
}

// countKept counts the hits scan keeps: each one that starts after the
// last kept one ends.
func countKept(hits []phraseHit) int {
	n, end := 0, -1
	for _, h := range hits {
		if h.a >= end {
			n++
			end = max(h.b, h.a+1)
		}
	}
	return n
}

// findPhrases is findAll telling which phrase matched.
func (m *matcher) findPhrases(s string) []phraseHit {
	return m.scan(s, needlesIn(s), false)
}

// scanBuf is the scratch space of a scan, reused from one to the next.
type scanBuf struct {
	at   []int       // where one phrase's prefixes occur
	xs   []int       // one phrase's matches, start and end in turn
	hits []phraseHit // every phrase's matches, overlaps and all
}

var scanBufs = sync.Pool{New: func() any { return new(scanBuf) }}

// scan finds the phrases in s, whose needles are g; with any it stops at
// the first hit.
func (m *matcher) scan(s string, g *needleSet, any bool) []phraseHit {
	buf := scanBufs.Get().(*scanBuf)
	hits := m.collect(buf, s, g, any)
	var out []phraseHit
	if n := countKept(hits); n > 0 {
		// counted first, so that out is allocated once
		out = make([]phraseHit, 0, n)
		end := -1
		for _, h := range hits {
			if h.a >= end {
				out = append(out, h)
				end = max(h.b, h.a+1)
			}
		}
	}
	buf.hits = hits[:0]
	scanBufs.Put(buf)
	return out
}

// collect appends to buf.hits the phrases' matches in s that start on a
// word boundary, sorted by place and then by phrase; with any it stops at
// the first.
func (m *matcher) collect(buf *scanBuf, s string, g *needleSet, any bool) []phraseHit {
	hits := buf.hits[:0]
	exact := g != nil && s == g.text
	if g == nil || m.byStem == nil {
		for k := range m.alts {
			if a := &m.alts[k]; a.stems != nil && !anyNeedleIn(s, g, exact, a.stemNs) || g != nil && !a.mayHoldNeeds(g) {
				continue
			}
			var found bool
			if hits, found = m.tryAlt(buf, hits, k, s, g, any); found {
				return hits
			}
		}
	} else {
		// The phrases are read in any order: the hits are sorted below. Of
		// those with one stem, only the ones whose stem the set holds.
		var found bool
		rest := m.byStem.rest
		if !exact {
			rest = g.restOf(m)
		}
		for _, k := range rest {
			if a := &m.alts[k]; a.stems != nil && !anyNeedleIn(s, g, exact, a.stemNs) || !a.mayHoldNeeds(g) {
				continue
			}
			if hits, found = m.tryAlt(buf, hits, int(k), s, g, any); found {
				return hits
			}
		}
		for i := range m.byStem.words {
			sw := &m.byStem.words[i]
			for hit := g.bits[sw.w] & sw.mask; hit != 0; hit &= hit - 1 {
				j := bits.OnesCount64(sw.mask & (hit&-hit - 1))
				if !exact && !strings.Contains(s, sw.stems[j]) {
					continue
				}
				for _, k := range sw.alts[j] {
					// most phrases fail here, on a word the text lacks:
					// tested before the call
					if !m.alts[k].mayHoldNeeds(g) {
						continue
					}
					if hits, found = m.tryAlt(buf, hits, int(k), s, g, any); found {
						return hits
					}
				}
			}
		}
	}
	slices.SortFunc(hits, func(x, y phraseHit) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return x.k - y.k
	})
	return hits
}

// tryAlt appends to hits phrase k's matches in s, whose needles are g,
// that start on a word boundary; with any, found says it stopped at one.
// The caller has checked the phrase's needs (mayHoldNeeds).
func (m *matcher) tryAlt(buf *scanBuf, hits []phraseHit, k int, s string, g *needleSet, any bool) (_ []phraseHit, found bool) {
	a := &m.alts[k]
	buf.xs, buf.at = a.appendAll(buf.xs[:0], buf.at[:0], s, g)
	for i := 0; i < len(buf.xs); i += 2 {
		// the word boundary in front is checked here, so that the
		// expression starts with its literal words and runs fast
		if p := buf.xs[i]; p == 0 || !wordByte(s[p-1]) || !wordByte(s[p]) {
			hits = append(hits, phraseHit{p, buf.xs[i+1], k})
			if any {
				return hits, true
			}
		}
	}
	return hits, false
}

// restOf returns the phrases of m.byStem.rest that may match in the text
// of g, decided once for the text: a table read line by line (the diet
// words) otherwise tests each of them on every line, though most can
// match nowhere in the text.
func (g *needleSet) restOf(m *matcher) []int32 {
	no := m.byStem.restNo
	if no < 0 {
		return nil
	}
	if g.rests == nil {
		g.restLimit = restTables
	}
	if no >= g.restLimit {
		return m.byStem.rest // a table built after the set
	}
	for _, e := range g.rests {
		if e.no == no {
			return e.alts
		}
	}
	n := 0
	for _, k := range m.byStem.rest {
		if holdsAll(g, m.alts[k].textMasks) {
			n++
		}
	}
	var r []int32
	switch n {
	case len(m.byStem.rest):
		r = m.byStem.rest
	case 0:
	default:
		r = make([]int32, 0, n)
		for _, k := range m.byStem.rest {
			if holdsAll(g, m.alts[k].textMasks) {
				r = append(r, k)
			}
		}
	}
	g.rests = append(g.rests, tableRest{no, r})
	return r
}

// tableRest is what restOf returned for table no in a text.
type tableRest struct {
	no   int32
	alts []int32
}

// mayHoldNeeds reports whether the text of g holds a word of each of the
// phrase's needs.
func (a *alt) mayHoldNeeds(g *needleSet) bool { return holdsAll(g, a.needMasks) }

// holdsAll reports whether the set g holds a needle of each of needs.
func holdsAll(g *needleSet, needs [][]needMask) bool {
next:
	for _, ms := range needs {
		for _, m := range ms {
			if g.bits[m.w]&m.mask != 0 {
				continue next
			}
		}
		return false
	}
	return true
}

// matchIn reports whether one of the phrases is in s, whose needles are g.
func (m *matcher) matchIn(s string, g *needleSet) bool {
	buf := scanBufs.Get().(*scanBuf)
	hits := m.collect(buf, s, g, true)
	buf.hits = hits[:0]
	scanBufs.Put(buf)
	return len(hits) > 0
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// stemOf returns the longest run of plain letters that every match of the
// phrase (one without a top-level "|") contains: outside any group, class
// or optional part; "" when there is none.
func stemOf(p string) string {
	best := ""
	for _, run := range plainRuns(p) {
		if len(run) > len(best) {
			best = run
		}
	}
	if len(best) < 2 {
		return ""
	}
	return best
}

// plainRuns returns the runs of plain letters of a phrase outside any
// group, class or optional part, in order.
func plainRuns(p string) []string {
	var runs []string
	depth := 0
	for i := 0; i < len(p); {
		switch c := p[i]; {
		case c == '(' || c == '[':
			depth++
			i++
		case c == ')' || c == ']':
			depth--
			i++
		case c == '\\':
			i += 2
		case depth == 0 && c >= 'a' && c <= 'z':
			j := i
			for j < len(p) && p[j] >= 'a' && p[j] <= 'z' {
				j++
			}
			run := p[i:j]
			if j < len(p) && strings.ContainsRune("?*{", rune(p[j])) {
				run = run[:len(run)-1] // the last letter is optional
			}
			runs = append(runs, run)
			i = j
		default:
			i++
		}
	}
	return runs
}

// splitTop splits a pattern at the bars outside groups.
func splitTop(p string) []string {
	var out []string
	depth, last := 0, 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case '\\':
			i++
		case '|':
			if depth == 0 {
				out = append(out, p[last:i])
				last = i + 1
			}
		}
	}
	return append(out, p[last:])
}

// mayMatch reports whether s holds one of the stems.
func (m *matcher) mayMatch(s string) bool {
	if m.stems == nil {
		return true
	}
	return m.stemGroups.anyIn(s, needlesIn(s))
}

func (m *matcher) MatchString(s string) bool {
	return m.matchIn(s, needlesIn(s))
}

// wordByte is what \b counts as part of a word.
func wordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func (m *matcher) FindAllString(s string, _ int) []string {
	var out []string
	for _, x := range m.findAll(s) {
		out = append(out, s[x[0]:x[1]])
	}
	return out
}

func (m *matcher) FindAllStringIndex(s string, _ int) [][]int { return m.findAll(s) }

// lexicon holds every table compiled once.
var lex = struct {
	register, registerNot, cancel, maybe, update, substitute, conditional                         *matcher
	decide, noPref, both, contribute, attachment, forward, replyTo, spam, newsletter, unsubscribe *matcher
	first, second, noSecond, context, botRequest, question, onBehalf, stillComing, keepsAsIs      *matcher
	switchboard, ownPhone, otherPhone, signOff, thanksAllRight                                    *matcher
}{
	register:       table(daRegister, enRegister),
	registerNot:    table(slices.Concat(daRegisterNot, daSignUpLater), slices.Concat(enRegisterNot, enSignUpLater)),
	cancel:         table(daCancel, enCancel),
	maybe:          table(daMaybe, enMaybe),
	update:         table(daUpdate, enUpdate),
	substitute:     table(daSubstitute, enSubstitute),
	conditional:    table(daConditional, enConditional),
	decide:         table(daDecide, enDecide),
	noPref:         table(daNoPreference, enNoPreference),
	both:           table(daBoth, enBoth),
	contribute:     table(daContribute, enContribute),
	attachment:     table(daAttachment, enAttachment),
	forward:        table(daForward, enForward),
	replyTo:        table(daReplyTo, enReplyTo),
	spam:           table(daSpam, enSpam),
	newsletter:     table(daNewsletter, enNewsletter),
	unsubscribe:    table(daUnsubscribe, enUnsubscribe),
	first:          table(daFirst, enFirst),
	second:         table(daSecond, enSecond),
	noSecond:       table(daNoSecond, enNoSecond),
	context:        table(daContext, enContext, daPeopleNeed, enPeopleNeed, daMotive, enMotive),
	botRequest:     table(daBotRequest, enBotRequest),
	question:       table(daQuestion, enQuestion),
	onBehalf:       table(daOnBehalf, enOnBehalf),
	stillComing:    table(daStillComing, enStillComing),
	keepsAsIs:      table(daKeepsAsIs, enKeepsAsIs),
	switchboard:    table(daSwitchboard, enSwitchboard),
	ownPhone:       table(daOwnPhone, enOwnPhone),
	otherPhone:     table(daOtherPhone, enOtherPhone),
	signOff:        table(daSignOff, enSignOff),
	thanksAllRight: table(daThanksAllRight, enThanksAllRight),
}

// dietWords holds every phrase about food, in order: "nothing special"
// first, then "allergic to", then the tag tables, so that at one place the
// phrase listed first wins ("vegetar, men spiser fisk" before "vegetar").
// dietKinds[k] says what phrase k means: "none", "allergy" or a tag.
var dietWords, dietKinds = func() (*matcher, []string) {
	var lists [][]string
	var kinds []string
	add := func(ps []string, kind string) {
		lists = append(lists, spokenNot(ps))
		for range ps {
			kinds = append(kinds, kind)
		}
	}
	add(daDietNone, "none")
	add(enDietNone, "none")
	add(daAllergy, "allergy")
	add(enAllergy, "allergy")
	add(enAllergyPlain, "allergy")
	add(enReactionPast, "none")
	add(daReactionAfter, reactionAfter)
	add(enReactionAfter, reactionAfter)
	add(daReactionBefore, reactionBefore)
	add(enReactionBefore, reactionBefore)
	for _, t := range [][][2]string{daDiet, enDiet, daDietPlain, enDietPlain, daDietMedical, enDietMedical} {
		for _, e := range t {
			add([]string{e[0]}, e[1])
		}
	}
	return table(lists...), kinds
}()

// spokenNot lets each "ikke" of the phrases be written as it is said,
// "ik" or "ikk" ("jeg spiser ik svin"), as mail typed on a phone has it.
func spokenNot(ps []string) []string {
	out := make([]string, len(ps))
	for k, p := range ps {
		out[k] = ikkeWord.ReplaceAllString(p, `(?:ikke|ikk|ik)`)
	}
	return out
}

var ikkeWord = regexp.MustCompile(`\bikke\b`)

// allergenRule maps what someone is allergic to onto a tag.
type allergenRule struct {
	re  *regexp.Regexp
	tag string
}

// allergenTable: anything not in it is "other".
var allergenTable = func() []allergenRule {
	var out []allergenRule
	for _, t := range [][][2]string{daAllergens, enAllergens} {
		for _, e := range t {
			out = append(out, allergenRule{phrases([]string{e[0]}), e[1]})
		}
	}
	return out
}()

// allergenRestates: see daAllergenRestates.
var allergenRestates = func() []allergenRule {
	var out []allergenRule
	for _, t := range [][][2]string{daAllergenRestates, enAllergenRestates} {
		for _, e := range t {
			out = append(out, allergenRule{phrases([]string{e[0]}), e[1]})
		}
	}
	return out
}()

// appendAll appends to xs the starts and ends of what
// a.run.re.FindAllStringIndex(s, -1) returns, up to the last match that may
// start on a word boundary (scan keeps no other); at is scratch space, and
// both are returned for reuse. With prefixes, the leftmost match at or
// after a place is the anchored match at the first place from there where
// one of the prefixes occurs and the anchored expression matches; every
// match is at least one byte long.
func (a *alt) appendAll(xs, at []int, s string, g *needleSet) ([]int, []int) {
	if a.prefixes == nil {
		for _, x := range a.compiled().re.FindAllStringIndex(s, -1) {
			xs = append(xs, x[0], x[1])
		}
		return xs, at
	}
	exact := g != nil && s == g.text
	if g == nil && len(a.words) > 1 {
		// the prefixes are the first word with each byte a space matches
		// after it: one search for the word finds them all, in order
		at = appendWordStarts(at, s, a.words[0])
	} else {
		for k, p := range a.prefixes {
			switch n := &a.prefixNs[k]; {
			case !n.mayBeIn(g):
			case exact && n.id < knownNeedles:
				at = g.appendIndexes(at, n)
			default:
				at = appendIndexes(at, s, p)
			}
		}
	}
	if len(at) == 0 {
		return xs, at
	}
	if len(a.prefixes) > 1 {
		slices.Sort(at)
	}
	var run *altRun
	if a.words == nil {
		run = a.compiled()
	}
	// A match that does not start a word is dropped by scan; it matters only
	// when it runs over a later place that does start one. Past the last
	// such place no match is needed.
	last := -1
	for k := len(at) - 1; k >= 0; k-- {
		if p := at[k]; p == 0 || !wordByte(s[p-1]) || !wordByte(s[p]) {
			last = p
			break
		}
	}
	end := 0
	var rd *strings.Reader
	for k, p := range at {
		if p > last {
			break
		}
		if p < end || (k > 0 && at[k-1] == p) {
			continue
		}
		if a.words != nil {
			if e := a.wordsAt(s, p); e >= 0 {
				xs = append(xs, p, e)
				end = e
			}
			continue
		}
		if run.leads != nil && !run.leads.at(s[p:]) {
			continue
		}
		var x []int
		if len(s)-p <= 512 {
			// the backtracker, whose set-up grows with what follows p
			x = run.anch.FindStringIndex(s[p:])
		} else {
			if rd == nil {
				rd = readers.Get().(*strings.Reader)
			}
			rd.Reset(s[p:])
			x = run.anch.FindReaderIndex(rd)
		}
		if x != nil {
			xs = append(xs, p, p+x[1])
			end = p + x[1]
		}
	}
	if rd != nil {
		readers.Put(rd) // not deferred: a defer in the loop costs every call
	}
	return xs, at
}

// sepMark stands in a lead for a run of the white space and dashes that
// a space in a phrase matches ([\s\-]+); wordPlus and wordStar for a run
// of word bytes (\w+, \w*) that white space or a dash ends.
const (
	sepMark  = 0
	wordPlus = 1
	wordStar = 2
)

// moreThanPrefixes returns the openings of expr, read with leaf (at most
// limit of them, none longer than maxLen when it is not 0), when they say
// more than its prefixes; nil when they do not, or cannot be had. No
// opening holds a separator byte but sepMark, nor two sepMarks side by
// side: two runs side by side may split one run of the text.
func moreThanPrefixes(expr string, prefixes []string, leaf func(*syntax.Regexp) ([]string, bool, bool), limit, maxLen int) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	set, _ := prefixesBy(re.Simplify(), prefixRules{leaf: leaf, limit: limit})
	if len(set) == 0 || len(set) > limit {
		return nil
	}
	longer := false
	for i, p := range set {
		if maxLen > 0 && len(p) > maxLen {
			p = p[:maxLen] // still opens every match
		}
		p = cutWordRuns(p)
		set[i] = p
		if p == "" || strings.ContainsAny(p, " \t\n\f\r-") || strings.Contains(p, string([]byte{sepMark, sepMark})) {
			return nil
		}
		longer = longer || !slices.Contains(prefixes, p)
	}
	if !longer {
		return nil
	}
	return set
}

// cutWordRuns cuts a lead before a run of word bytes that white space or a
// dash does not end: what follows the run cannot be read without reading
// it byte by byte. The shorter lead still opens every match.
func cutWordRuns(p string) string {
	for i := 0; i < len(p); i++ {
		// \w* after white space may match nothing: the two runs of white
		// space around it may split one run of the text
		if (p[i] == wordPlus || p[i] == wordStar) && (i+1 == len(p) || p[i+1] != sepMark) || p[i] == wordStar && i > 0 && p[i-1] == sepMark {
			return p[:i]
		}
	}
	return p
}

func isSep(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '-'
}

// plainWords is a phrase of nothing but words of lower-case letters and
// digits, one space between them.
var plainWords = regexp.MustCompile(`^[a-z0-9]+( [a-z0-9]+)*$`)

// wordsAt returns the end of the phrase's match at p, where its first word
// stands, or -1: as the expression reads it, words with white space or
// dashes between them ([\s\-]+ runs on to the next word, which cannot start
// with one), then \b, or \w* and \b.
func (a *alt) wordsAt(s string, p int) int {
	e := p + len(a.words[0])
	for _, w := range a.words[1:] {
		k := e
		for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\f' || s[k] == '\r' || s[k] == '-') {
			k++
		}
		if k == e || !strings.HasPrefix(s[k:], w) {
			return -1
		}
		e = k + len(w)
	}
	if a.stem {
		for e < len(s) && wordByte(s[e]) {
			e++
		}
	} else if e < len(s) && wordByte(s[e]) {
		return -1
	}
	return e
}

var readers = sync.Pool{New: func() any { return new(strings.Reader) }}

// maxPrefixes bounds the set of prefixes of a phrase.
const maxPrefixes = 24

// literalPrefixes returns non-empty literal strings one of which every
// match of re (parsed and simplified) starts with, or nil when re has no
// such small set.
func literalPrefixes(re *syntax.Regexp) []string {
	set, _ := prefixesOf(re)
	if slices.Contains(set, "") {
		// An optional opening ("(det )?maa") ends every prefix that walk
		// reads, the empty one too; a phrase without prefixes is run over
		// the whole text, the slowest way there is.
		done, open := splitPrefixes(re)
		set = append(done, open...)
	}
	if len(set) == 0 || len(set) > maxPrefixes {
		return nil
	}
	for _, p := range set {
		if p == "" {
			return nil
		}
	}
	return shortestPrefixes(set)
}

// splitPrefixes returns strings one of which every match of re starts
// with, in two sets: open are whole matches of re, which what follows re
// in a sequence extends; done are cut short, by a part not spelled out.
// Unlike prefixesOf it reads an optional part as two ways on, through it
// and past it. Where nothing is known it returns the empty string in done.
func splitPrefixes(re *syntax.Regexp) (done, open []string) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return []string{""}, nil
		}
		return nil, []string{string(re.Rune)}
	case syntax.OpEmptyMatch:
		return nil, []string{""}
	case syntax.OpCapture:
		return splitPrefixes(re.Sub[0])
	case syntax.OpQuest:
		done, open = splitPrefixes(re.Sub[0])
		return done, append(open, "")
	case syntax.OpPlus:
		done, open = splitPrefixes(re.Sub[0])
		return append(done, open...), nil
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			d, o := splitPrefixes(sub)
			done, open = append(done, d...), append(open, o...)
		}
		if len(done)+len(open) > maxPrefixes {
			return []string{""}, nil
		}
		return done, open
	case syntax.OpConcat:
		open = []string{""}
		for _, sub := range re.Sub {
			d, o := splitPrefixes(sub)
			if len(o) == 0 || len(done)+len(open)*(len(d)+len(o)) > maxPrefixes {
				// the open prefixes end here, still true if shorter
				return append(done, open...), nil
			}
			next := make([]string, 0, len(open)*len(o))
			for _, a := range open {
				for _, b := range d {
					done = append(done, a+b)
				}
				for _, b := range o {
					next = append(next, a+b)
				}
			}
			open = next
		}
		return done, open
	}
	return []string{""}, nil
}

// shortestPrefixes drops a prefix that another one starts: it adds nothing.
// Sorted, a string's shortest prefix in the set is the last one kept before
// it: every string between the two starts with that prefix too.
func shortestPrefixes(set []string) []string {
	set = slices.Clone(set)
	slices.Sort(set)
	set = slices.Compact(set)
	var out []string
	for _, p := range set {
		if len(out) == 0 || !strings.HasPrefix(p, out[len(out)-1]) {
			out = append(out, p)
		}
	}
	return out
}

// prefixesOf returns strings one of which every match of re starts with;
// whole is true when they are all re can match.
func prefixesOf(re *syntax.Regexp) (set []string, whole bool) {
	return prefixesBy(re, prefixRules{leaf: exactLeaf, limit: maxPrefixes})
}

// exactLeaf gives the prefixes of a case-sensitive expression's leaves.
func exactLeaf(re *syntax.Regexp) (set []string, whole, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return []string{""}, false, true
		}
		return []string{string(re.Rune)}, true, true
	case syntax.OpEmptyMatch:
		return []string{""}, true, true
	case syntax.OpCharClass:
		set, whole := classPrefixes(re, 8)
		return set, whole, true
	}
	return nil, false, false
}

// classPrefixes spells out a class of at most max characters.
func classPrefixes(re *syntax.Regexp, max int) (set []string, whole bool) {
	var out []string
	for i := 0; i+1 < len(re.Rune); i += 2 {
		for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
			if len(out) >= max {
				return []string{""}, false
			}
			out = append(out, string(r))
		}
	}
	if len(out) == 0 {
		return []string{""}, false
	}
	return out, true
}

// prefixRules say how prefixesBy reads an expression.
type prefixRules struct {
	// leaf gives the prefixes of the leaves it knows (ok false: the rest).
	leaf func(*syntax.Regexp) (set []string, whole, ok bool)
	// limit bounds how many prefixes are spelled out.
	limit int
	// noClassProduct stops a sequence where a class or repeat of
	// characters (white space) would only multiply the prefixes.
	noClassProduct bool
}

// prefixesBy walks the structure of re (groups, options, repeats,
// alternatives, sequences) and asks rules.leaf for the prefixes of the rest.
func prefixesBy(re *syntax.Regexp, rules prefixRules) (set []string, whole bool) {
	if set, whole, ok := rules.leaf(re); ok {
		return set, whole
	}
	switch re.Op {
	case syntax.OpCapture:
		return prefixesBy(re.Sub[0], rules)
	case syntax.OpQuest:
		sub, w := prefixesBy(re.Sub[0], rules)
		return append(sub, ""), w
	case syntax.OpPlus:
		sub, _ := prefixesBy(re.Sub[0], rules)
		return sub, false
	case syntax.OpAlternate:
		var out []string
		whole := true
		for _, sub := range re.Sub {
			s, w := prefixesBy(sub, rules)
			out = append(out, s...)
			whole = whole && w
			if len(out) > rules.limit {
				return []string{""}, false
			}
		}
		return out, whole
	case syntax.OpConcat:
		cur := []string{""}
		for _, sub := range re.Sub {
			s, w := prefixesBy(sub, rules)
			if rules.noClassProduct && len(s) > 1 && (sub.Op == syntax.OpCharClass || sub.Op == syntax.OpPlus) && !slices.Contains(cur, "") {
				return cur, false
			}
			if len(cur)*len(s) > rules.limit {
				return cur, false
			}
			next := make([]string, 0, len(cur)*len(s))
			for _, a := range cur {
				for _, b := range s {
					next = append(next, a+b)
				}
			}
			cur = next
			if !w {
				return cur, false
			}
		}
		return cur, true
	}
	return []string{""}, false
}

// foldFilter is a case-insensitive expression "(?i)(A|B|…)" read faster:
// a branch is run only when the text holds one of the words every match
// of it needs, and a branch that starts with \b and literal words is tried,
// anchored, only where those words start a word.
type foldFilter struct {
	*regexp.Regexp
	words    [][]byte     // lower-case ASCII, one of which every match holds; nil: none known
	branches []foldBranch // nil: run the whole expression
}

type foldBranch struct {
	re       *regexp.Regexp
	words    [][]byte // as foldFilter.words, for this branch
	prefixes [][]byte // lower-case, each opening with an ASCII letter; nil: run re
	anch     *regexp.Regexp
}

func newFoldFilter(re *regexp.Regexp) *foldFilter {
	f := &foldFilter{Regexp: re, words: requiredFoldWords(re.String())}
	src := re.String()
	if !strings.HasPrefix(src, "(?i)(") || !strings.HasSuffix(src, ")") {
		return f
	}
	inner := src[len("(?i)(") : len(src)-1]
	depth := 0
	for i := 0; i < len(inner); i++ {
		switch inner[i] {
		case '\\':
			i++
		case '(', '[':
			depth++
		case ')', ']':
			if depth--; depth < 0 {
				return f // the first group closes before the end
			}
		}
	}
	for _, b := range splitTop(inner) {
		br := foldBranch{re: regexp.MustCompile(`(?i)` + b), words: requiredFoldWords(`(?i)` + b)}
		if rest, ok := strings.CutPrefix(b, `\b`); ok {
			if tree, err := syntax.Parse(`(?i)`+rest, syntax.Perl); err == nil {
				set, _ := prefixesOfFold(tree.Simplify())
				ok := len(set) > 0 && len(set) <= maxPrefixes
				for _, p := range set {
					ok = ok && p != "" && 'a' <= lowerByte(p[0]) && lowerByte(p[0]) <= 'z'
				}
				if ok {
					for _, p := range shortestPrefixes(set) {
						br.prefixes = append(br.prefixes, []byte(p))
					}
					br.anch = regexp.MustCompile(`^(?i:` + rest + `)`)
				}
			}
		}
		f.branches = append(f.branches, br)
	}
	return f
}

// requiredFoldWords returns requiredWords of expr when they are plain ASCII letters.
func requiredFoldWords(expr string) [][]byte {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	var out [][]byte
	for _, w := range requiredWords(tree.Simplify()) {
		for i := 0; i < len(w); i++ {
			if !('a' <= w[i] && w[i] <= 'z') {
				return nil // only plain letters fold case as plainly in ASCII
			}
		}
		out = append(out, []byte(w))
	}
	return out
}

// MatchString is the expression's MatchString. Under (?i) an ASCII letter
// matches itself in either case and, for k and s only, the Kelvin sign and
// the long s: a text with neither is searched in an ASCII-lower-cased copy.
func (f *foldFilter) MatchString(s string) bool {
	if (f.words == nil && f.branches == nil) || strings.ContainsRune(s, '\u212a') || strings.ContainsRune(s, '\u017f') {
		return f.Regexp.MatchString(s)
	}
	buf := lowerBufs.Get().(*[]byte)
	low := (*buf)[:0]
	for i := 0; i < len(s); i++ {
		low = append(low, lowerByte(s[i]))
	}
	*buf = low
	defer lowerBufs.Put(buf)
	if f.words != nil && !containsAnyBytes(low, f.words) {
		return false
	}
	if f.branches == nil {
		return f.Regexp.MatchString(s)
	}
	for _, br := range f.branches {
		if br.words != nil && !containsAnyBytes(low, br.words) {
			continue
		}
		if br.prefixes == nil {
			if br.re.MatchString(s) {
				return true
			}
			continue
		}
		if br.matchAt(s, low) {
			return true
		}
	}
	return false
}

// matchAt tries the branch where one of its prefixes starts a word.
func (br *foldBranch) matchAt(s string, low []byte) bool {
	rd := readers.Get().(*strings.Reader)
	defer readers.Put(rd)
	for _, p := range br.prefixes {
		for i := 0; ; {
			j := bytes.Index(low[i:], p)
			if j < 0 {
				break
			}
			at := i + j
			i = at + 1
			if at > 0 && wordByte(s[at-1]) {
				continue // no word boundary in front
			}
			if len(s)-at <= 512 {
				if br.anch.MatchString(s[at:]) { // the backtracker: set-up grows with the text
					return true
				}
				continue
			}
			rd.Reset(s[at:])
			if br.anch.MatchReader(rd) {
				return true
			}
		}
	}
	return false
}

func containsAnyBytes(s []byte, words [][]byte) bool {
	for _, w := range words {
		if bytes.Contains(s, w) {
			return true
		}
	}
	return false
}

var lowerBufs = sync.Pool{New: func() any { return new([]byte) }}

// prefixesOfFold is prefixesOf for a case-insensitive expression over an
// ASCII-lower-cased text: a literal's letters are taken lower case.
func prefixesOfFold(re *syntax.Regexp) (set []string, whole bool) {
	return prefixesBy(re, prefixRules{leaf: foldLeaf, limit: maxPrefixes})
}

// foldLeaf gives the prefixes of a case-insensitive expression's literals;
// any other leaf may start anywhere.
func foldLeaf(re *syntax.Regexp) (set []string, whole, ok bool) {
	if re.Op != syntax.OpLiteral {
		return nil, false, false
	}
	b := make([]byte, 0, len(re.Rune))
	for _, r := range re.Rune {
		if r >= utf8.RuneSelf {
			return []string{""}, false, true
		}
		b = append(b, lowerByte(byte(r)))
	}
	return []string{string(b)}, true, true
}

// requiredWords returns words, lower-cased, one of which every match of re
// holds; nil when there is no such set.
func requiredWords(re *syntax.Regexp) []string { return needWords(re, true) }

// needWords is requiredWords; with lower false the words are as written,
// and a case-insensitive literal gives none.
func needWords(re *syntax.Regexp, lower bool) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if !lower {
			if re.Flags&syntax.FoldCase != 0 {
				return nil
			}
			return []string{string(re.Rune)}
		}
		return []string{strings.ToLower(string(re.Rune))}
	case syntax.OpCapture, syntax.OpPlus:
		return needWords(re.Sub[0], lower)
	case syntax.OpConcat:
		var best []string
		bestLen := 0
		for _, sub := range re.Sub {
			ws := needWords(sub, lower)
			if ws == nil {
				continue
			}
			short := len(ws[0])
			for _, w := range ws {
				short = min(short, len(w))
			}
			if short > bestLen {
				best, bestLen = ws, short
			}
		}
		return best
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			ws := needWords(sub, lower)
			if ws == nil {
				return nil
			}
			out = append(out, ws...)
		}
		return out
	}
	return nil
}

// needleSet holds which of the needles (the stems and prefixes of every
// phrase table) occur in a text, found in one pass over it: a needle not in
// the set is not searched for, and in the text itself one in the set is
// not searched for either. It has room for the first maxNeedles; a needle
// numbered after them may be anywhere.
type needleSet struct {
	bits [maxNeedles / 64]uint64
	text string // what find read, the whole of it
	// hits are where the prefixes of phrases (isPrefix) occur in text, as
	// find met them: many phrases of many tables share a prefix, and the
	// pass that finds the needles costs nothing more to say where they
	// are than a search for each of them. The hits of one needle are
	// chained from the last: head[id%len(head)] is 1 + the last hit of a
	// needle whose number falls there, 0 for none, and each hit's prev
	// the one before it in that chain.
	hits []needleHit
	head [64]int32
	// rests are what restOf returned for the tables read in a part of the
	// text, few in a text: a list, not a slot for every table; restLimit is
	// restTables when the first was asked for
	rests     []tableRest
	restLimit int32
}

// needleHit is an offset in a needleSet's text where needle id begins.
type needleHit struct{ id, at, prev int32 }

const maxNeedles = 8192

func (ns *needleSet) set(id int32) { ns.bits[id>>6] |= 1 << (id & 63) }

// hit records that needle id begins at offset at.
func (ns *needleSet) hit(id int32, at int) {
	if ns.hits == nil {
		// a text holds some one for every three bytes: room for one in
		// two, so that a long text's list is made once, not grown
		ns.hits = make([]needleHit, 0, max(32, len(ns.text)/2))
	}
	h := &ns.head[id%int32(len(ns.head))]
	ns.hits = append(ns.hits, needleHit{id, int32(at), *h})
	*h = int32(len(ns.hits))
}

// appendIndexes is appendIndexes(at, g.text, n.s) for a needle the set
// holds, read from where find met it when it is a phrase's prefix.
func (g *needleSet) appendIndexes(at []int, n *needle) []int {
	if !recorded[n.id] {
		// a needle made a prefix after find's automaton was built
		return appendIndexes(at, g.text, n.s)
	}
	start := len(at)
	for k := g.head[n.id%int32(len(g.head))]; k != 0; k = g.hits[k-1].prev {
		if h := &g.hits[k-1]; h.id == n.id {
			at = append(at, int(h.at))
		}
	}
	slices.Reverse(at[start:]) // the chain runs from the last
	return at
}

// needlesIn returns the needles in s; nil, which rules nothing out, for a
// very short s. Even for a line the pass is cheaper than searching: a
// phrase's prefixes are many (a space in it stands for any blank or a
// dash), and without the set each of them is searched for.
func needlesIn(s string) *needleSet {
	if len(s) < 8 {
		return nil
	}
	g := new(needleSet)
	allNeedles.find(g, s)
	return g
}

// needle is a string to look for, numbered in the set of all needles.
type needle struct {
	s  string
	id int32
}

// needleIDs numbers every distinct needle the tables hold, as they are
// built at start-up.
var needleIDs = struct {
	ids  map[string]int32
	list []string
}{ids: map[string]int32{}}

func needles(ss []string) []needle {
	if ss == nil {
		return nil
	}
	out := make([]needle, len(ss))
	for i, s := range ss {
		id, ok := needleIDs.ids[s]
		if !ok {
			id = int32(len(needleIDs.list))
			needleIDs.ids[s] = id
			needleIDs.list = append(needleIDs.list, s)
		}
		out[i] = needle{s: s, id: id}
	}
	return out
}

// mayBeIn reports whether the needle may occur in the text of g: false
// when the pass over the text did not find it. A needle numbered after the
// set was built is not known to it and may be anywhere.
func (n *needle) mayBeIn(g *needleSet) bool {
	if g == nil || n.id >= knownNeedles {
		return true
	}
	return g.bits[n.id>>6]&(1<<(n.id&63)) != 0
}

// allNeedles is the automaton over every needle numbered at start-up:
// package variables, the tables among them, are all set before init runs.
var allNeedles *needleAutomaton

// knownNeedles is how many needles the automaton finds: those numbered
// from then on (a table built later) may be anywhere.
var knownNeedles int32

// isPrefix marks the needles that are a phrase's prefix, by number, and
// recorded those among them whose places allNeedles records, as they were
// when it was built.
var isPrefix, recorded [maxNeedles]bool

func init() {
	allNeedles = newNeedleAutomaton(needleIDs.list)
	allNeedles.recordPrefixes()
	knownNeedles = int32(min(len(needleIDs.list), maxNeedles))
	for _, m := range tablesToIndex {
		m.indexStems()
	}
	tablesToIndex = nil
}

// needleAutomaton is an Aho-Corasick automaton over the needles, a dense
// table over the bytes they use (every other byte is class 0, which leads
// back to the start).
type needleAutomaton struct {
	class   [256]uint8
	classes int
	// next maps state*classes + class to the next state, with hasOut set
	// when that state ends needles: the pass over a text looks no further
	// for most bytes.
	next []uint16
	out  [][]int32
	// pre are, for each state, the needles of out[state] whose places
	// are recorded (isPrefix), each with its length; nil for an
	// automaton that records none
	pre [][]preOut
}

// preOut is a needle whose places a needleAutomaton records, and its length.
type preOut struct{ id, n int32 }

// recordPrefixes makes find record where the needles marked in isPrefix
// occur, and marks them in recorded; a's needles must be those numbered in
// needleIDs.
func (a *needleAutomaton) recordPrefixes() {
	a.pre = make([][]preOut, len(a.out))
	for st, ids := range a.out {
		for _, id := range ids {
			if n := len(needleIDs.list[id]); isPrefix[id] && n > 0 {
				a.pre[st] = append(a.pre[st], preOut{id, int32(n)})
				recorded[id] = true
			}
		}
	}
}

// hasOut marks an edge of needleAutomaton.next into a state that ends needles.
const hasOut = 1 << 15

func newNeedleAutomaton(pats []string) *needleAutomaton {
	a := &needleAutomaton{classes: 1}
	for _, p := range pats {
		for i := 0; i < len(p); i++ {
			if a.class[p[i]] == 0 {
				a.class[p[i]] = uint8(a.classes)
				a.classes++
			}
		}
	}
	// the trie; 0 in next means no edge yet (no edge leads to the start)
	a.next = make([]uint16, a.classes)
	a.out = [][]int32{nil}
	for id, p := range pats {
		st := 0
		for i := 0; i < len(p); i++ {
			c := int(a.class[p[i]])
			if a.next[st*a.classes+c] == 0 {
				a.next[st*a.classes+c] = uint16(len(a.out))
				a.next = append(a.next, make([]uint16, a.classes)...)
				a.out = append(a.out, nil)
			}
			st = int(a.next[st*a.classes+c])
		}
		if id < maxNeedles {
			a.out[st] = append(a.out[st], int32(id))
		}
	}
	if len(a.out) > hasOut {
		panic("parser: too many needle states")
	}
	// breadth first: fill the missing edges from each state's fallback,
	// and add the fallback's needles to the state's
	fail := make([]int, len(a.out))
	queue := []int{}
	for c := 0; c < a.classes; c++ {
		if s := int(a.next[c]); s != 0 {
			queue = append(queue, s)
		}
	}
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		a.out[st] = append(a.out[st], a.out[fail[st]]...)
		for c := 0; c < a.classes; c++ {
			s := int(a.next[st*a.classes+c])
			f := int(a.next[fail[st]*a.classes+c])
			if s == 0 {
				a.next[st*a.classes+c] = uint16(f)
				continue
			}
			fail[s] = f
			queue = append(queue, s)
		}
	}
	for i, st := range a.next {
		if len(a.out[st]) > 0 {
			a.next[i] |= hasOut
		}
	}
	return a
}

// find puts the needles in s into set, a new one.
func (a *needleAutomaton) find(set *needleSet, s string) {
	set.text = s
	st, classes, next := 0, a.classes, a.next
	for i := 0; i < len(s); i++ {
		e := next[st*classes+int(a.class[s[i]])]
		st = int(e &^ hasOut)
		if e&hasOut != 0 {
			for _, id := range a.out[st] {
				set.set(id)
			}
			if a.pre != nil {
				for _, p := range a.pre[st] {
					set.hit(p.id, i+1-int(p.n))
				}
			}
		}
	}
}

func containsAnyNeedle(s string, g *needleSet, ns []needle) bool {
	return anyNeedleIn(s, g, g != nil && s == g.text, ns)
}

// anyNeedleIn is containsAnyNeedle, told whether g is the needle set of s
// itself (exact) and not of a text that holds s.
func anyNeedleIn(s string, g *needleSet, exact bool, ns []needle) bool {
	for k := range ns {
		n := &ns[k]
		if g != nil && n.id < knownNeedles {
			if g.bits[n.id>>6]&(1<<(n.id&63)) == 0 {
				continue // not in the text, so not in s
			}
			if exact {
				return true
			}
		}
		if strings.Contains(s, n.s) {
			return true
		}
	}
	return false
}

// needleGroups are needles grouped by the word of needleSet.bits their
// numbers fall in, each needle once, in the order of the words: a set is
// tested against the needles a word at a time.
type needleGroups []needleGroup

type needleGroup struct {
	w    int32  // the index in needleSet.bits
	mask uint64 // the needles' bits in that word
	ns   []needle
}

func groupNeedles(ns []needle) needleGroups {
	var gs needleGroups
	for _, n := range ns {
		w, bit := n.id>>6, uint64(1)<<(n.id&63)
		k := slices.IndexFunc(gs, func(g needleGroup) bool { return g.w == w })
		if k < 0 {
			k = len(gs)
			gs = append(gs, needleGroup{w: w})
		}
		if gs[k].mask&bit == 0 {
			gs[k].mask |= bit
			gs[k].ns = append(gs[k].ns, n)
		}
	}
	slices.SortFunc(gs, func(a, b needleGroup) int { return int(a.w - b.w) })
	return gs
}

// anyIn is containsAnyNeedle(s, g, ns) for the needles ns grouped.
func (gs needleGroups) anyIn(s string, g *needleSet) bool {
	exact := g != nil && s == g.text
	for i := range gs {
		gr := &gs[i]
		if g == nil || int(gr.w)*64+63 >= int(knownNeedles) {
			// needles the set does not know of may be anywhere
			if anyNeedleIn(s, g, exact, gr.ns) {
				return true
			}
			continue
		}
		hit := g.bits[gr.w] & gr.mask
		if hit == 0 {
			continue
		}
		if exact {
			return true
		}
		for _, n := range gr.ns {
			if hit&(1<<(n.id&63)) != 0 && strings.Contains(s, n.s) {
				return true
			}
		}
	}
	return false
}

// wordGate is a regular expression with strings one of which every match
// holds (as written, case and all); nil words: none known.
type wordGate struct {
	re    *regexp.Regexp
	words []string
}

func newGate(re *regexp.Regexp) wordGate {
	g := wordGate{re: re}
	if tree, err := syntax.Parse(re.String(), syntax.Perl); err == nil {
		g.words = needWords(tree.Simplify(), false)
	}
	return g
}

// mayMatch reports whether s holds one of the words.
func (g *wordGate) mayMatch(s string) bool {
	return g.words == nil || containsAny(s, g.words)
}

// prefixRe is a regular expression every match of which starts with one
// of a few literal strings: it is tried, anchored, only where one of them
// occurs, with the character before that place in front so that \b and
// other assertions read the same context as in a search of the whole text.
type prefixRe struct {
	re       *regexp.Regexp
	prefixes []string       // nil: search as re does, or by runs
	runs     *runSearch     // without prefixes: where matches may lie; nil: search the text
	starts   *startSet      // the prefixes, found in one pass
	anch     *regexp.Regexp // ^(?:re), for a match at the start of the text
	anchCtx  *regexp.Regexp // ^(?s:.)(?:re), for one after a character
	// leads are longer openings, read across white space (see leadSet):
	// a place where a prefix but none of them stands is passed over
	// without running the expression; nil when there are none.
	leads *leadSet
}

// leadSet is a set of leads looked up at once: the text at a place is
// read as the leads are written, each run of white space and dashes as
// one sepMark, down a tree of the leads' bytes that ends at the first byte
// no lead goes on with. (A look along a list of hundreds of leads costs
// more than the expression.)
type leadSet struct {
	nodes []leadNode
	// edges are the nodes' edges, each node's in one run: the byte and
	// the node it leads to
	edgeBytes []byte
	edgeTo    []int32
}

// leadNode is a node of the tree: the leads' common opening up to it.
type leadNode struct {
	from, n int32 // its edges, edgeBytes[from:from+n]
	// b is the byte of the first edge, whose node is the next one (the
	// nodes are numbered depth first): a walk down a node with one edge,
	// most of them, reads neither edgeBytes nor edgeTo
	b    byte
	end  bool // a whole lead
	runs bool // an edge is a run of word bytes (wordPlus, wordStar)
}

// maxLead bounds a lead's length in a leadSet.
const maxLead = 48

// newLeadTree builds the tree of the leads, sorted and distinct.
func newLeadTree(leads []string) *leadSet {
	x := &leadSet{}
	x.add(leads, 0)
	return x
}

// add adds the node of leads, which share their opening of length depth,
// and the nodes below it, depth first; each node's edges lie in one run.
func (x *leadSet) add(leads []string, depth int) int32 {
	n := int32(len(x.nodes))
	nd := leadNode{from: int32(len(x.edgeBytes))}
	var groups [][]string // the leads by their byte at depth
	for i := 0; i < len(leads); {
		if len(leads[i]) == depth {
			nd.end = true
			i++
			continue
		}
		c, j := leads[i][depth], i
		for j < len(leads) && len(leads[j]) > depth && leads[j][depth] == c {
			j++
		}
		nd.runs = nd.runs || c == wordPlus || c == wordStar
		x.edgeBytes = append(x.edgeBytes, c)
		x.edgeTo = append(x.edgeTo, 0)
		groups = append(groups, leads[i:j])
		i = j
	}
	nd.n = int32(len(groups))
	if nd.n > 0 {
		nd.b = x.edgeBytes[nd.from]
	}
	x.nodes = append(x.nodes, nd)
	for k, g := range groups {
		x.edgeTo[int(nd.from)+k] = x.add(g, depth+1)
	}
	return n
}

// newLeadSet returns the leads of expr, read with leaf, that say more than
// its prefixes; nil when there are none, or too many.
func newLeadSet(expr string, prefixes []string) *leadSet {
	// read across runs of words, the leads may grow too many
	set := moreThanPrefixes(expr, prefixes, runLeaf, 1024, maxLead)
	if set == nil {
		set = moreThanPrefixes(expr, prefixes, spaceLeaf, 1024, maxLead)
	}
	if set == nil {
		return nil
	}
	set = slices.Clone(set)
	slices.Sort(set)
	return newLeadTree(slices.Compact(set))
}

// spaceLeaf is ctxLeaf with a run of white space (\s+, [\s\-]+) read as
// sepMark: a run of the text the expression's run lies within; and so is
// a space in a literal ("vi er"), which lies within one too.
func spaceLeaf(re *syntax.Regexp) (set []string, whole, ok bool) {
	if re.Op == syntax.OpLiteral && re.Flags&syntax.FoldCase == 0 {
		return []string{strings.ReplaceAll(string(re.Rune), " ", string(rune(sepMark)))}, true, true
	}
	if re.Op == syntax.OpPlus && re.Sub[0].Op == syntax.OpCharClass {
		within := true
		for i := 0; i+1 < len(re.Sub[0].Rune); i += 2 {
			for r := re.Sub[0].Rune[i]; r <= re.Sub[0].Rune[i+1]; r++ {
				within = within && r < utf8.RuneSelf && isSep(byte(r))
			}
		}
		if within {
			return []string{string(rune(sepMark))}, true, true
		}
	}
	return ctxLeaf(re)
}

// runLeaf is spaceLeaf with a run of word bytes (\w+, \w*) read as
// wordPlus or wordStar.
func runLeaf(re *syntax.Regexp) (set []string, whole, ok bool) {
	if (re.Op == syntax.OpPlus || re.Op == syntax.OpStar) && isWordClass(re.Sub[0]) {
		if re.Op == syntax.OpPlus {
			return []string{string(rune(wordPlus))}, true, true
		}
		return []string{string(rune(wordStar))}, true, true
	}
	return spaceLeaf(re)
}

// isWordClass reports re is \w: the bytes wordByte knows.
func isWordClass(re *syntax.Regexp) bool {
	return re.Op == syntax.OpCharClass && slices.Equal(re.Rune, []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'})
}

// at reports whether s opens with one of the leads.
func (x *leadSet) at(s string) bool { return x.from(0, s) }

// from reports whether s opens with one of the leads below node n. A run
// of word bytes is read whole, after the byte edge: what follows it in a
// lead is white space or a dash.
func (x *leadSet) from(n int32, s string) bool {
	for {
		nd := &x.nodes[n]
		if nd.end {
			return true
		}
		if len(s) == 0 {
			return false
		}
		c, i := s[0], 1
		if isSep(c) {
			for i < len(s) && isSep(s[i]) {
				i++
			}
			c = sepMark
		}
		if nd.n == 1 && !nd.runs {
			// most nodes, deep in the tree
			if nd.b != c {
				return false
			}
			n, s = n+1, s[i:]
			continue
		}
		k := bytes.IndexByte(x.edgeBytes[nd.from:nd.from+nd.n], c)
		if nd.runs {
			return k >= 0 && x.from(x.edgeTo[int(nd.from)+k], s[i:]) || x.fromRun(nd, s)
		}
		if k < 0 {
			return false
		}
		n, s = x.edgeTo[int(nd.from)+k], s[i:]
	}
}

// runs reports whether a lead holds a run of word bytes.
func (x *leadSet) runs() bool {
	return slices.ContainsFunc(x.nodes, func(nd leadNode) bool { return nd.runs })
}

// fromRun is from for the edges of nd that are runs of word bytes.
func (x *leadSet) fromRun(nd *leadNode, s string) bool {
	e := 0
	for e < len(s) && wordByte(s[e]) {
		e++
	}
	for k := nd.from; k < nd.from+nd.n; k++ {
		if c := x.edgeBytes[k]; (c == wordPlus && e > 0 || c == wordStar) && x.from(x.edgeTo[k], s[e:]) {
			return true
		}
	}
	return false
}

// startSet finds where any of a few dozen strings starts in one pass over
// a text, instead of one search per string: with many of them, and short
// ones (digits) that occur often, the searches cost more than the pass.
type startSet struct {
	first   [256]bool     // the first bytes of the strings
	byFirst [256][]string // the strings, by their first byte
}

func newStartSet(ss []string) *startSet {
	x := new(startSet)
	for _, p := range ss {
		x.first[p[0]] = true
		x.byFirst[p[0]] = append(x.byFirst[p[0]], p)
	}
	return x
}

// appendStarts appends to at, in order, every offset in s where one of the
// strings begins.
func (x *startSet) appendStarts(at []int, s string) []int {
	for i := 0; i < len(s); i++ {
		if !x.first[s[i]] {
			continue
		}
		for _, p := range x.byFirst[s[i]] {
			if strings.HasPrefix(s[i:], p) {
				at = append(at, i)
				break
			}
		}
	}
	return at
}

func newPrefixRe(re *regexp.Regexp) *prefixRe {
	x := &prefixRe{re: re}
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return x
	}
	set, _ := prefixesCtx(tree.Simplify(), 64)
	ok := len(set) > 0 && len(set) <= 64
	for _, p := range set {
		ok = ok && p != "" && utf8.ValidString(p)
	}
	if !ok {
		x.runs = newRunSearch(re)
		return x
	}
	x.prefixes = shortestPrefixes(set)
	x.starts = newStartSet(x.prefixes)
	x.anch = regexp.MustCompile(`^(?:` + re.String() + `)`)
	x.anchCtx = regexp.MustCompile(`^(?s:.)(?:` + re.String() + `)`)
	x.leads = newLeadSet(re.String(), x.prefixes)
	return x
}

// findAll is re.FindAllStringIndex(s, -1), or with sub
// re.FindAllStringSubmatchIndex(s, -1).
func (x *prefixRe) findAll(s string, sub bool) [][]int {
	if x.prefixes == nil {
		if x.runs != nil {
			return x.runs.findAll(x.re, s, sub)
		}
		if sub {
			return x.re.FindAllStringSubmatchIndex(s, -1)
		}
		return x.re.FindAllStringIndex(s, -1)
	}
	at := x.starts.appendStarts(nil, s)
	if len(at) == 0 {
		return nil
	}
	var out [][]int
	end := 0
	for k, p := range at {
		if p < end || (k > 0 && at[k-1] == p) {
			continue
		}
		if x.leads != nil && !x.leads.at(s[p:]) {
			continue
		}
		// every match is at least a prefix long, and a prefix starts a
		// character: the search of the whole text steps onto p
		q, re := p, x.anch
		if p > 0 {
			_, w := utf8.DecodeLastRuneInString(s[:p])
			q, re = p-w, x.anchCtx
		}
		var m []int
		if sub {
			m = re.FindStringSubmatchIndex(s[q:])
		} else {
			m = re.FindStringIndex(s[q:])
		}
		if m == nil {
			continue
		}
		m[0] = p
		for i := 1; i < len(m); i++ {
			if m[i] >= 0 {
				m[i] += q
			}
		}
		out = append(out, m)
		end = m[1]
	}
	return out
}

// runSearch runs an expression only over the runs of the text that may
// hold a match: a match holds one of a few words, and cannot hold some
// bytes (white space for a link, most punctuation for an address); the
// run around each place a word occurs is searched alone. That finds what
// a search of the whole text finds when the run is cut at bytes that are
// no word characters either (\b reads them as it reads the run's end), no
// other assertion looks past the run, and no match is empty.
type runSearch struct {
	words []string  // every match holds one of them
	inRun [256]bool // bytes a run does not end at
}

func newRunSearch(re *regexp.Regexp) *runSearch {
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	tree = tree.Simplify()
	words := needWords(tree, false)
	prog, err := syntax.Compile(tree)
	if err != nil || len(words) == 0 || minLength(tree) == 0 {
		return nil
	}
	for _, w := range words {
		if w == "" {
			return nil
		}
	}
	x := &runSearch{words: words}
	for c := range 128 {
		x.inRun[c] = syntax.IsWordChar(rune(c))
	}
	for _, in := range prog.Inst {
		switch in.Op {
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(in.Arg)&^(syntax.EmptyWordBoundary|syntax.EmptyNoWordBoundary) != 0 {
				return nil // ^, $: they read the run's ends as the text's
			}
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			for c := range 128 {
				// MatchRune knows no "any character" instruction
				any := in.Op == syntax.InstRuneAny || in.Op == syntax.InstRuneAnyNotNL && c != '\n'
				x.inRun[c] = x.inRun[c] || any || in.MatchRune(rune(c))
			}
			if mayMatchNonASCII(in) {
				for c := 128; c < 256; c++ {
					x.inRun[c] = true
				}
			}
		}
	}
	return x
}

// mayMatchNonASCII reports whether a rune instruction may match a rune
// outside ASCII (the Kelvin sign for a k under (?i), say).
func mayMatchNonASCII(in syntax.Inst) bool {
	switch {
	case in.Op == syntax.InstRuneAny || in.Op == syntax.InstRuneAnyNotNL:
		return true
	case syntax.Flags(in.Arg)&syntax.FoldCase != 0 && in.Op == syntax.InstRune:
		return true
	case len(in.Rune) == 1:
		return in.Rune[0] >= utf8.RuneSelf
	}
	for i := 1; i < len(in.Rune); i += 2 {
		if in.Rune[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// minLength returns the fewest bytes a match of re holds (assertions none).
func minLength(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			n += utf8.RuneLen(r)
		}
		return n
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minLength(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minLength(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += minLength(sub)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, sub := range re.Sub {
			if m := minLength(sub); n < 0 || m < n {
				n = m
			}
		}
		return max(n, 0)
	}
	return 0
}

// findAll is re.FindAllStringIndex(s, -1), or with sub
// re.FindAllStringSubmatchIndex(s, -1), searched run by run.
func (x *runSearch) findAll(re *regexp.Regexp, s string, sub bool) [][]int {
	var runs [][2]int
	for _, w := range x.words {
		for i := 0; ; {
			j := strings.Index(s[i:], w)
			if j < 0 {
				break
			}
			at := i + j
			a, b := at, at
			for a > 0 && x.inRun[s[a-1]] {
				a--
			}
			for b < len(s) && x.inRun[s[b]] {
				b++
			}
			if b > a {
				runs = append(runs, [2]int{a, b})
			}
			i = max(b, at+1)
		}
	}
	if len(runs) == 0 {
		return nil
	}
	slices.SortFunc(runs, func(p, q [2]int) int { return p[0] - q[0] })
	var out [][]int
	last := -1
	for _, r := range runs {
		if r[0] == last {
			continue // the same run, from another word
		}
		last = r[0]
		var ms [][]int
		if sub {
			ms = re.FindAllStringSubmatchIndex(s[r[0]:r[1]], -1)
		} else {
			ms = re.FindAllStringIndex(s[r[0]:r[1]], -1)
		}
		for _, m := range ms {
			for i := range m {
				if m[i] >= 0 {
					m[i] += r[0]
				}
			}
		}
		out = append(out, ms...)
	}
	return out
}

// prefixesCtx is prefixesOf with assertions read as matching nothing
// (they constrain where a match is, not what it starts with), bounded by lim.
func prefixesCtx(re *syntax.Regexp, lim int) (set []string, whole bool) {
	return prefixesBy(re, prefixRules{leaf: ctxLeaf, limit: lim, noClassProduct: true})
}

// ctxLeaf is exactLeaf with assertions matching the empty string and
// classes of up to ten characters.
func ctxLeaf(re *syntax.Regexp) (set []string, whole, ok bool) {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true, true
	case syntax.OpCharClass:
		set, whole := classPrefixes(re, 10)
		return set, whole, true
	}
	return exactLeaf(re)
}

// appendIndexes appends to at every offset in s where p begins, overlaps
// included.
func appendIndexes(at []int, s, p string) []int {
	for i := 0; ; {
		j := strings.Index(s[i:], p)
		if j < 0 {
			return at
		}
		at = append(at, i+j)
		i += j + 1
	}
}

// appendWordStarts appends to at every offset in s where w begins with a
// separator (isSep) after it.
func appendWordStarts(at []int, s, w string) []int {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return at
		}
		if e := i + j + len(w); e < len(s) && isSep(s[e]) {
			at = append(at, i+j)
		}
		i += j + 1
	}
}

// openSet is the bytes a match of an expression may start with: a text
// where none stands after the leading blanks is passed over without
// running the expression.
type openSet [256]bool

// opensOf returns the bytes a match of re may start with; nil when they
// cannot be had, or a match may be empty or start with white space.
func opensOf(re *regexp.Regexp) *openSet {
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	set, _ := prefixesCtx(tree.Simplify(), 64)
	if len(set) == 0 || len(set) > 64 {
		return nil
	}
	x := new(openSet)
	for _, p := range set {
		if p == "" || asciiSpace(p[0]) || p[0] >= utf8.RuneSelf {
			return nil
		}
		x[p[0]] = true
	}
	return x
}

// asciiSpace is what strings.TrimSpace trims in ASCII.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}
