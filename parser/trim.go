package parser

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"tilmeld"
)

// trimmed is a text split into the sender's own words and the rest: each
// line has a kind; forwarded mail and the quotes inside it are kept aside.
type trimmed struct {
	lines     []string
	src       string // the text lines was split from at its line ends, "" if unknown
	kind      []lineKind
	forwarded []string
	quotedFwd []string // quotes found inside forwarded mail
}

// lineKind says where a line of the text belongs.
type lineKind uint8

const (
	ownLine lineKind = iota
	sigLine
	quotedLine
	forwardedLine // part of a forwarded mail, which is rendered into forwarded
)

// text returns the lines of kind k, tidied.
func (t *trimmed) text(k lineKind) string {
	if s, ok := t.run(k); ok {
		return tidyLines(s) // the same lines, with no copy when they are tidy
	}
	var td tidier
	td.b.Grow(t.size(k))
	for i, l := range t.lines {
		if t.kind[i] == k {
			td.add(l)
		}
	}
	return td.String()
}

// size is the length of the lines of kind k with their line ends.
func (t *trimmed) size(k lineKind) int {
	n := 0
	for i, l := range t.lines {
		if t.kind[i] == k {
			n += len(l) + 1
		}
	}
	return n
}

// quoted returns the quoted lines as they were, for display.
func (t *trimmed) quoted() string {
	if len(t.quotedFwd) == 0 {
		if q, ok := t.run(quotedLine); ok {
			return q
		}
	}
	var b strings.Builder
	b.Grow(t.size(quotedLine))
	for i, l := range t.lines {
		if t.kind[i] == quotedLine {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	for _, l := range t.quotedFwd {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// run returns the lines of kind k joined by line ends as a piece of src,
// with no copy, when they are one run of lines (the usual quote below a
// reply, the sender's words above it); false when they are not, or src
// is not known.
func (t *trimmed) run(k lineKind) (string, bool) {
	if t.src == "" {
		return "", false
	}
	from, to, off := -1, 0, 0
	for i, l := range t.lines {
		if t.kind[i] == k {
			if from < 0 {
				from = off
			} else if to != off-1 {
				return "", false // a second run
			}
			to = off + len(l)
		}
		off += len(l) + 1
	}
	if from < 0 {
		return "", true
	}
	return t.src[from:to], true
}

// headerKind is what a quote header introduces.
type headerKind int

const (
	noHeader    headerKind = iota
	attribution            // "On … wrote:": the quote below is usually "> " marked
	quoteBlock             // "-----Original Message-----", "Fra:/Sendt:/Til:": the rest is quoted
	forwardMark            // "---------- Forwarded message ---------": the rest is forwarded
)

// trimText splits text into own words, signature, quoted and forwarded mail.
// In a forwarded mail (forward true) the first quote header starts the
// forwarded message rather than a quote.
func trimText(body string, forward bool) *trimmed {
	return trimPasted(body, forward, nil)
}

// trimPasted is trimText that also cuts a pasted invitation of ev.
func trimPasted(body string, forward bool, ev *tilmeld.Event) *trimmed {
	if hasInvisible(body) {
		body = strings.Map(dropInvisible, body)
	}
	lines := strings.Split(body, "\n")
	t := trimLines(lines, forward, 0, pastedInvitation(body, lines, ev))
	t.src = body
	return t
}

// trimLines does the cutting; lines marked in pasted count as quoted.
func trimLines(lines []string, forward bool, depth int, pasted []bool) *trimmed {
	t := &trimmed{lines: lines, kind: make([]lineKind, len(lines))}
	for i := 0; i < len(lines); i++ {
		if isQuoted(lines[i]) {
			t.kind[i] = quotedLine
			continue
		}
		// A quote header inside what looks like a pasted invitation (the
		// organiser's name in "Fra:") still quotes everything below it.
		k, hk := quoteHeaderAt(lines, i)
		if hk == noHeader {
			if pasted != nil && pasted[i] {
				t.kind[i] = quotedLine
			}
			continue
		}
		t.quoteRuleAbove(i)
		if next := nextNonBlank(lines, i+k); hk == attribution && next < len(lines) && isQuoted(lines[next]) {
			// Quote marked line by line: keep what the sender wrote between
			// and below the quoted lines (inline and bottom-posted answers).
			t.mark(i, i+k, quotedLine)
			i += k - 1
			continue
		}
		if (hk == forwardMark || forward || hk == quoteBlock && saysForward(lines[:i])) && depth < maxDepth {
			t.mark(i, len(lines), forwardedLine)
			t.addForward(lines[i:], depth)
		} else {
			t.mark(i, len(lines), quotedLine)
		}
		break
	}
	t.splitSignature()
	return t
}

// saysForward reports own words above a header block that pass the mail
// below on ("Jeg videresender tilmeldingen nedenfor"): Outlook forwards
// under a plain "Fra:/Sendt:" block too when the subject lost its "VS:".
func saysForward(above []string) bool {
	for _, l := range above {
		if !isQuoted(l) && passesOn(l) {
			return true
		}
	}
	return false
}

// passesOn reports forwardSays in s, looking first for the letters every
// match holds: most text has none, and the expression costs far more.
func passesOn(s string) bool {
	for _, part := range forwardSaysParts {
		if strings.Contains(s, part) {
			return forwardSays.MatchString(s)
		}
	}
	return false
}

func (t *trimmed) mark(from, to int, k lineKind) {
	for i := from; i < to; i++ {
		t.kind[i] = k
	}
}

// addForward keeps a forwarded mail: its header lines, then its own words
// and signature; its quotes join the quoted text.
func (t *trimmed) addForward(lines []string, depth int) {
	lines = quotedBelowMark(lines)
	h := forwardHeaderEnd(lines)
	inner := trimLines(lines[h:], false, depth+1, nil)
	for _, l := range lines[:h] {
		if strings.TrimSpace(l) != "" && !ruleLine.MatchString(l) {
			t.forwarded = append(t.forwarded, strings.TrimSpace(l))
		}
	}
	t.forwarded = append(t.forwarded, "", inner.text(ownLine))
	if sig := inner.text(sigLine); sig != "" {
		t.forwarded = append(t.forwarded, "", sig)
	}
	t.forwarded = append(t.forwarded, inner.forwarded...)
	if q := inner.quoted(); q != "" {
		t.quotedFwd = append(t.quotedFwd, q)
	}
}

// quotedBelowMark returns lines, a separator and the forwarded mail
// below it, with the mail's quote marks taken off when the client marked
// it with ">" ("Begin forwarded message:" then "> From: …"): it is the
// mail passed on, not a quote.
func quotedBelowMark(lines []string) []string {
	if len(lines) < 3 || isHeaderFrom(strings.TrimSpace(lines[0])) {
		return lines
	}
	next := nextNonBlank(lines, 1)
	if next >= len(lines) || next > 3 || !isQuoted(lines[next]) {
		return lines
	}
	rest := unquoteLines(slices.Clone(lines[next:]))
	if !isHeaderBlock(rest, 0) {
		return lines
	}
	return append(slices.Clone(lines[:next]), rest...)
}

// forwardHeaderEnd returns the index of the first body line below the
// separator and header block that open a forwarded mail.
func forwardHeaderEnd(lines []string) int {
	i := 0
	for i < len(lines) && !isHeaderFrom(strings.TrimSpace(lines[i])) {
		if i > 3 || i == len(lines)-1 {
			return 1 // a separator with no header block under it
		}
		i++
	}
	for i < len(lines) {
		l := strings.TrimSpace(lines[i])
		if l == "" || !(isHeaderLine(l) || (i > 0 && isContinuation(lines[i], lines[i-1]))) {
			break
		}
		i++
	}
	return min(i, len(lines))
}

// isContinuation tells a wrapped header value: indented, or after a comma.
func isContinuation(line, prev string) bool {
	return strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") ||
		strings.HasSuffix(strings.TrimSpace(prev), ",")
}

// quoteRuleAbove marks an Outlook rule line ("____") that stands right
// above the quote header at line i as quoted.
func (t *trimmed) quoteRuleAbove(i int) {
	j := i - 1
	for j >= 0 && t.kind[j] == ownLine && strings.TrimSpace(t.lines[j]) == "" {
		j--
	}
	if j >= 0 && t.kind[j] == ownLine && ruleLine.MatchString(t.lines[j]) {
		t.kind[j] = quotedLine
	}
}

// splitSignature marks, in each run of own lines between quotes, the lines
// from the first signature opener on as signature; a "PS:" after it is own
// text again.
func (t *trimmed) splitSignature() {
	inSig := false
	for i, l := range t.lines {
		if t.kind[i] != ownLine {
			inSig = inSig && t.kind[i] != quotedLine // a quote ends the run
			continue
		}
		s := strings.TrimSpace(l)
		switch {
		case inSig && s != "" && (s[0] == 'p' || s[0] == 'P') && postscript.MatchString(s+" "):
			inSig = false
		case !inSig && isSignatureOpener(s):
			inSig = true
		}
		if inSig {
			t.kind[i] = sigLine
		}
	}
}

// isSignatureOpener tells a line that begins a signature.
func isSignatureOpener(s string) bool {
	if s == "--" || s == "-- " {
		return true
	}
	if s == "" {
		return false
	}
	if hasPhrase(s, signatureStartIndex) {
		return true
	}
	if len(s) > 4*closingMaxRunes || utf8.RuneCountInString(s) > closingMaxRunes {
		return false
	}
	return hasPhrase(s, closingIndex) || (s[0] == '/' && slashSignoff.MatchString(s))
}

// phraseIndex groups phrases by their lower-cased first byte, so a line is
// compared only with the phrases that can match it.
type phraseIndex map[byte][]string

func indexPhrases(phrases []string) phraseIndex {
	ix := phraseIndex{}
	for _, p := range phrases {
		b := lowerByte(p[0])
		ix[b] = append(ix[b], p)
	}
	return ix
}

var (
	closingIndex        = indexPhrases(closings)
	salutationIndex     = indexPhrases(salutations)
	signatureStartIndex = indexPhrases(signatureStarts)
)

func lowerByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// hasPrefixFold reports whether s begins with p in any case.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// hasPhrase tells whether s starts with one of the phrases, in any case,
// followed by the end or a character that is not a letter.
func hasPhrase(s string, ix phraseIndex) bool {
	for _, p := range ix[lowerByte(s[0])] {
		if hasPrefixFold(s, p) {
			if r, _ := utf8.DecodeRuneInString(s[len(p):]); len(s) == len(p) || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

func isQuoted(line string) bool {
	// strings.TrimLeft(line, " \t") without building its set of bytes
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return i < len(line) && line[i] == '>'
}

func nextNonBlank(lines []string, i int) int {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	return i
}

// quoteHeaderAt reports whether a quote header starts at line i, how many
// lines it spans and what it introduces.
func quoteHeaderAt(lines []string, i int) (int, headerKind) {
	l := strings.TrimSpace(lines[i])
	if l == "" {
		return 0, noHeader
	}
	if mayBeSeparator(l) {
		for _, s := range separators {
			if s.re.MatchString(l) {
				if s.forward {
					return 1, forwardMark
				}
				return 1, quoteBlock
			}
		}
	}
	if strings.IndexByte(l, ':') > 0 && isHeaderBlock(lines, i) {
		return 1, quoteBlock
	}
	if k := attributionAt(lines, i); k > 0 {
		return k, attribution
	}
	return 0, noHeader
}

// isForwardMark tells a separator line that opens a forwarded mail
// ("---------- Forwarded message ---------", "Begin forwarded message:").
func isForwardMark(l string) bool {
	if !mayBeSeparator(l) {
		return false
	}
	for _, s := range separators {
		if s.forward && s.re.MatchString(l) {
			return true
		}
	}
	return false
}

// replySeparator reports a titled rule above a quoted mail's header block
// ("-------- Oprindelig meddelelse --------", "-----Original Message-----").
func replySeparator(line string) bool {
	line = strings.TrimSpace(line)
	return strings.HasPrefix(line, "--") && separators[0].re.MatchString(line)
}

// mayBeSeparator is a cheap test before the separator patterns: separators
// are drawn with dashes or end in a colon.
func mayBeSeparator(l string) bool {
	return strings.HasSuffix(l, ":") || strings.Contains(l, "--")
}

// isHeaderFrom is headerFrom.MatchString(l), read without the expression
// and only on a line whose first letter may start one of its words: f, v,
// d, o or Cyrillic о (0xd0 0xbe, and 0xd0 0x9e in upper case), after an
// optional * or _.
func isHeaderFrom(l string) bool {
	k := 0
	if l != "" && (l[0] == '*' || l[0] == '_') {
		k = 1
	}
	if k >= len(l) {
		return false
	}
	switch l[k] {
	case 'f', 'F', 'v', 'V', 'd', 'D', 'o', 'O', 0xd0:
		for _, name := range headerFromNames {
			if fieldNameEnd(l, name) >= 0 {
				return true
			}
		}
	}
	return false
}

// The names of the header fields of headerFrom and headerLine, in lower
// case, which fieldNameEnd reads as the expressions do.
var (
	headerFromNames = []string{"from", "fra", "von", "de", "da", "van", "från", "od", "от"}
	headerLineNames = []string{"from", "fra", "von", "de", "da", "van", "från", "od", "от", "sent", "sendt", "date",
		"dato", "datum", "data", "gesendet", "envoyé", "enviado", "inviato", "verzonden", "skickat", "wysłano", "to",
		"til", "an", "à", "a", "para", "aan", "till", "do", "cc", "kopi", "subject", "emne", "betreff", "objet",
		"asunto", "oggetto", "onderwerp", "ämne", "temat", "тема", "reply-to", "svar til"}
)

// isHeaderLine is headerLine.MatchString(l + " "), read without the
// expression: it is asked of every line of a header block.
func isHeaderLine(l string) bool {
	for _, name := range headerLineNames {
		j := fieldNameEnd(l, name)
		if j < 0 {
			continue
		}
		// [*_]?\s after the colon, the space added at the end counting
		if j < len(l) && (l[j] == '*' || l[j] == '_') {
			j++
		}
		if j == len(l) || isRESpace(l[j]) {
			return true
		}
	}
	return false
}

// fieldNameEnd returns where the colon ends when name, in lower case,
// opens l as a header field name the way (?i)^[*_]?name[*_]?\s*[:：] reads
// it; -1 when it does not.
func fieldNameEnd(l, name string) int {
	k := 0
	if l != "" && (l[0] == '*' || l[0] == '_') {
		k = 1 // no name starts with either
	}
	n := foldPrefix(l[k:], name)
	if n < 0 {
		return -1
	}
	j := k + n
	if j < len(l) && (l[j] == '*' || l[j] == '_') {
		j++
	}
	for j < len(l) && isRESpace(l[j]) {
		j++
	}
	switch {
	case strings.HasPrefix(l[j:], ":"):
		return j + 1
	case strings.HasPrefix(l[j:], "："):
		return j + len("：")
	}
	return -1
}

// isAnyHeaderLine is anyHeaderLine.MatchString(l), read without the
// expression.
func isAnyHeaderLine(l string) bool {
	k := 0
	if l != "" && (l[0] == '*' || l[0] == '_') {
		k = 1
	}
	n := 0 // [\p{L}-]{1,20}: more letters than that leave a letter before the colon
	for k < len(l) {
		r, w := utf8.DecodeRuneInString(l[k:])
		if r != '-' && !unicode.IsLetter(r) {
			break
		}
		n++
		k += w
	}
	if n == 0 || n > 20 {
		return false
	}
	if k < len(l) && (l[k] == '*' || l[k] == '_') {
		k++
	}
	for k < len(l) && isRESpace(l[k]) {
		k++
	}
	return strings.HasPrefix(l[k:], ":") || strings.HasPrefix(l[k:], "：")
}

// isRESpace tells the bytes \s of an expression matches.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// foldPrefix returns the length of the prefix of s that w, in lower case,
// matches under (?i), -1 when it does not.
func foldPrefix(s, w string) int {
	k := 0
	for _, p := range w {
		if k >= len(s) {
			return -1
		}
		if c := s[k]; c < utf8.RuneSelf {
			// an ASCII letter folds to no other ASCII byte than its upper case
			if rune(lowerByte(c)) != p {
				return -1
			}
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[k:])
		if r != p && !sameFold(r, p) {
			return -1
		}
		k += n
	}
	return k
}

// sameFold tells whether r is in the case-folding orbit of p, as (?i)
// matches: "K" (the Kelvin sign) is "k", "ſ" is "s".
func sameFold(r, p rune) bool {
	for f := unicode.SimpleFold(p); f != p; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// isHeaderBlock tells an Outlook-style header block: a "From:" line with at
// least two other header fields ("Sent:", "To:", "Subject:") right below.
func isHeaderBlock(lines []string, i int) bool {
	if !isHeaderFrom(strings.TrimSpace(lines[i])) {
		return false
	}
	fields := 0
	for j := i + 1; j < len(lines) && j <= i+8; j++ {
		l := strings.TrimSpace(lines[j])
		if l == "" {
			continue
		}
		if isHeaderLine(l) {
			fields++
		} else if !isContinuation(lines[j], lines[j-1]) && !isAnyHeaderLine(l) {
			break
		}
	}
	return fields >= 2
}

// attributionAt finds an "On … wrote:" line at i, also when the client
// wrapped it over up to three lines; it returns the number of lines.
func attributionAt(lines []string, i int) int {
	joined := strings.TrimSpace(lines[i])
	if len(joined) > 600 {
		return 0
	}
	if joined != "" && joined[0] >= '0' && joined[0] <= '9' {
		for _, re := range attributionLines {
			if re.MatchString(joined) {
				return 1
			}
		}
	}
	if !endsInColonSoon(lines, i) || !mayStartAttribution(joined) {
		return 0
	}
	for k := 1; k <= 3 && i+k <= len(lines); k++ {
		if k > 1 {
			next := strings.TrimSpace(lines[i+k-1])
			if next == "" || (isQuoted(next) && !attributionTail.MatchString(next)) {
				return 0
			}
			if startsAttribution(next) && containsVerb(next) {
				return 0 // the attribution starts on that line, not on this one
			}
			joined += " " + strings.TrimLeft(next, ">")
		}
		if endsAttribution(joined) && plausibleAttribution(joined, lines, i+k) {
			return k
		}
	}
	return 0
}

// endsInColonSoon is a cheap test that saves the pattern work on most
// lines: an attribution ends with a colon on this line or the next two.
func endsInColonSoon(lines []string, i int) bool {
	for j := i; j < len(lines) && j < i+3; j++ {
		l := lines[j]
		// strings.TrimRight(l, " \t") without building its set of bytes
		for l != "" && (l[len(l)-1] == ' ' || l[len(l)-1] == '\t') {
			l = l[:len(l)-1]
		}
		if strings.HasSuffix(l, ":") || strings.HasSuffix(l, "：") {
			return true
		}
	}
	return false
}

// mayStartAttribution tells a line that could begin an attribution: it
// opens like one, names an address or has the verb in it.
func mayStartAttribution(s string) bool {
	return startsAttribution(s) || strings.Contains(s, "@") || containsVerb(s)
}

// startsAttribution is attributionStart.MatchString(s), read without the
// expression: it is asked of every line near a colon.
func startsAttribution(s string) bool {
	// \d{1,4}[\s\-./]: the digits, then a separator
	n := 0
	for n < len(s) && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	if n > 0 {
		return n <= 4 && n < len(s) && strings.IndexByte("\t\n\f\r -./", s[n]) >= 0
	}
	// d\.\s
	if len(s) >= 3 && lowerByte(s[0]) == 'd' && s[1] == '.' && strings.IndexByte("\t\n\f\r ", s[2]) >= 0 {
		return true
	}
	// a word, then \b: ASCII word characters on one side only
	for _, w := range attributionStartWords {
		if k := foldedPrefix(s, w); k > 0 {
			before, after := isASCIIWordChar(w[len(w)-1]), k < len(s) && isASCIIWordChar(s[k])
			if before != after {
				return true
			}
		}
	}
	return false
}

// attributionStartWords are the words of attributionStart, lower-case; "å"
// stands for the letter in any case.
var attributionStartWords = []string{"on", "at", "den", "am", "le", "el", "em", "op", "il", "w dniu", "dne", "på"}

// foldedPrefix returns the length of the prefix of s that matches w
// under (?i), 0 if none does. Of the letters of w only å folds to more
// than its ASCII cases: Å and the Ångström sign.
func foldedPrefix(s, w string) int {
	k := 0
	for i := 0; i < len(w); {
		if strings.HasPrefix(w[i:], "å") {
			switch {
			case strings.HasPrefix(s[k:], "å"), strings.HasPrefix(s[k:], "Å"):
				k += 2
			case strings.HasPrefix(s[k:], "\u212b"):
				k += 3
			default:
				return 0
			}
			i += len("å")
			continue
		}
		if k >= len(s) || lowerByte(s[k]) != w[i] {
			return 0
		}
		i++
		k++
	}
	return k
}

// isASCIIWordChar tells the characters \b of an expression counts as word characters.
func isASCIIWordChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// attributionTailMax bounds what may stand between the verb and the colon
// ("skrev Bente Hansen <bente@example.dk>:").
const attributionTailMax = 120

// endsAttribution tells the end of an attribution: a verb of writing as a
// word, maybe the author after it (Danish and German put the name last),
// then a colon.
func endsAttribution(s string) bool {
	s = strings.TrimRight(s, " \t")
	if !strings.HasSuffix(s, ":") && !strings.HasSuffix(s, "：") {
		return false
	}
	var buf [256]byte // strings.ToLower(s), on the stack for most lines
	low := appendLower(buf[:0], s)
	for _, v := range attributionVerbBytes {
		i := bytes.LastIndex(low, v)
		if i < 0 {
			continue
		}
		before, _ := utf8.DecodeLastRune(low[:i])
		after := bytes.TrimPrefix(low[i+len(v):], polishFeminine) // "napisał(a)"
		next, _ := utf8.DecodeRune(after)
		if (i == 0 || !unicode.IsLetter(before)) && (len(after) == 0 || !unicode.IsLetter(next)) &&
			utf8.RuneCount(after) <= attributionTailMax {
			return true
		}
	}
	return false
}

// containsVerb is a quick test for a verb of writing anywhere in s.
func containsVerb(s string) bool {
	var buf [256]byte // strings.ToLower(s), on the stack for most lines
	low := appendLower(buf[:0], s)
	for _, v := range attributionVerbBytes {
		if bytes.Contains(low, v) {
			return true
		}
	}
	return false
}

// attributionVerbBytes are the attributionVerbs as bytes, to look for in
// a line lower-cased into a buffer.
var attributionVerbBytes = func() [][]byte {
	out := make([][]byte, len(attributionVerbs))
	for i, v := range attributionVerbs {
		out[i] = []byte(v)
	}
	return out
}()

var polishFeminine = []byte("(a)")

// plausibleAttribution guards against own sentences ending "… skrev:": the
// line must name an address, or open like an attribution and name a date
// (a digit), or else be followed by quoted lines.
func plausibleAttribution(s string, lines []string, after int) bool {
	starts := startsAttribution(s)
	hasAddr := strings.Contains(s, "@")
	hasDigit := strings.ContainsAny(s, "0123456789")
	if hasAddr || (starts && hasDigit) {
		return true
	}
	next := nextNonBlank(lines, after)
	return next < len(lines) && isQuoted(lines[next]) && (starts || hasDigit)
}

// joinText returns lines as text, tidied as tidyLines does.
func joinText(lines []string) string {
	n := 0
	for _, l := range lines {
		n += len(l) + 1
	}
	var t tidier
	t.b.Grow(n)
	for _, l := range lines {
		t.add(l)
	}
	return t.String()
}

// hasInvisible is strings.ContainsAny for the marks, but fast on long text.
func hasInvisible(s string) bool {
	for _, r := range invisibleMarks {
		if strings.ContainsRune(s, r) {
			return true
		}
	}
	return false
}

func dropInvisible(r rune) rune {
	if strings.ContainsRune(invisibleMarks, r) {
		return -1
	}
	return r
}
