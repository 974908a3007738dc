package parser

import (
	"regexp"
	"slices"
	"strings"
)

// phone is a number found in the text with what stands around it.
type phone struct {
	e164 string
	a, b int // folded span
	own  bool
}

// findPhones returns the numbers in t, normalised: Danish ones as
// +45XXXXXXXX, foreign ones in E.164. Dates, case numbers and the like do
// not have the shape of a phone number and are skipped.
func findPhones(t *text) []phone {
	if t.phones != nil {
		return t.phones
	}
	t.phones = []phone{}
	if digits(t.fold) < 6 {
		return t.phones
	}
	out := t.phones
	for _, c := range phoneRuns(t.fold) {
		// the longest reading that is a number: a run may go on into a
		// postcode. A run with none may begin with another number: a
		// choice or a time before the phone ("workshop 2 20304050", "kl
		// 16 20 30 40 50"); the number is read from a later group then.
		found := false
		for a := c.a; a >= 0 && !found; a = nextGroup(t.fold, a, c.ends[len(c.ends)-1]) {
			if p, ok := longestPhone(t.fold, a, c.ends); ok {
				if !numberLabelled(t.fold, p.a) {
					out = append(out, p)
				}
				found = true
			}
		}
		if p, ok := labelledPhone(t.fold, c); ok && !found {
			out = append(out, p) // "mobil 31 245 876"
		}
	}
	t.phones = out
	return out
}

// longestPhone reads the longest number from a that ends at one of ends.
func longestPhone(s string, a int, ends []int) (phone, bool) {
	for k := len(ends) - 1; k >= 0 && ends[k] > a; k-- {
		if e, ok := normalisePhone(s[a:ends[k]]); ok {
			return phone{e164: e, a: a, b: ends[k]}, true
		}
	}
	return phone{}, false
}

// nextGroup returns where the group of digits after the one at a begins,
// before end; -1 when there is none.
func nextGroup(s string, a, end int) int {
	i := a
	for i < end && !isDigit(s[i]) {
		i++ // "+45", "(+45)"
	}
	for i < end && isDigit(s[i]) {
		i++
	}
	for i < end && !isDigit(s[i]) {
		i++
	}
	if i >= end {
		return -1
	}
	return i
}

// run is a stretch of digits and separators that may be a phone number:
// an optional "+45", "0045" or "(+45)", then digits in groups. ends are the
// places where a group of digits ends.
type run struct {
	a    int
	ends []int
}

// phoneRuns scans for runs of at least six digits on one line, starting
// at a word boundary; after a phone's label a run may go on over one line
// break ("tlf 22 33\n44 55").
func phoneRuns(s string) []run {
	var out []run
	var ends [8]int // a run's, kept on the stack until the run is
	for i := 0; i < len(s); i++ {
		c := s[i]
		start := isDigit(c) || c == '+' && i+1 < len(s) && isDigit(s[i+1]) || c == '(' && i+1 < len(s) && s[i+1] == '+'
		if !start || i > 0 && isWordByte(s[i-1]) {
			continue
		}
		r, j, nd, e := run{a: i}, i, 0, ends[:0]
		for j < len(s) && j-i < 26 {
			c := s[j]
			switch {
			case isDigit(c):
				nd++
				j++
				if j == len(s) || !isDigit(s[j]) {
					e = append(e, j)
				}
				continue
			case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+' && j == i:
				if j+1 < len(s) && (isDigit(s[j+1]) || s[j+1] == '(' || s[j+1] == '+' || c == ')' && s[j+1] == ' ') {
					j++
					continue
				}
			case c == '\n' && nd >= 2 && nd < 8 && j+1 < len(s) && isDigit(s[j+1]) && phoneLabelBefore(s, i):
				j++ // "tlf 22 33\n44 55": a labelled number broken over two lines
				continue
			}
			break
		}
		if nd >= 6 && len(e) > 0 && (j == len(s) || !isWordByte(s[j]) || isDigit(s[j])) {
			r.ends = slices.Clone(e)
			out = append(out, r)
		}
		i = max(i, j-1)
	}
	return out
}

func isWordByte(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'z' || c >= 0x80
}

func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// normalisePhone reads one number; ok is false when it is not one.
func normalisePhone(raw string) (string, bool) {
	s := strings.TrimSpace(raw)
	intl := ""
	switch {
	case strings.HasPrefix(s, "(+"):
		end := strings.IndexByte(s, ')')
		if end < 0 {
			return "", false
		}
		intl, s = s[2:end], s[end+1:]
	case strings.HasPrefix(s, "+"):
		k := 1
		for k < len(s) && isDigit(s[k]) && k < 4 {
			k++
		}
		intl, s = s[1:k], s[k:]
	case strings.HasPrefix(s, "00"):
		if len(s) < 4 {
			return "", false
		}
		intl, s = s[2:4], s[4:]
	}
	s = strings.ReplaceAll(s, "(0)", "")
	groups := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '.' || r == '(' || r == ')' || r == '\n' })
	digits := strings.Join(groups, "")
	for _, c := range digits {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	if intl == "" && len(digits) == 10 && len(groups) > 1 && groups[0] == "45" && digits[2] >= '2' && danishGroups(groups[1:]) {
		intl, digits = "45", digits[2:] // "45 22 33 44 55": the country code without its plus
	}
	switch {
	case intl == "":
		if len(digits) != 8 || digits[0] < '2' || !danishGroups(groups) {
			return "", false
		}
		return "+45" + digits, true
	case strings.HasPrefix(intl+digits, "45") && len(intl+digits) == 10:
		return "+" + intl + digits, true
	case intl == "45":
		return "", false
	default:
		all := intl + digits
		if len(all) < 8 || len(all) > 15 {
			return "", false
		}
		return "+" + all, true
	}
}

// danishGroups: 8 digits written 2-2-2-2, 4-4, 8, 4-2-2 or 2-2-4.
func danishGroups(gs []string) bool {
	var shape []int
	for _, g := range gs {
		shape = append(shape, len(g))
	}
	for _, ok := range [][]int{{2, 2, 2, 2}, {4, 4}, {8}, {4, 2, 2}, {2, 2, 4}, {3, 3, 2}} {
		if equalInts(shape, ok) {
			return !dateGroups(gs)
		}
	}
	return false
}

// dateGroups: three groups that read as a date with its year, day first
// or year first ("d 29 09 2020", "2020 09 29"), not a number to call.
func dateGroups(gs []string) bool {
	if len(gs) != 3 {
		return false
	}
	d, m, y := gs[0], gs[1], gs[2]
	if len(d) == 4 {
		y, d = d, gs[2]
	}
	if len(y) != 4 || y[:2] != "19" && y[:2] != "20" {
		return false
	}
	day, month := atoi2(d), atoi2(m)
	return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

// atoi2 reads two digits.
func atoi2(s string) int {
	if len(s) != 2 {
		return -1
	}
	return int(s[0]-'0')*10 + int(s[1]-'0')
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

var postcodeLine = regexp.MustCompile(`\b\d{4} [a-z]|·| \| `)

// onPostcodeLine is postcodeLine.MatchString(line), read by bytes: every
// number's line is asked, and the expression tries each of its bytes.
func onPostcodeLine(line string) bool {
	if strings.Contains(line, "·") || strings.Contains(line, " | ") {
		return true
	}
	for i := 0; i+6 <= len(line); i++ {
		if i > 0 && wordByte(line[i-1]) || !isDigits(line[i:i+4]) {
			continue
		}
		if line[i+4] == ' ' && 'a' <= line[i+5] && line[i+5] <= 'z' {
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// phoneOwner judges whose number p is by its line: a switchboard or an
// organisation's address line is nobody's own; a number said to be a
// relative's or a colleague's is someone else's.
func phoneOwner(t *text, p phone) (own, other bool) {
	ls := strings.LastIndexByte(t.fold[:p.a], '\n') + 1
	le := strings.IndexByte(t.fold[p.b:], '\n')
	if le < 0 {
		le = len(t.fold)
	} else {
		le += p.b
	}
	line := t.fold[ls:le]
	before := t.fold[ls:p.a]
	// "Direkte tlf. 43 68 75 02 · Hovednummer 43 68 68 68": each number
	// is judged by its own part of the line
	if lex.switchboard.MatchString(lineSegment(line, p.a-ls, p.b-ls)) {
		return false, true
	}
	if onPostcodeLine(line) && !lex.ownPhone.MatchString(strings.ReplaceAll(before, "tlf", "")) && !opensWithPersonName(t.span(ls, le)) {
		return false, true
	}
	sent := clauseOfPhone(t, p)
	if lex.otherPhone.MatchString(sent) && !strings.Contains(sent, "mit nummer") && !strings.Contains(sent, "my number") {
		return false, true
	}
	return lex.ownPhone.MatchString(before), false
}

// segmentSeps part the numbers one signature line lists side by side.
var segmentSeps = []string{"·", "•", "|", " / ", ";", "\t", ", ", " – ", " - "}

// lineSegment returns the part of line around line[a:b] that the
// separators of a list of numbers bound; a part that is only the number
// takes the label before it ("Omstilling | 43 68 68 68").
func lineSegment(line string, a, b int) string {
	from, to := 0, len(line)
	for _, sep := range segmentSeps {
		if k := strings.LastIndex(line[:a], sep); k >= 0 && k+len(sep) > from {
			from = k + len(sep)
		}
		if k := strings.Index(line[b:], sep); k >= 0 && b+k < to {
			to = b + k
		}
	}
	if !hasLetter(line[from:a]) && from > 0 {
		return lineSegment(line, from-1, to)
	}
	if digits(line[b:to]) >= 6 {
		// "Mobil 22 33 44 55 Fax 43 21 43 21": what follows is the next one's
		to = b
	}
	if k := lastNumberEnd(line[from:a]); k > 0 {
		from += k // "... Fax 43 21 43 21 Mobil 22 33 44 55"
	}
	return line[from:to]
}

// lastNumberEnd returns where the last run of six digits or more in s
// ends, 0 when s holds none.
func lastNumberEnd(s string) int {
	end := 0
	for _, r := range phoneRuns(s) {
		end = r.ends[len(r.ends)-1]
	}
	return end
}

func hasLetter(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 0x80 {
			return true
		}
	}
	return false
}

// sentenceAround returns the folded sentence holding offset a.
func sentenceAround(t *text, a int) string {
	for _, s := range t.sents() {
		if s.a <= a && a < s.b {
			return t.fold[s.a:s.b]
		}
	}
	return ""
}

// clauseOfPhone returns the folded sentence holding p, cut at the other
// numbers it gives: "Min mands nummer er 28 19 37 46, mit er 22 33 44 55",
// "Kontakt mig på ... eller min søn på ..." say whose each is in its own
// part.
func clauseOfPhone(t *text, p phone) string {
	for _, s := range t.sents() {
		if p.a < s.a || p.a >= s.b {
			continue
		}
		// the words before a number are its own; those after it only
		// when no other number follows ("28 19 37 46 er min mands")
		from, to := s.a, s.b
		for _, q := range findPhones(t) {
			switch {
			case q.b <= p.a && q.b > from:
				from = q.b
			case q.a >= p.b && q.a < s.b:
				to = p.b
			}
		}
		return t.fold[from:to]
	}
	return ""
}
