package parser

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"tilmeld"
)

// Marks a sender puts on the workshop list of the bot's own mail when she
// answers inside it: beside a quoted workshop line ("> 2. Sundhed &
// trivsel   <-- denne", "3. Uddannelse & livschancer  X" in an Outlook
// quote without "> "), or on a line she typed under one ("JA TAK", "1.
// prio", "this one"). Each mark is read as the workshop of its line, with
// the rank the mark gives, and added to her own words as "1. prioritet:
// workshop 3"; a mark that only points ranks by the other marks.

// quoteMark is one marked workshop line.
type quoteMark struct {
	ws   int    // the workshop's number
	rank int    // 1 or 2 when the mark gives it, 0 when it only points
	line string // the typed line the mark stands on, "" when it is beside the name
}

// quoteMarks is what the marks on the quoted list say.
type quoteMarks struct {
	marks []quoteMark
	// unread: a word beside a quoted workshop line, or a typed line under
	// one, that is no mark
	unread bool
	// gmailed: the quote is marked with "> ", her typed lines are her own
	gmailed bool
}

// readQuoteMarks finds the marks on the workshop list of the bot's mail
// that the reply quotes first, and returns own with them added; own as
// it is when there are none.
func readQuoteMarks(m *Mail, ev *tilmeld.Event, own string) (string, quoteMarks) {
	var qm quoteMarks
	if ev == nil || len(ev.Workshops) == 0 || m.Quoted == "" {
		return own, qm
	}
	at := listAt(m.Quoted, ev)
	if at < 0 {
		return own, qm
	}
	first := m.Quoted[at:]
	if end := strings.IndexByte(first, '\n'); end >= 0 {
		first = first[:end]
	}
	if isQuoted(first) {
		// her typed lines are not in the quote: read the list in the body
		qm.gmailed = true
		if b := strings.Index(m.Body, first); b >= 0 {
			qm.gmail(m.Body[b:], ev, listLines(ev))
		}
	} else {
		qm.outlook(m.Quoted[at:], ev, listLines(ev))
	}
	if len(qm.marks) == 0 && !qm.unread {
		return own, qm
	}
	if !quotesBot(m, ev) {
		return own, quoteMarks{} // only the bot's own list is known
	}
	if len(qm.marks) == 0 {
		return own, qm
	}
	ranked, ok := qm.ranked()
	if !ok {
		return own, qm
	}
	return addMarks(own, qm.marks, ranked), qm
}

// listAt returns where the line starts that holds the first workshop's
// name in the quote, -1 when none does: the list is found by that name,
// and the lines of a long quote need not be looked at one by one.
func listAt(quoted string, ev *tilmeld.Event) int {
	name := ev.Workshops[0].Name
	i := strings.Index(quoted, name)
	if i < 0 || name == "" {
		return -1
	}
	return strings.LastIndexByte(quoted[:i], '\n') + 1
}

// listLines is how many lines from the first workshop's are read: the
// list, a typed line and a blank one beside each.
func listLines(ev *tilmeld.Event) int {
	return 3*len(ev.Workshops) + 2
}

// gmail reads a quote marked with "> " line by line: the workshop lines
// are the quoted ones, a typed line under one (blank lines between) is
// the sender's.
func (qm *quoteMarks) gmail(body string, ev *tilmeld.Event, n int) {
	prev := 0 // the workshop of the last quoted line, 0 when it names none
	for rest := body; rest != "" && n > 0; n-- {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		switch quoteLineKind(line) {
		case blankKind:
			continue
		case typedKind:
			if prev > 0 {
				qm.typed(prev, strings.TrimSpace(line))
			}
			prev = 0
			continue
		}
		l := line[strings.IndexByte(line, '>')+1:]
		if l = l[skipBlanks(l, 0):]; l != "" && l[0] == '>' {
			prev = 0 // a quote inside the quote
			continue
		}
		ws, after := workshopLine(l, ev)
		prev = ws
		if ws > 0 {
			qm.beside(ws, after)
		}
	}
}

// outlook reads a quote with no "> " (an Outlook "Fra:/Sendt:" block):
// only a workshop line's own words and a line under it that is a mark
// and nothing else ("JA DENNE", "[Ida] denne") are the sender's.
func (qm *quoteMarks) outlook(quoted string, ev *tilmeld.Event, n int) {
	prev := 0
	for rest := quoted; rest != "" && n > 0; n-- {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		l := strings.TrimSpace(line)
		if l == "" {
			continue
		}
		ws, after := workshopLine(l, ev)
		if prev > 0 && ws == 0 && len(l) <= maxMark+24 {
			said := l
			if tag, s, ok := strings.Cut(l, "]"); ok && strings.HasPrefix(tag, "[") && ownTag(tag[1:]) {
				said = s
			}
			if rank, ok := readMark(said); ok {
				qm.marks = append(qm.marks, quoteMark{ws: prev, rank: rank})
				prev = 0
				continue
			}
		}
		prev = ws
		if ws > 0 {
			qm.beside(ws, after)
		}
	}
}

// beside reads the words after a quoted workshop's name.
func (qm *quoteMarks) beside(ws int, after string) {
	if strings.TrimSpace(after) == "" {
		return
	}
	if rank, ok := readMark(after); ok {
		qm.marks = append(qm.marks, quoteMark{ws: ws, rank: rank})
	} else {
		qm.unread = true
	}
}

// typed reads a line typed under a quoted workshop line.
func (qm *quoteMarks) typed(ws int, line string) {
	if rank, ok := readMark(line); ok {
		qm.marks = append(qm.marks, quoteMark{ws: ws, rank: rank, line: line})
	} else {
		qm.unread = true
	}
}

// ranked returns the rank of each mark: a mark that only points is 1st
// beside a 2nd, 2nd beside a 1st, and unranked when it stands alone.
// False when the marks give no order (two that only point) or clash (two
// 1sts, one workshop marked twice).
func (qm *quoteMarks) ranked() ([]int, bool) {
	var n [3]int
	seen := map[int]bool{}
	for _, mk := range qm.marks {
		n[mk.rank]++
		if seen[mk.ws] {
			return nil, false
		}
		seen[mk.ws] = true
	}
	if n[0] > 1 || n[1] > 1 || n[2] > 1 || n[0] == 1 && n[1] == 1 && n[2] == 1 {
		return nil, false
	}
	out := make([]int, len(qm.marks))
	for i, mk := range qm.marks {
		switch {
		case mk.rank > 0:
			out[i] = mk.rank
		case n[1] == 1:
			out[i] = 2
		case n[2] == 1:
			out[i] = 1
		}
	}
	return out, true
}

// clash reports marks that give no order or contradict each other.
func (qm *quoteMarks) clash() bool {
	if len(qm.marks) == 0 {
		return false
	}
	_, ok := qm.ranked()
	return !ok
}

// addMarks writes each mark into own as "1. prioritet: workshop 3": on
// the typed line that holds it, or after own for a mark beside a name.
func addMarks(own string, marks []quoteMark, ranks []int) string {
	lines := strings.Split(own, "\n")
	var after []string
	k := 0
	for i, mk := range marks {
		said := "workshop " + strconv.Itoa(mk.ws)
		if ranks[i] > 0 {
			said = strconv.Itoa(ranks[i]) + ". prioritet: " + said
		}
		if mk.line != "" {
			for j := k; j < len(lines); j++ {
				if strings.TrimSpace(lines[j]) == mk.line {
					lines[j], k = said, j+1
					said = ""
					break
				}
			}
		}
		if said != "" {
			after = append(after, said)
		}
	}
	out := strings.Join(lines, "\n")
	if len(after) > 0 {
		out = strings.TrimRight(out, "\n") + "\n\n" + strings.Join(after, "\n")
	}
	return out
}

// workshopLine reports a line of a workshop list as the bot writes it
// ("2. Sundhed & trivsel", "- Sundhed & trivsel"): the workshop's number
// and what follows its name. A list number must be the workshop's own.
// Most lines are passed by their first byte.
func workshopLine(l string, ev *tilmeld.Event) (int, string) {
	l = l[skipBlanks(l, 0):]
	num, i := 0, 0
	switch {
	case l == "":
		return 0, ""
	case l[0] >= '1' && l[0] <= '9':
		for i < len(l) && isDigit(l[i]) {
			i++
		}
		if i == len(l) || l[i] != '.' && l[i] != ')' {
			return 0, ""
		}
		if i > 2 {
			return 0, ""
		}
		num = atoi(l[:i])
		i++
	case l[0] == '-' || l[0] == '*':
		i = 1
	case strings.HasPrefix(l, "•"):
		i = len("•")
	default:
		return 0, ""
	}
	rest := l[skipBlanks(l, i):]
	for _, w := range ev.Workshops {
		if num != 0 && w.Number != num {
			continue
		}
		if n := foldedPrefixLen(rest, w.Name); n > 0 {
			return w.Number, rest[n:]
		}
	}
	return 0, ""
}

// foldedPrefixLen returns how much of s its prefix name takes, compared
// in lower case (runs of white space as one when the plain comparison
// fails); 0 when s does not open with name or name runs on into a word
// ("Sundhed & trivselsdag").
func foldedPrefixLen(s, name string) int {
	i := 0
	switch {
	case strings.HasPrefix(s, name):
		i = len(name) // as the bot wrote it
	case s == "" || name == "" || lowerByte(s[0]) != lowerByte(name[0]):
		return 0
	case hasPrefixFold(s, name):
		i = len(name)
	default:
		if i = spacedPrefixLen(s, name); i == 0 {
			return 0
		}
	}
	if c, _ := utf8.DecodeRuneInString(s[i:]); i < len(s) && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
		return 0
	}
	return i
}

// spacedPrefixLen is foldedPrefixLen's comparison with runs of white
// space as one ("Sundhed  &  trivsel").
func spacedPrefixLen(s, name string) int {
	i := 0
	for _, r := range name {
		if unicode.IsSpace(r) {
			if i >= len(s) || !unicode.IsSpace(rune(s[i])) {
				return 0
			}
			for i < len(s) && unicode.IsSpace(rune(s[i])) {
				i++
			}
			continue
		}
		c, n := utf8.DecodeRuneInString(s[i:])
		if n == 0 || unicode.ToLower(c) != unicode.ToLower(r) {
			return 0
		}
		i += n
	}
	return i
}

// maxMark is the longest mark read, in bytes: "jeg vil gerne denne, 1.
// prioritet tak" and a little more.
const maxMark = 48

// readMark reads s as a mark (markWords, an arrow, a rank): the rank it
// gives, 0 when it only points; false when s says anything else.
func readMark(s string) (int, bool) {
	t := strings.TrimSpace(s)
	if len(t) > maxMark {
		return 0, false
	}
	arrow := strings.Contains(t, "<-") || strings.Contains(t, "<=") || strings.Contains(t, "<<") || strings.HasPrefix(t, "<") ||
		strings.HasPrefix(t, "^") || strings.Contains(t, "←") || strings.Contains(t, "⇐") || strings.Contains(t, "👈")
	words := strings.FieldsFunc(string(appendFoldString(nil, t)), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	rank, said := 0, false
	for i := 0; i < len(words); i++ {
		w, r := words[i], 0
		switch {
		case markWords[w]:
			said = true
			continue
		case markFillers[w]:
			continue
		case w == "1" || w == "2" || markRankWords[w] > 0:
			r = markRankWords[w]
			if r == 0 {
				r = int(w[0] - '0')
			}
			if i+1 < len(words) && markRankNouns[words[i+1]] {
				i++
			} else if isDigit(w[0]) && !arrow {
				return 0, false // a bare number beside a name may mean anything
			}
		case markRankNouns[w] && i+1 < len(words) && (words[i+1] == "1" || words[i+1] == "2"):
			r = int(words[i+1][0] - '0')
			i++
		default:
			return 0, false
		}
		if rank != 0 && r != rank {
			return 0, false
		}
		rank, said = r, true
	}
	return rank, said || arrow && len(words) == 0
}

// allRead reports marks read with nothing beside or under the quoted
// workshop lines left unread.
func (qm *quoteMarks) allRead() bool {
	return len(qm.marks) > 0 && !qm.unread && !qm.clash()
}

// addQuoteMarks adds the marks on the quoted workshop list to the words
// read. A lone mark that only points, under words that name other
// workshops, leaves the order to staff (mixed).
func (rd *reader) addQuoteMarks() {
	base := rd.own.orig
	own, qm := readQuoteMarks(rd.m, rd.ev, base)
	if len(qm.marks) > 0 && base == rd.m.Own && !qm.gmailed {
		// she typed into an Outlook quote: her lines marked there are hers
		if more := answersMarkedInQuote(rd.m, true); more != "" {
			own, _ = readQuoteMarks(rd.m, rd.ev, more)
		}
	}
	rd.marks = qm
	if own == rd.own.orig {
		return
	}
	if len(qm.marks) == 1 && qm.marks[0].rank == 0 && rd.hasRefs(rd.own) {
		rd.mixed = true
		for _, refs := range rd.refsOf(rd.own) {
			for _, r := range refs {
				rd.mixed = rd.mixed && (r.missing || r.ws != qm.marks[0].ws)
			}
		}
	}
	rd.own = newText(own)
}

// reviewQuoteMarks sends marks that give no order to staff.
func (rd *reader) reviewQuoteMarks() {
	switch {
	case rd.marks.clash():
		rd.review("the marks on the quoted workshop list give no 1st and 2nd choice, or contradict each other")
	case rd.mixed:
		rd.review("the reply names a workshop, and marks another in the quoted list without saying which comes first")
	}
}
