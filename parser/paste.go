package parser

import (
	"bytes"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"tilmeld"
)

// A resident may paste the invitation into the mail, with no quote marks
// and no header above it. It is recognised by what an invitation has and a
// registration does not: the event's whole workshop list, in the event's
// order, with the organiser's address or phone number close by. (A resident
// who ranks all workshops writes them in her own order and does not add
// the organiser's number.)

// pasteReach is how many lines around the workshop list the organiser's
// address or phone may be, and how far the pasted block may reach.
const pasteReach = 12

// pastedInvitation marks the lines of a pasted invitation: from the
// paragraph that introduces the workshop list (and paragraphs above it that
// name the event or organiser) to the organiser's contact line and the
// closing around it. The lines are body's.
func pastedInvitation(body string, lines []string, ev *tilmeld.Event) []bool {
	if ev == nil || len(ev.Workshops) < 2 {
		return nil
	}
	w := wordsOf(ev)
	special := foldsIntoASCII(body)
	first, last := workshopList(lines, w, special)
	if first < 0 {
		return nil
	}
	contact := contactLine(lines, w, first, last, special)
	if contact < 0 {
		return nil
	}
	var buf []byte
	start := pasteStart(lines, w.names, min(first, contact), &buf)
	end := pasteEnd(lines, w.names, max(last, contact), &buf)
	mask := make([]bool, len(lines))
	for i := start; i <= end; i++ {
		mask[i] = true
	}
	return mask
}

// eventWords is what a pasted invitation of an event is found by, read
// from the event once rather than for every mail.
type eventWords struct {
	src       []string // the event's name, organiser, address, phone and workshops' names
	names     [][]byte // eventNames
	workshops [][]byte // foldText of each workshop's name
	key       string   // longestAlnum of the first workshop's
	phone     []byte   // digitsOf(ev.Phone)
	addr      []byte   // strings.ToLower(ev.Address)
	addrKey   string   // longestAlnum of addr
}

// lastEventWords keeps the words of the event read last: mails come for
// one event at a time.
var lastEventWords atomic.Pointer[eventWords]

func wordsOf(ev *tilmeld.Event) *eventWords {
	if w := lastEventWords.Load(); w != nil && w.isOf(ev) {
		return w
	}
	w := &eventWords{
		src:   []string{ev.Name, ev.Organiser, ev.Address, ev.Phone},
		names: eventNames(ev),
		phone: []byte(digitsOf(ev.Phone)),
		addr:  []byte(strings.ToLower(ev.Address)),
	}
	for _, ws := range ev.Workshops {
		w.src = append(w.src, ws.Name)
		w.workshops = append(w.workshops, appendFold(nil, ws.Name))
	}
	w.key = longestAlnum(string(w.workshops[0]))
	w.addrKey = longestAlnum(string(w.addr))
	lastEventWords.Store(w)
	return w
}

// isOf reports whether w holds the words of ev as it is now.
func (w *eventWords) isOf(ev *tilmeld.Event) bool {
	if len(w.src) != 4+len(ev.Workshops) || w.src[0] != ev.Name || w.src[1] != ev.Organiser ||
		w.src[2] != ev.Address || w.src[3] != ev.Phone {
		return false
	}
	for i, ws := range ev.Workshops {
		if w.src[4+i] != ws.Name {
			return false
		}
	}
	return true
}

// workshopList finds the event's workshop names on consecutive lines (blank
// lines allowed) in the event's order; it returns the first and last line.
// special tells whether the lines may hold İ or the Kelvin sign (see
// mayFoldTo): the text as a whole is asked once, not every line.
func workshopList(lines []string, w *eventWords, special bool) (first, last int) {
	names, key := w.workshops, w.key
	buf := make([]byte, 0, 256) // on the stack; a longer line grows it
	for i := range lines {
		if isQuoted(lines[i]) {
			continue
		}
		if len(key) >= 3 && !(special && foldsIntoASCII(lines[i]) || mayHoldASCII(lines[i], key)) {
			continue
		}
		if buf = appendFold(buf[:0], lines[i]); !bytes.Contains(buf, names[0]) {
			continue
		}
		j, k := i+1, 1
		for ; j < len(lines) && k < len(names); j++ {
			buf = appendFold(buf[:0], lines[j])
			switch {
			case bytes.Contains(buf, names[k]):
				k++
			case len(buf) != 0:
				j = len(lines) // another line breaks the list
			}
		}
		if k == len(names) {
			return i, j - 1
		}
	}
	return -1, -1
}

// longestAlnum returns the longest run of a-z and 0-9 in s.
func longestAlnum(s string) string {
	best, start := "", -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && ('a' <= s[i] && s[i] <= 'z' || '0' <= s[i] && s[i] <= '9') {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start > len(best) {
			best = s[start:i]
		}
		start = -1
	}
	return best
}

// mayFoldTo reports whether foldText(line) may hold key, a run of a-z and
// 0-9: only ASCII letters and digits, and İ and the Kelvin sign, lower-case
// to them, and white space inside the run would show as a space, so a line
// without those two holds key in ASCII letters of either case.
func mayFoldTo(line, key string) bool {
	return foldsIntoASCII(line) || mayHoldASCII(line, key)
}

// foldsIntoASCII tells whether s holds a character beyond ASCII that
// lower-cases to an ASCII letter: İ or the Kelvin sign.
func foldsIntoASCII(s string) bool {
	return strings.ContainsRune(s, '\u0130') || strings.ContainsRune(s, '\u212a')
}

// mayHoldASCII tells whether line holds key in ASCII letters of either case.
func mayHoldASCII(line, key string) bool {
	// the places of key's first byte in either case, found by IndexByte
	// (each case searched on from where it was last found)
	last := len(line) - len(key)
	lo, up := key[0], key[0]
	if 'a' <= lo && lo <= 'z' {
		up = lo - 'a' + 'A'
	}
	next := func(c byte, from int) int {
		if from > last {
			return len(line)
		}
		if k := strings.IndexByte(line[from:last+1], c); k >= 0 {
			return from + k
		}
		return len(line)
	}
	nl, nu := next(lo, 0), len(line)
	if up != lo {
		nu = next(up, 0)
	}
	for {
		i := min(nl, nu)
		if i > last {
			return false
		}
		j := 1
		for j < len(key) && lowerByte(line[i+j]) == key[j] {
			j++
		}
		if j == len(key) {
			return true
		}
		if nl == i {
			nl = next(lo, i+1)
		}
		if nu == i {
			nu = next(up, i+1)
		}
	}
}

// contactLine finds the organiser's address or phone near the list;
// special is workshopList's.
func contactLine(lines []string, w *eventWords, first, last int, special bool) int {
	phone, addr := w.phone, w.addr
	buf := make([]byte, 0, 256) // on the stack; a longer line grows it
	for i := max(0, first-pasteReach); i < len(lines) && i <= last+pasteReach; i++ {
		// a line that cannot hold the address's longest plain run is not
		// lower-cased to look for it: strings.ToLower, like foldText, makes
		// a-z and 0-9 of nothing but those, A-Z, İ and the Kelvin sign
		if len(addr) != 0 && (len(w.addrKey) < 3 || special && foldsIntoASCII(lines[i]) || mayHoldASCII(lines[i], w.addrKey)) {
			buf = appendLower(buf[:0], lines[i])
			if bytes.Contains(buf, addr) {
				return i
			}
		}
		// lower case changes no digit
		if len(phone) >= 6 && bytes.Contains(appendDigits(buf[:0], lines[i]), phone) {
			return i
		}
	}
	return -1
}

// appendLower appends strings.ToLower(s) to buf (a broken byte as U+FFFD).
func appendLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			buf = append(buf, lowerByte(c))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += n
	}
	return buf
}

// appendDigits appends digitsOf(s) to buf.
func appendDigits(buf []byte, s string) []byte {
	for _, r := range s {
		if unicode.IsDigit(r) {
			buf = utf8.AppendRune(buf, r)
		}
	}
	return buf
}

// pasteStart goes up from line i to the start of its paragraph, then to
// the highest paragraph close above that names the event or its organiser,
// and to a salutation ("Kære alle") standing right above that.
func pasteStart(lines []string, names [][]byte, i int, buf *[]byte) int {
	start := paragraphStart(lines, i)
	for p := start; p > 0 && p >= start-2*pasteReach; {
		above := paragraphStart(lines, nextNonBlankUp(lines, p-1))
		if above == p {
			break
		}
		if speaksForSender(lines[above:p]) {
			break // the sender's own words: the paste starts below them
		}
		if namesEvent(lines[above:p], names, buf) {
			start = above
		}
		p = above
	}
	if start > 0 {
		above := nextNonBlankUp(lines, start-1)
		if paragraphStart(lines, above) == above && hasPhrase(strings.TrimSpace(lines[above]), salutationIndex) {
			start = above
		}
	}
	return belowQuoteHeader(lines, start, i)
}

// belowQuoteHeader moves the start of a paste down to a quote header
// ("Fra:/Sendt:/Til:", "Den ... skrev:") from start to line i: the
// quote begins there, and the lines above it are the sender's, such as
// the signature Outlook's HTML sets with no blank line above the header.
func belowQuoteHeader(lines []string, start, i int) int {
	for k := start; k <= i; k++ {
		if _, hk := quoteHeaderAt(lines, k); hk != noHeader {
			return k
		}
	}
	return start
}

// pasteEnd goes down from line i to the end of its paragraph, and on to
// the organiser's closing below it ("Venlig hilsen / ABC / address").
func pasteEnd(lines []string, names [][]byte, i int, buf *[]byte) int {
	end := paragraphEnd(lines, i)
	for j := end + 1; j < len(lines) && j <= end+pasteReach; j++ {
		if l := strings.TrimSpace(lines[j]); l != "" && isSignatureOpener(l) {
			if k := paragraphEnd(lines, j); namesEvent(lines[j:k+1], names, buf) {
				return k
			}
			break
		}
	}
	return end
}

func paragraphEnd(lines []string, i int) int {
	for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
		i++
	}
	return i
}

// speaksForSender tells a paragraph in the first person singular or one
// that signs somebody up; an invitation speaks as "we".
func speaksForSender(lines []string) bool {
	text := strings.Join(lines, " ")
	// the words as strings.FieldsFunc splits them, without the slice; a
	// look at the words is cheaper than the phrases, so it goes first
	start := -1
	for i, r := range text {
		if !unicode.IsLetter(r) && r != '\'' {
			if start >= 0 && isFirstPerson(text[start:i]) {
				return true
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 && isFirstPerson(text[start:]) {
		return true
	}
	return registrationPhrases.MatchString(text)
}

func isFirstPerson(w string) bool {
	return w == "I" || w == "I'm" || w == "I'd" || strings.EqualFold(w, "jeg") || strings.EqualFold(w, "mig")
}

// eventNames returns the event's name, organiser and address folded
// (foldText), those that are not empty.
func eventNames(ev *tilmeld.Event) [][]byte {
	var names [][]byte
	for _, s := range []string{ev.Name, ev.Organiser, ev.Address} {
		if f := appendFold(nil, s); len(f) > 0 {
			names = append(names, f)
		}
	}
	return names
}

// namesEvent tells whether the lines name the event, its organiser or its
// address (names, from eventNames): text of the invitation rather than of
// the sender. buf is scratch space, kept for the next call.
func namesEvent(lines []string, names [][]byte, buf *[]byte) bool {
	// foldText(strings.Join(lines, " ")): the lines' words, one space between
	text := (*buf)[:0]
	defer func() { *buf = text }()
	for _, l := range lines {
		n := len(text)
		if n > 0 {
			text = append(text, ' ')
		}
		if text = appendFold(text, l); n > 0 && len(text) == n+1 {
			text = text[:n] // nothing but white space on the line
		}
	}
	for _, f := range names {
		if bytes.Contains(text, f) {
			return true
		}
	}
	return false
}

func paragraphStart(lines []string, i int) int {
	for i > 0 && strings.TrimSpace(lines[i-1]) != "" {
		i--
	}
	return i
}

func nextNonBlankUp(lines []string, i int) int {
	for i > 0 && strings.TrimSpace(lines[i]) == "" {
		i--
	}
	return i
}

// foldText lower-cases s and collapses its white space, for comparing
// lines with the event's names.
func foldText(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// appendFold appends foldText(s) to buf without building the string:
// lower case as strings.ToLower (a broken byte read as U+FFFD), words as
// strings.Fields, one space between them.
func appendFold(buf []byte, s string) []byte {
	word, gap := false, false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || '\t' <= c && c <= '\r':
				gap = gap || word
				word = false
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if gap {
				buf = append(buf, ' ')
				gap = false
			}
			buf = append(buf, c)
			word = true
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		r = unicode.ToLower(r)
		if unicode.IsSpace(r) {
			gap = gap || word
			word = false
			continue
		}
		if gap {
			buf = append(buf, ' ')
			gap = false
		}
		buf = utf8.AppendRune(buf, r)
		word = true
	}
	return buf
}

func digitsOf(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}
