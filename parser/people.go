package parser

import (
	"math/bits"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"tilmeld"
)

// person is someone the mail registers, changes or withdraws.
type person struct {
	name     string
	self     bool
	refs     []ref
	diet     []tilmeld.Diet
	dietText []string
	said     bool   // the mail says something about this person's choices or food
	rel      string // how the person relates to the sender ("kollega"), when the mail says
	// relNamed: the relation was said with the person's name ("min far,
	// Ole Holm"), so the bare relation later is the same person.
	relNamed bool
	// labelNamed: the relation got her name from a line of names ("Navne:
	// ..."); "min søn" still speaks of her.
	labelNamed bool
	// folded and spans are foldName of foldedOf, her name when last
	// folded: a name is tested against hers many times a mail.
	folded   []byte
	spans    [][2]int
	foldedOf string
}

// foldedName returns foldName of p.name, folded once for each name she has.
func (p *person) foldedName() ([]byte, [][2]int) {
	if p.folded == nil || p.foldedOf != p.name {
		p.folded, p.spans = foldName(p.folded[:0], p.spans[:0], p.name)
		p.foldedOf = p.name
	}
	return p.folded, p.spans
}

// namedAs is consistent(p.name, name) or, with first, sameFirstName(p.name,
// name): name is folded once for both, hers not again.
func (p *person) namedAs(name string, first bool) bool {
	var fb [128]byte
	var sb [8][2]int
	nb, wb := foldName(fb[:0], sb[:0], name)
	na, wa := p.foldedName()
	return consistentFolded(na, wa, nb, wb) || first && sameFirstFolded(na, wa, nb, wb)
}

// addDiet gives the person the diet read from words.
func (p *person) addDiet(tags []tilmeld.Diet, words string) {
	p.diet = tilmeld.SortDiets(append(p.diet, tags...))
	if w := strings.TrimSpace(words); w != "" && !containsStr(p.dietText, w) {
		p.dietText = append(p.dietText, w)
	}
	p.said = true
}

func containsStr(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

var (
	relations = wordSet(daRelations, enRelations)
	counts    = func() map[string]int { m := map[string]int{}; add(m, daCounts); add(m, enCounts); return m }()
	countRe   = countExpr()
	// countPrefixes finds countRe's matches faster
	countPrefixes = newPrefixRe(countRe)
	attendCue     = table(daAttendCue, enAttendCue)
	onlySpokenOf  = table(daSpokenOf, enSpokenOf)
)

func add(dst, src map[string]int) {
	for k, v := range src {
		dst[k] = v
	}
}

// countAlternation is an expression group for a count: a digit or a
// count word of either language.
func countAlternation() string {
	var ws []string
	for _, m := range []map[string]int{daCounts, enCounts} {
		for w := range m {
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	return `(\d|` + strings.Join(ws, "|") + `)`
}

// countExpr reads a head count: a count word or digit after "vi er" or
// before "personer".
func countExpr() *regexp.Regexp {
	n := countAlternation()
	before := strings.Join(append(slices.Clone(daCountBefore), enCountBefore...), "|")
	after := strings.Join(append(slices.Clone(daCountAfter), enCountAfter...), "|")
	return regexp.MustCompile(`\b(?:` + before + `)\s+` + n + `\b|\b` + n + `\s+(?:` + after + `)\b`)
}

// headcount reads "vi er to", "2 personer"; 0 when not said.
func headcount(t *text) int {
	n, fold := 0, t.fold
	for _, ix := range t.countMatches() {
		if ix[0] > 0 && fold[ix[0]-1] == '-' || ix[1] < len(fold) && fold[ix[1]] == '-' {
			continue // "2-3 personer" is a guess, not a count
		}
		if ix[4] >= 0 && describesGroup(t, t.tokenAt(ix[4])) || countWritesOwn(t, ix[0]) {
			continue // "Vores bestyrelse er 5 personer", "Vi er 3, de andre skriver selv"
		}
		m := []string{"", fold[max(ix[2], 0):max(ix[3], 0)], fold[max(ix[4], 0):max(ix[5], 0)]}
		w := m[1] + m[2]
		v, ok := counts[w]
		if !ok && len(w) == 1 {
			v = int(w[0] - '0')
		}
		n = max(n, v)
	}
	// the words every phrase of groupOfTwo holds, looked for before the expression
	maybeTwo := strings.Contains(fold, "begge") || strings.Contains(fold, "both") || strings.Contains(fold, "two") || strings.Contains(fold, "vi to")
	if n < 2 && maybeTwo && groupOfTwo.MatchString(fold) {
		n = 2
	}
	return max(n, numberedAttendees(fold))
}

// numberedAttendees counts the lines of a form that number the people
// signed up, "Deltager 1: ...", "Deltager 2: ...": 1 to n, each once.
func numberedAttendees(fold string) int {
	if !strings.Contains(fold, "deltager ") && !strings.Contains(fold, "participant ") && !strings.Contains(fold, "person ") {
		return 0
	}
	n := 0
	for rest := fold; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		line = strings.TrimLeft(line, " \t-*•")
		for _, w := range numberedAttendeeLabels {
			if after, ok := strings.CutPrefix(line, w+" "); ok && len(after) >= 2 && after[0] == byte('1'+n) && (after[1] == ':' || after[1] == '.' && len(after) > 2 && after[2] == ':') {
				n++
				break
			}
		}
	}
	if n < 2 {
		return 0
	}
	return n
}

var numberedAttendeeLabels = []string{"deltager", "participant", "person"}

// groupOfTwo: "begge to", "os begge", "both of us" count two people
// without a number after "vi er".
var groupOfTwo = phrases(daGroupOfTwo, enGroupOfTwo)

// mention is a person named in a span of text.
type mention struct {
	p    *person
	a, b int
}

// people tracks who the mail is about while it is read.
type people struct {
	self   *person
	others []*person
	// sources are texts, the quoted thread too, whose full names complete a
	// first name; read only when a first name needs it.
	sources []string
	// lowered are the sources in lower case, made on first need.
	lowered []string
	avoid   map[string]bool
	// onFile are the full names on the sender's registration, when known:
	// they complete a first name before any text does.
	onFile []string
	// completed holds what complete made of each name asked.
	completed map[string]string
	lines     []span // listed lines and table rows, each one person's
	// en: the mail is in English, where "stays" is a verb, not a name
	en bool
	// headcount is how many people the mail says come ("vi er to"), 0 when unsaid.
	headcount int
	// single lets a lone first name be a new person, in a sentence that
	// counts the people ("Vi er 3: Anne, Bo og mig").
	single bool
	// danish: "at" opens a clause ("at Emil har nøddeallergi"), no place.
	danish bool
	// read is what mentions found at each token of readText with the words
	// to avoid readAvoid: the steps read the same clauses for people again.
	read      []tokenRead
	readText  *text
	readAvoid uintptr // the map's identity: maps do not compare
}

// tokenRead is nameAt and relationAt at a token, each read on first need.
type tokenRead struct {
	name      string
	n         int
	rel       string
	gen       int
	named     bool // name and n are read
	relations bool // rel and gen are read
}

// readOf returns the tokens read of t so far, new ones when t or its
// words to avoid, which nameAt depends on, are not those read before.
func (ps *people) readOf(t *text) []tokenRead {
	avoid := reflect.ValueOf(t.avoid).Pointer()
	if ps.readText != t || ps.readAvoid != avoid || len(ps.read) != len(t.toks) {
		ps.read, ps.readText, ps.readAvoid = make([]tokenRead, len(t.toks)), t, avoid
	}
	return ps.read
}

// nameAt is nameAt(t, i), read once per token.
func (ps *people) nameAt(read []tokenRead, t *text, i int) (string, int) {
	if i >= len(read) {
		return nameAt(t, i)
	}
	r := &read[i]
	if !r.named {
		r.name, r.n = nameAt(t, i)
		r.named = true
	}
	return r.name, r.n
}

// find returns the person called name, matching full names and first names.
func (ps *people) find(name string) *person {
	// name folded once for all of them
	var fb [128]byte
	var sb [8][2]int
	nb, wb := foldName(fb[:0], sb[:0], name)
	if calledByFolded(ps.self, nb, wb) {
		return ps.self
	}
	for _, p := range ps.others {
		if calledByFolded(p, nb, wb) {
			return p
		}
	}
	return nil
}

// fuller is fuller(p.name, cand), her name not folded again.
func (p *person) fuller(cand string) string {
	if p.name == "" || cand == "" {
		return fuller(p.name, cand)
	}
	var fb [128]byte
	var sb [8][2]int
	nb, wb := foldName(fb[:0], sb[:0], cand)
	if na, wa := p.foldedName(); len(wb) > len(wa) && consistentFolded(na, wa, nb, wb) {
		return cand
	}
	return p.name
}

// calledBy: name is p's full name, or only her first name.
func calledBy(p *person, name string) bool {
	if p.name == "" {
		return false
	}
	var fb [128]byte
	var sb [8][2]int
	nb, wb := foldName(fb[:0], sb[:0], name)
	return calledByFolded(p, nb, wb)
}

// calledByFolded is calledBy of a name folded by foldName.
func calledByFolded(p *person, nb []byte, wb [][2]int) bool {
	if p.name == "" {
		return false
	}
	na, wa := p.foldedName()
	return consistentFolded(na, wa, nb, wb) || sameFirstFolded(na, wa, nb, wb) && len(wb) == 1
}

// complete turns a first name into the full name seen elsewhere ("Kurt" → "Kurt Holm").
// The steps ask it of the same names again; the answer rests only on the
// names on file and the sources, so it is read once a name.
func (ps *people) complete(name string) string {
	if full, ok := ps.completed[name]; ok {
		return full
	}
	if ps.completed == nil {
		ps.completed = map[string]string{}
	}
	full := ps.completeOnce(name)
	ps.completed[name] = full
	return full
}

func (ps *people) completeOnce(name string) string {
	if countNameWords(name) > 1 {
		return ps.completeLonger(name)
	}
	best := name
	prefix := strings.ToLower(name) + " "
	for _, k := range slices.Concat(ps.onFile, ps.namesOnLinesWith(prefix)) {
		if strings.HasPrefix(strings.ToLower(k)+" ", prefix) && len(k) > len(best) {
			best = k
		}
	}
	return best
}

// completeLonger turns a short form of more words into the full name of
// the thread that begins with it ("Per Erik" → "Per Erik Dahl", a double
// first name on the receipt answered). Two that begin with it and differ
// ("Per Erik Dahl", "Per Erik Lund") leave it as written: which one is
// meant is not guessed.
func (ps *people) completeLonger(name string) string {
	best := name
	prefix := strings.ToLower(name) + " "
	for _, k := range slices.Concat(ps.onFile, ps.namesOnLinesWith(prefix)) {
		if !strings.HasPrefix(strings.ToLower(k)+" ", prefix) || len(k) <= len(name) {
			continue
		}
		switch {
		case best == name || (consistent(best, k) || consistent(k, best)) && len(k) > len(best):
			best = k
		case !consistent(best, k) && !consistent(k, best):
			return name
		}
	}
	return best
}

// namesOnLinesWith returns the full names written on the lines of the
// sources that hold prefix in lower case, in the order of the sources and
// their lines. A name stands on one line, and one that completes a first
// name holds it and the space after it in lower case; so only those lines
// are read for names, not the whole of a long quoted thread.
func (ps *people) namesOnLinesWith(prefix string) []string {
	if ps.lowered == nil {
		ps.lowered = make([]string, len(ps.sources))
		for i, s := range ps.sources {
			ps.lowered[i] = lowerText(s)
		}
	}
	var ts []*text
	for i, s := range ps.sources {
		low := ps.lowered[i]
		if !strings.Contains(low, prefix) {
			continue
		}
		// lower case changes no line break: the lines of low are those of s
		for s != "" {
			line, rest, _ := strings.Cut(s, "\n")
			lowLine, lowRest, _ := strings.Cut(low, "\n")
			if strings.Contains(lowLine, prefix) {
				ts = append(ts, newText(line))
			}
			s, low = rest, lowRest
		}
	}
	return knownNames(ps.avoid, ts...)
}

// lowerText is strings.ToLower(s), written a run at once: the sources
// are whole threads, mostly ASCII with an æ, ø or å in most lines, and
// strings.ToLower maps such a text a rune at a time.
func lowerText(s string) string {
	i := lowerRun(s, 0)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		j := lowerRun(s, i)
		b.WriteString(s[i:j])
		if i = j; i == len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			b.WriteByte(c + 'a' - 'A')
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:]) // a byte of no rune is U+FFFD, as ToLower writes it
		b.WriteRune(unicode.ToLower(r))
		i += w
	}
	return b.String()
}

// lowerRun returns where the run of s from i that lower case leaves as it
// is ends: ASCII but the capitals, and the Latin-1 small letters ß to ÿ
// (and ÷), which Danish writes in most lines. It reads eight bytes at once.
func lowerRun(s string, i int) int {
	for i+8 <= len(s) {
		stops := stopsInEight(s[i : i+8])
		if stops == 0 {
			i += 8
			continue
		}
		i += bits.TrailingZeros64(stops) / 8
		if !latinSmallAt(s, i) {
			return i
		}
		i += 2
	}
	for i < len(s) {
		switch {
		case lowerKeeps[s[i]]:
			i++
		case latinSmallAt(s, i):
			i += 2
		default:
			return i
		}
	}
	return i
}

// stopsInEight marks the bytes of s, eight read as one little-endian word,
// that lower case may change: the top bit of a byte is set if it is not
// ASCII or is a capital. A byte b below 0x80 carries into its top bit when
// added 0x3f if b >= 'A', and when added 0x25 if b > 'Z'; a byte from 0x80
// may carry into the next one, but the first byte marked is right.
func stopsInEight(s string) uint64 {
	const ones = 0x0101010101010101
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	return (x | (x+0x3f*ones)&^(x+0x25*ones)) & (0x80 * ones)
}

// latinSmallAt reports whether a letter from ß (U+00DF) to ÿ (U+00FF), or
// ÷, starts at s[i]: lower case leaves it as it is.
func latinSmallAt(s string, i int) bool {
	return s[i] == 0xc3 && i+1 < len(s) && 0x9f <= s[i+1] && s[i+1] <= 0xbf
}

// lowerKeeps tells the bytes lower case leaves as they are, by themselves:
// ASCII but the capitals.
var lowerKeeps = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !('A' <= c && c <= 'Z')
	}
	return t
}()

// add returns the person called name, adding her when new.
func (ps *people) add(name string) *person {
	name = ps.complete(dropTitle(name))
	if p := ps.find(name); p != nil {
		if countNameWords(name) > countNameWords(p.name) {
			p.name = name
		}
		return p
	}
	p := &person{name: name}
	ps.others = append(ps.others, p)
	return p
}

// mentions finds the people named in fold[a:b]: full names, first names of
// people already known, and "min kone Elif", "min kollega" (a person
// without a name).
func (ps *people) mentions(t *text, a, b int, create bool) []mention {
	var out []mention
	from, to := t.tokenAt(a), t.tokenAt(b)
	read := ps.readOf(t)
	for i := from; i < to; i++ {
		tk := t.toks[i]
		r := &read[i]
		if !r.relations {
			r.rel, r.gen = relationAt(t, i)
			r.relations = true
		}
		rel, gen := r.rel, r.gen
		if rel != "" && roleOfNameBefore(t, i) {
			continue // "Hawa Ali (min kone)": who the one named is, no one more
		}
		if owner, c := kinCount(t, from, i, rel); owner >= 0 {
			// "mine to børn, Ali og Sara": as many names as the count;
			// "my children, Ali and Sara": the names listed
			if names := countedNames(ps, read, t, i+1, to, c); names != nil {
				a := t.toks[owner].a
				for _, nm := range names {
					if p := ps.relative(rel, nm.name, create); p != nil {
						out = append(out, mention{p, a, t.toks[nm.j-1].b})
					}
					a = t.toks[nm.j].a
				}
				i = names[len(names)-1].j - 1
				continue
			}
		}
		if rel != "" && i > from && (owners[t.toks[i-1].s] || someone[t.toks[i-1].s] && broughtAlong(t, i, to)) {
			name, n := "", 0
			if k := i + 1 + gen + namingAt(t, i+1+gen, to); k < to && (k > i+1 || gen == 0) && !sentenceBetween(t, k-1, k) {
				// "min mand Ole", "min mand hedder Ole", "min kones navn er Saima"
				if name, n = ps.nameAt(read, t, k); name != "" {
					n += k - i - 1
				} else if m := ps.smallKinName(t, k, to); m > 0 {
					// "min mand per vil gerne med", as a phone types it
					name, n = titleCase(t.span(t.toks[k].a, t.toks[k+m-1].b)), m+k-i-1
				}
			}
			if j := i + 1 + gen; name == "" && j+1 < to && deniedIs[t.toks[j].s] {
				// "My wife is Anna Holm": a full name after "is" names her;
				// one word there says what she is ("is Danish")
				if full, m := ps.nameAt(read, t, j+1); m >= 2 {
					name, n = full, m+1+gen
				}
			}
			if name == "" {
				// "min søn ... han hedder Emre Yilmaz": the name comes later
				if k := laterNaming(t, i, to); k >= 0 {
					name, _ = ps.nameAt(read, t, k)
				}
			}
			p := ps.relative(rel, name, create)
			if p != nil {
				out = append(out, mention{p, t.toks[i-1].a, t.toks[i+n].b})
			}
			i += n
			continue
		}
		name, n := ps.nameAt(read, t, i)
		if name == "" {
			continue
		}
		if i > 0 && t.toks[i-1].is(classPlace) && !(i > 1 && passedOnFrom[t.toks[i-2].s]) && !(ps.danish && t.toks[i-1].s == "at") {
			i += n - 1 // "fra Galgebakken Syd" is a place
			continue
		}
		if estateOfSection(t, i) {
			i += n - 1
			continue
		}
		if n == 1 && belongingAt(t, i) {
			continue // "vi er begge Muslimer", "I am Irish": what they are
		}
		full := name
		if n == 1 && create && ps.find(name) == nil {
			full = ps.complete(name) // only a new person needs the thread's names
		}
		switch {
		case ps.self.name != "" && (ps.self.namedAs(full, n == 1) ||
			selfApposition(t, i) && initialsAgree(ps.self.name, full)):
			ps.self.name = ps.self.fuller(full)
			out = append(out, mention{ps.self, tk.a, t.toks[i+n-1].b})
		case ps.self.name != "" && selfApposition(t, i) && clippedFormOf(ps.self.name, full):
			// "for mig, Kristoffer Mølgaard" over "Hilsen Kris": one person,
			// by the name she gives in full
			ps.self.name = full
			out = append(out, mention{ps.self, tk.a, t.toks[i+n-1].b})
		case (countNameWords(full) >= 2 || ps.single && create) && (create || ps.find(full) != nil):
			out = append(out, mention{ps.add(full), tk.a, t.toks[i+n-1].b})
		case ps.find(full) != nil:
			out = append(out, mention{ps.find(full), tk.a, t.toks[i+n-1].b})
		}
		i += n - 1
	}
	return out
}

// smallKinName returns how many words of a name written in small letters
// stand at token k, right after a relation and its owner ("min mand per
// holm vil"), as the gate's checkSmallNameMissing reads them; 0 when none.
func (ps *people) smallKinName(t *text, k, to int) int {
	if t.toks[k].cap || t.gap(k-1, k) != " " || !smallNameRead(t, k, ps.avoid, ps.en) {
		return 0
	}
	if m := smallNameLen(t, k, ps.avoid, ps.en); m <= 2 && k+m <= to {
		return m
	}
	return 0
}

// kinCount reads the owner and the count before a relation at token i
// that is more than one person: "mine to børn" (the count, 2), "my
// children" (0: as many as are named). owner is -1 when there is none.
func kinCount(t *text, from, i int, rel string) (owner, c int) {
	if rel == "" || i <= from {
		return -1, 0
	}
	if c := counts[t.toks[i-1].s]; c > 1 && i > from+1 && kinOwners[t.toks[i-2].s] {
		return i - 2, c
	}
	if pluralKin[rel] && kinOwners[t.toks[i-1].s] {
		return i - 1, 0
	}
	return -1, 0
}

var (
	// kinOwners own more than one relative ("mine to børn", "our two sons").
	kinOwners = wordSet([]string{"mine", "vores", "my", "our"})
	pluralKin = wordSet(daPluralKin, enPluralKin)
)

// countedNames reads exactly c names from token k on (two or more when c
// is 0), joined by commas and "og"/"and", after a comma, colon or bracket:
// "Ali og Sara", "(Ali, Sara og Omar)". It returns nil when another number
// stands there.
func countedNames(ps *people, read []tokenRead, t *text, k, to, c int) []countedName {
	if k >= to || strings.Trim(t.gap(k-1, k), " ,:(") != "" {
		return nil
	}
	var names []countedName
	for k < to {
		name, n := ps.nameAt(read, t, k)
		if name == "" {
			return nil
		}
		names = append(names, countedName{name, k + n})
		k += n
		if len(names) == c || k >= to {
			break
		}
		g := strings.TrimSpace(t.gap(k-1, k))
		if t.toks[k].is(classAnd) && g == "" {
			k++
			continue
		}
		if g == "," && (c > 0 || nameStarts(ps, read, t, k)) {
			continue
		}
		if c > 0 {
			return nil
		}
		break
	}
	if c == 0 && len(names) < 2 || c > 0 && len(names) != c {
		return nil
	}
	if k < to && t.toks[k].is(classAnd) && strings.TrimSpace(t.gap(k-1, k)) == "" {
		return nil // "Ali og Sara og Omar": more names than the count
	}
	return names
}

// nameStarts: a name stands at token k.
func nameStarts(ps *people, read []tokenRead, t *text, k int) bool {
	name, _ := ps.nameAt(read, t, k)
	return name != ""
}

// countedName is a name countedNames read, and the token after it.
type countedName struct {
	name string
	j    int
}

// roleOfNameBefore reports a relation in a bracket right after a
// capitalised name, with no name of its own after it: "Hawa Ali (min kone)",
// "Sagal Ali (vores datter, 19 år)".
func roleOfNameBefore(t *text, i int) bool {
	if i < 2 || !t.toks[i-1].is(classOwner) || !t.toks[i-2].cap || !strings.HasSuffix(strings.TrimRight(t.gap(i-2, i-1), " "), "(") {
		return false
	}
	return i+1 >= len(t.toks) || !t.toks[i+1].cap || t.gap(i, i+1) != " "
}

// relationAt reads a relation at token i: "kone", or "kones" / "wife's"
// only before a naming phrase ("min kones navn er …"; "min kones veninde"
// is the friend); gen is the tokens the genitive takes after the word
// itself. "" when none.
func relationAt(t *text, i int) (rel string, gen int) {
	w := t.toks[i].s
	if t.toks[i].is(classRelation) {
		if i+1 < len(t.toks) && t.toks[i+1].s == "s" && t.fold[t.toks[i].b] == '\'' &&
			namingAt(t, i+2, len(t.toks)) > 0 { // "wife's name is"
			return w, 1
		}
		return w, 0
	}
	if base, ok := strings.CutSuffix(w, "s"); ok && relations[base] && namingAt(t, i+1, len(t.toks)) > 0 { // "kones navn er"
		return base, 0
	}
	return "", 0
}

// namingAt returns how many tokens from i say that a name follows ("hedder",
// "navn er", "s name is"), 0 when none. A name must follow for them to count.
func namingAt(t *text, i, to int) int {
	for _, p := range namingPhrases {
		if i+len(p) >= to {
			continue
		}
		ok := true
		for k, w := range p {
			if t.toks[i+k].s != w {
				ok = false
				break
			}
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

var namingPhrases = func() [][]string {
	var out [][]string
	for _, p := range append(append([]string{}, daNaming...), enNaming...) {
		out = append(out, strings.Fields(p))
	}
	return out
}()

// broughtAlong reports whether the relation at token i, after "en"/"a",
// is someone who comes along: "tager en kollega med", "sammen med en
// veninde", "bringing a friend", "a colleague will join me".
func broughtAlong(t *text, i, to int) bool {
	if i >= 2 && (t.toks[i-2].s == "med" || t.toks[i-2].s == "with" || t.toks[i-2].s == "bringing" || t.toks[i-2].s == "bring") {
		return true
	}
	if i >= 3 && selfAnd[t.toks[i-3].s+" "+t.toks[i-2].s] {
		return true // "mig og en kollega", "myself and a colleague": signed up with her
	}
	for k := i + 1; k < to && k <= i+4; k++ {
		if alongWords[t.toks[k].s] {
			return true
		}
	}
	return false
}

var selfAnd = wordSet([]string{"mig og", "selv og", "myself and", "me and"})

var alongWords = wordSet([]string{"med", "ogsaa", "kommer", "along", "too", "also", "join", "joins", "come", "coming"})

// places are prepositions before where someone lives or works, not who.
var places = wordSet(daPlaces, enPlaces)

// passedOnFrom: after these "fra"/"from" names who wrote what is passed
// on ("videresender nedenstående fra Saba Tahir"), a person, not a place.
var passedOnFrom = wordSet(daPassedOnFrom, enPassedOnFrom)

var (
	owners  = wordSet(daOwners, enOwners)
	someone = wordSet([]string{"en", "et", "a", "an"}) // "jeg tager en kollega med"
)

// relative returns the person called "min kone Elif" or "min kollega": by
// name when one is given, else by the relation; new ones only when create.
func (ps *people) relative(rel, name string, create bool) *person {
	if name != "" {
		if ps.find(ps.complete(name)) == nil {
			// "mig og min mand ... min mand hedder Ole": the one spoken of already
			for _, p := range ps.others {
				if p.name == "" && p.rel == rel {
					p.name = ps.complete(name)
					return p
				}
			}
		}
		if !create {
			return ps.find(ps.complete(name))
		}
		p := ps.add(name)
		if p.rel == "" && p != ps.self {
			p.rel, p.relNamed = rel, true
		}
		return p
	}
	for _, p := range ps.others {
		if (p.name == "" || p.labelNamed) && p.rel == rel {
			return p
		}
	}
	if p := ps.onlyOfRelation(rel); p != nil {
		return p // "min far, Ole Holm ... Min far vil gerne på 1": Ole Holm
	}
	if !create {
		return nil
	}
	p := &person{rel: rel}
	ps.others = append(ps.others, p)
	return p
}

// onlyOfRelation returns the one person named beside the relation rel
// ("min far, Ole Holm"), nil when there is none or more than one ("min søn
// Ali og min søn Omar").
func (ps *people) onlyOfRelation(rel string) *person {
	var found *person
	for _, p := range ps.others {
		if p.rel == rel && p.relNamed {
			if found != nil {
				return nil
			}
			found = p
		}
	}
	return found
}

// all returns everyone registered, the sender first when she attends.
func (ps *people) all(selfAttends bool) []*person {
	var out []*person
	if selfAttends {
		out = append(out, ps.self)
	}
	for _, p := range ps.others {
		if p != ps.self {
			out = append(out, p)
		}
	}
	return out
}

// sentenceBetween reports a full stop, question or exclamation mark
// between tokens i and j that ends a sentence: "med min søster. Anna Holm
// ..." does not name the sister.
func sentenceBetween(t *text, i, j int) bool {
	g := t.gap(i, j)
	k := strings.IndexAny(g, ".!?")
	if k < 0 {
		return false
	}
	return g[k] != '.' || t.endsSentence(t.toks[i].b+k)
}
