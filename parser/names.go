package parser

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var (
	nameStop    = wordSet(daNameStop, enNameStop, daSignUpOrder, enSignUpOrder, daOrderVerbs, enOrderVerbs, daFoodLabels, enFoodLabels, daStrikeVerbs, enStrikeStops)
	leadAdverbs = wordSet(daLeadAdverbs, enLeadAdverbs)
)

// particles may stand lower case inside a name ("Tran van Duc", "Ali bin Omar").
var particles = wordSet(daParticles)

// notPerson are first words of names that belong to groups, not people.
var notPerson = wordSet(daNotPerson, enNotPerson)

// nameAt reads a person's name starting at token i: one to four capitalised
// words on one line (hyphenated parts joined), particles allowed inside.
// It returns the name as written and the number of tokens used.
func nameAt(t *text, i int) (string, int) {
	if i >= len(t.toks) {
		return "", 0
	}
	j := i + 1
	if apostropheName(t, i) {
		j = i + 2 // "O'Brien Aoife", the surname first
	} else if !nameWord(t, i) || t.toks[i].is(classNotPerson) || groupNamed(t, i) {
		return "", 0
	}
	words := 1
	for j < len(t.toks) && words < 4 {
		g := t.fold[t.toks[j-1].b:t.toks[j].a]
		if g == ". " && len(t.toks[j-1].s) == 1 && t.toks[j-1].cap {
			g = " " // "H. C. Jensen": an initial and its full stop
		}
		if g != " " && g != "-" {
			break
		}
		if apostropheName(t, j) {
			j += 2 // "John O'Brien"
			words++
			continue
		}
		if nameWord(t, j) || g == "-" && hyphenPart(t, j, words) {
			j++
			words++
			continue
		}
		if k := particleRun(t, j); k > 0 && g == " " {
			j += k
			words += k
			continue
		}
		break
	}
	for k := i; k < j; k++ {
		if orgWord(t.toks[k].s) {
			return "", 0
		}
	}
	return t.span(t.toks[i].a, t.toks[j-1].b), j - i
}

// hyphenPart: token j, right after a hyphen inside a name of words words
// so far, is the second part of a double name written in small letters, as
// phones and many writers do: of a double surname after a first name ("Ida
// Krogh-pedersen"), or of a double first name before a surname
// ("Anne-sofie Krag"). Letters only, and no word of the language, the
// event, a diet or a workshop ("Eva Bo-også"); a capitalised word and a
// noun are none ("med Falck-bussen").
func hyphenPart(t *text, j, words int) bool {
	if t.toks[j].cap || t.toks[j].num >= 0 || !smallWordMayName(t, j, t.avoid) {
		return false
	}
	return words >= 2 || j+1 < len(t.toks) && t.gap(j, j+1) == " " && nameWord(t, j+1) || hyphenNamedElsewhere(t, j)
}

// hyphenNamedElsewhere reports the double first name that ends at token j
// written elsewhere in t before a surname: "Hans-henrik spiser ikke
// svinekød" under "min mand Hans-henrik Lund".
func hyphenNamedElsewhere(t *text, j int) bool {
	pair := t.fold[t.toks[j-1].a:t.toks[j].b]
	for at := 0; ; {
		k := strings.Index(t.fold[at:], pair)
		if k < 0 {
			return false
		}
		a := at + k
		at = a + len(pair)
		if i := t.tokenAt(a); i != j-1 && i+2 < len(t.toks) && t.toks[i].a == a && t.gap(i+1, i+2) == " " && nameWord(t, i+2) {
			return true
		}
	}
}

// apostropheName reports a name word written with an apostrophe after its
// first letters ("O'Neill", "D'Souza", "N’Guessan", "Dell'Acqua"): both
// parts capitalised, nothing but the apostrophe between. "Liam's" is a
// possessive, "Tenants' Club" a group.
func apostropheName(t *text, j int) bool {
	if j+1 >= len(t.toks) || !t.toks[j].cap || !t.toks[j+1].cap || !t.toks[j].is(classApostrophePrefix) {
		return false
	}
	return t.fold[t.toks[j].b:t.toks[j+1].a] == "'" && nameWord(t, j+1)
}

// apostrophePrefixes open a name before an apostrophe.
var apostrophePrefixes = wordSet([]string{"o", "d", "n", "l", "m", "dell", "dall", "degli", "della", "de", "di", "da", "du"})

// particleRun returns how many tokens from j are one or two particles
// and the name word they belong to ("van der Berg", "al-Sayed", "de la
// Cruz"), 0 when there is no such run.
func particleRun(t *text, j int) int {
	k := j
	for k < len(t.toks) && k-j < 2 && t.toks[k].is(classParticle) && !t.toks[k].cap {
		k++
		if k == len(t.toks) {
			return 0
		}
		g := t.fold[t.toks[k-1].b:t.toks[k].a]
		if g != " " && (g != "-" || !nameWord(t, k)) {
			return 0 // "al-Sayed": a hyphen only before the name itself
		}
	}
	if k == j || k == len(t.toks) || !nameWord(t, k) {
		return 0
	}
	return k - j + 1
}

// orgSuffixes end the words of groups and places, not of people's names.
var orgSuffixes = append(slices.Clone(daOrgSuffixes), enOrgSuffixes...)

// orgSuffixesByLast are orgSuffixes by their last byte: every word of a
// name is asked, and only the suffixes that end as it does can match.
var orgSuffixesByLast = func() (t [256][]string) {
	for _, s := range orgSuffixes {
		for c := range t {
			if s == "" || s[len(s)-1] == byte(c) {
				t[c] = append(t[c], s)
			}
		}
	}
	return t
}()

func orgWord(w string) bool {
	if w == "" {
		return slices.Contains(orgSuffixes, "")
	}
	for _, s := range orgSuffixesByLast[w[len(w)-1]] {
		if strings.HasSuffix(w, s) && len(w) > len(s)+1 || w == s {
			return true
		}
	}
	return false
}

// groupHead reports a word that ends as the name of an association, a
// board or an office ends ("Beboerforening", "Association"): said last, it
// makes the words before it a group's name, not a person's. A place word
// ("Gade") is left out: many family names end so.
func groupHead(w string) bool {
	for _, s := range groupHeads {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

var groupHeads = append(slices.Clone(daGroupHeads), enGroupHeads...)

// institution reports a word that ends as the name of a club, a school or a
// drop-in place ends ("Fritidsklubben", "Club", "Lektiecaféen"): anywhere
// in a display name, it makes the name a place's. Words of estates and
// streets are left out: family names end so.
func institution(w string) bool {
	for _, s := range institutions {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

var institutions = append(slices.Clone(daInstitutions), enInstitutions...)

// nameWord: a capitalised word that is not a common word.
func nameWord(t *text, i int) bool {
	tk := &t.toks[i]
	if !tk.cap || tk.num >= 0 {
		return false
	}
	// The rest but the words to avoid depends on the token alone, and the
	// reader asks it of a capitalised word many times: it is kept.
	if t.nameWords == nil {
		t.nameWords = make([]int8, len(t.toks))
	}
	if t.nameWords[i] == 0 {
		t.nameWords[i] = -1
		if !tk.is(classNameStop) && !shouted(t, *tk) && !tk.is(classLeadAdverb) && !tk.is(classSkipLead) &&
			(utf8.RuneCountInString(tk.s) >= 2 || t.fold[tk.b:min(tk.b+1, len(t.fold))] == ".") {
			t.nameWords[i] = 1
		}
	}
	return t.nameWords[i] > 0 && !t.avoid[tk.s]
}

// shouted reports a common word written in capitals ("JEG VIL GERNE VÆRE
// MED"): its capital says nothing of a name.
func shouted(t *text, tk token) bool {
	w := t.span(tk.a, tk.b)
	// a small letter rules it out before the look-ups: most words with a
	// capital are written "Anna", and "Anna" is no word in capitals
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return false
		}
	}
	if !daWords[tk.s] && !enWords[tk.s] && !clauseWords[tk.s] && !personVerbs[tk.s] {
		return false
	}
	return utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w
}

// plainCase writes a name given in capitals as a name is written
// ("RUTH KJELDSEN" → "Ruth Kjeldsen"); other names stay as written.
func plainCase(name string) string {
	if strings.ToUpper(name) != name || strings.ToLower(name) == name {
		return name
	}
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		parts := strings.Split(w, "-")
		for k, p := range parts {
			if r, n := utf8.DecodeRuneInString(p); n > 0 && !particles[p] {
				parts[k] = string(unicode.ToUpper(r)) + p[n:]
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

// unquotedDisplay is a From display name without its quotes and the
// spaces around it.
func unquotedDisplay(display string) string {
	return strings.TrimSpace(strings.Trim(display, `"' `))
}

// fromName turns a From display name into a person's name: "Last, First"
// becomes "First Last"; a group ("Familien Hansen") or a lone address gives "".
func fromName(display string) string {
	d := unquotedDisplay(display)
	if d == "" || strings.ContainsAny(d, "@0123456789") {
		return ""
	}
	if !strings.Contains(d, " ") && addressLike.MatchString(d) {
		d = strings.NewReplacer(".", " ", "_", " ").Replace(d) // "ida.holm", as an address's local part
	}
	for _, sep := range []string{" - ", " – ", " | ", " / "} {
		if name, _, ok := strings.Cut(d, sep); ok && fromName(name) != "" {
			return fromName(name) // "Ida Holm - Albertslund Kommune"
		}
	}
	if last, first, ok := strings.Cut(d, ","); ok && !strings.Contains(first, ",") && len(strings.Fields(last)) <= 2 && len(strings.Fields(first)) <= 2 {
		if f := strings.TrimSpace(first); f != "" && strings.ToLower(f) == f && strings.ToLower(last) != last {
			d = last // "Ida Holm, sygeplejerske": a title after the comma
		} else {
			d = f + " " + strings.TrimSpace(last)
		}
	}
	t := newText(d)
	if len(t.toks) == 0 || len(t.toks) > 4 || t.toks[0].is(classNotPerson) {
		return ""
	}
	for _, tk := range t.toks {
		if tk.is(classNameStop) && !tk.is(classParticle) {
			return ""
		}
	}
	if kinDisplay(t) { // "Mor", "Mormor": what the family calls her
		return ""
	}
	if orgWord(t.toks[0].s) { // "Ejendomskontoret Hyldespjældet": an office, not a person
		return ""
	}
	if len(t.toks) > 1 && groupHead(t.toks[len(t.toks)-1].s) { // "Galgebakkens Beboerforening": an association
		return ""
	}
	for _, tk := range t.toks[1:] {
		if institution(tk.s) { // "Youth Club Orion", "Albertslund Fritidsklub"
			return ""
		}
	}
	if strings.ToLower(d) == d { // "else marie poulsen"
		d = titleCase(d)
	}
	return d
}

// addressLike is a display name written as an address's local part:
// words joined by dots or underscores ("ida.holm", "Ida_Holm").
var addressLike = regexp.MustCompile(`^\pL{2,}(?:[._]\pL{2,}){1,3}$`)

// otherScript reports two names written in different scripts, one in
// Latin letters and one not ("Fatima Haddad", "فاطمة حداد"): the same
// person may well be both, and the letters cannot tell.
func otherScript(a, b string) bool {
	return latinName(a) != latinName(b)
}

// latinName reports whether most letters of s are Latin.
func latinName(s string) bool {
	latin, other := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.IsLetter(r):
			other++
		}
	}
	return latin >= other
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		parts := strings.Split(w, "-") // "Holm-Jensen"
		for k, p := range parts {
			r, n := utf8.DecodeRuneInString(p)
			parts[k] = string(unicode.ToUpper(r)) + p[n:]
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// consistent reports whether two names can be the same person: every word of
// the shorter is a word or an initial of the longer ("M. Rahimi" and
// "Mohammad Rahimi", "Duc Tran" and "Tran Van Duc", "Mads" and "Mads Bjerre").
func consistent(a, b string) bool {
	// nameWords of both, read in buffers on the stack: the reader asks
	// this of many pairs of names
	var fa, fb [128]byte
	var sa, sb [8][2]int
	na, wa := foldName(fa[:0], sa[:0], a)
	nb, wb := foldName(fb[:0], sb[:0], b)
	return consistentFolded(na, wa, nb, wb)
}

// consistentFolded is consistent of two names folded by foldName.
func consistentFolded(na []byte, wa [][2]int, nb []byte, wb [][2]int) bool {
	if len(wa) > len(wb) {
		wa, wb, na, nb = wb, wa, nb, na
	}
	if len(wa) == 0 {
		return false
	}
	var usedArr [8]bool
	used := usedArr[:0]
	if len(wb) > len(usedArr) {
		used = make([]bool, len(wb))
	}
	used = used[:len(wb)]
	for _, x := range wa {
		w, found := na[x[0]:x[1]], false
		for k, y := range wb {
			if used[k] {
				continue
			}
			if v := nb[y[0]:y[1]]; bytes.Equal(w, v) || (len(w) == 1 && bytes.HasPrefix(v, w)) {
				used[k], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// foldName appends foldString(s) to buf and the spans of its words, as
// nameWords cuts them, to spans. A name in ASCII, most of them, is folded
// and cut in one pass.
func foldName(buf []byte, spans [][2]int, s string) ([]byte, [][2]int) {
	at, cut, start := len(buf), len(spans), -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			f := appendFoldString(buf[:at], s)
			return f[at:], nameWordSpans(spans[:cut], f[at:])
		}
		buf = append(buf, lowerByte(c))
		if asciiClass[c] == classOther {
			if start >= 0 {
				spans = append(spans, [2]int{start, i})
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
	}
	return buf[at:], spans
}

// spelledAs reports whether every word of short, its letters stripped of
// accents, is a word of full stripped the same way, in any order: "Lan
// Nguyen" is "Nguyễn Thị Lan" as an ASCII From line writes it, "Ayse
// Demir" is "Ayşe Demir".
func spelledAs(full, short string) bool {
	fw, sw := bareWords(full), bareWords(short)
	if len(sw) == 0 || len(sw) > len(fw) {
		return false
	}
	used := make([]bool, len(fw))
	for _, w := range sw {
		found := false
		for k, v := range fw {
			if !used[k] && v == w {
				used[k], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// bareWords are the words of a name in lower case without accents, and
// with the Danish letters as a From line without them spells them: "Søren
// Bæk" is "Soren Baek", "Åse Jørgensen" is "Aase Joergensen" (ø is o or
// oe, æ is ae, å is a or aa).
func bareWords(s string) []string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		case r == 'ı':
			b.WriteByte('i')
		case r == 'ø' || r == 'Ø':
			b.WriteByte('o')
		case r == 'æ' || r == 'Æ':
			b.WriteString("ae")
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	words := strings.FieldsFunc(b.String(), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	for k, w := range words {
		if strings.Contains(w, "oe") || strings.Contains(w, "aa") {
			words[k] = strings.NewReplacer("oe", "o", "aa", "a").Replace(w)
		}
	}
	return words
}

// truerSpelling reports whether the name the sender writes, body, is
// display (the From line's) with the accents or the word order the From
// line lost: the body's form is then the one to keep.
func truerSpelling(body, display string) bool {
	return body != display && !isASCII(body) && countNameWords(body) >= countNameWords(display) && spelledAs(body, display)
}

// asciiSpelled reports whether the name the sender signs, sig, is (part
// of) display spelled without its Danish or accented letters, as on a
// keyboard without them: "Bjorn" or "Bjoern" for "Bjørn Møller", "Ase" for
// "Åse Kjær", "Zoe" for "Zoë". The From line's spelling is the one to
// keep.
func asciiSpelled(sig, display string) bool {
	return isASCII(sig) && !isASCII(display) && spelledAs(display, sig)
}

// countNameWords is len(nameWords(s)).
func countNameWords(s string) int {
	var f [128]byte
	var spans [8][2]int
	_, w := foldName(f[:0], spans[:0], s)
	return len(w)
}

// sameFirstName is firstName(a) == firstName(b).
func sameFirstName(a, b string) bool {
	var fa, fb [128]byte
	var sa, sb [8][2]int
	na, wa := foldName(fa[:0], sa[:0], a)
	nb, wb := foldName(fb[:0], sb[:0], b)
	return sameFirstFolded(na, wa, nb, wb)
}

// sameFirstFolded is sameFirstName of two names folded by foldName.
func sameFirstFolded(na []byte, wa [][2]int, nb []byte, wb [][2]int) bool {
	if len(wa) == 0 || len(wb) == 0 {
		return len(wa) == len(wb)
	}
	return bytes.Equal(na[wa[0][0]:wa[0][1]], nb[wb[0][0]:wb[0][1]])
}

// nameWordSpans appends the spans of the words of a folded name to spans:
// where nameWords(s) finds them in foldString(s).
func nameWordSpans(spans [][2]int, folded []byte) [][2]int {
	start := -1
	for i := 0; i < len(folded); {
		// a name is mostly ASCII: its bytes are classed by a look-up
		var word bool
		n := 1
		if c := folded[i]; c < utf8.RuneSelf {
			word = asciiClass[c] != classOther
		} else {
			var r rune
			r, n = utf8.DecodeRune(folded[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if !word {
			if start >= 0 {
				spans = append(spans, [2]int{start, i})
			}
			start = -1
		} else if start < 0 {
			start = i
		}
		i += n
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(folded)})
	}
	return spans
}

// nameWords folds a name into its words ("Holm-Jensen" is two).
func nameWords(s string) []string {
	return strings.FieldsFunc(foldString(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// appendFoldString appends foldString(s) to buf.
func appendFoldString(buf []byte, s string) []byte {
	if isASCII(s) {
		for i := 0; i < len(s); i++ {
			buf = append(buf, lowerByte(s[i]))
		}
		return buf
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		if int(r) >= len(nameRuneFolds) {
			buf = appendFoldRune(buf, r)
		} else if f := nameRuneFolds[r]; len(f) == 1 {
			buf = append(buf, f[0])
		} else {
			buf = append(buf, f...)
		}
	}
	return buf
}

// nameRuneFolds holds appendFoldRune of each rune below its length: a
// name's letters, Danish and accented ones too, are folded without the
// look-up of case in the Unicode tables.
var nameRuneFolds = func() (t [0x180]string) {
	for r := range rune(len(t)) {
		t[r] = string(appendFoldRune(nil, r))
	}
	return t
}()

// appendFoldRune appends the folding of r, in a name with a letter
// beyond ASCII, to buf.
func appendFoldRune(buf []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		// the ASCII letters of a name with accents, without the look-up
		// of case in the Unicode tables
		r = rune(lowerByte(byte(r)))
	} else {
		r = unicode.ToLower(r)
	}
	switch f, ok := foldOf(r); {
	case ok:
		return append(buf, f...)
	case r < utf8.RuneSelf:
		return append(buf, byte(r))
	case unicode.IsSpace(r):
		return append(buf, ' ')
	default:
		return utf8.AppendRune(buf, r)
	}
}

// foldString folds like newText without keeping offsets.
func foldString(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		foldRuneInto(&b, r)
	}
	return b.String()
}

// fuller picks, among names that can be the same person, the one with most words.
func fuller(best, cand string) string {
	if best == "" {
		return cand
	}
	if cand == "" {
		return best
	}
	// both folded once for the test and the counts
	var fa, fb [128]byte
	var sa, sb [8][2]int
	na, wa := foldName(fa[:0], sa[:0], best)
	nb, wb := foldName(fb[:0], sb[:0], cand)
	if len(wb) > len(wa) && consistentFolded(na, wa, nb, wb) {
		return cand
	}
	return best
}

var (
	nameField = table(daNameField, enNameField)
	// nameIntro holds the weak introductions too (daNameIntroWeak), read
	// in the same pass; strongIntro tells the others apart.
	nameIntro   = table(daNameIntro, enNameIntro, daNameIntroWeak, enNameIntroWeak)
	strongIntro = wordSet(daNameIntro, enNameIntro)
	// a name in small letters is read only after words that say a name follows
	nameIntroPlain = table(daNameIntro, enNameIntro)
)

// lowerNames lists the full names written in small letters after words
// that say a name follows ("mit navn faadumo ali"). Small words may be
// anything, so the reader takes one only where it agrees with the From
// line.
func lowerNames(t *text) []string {
	var out []string
	for _, m := range t.within(nameIntroPlain, 0, len(t.fold)) {
		if n := lowerNameAt(t, t.tokenAt(m[1])); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// lowerNameLines lists the lines that hold nothing but a full name in
// small letters ("tran minh duc" under a terse mail). Like lowerNames, one
// is taken only where it agrees with the From line.
func lowerNameLines(t *text) []string {
	var out []string
	for _, ln := range lines(t) {
		i := t.tokenAt(ln[0])
		if i >= len(t.toks) || t.toks[i].a >= ln[1] || strings.TrimSpace(t.fold[ln[0]:t.toks[i].a]) != "" {
			continue
		}
		n := lowerNameAt(t, i)
		if n != "" && len(strings.Fields(n)) == len(strings.Fields(t.fold[ln[0]:ln[1]])) {
			out = append(out, n)
		}
	}
	return out
}

// lowerNameAt reads a full name written in small letters from token i
// ("faadumo ali"): two to four words of letters, none a common word, a
// word of the event or a word that stops a name. It returns the name
// capitalised, "" when there is none.
func lowerNameAt(t *text, i int) string {
	var words []string
	for j := i; j < len(t.toks) && len(words) < 4; j++ {
		tk := t.toks[j]
		gap := ""
		if j > i {
			gap = t.fold[t.toks[j-1].b:tk.a]
		}
		if gap != "" && gap != " " && gap != "-" || tk.cap || tk.num >= 0 || utf8.RuneCountInString(tk.s) < 2 ||
			daWords[tk.s] || enWords[tk.s] || nameStop[tk.s] || notPerson[tk.s] || t.avoid[tk.s] || connectors[tk.s] || particles[tk.s] {
			break
		}
		if strings.IndexFunc(tk.s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 {
			break
		}
		words = append(words, gap+t.span(tk.a, tk.b)) // "holm-jensen" stays one
	}
	if len(words) < 2 {
		return ""
	}
	return titleCase(strings.Join(words, ""))
}

// addressHasName reports an address whose part before the "@" holds the
// name's first word and starts with one of its words ("fatima.a@",
// "aliF@" for "fatima ali" does not; "fatimaali@" does).
func addressHasName(addr, name string) bool {
	local, _, ok := strings.Cut(strings.ToLower(addr), "@")
	ws := strings.Fields(foldString(name))
	if !ok || len(ws) < 2 || len(ws[0]) < 3 {
		return false
	}
	return strings.Contains(local, ws[0]) && slices.ContainsFunc(ws, func(w string) bool { return strings.HasPrefix(local, w) })
}

// lowerNamesOf lists the full names in small letters that open with the
// first name first ("ida holm" for "ida"), wherever they stand.
func lowerNamesOf(t *text, first string) []string {
	var out []string
	w := foldString(first)
	for at := 0; w != ""; {
		k := strings.Index(t.fold[at:], w)
		if k < 0 {
			break
		}
		at += k
		if i := t.tokenAt(at); i < len(t.toks) && t.toks[i].a == at && t.toks[i].s == w {
			if n := lowerNameAt(t, i); n != "" {
				out = append(out, n)
			}
		}
		at += len(w)
	}
	return out
}

// lowerSignedNames lists the full names written in small letters after a
// closing ("mvh ida holm", "hilsen" over "ida holm").
func lowerSignedNames(t *text) []string {
	var out []string
	for _, m := range signOffs(t) {
		if a := nextLine(t, m[1]); a >= 0 {
			if n := wholeLowerName(t, t.tokenAt(a)); n != "" {
				out = append(out, n)
			}
		}
	}
	return out
}

// lowerVouchedNames lists the full names written in small letters where
// the words before them say a name follows: "jeg hedder ida holm", a
// "Navn:" field, or a closing ("mvh ida holm", "hilsen" over "ida holm")
// with the name filling the rest of its line. For a mail with no name
// anywhere else.
func lowerVouchedNames(t *text) []string {
	out := lowerNames(t)
	for _, m := range t.within(nameField, 0, len(t.fold)) {
		ls := strings.LastIndexByte(t.fold[:m[0]], '\n') + 1
		if rest, ok := strings.CutPrefix(strings.TrimLeft(t.fold[m[1]:], " \t"), ":"); ok && strings.TrimSpace(t.fold[ls:m[0]]) == "" {
			if n := wholeLowerName(t, t.tokenAt(len(t.fold)-len(rest))); n != "" {
				out = append(out, n)
			}
		}
	}
	return append(out, lowerSignedNames(t)...)
}

// senderName finds the sender's name in her own words: a "Navn:" field,
// "Jeg hedder ...", the name after the closing words or alone on the last
// line, or "/Name" as a sign-off.
func senderName(t *text) []string {
	out := nameFields(t)
	if n := firstLastFields(t); n != "" {
		out = append(out, n)
	}
	for _, m := range t.within(nameIntro, 0, len(t.fold)) {
		if !strongIntro[t.fold[m[0]:m[1]]] {
			continue // weakIntroNames below
		}
		if n, _ := nameAt(t, t.tokenAt(m[1])); n != "" {
			out = append(out, n)
		}
	}
	out = append(out, weakIntroNames(t, 2)...)
	for _, m := range signOffs(t) {
		i := t.tokenAt(m[1])
		if i < len(t.toks) && t.toks[i].line == lineOf(t, m[0]) {
			if n, _ := nameAt(t, i); n != "" {
				out = append(out, n)
				continue
			}
		}
		if n := nameLine(t, nextLine(t, m[1])); n != "" {
			out = append(out, n)
		}
	}
	for _, line := range lines(t) {
		if strings.HasPrefix(strings.TrimSpace(t.fold[line[0]:line[1]]), "/") {
			if n := nameLine(t, line[0]); n != "" {
				out = append(out, n)
			}
		}
	}
	if ls := lines(t); len(ls) > 0 {
		for k := len(ls) - 1; k >= 0 && k >= len(ls)-3; k-- {
			if n := careOfName(t, ls[k]); n != "" {
				out = append(out, n) // "Fritidsklubben Ørnen v/ Lars Kirk"
				break
			}
		}
		for k := len(ls) - 1; k >= 0 && k >= len(ls)-3; k-- {
			if n := nameLine(t, ls[k][0]); n != "" && countNameWords(n) >= 2 && !inNameList(t, ls, k) {
				out = append(out, n)
				break
			}
		}
	}
	if n := telegraphName(t); n != "" {
		out = append(out, n) // "3+1 Kemal A. tlf 2819 4456"
	}
	// "JEG ER SUKKERSYG SÅ IKKE ...": words on food are never a name
	return slices.DeleteFunc(out, func(n string) bool {
		f := foldString(n)
		// the needles of even a short name, read once for both tests: one
		// pass over it is cheaper than a search for each of the table's
		var g needleSet
		allNeedles.find(&g, f)
		return (dietWords.stems == nil || dietWords.stemGroups.anyIn(f, &g)) && dietWords.matchIn(f, &g)
	})
}

// weakIntroNames lists the names of at least min words after words that
// may introduce the sender ("Hi, this is Fatima Benali", "jeg er Ida"),
// not one she is kin of ("I'm Ida Holm's daughter").
func weakIntroNames(t *text, min int) []string {
	var out []string
	for _, m := range t.within(nameIntro, 0, len(t.fold)) {
		if strongIntro[t.fold[m[0]:m[1]]] {
			continue
		}
		i := t.tokenAt(m[1])
		if i+1 < len(t.toks) && t.toks[i].cap && nameStop[t.toks[i].s] && t.toks[i+1].line == t.toks[i].line {
			i++ // "Jeg er Afdelingsformand Ida Holm": her title, then her name
		}
		if n, k := nameAt(t, i); n != "" && countNameWords(n) >= min && !possessed(t, i+k-1) {
			out = append(out, n)
		}
	}
	return out
}

// possessed reports a name whose last word, token i, is followed by the
// English possessive ("Ida Holm's daughter").
func possessed(t *text, i int) bool {
	if i+1 >= len(t.toks) {
		return false
	}
	g := t.fold[t.toks[i].b:t.toks[i+1].a]
	return (g == "'" || g == "’") && t.toks[i+1].s == "s"
}

// inNameList reports a line of a full name with another such line right
// above or below it: a list of the people signed up ("Sanne Holm\nErik
// Holm\nMaja Holm"), whose last is no more the sender than the others.
func inNameList(t *text, ls [][2]int, k int) bool {
	full := func(j int) bool {
		if j < 0 || j >= len(ls) {
			return false
		}
		n := nameLine(t, ls[j][0])
		return n != "" && countNameWords(n) >= 2 || listEntry(t, ls[j])
	}
	return full(k-1) || full(k+1)
}

// listEntry reports a line that opens with a full name and a dash or a
// colon before what is said of her ("Bashir Haidari – 3 og 4"): an entry
// of a list of people, as a bare name beside it is.
func listEntry(t *text, ln [2]int) bool {
	i := t.tokenAt(ln[0] + listLeadEnd(t.fold[ln[0]:ln[1]]))
	if i >= len(t.toks) || t.toks[i].a >= ln[1] {
		return false
	}
	n, k := nameAt(t, i)
	if n == "" || k < 2 || t.toks[i+k-1].b >= ln[1] {
		return false
	}
	rest := strings.TrimLeft(t.fold[t.toks[i+k-1].b:ln[1]], " \t")
	return len(rest) > 1 && (rest[0] == '-' || rest[0] == ':')
}

// firstLastFields joins a form's "Fornavn:" and "Efternavn:" fields
// ("First name:", "Last name:") into one name, "" when the form has not
// both.
func firstLastFields(t *text) string {
	if !strings.Contains(t.fold, "navn") && !strings.Contains(t.fold, "name") {
		return ""
	}
	var first, last string
	for _, ln := range lines(t) {
		label, value, ok := strings.Cut(t.fold[ln[0]:ln[1]], ":")
		if !ok {
			continue
		}
		var slot *string
		switch strings.TrimSpace(label) {
		case "fornavn", "first name", "firstname", "given name":
			slot = &first
		case "efternavn", "last name", "lastname", "surname", "family name":
			slot = &last
		default:
			continue
		}
		a := ln[1] - len(value)
		if i := t.tokenAt(a); i < len(t.toks) && t.toks[i].a < ln[1] {
			if n, _ := nameAt(t, i); n != "" {
				*slot = n
			}
		}
	}
	if first == "" || last == "" {
		return ""
	}
	return first + " " + last
}

// nameFields lists the names of the "Navn:" fields that open a line, and
// of "Navn" rows of a two-column table (label and value a tab apart).
func nameFields(t *text) []string {
	var out []string
	for _, m := range t.within(nameField, 0, len(t.fold)) {
		ls := strings.LastIndexByte(t.fold[:m[0]], '\n') + 1
		rest := strings.TrimLeft(t.fold[m[1]:], " \t")
		tableRow := strings.HasPrefix(t.fold[m[1]:], "\t") && !strings.HasPrefix(rest, ":")
		if strings.TrimSpace(t.fold[ls:m[0]]) != "" || !strings.HasPrefix(rest, ":") && !tableRow {
			continue
		}
		if n, _ := nameAt(t, t.tokenAt(m[1])); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// signOffs finds the lines that open with closing words ("Mvh", "Best
// regards"), as spans of the closing words.
func signOffs(t *text) [][]int {
	if !t.closingRead {
		t.closings, t.closingRead = readSignOffs(t), true
	}
	return t.closings
}

func readSignOffs(t *text) [][]int {
	var out [][]int
	g := t.needlesFound()
	if lex.signOff.stems != nil && !containsAnyNeedle(t.fold, g, lex.signOff.stemNs) {
		return out // no line holds what the whole text lacks
	}
	// the stems the text holds: a line holds no other (the needle set is
	// the text's, so what it lacks no part of the text has)
	var stems []string
	for k := range lex.signOff.stemNs {
		if n := &lex.signOff.stemNs[k]; n.mayBeIn(g) {
			stems = append(stems, n.s)
		}
	}
	// the lines' and the sentences' starts ("Workshop 3 tak. Vh Sara"),
	// both in order, each place once
	lns, ss := lines(t), t.sents()
	for i, j := 0, 0; i < len(lns) || j < len(ss); {
		var a int
		switch {
		case j == len(ss) || i < len(lns) && lns[i][0] < ss[j].a:
			a = lns[i][0]
			i++
		case i == len(lns) || ss[j].a < lns[i][0]:
			a = ss[j].a
			j++
		default:
			a = ss[j].a
			i++
			j++
		}
		end := strings.IndexByte(t.fold[a:], '\n')
		if end < 0 {
			end = len(t.fold) - a
		}
		l := t.fold[a : a+min(end, 40)] // closing words open a line or a sentence
		if lex.signOff.stems != nil && !containsAny(l, stems) {
			if end > 40 && containsAny(t.fold[a+max(end-60, 0):a+end], stems) {
				if m := closingAtLineEnd(t, a, a+end, g); m != nil {
					out = append(out, m)
				}
			}
			continue
		}
		ms := lex.signOff.findAllWith(l, g)
		if len(ms) == 0 || strings.TrimSpace(l[:ms[0][0]]) != "" {
			if m := closingAtLineEnd(t, a, a+end, g); m != nil {
				out = append(out, m)
			}
			continue
		}
		stop := ms[0][1] + len(l[ms[0][1]:]) - len(strings.TrimLeft(l[ms[0][1]:], " \t,.!"))
		out = append(out, []int{a + ms[0][0], a + stop})
	}
	slices.SortFunc(out, func(x, y []int) int { return x[0] - y[0] })
	return out
}

// closingAtLineEnd finds closing words inside the line a..end that only a
// name follows to the line's end, as a mail written without full stops
// signs off ("workshop 2 og 3 mvh ida holm"); nil when there are none.
func closingAtLineEnd(t *text, a, end int, g *needleSet) []int {
	from := max(a, end-60) // the closing and a name of up to four words
	l := t.fold[from:end]
	for _, m := range lex.signOff.findAllWith(l, g) {
		if m[0] == 0 || l[m[0]-1] != ' ' || m[1] >= len(l) || l[m[1]] != ' ' {
			continue
		}
		i := t.tokenAt(from + m[1])
		if i >= len(t.toks) || t.toks[i].a >= end {
			continue
		}
		n, k := nameAt(t, i)
		if n == "" {
			if n = lowerNameAt(t, i); n != "" {
				k = len(strings.Fields(n))
			}
		}
		rest := strings.Trim(t.fold[t.toks[i+k-1].b:end], " ,.;:")
		if n != "" && strings.Trim(rest, "0123456789 +-") == "" { // "mvh ida holm 20304050"
			return []int{from + m[0], from + m[1] + 1}
		}
	}
	return nil
}

// lineEnd returns the end of the line at offset a of t's folded text.
func lineEnd(t *text, a int) int {
	if end := strings.IndexByte(t.fold[a:], '\n'); end >= 0 {
		return a + end
	}
	return len(t.fold)
}

// nameLine returns the name when the line at offset a holds a name and
// nothing but perhaps a comma and a phone number after it.
func nameLine(t *text, a int) string {
	if a < 0 || a >= len(t.fold) {
		return ""
	}
	end := lineEnd(t, a)
	i := t.tokenAt(a)
	if i >= len(t.toks) || t.toks[i].a >= end || strings.Trim(t.fold[a:t.toks[i].a], " /-") != "" {
		return ""
	}
	n, k := nameAt(t, i)
	if n == "" {
		return ""
	}
	rest := t.fold[t.toks[i+k-1].b:end]
	if r := strings.TrimSpace(rest); r != "" && !strings.HasPrefix(r, ",") && !strings.HasPrefix(r, "(") {
		return ""
	}
	if note := bracketNote.FindStringIndex(strings.TrimSpace(rest)); note != nil && strings.Contains(strings.TrimSpace(rest)[note[1]:], ":") {
		return "" // "- Aisha Chaudhry (vores datter): workshop 3" is a list item
	}
	if sentenceLine(t, i, end) {
		return ""
	}
	return n
}

// bracketNote is a bracket right after a name.
var bracketNote = regexp.MustCompile(`^\([^()\n]*\)`)

// clauseWords: a line holding one of them says something; a name line
// only names ("Diabetiker, så ingen kage" is about food).
var clauseWords = wordSet(daClauseWords, enClauseWords)

// sentenceLine reports a line from token i to end that is a sentence or a
// word on food, not a name with a title or a phone number after it.
func sentenceLine(t *text, i, end int) bool {
	if len(t.phrasesIn(dietWords, t.toks[i].a, end)) > 0 {
		return true
	}
	for k := i; k < len(t.toks) && t.toks[k].a < end; k++ {
		if t.toks[k].is(classClauseWord) {
			return true
		}
	}
	return false
}

func lineOf(t *text, a int) int { return strings.Count(t.fold[:a], "\n") }

func nextLine(t *text, a int) int {
	s := t.fold
	k := strings.IndexByte(s[a:], '\n')
	if k < 0 {
		if strings.TrimSpace(s[a:]) != "" {
			return a // the name is on the same, last line
		}
		return -1
	}
	if strings.TrimSpace(s[a:a+k]) != "" {
		return a // the name is on the same line
	}
	for k >= 0 {
		a += k + 1
		k = strings.IndexByte(s[a:], '\n')
		end := len(s)
		if k >= 0 {
			end = a + k
		}
		if strings.TrimSpace(s[a:end]) != "" {
			return a
		}
	}
	return -1
}

// lines returns the non-empty lines as folded spans.
func lines(t *text) [][2]int {
	if !t.lnsRead {
		t.lns, t.lnsRead = readLines(t), true
	}
	return t.lns[:len(t.lns):len(t.lns)] // an append copies
}

// readLines finds the lines for lines.
func readLines(t *text) [][2]int {
	out := make([][2]int, 0, strings.Count(t.fold, "\n")+1) // blank ones are few
	a := 0
	for a <= len(t.fold) {
		k := strings.IndexByte(t.fold[a:], '\n')
		end := len(t.fold)
		if k >= 0 {
			end = a + k
		}
		if strings.TrimSpace(t.fold[a:end]) != "" {
			out = append(out, [2]int{a, end})
		}
		if k < 0 {
			break
		}
		a = end + 1
	}
	return out
}

// initialsOf reports a sign-off of one word in capitals that is the
// initials of the display name's words ("IH", "IMH" for "Ida Marie Holm").
func initialsOf(name, display string) bool {
	if len(name) < 2 || len(name) > 4 || strings.ToUpper(name) != name || strings.ContainsAny(name, " .-") {
		return false
	}
	ws := strings.Fields(strings.ReplaceAll(display, "-", " "))
	if len(ws) != len(name) {
		return false
	}
	for k, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); unicode.ToUpper(r) != rune(name[k]) {
			return false
		}
	}
	return true
}

// wholeLowerName reads a name in small letters that fills the line from
// token i, "" when there is none.
func wholeLowerName(t *text, i int) string {
	if i >= len(t.toks) {
		return ""
	}
	n := lowerNameAt(t, i)
	end := strings.IndexByte(t.fold[t.toks[i].a:], '\n')
	if end < 0 {
		end = len(t.fold)
	} else {
		end += t.toks[i].a
	}
	line, _, _ := strings.Cut(t.fold[t.toks[i].a:end], ",") // "ida holm, tlf ..."
	words := slices.DeleteFunc(strings.Fields(line), func(w string) bool {
		return strings.ContainsAny(w, "0123456789+") // "ida holm 40 50 60 70"
	})
	if n == "" || len(strings.Fields(n)) != len(words) || slices.ContainsFunc(words, orgWord) {
		return "" // "hilsen kanalens kvarter" signs for a place
	}
	return n
}
