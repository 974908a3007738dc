package parser

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// firm reports whether re matches in fold outside spans that only plan
// ("før jeg tilmelder mig"), and, for "vil gerne ...", with the sender as
// the subject: "Foreningen ... vil gerne være med" is not her signing up.
func firm(t *text, re *matcher) bool {
	fold := t.fold
	not := t.within(lex.registerNot, 0, len(fold))
	for _, m := range t.within(re, 0, len(fold)) {
		inside := false
		for _, n := range not {
			if m[0] < n[1] && n[0] < m[1] {
				inside = true
			}
		}
		if !inside && (senderSubject(fold, m[0]) || countedSignUp(fold, m)) {
			return true
		}
	}
	return false
}

// senderSubject reports whether a "vil ..." at offset a has the sender (jeg,
// vi, or no subject at all) before it in its sentence.
func senderSubject(fold string, a int) bool {
	if !strings.HasPrefix(fold[a:], "vil") {
		return true
	}
	start := strings.LastIndexAny(fold[:a], ".!?\n") + 1
	words := strings.Fields(fold[start:a])
	if len(words) == 0 {
		return true
	}
	for _, w := range words {
		w = strings.Trim(w, ",:;!")
		if w == "jeg" || w == "vi" || w == "og" && len(words) == 1 {
			return true
		}
	}
	return len(words) == 1 && skipLead[strings.Trim(words[0], ",!")]
}

// questions returns the sentences that ask staff something: a question mark
// or "jeg har et spørgsmål", but not a request the bot fulfils by acting
// ("Kan I ændre det?").
func questions(t *text) []string {
	var out []string
	for k, s := range t.sents() {
		var refs, prev []ref
		if t.refs != nil {
			refs = t.refs[k]
			if k > 0 {
				prev = t.refs[k-1]
			}
		}
		f := strings.TrimSpace(t.fold[s.a:s.b])
		marked := strings.HasSuffix(f, "?")
		asks := marked && len(strings.Fields(f)) >= 3 && !selfAnswered(t, s.a, s.b) && !smallTalkOnly(t, s) && !blankMark(f) && !courtesyOnly(t, s, prev) && !dietCourtesy(t, k) && (!tagAsk(t, s, refs) || t.has(lex.both, s.a, s.b))
		from := s.a
		if marked {
			from = askedClause(t, s, refs)
		} else if at, ok := unmarkedAsk(t, s); ok && !runsOn(t, at, s.b) {
			asks, from = true, at
		}
		if (asks || t.has(lex.question, s.a, s.b)) && !t.has(lex.botRequest, from, s.b) && (from > s.a || !seatRequest(t, s, refs) && !otherSeatRequest(t, s, refs)) {
			out = append(out, strings.TrimSpace(t.span(s.a, s.b)))
		}
	}
	return out
}

// blankMark reports a sentence that ends in a "?" standing for a field
// not filled in ("Omar Khan – ?", "Workshop: ?"): no question.
func blankMark(f string) bool {
	f = strings.TrimRight(f[:len(f)-1], " \t")
	return strings.HasSuffix(f, "-") || strings.HasSuffix(f, ":")
}

// language tells Danish, English and anything else apart by their common
// words, counted among the words in lower case (names and, in German,
// nouns do not count).
func language(t *text) string {
	var da, en, words, foreign, others int
	links := linkSpans(t)
	for _, tk := range t.toks {
		if tk.num >= 0 {
			continue
		}
		isDa, isEn := tk.is(classDaWord), tk.is(classEnWord)
		if tk.cap && !isDa && !isEn || inSpans(links, tk.a) {
			continue
		}
		words++
		if tk.is(classOtherWord) {
			others++
		}
		switch {
		case isDa && isEn:
			da++
		case isDa:
			da += 2
		case isEn:
			en += 2
		}
		for _, r := range tk.s {
			if r > unicode.MaxLatin1 && !unicode.Is(unicode.Latin, r) {
				foreign++
				break
			}
		}
	}
	switch {
	case words == 0:
		return "da"
	case foreign*2 > words, words >= 5 && (da+en)*3 < words, others >= 2 && others*2 > (da+en)/2:
		return "other"
	case en > da:
		return "en"
	}
	return "da"
}

// linkSpans are the addresses and links in t, whose words are no language.
func linkSpans(t *text) [][]int {
	return append(append([][]int(nil), t.hits(emailRe)...), t.hits(urlRe)...)
}

func inSpans(spans [][]int, a int) bool {
	for _, s := range spans {
		if a >= s[0] && a < s[1] {
			return true
		}
	}
	return false
}

// The common words of Danish, English and the neighbour languages.
var (
	daWords = wordSet(daCommonWords)
	enWords = wordSet(enCommonWords)
)

var otherWords = wordSet(otherCommonWords)

// isReply reports whether the mail answers an earlier one.
func isReply(m *Mail) bool {
	if len(m.InReplyTo) > 0 || len(m.References) > 0 {
		return true
	}
	s := strings.TrimSpace(m.Subject)
	for _, p := range []string{"re:", "sv:", "aw:", "vs:", "fw:", "fwd:"} {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// looksLikeSpam: at least two marks of an offer, a newsletter or an account
// threat, and nothing of a registration.
// A person who asks something or speaks for herself ("jeg") is never taken
// for spam: ignoring a resident is worse than showing staff an offer.
// It returns how many marks there are, 0 when the mail is no spam.
// The signature sig is read for a newsletter's footer, which often
// stands below its sign-off.
// asks tells whether t asks staff something (questions).
func looksLikeSpam(t, sig *text, asks bool) int {
	// A newsletter's footer line ("Afmeld nyhedsbrevet: https://...") with
	// another mark of one is bulk mail, though its editor says "jeg".
	footer := footerUnder(t) || footerLines(sig) != nil
	mine := false
	for _, tk := range t.toks {
		if firstPerson[tk.s] {
			mine = true
			break
		}
	}
	if mine && !footer && !t.matches(lex.spam) {
		return 0
	}
	n := distinctHits(t, lex.spam) + distinctHits(t, lex.newsletter)
	for _, h := range t.within(lex.unsubscribe, 0, len(t.fold)) {
		if !lex.newsletter.MatchString(t.fold[h[0]:h[1]]) { // counted already
			n++
		}
	}
	if footer {
		n += 2
	}
	// A sender who speaks of herself is a person, unless the newsletter's
	// footer or a phishing mail's many threats say otherwise ("Jeg er fra
	// IT-afdelingen ...").
	if n < 2 || mine && !(footer && newsletterMarks(t)+newsletterMarks(sig) >= 1) && n < 5 {
		return 0
	}
	if !asks {
		return n
	}
	for _, s := range t.sents() { // a newsletter's "Vil du ikke modtage flere mails?" asks nothing of staff
		if f := strings.TrimSpace(t.fold[s.a:s.b]); strings.HasSuffix(f, "?") && !t.has(lex.unsubscribe, s.a, s.b) {
			return 0
		}
	}
	return n
}

var phishingWords = table(daPhishing, enPhishing)

// phishing reports a mail that asks for a login or promises a prize and
// links to where to give it: spam, though its no-reply sender makes it
// look automatic. An auto-reply says where the person is, not this.
func phishing(m *Mail) bool {
	t := newText(m.Subject + "\n" + m.Body)
	// an HTML mail's button ("BEKRÆFT KONTO") loses its link in the text:
	// two distinct marks are phishing without one
	return phishingMarks(t, nil) > 0 || distinctMarks(t) >= 2
}

// distinctMarks counts the distinct phishing phrases of t, link or not.
func distinctMarks(t *text) int {
	seen := map[string]bool{}
	for _, h := range t.all(phishingWords) {
		seen[t.fold[h[0]:h[1]]] = true
	}
	return len(seen)
}

// phishingMarks counts the distinct phishing phrases ("postkassen er
// næsten fuld", "bekræft din konto") of t and of the subject when t holds
// a link; 0 without one.
func phishingMarks(t, subject *text) int {
	if len(t.hits(urlRe)) == 0 || !t.matches(phishingWords) && (subject == nil || !subject.matches(phishingWords)) {
		return 0
	}
	seen := map[string]bool{}
	for _, x := range []*text{t, subject} {
		if x != nil {
			for _, h := range x.all(phishingWords) {
				seen[x.fold[h[0]:h[1]]] = true
			}
		}
	}
	return len(seen)
}

// newsletterMarks counts the newsletter and unsubscribe phrases of t.
func newsletterMarks(t *text) int {
	return len(t.within(lex.newsletter, 0, len(t.fold))) + len(t.within(lex.unsubscribe, 0, len(t.fold)))
}

// footerLine is a line that holds nothing but a newsletter's way out
// ("Afmeld", "Unsubscribe here: https://...").
var footerLine = regexp.MustCompile(`^[\s>*\-|\[(]*(?:` + strings.Join(append(slices.Clone(daFooter), enFooter...), "|") +
	`)[\s.!:()\]|]*(?:(?:https?://|www\.)\S*|<[^>]*>)?\s*$`)

// footerLines returns the offsets of the text's footer lines.
func footerLines(t *text) [][2]int {
	if !strings.Contains(t.fold, "afmeld") && !strings.Contains(t.fold, "frameld") && !strings.Contains(t.fold, "unsubscribe") &&
		!strings.Contains(t.fold, "opt out") && !strings.Contains(t.fold, "manage") {
		return nil
	}
	var out [][2]int
	for _, ln := range lines(t) {
		if isFooter(t.fold[ln[0]:ln[1]]) {
			out = append(out, ln)
		}
	}
	return out
}

// isFooter reports whether a line is a newsletter's footer: the way out
// alone, or among other short links ("Afmeld | Opdater profil").
func isFooter(line string) bool {
	if footerLine.MatchString(line) {
		return true
	}
	if !strings.ContainsAny(line, "|•·") {
		return false
	}
	parts := strings.FieldsFunc(line, func(r rune) bool { return r == '|' || r == '•' || r == '·' })
	found := false
	for _, p := range parts {
		if len(strings.Fields(p)) > 5 {
			return false
		}
		found = found || footerLine.MatchString(p)
	}
	return found
}

// inNewsletterWords reports whether fold[a:b] is a footer line or speaks
// as a newsletter does ("afmeld dig her"): no withdrawal of the sender's.
func inNewsletterWords(t *text, a, b int) bool {
	for _, ln := range footerLines(t) {
		if a < ln[1] && ln[0] < b {
			return true
		}
	}
	return t.has(lex.unsubscribe, a, b)
}

var firstPerson = wordSet(daFirstPerson, enFirstPerson)

// distinctHits counts the different phrases of m in t.
func distinctHits(t *text, m *matcher) int {
	seen := map[string]bool{}
	for _, h := range t.all(m) {
		seen[t.fold[h[0]:h[1]]] = true
	}
	return len(seen)
}
