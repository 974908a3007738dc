package parser

import (
	"fmt"
	"net/mail"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"tilmeld"
)

// Read turns a decoded mail into a reading for the event ev: what the mail
// wants, who comes, which workshops they choose, what they eat, how to reach
// the sender, and whether the bot may act on it alone.
func Read(m *Mail, ev *tilmeld.Event) *Result {
	return readKnowing(m, ev, nil)
}

// Reread reads m again knowing the registration its sender already holds
// (its attendees), and gates the reading as Parse does: their names complete
// a first name, a withdrawal by first name ("både Birgit og jeg") or of both
// ("vi melder begge fra") then knows whom it means, and a change "til 3 i
// stedet for 2" knows which priority 2 was. The daemon calls it for a change
// or cancellation that the mail alone leaves unsure.
func Reread(m *Mail, ev *tilmeld.Event, onFile []tilmeld.Attendee) *Result {
	r := readKnowing(m, ev, onFile)
	gate(r, ev)
	return r
}

func readKnowing(m *Mail, ev *tilmeld.Event, onFile []tilmeld.Attendee) *Result {
	rd := &reader{m: m, ev: ev, cat: catalogFor(ev), onFile: onFile}
	for _, a := range onFile {
		if a.Name != "" {
			rd.onFileNames = append(rd.onFileNames, a.Name)
		}
	}
	rd.res = &Result{Mail: m, Language: "da", Contact: tilmeld.Contact{Email: m.FromAddr}}
	rd.read()
	rd.finish()
	return rd.res
}

// reader reads one mail. The steps: automatic mail is ignored; the words
// to read are chosen (the sender's own, or a forwarded registration); the
// language is told; the text is cut into sentences and clauses and the
// workshops named in each are found and ranked (refs.go, priority.go); the
// intent is decided from the lexicon's cues (intent.go); the people are
// found and each clause's workshops and diet given to the people it is
// about (attendees.go, people.go); then the contact (contact.go) and the
// status, which is complete only when nothing gave a reason for review.
type reader struct {
	m   *Mail
	ev  *tilmeld.Event
	cat *catalog
	res *Result
	// onFile are the attendees of the sender's registration, when the
	// caller knows it (Reread), else nil; onFileNames their names.
	onFile      []tilmeld.Attendee
	onFileNames []string

	// display is fromName of the From display name, read once (displayRead)
	display     string
	displayRead bool
	// intro is introducedName, read once (introRead)
	intro     string
	introRead bool

	own     *text // the words read for the registration
	sig     *text // the sender's signature
	author  string
	forward bool // the registration is someone else's, forwarded
	ps      *people
	group   *person // what is said for everyone ("vi vil begge ...")
	sents   []clause
	signs   int // signsUp: 0 not yet known, 1 yes, -1 no
	receipt int // answersReceipt, read once: 0 not yet known, 1 yes, -1 no
	aside   int // registersOthersAside, read once: 0 not yet known, 1 yes, -1 no
	kin     int // kinWishes, read once: 0 not yet known, 1 yes, -1 no
	// served is the one the sender writes for and does not name
	// (servedUnnamed), nil when none.
	served *person
	// placement is answersPlacement, read once: 0 not yet known, 1 yes, -1 no
	placement int
	// already: the sender says she is registered; the people named beside
	// her are added to that registration.
	already bool
	// invitePassed: the forwarded mail is the event's own invitation,
	// passed on; the sender's words are read, not its workshop list.
	invitePassed bool
	// selfListed: the sender, known only by a From name in another script,
	// is one of the people the mail names (foreignSelfListed).
	selfListed bool
	// keptRank is the priority an update says stays as it is ("Sundhed er
	// stadig mit andet valg"): 1 or 2, 0 when none or both.
	keptRank int
	// stated is the pair of workshops the sender restates as the one she
	// holds, when she gives one of them up (dropStatedPair); -1s when she
	// restates two.
	stated [2]int
	// doubtOther: the mail doubts whether someone else comes (doubtsOther);
	// the one doubted is the one a cancellation withdraws.
	doubtOther bool
	// marks are what the sender marked on the workshop list of the bot's
	// quoted mail (readQuoteMarks); mixed: a mark that only points names
	// another workshop than her own words above do.
	marks quoteMarks
	mixed bool
}

// clause is a sentence, or part of one, about one set of people.
type clause struct {
	a, b int
	s    sentence // the whole sentence the clause is part of
	refs []ref
}

// review sends the mail to staff, saying why (once per reason).
func (rd *reader) review(format string, args ...any) {
	if r := fmt.Sprintf(format, args...); !slices.Contains(rd.res.Reasons, r) {
		rd.res.Reasons = append(rd.res.Reasons, r)
	}
}

func (rd *reader) ignore(intent tilmeld.Intent, why string) {
	rd.res.Intent, rd.res.Status = intent, tilmeld.StatusIgnore
	rd.res.Contact = tilmeld.Contact{}
	rd.res.Reasons = append(rd.res.Reasons, why)
}

func (rd *reader) read() {
	m := rd.m
	switch m.Auto {
	case AutoReply:
		if phishing(m) {
			rd.ignore(tilmeld.IntentSpam, "a phishing mail or an offer from an automatic sender; nobody registers")
			return
		}
		rd.ignore(tilmeld.IntentAutoReply, "automatic reply: "+m.AutoReason)
		return
	case AutoBounce:
		rd.ignore(tilmeld.IntentBounce, "delivery failure report: "+m.AutoReason)
		return
	case AutoMaybe:
		rd.review("the mail may be automatic (%s)", m.AutoReason)
	}
	rd.chooseText()
	own := rd.own
	lang := language(own)
	if lang == "other" {
		rd.res.Intent = tilmeld.IntentRegister
		if rd.answersReceipt() || rd.answersPlacement() {
			// an answer in a registration's thread changes that one
			rd.res.Intent = tilmeld.IntentUpdate
		}
		rd.review("the mail is written in a language other than Danish or English")
		// a reply to the receipt or the placement was asked to say what to
		// change: its "?" mostly asks for that change, which is no
		// question for staff ("... yazabilir misiniz?")
		rd.res.Question = rd.res.Intent == tilmeld.IntentRegister && foreignAsks(own)
		return
	}
	rd.res.Language = lang
	rd.dropMisdirectedNumbers()
	rd.dropTitleRefs()
	if m.Auto == AutoList {
		switch {
		case !rd.signsUp() && listPersonAsks(own, rd.sig, lang):
			rd.review("list mail, but a person writes in her own name and asks something (%s)", m.AutoReason)
		case !rd.signsUp():
			rd.ignore(tilmeld.IntentSpam, "list mail: "+m.AutoReason)
			return
		case rd.newsletterOnly():
			rd.ignore(tilmeld.IntentSpam, "a newsletter that speaks of registrations but signs nobody up: "+m.AutoReason)
			return
		default:
			rd.review("list mail that reads like a registration")
		}
	}
	rd.readClauses()
	rd.dropTakenBack()
	rd.dropColleagueRefs()
	rd.dropReceiptReport()
	if own.matches(givenSeat) && rd.answersPlacement() {
		rd.dropGivenSeat() // "Tak for pladsen på 2": the seat she holds
	}
	qs := questions(own)
	rd.res.Question = len(qs) > 0
	if rd.res.Question && rd.writesToColleague() {
		// "Hej Jonas, har du lyst?": asked of the one greeted
		rd.res.Question = rd.asksStaffBeside(qs)
	}
	// Phishing may speak of a "tilmelding" (to another service); many
	// marks outweigh that word.
	if !rd.anyRefs() {
		// A mailbox "almost full" with a link to "confirm the account" is
		// phishing from any sender, though it warns that mail ("f.eks.
		// tilmeldinger") will bounce: two such marks are never a resident's.
		if phishingMarks(own, newText(m.Subject)) >= 2 {
			rd.res.Question = false
			rd.ignore(tilmeld.IntentSpam, "a phishing mail: it asks for a login or warns of the mailbox, with a link; nobody registers")
			return
		}
		if rd.misdirected() {
			rd.res.Question = false
			rd.ignore(tilmeld.IntentSpam, "a fault in the home, meant for the estate office: the mail never speaks of the meeting")
			return
		}
		if n := looksLikeSpam(own, rd.sig, rd.res.Question); n > 0 && (!rd.signsUp() || n >= 3) && !rd.optsOutUnasked() {
			rd.res.Question = false
			rd.ignore(tilmeld.IntentSpam, "an offer, a newsletter or a phishing mail; nobody registers")
			return
		}
	}
	rd.readIntent()
}

// chooseText picks the words to read: the sender's own, or, when she passes
// on a registration, the forwarded mail.
func (rd *reader) chooseText() {
	m := rd.m
	rd.sig = newText(signatureHead(m.Signature))
	rd.own = newText(m.Own)
	rd.dropTakenBackNames()
	m = rd.m
	if own := inlineOwn(m, rd.ev); own != "" {
		rd.own = newText(own)
	} else if own := answersBetweenQuotes(m); own != "" {
		rd.own = newText(own)
	} else if own := answersMarkedInQuote(m, false); own != "" {
		rd.own = newText(own)
	} else if own := plusPairOwn(m, rd.ev); own != "" {
		rd.own = newText(own)
	}
	rd.addQuoteMarks()
	rd.subjectSays()
	rd.res.own = rd.own
	if strings.TrimSpace(m.Forwarded) == "" || internalThread(m, rd.ev.Address) {
		return
	}
	own := rd.own
	fwd := own.matches(lex.forward) || strings.TrimSpace(own.fold) == "" || passesOnBySubject(m.Subject) || passesOnResident(own)
	if !fwd || rd.hasRefs(own) {
		return
	}
	body, author, addr := forwardedBody(m.Forwarded)
	if eventsOwn(addr, rd.ev) {
		rd.invitePassed = true // its workshops are no one's choice
		return
	}
	if c := rd.forwardChain(body); c != nil {
		m, rd.m, rd.res.Mail, rd.res.read = c, c, c, nil
		body, author, addr = forwardedBody(m.Forwarded)
	}
	rd.own = newText(body)
	rd.res.fwd = rd.own
	rd.author = author
	if addr != "" && addr != m.FromAddr || addr == "" && passesOnResident(own) {
		rd.forward = true
	}
	rd.replyAddress(own)
	if rd.forward && addr != "" && addr != m.FromAddr && rd.res.Contact.Email == m.FromAddr && (own.matches(confirmToResident) || confirmsToAuthor(own, author)) {
		// "Send venligst bekræftelsen til hende": to the forwarded mail's author
		rd.res.Contact.Email = addr
	}
}

// confirmToResident asks that the answer go to the one whose mail is
// passed on ("send bekræftelsen til hende", "please reply to him").
var confirmToResident = table(daConfirmToResident, enConfirmToResident)

// signatureHead keeps the top of a signature, where names and numbers
// stand; the disclaimers below them are long and say nothing of the sender.
func signatureHead(s string) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			if n++; n == 12 {
				return s[:i]
			}
		}
	}
	return s
}

// subjectSays reads a new mail's subject as her first line when it names
// workshops and her own words name none ("Emne: Tilmelding workshop 2 og
// 4" over "Mvh Ida Holm", "Emne: Workshop 3" over an empty body): she said
// it there. A reply's subject repeats what was said before, so it is not.
func (rd *reader) subjectSays() {
	m := rd.m
	if isReply(m) || m.Subject == "" || rd.hasRefs(rd.own) {
		return
	}
	_, subject := subjectPrefixes(m.Subject)
	if subject == "" || len(subject) > 200 || strings.Contains(subject, "?") || len(questions(rd.own)) > 0 {
		return // "Spørgsmål om workshop 2" asks of it
	}
	st := newText(subject)
	if !st.matches(lex.register) && !strings.HasPrefix(st.fold, "workshop") || !rd.hasRefs(st) {
		return
	}
	rd.own = newText(subject + "\n\n" + rd.own.orig)
}

// fwdSubject marks the subject of a forwarded mail ("VS:", "Fwd:").
var fwdSubject = regexp.MustCompile(`(?i)^\s*((re|sv|aw)\s*:\s*)*(fwd?|vs|wg|tr|videresendt)\s*:`)

var fwdHeader = regexp.MustCompile(`(?i)^\s*(fra|from|sendt|sent|date|dato|til|to|cc|emne|subject)\s*:\s*(.*)$`)

// forwardedBody strips the header block of a forwarded mail and returns its
// text with the author's name and address.
// mailtoFrom is Outlook's "Fra: Fadumo Hassan [mailto:fadumo@example.com]".
var mailtoFrom = regexp.MustCompile(`^\s*(.*?)\s*\[mailto:([^\]\s]+@[^\]\s]+)\]\s*$`)

func forwardedBody(s string) (body, name, addr string) {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if l := strings.TrimSpace(line); strings.HasPrefix(l, "-----") || isForwardMark(l) {
			continue // "Begin forwarded message:" as well
		}
		if h := fwdHeader.FindStringSubmatch(line); h != nil {
			k := strings.ToLower(h[1])
			if (k == "fra" || k == "from") && addr == "" {
				if a, err := mail.ParseAddress(strings.TrimSpace(h[2])); err == nil {
					name, addr = a.Name, strings.ToLower(a.Address)
				} else if m := mailtoFrom.FindStringSubmatch(h[2]); m != nil {
					name, addr = strings.Trim(strings.TrimSpace(m[1]), `"'`), strings.ToLower(m[2])
				} else if name == "" {
					name = nameOnlyFrom(h[2])
				}
			}
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n"), name, addr
}

// signsUp reports, once, whether the sender's words sign someone up.
func (rd *reader) signsUp() bool {
	if rd.signs == 0 {
		rd.signs = -1
		if firm(rd.own, lex.register) {
			rd.signs = 1
		}
	}
	return rd.signs > 0
}

func (rd *reader) hasRefs(t *text) bool {
	for _, refs := range rd.refsOf(t) {
		if len(refs) > 0 {
			return true
		}
	}
	return false
}

// refsOf reads the workshops named in each sentence of t, once.
func (rd *reader) refsOf(t *text) [][]ref {
	if t.refs == nil {
		t.refsAvoid = t.avoid
		blocked := blockedSpans(t, rd.ev)
		t.refs = make([][]ref, len(t.sents()))
		for k, s := range t.sents() {
			t.refs[k] = rd.cat.sentenceRefs(t, s, blocked)
		}
	}
	return t.refs
}

func (rd *reader) anyRefs() bool {
	for _, c := range rd.sents {
		if len(c.refs) > 0 {
			return true
		}
	}
	return false
}

var (
	emailRe = regexp.MustCompile(`[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}`)
	urlRe   = regexp.MustCompile(`(?:https?://|www\.)\S+|\b[a-z0-9\-]+\.(?:dk|com|org|net)/\S*`)
)

// blockedSpans marks what holds digits that are no workshop: phone numbers,
// addresses, links.
func blockedSpans(t *text, ev *tilmeld.Event) func(a, b int) bool {
	var spans [][2]int
	for _, p := range findPhones(t) {
		spans = append(spans, [2]int{p.a, p.b})
	}
	spans = append(spans, houseNumbers(t)...)
	spans = append(spans, emptyBoxLines(t)...) // "☐ Sundhed & trivsel" is not ticked
	for _, re := range []*regexp.Regexp{emailRe, urlRe} {
		for _, m := range t.hits(re) {
			spans = append(spans, [2]int{m[0], m[1]})
		}
	}
	return overlapsAny(spans)
}

// overlapsAny returns a test of whether fold[a:b] overlaps any of spans:
// a look down a few, a binary search of many (a line of phone numbers)
// by their starts, each with the furthest end of those up to it.
func overlapsAny(spans [][2]int) func(a, b int) bool {
	if len(spans) <= 16 {
		return func(a, b int) bool {
			for _, s := range spans {
				if a < s[1] && s[0] < b {
					return true
				}
			}
			return false
		}
	}
	slices.SortFunc(spans, func(x, y [2]int) int { return x[0] - y[0] })
	reach := make([]int, len(spans)) // the furthest end of spans[:k+1]
	for k, s := range spans {
		reach[k] = s[1]
		if k > 0 {
			reach[k] = max(reach[k], reach[k-1])
		}
	}
	return func(a, b int) bool {
		// the spans that start before b: one of them ends after a
		k, _ := slices.BinarySearchFunc(spans, b, func(s [2]int, b int) int { return s[0] - b })
		return k > 0 && reach[k-1] > a
	}
}

// clauseSplit finds where a new subject starts inside a sentence ("Kurt er
// diabetiker, jeg spiser alt"; "workshop 1, og min kollega vil også med").
var clauseSplit = regexp.MustCompile(`(?:,|:|\b(?:` + strings.Join(append(slices.Clone(daClauseJoin), enClauseJoin...), "|") +
	`)\b)\s+(?:(?:saa|then)\s+)?(` + strings.Join(append(slices.Clone(daClauseSubject), enClauseSubject...), "|") + `)\b`)

// selfSplits finds where an English clause about the sender starts in s:
// "I" after a comma or after "and"/"but"/"then". Each span ends after the "i".
func selfSplits(t *text, s sentence) [][]int {
	var out [][]int
	for k := t.tokenAt(s.a) + 1; k < len(t.toks) && t.toks[k].a < s.b; k++ {
		if t.toks[k].s != "i" {
			continue
		}
		if g := t.gap(k-1, k); strings.TrimSpace(g) == "," {
			out = append(out, []int{t.toks[k-1].b, t.toks[k].b})
		} else if strings.TrimSpace(g) == "" && enJoins[t.toks[k-1].s] {
			out = append(out, []int{t.toks[k-1].a, t.toks[k].b})
		}
	}
	return out
}

var enJoins = wordSet(enClauseJoin)

// runOnSplits finds where a new statement starts in a sentence typed
// without its full stops ("jeg kommer med min kone vi vil begge på 2 og
// 3"): a subject and its verb right after a word that ends a phrase, not
// one that leads into a clause ("som vi vil", "at jeg kommer").
func runOnSplits(t *text, s sentence, en bool) [][]int {
	var out [][]int
	for k := t.tokenAt(s.a) + 1; k+1 < len(t.toks) && t.toks[k+1].b <= s.b; k++ {
		if runOnAt(t, k, s.b, en) {
			out = append(out, []int{t.toks[k].a, t.toks[k].b})
		}
	}
	return out
}

// runOnAt reports a new statement starting at token k (see runOnSplits).
func runOnAt(t *text, k, end int, en bool) bool {
	if k < 1 || k+1 >= len(t.toks) || t.toks[k+1].b > end {
		return false
	}
	w := t.toks[k].s
	if !ownerRelationAt(t, k) && (!t.toks[k].is(classRunOnSubject) || w == "i" && !en) {
		// "... workshop 1 og 2 ring til min datter": a request of its own
		return t.toks[k].is(classRunOnAsk) && t.toks[k+1].is(classRunOnAskTo) && spaceOrLine(t.gap(k-1, k))
	}
	// a line break ends the statement the more ("... 2 og 4\nmin mand kommer ikke")
	return subjectVerbAt(t, k, end, en) && spaceOrLine(t.gap(k-1, k)) &&
		!t.toks[k-1].is(classRunOnLead) && !t.toks[k-1].is(classRunOnVerb)
}

// ownerRelationAt: "min mand", "my friend" at token k.
func ownerRelationAt(t *text, k int) bool {
	return t.toks[k].is(classOwner) && k+1 < len(t.toks) && t.toks[k+1].is(classRelation) && t.toks[k].s != "her" // Danish "her" is "here"
}

// subjectVerbAt reports a subject and its verb at token k, within end: a
// pronoun ("hun vil", "vi begge vil") or a relation and her name ("min
// mand er Bo Holm", "min veninde Fatma vil").
func subjectVerbAt(t *text, k, end int, en bool) bool {
	if k+1 >= len(t.toks) || t.toks[k+1].b > end {
		return false
	}
	v := k + 1
	if ownerRelationAt(t, k) {
		for v++; v+1 < len(t.toks) && t.toks[v+1].b <= end && (t.toks[v].cap || smallNameRead(t, v, t.avoid, en)); v++ {
		}
		if v >= len(t.toks) || t.toks[v].b > end {
			return false
		}
	} else if !t.toks[k].is(classRunOnSubject) || t.toks[k].s == "i" && !en {
		return false
	}
	if t.toks[v].is(classRunOnGroup) && v+1 < len(t.toks) && t.toks[v+1].b <= end {
		v++ // "vi begge vil", "we both want"
	}
	return t.toks[v].is(classRunOnVerb) && t.gap(k, k+1) == " "
}

func spaceOrLine(g string) bool { return g == " " || g == "\n" }

var (
	runOnSubject = wordSet(daRunOnSubject, enRunOnSubject)
	runOnLeads   = wordSet(daRunOnLeads, enRunOnLeads)
	runOnVerbs   = wordSet(daPersonVerbs, enPersonVerbs, []string{"kan", "can", "want", "like"}, daRunOnHelps, enRunOnHelps)
	// runOnAsk and runOnAskTo: a request to reach someone ("ring til",
	// "kontakt min", "call my") starts a statement of its own
	runOnAsk   = wordSet(daRunOnAsk, enRunOnAsk)
	runOnAskTo = wordSet([]string{"til", "paa", "min", "mig", "me", "my", "on"})
	runOnGroup = wordSet([]string{"begge", "alle", "both", "all"})
)

// mergeSpans merges two lists of spans sorted by start.
func mergeSpans(a, b [][]int) [][]int {
	if len(b) == 0 {
		return a
	}
	out := append(slices.Clone(a), b...)
	slices.SortFunc(out, func(x, y []int) int { return x[0] - y[0] })
	return out
}

// readClauses splits the text into clauses and reads the workshops in each.
func (rd *reader) readClauses() {
	t := rd.own
	all := rd.refsOf(t)
	rd.sents = slices.Grow(rd.sents, len(t.sents())) // a clause or more a sentence
	var cuts []int                                   // one sentence's, reused
	for k, s := range t.sents() {
		refs := all[k]
		cuts = append(cuts[:0], s.a)
		splits := spansIn(t.hits(clauseSplit), s.a, s.b)
		if rd.res.Language == "en" { // "... and I would like workshop 2": Danish "i" is "in"
			splits = mergeSpans(splits, selfSplits(t, s))
		}
		splits = mergeSpans(splits, runOnSplits(t, s, rd.res.Language == "en"))
		for _, m := range splits {
			at := lastWordAt(t.fold, m[1])
			if tokensBetween(t, cuts[len(cuts)-1], at) >= 2 && !onlyNames(t, cuts[len(cuts)-1], at) && !selfObjectBefore(t, m[0]) &&
				!kinAndSelfSplit(t, cuts[len(cuts)-1], at) {
				cuts = append(cuts, at)
			}
		}
		cuts = append(cuts, s.b)
		for k := 0; k+1 < len(cuts); k++ {
			c := clause{a: cuts[k], b: cuts[k+1], s: s}
			c.refs = refsIn(refs, c.a, c.b)
			rd.sents = append(rd.sents, c)
		}
	}
}

// refsIn returns the refs that start within [a, b), in their order. A
// sentence's refs are in the order of their places, so those of one of its
// clauses are one run of them: that run is returned as it is, capped so
// that an append copies, instead of a copy for every clause.
func refsIn(refs []ref, a, b int) []ref {
	in := func(r ref) bool { return r.a >= a && r.a < b }
	i := 0
	for i < len(refs) && !in(refs[i]) {
		i++
	}
	j := i
	for j < len(refs) && in(refs[j]) {
		j++
	}
	switch {
	case i == j:
		return nil
	case !slices.ContainsFunc(refs[j:], in):
		return refs[i:j:j]
	}
	var out []ref
	for _, r := range refs {
		if in(r) {
			out = append(out, r)
		}
	}
	return out
}

// lastWordAt returns where the word that ends at offset b starts.
func lastWordAt(s string, b int) int {
	return strings.LastIndexAny(s[:b], " \t\n,:") + 1
}

// onlyNames reports whether fold[a:b] is a list of people, as the first
// half of "Peter Lauridsen og jeg", "min mand Jens og jeg" or "jeg og min
// mand Jens" is (the sender's "jeg" in small letters too), after a
// greeting run into it ("hej jeg og min mand Per").
func onlyNames(t *text, a, b int) bool {
	from := t.pastLead(a, b)
	for i := from; i < len(t.toks) && t.toks[i].a < b; i++ {
		w := t.toks[i].s
		if t.toks[i].cap || connectors[w] || owners[w] || relations[w] || selfPronoun[w] {
			continue
		}
		if i > from && relations[t.toks[i-1].s] && smallNameRead(t, i, t.avoid, false) {
			continue // "min mand per og jeg", as a phone types it
		}
		return false
	}
	return true
}

// fromDisplay is displayPerson(rd.m), read once: several steps ask.
func (rd *reader) fromDisplay() string {
	if !rd.displayRead {
		rd.display, rd.displayRead = displayPerson(rd.m), true
	}
	return rd.display
}

// readIntent decides what the mail wants and reads it accordingly.
func (rd *reader) readIntent() {
	t, m := rd.own, rd.m
	f := t.fold
	why := rd.notAboutComing()
	switch {
	case t.matches(senderReplaces) && t.matches(lex.register):
		// "jeg kommer så i stedet for hende": the sender signs up anew, and
		// the one she replaces is to be withdrawn
		rd.res.Intent = tilmeld.IntentRegister
		rd.review("the sender comes in the place of someone else, who is to be withdrawn: a new registration and a cancellation")
		rd.readPeople(tilmeld.IntentRegister)
	case !rd.forward && rd.exchangeOf().out != 0:
		// "Kan I udskifte 4 med 1?": both are workshops, so she changes her
		// own choice; no one takes her seat
		rd.res.Intent = tilmeld.IntentUpdate
		if rd.roomConditional() {
			rd.review("the change depends on whether there is room")
		}
		rd.readPeople(tilmeld.IntentUpdate)
	case rd.standsInIf():
		rd.res.Intent = tilmeld.IntentRegister
		rd.review("a stand-in is named for the case the sender cannot come: a conditional substitution")
		rd.registration()
	case t.matches(lex.substitute):
		rd.res.Intent = tilmeld.IntentUpdate
		rd.review("someone else is to take the sender's place")
		rd.readPeople(tilmeld.IntentUpdate)
	case why != "":
		rd.res.Intent = tilmeld.IntentOther
		rd.review("%s", why)
		if rd.res.Question && rd.optsOutUnasked() {
			rd.res.Question = asksBesidesComplaint(t) // "Hvorfor får jeg jeres mails?" only complains
		}
	case rd.passesInviteOnly():
		rd.res.Intent = tilmeld.IntentOther
		rd.review("the sender passes the invitation on and registers nobody")
	case rd.declinesAndAsks():
		rd.res.Intent = tilmeld.IntentQuestion
		rd.review("the sender cannot come and asks staff something; the topics she names are interests, not choices")
	case !rd.forward && rd.retractsCancel():
		rd.readRetracted()
	case rd.cancels():
		rd.res.Intent = tilmeld.IntentCancel
		if t.matches(lex.maybe) {
			rd.review("the cancellation is not certain")
		} else if rd.cancelsIfNot() {
			rd.review("the sender withdraws only if a condition fails (\"hvis ikke\", \"ellers\"): staff must answer first")
		}
		rd.readPeople(tilmeld.IntentCancel)
	case rd.hedgesCancel():
		// "tror ikke jeg kan nå det alligevel, vender tilbage"
		rd.res.Intent = tilmeld.IntentCancel
		rd.review("the sender thinks she cannot come and will write again: the cancellation is not certain")
		rd.readPeople(tilmeld.IntentCancel)
	case rd.doubtsOther():
		rd.readOtherDoubt()
	case rd.waitsForAnswer():
		rd.readWaiting()
	case rd.doubtsComing():
		rd.readDoubt()
	case !rd.forward && rd.changesNumberOnly():
		rd.res.Intent = tilmeld.IntentUpdate
		rd.res.Contact.Phone = rd.phone(true)
	case !rd.forward && rd.thanksOnly():
		rd.res.Intent = tilmeld.IntentOther
		rd.review("the sender thanks for the answer and asks for no change")
	case !rd.forward && rd.confirmsPlacement():
		rd.res.Intent = tilmeld.IntentOther
		rd.review("the sender answers the placement and names no workshop, food or change")
	case !rd.forward && rd.anyRefs() && rd.answersPlacement() && !rd.addsOneMore():
		// "Jeg vil helst gerne på 1" once the seats are given asks to be
		// moved: the bot moves her when the room has a free seat and else
		// says she keeps hers; anything but a plain request is for staff
		rd.res.Intent = tilmeld.IntentUpdate
		plain := rd.plainMove()
		rd.dropGivenSeat()
		rd.readPeople(tilmeld.IntentUpdate)
		if !plain || !rd.movesPlaced() {
			rd.review("the sender answers the placement and asks for another workshop than the one given, and not plainly")
		}
	case !rd.forward && rd.asksOfOwnRegistration():
		rd.res.Intent = tilmeld.IntentQuestion
		rd.review("the sender, registered already, asks staff something and changes nothing")
	case !rd.forward && ((alreadyRegistered(t) || restatesHeld(t)) && !rd.registersOthersAside() || rd.anyRefs() && rd.answersReceipt() || rd.addsOneMore()):
		rd.res.Intent = tilmeld.IntentUpdate
		rd.already = true
		if rd.roomConditional() {
			rd.review("the change depends on whether there is room")
		}
		rd.readPeople(tilmeld.IntentUpdate)
	case !rd.forward && (t.matches(lex.update) && (rd.answersRegistration() || t.matches(strongUpdate)) && !t.matches(lex.forward) ||
		(rd.ownThread() || rd.forgotField()) && (rd.anyRefs() || len(t.dietHits()) > 0)) && !rd.signsUpWithKin():
		rd.res.Intent = tilmeld.IntentUpdate
		if rd.roomConditional() {
			rd.review("the change depends on whether there is room")
		}
		rd.readPeople(tilmeld.IntentUpdate)
	case !rd.forward && isReply(m) && rd.roomConditional() && !rd.signsUp() && (rd.anyRefs() || rd.hasRefs(t)):
		// "Hvis der stadig er plads, vil jeg hellere i workshop 3" in
		// answer to an earlier mail changes what that mail settled.
		rd.res.Intent = tilmeld.IntentUpdate
		rd.review("the change depends on whether there is room")
		rd.readPeople(tilmeld.IntentUpdate)
	case rd.dietOnly():
		rd.res.Intent = tilmeld.IntentUpdate
		rd.readPeople(tilmeld.IntentUpdate)
	case rd.speaksAsAgreed():
		rd.res.Intent = tilmeld.IntentOther
		rd.review("a speaker confirms her talk at the meeting; the workshop she names is where she speaks")
	case rd.signsUp() || rd.anyRefs() || t.matches(lex.both) && wantsBoth(t) || t.matches(lex.decide) || rd.attendeeTable() || !rd.res.Question && (rd.presented() || rd.kinWishes()):
		// "put me wherever there is room" asks for a place: a registration
		rd.res.Intent = tilmeld.IntentRegister
		rd.registration()
		if rd.addsToOwn() {
			rd.res.Intent = tilmeld.IntentUpdate
		}
		if rd.addsOnRoom() {
			// "Er der stadig plads? Hvis ja, vil min far også gerne med"
			rd.res.Intent = tilmeld.IntentUpdate
			rd.review("the sender adds someone if there is room: staff answer first")
		}
		if !rd.forward && rd.ps != nil && len(rd.ps.others) == 0 && !rd.anyRefs() && len(t.dietHits()) == 0 && rd.answersReceipt() {
			// "Jeg kommer lidt senere" under the receipt: she is registered,
			// and a question for her workshop would ask what the receipt holds
			rd.res.Intent = tilmeld.IntentOther
			rd.review("the sender answers the receipt and names no workshop, food or new person")
		}
	case !rd.forward && isReply(m) && withdrawsDiet(t):
		// "Maja skal alligevel ikke have glutenfri." under the receipt
		rd.res.Intent = tilmeld.IntentUpdate
		rd.review("the mail takes back a diet, and no tag says no longer")
	case rd.attachedForm():
		rd.res.Intent = tilmeld.IntentRegister
		rd.review("the registration is in the attachment, which was not read")
	case t.matches(lex.contribute):
		rd.res.Intent = tilmeld.IntentOther
		rd.review("the sender offers to contribute to the meeting")
	case rd.res.Question && t.matches(runsMeeting):
		rd.res.Intent = tilmeld.IntentOther
		rd.review("the mail is about running the meeting (an order, a booking, rooms or equipment), not about coming to it")
	case rd.res.Question:
		rd.res.Intent = tilmeld.IntentQuestion
		rd.review("a question for staff, no registration")
	case rd.peopleWithWorkshops():
		rd.res.Intent = tilmeld.IntentRegister
		rd.review("people and workshops are named, and the reader could not pair them")
	case rd.hasRefs(newText(m.Signature)):
		rd.res.Intent = tilmeld.IntentRegister
		rd.review("workshops are named below a signature marker")
	case rd.subjectOnlySignsUp():
		// "Emne: Tilmelding" over an empty body, an Outlook "Accepteret:":
		// she comes and names no workshop, which the bot asks for
		rd.res.Intent = tilmeld.IntentRegister
		rd.registration()
	case strings.TrimSpace(f) == "" && calendarAnswer(m):
		// Outlook's "Accepteret:"/"Afvist:" sends only the calendar part
		rd.res.Intent = tilmeld.IntentRegister
		rd.review("a calendar answer with no words (%q): staff see whether the sender comes, and to which workshop", m.Subject)
	case strings.TrimSpace(f) == "" && len(m.Attachments) > 0:
		rd.res.Intent = tilmeld.IntentRegister
		rd.review("the registration may be in the attachment only")
	case isReply(m) && t.matches(answersInQuote):
		rd.res.Intent = tilmeld.IntentRegister
		rd.review("the answers are written into the quoted invitation; read them there")
	case rd.marks.clash():
		// marks on the quoted workshop list that give no order
		rd.res.Intent = tilmeld.IntentRegister
	default:
		rd.res.Intent = tilmeld.IntentOther
		rd.review("the mail does not read as a registration")
	}
	rd.reviewQuoteMarks()
	if rd.res.Intent == tilmeld.IntentRegister && !rd.marks.allRead() && t.matches(answersInQuote) {
		// answers typed into the invitation give both choices; a marker
		// the reader could not place may hold the other
		for _, a := range rd.res.Attendees {
			if a.First() != 0 && a.Second() == 0 {
				rd.review("the answers are written into the quoted invitation, and no 2nd choice was read from them")
			}
		}
	}
}

// calendarAnswer reports a mail whose only attachments are calendar
// parts: an answer to a meeting invitation.
func calendarAnswer(m *Mail) bool {
	return len(m.Attachments) > 0 && !slices.ContainsFunc(m.Attachments, func(a Attachment) bool { return a.Type != "text/calendar" })
}

// attachedForm reports a mail that points at an attached registration
// ("Se vedhæftede tilmeldingsskema", "attached is our list of
// participants"), names no workshop itself and has a file attached.
func (rd *reader) attachedForm() bool {
	if rd.anyRefs() || !hasFile(rd.m) {
		return false
	}
	t := rd.own
	// "Se vedhæftede." under the subject "Tilmelding", or with a file
	// called "tilmelding.pdf": the subject or the file says what it is
	named := gateLex.form.MatchString(foldString(rd.m.Subject))
	for _, a := range rd.m.Attachments {
		named = named || !a.Inline && gateLex.form.MatchString(foldString(strings.NewReplacer("_", " ", ".", " ", "-", " ").Replace(a.Name)))
	}
	pointers := t.within(lex.attachment, 0, len(t.fold))
	if t.matches(filePointer) {
		// "Alt står i regnearket." with a spreadsheet: the list of those who come
		for _, a := range rd.m.Attachments {
			named = named || !a.Inline && sheetFile(a.Name)
		}
		pointers = append(pointers, t.within(filePointer, 0, len(t.fold))...)
	}
	for _, hit := range pointers {
		for k, s := range t.sents() {
			// "Min far har udfyldt sedlen. Her er et foto af den.": the
			// sentence before may say what the file is
			from := s.a
			if k > 0 {
				from = t.sents()[k-1].a
			}
			if s.a <= hit[0] && hit[0] < s.b && (named || t.has(gateLex.form, from, s.b)) {
				return true
			}
		}
	}
	return false
}

// answersRegistration reports whether the mail answers an earlier one that
// may hold the sender's registration, so that a weak word of change ("min
// tilmelding", "tilføje", "som før") changes it. A mail that signs up in
// its own words, or answers the invitation (its quote lists the
// workshops), is a first registration unless it names the change outright.
func (rd *reader) answersRegistration() bool {
	if !isReply(rd.m) {
		return false
	}
	return !rd.signsUp() && !quotesInvitation(rd.m.Quoted, rd.ev) || rd.ownThread()
}

// addsOneMore reports a reply, not to the invitation, in which someone
// joins those already registered ("Vi bliver en mere: Mette … vil også
// gerne deltage", "min søn … vil også komme med … ligesom os"), while the
// sender neither signs herself up nor chooses for herself in it ("jeg",
// "mig"): she is registered, and the mail adds the one it names.
func (rd *reader) addsOneMore() bool {
	t, m := rd.own, rd.m
	if rd.forward || !isReply(m) || quotesInvitation(m.Quoted, rd.ev) || !t.matches(oneMore) && !alsoComing(t) {
		return false
	}
	refs := rd.refsOf(t)
	for k, s := range t.sents() {
		if len(refs[k]) == 0 && !t.has(lex.register, s.a, s.b) && !t.has(alsoComingAt, s.a, s.b) {
			continue
		}
		for i := t.tokenAt(s.a); i < len(t.toks) && t.toks[i].a < s.b; i++ {
			if w := t.toks[i].s; oneSelf[w] && (w != "i" || rd.res.Language == "en") && !forgotToSay(t, i) {
				return false
			}
			if i+1 < len(t.toks) && ownSignUp[t.toks[i+1].s] && (ownerOfOwn[t.toks[i].s] || t.toks[i].s == "en" && t.toks[i+1].s == "tilmelding") {
				return false // "Hermed min tilmelding", "her kommer en tilmelding", "Mit førstevalg er ...": hers
			}
		}
	}
	return true
}

var oneSelf = wordSet(daOneSelf, enOneSelf)

// ownerOfOwn and ownSignUp: the sender's own sign-up or choice ("min
// tilmelding", "mit førstevalg", "my first choice").
var (
	ownerOfOwn = wordSet([]string{"min", "mit", "mine", "my"})
	ownSignUp  = wordSet(daOwnSignUp, enOwnSignUp)
)

// addsToOwn reports a registration of others only, in words that say the
// sender is registered already ("Jeg vil gerne tilmelde min kollega Ole
// også", "ligesom mig", "Hej igen", "in addition to me"): the ones named
// join her registration, an update, not a new one.
func (rd *reader) addsToOwn() bool {
	t, self := rd.own, rd.ps.self.name
	if rd.forward || self == "" || len(rd.res.Attendees) == 0 || !t.matches(addsToo) || t.matches(gateLex.notSelf) {
		return false
	}
	for _, a := range rd.res.Attendees {
		if a.Name == "" || samePerson(a.Name, self) || samePerson(firstWord(a.Name), self) {
			return false
		}
	}
	return true
}

var addsToo = table(daAddsToo, enAddsToo)

// quotesInvitation reports a quote that names most of the event's
// workshops by their full names, as the invitation does (a quote keeps
// them as written).
func quotesInvitation(quoted string, ev *tilmeld.Event) bool {
	if len(ev.Workshops) < 2 || quoted == "" {
		return false
	}
	n, lead := 0, 0
	for _, w := range ev.Workshops {
		if strings.Contains(quoted, w.Name) {
			n++
		}
		if first, _, _ := strings.Cut(w.Name, " "); strings.Contains(quoted, strings.TrimRight(first, ",:;")) {
			lead++
		}
	}
	if n*4 >= len(ev.Workshops)*3 {
		return true
	}
	// an invitation in other words ("1) Naboskab, netværk og tryghed, 2)
	// Sundhed og trivsel ..."): the names' first words, and none of the
	// bot's receipt lines, which may list as many workshops for a household
	return lead*4 >= len(ev.Workshops)*3 && !strings.Contains(quoted, "prioritet:") && !strings.Contains(quoted, "choice:")
}

// peopleWithWorkshops reports a text laid out as people, two or more names
// alone on their lines, that also holds words of the workshops' names
// ("Mona Ali\nsundhed, job\n\nSara Ali\ntryghed"): a registration of
// several, though no sentence says so.
func (rd *reader) peopleWithWorkshops() bool {
	t := rd.own
	words := 0
	for _, tk := range t.toks {
		if rd.cat.words[tk.s] {
			words++
		}
	}
	if words == 0 {
		return false
	}
	t.avoid = rd.cat.words
	names := 0
	for _, ln := range lines(t) {
		if n := nameLine(t, ln[0]); n != "" && len(nameWords(n)) >= 2 {
			names++
		}
	}
	return names >= 2
}

// wantsBoth reports "både 1 og 2", "begge workshops" said outside a
// question: "Kan man deltage i begge workshops?" asks, it signs nobody up.
func wantsBoth(t *text) bool {
	for _, h := range t.within(lex.both, 0, len(t.fold)) {
		for _, s := range t.sents() {
			if s.a <= h[0] && h[0] < s.b && !strings.HasSuffix(strings.TrimSpace(t.fold[s.a:s.b]), "?") {
				return true
			}
		}
	}
	return false
}

// dietOnly reports a mail that gives food and no workshop, and says it adds
// to or changes what was given before ("jeg glemte at skrive", "tilføjelse
// til min tilmelding", "I'm vegan now"), or answers an earlier mail without
// signing up: a change of the sender's diet. "Jeg er nemlig vegetar", "I'm
// vegan now" beside a sign-up of its own give the diet of a new one.
func (rd *reader) dietOnly() bool {
	t := rd.own
	if rd.forward || rd.anyRefs() || len(t.dietHits()) == 0 {
		return false
	}
	return t.matches(dietChange) || !rd.signsUp() && (isReply(rd.m) || t.matches(dietChangeWeak))
}

// ownThread reports whether the mail answers the sender's own earlier mail:
// the quote's opening line names her. What she then says of workshops or
// food changes that registration.
func (rd *reader) ownThread() bool {
	if !isReply(rd.m) {
		return false
	}
	q := strings.TrimLeft(rd.m.Quoted, " \t\r\n")
	if line, rest, ok := strings.Cut(q, "\n"); ok && (ruleLine.MatchString(line) || replySeparator(line)) { // Outlook's rule above its "Fra:" block
		q = strings.TrimLeft(rest, " \t\r\n")
	}
	head := q[:min(len(q), 300)]
	if k := strings.IndexByte(head, '\n'); k >= 0 {
		// The quoted mail's author: "Den ... skrev NAME <addr>:", or the
		// "Fra:" line of a header block, whose "Til:" line names the
		// recipient, who is often the sender of this mail.
		head = head[:k]
	}
	head = strings.ToLower(head) // the first line only: lower case makes no line break
	switch {
	case head == "":
		return false
	case rd.greetsInvited(head):
		return false
	case rd.m.FromAddr != "" && strings.Contains(head, rd.m.FromAddr):
		// her mail to the board ("Til: Bestyrelsen") is no registration
		return !quotedToOthers(q, rd.ev.Address)
	}
	// her name, read only when her address does not tell
	name := strings.ToLower(rd.fromDisplay())
	if k := strings.IndexAny(head, "<["); k >= 0 {
		head = head[:k] // the address: "bo" of "abc@bo-vest.dk" is no name
	}
	return name != "" && containsWord(head, name)
}

// containsWord reports s holding w with no letter right before or after
// it: the From name "Bo" is not in "Boligsociale Center".
func containsWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:a])
		after, _ := utf8.DecodeRuneInString(s[b:])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
		i = a + 1
	}
}

// greetsInvited reports a quote that opens by greeting the sender ("Kære
// Bo Henriksen") in the invitation she answers: the invitation was written
// to her, not by her, and answering it is how she registers. The bot's own
// mails greet her too, but never under an invitation's subject.
func (rd *reader) greetsInvited(head string) bool {
	word, _, _ := strings.Cut(strings.TrimLeft(head, "> \t"), " ")
	if !slices.Contains(quoteGreetings, strings.Trim(word, ",!")) {
		return false
	}
	if quotesInvitation(rd.m.Quoted, rd.ev) {
		return true
	}
	_, rest := subjectPrefixes(rd.m.Subject)
	rest = foldString(rest)
	return slices.ContainsFunc(invitationSubjects, func(w string) bool { return strings.HasPrefix(rest, w) })
}

// alreadyRegistered reports that the sender says she is registered for the
// meeting already; "jeg er tilmeldt jeres nyhedsbrev" is another list.
func alreadyRegistered(t *text) bool {
	if t.matches(ownBounced) {
		return false // "Har I fået min tilmelding? Jeg fik en fejlmeddelelse"
	}
	missed := t.within(noReceipt, 0, len(t.fold))
	for _, h := range t.within(alreadyIn, 0, len(t.fold)) {
		if slices.ContainsFunc(missed, func(m []int) bool { return m[0] <= h[0] && h[0] < m[1] }) {
			continue // "har ikke fået nogen kvittering": she asks whether she is
		}
		if after := t.fold[h[1]:min(len(t.fold), h[1]+32)]; !strings.Contains(after, "nyhedsbrev") && !strings.Contains(after, "newsletter") &&
			!strings.Contains(after, "mailing") {
			return true
		}
	}
	return false
}

// newsletterOnly reports a list mail with a newsletter's footer ("Du
// modtager dette nyhedsbrev ...", "Afmeld") whose words sign no one up
// themselves: "tilmelding på hjemmesiden" announces, it does not register.
func (rd *reader) newsletterOnly() bool {
	body := foldString(rd.m.Body)
	if !lex.newsletter.MatchString(body) && !lex.unsubscribe.MatchString(body) {
		return false
	}
	t := rd.own
	return !t.matches(gateLex.selfComes) && !t.matches(gateLex.signUpUs) && !t.matches(listSignsUp)
}

var listSignsUp = table(daListSignsUp, enListSignsUp)

// thanksOnly reports a reply made only of thanks, words that what it
// answers is right, and greetings ("Tak for kvitteringen. Det ser rigtigt
// ud, vi ses den 29.", "Thanks, all correct"): no workshop, food, change,
// question or person added.
func (rd *reader) thanksOnly() bool {
	t := rd.own
	if !isReply(rd.m) || !t.matches(lex.thanksAllRight) || rd.res.Question || rd.anyRefs() || len(t.dietHits()) > 0 ||
		t.matches(lex.update) || t.matches(lex.cancel) || rd.signsUp() || rd.addsOneMore() {
		return false
	}
	for _, s := range t.sents() {
		// a greeting or a sign-off ("Hej", "Mvh Ida") is a line of two words
		if !t.has(lex.thanksAllRight, s.a, s.b) && tokensBetween(t, s.a, s.b) > 2 {
			return false
		}
	}
	return true
}

// answersReceipt reports a reply whose quote is the bot's receipt ("Tak for
// din tilmelding ... Vi har forstået din tilmelding sådan"): the sender is
// registered, and what she now names changes or adds to that.
func (rd *reader) answersReceipt() bool {
	if rd.receipt == 0 {
		rd.receipt = -1
		if rd.readAnswersReceipt() {
			rd.receipt = 1
		}
	}
	return rd.receipt > 0
}

func (rd *reader) readAnswersReceipt() bool {
	if !isReply(rd.m) {
		return false
	}
	if _, rest := subjectPrefixes(rd.m.Subject); len(rest) < len(rd.m.Subject) {
		rest = foldString(rest)
		if slices.ContainsFunc(receiptSubjects, func(w string) bool { return strings.HasPrefix(rest, w) }) {
			return true
		}
	}
	if rd.m.Quoted == "" {
		return false
	}
	// the receipt's opening words stand at the top of the quote; a long
	// quote (an invitation, a thread) need not be read whole
	q := headOf(rd.m.Quoted, 1200)
	// only when the quote holds all the words of one of the phrases, which
	// an invitation quoted seldom does; the quote needs no tokens, and a
	// pass for the needles costs less than a search for each phrase or word
	f := foldedText(q).fold
	return holdsReceiptWords(f) && receiptQuote.matchIn(f, needlesIn(f))
}

// receiptWords numbers, for each phrase of receiptQuote, the words it
// holds (phraseWords) among the needles of receiptWordFinder, an automaton
// over those words alone: its pass over a quote costs far less than the
// one over every needle, which only the quotes that hold them need.
var receiptWords, receiptWordFinder = wordAutomaton(phraseWords(slices.Concat(daReceiptQuote, enReceiptQuote)))

func wordAutomaton(words [][]string) ([][]int32, *needleAutomaton) {
	ids := map[string]int32{}
	var list []string
	out := make([][]int32, len(words))
	for k, ws := range words {
		for _, w := range ws {
			id, ok := ids[w]
			if !ok {
				id = int32(len(list))
				ids[w] = id
				list = append(list, w)
			}
			out[k] = append(out[k], id)
		}
	}
	return out, newNeedleAutomaton(list)
}

// phraseWords lists, for each phrase, the runs of plain letters every match
// of it holds: those outside any group, class or optional part. A phrase
// with a choice at the top or a flag holds none for sure: nil.
func phraseWords(phrases []string) [][]string {
	out := make([][]string, len(phrases))
	for k, p := range phrases {
		if len(splitTop(p)) > 1 || strings.Contains(p, "(?") {
			continue
		}
		ws := []string{}
		for _, run := range plainRuns(p) {
			if len(run) >= 2 {
				ws = append(ws, run)
			}
		}
		out[k] = ws
	}
	return out
}

// holdsReceiptWords reports whether s holds every word of one phrase of
// receiptQuote.
func holdsReceiptWords(s string) bool {
	var found needleSet
	receiptWordFinder.find(&found, s)
	for _, ws := range receiptWords {
		all := true
		for _, id := range ws {
			if found.bits[id>>6]&(1<<(id&63)) == 0 {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

var (
	strongUpdate = table(daStrongUpdate, enStrongUpdate)
	dietChange   = table(daDietChange, enDietChange)
	// dietChangeWeak: a change only where the mail signs nobody up
	dietChangeWeak = table(daDietChangeWeak, enDietChangeWeak)
	alreadyIn      = table(daAlready, enAlready)
	noReceipt      = table(daNoReceipt, enNoReceipt)
	ownBounced     = table(daOwnBounced, enOwnBounced)
	receiptQuote   = table(daReceiptQuote, enReceiptQuote)
	swapWords      = table(daSwap, enSwap)
	oneMore        = table(daOneMore, enOneMore)
	// answersInQuote: the sender typed her answers into the mail she quotes
	answersInQuote = table(daAnswersInQuote, enAnswersInQuote)
	insteadOf      = table(daInsteadOf, enInsteadOf)
	rather         = table(daGateRather, enGateRather)
)

// cancels reports a withdrawal: a clause that withdraws and names no
// workshop, and not only a late arrival ("kan ikke komme før kl. 17").
func (rd *reader) cancels() bool {
	for _, c := range rd.sents {
		m := rd.own.within(lex.cancel, c.a, c.b)
		if h := elidedCancel(rd.own, c); len(m) == 0 && h != nil {
			m = [][]int{h}
		}
		if len(m) == 0 {
			if h := strikeHit(rd.own, c); h != nil {
				m = [][]int{h}
			}
		}
		if len(m) > 0 && unticked(rd.own.fold, m[0][0]) {
			m = m[1:] // "[ ] deltager ikke": the box left empty
		}
		if len(m) == 0 || len(c.refs) > 0 || lateOnly.MatchString(rd.own.fold[m[0][1]:c.b]) || inNewsletterWords(rd.own, c.a, c.b) ||
			bareImperative(rd.own, m[0], c) || rd.staysAway(m[0], c) || rd.writerAway(m[0], c) || rd.ifNotOnly(m[0], c) || rd.hangsOnAnswer(m[0], c) || rd.forgetsNoOne(m[0]) || rd.workshopOnly(m[0], c) ||
			rd.anyRefs() && rd.newSignUp(rd.own) && saidOfOther(rd.own, c.a, m[0][0]) {
			continue
		}
		return true
	}
	return false
}

// staysAway reports a cancel word that only says the sender does not come
// herself ("Jeg deltager ikke selv", "I will not attend myself") in a
// mail that signs someone else up: she withdraws nobody.
func (rd *reader) staysAway(hit []int, c clause) bool {
	if !rd.anyRefs() && !rd.signsUp() {
		return false
	}
	// the words may run on past the clause: "jeg kan ikke komme, men hun
	// deltager selv"; only a match over the cancel word itself counts
	for _, n := range rd.own.within(gateLex.notSelf, c.a, min(len(rd.own.fold), c.b+40)) {
		if hit[0] < n[1] && n[0] < hit[1] {
			return true
		}
	}
	return false
}

// ifNotOnly reports a cancel word after "hvis ikke"/"ellers"/"otherwise"
// in its sentence ("Har I mulighed for at hjælpe med kørsel? Hvis ikke,
// så kan hun nok ikke komme") of a mail that names workshops: what happens
// if help fails, not a withdrawal; the gate holds the condition back.
func (rd *reader) ifNotOnly(hit []int, c clause) bool {
	return rd.anyRefs() && len(rd.own.within(ifNotWords, c.s.a, hit[0])) > 0
}

var ifNotWords = table(daIfNot, enIfNot)

// cancelsIfNot reports a withdrawal said after "hvis ikke", "ellers", "if
// not" in its sentence ("Hvis ikke, er det nok bedre at I sletter min
// tilmelding"): it holds only if the answer to what she asks is no.
func (rd *reader) cancelsIfNot() bool {
	for _, c := range rd.sents {
		if m := rd.own.within(lex.cancel, c.a, c.b); len(m) > 0 && len(rd.own.within(ifNotWords, c.s.a, m[0][0])) > 0 {
			return true
		}
	}
	return false
}

// bareImperative reports a cancel word that only tells the reader what to
// do ("Afmeld", "Frameld her") with nobody of the sender's in its clause:
// a link's label, not a withdrawal. A label says no "venligst" ("Afmeld
// venligst Bo").
func bareImperative(t *text, hit []int, c clause) bool {
	if w := t.fold[hit[0]:hit[1]]; w != "afmeld" && w != "frameld" {
		return false
	}
	for k := t.tokenAt(c.a); k < len(t.toks) && t.toks[k].a < c.b; k++ {
		if firstPerson[t.toks[k].s] || groupWords[t.toks[k].s] || t.toks[k].s == "tilmelding" || t.toks[k].s == "vores" || politeFill[t.toks[k].s] {
			return false
		}
	}
	return true
}

// lateOnly follows "kan ikke komme" when only the time is the trouble.
var lateOnly = regexp.MustCompile(`^\s*(` + strings.Join(append(slices.Clone(daLateOnly), enLateOnly...), "|") + `)\b`)

// registration reads a new registration, and what staff must settle.
func (rd *reader) registration() {
	t := rd.own
	if t.matches(lex.decide) || t.matches(lex.noPref) && !rd.anyRefs() {
		rd.review("the sender leaves the choice of workshop to staff")
	}
	if t.matches(lex.both) && bothAsked(t) {
		rd.review("the sender wants more than one workshop at the same time")
		if bothQuestion(t) {
			rd.res.Question = true // whether she may, staff answer
		}
	}
	if (t.matches(lex.attachment) && len(rd.m.Attachments) > 0 || rd.pointsAtFile()) && !rd.anyRefs() {
		rd.review("the registration is in the attachment")
	}
	if hit := t.all(pendingOn); len(hit) > 0 {
		// staff look, rather than ask the sender what she will tell anyway
		rd.review("the registration is not settled yet: %q", strings.Join(strings.Fields(t.span(hit[0][0], hit[0][1])), " "))
	}
	rd.readPeople(tilmeld.IntentRegister)
}

func (rd *reader) finish() {
	r := rd.res
	if r.Status == tilmeld.StatusIgnore {
		r.Confidence = 0.95
		return
	}
	switch {
	case len(r.Reasons) > 0:
		r.Status = tilmeld.StatusReview
		r.Confidence = 0.4
	case r.Intent == tilmeld.IntentRegister && len(r.Missing) > 0:
		r.Status = tilmeld.StatusIncomplete
		r.Confidence = 0.8
	default:
		r.Status = tilmeld.StatusComplete
		r.Confidence = 0.9
	}
}
