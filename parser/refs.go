package parser

import (
	"maps"
	"regexp"
	"slices"
	"strings"
)

// negators before a workshop word mean it is not wanted ("ikke sundhed").
var negators = wordSet(daNegators, enNegators)

// ifWords before a negator make it "if not": "uddannelse, og hvis ikke så
// job" names job as the 2nd choice, it does not turn it down.
var ifWords = wordSet([]string{"hvis", "if"})

// skipBeforeRef are words between a negator and the workshop it negates.
var skipBeforeRef = wordSet(daSkipBeforeRef, enSkipBeforeRef)

// sentenceRefs reads the workshops chosen in one sentence, ranked where
// priority words say so. blocked spans (phones, dates, addresses) hold none.
func (c *catalog) sentenceRefs(t *text, s sentence, blocked func(a, b int) bool) []ref {
	from, to := t.tokenAt(s.a), t.tokenAt(s.b)
	if from >= to || !c.mayRefer(t, from, to) || restatedHeld(t, s) {
		return nil
	}
	marks := findMarkers(t, s.a, s.b)
	inMark := func(a, b int) bool {
		for _, m := range marks {
			if a < m.b && m.a < b {
				return true
			}
		}
		return blocked(a, b)
	}
	var refs []ref
	for _, r := range slices.Concat(c.nameRefs(t, from, to), c.ordinalRefs(t, from, to), c.wordNumberRefs(t, from, to)) {
		if !inMark(r.a, r.b) || r.kind == byOrdinal {
			refs = append(refs, r)
		}
	}
	head, run := c.personHead(t, s, from, to, blocked)
	refs = append(refs, c.topicRefs(t, s, from, to, head, refs)...)
	refs = append(refs, c.numberRefs(t, from, to, inMark, marks, run)...)
	refs = append(refs, unknownAbout(t, from, to, refs)...)
	refs = append(refs, c.stepRefs(t, from, to, refs)...)
	slices.SortFunc(refs, func(x, y ref) int { return x.a - y.a })
	refs = dropOverlaps(refs)
	refs = rankWordsAfterNames(t, refs)
	refs = bareRankLine(t, s, refs)
	refs = mergeRefs(t, refs)
	refs = dropUnwanted(t, s, refs)
	if len(marks) == 0 && !onlyRefs(t, s, refs) && !seatRequest(t, s, refs) {
		cues := t.within(choiceCue, s.a, s.b)
		if head >= 0 { // "- Eva Lund: tryghed": the line gives her choice
			cues = append(cues, []int{head, head})
		}
		refs = slices.DeleteFunc(refs, func(r ref) bool { return r.kind != byNumber && !cueBefore(t, cues, r) })
	}
	bind(t, refs, marks)
	c.rankListItem(t, s, refs)
	return rankParenMarks(t, rankMarks(t, refs))
}

// mayRefer reports whether tokens [from, to) hold a word or number that
// can start a workshop's reading (sentenceRefs): a number, a word for
// "workshop", an ordinal, a number word, a topic, or the start of a
// workshop's name. Most sentences of a mail hold none, and are passed over
// without reading their priority words, names and numbers.
func (c *catalog) mayRefer(t *text, from, to int) bool {
	for i := from; i < to; i++ {
		tk := &t.toks[i]
		if tk.num >= 0 {
			return true
		}
		w := tk.s
		if tk.is(classReferWord) || unknownWorkshop(w) || c.topicAt(w) != 0 {
			return true
		}
		if len(w) < 3 {
			if n, _ := c.splitAt(t, i, to); n > 0 {
				return true
			}
		} else if n, _ := c.matchAt(t, i, to); n > 0 {
			return true
		}
	}
	return false
}

// referWords are workshopWords, ordinals, numberWords and numberNicknames in one set:
// mayRefer asks every token of a sentence, with one look-up.
var referWords = func() map[string]bool {
	m := maps.Clone(workshopWords)
	for w := range ordinals {
		m[w] = true
	}
	for w := range numberWords {
		m[w] = true
	}
	for w := range numberNicknames {
		m[w] = true
	}
	return m
}()

// rankListItem reads a numbered line as a priority when the number stands
// before a workshop's name: in "1) Sundhed" the 1 is the 1st choice. In a
// list of titles copied with their own numbers ("2. Sundhed & trivsel")
// the number is the workshop's, and the line's place gives the order.
func (c *catalog) rankListItem(t *text, s sentence, refs []ref) {
	if len(refs) == 0 || refs[0].kind == byNumber || refs[0].rank != 0 {
		return // nothing to rank: the line is not read
	}
	m := listItem.FindStringSubmatchIndex(t.fold[s.a:s.b])
	if m == nil {
		return
	}
	if own, _ := c.copiedTitles(t, s.a+m[0]); own {
		return
	}
	if n := int(t.fold[s.a+m[2]] - '0'); n <= 2 && tokensBetween(t, s.a+m[3], refs[0].a) <= 1 {
		refs[0].rank = n
	}
}

var (
	choiceCue = table(daChoiceCue, enChoiceCue)
	aboutNot  = wordSet(daAboutNot, enAboutNot)
	articles  = wordSet([]string{"den", "the", "a", "an"})
	theNot    = wordSet(enTheNot)
)

// plainRun reports whether tokens [i, j) run on as one phrase: no
// punctuation and no word that joins two choices between them.
func plainRun(t *text, i, j int) bool {
	for k := i; k < j; k++ {
		if connectors[t.toks[k].s] || fillers[t.toks[k].s] || lex.second.MatchString(t.toks[k].s) || strings.TrimSpace(t.gap(k, k+1)) != "" {
			return false
		}
	}
	return true
}

func ordinal(w string) bool {
	_, ok := ordinals[w]
	return ok
}

// fullNameElsewhere reports whether the first name at token i stands
// elsewhere in the text with a surname ("Ida Holm og Bo Holm ... Ida: 1, 2"),
// so that it is a person and not a label.
func fullNameElsewhere(t *text, i int) bool {
	w := t.toks[i].s
	for k := 0; k+1 < len(t.toks); k++ {
		if k != i && t.toks[k].s == w && t.toks[k].cap && t.toks[k+1].cap && t.toks[k+1].num < 0 && t.gap(k, k+1) == " " {
			return true
		}
	}
	return false
}

// phoneFieldEnd returns the token after a phone number that opens a list
// line's field at token i and ends with a comma or a semicolon ("tlf.
// 22334455, 1 og 3"), or with a space on a line that is only a name, a
// number and a pair; i when the field is no phone.
func phoneFieldEnd(t *text, i, to int, pair bool, blocked func(a, b int) bool) int {
	k := i
	if k < to && phoneLabels[t.toks[k].s] {
		k++
		if k < to && (t.toks[k].s == "nr" || t.toks[k].s == "nummer" || t.toks[k].s == "no") {
			k++ // "tlf. nr. 22334455"
		}
	}
	j := k
	for j < to && t.toks[j].num >= 0 && blocked(t.toks[j].a, t.toks[j].b) {
		j++
	}
	if j == k && i < to {
		// "- Ida Holm, ida@example.dk, 1 og 3": a mail address fills it as well
		a := t.toks[i].a
		if c := strings.IndexAny(t.fold[a:t.toks[to-1].b], ",;"); c > 0 && mailField.MatchString(t.fold[a:a+c]) {
			if e := t.tokenAt(a + c); e < to {
				return e
			}
		}
	}
	if j == k || j >= to {
		return i
	}
	// "Per Jensen 33445566 2 og 4": a line of a name, a number and a pair
	// needs no comma
	if g := strings.Trim(t.gap(j-1, j), " "); g != "," && g != ";" && !(pair && g == "") {
		return i
	}
	return j
}

// mailField is a field that is a mail address alone, its label before it.
var mailField = regexp.MustCompile(`^(?:(?:e-?mail|mail)\s*:?\s*)?[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}\s*$`)

// phoneLabels name the phone number after them in a list line's field.
var phoneLabels = wordSet(daPhoneLabels, enPhoneLabels)

// sepSoon reports whether a separator follows within the few tokens a
// name and a mark take ("Ali Demir (mig):").
func sepSoon(t *text, i, to int) bool {
	for k := i + 1; k < to && k <= i+6; k++ {
		if strings.ContainsAny(t.gap(k-1, k), ":,-)") {
			return true
		}
	}
	return false
}

// markAfter returns how many tokens from i are a short mark in brackets
// after a name ("(mig)", "(me)", "(selv)", "(vores datter, 17 år)"), 0
// when there is none.
func markAfter(t *text, i, to int) int {
	if i >= to || i == 0 || !strings.HasSuffix(strings.TrimRight(t.gap(i-1, i), " "), "(") {
		return 0
	}
	for k := i; k < to && k < i+8 && t.toks[k].line == t.toks[i].line; k++ {
		if strings.HasPrefix(strings.TrimLeft(t.gap(k, k+1), " "), ")") {
			return k + 1 - i
		}
	}
	return 0
}

// endsInChoice reports whether s ends in a digit 1-9 and white space, as
// a line choicePairLine matches does: most sentences with "og" do not, and
// are passed over without running the expression.
func endsInChoice(s string) bool {
	s = strings.TrimRight(s, " \t\n\f\r")
	return s != "" && '1' <= s[len(s)-1] && s[len(s)-1] <= '9'
}

// bulletEnd returns where the mark that opens an item of a list ("- ",
// "* ", "• ", "1) ") ends in s, 0 when s opens with none.
func bulletEnd(s string) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
		i++
	}
	switch {
	case i < len(s) && (s[i] == '-' || s[i] == '*'):
		i++
	case i+2 < len(s) && isDigit(s[i]) && (s[i+1] == ')' || s[i+1] == '.') && s[i+2] == ' ':
		i += 2 // "1) Ali Demir: 1 og 3"
	case strings.HasPrefix(s[i:], "•"):
		i += len("•")
	case strings.HasPrefix(s[i:], "·"):
		i += len("·")
	default:
		return 0
	}
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// headAfterGreeting returns where the words of a line starting at a
// (before b) start past a greeting closed by a mark ("Hej. Jonas Frisk:
// ...", "Hi, Jonas Frisk: ...", "Kære ABC. Jonas Frisk: ..."), and
// whether there was one.
func headAfterGreeting(t *text, a, b int) (int, bool) {
	i := t.tokenAt(a)
	if i >= len(t.toks) || t.toks[i].b > b || !greetingWord[t.toks[i].s] || strings.TrimSpace(t.fold[a:t.toks[i].a]) != "" {
		return a, false
	}
	for k := i; k+1 < len(t.toks) && k < i+3 && t.toks[k+1].a < b; k++ {
		switch g := strings.TrimSpace(t.gap(k, k+1)); {
		case g == "," || g == "!" || g == ".":
			// one statement after it, or a second person may stand there
			rest := strings.TrimRight(t.fold[t.toks[k+1].a:b], " .\t\r")
			// and a colon or a dash, not a comma that may greet him ("Hej,
			// Bo Holm, ...")
			return t.toks[k+1].a, !strings.ContainsAny(rest, ".!?;") && strings.ContainsAny(rest, ":-–")
		case g != "" || !t.toks[k+1].cap:
			return a, false
		}
	}
	return a, false
}

// lineEndAt returns the end of the line s[i] stands on.
func lineEndAt(s string, i int) int {
	if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(s)
}

// personHead finds a sentence that opens with a person and a separator
// ("- Ali Demir: 1 og 3", "* Per Berg - 2", "Ayse Demir, workshop 2"): what
// follows is that person's wishes, so a workshop named there is chosen and
// bare numbers there are workshops. Without a list mark the name must have
// two words, so that a label ("Børn: 2") is no person. It returns the
// offset after the separator (-1 if none) and the tokens [i, j) of the
// numbers that stand right after it.
func (c *catalog) personHead(t *text, s sentence, from, to int, blocked func(a, b int) bool) (int, [2]int) {
	no := [2]int{}
	if n := oneMoreAt(t, from, s.b); n > 0 {
		// "Plus one more volunteer, name to follow: education": her line
		if r := oneMoreRest(t.fold, t.toks[from+n-1].b, s.b); r >= 0 {
			return r + 1, no
		}
	}
	f := t.fold[s.a:s.b]
	joined := strings.IndexByte(f, '+') >= 0 || strings.Contains(f, " og ") || strings.Contains(f, " and ") || strings.Contains(f, " & ")
	pair := joined && endsInChoice(f) && choicePairLine.MatchString(f) || // "Jens M. 4+3", "Kirsten Lund 1 og 2"
		(joined || strings.IndexByte(f, '/') >= 0) && notedPair(t, pairNoteLine, s.a, s.b) // "Jonas Vang 4/2 - glutenfri"
	if !strings.ContainsAny(f, ":,-") && !pair {
		return -1, no
	}
	at, bullet, greeted := s.a, false, false
	if k := bulletEnd(f); k > 0 {
		at, bullet = s.a+k, true
	} else if g, ok := headAfterGreeting(t, lineStart(t.fold, s.a), lineEndAt(t.fold, s.a)); ok && g >= s.a {
		at, greeted = g, true
	}
	i := t.tokenAt(at)
	relHead := false
	if i < to && t.toks[i].a == at {
		k := i
		i, _ = relationHead(t, i, s.b) // "- min kone Sadia Q.: helbred"
		relHead = i > k
	}
	if i >= to {
		return -1, no
	}
	self := selfLines[t.toks[i].s] && i+1 < to && strings.TrimSpace(t.gap(i, i+1)) == ":"
	rel := !self && !relHead && t.toks[i].a == at && relationOnlyHead(t, i, to)
	if !self && !rel && (t.toks[i].a != at && !owners[t.toks[t.tokenAt(at)].s] || !t.toks[i].cap || c.words[t.toks[i].s] || !sepSoon(t, i, to) && !pair) {
		return -1, no
	}
	name, n := nameAt(t, i)
	switch {
	case self:
		name, n = "(mig)", 1 // "Mig: 2 og 1", "me: 3 and 4": the sender's own line
	case rel:
		name, n = "(rel)", 2 // "Min mand: 1 og 2": the line of one not yet named
	}
	// "Min mand Tom: 1 og 2": a first name after who he is is enough
	if name == "" || n < 2 && !bullet && !self && !relHead && !fullNameElsewhere(t, i) || i+n >= to {
		return -1, no
	}
	n += markAfter(t, i+n, to) // "- Ali Demir (mig): 1, 3"
	if !self {
		n += pairedHeadLen(t, i, n, to) // "Ahmad og Omid: 4 og 3"
	}
	if i+n >= to {
		return -1, no
	}
	last := t.toks[i+n-1]
	sep := strings.TrimSpace(t.fold[last.b:t.toks[i+n].a])
	if sep == ") -" {
		sep = ")-" // "- Suresh Kumar (formand) - 1 og 2"
	}
	if sep != ":" && sep != "-" && sep != "," && sep != "):" && sep != ")," && sep != ")" && sep != ")-" && !(pair && (sep == "" || sep == ".")) ||
		greeted && sep != ":" && sep != "-" { // "Hej, Jonas Frisk, ..." may greet him
		return -1, no
	}
	head := t.toks[i+n].a
	// the numbers right after the head, up to the end or a comma; a phone
	// field first is the person's number ("- Ida Holm, 22334455, 1 og 3")
	start := phoneFieldEnd(t, i+n, to, pair, blocked)
	j, nums := start, 0
	for ; j < to; j++ {
		tk := t.toks[j]
		if tk.num > 0 && len(tk.s) <= 2 {
			nums++
		} else if !connectors[tk.s] && !(j == start && onlyWords[tk.s]) && // "- Fatima Benali: kun 3"
			!(j == start && reverseWords[tk.s] && j+1 < to && t.toks[j+1].num > 0) && // "Reza: omvendt, 3 og 4"
			!(nums > 0 && thenWords[tk.s] && j+1 < to && t.toks[j+1].num > 0) { // "Mariam: 2, så 3"
			break
		}
	}
	if nums == 0 || j < to && !runEnds(t.gap(j-1, j)) {
		return head, no
	}
	return head, [2]int{i + n, j}
}

var onlyWords = wordSet(daOnlyWords, enOnlyWords)

// reverseWords say that a person's two choices are another's turned round;
// where the numbers follow ("omvendt, 3 og 4") they are read as written.
var reverseWords = wordSet(daReverseWords, enReverseWords)

// unknownAbout finds "workshoppen om klima" and "Workshop: Kunst" where
// what follows names none of the event's workshops.
func unknownAbout(t *text, from, to int, refs []ref) []ref {
	var out []ref
	for i := from; i+1 < to; i++ {
		if i >= from+2 && t.toks[i].is(classWorkshopWord) && t.toks[i-2].s == "the" && !theNot[t.toks[i-1].s] && t.toks[i-1].num < 0 &&
			!strings.ContainsAny(t.gap(i-1, i), ".,:;\n") {
			// "the gardening workshop"; not "to the meeting. workshop: ..."
			// nor "join the meeting, workshop 3 and then 1"
			k := i - 1
			if !slices.ContainsFunc(refs, func(r ref) bool { return r.i <= k && k < r.j }) && !ordinal(t.toks[k].s) {
				tk := t.toks[k]
				out = append(out, ref{ws: unknownWS, missing: true, kind: byName, i: k, j: k + 1, a: tk.a, b: tk.b})
			}
		}
		numbered := t.toks[i].num >= 0 && i > from && t.toks[i-1].is(classWorkshopWord)      // "workshop 2 om klima"
		if !t.toks[i].is(classWorkshopWord) && !numbered || onListAt(t.fold[t.toks[i].b:]) { // "number 3 on the list"
			continue
		}
		k := i + 2
		next := t.toks[i+1]
		switch g := t.gap(i, i+1); {
		case !numbered && strings.TrimSpace(g) == ":": // "Workshop: Kunst og kreativitet"
			k = i + 1
		case !numbered && g == " " && next.cap && len(next.s) >= 3 && next.num < 0: // "workshoppen Grøn omstilling"
			k = i + 1
		case k >= to || g != " " || !beside[next.s]:
			continue
		}
		if articles[t.toks[k].s] && k+1 < to {
			k++ // "workshoppen om den grønne omstilling"
		}
		if slices.ContainsFunc(refs, func(r ref) bool { return r.i >= k && r.i <= k+2 && plainRun(t, k, r.i) }) {
			continue // "om den gode uddannelse"
		}
		if titleEndsInRef(t, k, to, refs) {
			continue // "om et trygt boligområde og naboskab": the title of workshop 1
		}
		if t.toks[k].num >= 0 || t.toks[k].is(classWorkshopWord) || t.toks[k].is(classFiller) || aboutNot[t.toks[k].s] || nameStop[t.toks[k].s] && !topicWords[t.toks[k].s] {
			continue
		}
		if slices.ContainsFunc(refs, func(r ref) bool { return r.i <= k && k < r.j }) || t.toks[k].is(classSkipBeforeRef) {
			continue
		}
		tk := t.toks[k]
		out = append(out, ref{ws: unknownWS, missing: true, kind: byName, i: k, j: k + 1, a: tk.a, b: tk.b})
	}
	return out
}

// cueBefore reports whether a word of choosing stands shortly before r
// ("jeg vil gerne høre mere om tryghed"); after it, it chooses something else.
func cueBefore(t *text, cues [][]int, r ref) bool {
	for _, c := range cues {
		if c[1] <= r.a && tokensBetween(t, c[1], r.a) <= 8 {
			return true
		}
	}
	return false
}

// onlyRefs reports whether the sentence says little besides the workshops
// it names ("Sundhed.", "1) Sundhed & trivsel"), which then are chosen.
func onlyRefs(t *text, s sentence, refs []ref) bool {
	first := t.tokenAt(s.a)
	last := first
	for last < len(t.toks) && t.toks[last].a < s.b {
		last++
	}
	// Which tokens the refs cover, marked once: asking every ref about every
	// token made a long sentence quadratic.
	covered := make([]bool, last-first)
	for _, r := range refs {
		for i := max(r.i, first); i < min(r.j, last); i++ {
			covered[i-first] = true
		}
	}
	for _, h := range slices.Concat(t.within(inThatOrder, s.a, s.b), t.within(forWhom, s.a, s.b)) {
		// "Tryghed og sundhed, i den rækkefølge": the order confirms them;
		// "health and jobs for both of us" says whose they are
		for i := t.tokenAt(h[0]); i < last && t.toks[i].a < h[1]; i++ {
			covered[i-first] = true
		}
	}
	other := 0
	for i := first; i < last; i++ {
		tk := t.toks[i]
		if !covered[i-first] && !tk.is(classConnector) && !tk.is(classFiller) && tk.num < 0 {
			if other++; other > 1 {
				return false
			}
		}
	}
	return true
}

func dropOverlaps(refs []ref) []ref {
	var out []ref
	for _, r := range refs {
		if len(out) > 0 && r.a < out[len(out)-1].b {
			continue
		}
		out = append(out, r)
	}
	return out
}

// mergeRefs joins mentions of one workshop written side by side ("Naboskab,
// netværk & tryghed", "workshop 2 (Sundhed & trivsel)"). A number beside the
// name of another workshop is a contradiction.
func mergeRefs(t *text, refs []ref) []ref {
	var out []ref
	for _, r := range refs {
		if len(out) == 0 {
			out = append(out, r)
			continue
		}
		p := &out[len(out)-1]
		g := t.fold[p.b:r.a]
		mixed := (p.kind == byNumber) != (r.kind == byNumber)
		switch {
		case p.ws == r.ws && (sameNameGap(g) || mixed && besideGap(g)):
			p.j, p.b = r.j, r.b
			if r.kind != byNumber {
				p.kind = r.kind
			}
		case p.ws != r.ws && mixed && besideGap(g) && !p.missing && !r.missing:
			p.conflict = true
			p.j, p.b = r.j, r.b
		default:
			out = append(out, r)
		}
	}
	return out
}

var (
	sameName = wordSet(daSameName, enSameName)
	beside   = wordSet(daBeside, enBeside)
)

// sameNameGap: what may stand between words of one workshop's name.
func sameNameGap(g string) bool {
	g = sameNameSeps.Replace(g)
	for w := range strings.FieldsSeq(g) {
		if !sameName[w] {
			return false
		}
	}
	return true
}

// besideGap: what may stand between a workshop's number and its name.
func besideGap(g string) bool {
	g = besideSeps.Replace(g)
	for w := range strings.FieldsSeq(g) {
		if !beside[w] {
			return false
		}
	}
	return true
}

// dropUnwanted removes workshops named but not chosen: negated ("ikke
// sundhed"), described as work or experience ("jeg arbejder med
// beskæftigelse"), or asked about in a question.
func dropUnwanted(t *text, s sentence, refs []ref) []ref {
	ctx := t.within(lex.context, s.a, s.b)
	if seats := t.within(seatPlace, s.a, s.b); len(ctx) > 0 && len(seats) > 0 {
		ctx = slices.DeleteFunc(slices.Clone(ctx), func(m []int) bool { return startsAt(seats, m[0]) })
	}
	if len(ctx) > 0 {
		ctx = askedToGet(t, s, ctx)
	}
	// "workshop 1 og 2 på samme tid?" asks about the choices it names: staff
	// answer, and the choices stay for them to see
	question := strings.HasSuffix(strings.TrimSpace(t.fold[s.a:s.b]), "?") && !t.has(lex.botRequest, s.a, s.b) && !t.has(lex.both, s.a, s.b) &&
		!seatRequest(t, s, refs) && !otherSeatRequest(t, s, refs) && !tagAsk(t, s, refs)
	// only the clause that asks: "Jeg vil gerne på 2 og 4 – er der
	// parkering?" chooses 2 and 4
	askAt := s.a
	if question {
		askAt = askedClause(t, s, refs)
	} else if at, ok := unmarkedAsk(t, s); ok && !t.has(lex.botRequest, s.a, s.b) && !seatRequest(t, s, refs) && !runsOn(t, at, s.b) {
		question, askAt = true, at
	}
	past := t.within(pastRank, s.a, s.b)
	told := len(t.within(toldOld, s.a, s.b)) > 0
	var out []ref
	prevContext := false
	for k, r := range refs {
		inContext := false
		for _, m := range ctx {
			end := m[1]
			if end <= r.a && tokensBetween(t, end, r.a) <= 3 {
				inContext = true
			}
		}
		if k > 0 && prevContext && sameNameGap(t.fold[refs[k-1].b:r.a]) {
			inContext = true
		}
		prevContext = inContext
		if inContext || question && r.a >= askAt || negated(t, s, r) || movedFrom(t, r, refs[k+1:], s.b) || oldChoice(t, s, r, refs[k+1:]) || afterReason(t, s, refs, k) ||
			pastRanked(t, r, past) || told && isToldOld(t, s, r) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// isToldOld reports r told as the old choice before a change (toldOldRef).
func isToldOld(t *text, s sentence, r ref) bool {
	old, _ := toldOldRef(t, s, r)
	return old
}

// movedFrom reports a workshop the sender moves away from: "fra workshop
// 2 til workshop 4", "from the health workshop to workshop 3". The one
// after "til" is the new choice; the one after "fra" is the old.
func movedFrom(t *text, r ref, later []ref, end int) bool {
	i := r.i - 1
	for i >= 0 && (t.toks[i].is(classSkipBeforeRef) || t.toks[i].is(classWorkshopWord)) && !moveTo[t.toks[i].s] {
		i--
	}
	if i < 0 || !moveFrom[t.toks[i].s] || strings.ContainsAny(t.fold[t.toks[i].b:r.a], ".\n") {
		return false
	}
	for k := t.tokenAt(r.b); k < len(t.toks) && t.toks[k].a < end; k++ {
		if !moveTo[t.toks[k].s] {
			continue
		}
		return slices.ContainsFunc(later, func(n ref) bool { return n.a > t.toks[k].a && tokensBetween(t, t.toks[k].b, n.a) <= 3 })
	}
	return false
}

var topicWords = wordSet(enTopicWords)

var (
	moveFrom = wordSet(daMoveFrom, enMoveFrom)
	moveTo   = wordSet(daMoveTo, enMoveTo)
)

func tokensBetween(t *text, a, b int) int { return t.tokenAt(b) - t.tokenAt(a) }

// negated reports a negator right before r; one inside a priority mark
// ("if that is not possible workshop 4") only puts r second.
func negated(t *text, s sentence, r ref) bool {
	seen := 0
	for i := r.i - 1; i >= 0 && seen < 2; i-- {
		w := t.toks[i].s
		if negators[w] && !numberAbbrev(t, i) && !(i > 0 && ifWords[t.toks[i-1].s]) && !insteadNew(t, i) && !inPriorityMark(t, s, t.toks[i]) &&
			!foodNegator(t, s, i, r.a) {
			return !strings.ContainsAny(t.fold[t.toks[i].b:r.a], "\n") && strings.Count(t.fold[t.toks[i].b:r.a], ".") == abbrevStops(t, i+1, r.i)
		}
		if !t.toks[i].is(classSkipBeforeRef) {
			seen++
		}
	}
	return false
}

// foodNegator reports the negator at token i inside words about food that
// end before b ("jeg spiser ikke gris workshop 2 og 1", run on without a
// stop): it turns the food down, not the workshop after it.
func foodNegator(t *text, s sentence, i, b int) bool {
	return slices.ContainsFunc(t.phrasesIn(dietWords, s.a, b), func(h phraseHit) bool {
		return s.a+h.a <= t.toks[i].a && t.toks[i].b <= s.a+h.b
	})
}

// insteadNew reports "i stedet" or "instead" at token i with no "for" or
// "of" after it ("Ikke nummer 1, i stedet nummer 2"): what follows is the
// new choice, not the one left.
func insteadNew(t *text, i int) bool {
	switch t.toks[i].s {
	case "stedet":
		return i+1 >= len(t.toks) || t.toks[i+1].s != "for"
	case "instead":
		return i+1 >= len(t.toks) || t.toks[i+1].s != "of"
	}
	return false
}

// inPriorityMark reports a negator inside a phrase that marks a 2nd choice
// ("if that's not possible workshop 4"): it turns no workshop down.
func inPriorityMark(t *text, s sentence, tk token) bool {
	return slices.ContainsFunc(findMarkers(t, s.a, s.b), func(m marker) bool { return m.rank == 2 && m.a <= tk.a && tk.b <= m.b })
}

// numberAbbrev reports "nr." or "no." at token i: the number's label, not
// "no" that turns it down.
func numberAbbrev(t *text, i int) bool {
	return skipBeforeRef[t.toks[i].s] && abbreviations[t.toks[i].s] && t.toks[i].b < len(t.fold) && t.fold[t.toks[i].b] == '.'
}

// abbrevStops counts the full stops that end abbreviations ("nr.") among
// tokens [i, j): they end no sentence between a negator and its workshop.
func abbrevStops(t *text, i, j int) int {
	n := 0
	for k := i; k < j; k++ {
		if numberAbbrev(t, k) {
			n++
		}
	}
	return n
}

var (
	sameNameSeps = strings.NewReplacer("&", " ", ",", " ", "(", " ", ")", " ", "-", " ", "\"", " ", "+", " ")
	besideSeps   = strings.NewReplacer("(", " ", ")", " ", "-", " ", ":", " ", "\"", " ")
)

// titleEndsInRef reports a workshop's title in the writer's own words
// from token k, whose first word is none of the workshops but a later one
// is ("workshoppen om et trygt boligområde og naboskab", "the workshop on
// neighbourliness and feeling safe"): a few words joined by spaces and
// "og"/"and" only, up to a ref. The title is that workshop, its first
// word is no workshop of its own.
func titleEndsInRef(t *text, k, to int, refs []ref) bool {
	for j := k + 1; j <= k+5 && j < to; j++ {
		if g := t.gap(j-1, j); g != " " && strings.TrimSpace(g) != "&" || t.toks[j].num >= 0 {
			return false
		}
		if slices.ContainsFunc(refs, func(r ref) bool { return r.i == j }) {
			return true
		}
	}
	return false
}
