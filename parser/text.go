package parser

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// text is a piece of the sender's words prepared for reading: the original,
// a folded copy (lower case; æ, ø, å written ae, oe, aa; accents dropped) so
// that "Beskæftigelse", "beskaeftigelse" and "BESKÆFTIGELSE" read alike, and
// the way back from folded to original offsets for names and diet words.
type text struct {
	orig        string
	fold        string
	back        offsetMap // the way from fold's offsets to orig's
	toks        []token
	ss          []sentence // sentences, read once
	diet        []dietHit  // diet words, read once
	phones      []phone    // phone numbers, read once
	found       []found    // matches of the expressions read so far, by hits and within, after prior's
	prior       []found    // those of the text sameText took over: shared, never changed
	foundAt     []int16    // per table's number, 1 + the index of its matches in prior and then found; 0: not read
	needles     *needleSet // the tables' needles in fold; nil for a short text
	needlesRead bool
	refs        [][]ref         // workshops named, per sentence, read once
	refsAvoid   map[string]bool // the words to avoid when refs were read
	lns         [][2]int        // the lines that are not blank, read once (lines)
	lnsRead     bool
	closings    [][]int // signOffs, read once
	closingRead bool
	marks       []spanMarkers  // findMarkers' readings, by span
	marksAt     map[[2]int]int // the index of a span's in marks, for many (markersOf)
	// avoid are folded words that are never part of a person's name here
	// (the workshops' words).
	avoid map[string]bool
	// nameWords tells, per token, whether nameWord holds of it but for the
	// words to avoid: 1 yes, -1 no, 0 not yet asked.
	nameWords []int8
	// counts are countRe's matches with their groups, read once
	// (countMatches).
	counts     [][]int
	countsRead bool
}

// token is a run of letters or of digits in the folded text.
type token struct {
	s    string
	a, b int      // span in fold
	num  int      // value of a run of digits, -1 for words
	cap  bool     // the original starts with an upper-case letter
	line int      // line number, from 0
	cls  classSet // the word classes the word is in (is)
}

func newText(s string) *text {
	t := &text{orig: s}
	t.fold, t.back = foldWithOffsets(s)
	t.toks = tokenize(t)
	return t
}

// foldedText is newText(s) without tokens and the way back to the
// original: enough to match tables against (matches, all, within), and
// far cheaper for a text read only for that.
func foldedText(s string) *text {
	return &text{orig: s, fold: foldInto(s, nil)}
}

// foldWithOffsets folds s and maps the folded text's offsets back to s.
func foldWithOffsets(s string) (string, offsetMap) {
	var back offsetMap
	f := foldInto(s, &back)
	return f, back
}

// foldInto folds s, noting in back (unless nil) the runes it moves.
func foldInto(s string, back *offsetMap) string {
	var fb strings.Builder
	fb.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// most of a text is ASCII folding keeps: written a run at once
			j := i
			for j < len(s) && foldKeeps[s[j]] {
				j++
			}
			if j > i {
				fb.WriteString(s[i:j])
				i = j
				continue
			}
			if 'A' <= c && c <= 'Z' {
				fb.WriteByte(c + 'a' - 'A')
			} else {
				foldRuneInto(&fb, rune(c)) // a CR, in place
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		f := fb.Len()
		n := foldRuneInto(&fb, r)
		if back != nil {
			back.runs = append(back.runs, foldRun{f: int32(f), o: int32(i), n: int32(n), w: int32(w)})
		}
		i += w
	}
	return fb.String()
}

// foldKeeps tells the bytes folding writes as they are: ASCII but for
// upper-case letters and CR.
var foldKeeps = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !('A' <= c && c <= 'Z') && c != '\r'
	}
	return t
}()

// offsetMap maps offsets in a folded text to its original. Folding keeps
// every ASCII byte in place and writes other runes as one or more bytes,
// so the map need only hold those runes: an offset within a rune's folded
// bytes maps to the rune's start, and one past it runs on from the rune's
// end. (A plain array of offsets costs four bytes per byte of text.)
type offsetMap struct {
	runs []foldRun // in order of f
}

// foldRun is one rune of the original at o, w bytes wide, written as n
// bytes at f in the folded text.
type foldRun struct{ f, o, n, w int32 }

// at returns the offset in the original of the folded text's offset k.
func (m *offsetMap) at(k int) int {
	// the last run that starts at or before k
	lo, hi := 0, len(m.runs)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if int(m.runs[h].f) <= k {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo == 0 {
		return k
	}
	return m.runs[lo-1].from(k)
}

// from maps k, at or after the run's start and before the next run's.
func (r foldRun) from(k int) int {
	if end := int(r.f + r.n); k >= end {
		return int(r.o+r.w) + k - end
	}
	return int(r.o)
}

// sameText is newText(s), taking over from t, a text of s already read
// (or nil), what is read from the words alone: the folded text, tokens,
// sentences, lines, phrase matches, priority words, diet words and phone
// numbers. What depends on the reader (names to avoid, workshops named) is
// read anew.
func sameText(t *text, s string) *text {
	if t == nil || t.orig != s {
		return newText(s)
	}
	// t's matches become the new text's prior, which neither changes; marks
	// are clipped, so that what either text adds is its own; foundAt, which
	// each changes in place, is copied
	prior := t.prior
	switch {
	case len(prior) == 0:
		prior = t.found
	case len(t.found) > 0:
		prior = append(slices.Clip(prior), t.found...)
	}
	return &text{orig: t.orig, fold: t.fold, back: t.back, toks: t.toks, ss: t.ss, diet: t.diet, phones: t.phones,
		prior: slices.Clip(prior), foundAt: slices.Clone(t.foundAt), marks: slices.Clip(t.marks),
		needles: t.needles, needlesRead: t.needlesRead, lns: t.lns, lnsRead: t.lnsRead}
}

// span returns the original text behind fold[a:b].
func (t *text) span(a, b int) string {
	if a < 0 || b > len(t.fold) || a >= b {
		return ""
	}
	return t.orig[t.back.at(a):t.back.at(b)]
}

var foldTable = map[rune]string{
	'æ': "ae", 'ø': "oe", 'å': "aa", 'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss",
	'é': "e", 'è': "e", 'ê': "e", 'ë': "e", 'á': "a", 'à': "a", 'â': "a", 'ã': "a",
	'í': "i", 'ì': "i", 'î': "i", 'ï': "i", 'ı': "i", 'ó': "o", 'ò': "o", 'ô': "o",
	'õ': "o", 'ú': "u", 'ù': "u", 'û': "u", 'ç': "c", 'ş': "s", 'ğ': "g", 'ñ': "n",
	'ł': "l", 'ń': "n", 'ś': "s", 'ź': "z", 'ż': "z", 'ć': "c", 'ę': "e", 'ą': "a",
	'’': "'", '‘': "'", '“': "\"", '”': "\"", '„': "\"", '«': "\"", '»': "\"",
	'–': "-", '—': "-", '\u00a0': " ", '\r': " ",
	// an emoji's variation selector and a keycap's frame ("4️⃣ og 2️⃣",
	// as a phone writes digits) say nothing: the digit stands alone
	'\ufe0f': "", '\u20e3': "",
	// circled digits, plain and in the dingbats' black and sans-serif
	// circles ("② og ④"), are the digits
	'①': "1", '②': "2", '③': "3", '④': "4", '⑤': "5", '⑥': "6", '⑦': "7", '⑧': "8", '⑨': "9",
	'❶': "1", '❷': "2", '❸': "3", '❹': "4", '❺': "5", '❻': "6", '❼': "7", '❽': "8", '❾': "9",
	'➀': "1", '➁': "2", '➂': "3", '➃': "4", '➄': "5", '➅': "6", '➆': "7", '➇': "8", '➈': "9",
	'➊': "1", '➋': "2", '➌': "3", '➍': "4", '➎': "5", '➏': "6", '➐': "7", '➑': "8", '➒': "9",
}

// foldLatin is foldTable for the runes below its length, looked up
// without hashing: Danish letters and the accents of names in Latin script.
var foldLatin = func() (t [0x180]struct {
	f  string
	ok bool
}) {
	for r, f := range foldTable {
		if int(r) < len(t) {
			t[r].f, t[r].ok = f, true
		}
	}
	return t
}()

// foldOf is foldTable[r].
func foldOf(r rune) (string, bool) {
	if r >= 0 && int(r) < len(foldLatin) {
		return foldLatin[r].f, foldLatin[r].ok
	}
	f, ok := foldTable[r]
	return f, ok
}

// foldRuneInto writes foldRune(r) to b and returns its length.
func foldRuneInto(b *strings.Builder, r rune) int {
	r = unicode.ToLower(r)
	if f, ok := foldOf(r); ok {
		b.WriteString(f)
		return len(f)
	}
	if r < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1
	}
	if unicode.IsSpace(r) {
		b.WriteByte(' ')
		return 1
	}
	n, _ := b.WriteRune(r)
	return n
}

func foldRune(r rune) string {
	r = unicode.ToLower(r)
	if f, ok := foldOf(r); ok {
		return f
	}
	if r < utf8.RuneSelf {
		return string(r)
	}
	if unicode.IsSpace(r) {
		return " "
	}
	return string(r)
}

func tokenize(t *text) []token {
	s := t.fold
	toks := make([]token, 0, countTokens(s))
	line := 0
	runs, r := t.back.runs, 0 // the runs at or before i, read on as i rises
	for i := 0; i < len(s); {
		c, n := 0, 1
		if b := s[i]; b < utf8.RuneSelf {
			c = int(asciiClass[b])
		} else {
			c, n = runeClass(s, i)
		}
		switch {
		case c == classOther && s[i] == '\n':
			line++
			i += n
		case c != classOther:
			digit := c == classDigit
			j := i + n
			for j < len(s) {
				c2, n2 := 0, 1
				if b := s[j]; b < utf8.RuneSelf {
					c2 = int(asciiClass[b])
				} else {
					c2, n2 = runeClass(s, j)
				}
				if c2 != c {
					break
				}
				j += n2
			}
			tk := token{s: s[i:j], a: i, b: j, num: -1, line: line}
			if digit {
				tk.num = atoi(tk.s)
			} else {
				for r < len(runs) && int(runs[r].f) <= i {
					r++
				}
				o := i
				if r > 0 {
					o = runs[r-1].from(i)
				}
				or, _ := utf8.DecodeRuneInString(t.orig[o:])
				tk.cap = unicode.IsUpper(or)
				tk.cls = classTable.lookup(tk.s)
			}
			toks = append(toks, tk)
			i = j
		default:
			i += n
		}
	}
	return toks
}

// The classes of characters tokens are runs of.
const (
	classOther = iota
	classLetter
	classDigit
)

// asciiClass is the class of each ASCII byte (a digit, a letter or other),
// and runeClass that of a character beyond, as unicode.IsDigit and
// unicode.IsLetter tell, with its width. The loops over every byte look
// ASCII up themselves: a call costs more than the look-up.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case '0' <= c && c <= '9':
			t[c] = classDigit
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = classLetter
		}
	}
	return t
}()

func runeClass(s string, i int) (int, int) {
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case unicode.IsDigit(r):
		return classDigit, n
	case unicode.IsLetter(r):
		return classLetter, n
	}
	return classOther, n
}

// countTokens counts the tokens tokenize finds in s.
func countTokens(s string) int {
	n, prev := 0, classOther
	for i := 0; i < len(s); {
		c, w := 0, 1
		if b := s[i]; b < utf8.RuneSelf {
			c = int(asciiClass[b])
		} else {
			c, w = runeClass(s, i)
		}
		if c != classOther && c != prev {
			n++
		}
		prev = c
		i += w
	}
	return n
}

// atoi reads a run of digits; long runs saturate instead of overflowing.
func atoi(s string) int {
	n := 0
	for _, c := range s {
		if n > 1e8 {
			return n
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// gap returns the folded text between tokens i and j (i < j).
func (t *text) gap(i, j int) string {
	if i < 0 || j >= len(t.toks) || i >= j {
		return ""
	}
	return t.fold[t.toks[i].b:t.toks[j].a]
}

// tokenAt returns the index of the first token starting at or after offset a.
// pastLead returns the first token from offset a on, before offset b,
// that is no word standing before a clause's subject ("og", "men", "hej":
// skipLead); the first token at or after b when every one before it is.
func (t *text) pastLead(a, b int) int {
	i := t.tokenAt(a)
	for i < len(t.toks) && t.toks[i].a < b && t.toks[i].is(classSkipLead) {
		i++
	}
	return i
}

func (t *text) tokenAt(a int) int {
	lo, hi := 0, len(t.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if t.toks[m].a < a {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// found is the matches of one expression or table over the whole folded
// text; re is nil for a table's, which are found by foundAt.
type found struct {
	re   *regexp.Regexp
	hits [][]int
}

// kept returns the matches of re (or, with re nil, of m) kept by hits or
// within, and whether there are any. A table's are found by its number; an
// expression's by a look along the list: a text reads a few of them, and
// the look is cheaper than hashing into a map.
func (t *text) kept(re *regexp.Regexp, m *matcher) ([][]int, bool) {
	if m != nil {
		if int(m.id) < len(t.foundAt) {
			if k := int(t.foundAt[m.id]) - 1; k >= len(t.prior) {
				return t.found[k-len(t.prior)].hits, true
			} else if k >= 0 {
				return t.prior[k].hits, true
			}
		}
		return nil, false
	}
	for i := range t.prior {
		if t.prior[i].re == re {
			return t.prior[i].hits, true
		}
	}
	for i := range t.found {
		if t.found[i].re == re {
			return t.found[i].hits, true
		}
	}
	return nil, false
}

// keep adds f, the matches of m or of f.re, to the matches kept.
func (t *text) keep(f found, m *matcher) {
	if t.found == nil {
		t.found = make([]found, 0, 64) // the sender's words mostly reach some 60
	}
	t.found = append(t.found, f)
	if m == nil {
		return
	}
	if int(m.id) >= len(t.foundAt) {
		// room for every table built so far, m's at least
		n := max(int(tableCount.Load()), int(m.id)+1)
		t.foundAt = append(t.foundAt, make([]int16, n-len(t.foundAt))...)
	}
	t.foundAt[m.id] = int16(len(t.prior) + len(t.found))
}

// hits returns the matches of re over the whole folded text, found once:
// one pass over the text is far cheaper than one per sentence.
func (t *text) hits(re *regexp.Regexp) [][]int {
	if m, ok := t.kept(re, nil); ok {
		return m
	}
	var m [][]int
	g, ok := hitGates[re]
	switch {
	case re == countRe:
		// the head count reads them with their groups: the same pass
		for _, ix := range t.countMatches() {
			m = append(m, ix[:2:2])
		}
	case !ok:
		m = re.FindAllStringIndex(t.fold, -1)
	case g.mayMatch(t.fold):
		m = hitPrefixes[re].findAll(t.fold, false)
	}
	t.keep(found{re: re, hits: m}, nil)
	return m
}

// countMatches returns countRe's matches over the folded text with their
// groups, found once.
func (t *text) countMatches() [][]int {
	if !t.countsRead {
		if hitGates[countRe].mayMatch(t.fold) {
			t.counts = countPrefixes.findAll(t.fold, true)
		}
		t.countsRead = true
	}
	return t.counts
}

// hitGates hold the words without which the expressions read with hits
// find nothing, and hitPrefixes the places where their matches may start.
var hitGates, hitPrefixes = func() (map[*regexp.Regexp]*wordGate, map[*regexp.Regexp]*prefixRe) {
	gates, prefixes := map[*regexp.Regexp]*wordGate{}, map[*regexp.Regexp]*prefixRe{}
	for _, re := range []*regexp.Regexp{emailRe, urlRe, clauseSplit, countRe} {
		g := newGate(re)
		gates[re] = &g
		prefixes[re] = newPrefixRe(re)
	}
	return gates, prefixes
}()

// has reports whether m matches within fold[a:b]. The matches' starts
// and ends both rise (within), so the first to start at a or after is
// the one to end first.
func (t *text) has(m *matcher, a, b int) bool {
	all := t.all(m)
	i, _ := slices.BinarySearchFunc(all, a, func(s []int, a int) int { return s[0] - a })
	return i < len(all) && all[i][1] <= b
}

// within returns m's matches that lie within fold[a:b], nil if none. The
// slice is shared: a caller may append to it (that copies) but not change it.
func (t *text) within(m *matcher, a, b int) [][]int {
	// A table's matches are in order and do not overlap, so their starts
	// and their ends both rise: those within fold[a:b] are one run.
	all := t.all(m)
	i, _ := slices.BinarySearchFunc(all, a, func(s []int, a int) int { return s[0] - a })
	j := i
	for j < len(all) && all[j][1] <= b {
		j++
	}
	if i == j {
		return nil
	}
	return all[i:j:j]
}

// all returns m's matches over the whole folded text, found once.
func (t *text) all(m *matcher) [][]int {
	hits, ok := t.kept(nil, m)
	if !ok {
		t.needlesFound()
		if m.stems == nil || m.stemGroups.anyIn(t.fold, t.needles) {
			hits = m.findAllWith(t.fold, t.needles)
		}
		t.keep(found{hits: hits}, m)
	}
	return hits
}

// matches is m.MatchString(t.fold), with the text's needles and kept matches.
func (t *text) matches(m *matcher) bool {
	if hits, ok := t.kept(nil, m); ok {
		return len(hits) > 0
	}
	return m.matchIn(t.fold, t.needlesFound())
}

// phrasesIn is m.findPhrases(fold[a:b]) read with the text's needles: a
// needle the whole text lacks is in no part of it, so the pass over the
// whole serves every part.
func (t *text) phrasesIn(m *matcher, a, b int) []phraseHit {
	if !t.mayHold(m, a, b) {
		return nil
	}
	return m.scan(t.fold[a:b], t.needlesFound(), false)
}

// mayHold is m.mayMatch(fold[a:b]) read with the text's needles.
func (t *text) mayHold(m *matcher, a, b int) bool {
	return m.stems == nil || m.stemGroups.anyIn(t.fold[a:b], t.needlesFound())
}

// needlesFound returns the needles in fold, found once and read by every
// table: worth it on a short text too. They rule out strings in any part
// of fold.
func (t *text) needlesFound() *needleSet {
	if !t.needlesRead {
		if len(t.fold) >= 8 {
			t.needles = new(needleSet)
			allNeedles.find(t.needles, t.fold)
		}
		t.needlesRead = true
	}
	return t.needles
}

func spansIn(all [][]int, a, b int) [][]int {
	if len(all) == 0 {
		return nil
	}
	var out [][]int
	for _, s := range all {
		if s[0] >= a && s[1] <= b {
			out = append(out, s)
		}
	}
	return out
}

// sents returns the sentences, splitting once.
func (t *text) sents() []sentence {
	if t.ss == nil {
		t.ss = t.sentences()
	}
	return t.ss
}

// sentence is a span of the folded text that reads as one statement.
type sentence struct{ a, b int }

// sentences splits the folded text at full stops, question and exclamation
// marks and semicolons, and at line breaks that start something new (a blank
// line, a list item, a capital letter): a hard-wrapped line runs on. A full
// stop after a digit or a known abbreviation ("1. prioritet", "kl. 18",
// "nr. 2") does not end a sentence unless a capital letter follows.
func (t *text) sentences() []sentence {
	out := make([]sentence, 0, 16) // room for most texts' sentences
	s, start := t.fold, 0
	cut := func(end int) {
		if strings.TrimSpace(s[start:end]) != "" {
			out = append(out, sentence{start, end})
		}
		start = end
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '?':
			if !inLink(s, i) {
				cut(i + 1)
			}
		case '!', ';':
			cut(i + 1)
		case '.':
			if t.endsSentence(i) {
				cut(i + 1)
			}
		case '\n':
			if t.lineBreakEnds(i) {
				cut(i + 1)
			}
		}
	}
	cut(len(s))
	return out
}

func (t *text) endsSentence(i int) bool {
	s := t.fold
	j := i + 1
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j >= len(s) || s[j] == '\n' {
		return true
	}
	if j == i+1 { // "16.30", "m.m", "bl.a": no space after the dot
		return false
	}
	next := t.orig[t.back.at(j):]
	r, _ := utf8.DecodeRuneInString(next)
	upper := unicode.IsUpper(r)
	k := t.tokenAt(i) - 1
	if k >= 0 && t.toks[k].b == i {
		w := t.toks[k].s
		if len(w) == 1 && t.toks[k].cap && upper && k > 0 && t.toks[k-1].cap && t.gap(k-1, k) == " " && subjectStart[nextWord(t, j)] {
			return true // "min mand Poul D. Jeg vil ...": an initial, then a new subject
		}
		if abbreviations[w] {
			return false
		}
		if len(w) == 1 && t.toks[k].cap && t.toks[k].num < 0 && unicode.IsDigit(r) {
			return false // "Jens M. 4+3": an initial before the choices
		}
		if len(w) == 1 && t.toks[k].cap && t.toks[k].num < 0 && !upper && !unicode.IsDigit(r) && k > 0 && t.toks[k-1].cap && t.gap(k-1, k) == " " {
			return false // "min mand Abdirahman F. vi vil gerne komme": an initial, the sentence runs on
		}
		if t.toks[k].num >= 0 {
			if blankBefore(s, t.toks[k].a) {
				return false // "2. Sundhed": a numbered line
			}
			if (markAfterColon(s, t.toks[k]) || inlineRankMark(s, t.toks[k])) && !subjectStart[nextWord(t, j)] {
				return false // "Amina: 1. Beskæftigelse, 2. Sundhed": priority marks
			}
			if choiceLabels[nextWord(t, j)] {
				return false // "Job - MIT 2. VALG": a rank, however it is written
			}
			// "hun vil helst 3. jeg vil gerne 1": a new subject after a number
			return upper && !months[nextWord(t, j)] || subjectStart[nextWord(t, j)] || questionOpens(t, j)
		}
	}
	if k >= 0 && t.toks[k].b == i && t.toks[k].num < 0 && utf8.RuneCountInString(t.toks[k].s) >= 5 {
		// "ikke noget med maden. nr 2 og 4": after a whole word, not an
		// abbreviation, a mail in small letters starts anew
		return true
	}
	// "en veninde. vi vil begge ...": a mail in small letters starts anew
	return upper || unicode.IsDigit(r) || subjectStart[nextWord(t, j)] || questionOpens(t, j)
}

// questionOpens reports a question starting at j in a mail in small
// letters: a question word ("hvad", "hvornår"), or a verb before its
// subject ("kan jeg", "er der"). "workshop 2 og 1. kan jeg tage ...?"
// is two sentences, and the question does not take the choices with it.
func questionOpens(t *text, j int) bool {
	k := t.tokenAt(j)
	if k >= len(t.toks) {
		return false
	}
	return t.toks[k].is(classQuestionWord) || k+1 < len(t.toks) && t.toks[k].is(classAskVerb) && t.toks[k+1].is(classAskSubject) && t.gap(k, k+1) == " "
}

var (
	questionWords = wordSet(daQuestionWords, enQuestionWords)
	askVerbs      = wordSet(daAskVerbs, enAskVerbs)
	askSubjects   = wordSet(daAskSubjects, enAskSubjects)
)

// subjectStart are the subjects a sentence written in lower case starts
// with; "begge", "both" are everyone named so far ("... kommer. begge
// sundhed").
var subjectStart = wordSet([]string{"jeg", "hun", "han", "vi", "min", "mit", "mine", "vores", "she", "he", "we", "my", "our", "begge", "both"})

func (t *text) lineBreakEnds(i int) bool {
	s := t.fold
	j := i + 1
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j >= len(s) || s[j] == '\n' {
		return true
	}
	prev := strings.TrimRight(s[:i], " ")
	if prev == "" || strings.HasSuffix(prev, "\n") || strings.HasSuffix(prev, ":") || barePairLine(prev) || greetingLineEnds(prev) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.orig[t.back.at(j):])
	if unicode.IsDigit(r) {
		// a wrapped phone number or date runs on; a numbered item starts anew
		return enumerated.MatchString(s[j:]) || len(prev)-strings.LastIndexByte(prev, '\n') < 50 && !wrappedWish(prev, s[j:])
	}
	if unicode.IsUpper(r) && t.wrappedQuestion(i, j) {
		return false // "... follow it in\nEnglish?": one question, wrapped
	}
	return unicode.IsUpper(r) || strings.ContainsRune("-*•+>/(", r) || !unicode.IsLetter(r) || letterItem.MatchString(s[j:]) ||
		phoneLabelLine.MatchString(s[j:]) || endsBareList(prev) || formLineBreak(prev, s[j:]) || oneMoreLine(s[j:]) || selfLineOpens(s[j:])
}

// barePairLine reports a text whose last line is two workshop numbers
// joined and nothing else ("1 og 3", "2+4"), perhaps under a label ("mig:
// 2 og 1"): a line of its own, whatever follows ("1 og 3\ntak").
func barePairLine(prev string) bool {
	if c := prev[len(prev)-1]; c < '1' || c > '9' {
		return false // most lines: no number at the end
	}
	line := prev[strings.LastIndexByte(prev, '\n')+1:]
	if k := strings.LastIndexByte(line, ':'); k >= 0 && k < 40 {
		line = line[k+1:] // "mig: 2 og 1", "min mand omar: 1 og 2": a person's line
	}
	return len(line) <= 12 && barePair.MatchString(line)
}

var barePair = regexp.MustCompile(`^\s*[1-9]\s*(?:og|and|&|\+|/|,|eller|or|ellers)\s*[1-9]$`)

// phoneLabelLine opens a line that gives a number under a label in small
// letters ("mobil 22 33 44 55", "tlf: ..."): it starts anew, and the number
// is not said of whoever the line before speaks of.
var phoneLabelLine = regexp.MustCompile(`^(?:mobil|mob|tlf|telefon|tel|phone|mobile)\.?:? ?\+?\d`)

var enumerated = regexp.MustCompile(`^\d{1,2}[.):]\s`)

// letterItem opens an item of a list lettered "a)", "b)": it starts anew.
var letterItem = regexp.MustCompile(`^[a-e]\)\s`)

// nextWord returns the folded word starting at offset j.
func nextWord(t *text, j int) string {
	if k := t.tokenAt(j); k < len(t.toks) {
		return t.toks[k].s
	}
	return ""
}

// abbreviations end with a full stop that does not end the sentence.
var abbreviations = map[string]bool{
	"nr": true, "kl": true, "d": true, "ws": true, "tlf": true, "ca": true, "afd": true,
	"mht": true, "evt": true, "fx": true, "bl": true, "prio": true, "tel": true, "mr": true,
	"mrs": true, "ms": true, "dr": true, "no": true, "st": true, "pga": true, "vedr": true,
	"inkl": true, "mob": true, "m": true, "a": true, "e": true, "o": true, "s": true,
	"el": true, // "2 el. 3": "eller" in short
}

// headOf is s cut to at most n bytes, at the start of a rune: the top of a
// long quote, without copying it (the text is valid UTF-8).
func headOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
