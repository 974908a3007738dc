package parser

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"tilmeld"
)

// readPeople finds who the mail is about and gives each person the
// workshops and diet said for them.
func (rd *reader) readPeople(intent tilmeld.Intent) {
	t := rd.own
	t.avoid = rd.cat.words
	ps := &people{self: &person{self: true}}
	rd.ps, rd.group = ps, &person{}
	ps.sources, ps.avoid = []string{rd.m.Own, rd.m.Forwarded, rd.m.Quoted}, rd.cat.words
	ps.en = rd.res.Language == "en"
	ps.onFile = rd.onFileNames
	ps.danish = rd.res.Language != "en"
	rd.dropKeptChoices(intent)
	rd.dropStatedPair(intent)
	ps.self.name = rd.selfName()
	if d := rd.fromDisplay(); d != "" && ps.self.name != "" && !samePerson(ps.self.name, d) && !strings.Contains(rd.m.Own, d) {
		rd.res.writer = plainCase(ps.self.name)
	}
	if isReply(rd.m) && countNameWords(ps.self.name) == 1 {
		// "Mvh Ann" under a reply: the thread she answers gives her full name
		ps.self.name = ps.complete(ps.self.name)
	}
	if isReply(rd.m) && ps.self.name != "" {
		// "Mette Andersen" answering the receipt for "Mette Juhl Andersen"
		var names []string
		if q := rd.m.Quoted; strings.Contains(q, "(nr.") || strings.Contains(q, "(no.") {
			names = receiptNames(q) // the quote may hold the bot's receipt
		}
		// "* Thi Lan Nguyen – 1. prioritet: workshop 2": the office's record of her
		names = append(names, receiptDashNames(rd.m.Quoted)...)
		for _, k := range append(names, quotedNameFields(rd.m.Quoted)...) {
			ps.self.name = fuller(ps.self.name, k)
		}
		// "Priya R." answering her own "I'm Priya Raghunathan, ..."
		ps.self.name = ownQuotedName(rd.m, ps.self.name, rd.cat.words)
	}
	ps.headcount = headcount(t)
	selfAttends := (!t.matches(lex.onBehalf) && !groupSignsUp(t) && !rd.presented() && !t.matches(servesUnnamed) && !rd.kinWishes() || selfTooSaid(t) || selfMarked(t.fold) || behalfOfSelf(t, ps.self.name) ||
		intent == tilmeld.IntentRegister && rd.signsUpWithKin()) && !rd.staysHome() && !rd.registersOthersAside()
	var listed []*person
	if rows := rd.tableRows(); len(rows) > 0 {
		listed = rows
	} else if blocks := rd.formBlocks(); len(blocks) > 0 {
		listed = blocks
	} else if lines := rd.listLines(); len(lines) > 0 {
		listed = lines
	}
	othersOnly := false
	if listed == nil && !rd.numberedNameLines() {
		if othersOnly = rd.othersNameLines(); !othersOnly {
			rd.countedNameLines()
		}
	}
	if othersOnly && !selfTooSaid(t) && !selfMarked(t.fold) {
		selfAttends = false // the list is of others: she signs them up
	}
	rd.oneMoreSentences()
	rd.discover()
	rd.nameBlock()
	// before the clauses are given out, so "Yumi doesn't eat pork" under
	// "Names: Carl D. and Yumi D." is hers alone
	rd.namesLabelLine()
	rd.selfListed = rd.foreignSelfListed()
	if rd.selfListed {
		selfAttends = false
	}
	if listed != nil {
		selfAttends = containsPerson(listed, ps.self)
		rd.assign(listed)
	} else {
		// "Jeg tolker for en ældre dame. Hun vil gerne på 3.": "hun" is she
		rd.served = rd.servedUnnamed(selfAttends)
		rd.assign(nil)
	}
	rd.sameChoices()
	rd.togetherChoices()
	selfAsked := intent != tilmeld.IntentCancel && rd.addBotAsked()
	var who []*person
	switch intent {
	case tilmeld.IntentCancel:
		who = rd.signedForKin(rd.signedTogether(rd.cancelled()))
	case tilmeld.IntentUpdate:
		rd.ratherThan()
		if who = rd.added(); who == nil {
			who = rd.changed()
		}
	default:
		if listed == nil {
			selfAttends = rd.membersOnly(selfAttends)
		}
		if listed == nil && selfAttends && (rd.writesOnlyOfOthers() || rd.signsUpNamedOthers()) {
			selfAttends = false
		}
		who = rd.dropGreeted(rd.askedAboutOnly(rd.unnamedResident(rd.allFirstThenSplit(rd.sharedThenOwn(rd.dropMessengers(rd.awayRelatives(rd.unnamedGroup(rd.signedTogether(rd.registered(selfAttends, listed))))))))))
	}
	if selfAsked && !containsPerson(who, ps.self) {
		who = append([]*person{ps.self}, who...) // one of those the bot asked about
	}
	who, usNamed := rd.namedAreUs(who, intent)
	if intent != tilmeld.IntentRegister {
		rd.kinFromThread(who, intent)
	}
	if n := ps.count(); intent == tilmeld.IntentRegister && n > 0 && len(who) > n {
		rd.review("the mail says %d people come but names %d", n, len(who))
	}
	rd.setAttendees(who, intent)
	if n := rd.nameLost(); n != "" && intent != tilmeld.IntentCancel {
		rd.review("the mail names %s, but the reading has no such attendee", n)
	}
	rd.setContact(selfAttends && (containsPerson(who, ps.self) || usNamed))
}

// unnamedRelations returns the relations spoken of without a name and the
// sender's From name, which a line of names is matched against; nil when
// either is missing.
func (rd *reader) unnamedRelations() ([]*person, string) {
	var unnamed []*person
	for _, p := range rd.ps.others {
		if p.name == "" && p.rel != "" {
			unnamed = append(unnamed, p)
		}
	}
	if len(unnamed) == 0 {
		return nil, ""
	}
	display := rd.fromDisplay()
	if display == "" {
		return nil, ""
	}
	return unnamed, display
}

// unnamedRelative reports a relation spoken of without a name so far
// ("min kone"), whom a line of names names (namesLabelLine) rather than
// brings.
func (rd *reader) unnamedRelative() bool {
	return slices.ContainsFunc(rd.ps.others, func(p *person) bool { return p.name == "" && p.rel != "" })
}

// nameBlock reads full names alone on their lines, one for the sender and
// one for each relation spoken of without a name ("mig selv og min kone
// ...\n\nImran Qureshi\nSaima Qureshi"): the line her From name agrees
// with is hers, the others name the relations in the order spoken of.
// Without exactly one line of hers the names are left to the other steps.
func (rd *reader) nameBlock() {
	ps := rd.ps
	unnamed, display := rd.unnamedRelations()
	if unnamed == nil && rd.fromDisplay() == "" {
		unnamed = rd.unnamedKin() // "Familien Said": her closing tells
	}
	if unnamed == nil {
		rd.countedNamesLine()
		return
	}
	var block []string
	flush := func() bool {
		defer func() { block = block[:0] }()
		if len(block) != len(unnamed)+1 {
			return false
		}
		mine := -1
		for k, n := range block {
			if consistent(display, n) {
				if mine >= 0 {
					return false
				}
				mine = k
			}
		}
		if mine < 0 && len(unnamed) == 1 {
			mine = rd.senderOfPair(block, display, unnamed[0])
		}
		if mine < 0 {
			return false
		}
		var spokenOf []*person
		for _, n := range block {
			if q := ps.find(n); n != block[mine] && q != nil && q != ps.self {
				if !bareName(q) {
					return false // already someone else
				}
				spokenOf = append(spokenOf, q) // the relative, named
			}
		}
		ps.self.name = block[mine]
		rest := slices.Delete(slices.Clone(block), mine, mine+1)
		for k, p := range unnamed {
			p.name = rest[k]
		}
		ps.others = slices.DeleteFunc(ps.others, func(p *person) bool { return slices.Contains(spokenOf, p) })
		return true
	}
	for _, ln := range lines(rd.own) {
		if ns := rd.partyNames(ln, len(unnamed)+1, display); ns != nil {
			// "Mehmet Yılmaz og Ayşe Yılmaz": one line names them all
			if flush() {
				return
			}
			block = append(block, ns...)
		} else if n := nameLine(rd.own, ln[0]); n != "" && countNameWords(n) >= 2 {
			block = append(block, n)
			continue
		}
		if flush() {
			return
		}
	}
	flush()
}

// partyNames reads the names of a line that names people (lineNames).
// Names in running text that are more than the party of n, hers among
// them ("min søster og jeg ... Sara Ali, Leyla Ali og Nadia Ali."), are not
// paired with those spoken of: staff look.
func (rd *reader) partyNames(ln [2]int, n int, display string) []string {
	if ns := joinedNames(rd.own, ln[0], ln[1]); ns != nil {
		return ns
	}
	ns := sentenceNames(rd.own, ln[0], ln[1])
	if len(ns) > n && displayIndex(display, ns) >= 0 {
		rd.review("the mail names %d people, but speaks of %d", len(ns), n)
		return nil
	}
	return ns
}

// foreignSelfListed reports a sender known only by a From name in another
// script ("خالد السيد") whose mail names people in Latin letters and counts
// them ("os alle tre: Khalid Al-Sayed, Noor …"): she is one of those named,
// not one more. With no count to tell, staff look.
func (rd *reader) foreignSelfListed() bool {
	ps := rd.ps
	if !foreignScript(ps.self.name) || len(ps.others) == 0 {
		return false
	}
	for _, p := range ps.others {
		if p.name == "" || foreignScript(p.name) {
			return false
		}
	}
	if len(ps.others) == 1 && introducesSelf(rd.own, ps.others[0].name) {
		return true // "my name Yousef H.": the one she names is herself
	}
	if !slices.ContainsFunc(ps.others, func(p *person) bool { return p.rel == "" }) {
		return false // "min søn Karim Haddad": each one named is someone of hers, not she
	}
	if ps.headcount != len(ps.others) {
		rd.review("the sender's name %q is written in another script than the people the mail names; is she one of them?", ps.self.name)
		return false
	}
	return true
}

// introducesSelf reports the name right after words that introduce the
// writer ("my name Yousef H.", "jeg hedder Yousef").
func introducesSelf(t *text, name string) bool {
	first, _, _ := strings.Cut(foldString(name), " ")
	if first == "" {
		return false
	}
	for _, m := range t.within(nameIntroPlain, 0, len(t.fold)) {
		rest := strings.TrimLeft(t.fold[m[1]:], " :")
		if w, _, _ := strings.Cut(rest, " "); strings.TrimRight(w, ".,") == first {
			return true
		}
	}
	return false
}

// foreignScript reports a name with letters and none of them Latin.
func foreignScript(name string) bool {
	letters := false
	for _, r := range name {
		if unicode.IsLetter(r) {
			if unicode.Is(unicode.Latin, r) {
				return false
			}
			letters = true
		}
	}
	return letters
}

// staysHome reports a sender who says she does not come herself ("Jeg
// deltager ikke selv", "selv kan jeg ikke") while she names someone who
// does: she writes for that person.
func (rd *reader) staysHome() bool {
	return rd.own.matches(gateLex.notSelf) && (rd.anyRefs() || rd.signsUp())
}

var (
	selfLines = wordSet(daSelfLines, enSelfLines)
	selfToo   = table(daSelfToo, enSelfToo)
	selfMarks = append(slices.Clone(daSelfMarks), enSelfMarks...)
)

// selfMarked reports a "(mig)" that marks the sender's own line.
func selfMarked(s string) bool {
	for _, m := range selfMarks {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

func containsPerson(ps []*person, p *person) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// selfName finds the sender's name: from her words (a "Navn:" field,
// "Jeg hedder", the sign-off) and the From display name, the fullest that
// agree. For a forwarded registration, the forwarded mail's author.
func (rd *reader) selfName() string {
	texts := []*text{rd.own, rd.sig}
	if rd.forward {
		texts = texts[:1]
	}
	display := rd.fromDisplay()
	if rd.forward || (rd.author != "" && display == "") {
		display = fromName(rd.author)
	} else if rd.borrowsAccount() {
		display = "" // "jeg skriver fra min mands mail": his name, not hers
	}
	if n := rd.introducedName(); n != "" && !consistent(n, display) && rd.introTrusted(n, display) {
		display, rd.res.intro = n, n // "hej det er birthe holm" from "Bedstemor": hers
	}
	place := rd.displayPlace()
	best := ""
	for _, t := range texts {
		t.avoid = rd.cat.words
		for _, c := range senderName(t) {
			if initialsOf(c, display) {
				continue // "Mvh IH" from Ida Holm: her initials, not a name
			}
			if place != "" && consistent(c, place) {
				continue // "Mvh Sydhavnens Unge" from the club the mail says they come from
			}
			best = fuller(best, c)
		}
	}
	switch {
	case best != "" && display != "" && truerSpelling(best, display):
		// "Nguyễn Thị Lan" signed under the From line's "Lan Nguyen": hers
	case best != "" && strings.Contains(rd.m.FromName, ",") && sameWordsReordered(best, display):
		// "Tran Van Minh" signed under "Tran, Van Minh": the order he writes
		// his own name in wins over the From line's turned round
	case best != "" && display != "" && asciiSpelled(best, display):
		// "Mvh Bjorn" under "Bjørn Møller": he signs on a keyboard without
		// ø; the From line spells his full name
		best = display
	case best == "" || consistent(best, display):
		best = fuller(display, best)
		if best == "" {
			best = display
		}
	}
	if display == "" && best == "" && rd.forward {
		// a resident's text message passed on: "det semira tesfay" under
		// "tilmelding Semira T."
		best = smsIntroName(rd.own, rd.m.Subject)
	}
	if display == "" {
		if best == "" {
			// "mvh ida holm" from a bare address: the closing vouches for
			// a name in small letters
			for _, t := range texts {
				if ns := lowerVouchedNames(t); len(ns) > 0 {
					return ns[0]
				}
			}
			// "mvh ida" from a bare address: her first name
			for _, t := range texts {
				if ns := lowerSignedFirsts(t, rd.cat.words); len(ns) > 0 {
					return ns[0]
				}
			}
			// "Hej, jeg er Ida og ..." from ida@...: the address vouches
			// for a first name the words alone would not
			for _, n := range weakIntroNames(rd.own, 1) {
				if w := foldString(n); countNameWords(n) == 1 && len(w) >= 3 && strings.HasPrefix(strings.ToLower(rd.m.FromAddr), w) {
					return n
				}
			}
			// "fatima ali" alone on a line from fatima.a@...: the address
			// vouches for it
			for _, t := range texts {
				for _, n := range lowerNameLines(t) {
					if addressHasName(rd.m.FromAddr, n) {
						return n
					}
				}
			}
		}
		return best // the names written are read to complete the From line's
	}
	if best == display {
		// "mit navn faadumo ali" from "faadumo", "jeg hedder hodan abdi
		// warsame" from "Hodan Warsame": her full name
		for _, n := range lowerNames(rd.own) {
			if consistent(display, n) {
				best = fuller(best, n)
			}
		}
	}
	if best == display && countNameWords(display) == 1 {
		// "... sundhed ellers job ida holm" from "ida": her full name
		for _, n := range lowerNamesOf(rd.own, display) {
			if consistent(display, n) {
				best = fuller(best, n)
			}
		}
	}
	if best == display {
		// "hilsen ida holm" from "ida": her full name; from her husband's
		// account ("Bo Holm") someone else signs, which staff read
		for _, t := range texts {
			full, first := lowerSignedNames(t), lowerSignedFirsts(t, rd.cat.words)
			for _, n := range full {
				if asciiSpelled(n, display) {
					continue // "vh jorgen baek" under "Jørgen Bæk"
				}
				if consistent(display, n) {
					best = fuller(best, n)
				} else {
					rd.review("the mail is signed %q, and the sender is %s", n, display)
				}
			}
			for _, n := range first {
				if !consistent(display, n) && !asciiSpelled(n, display) {
					// "hilsen fatima" from "Ahmed Ali": a wife on his account
					rd.review("the mail is signed %q, and the sender is %s", n, display)
				}
			}
		}
	}
	if best == display {
		// "tran minh duc" alone on a line from "Duc Tran", "ida holm" from
		// "ida": her full name
		for _, n := range lowerNameLines(rd.own) {
			if consistent(display, n) {
				best = fuller(best, n)
			} else if countNameWords(display) >= 2 && countNameWords(n) >= 3 {
				rd.review("the line %q looks like a full name, and the sender is %s", n, display)
			}
		}
	}
	for _, k := range knownNames(rd.cat.words, rd.own) {
		if consistent(display, k) {
			best = fuller(best, k)
		}
	}
	if display != "" && initials(best) > 0 {
		// "I'm Priya Raghunathan" from "Priya R."; "jeg hedder hodan abdi
		// warsame" from "Hodan W"
		best = spelledOut(best, slices.Concat(selfIntroNames(rd.own), lowerNames(rd.own), contactLineNames(rd.own), signUpNames(rd.own)))
	}
	if full := asideFullName(rd.m.Own, best, rd.cat.words); full != "" {
		best = full // "Mo (Mohamed Abdi Farah på papiret)": the name for the tag
	}
	if best == "" || display == "" || !isASCII(best) {
		return best // withLetters keeps it: the names need no reading
	}
	return withLetters(best, display, knownNames(rd.cat.words, rd.own))
}

// withLetters returns the spelling of the sender's name that keeps the
// letters a From line folds away: a name in her words that is best with
// them ("Søren Møller her" from "Soren Moller", "(José García)" from "Jose
// García"), or the From line's own when best is its fold ("(Soren Moller)"
// from "Søren Møller"). Only the same words qualify: a shorter form, a
// name spelled otherwise or another person's is left as it is.
func withLetters(best, display string, names []string) string {
	if best == "" || display == "" || !isASCII(best) {
		return best
	}
	for _, n := range names {
		if n != best && !isASCII(n) && countNameWords(n) == countNameWords(best) && spelledAs(n, best) {
			return n
		}
	}
	if best != display && !isASCII(display) && countNameWords(display) == countNameWords(best) && spelledAs(display, best) {
		return display
	}
	return best
}

// knownNames collects full names written anywhere, the quoted thread too,
// so that a first name ("Kurt er blevet syg") can be completed.
func knownNames(avoid map[string]bool, texts ...*text) []string {
	var out []string
	for _, t := range texts {
		t.avoid = avoid
		for i := 0; i < len(t.toks); i++ {
			if n, k := nameAt(t, i); n != "" {
				if k >= 2 && !containsStr(out, n) {
					out = append(out, n)
				}
				i += k - 1
			}
		}
	}
	return out
}

// listLeadEnd returns where the mark that opens an item of a list ("- ",
// "* ", "• ", "> ", "1. ", "12) ") and the blanks around it end in s:
// what `^[ \t]*(?:[-*•·>]+|\d{1,2}[.)])?[ \t]*` matches, read without the
// expression, as every line is asked.
func listLeadEnd(s string) int {
	i := skipBlanks(s, 0)
	switch {
	case listMark(s[i:]) > 0:
		for n := listMark(s[i:]); n > 0; n = listMark(s[i:]) {
			i += n
		}
	case i+1 < len(s) && isDigit(s[i]) && (s[i+1] == '.' || s[i+1] == ')'):
		i += 2
	case i+2 < len(s) && isDigit(s[i]) && isDigit(s[i+1]) && (s[i+2] == '.' || s[i+2] == ')'):
		i += 3
	}
	return skipBlanks(s, i)
}

// listMark returns the length of the bullet s opens with, 0 if none.
func listMark(s string) int {
	switch {
	case s == "":
		return 0
	case s[0] == '-' || s[0] == '*' || s[0] == '>':
		return 1
	case strings.HasPrefix(s, "•"):
		return len("•")
	case strings.HasPrefix(s, "·"):
		return len("·")
	}
	return 0
}

// skipBlanks returns where the spaces and tabs from s[i] end.
func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// listLines reads lines that each start with a person's name followed by her
// workshops or diet ("- Ahmed Said: workshop 4, 2. prioritet 3. Spiser halal.").
func (rd *reader) listLines() []*person {
	t := rd.own
	var out []*person
	var pending []pendingLine // named, with no workshop yet (keepPending)
	byRelation := 0           // lines that open with who the person is
	selfAt := -1              // where the sender's own name stands alone on a line
	var shared [][]string     // the names of lines said of several listed
	for _, ln := range lines(t) {
		lead := listLeadEnd(t.fold[ln[0]:ln[1]])
		plus := strings.HasPrefix(t.fold[ln[0]+lead:ln[1]], "+")
		if plus {
			lead = skipBlanks(t.fold[ln[0]:ln[1]], lead+1) // "+ én mere ...": only one more is read so
		}
		i := t.tokenAt(ln[0] + lead)
		if i >= len(t.toks) || t.toks[i].a != ln[0]+lead {
			continue
		}
		if at, greeted := headAfterGreeting(t, ln[0], ln[1]); greeted && lead == 0 {
			i = t.tokenAt(at) // "Hej. Jonas Frisk: sundhed og job": his line after the greeting
		}
		isSelf := false
		if m := selfHeadAt(t, i, ln[1]); m != nil {
			// "mig selv, Grethe Poulsen: workshop 1": the sender's line, her name after
			if k := t.tokenAt(t.toks[i].a + m[1]); k < len(t.toks) && t.toks[k].a < ln[1] {
				if name, _ := nameAt(t, k); name != "" {
					i, isSelf = k, true
				}
			}
		}
		rel := ""
		if k, r := relationHead(t, i, ln[1]); k > i {
			// "- min kone Sadia Q.: helbred": her line, named after who she is
			i, rel = k, r
		}
		if t.toks[i].is(classLabelFor) && i+1 < len(t.toks) && t.toks[i+1].is(classSelfLine) && t.gap(i, i+1) == " " &&
			strings.Count(t.fold[ln[0]:ln[1]], ":") == 1 {
			i++ // "For mig: workshop 4 og så 2" on a line of its own, as "Mig: ..."
		}
		name, n := nameAt(t, i)
		if t.toks[i].is(classSelfLine) && strings.HasPrefix(t.fold[t.toks[i].b:ln[1]], ":") {
			name, n = "(mig)", 1 // "Jeg: workshop 1"
		}
		if name == "" && i+1 < len(t.toks) && t.toks[i+1].b <= ln[1] && t.toks[i].is(classOwner) && strings.HasPrefix(t.fold[t.toks[i+1].b:ln[1]], ":") {
			// "Min kollega: workshop 2 og 3": the line of one not yet named
			if rel, _ = relationAt(t, i+1); rel != "" {
				name, n = "(rel)", 2
			}
		}
		more := false
		if name == "" {
			// "+ én person mere fra afdelingen (navn følger) – workshop 2"
			if k := oneMoreAt(t, i, ln[1]); k > 0 && oneMoreRest(t.fold, t.toks[i+k-1].b, ln[1]) >= 0 {
				name, n, more = "(more)", k, true
			}
		}
		if name == "" || plus && !more {
			continue
		}
		if run := namesRun(t, i+n, ln[1]); name[0] != '(' && run != nil {
			// "Amina, Said og Layla spiser halal": no row of Amina's, a
			// sentence of those listed
			shared = append(shared, append([]string{name}, run...))
			continue
		}
		after := t.fold[t.toks[i+n-1].b:ln[1]]
		if more {
			after = t.fold[oneMoreRest(t.fold, t.toks[i+n-1].b, ln[1]):ln[1]]
		}
		withSelf := false
		if m := andSelfHead.FindStringSubmatchIndex(after); m != nil && name != "(mig)" {
			// "Jens og jeg: workshop 1 og 2": the line is both of theirs
			after, withSelf = after[m[3]:], true
		}
		partner := ""
		if name != "(mig)" && name != "(rel)" && !withSelf {
			// "Ahmad og Omid: 4 og 3": the line is both of theirs
			partner, after = pairedHead(t, ln[1]-len(after), ln[1], after)
		}
		rest := strings.TrimSpace(after)
		for _, m := range selfMarks {
			if strings.HasPrefix(rest, m) {
				rest, isSelf = strings.TrimSpace(rest[len(m):]), true
			}
		}
		noted := false
		if m := roleNote.FindStringIndex(rest); m != nil && roleOnly(rest[:m[1]]) {
			// "Sadia Chaudhry (min kone): ...": who she is, not what she chooses
			if bareSmallNumber(rest[:m[1]]) && strings.TrimSpace(rest[m[1]:]) == "" {
				// "Karen Olsen (2)" in a list: her age or her workshop
				rd.review("%q after %s may be an age or a workshop", rest[:m[1]], name)
			}
			rest, noted = strings.TrimSpace(rest[m[1]:]), true
		}
		a := ln[1] - len(after)
		if rest == "" || !strings.ContainsAny(rest[:1], ":,-") && !choicePair.MatchString(rest) && !notedPair(t, pairNote, restEnd(t, ln)-len(rest), restEnd(t, ln)) && !wholeBracket(rest) {
			if rest == "" && n >= 2 && rel == "" && !isSelf && !noted && name[0] != '(' && !consistent(rd.ps.self.name, name) {
				// a bare name among the list's lines: her choice is to come
				pending = append(pending, pendingLine{name, a, ln[1], t.toks[i].line})
			} else if rest == "" && n >= 2 && rel == "" && !noted && name[0] != '(' {
				selfAt = ln[0] // "Karen Dalby" among the lines: the sender comes too
			}
			continue
		}
		if !more && !rd.saysSomething(a, ln[1]) { // one more is someone, read or not
			if noted {
				rd.review("the list names %s, but no workshop or food was read for her", name)
			} else if rel == "" && !isSelf && name[0] != '(' && choiceToCome(rest) {
				pending = append(pending, pendingLine{name, a, ln[1], t.toks[i].line})
			}
			continue
		}
		var p *person
		if name == "(mig)" {
			p = rd.ps.self
		} else if more {
			p = &person{}
			rd.ps.others = append(rd.ps.others, p)
		} else if rel != "" && name != "(rel)" {
			p = rd.ps.relative(rel, name, true)
		} else if rel != "" {
			p = rd.ps.relative(rel, map[bool]string{true: "", false: name}[name == "(rel)"], true)
		} else if isSelf || rd.ps.self.name != "" && consistent(rd.ps.self.name, rd.ps.complete(name)) {
			p = rd.ps.self
			p.name = fuller(p.name, rd.ps.complete(name))
		} else {
			p = rd.ps.add(name)
		}
		if rel != "" {
			byRelation++
		}
		if more {
			a = ln[0] // the whole line is hers: no name opens it
		}
		rd.ps.lines = append(rd.ps.lines, span{a, ln[1], p})
		out = append(out, p)
		if withSelf && p != rd.ps.self {
			rd.ps.lines = append(rd.ps.lines, span{a, ln[1], rd.ps.self})
			out = append(out, rd.ps.self)
		}
		if partner != "" {
			q := rd.ps.add(partner)
			if rd.ps.self.name != "" && consistent(rd.ps.self.name, rd.ps.complete(partner)) {
				q = rd.ps.self
			}
			if q != p && !containsPerson(out, q) {
				rd.ps.lines = append(rd.ps.lines, span{a, ln[1], q})
				out = append(out, q)
			}
		}
	}
	out = rd.keepPending(pending, out)
	for _, names := range shared {
		if n := rd.unlistedIn(names, out); n != "" && len(out) > 0 {
			rd.review("a line speaks of %s, who is not among the people listed", n)
		}
	}
	if selfAt >= 0 && !containsPerson(out, rd.ps.self) && slices.ContainsFunc(rd.ps.lines, func(l span) bool { return l.a > selfAt }) {
		// a line of the list after hers: hers is one of them, not her
		// sign-off
		out = append(out, rd.ps.self)
	}
	if len(out) == 1 && byRelation == 1 {
		// "Min mand Jens Holm: ..." alone, among lines that say the
		// others' wishes in other shapes, is no list of everyone
		rd.ps.lines = rd.ps.lines[:len(rd.ps.lines)-1]
		return nil
	}
	return out
}

// choicePair is "4+3" right after a listed name ("Jens M. 4+3"): the
// name's two choices, with nothing else on the line.
// "Kirsten Lund 1 og 2" joins the two with a word.
// A phone number may stand between ("Per Jensen 33445566 2 og 4").
var choicePair = regexp.MustCompile(`^\.?\s*(?:` + pairPhone + `)?[1-9]\s*(?:\+|\s(?:og|and|&)\s)\s*[1-9]\s*$`)

// pairPhone is an optional phone number, labelled or not, before a pair.
const pairPhone = `(?:(?:tlf|mobil|phone|tel)\.?:?\s*)?(?:(?:\+|00)45\s*)?(?:\d{8}|\d{2} \d{2} \d{2} \d{2}|\d{4} \d{4})\s+`

// choicePairLine is a whole line of a name and such a pair.
var choicePairLine = regexp.MustCompile(`^\s*(?:[-*•]\s*)?\pL[\pL.' -]*\pL\.?\s+(?:` + pairPhone + `)?[1-9]\s*(?:\+|\s(?:og|and|&)\s)\s*[1-9]\s*$`)

// selfHead opens a list line that is the sender's, her name after it:
// "mig selv, Grethe Poulsen:", "myself, Ann Fox -".
var selfHead = regexp.MustCompile(`^(?:mig selv|jeg selv|mig|myself|me)\s*,\s*`)

// selfHeadFirst are the words selfHead opens with: a line whose token i
// is none of them is passed over without running the expression.
var selfHeadFirst = wordSet([]string{"mig", "jeg", "myself", "me"})

// selfHeadAt is selfHead.FindStringIndex(fold[toks[i].a:end]).
func selfHeadAt(t *text, i, end int) []int {
	if !t.toks[i].is(classSelfHeadFirst) {
		return nil
	}
	return selfHead.FindStringIndex(t.fold[t.toks[i].a:end])
}

// relationHead returns, for a list line that opens with who a person is
// ("min kone Sadia Q.:", "Min mand, Lamin J.: ...", "my husband Karthik
// R.:"), the token her name starts at and the relation; i and "" when the
// line opens otherwise.
func relationHead(t *text, i, end int) (int, string) {
	if i+2 >= len(t.toks) || t.toks[i+2].a >= end || !t.toks[i].is(classOwner) || !t.toks[i+2].cap {
		return i, ""
	}
	if rel, gen := relationAt(t, i+1); rel != "" && gen == 0 && strings.Trim(t.gap(i+1, i+2), " ,") == "" {
		if name, n := nameAt(t, i+2); name != "" && i+2+n-1 < len(t.toks) && strings.HasPrefix(strings.TrimLeft(strings.TrimSpace(t.fold[t.toks[i+2+n-1].b:end]), "."), ":") {
			return i + 2, rel
		}
	}
	return i, ""
}

// roleNote is a bracket after a listed name that says who the person is
// ("(min kone)", "(vores datter, 17 år)"): no choice is made in it. One
// that says more (a condition, a doubt, a workshop) is left to staff.
var (
	roleNote = regexp.MustCompile(`^\((?:(?:min|mit|mine|vores|hans|hendes|deres|my|our|his|her|their) [^()\n]{1,50}|\d{1,2}(?: aar| years?)?|` +
		`(?:` + strings.Join(append(slices.Clone(daRoleTitles), enRoleTitles...), "|") + `)(?:,? [^()\n]{1,40})?)\)`)
	roleNoteOdd = regexp.MustCompile(`\b(?:hvis|if|maaske|maybe|ikke|not|kun|only|workshop\w*|ws|prioritet\w*|choice)\b`)
	roleAge     = regexp.MustCompile(`\b\d{1,2}(?: aar| years?)?(?: gammel| old)?\)$`)
)

// roleOnly reports whether the bracket note says only who the person is:
// no condition or doubt, and no number but her age at its end.
func roleOnly(note string) bool {
	if roleNoteOdd.MatchString(note) {
		return false
	}
	note = roleAge.ReplaceAllString(note, ")")
	return !strings.ContainsAny(note, "0123456789")
}

// andSelfHead opens what follows a name that heads a line for two: " og
// jeg:", " and I -".
var andSelfHead = regexp.MustCompile(`^( (?:og|and) (?:jeg|mig|i|me))\s*[:,-]`)

// saysSomething reports whether fold[a:b] names a workshop or a diet.
func (rd *reader) saysSomething(a, b int) bool {
	for _, c := range rd.sents {
		for _, r := range c.refs {
			if r.a >= a && r.a < b {
				return true
			}
		}
	}
	return len(readDiet(rd.own, a, b)) > 0
}

// discover finds the other people the mail registers: named in a sentence
// about coming ("Vi er to: Ali Demir og min kone Elif Demir"), or after a
// line that ends with a colon.
func (rd *reader) discover() {
	t := rd.own
	prevColon := false
	for k, c := range rd.sents {
		f := t.fold[c.s.a:c.s.b]
		a, b := c.s.a, c.s.b
		thread := rd.res.Intent == tilmeld.IntentUpdate || rd.res.Intent == tilmeld.IntentCancel
		cued := t.has(attendCue, a, b) || t.has(lex.onBehalf, a, b) || t.has(lex.cancel, a, b) || presentsAt(t, a, b, rd.fromDisplay()) || rd.undecidedKin(a, b) ||
			t.has(lex.update, a, b) || t.has(lex.stillComing, a, b) || rd.res.Intent == tilmeld.IntentRegister && rollCall(t, a, b)
		// "Min kollega har overtalt mig": someone spoken of, not brought
		create := prevColon || cued || thread && !t.has(onlySpokenOf, a, b) || k+1 < len(rd.sents) && rd.blockHead(c, rd.sents[k+1]) ||
			rd.namesTheNext(k) || namesField(t, c) && !rd.unnamedRelative()
		order := ordersSignUp(t, c) // "Vil I tilmelde Karim og mig til 2?": an order, asked politely
		asked := strings.HasSuffix(strings.TrimSpace(f), "?") && !order
		if asked && !t.has(addRequest, a, b) && !asksToAddNamed(t, a, b) && !otherSeatRequest(t, c.s, nil) || rd.othersStayHome(rd.res, t, a, b) || writesOwn(t, a, b) || comesAlone(t, a, b) ||
			!prevColon && rd.ownPredicate(c) || rd.helperOpens(c) || rd.talkedOver(c) {
			create = false
			if thread {
				rd.nameWithdrawnFirst(c)
			}
		}
		rd.ps.single = create && len(spansIn(t.hits(countRe), a, b)) > 0 // "Vi er 3: Anne, Bo og mig"
		rd.nameOther(c)
		if ms := rd.mentionsBeforeReason(c, create); create && len(ms) > 0 && doubtIn(t, c.a, c.b) && !t.has(choiceLater, c.s.a, c.s.b) {
			rd.review("it is not certain that everyone named comes")
		}
		x, y := rd.elidedSame(prevClause(rd.sents, k), c)
		if rd.res.Intent == tilmeld.IntentRegister && rd.alsoAfterFood(prevClause(rd.sents, k), c) {
			rd.review("%q may bring someone with the sender's food", strings.TrimSpace(t.span(c.a, c.b)))
		}
		if x < 0 && create && (rd.ps.headcount >= 2 || order) {
			// "Jeg kommer sammen med Bo. Vi vil begge ...": the other one
			x, y = selfJoinedName(t, c.a, c.b)
		}
		if x >= 0 && !asked {
			// "Min mand Per Holm det samme", "Karl det samme": he takes her
			// workshops; a first name alone there is a person too
			single := rd.ps.single
			rd.ps.single = true
			rd.ps.mentions(t, x, y, true)
			rd.ps.single = single
		}
		// "...til mødet:\nAbdi Farah (mig)\nHawa Ali (min kone)": the list
		// runs on while each line is a name and who she is
		prevColon = strings.HasSuffix(strings.TrimSpace(t.fold[c.a:c.b]), ":") || prevColon && rosterLine(t, c)
	}
}

// namesField reports a clause that is a form's field of names ("Navne:
// Ida Holm og Per Holm", "Names: ..."): the people it names come.
func namesField(t *text, c clause) bool {
	ls := lineStart(t.fold, c.s.a)
	label, _, ok := strings.Cut(t.fold[ls:min(c.s.b, ls+24)], ":")
	return ok && namesLabels[strings.TrimSpace(strings.Trim(label, " \t-*•"))] || onlyFullNames(t, c.s)
}

// onlyFullNames reports a sentence that is a line of two or more full
// names and nothing else ("Ida Holm og Per Holm").
func onlyFullNames(t *text, s sentence) bool {
	ls := lineStart(t.fold, s.a)
	if strings.TrimSpace(t.fold[ls:s.a]) != "" || strings.ContainsAny(strings.TrimSpace(t.fold[s.a:s.b]), "\n") {
		return false
	}
	n := 0
	for i, to := t.tokenAt(s.a), t.tokenAt(s.b); i < to; {
		if n > 0 && connectors[t.toks[i].s] {
			i++
			continue
		}
		_, k := nameAt(t, i)
		if k < 2 {
			return false
		}
		n, i = n+1, i+k
	}
	return n >= 2
}

// rosterLine reports a clause that is only a full name and a bracket
// saying who she is ("Hawa Ali (min kone)").
func rosterLine(t *text, c clause) bool {
	from, to := t.tokenAt(c.a), t.tokenAt(c.b)
	if from >= to {
		return false
	}
	name, n := nameAt(t, from)
	if name == "" || n < 2 {
		return false
	}
	k := markAfter(t, from+n, to)
	if k == 0 || from+n+k != to || strings.TrimSpace(t.fold[t.toks[from+n+k-1].b:c.b]) != ")" {
		return false
	}
	note := "(" + strings.TrimSpace(t.fold[t.toks[from+n].a:c.b])
	return roleNote.MatchString(note) || slices.Contains(selfMarks, note)
}

// blockHead reports a line that is only a full name ("Ifrah Nuur:")
// above a numbered or lettered list ("1) Uddannelse", "a) Sundhed", "- 1.
// prio: ..."): the head of one person's block of choices.
func (rd *reader) blockHead(c, next clause) bool {
	t := rd.own
	head := strings.TrimSuffix(strings.TrimSpace(t.fold[c.a:c.b]), ":")
	if head == "" || strings.ContainsAny(head, ".,;!?\n") || !blockItem.MatchString(t.fold[next.s.a:next.s.b]) {
		return false
	}
	from, to := t.tokenAt(c.a), t.tokenAt(c.b)
	n, words := nameAt(t, from)
	return n != "" && words >= 2 && from+words == to
}

// blockItem opens a line of a list under a name: "1)", "2.", "a)", "- 1. prio:".
var blockItem = regexp.MustCompile(`^\s*(?:[-*•]\s*)?(?:[1-9][.)]|[a-d]\))\s+\S`)

var otherNameIntro = table(daOtherNameIntro, enOtherNameIntro)

// choiceLater: a doubt about the workshop, not about coming.
var choiceLater = table(daChoiceLater, enChoiceLater)

// addRequest asks the bot to add someone ("Could you add my colleague
// Jens?"): a question that brings a person.
var addRequest = table(daAddRequest, enAddRequest)

// addNamedRequest asks to sign up whom the next words name ("Kan I
// tilmelde Birthe Lund til workshop 1?", "Could you register Birthe Lund
// for workshop 2?").
var addNamedRequest = table(daAddNamedRequest, enAddNamedRequest)

// selfAndWords: "mig og", "me and" before the name the request brings.
var selfAndWords = wordSet([]string{"mig", "selv", "og", "me", "myself", "and"})

// asksToAddNamed reports a request in [a, b) to sign up someone whose
// name, capitalised, follows the verb ("mig og" may come first): a
// question that brings her.
func asksToAddNamed(t *text, a, b int) bool {
	for _, hit := range t.within(addNamedRequest, a, b) {
		k := t.tokenAt(hit[1])
		for k < len(t.toks) && t.toks[k].a < b && selfAndWords[t.toks[k].s] {
			k++
		}
		if k < len(t.toks) && t.toks[k].a < b && t.toks[k].cap && !thirdPerson[t.toks[k].s] {
			if name, _ := nameAt(t, k); name != "" {
				return true
			}
		}
	}
	return false
}

// nameOther gives the name in "Hun hedder Fatma Ali" to the person without
// a name spoken of before ("min kone").
func (rd *reader) nameOther(c clause) {
	t := rd.own
	for _, m := range t.within(otherNameIntro, c.a, c.b) {
		name, _ := nameAt(t, t.tokenAt(m[1]))
		if name == "" {
			continue
		}
		for k := len(rd.ps.others) - 1; k >= 0; k-- {
			if p := rd.ps.others[k]; p.name == "" {
				p.name = name
				break
			}
		}
	}
}

// nameLost returns a name given by "Han hedder Per", "His name is Per"
// that is neither the sender's nor any attendee's of the reading: in
// answer to the bot's question for the other person's name, that person
// would be lost. "" when there is none.
func (rd *reader) nameLost() string {
	t := rd.own
	for _, m := range t.all(otherNameIntro) {
		name, _ := nameAt(t, t.tokenAt(m[1]))
		if name == "" {
			continue
		}
		known := rd.ps.self.name != "" && (consistent(rd.ps.self.name, name) || sameFirstName(rd.ps.self.name, name))
		for _, a := range rd.res.Attendees {
			known = known || a.Name != "" && (consistent(a.Name, name) || sameFirstName(a.Name, name))
		}
		if !known {
			return name
		}
	}
	return ""
}

var (
	skipLead    = wordSet(daSkipLead, enSkipLead)
	signUpOrder = wordSet(daSignUpOrder, enSignUpOrder)
	orderObject = wordSet([]string{"mig", "os", "me", "us", "undertegnede"})
	bothLead    = wordSet(daBothLead, enBothLead)
)

// subject reads who a clause is about from its first words.
func (rd *reader) subject(c clause, last *person) (who []*person, group, found bool) {
	t := rd.own
	from, to := t.tokenAt(c.a), t.tokenAt(c.b)
	from = topicLabelEnd(t, from, to) // "Kost: jeg er vegetar": the label is none
	from = noteLeadEnd(t, from, to)   // "Husk at Amina, Said og Layla spiser halal"
	if who := rd.broughtInReason(c); len(who) > 0 {
		return who, false, true // "..., fordi min svoger Karl også vil med, workshop 3 og 4"
	}
	en := rd.res.Language == "en"
	if k := rd.frontedSubject(c, from, to, en); k > 0 {
		from = k // "Hvis køkkenet kan, vil jeg helst have glutenfrit": the subject after it
	} else if forSelfAt(t, from, to) {
		from++ // "Til mig helst laktosefrit": whom it is for
	}
	end := from + 8 // how far the subject may lie from the clause's start
	for i := from; i < to && i < end; i++ {
		w := t.toks[i].s
		if t.toks[i].is(classSkipLead) && !found || i == from && forLabel(t, i, to) {
			continue
		}
		if !found && i < from+6 {
			if k := invertedAfterLead(t, from, i, to, en); k > 0 {
				i = k - 1 // "Og så er jeg vegetar", "Til gengæld tåler jeg ...": the subject after the verb
				continue
			}
		}
		if !found && politeOrder(t, i, to) {
			continue // "Please register Karim and me": the order after it
		}
		if k := askedOrder(t, i, to); !found && k > 0 {
			i = k - 1 // "Vil I tilmelde Karim og mig": the order after the asking words
			continue
		}
		if !found && orderVerb(t, i, to) {
			j := orderObjectAt(t, i, to)
			if j < to && (orderObject[t.toks[j].s] || rd.orderNamesWithSelf(c, j, to)) {
				i = j - 1           // "Tilmeld os til 1 og 3", "Skriv gerne mig op", "Sign us up": whom the order names
				end = max(end, j+8) // "Please sign up my husband Per Holm and me": the whole object
				continue
			}
		}
		if !found && i+2 < to && i <= from+1 && invertedSubject(t, i) {
			i++ // "Selv vil jeg ...", "Derudover vil hun ...": the verb first, then the subject
			continue
		}
		if !found && i > from && invertedKin(t, i, to) {
			continue // "Desværre må min mand og jeg ...": the verb, then the subject
		}
		if !found && i == from && t.toks[i].s == "som" {
			if v := frontedRank(t, i, to); v > 0 {
				i = v // "Som andet valg vil vi begge ...": the subject after the verb
				continue
			}
		}
		if !found && i+2 < to && groupOf(t, i) {
			// "Ingen af os spiser svinekød", "None of us eat pork"
			who, group, found = nil, true, true
			i += 2
			continue
		}
		if !found && i == from && theyWords[w] {
			if others := rd.namedOthers(); len(others) >= 2 {
				// "Abdi: 4 og 3. Hodan: 2 og 1. De spiser halal": the others
				// named, not the writer
				who, found = others, true
				continue
			}
		}
		if !found && !group && t.toks[i].is(classBothLead) && i+1 < to && bothOf(t, i+1) {
			continue // "Både Bo og jeg er vegetarer": the two that follow
		}
		role, ok := daSubjects[w]
		if !ok && rd.res.Language == "en" {
			role, ok = enSubjects[w]
		}
		if !ok && found && w == "myself" && t.toks[i-1].s == "and" {
			role, ok = "self", true // "Please sign up my husband, Per Holm, and myself"
		}
		if ok && !(w == "min" || w == "mit" || w == "my" || w == "mine") {
			if role == "self" || role == "all" {
				if e := reportedAt(t, i, to); e > 0 {
					// "Jeg glemte at skrive, at Emil har nøddeallergi": Emil's
					if w2, g2, f2 := rd.subject(rd.subClause(c, t.toks[e].a, c.b), last); f2 {
						return w2, g2, true
					}
				}
			}
			found = true
			switch role {
			case "self":
				if p := rd.namedObject(c, i); p != nil {
					// "Jeg tilmelder Else Dam til workshop 1 og 2": hers
					who = append(who, p)
					i = to
					break
				}
				who = append(who, rd.ps.self)
			case "all":
				group = true
			case "other":
				if last == nil {
					last = rd.namedByPronoun(c, i) // "Hun hedder Fatma Yilmaz og vil gerne ..."
				}
				if last != nil {
					who = append(who, last)
				}
			}
			continue
		}
		if ms := rd.ps.mentions(t, t.toks[i].a, c.b, false); len(ms) > 0 && ms[0].a == t.toks[i].a {
			who = append(who, ms[0].p)
			found = true
			i = t.tokenAt(ms[0].b) - 1
			continue
		}
		if (w == "og" || w == "and") && found {
			continue
		}
		if k := rd.roleBeforeName(c, i, to); k > i {
			i = k - 1 // "mig og kassereren Jens Bo", "me and our treasurer Jens Bo": the name after the role
			continue
		}
		if p := rd.relativeSubject(t, i, to); p != nil && !found {
			// "min søn Duc Le ... Min søn tåler ikke nødder": the son named
			who, found = append(who, p), true
			i++
			continue
		}
		if p := rd.bareKinSubject(t, i, i == from); p != nil && !found {
			who, found = append(who, p), true // "Far er diabetiker": the father alone
			continue
		}
		if found && len(who) > 0 && rd.strangerInNames(c, i) {
			// "Amina, Said og Nadia spiser halal", Nadia listed nowhere
			rd.review("%q gives food to %s, who is not among the attendees", strings.TrimSpace(t.span(c.a, c.b)), t.span(t.toks[i].a, t.toks[i].b))
		}
		break
	}
	if !found && t.has(signUpSelf, c.a, c.b) {
		// "Nå, men til sagen: I må gerne skrive mig på Sundhed": hers
		who, found = []*person{rd.ps.self}, true
	}
	if !found && t.has(signUpUs, c.a, c.b) {
		// "Kunne I skrive os op til 1 og 3?": the group's
		group, found = true, true
	}
	return who, group, found
}

var (
	signUpSelf = table(daSignUpSelf, enSignUpSelf)
	signUpUs   = table(daSignUpUs, enSignUpUs)
)

var groupOfWords = append(slices.Clone(daGroupOf), enGroupOf...)

// bothOf reports a person at token i after "både", "both": a name, the
// sender, or an owner of a relation ("Både Bo", "Both I", "Både min mand"),
// not a verb ("Both want 2 and 1") nor "of us".
func bothOf(t *text, i int) bool {
	w := t.toks[i].s
	return t.toks[i].cap || selfPronoun[w] || gateOwner[w]
}

// groupOf reports "ingen af os", "none of us" at token i: everyone.
func groupOf(t *text, i int) bool {
	if !t.toks[i+2].is(classObjectCase) {
		return false
	}
	for _, p := range groupOfWords {
		if t.toks[i].s == p[0] && t.toks[i+1].s == p[1] {
			return true
		}
	}
	return false
}

var personVerbs = wordSet(daPersonVerbs, enPersonVerbs)

// frontedRank returns the verb after a rank put first in a Danish
// statement ("Som andet valg vil vi begge ...", "Som 2. prioritet tager
// jeg ..."), when a subject pronoun follows it; 0 if none.
func frontedRank(t *text, i, to int) int {
	for v := i + 2; v <= i+4 && v+1 < to; v++ {
		if _, subj := daSubjects[t.toks[v+1].s]; subj && personVerbs[t.toks[v].s] {
			return v
		}
	}
	return 0
}

// invertedSubject reports a Danish statement that puts a word and a verb
// before its subject ("Selv vil jeg i workshop 1"): token i is that first
// word, i+1 the verb, i+2 a pronoun.
func invertedSubject(t *text, i int) bool {
	subj, first := t.toks[i+2].is(classDaSubject), t.toks[i].is(classDaSubject)
	return subj && !first && personVerbs[t.toks[i+1].s] && t.gap(i, i+1) == " " && t.gap(i+1, i+2) == " "
}

// assign gives each clause's workshops and diet to the people it is about.
// Listed lines belong to their person; other clauses to their subject,
// or to the people they name, or, without either, to the last subject.
func (rd *reader) assign(listed []*person) {
	t := rd.own
	var cur []*person
	curGroup := rd.ps.count() >= 2 && len(rd.ps.others) == 0
	if !curGroup {
		cur = []*person{rd.ps.self}
	}
	last := rd.served
	var homeSent sentence // a sentence that leaves only the sender coming
	var alongKid *person  // a child the mail brings along, see childAlong
	for _, c := range rd.splitAtNames() {
		if owners := rd.ps.lineOwners(c.a); owners != nil {
			if named := rd.otherListed(c, owners); named != nil {
				// "- Ida Lund: 3. Bo er vegetar.": Bo's food, in Ida's line
				for _, p := range named {
					rd.give(p, c)
				}
				continue
			}
			for _, owner := range owners {
				rd.give(owner, c)
				if !owner.self {
					last = owner
				}
			}
			continue
		}
		parts := rd.forWhom(c) // "workshop 2 for me, workshop 3 for my husband"
		if parts == nil {
			parts = rd.parenChoices(c) // "mig selv (workshop 1 og 2) og Fatima (4 og 3)"
		}
		if parts != nil {
			for _, p := range parts {
				rd.give(p.p, rd.subClause(c, p.a, p.b))
				if !p.p.self {
					last = p.p
				}
			}
			continue
		}
		if writesOwnMail(t, c) {
			continue // "Pia tager workshop 3, men hun skriver selv"
		}
		if homeSent.b > 0 && c.s.a >= homeSent.b {
			// "Min mand kan desværre ikke, så det er kun mig. Workshop 2
			// og derefter 1.": who stays home takes no choices after it
			cur, curGroup, last, homeSent = []*person{rd.ps.self}, false, nil, sentence{}
		}
		if onlySelfLeft(t, c.s) && (rd.othersStayHome(rd.res, t, c.s.a, c.s.b) || relationIn(t, c.s)) {
			homeSent = c.s
		}
		who, group, found := rd.subject(c, last)
		if found && !group && rd.awayClause(c, who) {
			continue // "Jeg kommer, men min mand og min søn kan ikke. Workshop 2.": the choice is not theirs
		}
		if (!found || !group && len(who) == 1 && !who[0].self) && rd.helperOpens(c) {
			// "Min datter tog mig med sidst, og nu vil jeg gerne på 2":
			// the one who helped is no attendee, the choices are hers
			who, group, found = []*person{rd.ps.self}, false, true
		}
		if found && !group && rd.onlyMessengers(c, who) {
			// "Min nabo fortalte om mødet, så her kommer en tilmelding": the
			// one who told of it is not whom the choices after are for
			who, found = nil, false
		}
		if found && !group && len(cur) > 0 && !curGroup && rd.alsoComes(c) {
			// "Jeg kommer gerne, og min mand Per Holm også": both of them
			for _, p := range cur {
				if !containsPerson(who, p) {
					who = append(who, p)
				}
			}
		}
		if !found && (rd.strangerRelative(c) || rd.strangerChildren(c)) {
			// "Min mand er cøliaker" of a husband who is no attendee: not the
			// sender's food, and not his either
			if (len(c.refs) > 0 || len(readDiet(t, c.a, c.b)) > 0) && !rd.othersStayHome(rd.res, t, c.s.a, c.s.b) {
				rd.review("%q speaks of someone who is not among the attendees", strings.TrimSpace(t.span(c.a, c.b)))
			}
			continue
		}
		if !found && t.has(forAll, c.a, c.b) {
			who, group, found = nil, true, true // "Workshop 3 for os alle"
		}
		if found {
			cur, curGroup = who, group
		}
		if found && rd.childAlong(c, who, alongKid) {
			// "Min datter er 3 år og skal med. Workshop 2 og 1.": the
			// choice after it is the sender's
			alongKid = who[0]
			rd.kidAlong(c, alongKid)
			last, cur, curGroup = alongKid, []*person{rd.ps.self}, false
			continue
		}
		named := rd.ps.mentions(t, c.a, c.b, false)
		targets, toGroup := cur, curGroup
		if (toGroup || !found) && len(named) > 0 && !found {
			targets, toGroup = nil, false
			for _, m := range named {
				targets = append(targets, m.p)
			}
		} else if toGroup && len(named) > 0 && rd.res.Intent == tilmeld.IntentUpdate {
			targets, toGroup = nil, false
			for _, m := range named {
				targets = append(targets, m.p)
			}
		}
		if along := rd.withSelf(c); len(along) > 1 && !toGroup && len(targets) == 1 && targets[0] == rd.ps.self {
			targets = along
		}
		for _, p := range targets {
			if !p.self {
				last = p
			}
		}
		for _, m := range named {
			if !m.p.self {
				last = m.p
			}
		}
		if !found && len(named) >= 2 && namesField(t, c) {
			// "Navne: Ida Holm og Per Holm": the form's fields after it
			// are all of theirs
			cur, curGroup = nil, true
		}
		if toGroup {
			rd.give(rd.group, c)
			continue
		}
		for _, p := range targets {
			rd.give(p, c)
		}
	}
}

// strangerRelative reports a clause opened by a relative of the sender
// ("Min mand er cøliaker", "My husband Tom eats no pork") whom the mail
// does not bring: no attendee by that relation or name.
func (rd *reader) strangerRelative(c clause) bool {
	t := rd.own
	i, to := t.pastLead(c.a, c.b), t.tokenAt(c.b)
	if i+1 >= to || !t.toks[i].is(classOwnerOne) {
		return false
	}
	rel, gen := relationAt(t, i+1)
	if rel == "" || gen != 0 {
		return false
	}
	for _, p := range rd.ps.others {
		if p.rel == rel {
			return false
		}
	}
	return len(rd.ps.mentions(t, t.toks[i].a, c.b, false)) == 0
}

// ownersOne own one relative ("min mand", "my husband").
var ownersOne = wordSet([]string{"min", "mit", "my"})

// forAll: a clause without a subject that says it is for everyone ("for
// os alle", "for both of us").
var forAll = table(daForAll, enForAll)

// withSelf reads an object that joins the sender to others: "tilmelde mig
// (selv) (Tran Van Minh) og Pham Thi Hoa", "sign up me and my wife Lan
// Tran", "Pham Thi Hoa og mig". It returns the sender and those others,
// nil when the clause has no such list.
func (rd *reader) withSelf(c clause) []*person {
	t := rd.own
	from, to := t.tokenAt(c.a), t.tokenAt(c.b)
	for k := from; k < to; k++ {
		if !t.toks[k].is(classSelfObject) {
			continue
		}
		// "mig og X"
		j := k + 1
		if j < to && t.toks[j].is(classSelfEmph) {
			j++
		}
		if j < to && strings.HasSuffix(strings.TrimSpace(t.gap(j-1, j)), "(") { // "(Tran Van Minh)"
			for j < to && !strings.Contains(t.gap(j-1, j), ")") {
				j++
			}
		}
		if j+1 < to && t.toks[j].is(classAnd) {
			if ms := rd.ps.mentions(t, t.toks[j+1].a, c.b, false); len(ms) > 0 && ms[0].a == t.toks[j+1].a && ms[0].p != rd.ps.self {
				return rd.joined(ms)
			}
		}
		// "X og mig"
		if k-1 > from && t.toks[k-1].is(classAnd) {
			var out []mention
			for _, m := range rd.ps.mentions(t, c.a, t.toks[k-1].a, false) {
				if m.b <= t.toks[k-1].a && tokensBetween(t, m.b, t.toks[k-1].a) == 0 && m.p != rd.ps.self {
					out = append(out, m)
				}
			}
			if len(out) > 0 {
				return rd.joined(out)
			}
		}
	}
	return nil
}

// selfObjectBefore reports that the words before offset a end with the
// sender as an object ("tilmelde mig (selv) (Tran Van Minh)"): an "og min
// kone ..." after it lists one more, it starts no new clause.
func selfObjectBefore(t *text, a int) bool {
	k := t.tokenAt(a) - 1
	if k >= 0 && strings.HasSuffix(strings.TrimSpace(t.fold[t.toks[k].b:a]), ")") {
		for j := k; j >= 0 && j > k-5; j-- { // back over the bracketed name
			if strings.Contains(t.gap(j-1, j), "(") {
				k = j - 1
				break
			}
		}
	}
	if k >= 0 && selfEmph[t.toks[k].s] {
		k--
	}
	return k >= 0 && selfObject[t.toks[k].s]
}

// joined returns the sender and the people of ms that are listed with
// her: the first, and each one after it that only a comma or "og"/"and"
// parts from the one before.
func (rd *reader) joined(ms []mention) []*person {
	out := []*person{rd.ps.self, ms[0].p}
	for k := 1; k < len(ms); k++ {
		g := strings.TrimSpace(rd.own.fold[ms[k-1].b:ms[k].a])
		g = strings.TrimSpace(strings.TrimPrefix(g, ","))
		if g != "" && !andWords[g] || ms[k].p == rd.ps.self {
			break
		}
		out = append(out, ms[k].p)
	}
	return out
}

// forWhom splits a clause that says for whom each workshop is ("workshop
// 2 for me, workshop 3 for my husband John", "1 til mig og 4 til min
// mand"): each "for/til" + person owns the workshops before it. It
// returns nil unless two people are named so and every workshop has one.
func (rd *reader) forWhom(c clause) []span {
	t := rd.own
	if len(c.refs) < 2 {
		return nil
	}
	var out []span
	from := c.a
	for k := t.tokenAt(c.a); k+1 < len(t.toks) && t.toks[k].a < c.b; k++ {
		if w := t.toks[k].s; w != "for" && w != "til" {
			continue
		}
		var p *person
		next := t.toks[k+1]
		switch {
		case next.s == "mig" || next.s == "me" || next.s == "myself":
			p = rd.ps.self
		case herHim[next.s] && len(rd.ps.others) == 1:
			p = rd.ps.others[0]
		default:
			if ms := rd.ps.mentions(t, next.a, c.b, false); len(ms) > 0 && ms[0].a == next.a {
				p = ms[0].p
			}
		}
		if p == nil {
			continue
		}
		end := t.toks[k+1].b
		if !slices.ContainsFunc(c.refs, func(r ref) bool { return r.a >= from && r.a < t.toks[k].a }) {
			return nil
		}
		out = append(out, span{from, end, p})
		from = end
	}
	if len(out) < 2 || out[0].p == out[1].p || slices.ContainsFunc(c.refs, func(r ref) bool { return r.a >= from }) {
		return nil
	}
	return out
}

var herHim = wordSet([]string{"hende", "ham", "her", "him"})

// nameVerb finds ", Bo vil", ", Bo er", ", Bo i workshop 3": a clause that
// starts with a name.
var nameVerb = regexp.MustCompile(`, (\pL+)( \pL+)? (` + strings.Join(nameVerbWords, "|") + `)\b`)

// refBetween reports a ref starting in [a, b); refs are in text order.
func refBetween(refs []ref, a, b int) bool {
	i, _ := slices.BinarySearchFunc(refs, a, func(r ref, a int) int { return r.a - a })
	return i < len(refs) && refs[i].a < b
}

// elidedChoiceAt reads, from token i on, one to three words of a name
// and then a workshop ("Per på workshop 4", "Tom workshop 3", "min mand Bo
// på 3"): it returns the token after the name, -1 when none follows.
func elidedChoiceAt(t *text, i, end int, refs []ref) int {
	for j := i + 1; j <= i+4 && j < len(t.toks) && t.toks[j].b <= end; j++ {
		w := t.toks[j].s
		if t.toks[j].is(classWorkshopWord) {
			return j
		}
		// "og Per på 4", "og Per på job": a workshop by its number or name
		if j+1 < len(t.toks) && t.toks[j+1].b <= end && elidedPreps[w] && (workshopWords[t.toks[j+1].s] || t.toks[j+1].num > 0 || inRefs(refs, t.toks[j+1].a)) {
			return j
		}
	}
	return -1
}

var elidedPreps = wordSet([]string{"paa", "i", "til", "in", "for", "on"})

var nameVerbWords = slices.Concat(daPersonVerbs, enPersonVerbs, daNameToWorkshop, enNameToWorkshop, daDietVerbs, enDietVerbs)

// nameVerbsPlain: nameVerbWords are plain words, which mayHaveNameVerb
// can look for as they are.
var nameVerbsPlain = !slices.ContainsFunc(nameVerbWords, func(w string) bool {
	return w == "" || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz ") != ""
})

// mayHaveNameVerb reports whether nameVerb may match f: a verb of
// nameVerbWords starts one or two words after a ", ". Most sentences
// with a comma have none, and the expression is not run on them.
func mayHaveNameVerb(f string) bool {
	if !nameVerbsPlain {
		return true // the expression decides
	}
	for i := 0; i < len(f); {
		k := strings.Index(f[i:], ", ")
		if k < 0 {
			return false
		}
		at := i + k + 2
		i = at
		// one word, and perhaps a second, before the verb: each a whole
		// run of letters, as only a space may follow \pL+ there
		for range 2 {
			e := letterRunEnd(f, at)
			if e == at || e >= len(f) || f[e] != ' ' {
				break
			}
			at = e + 1
			for _, w := range nameVerbWords {
				if strings.HasPrefix(f[at:], w) {
					return true
				}
			}
		}
	}
	return false
}

// letterRunEnd returns where the run of letters (\pL) from i ends.
func letterRunEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			return i
		}
		i += n
	}
	return i
}

// splitAtNames cuts clauses where a known person starts a new statement
// ("Jeg vil i workshop 4, Bo vil i workshop 3").
func (rd *reader) splitAtNames() []clause {
	var out []clause
	for _, c := range rd.sents {
		f := rd.own.fold[c.a:c.b]
		cut := c.a
		var ms [][]int
		if mayHaveNameVerb(f) { // every match opens with ", "
			ms = nameVerb.FindAllStringSubmatchIndex(f, -1)
		}
		for _, m := range ms {
			at := c.a + m[2]
			if len(rd.ps.mentions(rd.own, at, c.a+max(m[3], m[5]), false)) == 0 {
				continue
			}
			out = append(out, rd.subClause(c, cut, at))
			cut = at
		}
		if len(ms) == 0 {
			// "Jeg er vegetar og Per er diabetiker": a known person and a
			// verb after "og" start a statement of his own
			for _, at := range rd.andNameVerb(c) {
				out = append(out, rd.subClause(c, cut, at))
				cut = at
			}
		}
		if len(ms) == 0 && cut == c.a {
			// "Kost: Ida vegetar, Tom glutenfri": each name with her food
			for _, at := range rd.nameFoodCuts(c) {
				out = append(out, rd.subClause(c, cut, at))
				cut = at
			}
		}
		if len(ms) == 0 && len(c.refs) >= 2 {
			// "Jeg vil på workshop 2 og Per på workshop 4": the verb left out
			t := rd.own
			for k := t.tokenAt(c.a); k+2 < len(t.toks) && t.toks[k].b <= c.b; k++ {
				// "I'd like 1 and 3, Tom 2 and 4": a comma may part them too
				comma := strings.TrimSpace(t.gap(k, k+1)) == ","
				if !t.toks[k].is(classAnd) && !comma {
					continue
				}
				end := elidedChoiceAt(t, k+1, c.b, c.refs)
				if end < 0 && comma {
					end = elidedNumberAt(t, k+1, c.b)
				}
				if end < 0 {
					continue
				}
				at := t.toks[k+1].a
				if at <= cut || !refBetween(c.refs, cut, at) {
					continue
				}
				if who := rd.ps.mentions(t, at, t.toks[end].a, false); len(who) == 0 || who[0].a != at || who[0].p == rd.ps.self {
					continue
				}
				out = append(out, rd.subClause(c, cut, at))
				cut = at
			}
		}
		out = append(out, rd.subClause(c, cut, c.b))
	}
	return out
}

// homeSaidApart reports a clause of the sender's own apart from the words
// of its sentence that keep someone else at home, as a sentence run on
// without its stop has it ("jeg vil gerne workshop 2 og 4 min mand kommer
// ikke", "min mand kommer ikke jeg vil gerne 2 og 4"): her choices stand.
func (rd *reader) homeSaidApart(p *person, c clause) bool {
	return p.self && (c.a > c.s.a || c.b < c.s.b) && !rd.othersStayHome(rd.res, rd.own, c.a, c.b)
}

func (rd *reader) subClause(c clause, a, b int) clause {
	return clause{a: a, b: b, s: c.s, refs: refsIn(c.refs, a, b)}
}

// give hands a clause's workshops and diet to p.
func (rd *reader) give(p *person, c clause) {
	if rd.othersStayHome(rd.res, rd.own, c.s.a, c.s.b) && !rd.homeSaidApart(p, c) {
		// "Min søn har allergi for nødder, men han kommer ikke med"; what
		// she says of herself before "men" still holds
		j := lastClauseJoin(rd.own, c.a, c.b)
		if j <= c.a || !p.self || !saysOfSelf(rd.own, c.a, j) {
			return
		}
		c = rd.subClause(c, c.a, j)
	}
	if len(c.refs) > 0 {
		p.refs = append(p.refs, c.refs...)
		p.said = true
	}
	if d := readDiet(rd.own, c.a, c.b); len(d) > 0 {
		p.addDiet(d, rd.own.span(c.a, c.b))
	}
}

// registered lists the people a registration signs up.
func (rd *reader) registered(selfAttends bool, listed []*person) []*person {
	ps := rd.ps
	if listed != nil {
		// "tilmelde mig og min mand, Peter ... Mig: 1, 2. Peter har ikke
		// besluttet sig": a relation signed up comes, listed or not
		for _, p := range ps.others {
			if p.rel != "" && p.name != "" && !containsPerson(listed, p) && rd.signedUp(p) {
				listed = append(listed, p)
			}
		}
		if own := rd.selfTooRefs(); !containsPerson(listed, ps.self) && len(own) > 0 {
			// "Jeg deltager også selv – sæt mig på workshop 1 og 3" under
			// a list of others: she comes with her own choices
			ps.self.refs = own
			listed = append(listed, ps.self)
		}
		return listed
	}
	if rd.servesAndComes(selfAttends) {
		rd.review("the sender comes along with one she writes for and does not name: staff settle who attends")
	}
	who := ps.all(selfAttends)
	if len(who) == 0 {
		who = []*person{ps.self}
	}
	if !selfAttends && ps.self.said {
		if len(who) == 1 { // "Jeg tilmelder min søn ... jeg ønsker workshop 2 til ham"
			who[0].refs = append(who[0].refs, ps.self.refs...)
			who[0].diet = tilmeld.SortDiets(append(who[0].diet, ps.self.diet...))
		} else {
			rd.review("workshops or food are given without saying for whom")
		}
	}
	for n := ps.count(); len(who) < n; {
		p := &person{}
		ps.others = append(ps.others, p)
		who = append(who, p)
	}
	return who
}

// signedUp reports whether a sentence that signs up names p ("jeg vil
// gerne tilmelde mig og min mand, Peter Andersen").
func (rd *reader) signedUp(p *person) bool {
	t := rd.own
	for _, s := range t.sents() {
		if !t.has(lex.register, s.a, s.b) && !t.has(wishesWorkshop, s.a, s.b) {
			continue
		}
		for _, m := range rd.ps.mentions(t, s.a, s.b, false) {
			// "Jeg kommer, men min mand og min søn kan ikke": named as not coming
			if m.p == p && !inRelativeCancel(t, m.a) {
				return true
			}
		}
	}
	return false
}

// cancelled lists the people a cancellation withdraws.
func (rd *reader) cancelled() []*person {
	var who []*person
	addP := func(p *person) {
		if !containsPerson(who, p) {
			who = append(who, p)
		}
	}
	var last *person
	for _, c := range rd.sents {
		subj, group, _ := rd.subject(c, last)
		if len(subj) == 1 && subj[0] != rd.ps.self && subj[0].name != "" {
			last = subj[0] // "Min mand Ole K. er syg, så han må melde afbud": "han" is Ole
		}
		hits := rd.own.within(lex.cancel, c.a, c.b)
		// "slet venligst Bo", "take Bo off the list": the names after the
		// verb are people, withdrawn
		struck := false
		if h := strikeHit(rd.own, c); h != nil && (len(hits) == 0 || hits[0][0] == h[0]) {
			hits, struck = [][]int{h}, true
		}
		if len(hits) == 0 && rd.doubtOther {
			if p := rd.doubted(c, subj); p != nil {
				addP(p)
			}
			continue
		}
		if len(hits) == 0 {
			continue
		}
		// "afmelde min mand Ole": the one named after the verb is withdrawn
		if objs := rd.ps.mentions(rd.own, hits[0][1], c.b, struck); len(objs) > 0 && (objs[0].a-hits[0][1] <= 2 || politeBefore(rd.own, hits[0][1], objs[0].a)) {
			subj, group = nil, false
			for _, m := range objs {
				subj = append(subj, m.p)
			}
		}
		if struck && !slices.ContainsFunc(subj, func(p *person) bool { return p != rd.ps.self }) {
			rd.review("the mail strikes someone off by a name the reader could not place")
		}
		if !group && groupObject(rd.own, hits[0][1], c.b) {
			// "Afmeld venligst os alle tre: ...": everyone, and those named
			group = true
		}
		if !group && (len(subj) == 0 || len(subj) == 1 && subj[0] == rd.ps.self) && groupFirst(rd.own, c.a, hits[0][0]) {
			// "Desværre må vi begge to melde fra": the subject after the verb
			subj, group = nil, true
		}
		if !group && (len(subj) == 0 || len(subj) == 1 && subj[0] == rd.ps.self) && ourBookingAt(rd.own, hits[0], c.b) {
			// "I må gerne slette vores tilmelding", "cancel our registration"
			group = true
		}
		if pair, ok := rd.selfAnd(c.s); ok {
			// "både jeg og Per", "Per and I": the sender and who she names
			subj, group = pair, false
		} else if pair != nil {
			rd.review("the mail withdraws someone by a name the thread does not hold")
		}
		if group && rd.forOthers(hits[0], c) {
			// "vi melder afbud for Sara og Ali": those after "for" alone,
			// listed by cancelList
			subj, group = nil, false
		}
		if group && len(rd.ps.others) == 0 {
			rd.fromThread(c.s)
		}
		if group {
			if len(rd.ps.others) == 0 {
				rd.review("the mail withdraws several people but does not name them")
			}
			if !rd.selfListed {
				addP(rd.ps.self)
			}
			for _, p := range rd.ps.others {
				if !rd.staysOn(p) {
					addP(p)
				}
			}
		}
		for _, p := range subj {
			addP(p)
		}
	}
	if listed, found := rd.cancelList(); len(listed) > 0 {
		// those the mail lists are the ones withdrawn, the sender among
		// them only when she is listed or named before
		who = rd.mergePeople(who, listed, rd.ps.self)
	} else if found && (len(who) == 0 || len(who) == 1 && who[0] == rd.ps.self) {
		rd.review("the mail says whom the cancellation concerns, and the reader could not list them")
	}
	if len(who) == 0 {
		who = append(who, rd.ps.self)
	}
	if len(who) > 1 || who[0] != rd.ps.self {
		who = slices.DeleteFunc(who, func(p *person) bool { return p == rd.ps.self && rd.staysOn(p) })
	}
	if len(who) == 1 && who[0] == rd.ps.self && rd.selfStillComing() {
		rd.review("the mail withdraws someone, but the sender says she still comes herself")
	}
	who = rd.rolesNamed(who)
	// the sender first
	if i := indexPerson(who, rd.ps.self); i > 0 {
		who = append([]*person{rd.ps.self}, append(who[:i:i], who[i+1:]...)...)
	}
	return who
}

// politeBefore reports fold[a:b] as only words of politeness ("afmeld
// venligst Bo", "please cancel").
func politeBefore(t *text, a, b int) bool {
	k := t.tokenAt(a)
	for k < len(t.toks) && t.toks[k].a < b && politeFill[t.toks[k].s] {
		k++
	}
	return k > t.tokenAt(a) && k < len(t.toks) && t.toks[k].a == b
}

// ourBookingAt reports "vores tilmelding", "our registration" in the
// withdrawal hit or as the object right after it, within fold[:b].
func ourBookingAt(t *text, hit []int, b int) bool {
	ms := t.within(ourBooking, hit[0], b)
	return len(ms) > 0 && t.tokenAt(ms[0][0]) <= t.tokenAt(hit[1])+1
}

var (
	ourBooking  = table(daOurBooking, enOurBooking)
	selfObject  = wordSet(daSelfObject, enSelfObject)
	selfEmph    = wordSet(daSelfEmph, enSelfEmph)
	selfPronoun = wordSet(daSelfPronouns, enSelfPronouns)
	andWords    = wordSet(daAnd, enAnd)
	bothWords   = table(daBothWords, enBothWords)
)

// groupFirst reports "vi", "begge", "ingen af os" among the first words of
// fold[a:b], where a subject stands however the sentence is ordered.
func groupFirst(t *text, a, b int) bool {
	from := t.tokenAt(a)
	for k := from; k < len(t.toks) && t.toks[k].a < b && k < from+5; k++ {
		w := t.toks[k].s
		if k+2 < len(t.toks) && groupOf(t, k) {
			return true
		}
		role, ok := daSubjects[w]
		if !ok {
			role, ok = enSubjects[w]
		}
		switch {
		case !ok || role == "other":
		case role == "all" && !objectCase[w]:
			return true
		case role == "self":
			return false
		}
	}
	return false
}

// objectCase: "os", "us" are the group only after "ingen af", "none of".
var objectCase = wordSet(daGroupObject, enGroupObject)

var politeFill = wordSet(daPoliteFill, enPoliteFill)

// groupObject reports "os"/"us" as the first word of fold[a:b] but for
// "venligst", "please" and a count ("alle tre", "all three of"): the
// object of the verb before a is the group.
func groupObject(t *text, a, b int) bool {
	for k := t.tokenAt(a); k < len(t.toks) && t.toks[k].a < b; k++ {
		w := t.toks[k].s
		if !politeFill[w] && !groupCount[w] {
			return objectCase[w]
		}
	}
	return false
}

var groupCount = func() map[string]bool {
	m := wordSet(daGroupCount, enGroupCount)
	for _, c := range []map[string]int{daCounts, enCounts} {
		for w := range c {
			m[w] = true
		}
	}
	return m
}()

// selfAnd reads a sentence that joins the sender to someone by name: "både
// jeg og Per", "Per og jeg", "both Per and I". A first name is completed
// from the thread. It returns the sender and those named, ok false when a
// name there is nobody's the mail or its thread knows (then the people are
// the sender alone, non-nil, so that staff look).
func (rd *reader) selfAnd(s sentence) ([]*person, bool) {
	t := rd.own
	from, to := t.tokenAt(s.a), t.tokenAt(s.b)
	for k := from; k+2 < to; k++ {
		var at int // the token the other name starts at
		switch {
		case selfPronoun[t.toks[k].s] && (andWords[t.toks[k+1].s] || neitherJoin(t, k+1, from)) && t.toks[k+2].cap:
			if t.toks[k].s == "i" && rd.res.Language != "en" {
				continue
			}
			at = k + 2
		case (andWords[t.toks[k+1].s] || neitherJoin(t, k+1, from)) && selfPronoun[t.toks[k+2].s] && t.toks[k].cap:
			if t.toks[k+2].s == "i" && rd.res.Language != "en" {
				continue
			}
			at = k
			for at > from && nameWord(t, at-1) && t.gap(at-1, at) == " " {
				at--
			}
		default:
			continue
		}
		name, n := nameAt(t, at)
		if name == "" || at < from || at+n > to {
			continue
		}
		full := rd.ps.complete(name)
		p := rd.ps.find(full)
		if p == nil && containsStr(rd.onFileNames, full) {
			p = rd.ps.add(full) // on the sender's registration, not yet in the mail
		}
		if p == nil || p == rd.ps.self {
			if p == nil {
				return []*person{rd.ps.self}, false
			}
			continue
		}
		return []*person{rd.ps.self, p}, true
	}
	return nil, false
}

// neitherJoin: token j is the "eller"/"nor" of "hverken mig eller Sahra",
// "neither Sahra nor I", which joins the two as "og"/"and" does.
func neitherJoin(t *text, j, from int) bool {
	if !neitherOr[t.toks[j].s] {
		return false
	}
	for i := j - 1; i >= max(from, j-5); i-- {
		if neitherWords[t.toks[i].s] {
			return true
		}
	}
	return false
}

var (
	neitherWords = wordSet([]string{"hverken", "neither"})
	neitherOr    = wordSet([]string{"eller", "nor", "or"})
)

// fromThread takes the people a group withdrawal ("vi melder begge
// afbud") means from what it answers: the bot's receipt or placement, or the sender's
// own earlier mail. "begge"/"both" must find exactly one besides her.
func (rd *reader) fromThread(s sentence) {
	names := threadNames(rd.m.Quoted)
	if names == nil {
		names = rd.onFileNames
	}
	// the receipt, or the registration itself, lists whom it holds; her own
	// mail may name others besides those she signed up, so only a pair is
	// sure there
	pairOnly := names == nil
	if pairOnly && rd.ownThread() {
		names = knownNames(rd.cat.words, newText(rd.m.Quoted))
	}
	var others []string
	for _, n := range names {
		if !consistent(n, rd.ps.self.name) && !containsStr(others, n) {
			others = append(others, n)
		}
	}
	if len(others) == 0 || (pairOnly || rd.own.has(bothWords, s.a, s.b)) && len(others) != 1 {
		return
	}
	for _, n := range others {
		rd.ps.add(n)
	}
}

// receiptNames lists the people the bot's receipt in quoted names: each a
// name alone on its line with a choice line right under it.
func receiptNames(quoted string) []string {
	var out []string
	prev := ""
	for _, line := range strings.Split(quoted, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "> "))
		if receiptChoice.MatchString(line) && prev != "" {
			out = append(out, prev)
		}
		prev = ""
		if receiptPerson.MatchString(line) {
			prev = line
		}
	}
	return out
}

// quotedNameFields lists the names of "Navn:" fields in quoted, its
// quote marks taken off: a receipt that writes "Navn: Mette Juhl Andersen".
func quotedNameFields(quoted string) []string {
	if quoted == "" {
		return nil
	}
	// only the lines that may be a field ("Navn: ...") are read: a quote
	// can be a long invitation
	fields := fieldLines(quoted)
	if len(fields) == 0 {
		return nil
	}
	return nameFields(newText(strings.Join(fields, "\n")))
}

// fieldLines returns the lines of quoted that may be a field ("Navn: ..."),
// their quote marks taken off: a short label, a colon and more after it.
func fieldLines(quoted string) []string {
	var fields []string
	// from colon to colon: a line without one is passed over unread
	for i := 0; i < len(quoted); { // i starts a line
		k := strings.IndexByte(quoted[i:], ':')
		if k < 0 {
			break
		}
		colon := i + k // the first of its line
		start := i + strings.LastIndexByte(quoted[i:colon], '\n') + 1
		end := len(quoted)
		if e := strings.IndexByte(quoted[colon:], '\n'); e >= 0 {
			end = colon + e
		}
		l := strings.TrimLeft(quoted[start:end], "> \t")
		if label, _, ok := strings.Cut(l, ":"); ok && len(label) <= 12 && len(l) > len(label)+2 {
			fields = append(fields, l)
		}
		i = end + 1
	}
	return fields
}

func indexPerson(ps []*person, p *person) int {
	for i, q := range ps {
		if q == p {
			return i
		}
	}
	return -1
}

// staysOn reports whether the mail says p still comes.
func (rd *reader) staysOn(p *person) bool {
	return rd.saysOf(lex.stillComing, p) || p == rd.ps.self && rd.selfStillComing()
}

// selfStillComing reports a sentence in which the sender says she still
// comes: "Jeg kommer stadig selv", "I am still coming", "Selv kommer jeg som
// planlagt", "I'm coming anyway".
func (rd *reader) selfStillComing() bool {
	t := rd.own
	for _, h := range t.all(lex.stillComing) {
		i := t.tokenAt(h[0])
		for k := i - 1; k >= 0 && k >= i-2 && t.toks[k].line == t.toks[i].line; k-- {
			if w := t.toks[k].s; w == "jeg" || w == "i" && rd.res.Language == "en" {
				return true
			}
		}
		// "kommer jeg i hvert fald"
		if k := i + 1; k < len(t.toks) && t.toks[k].a < h[1] && t.toks[k].s == "jeg" {
			return true
		}
	}
	return false
}

// saysOf reports whether a sentence holding a phrase of m names p.
func (rd *reader) saysOf(m *matcher, p *person) bool {
	for _, c := range rd.sents {
		if !rd.own.has(m, c.a, c.b) {
			continue
		}
		for _, n := range rd.ps.mentions(rd.own, c.a, c.b, false) {
			if n.p == p {
				return true
			}
		}
	}
	return false
}

// added lists the people a mail adds to the sender's registration ("jeg
// er allerede tilmeldt, men vil også tilmelde min nabo"), nil when it adds
// nobody. What the sender says she wants is for the one she adds ("jeg
// vil tilmelde min nabo ..., workshop 1 og 2"); with two added, that is
// unclear. The bot adds no one it cannot name and place.
func (rd *reader) added() []*person {
	ps := rd.ps
	if !rd.already || len(ps.others) == 0 {
		return nil
	}
	who := slices.DeleteFunc(ps.all(false), rd.notAdded)
	if len(who) == 0 {
		return nil
	}
	selfToo := false
	// "allerede tilmeldt workshop 2": the registration she has, not a wish
	ps.self.refs = slices.DeleteFunc(ps.self.refs, rd.alreadyHeld)
	ps.self.said = len(ps.self.refs) > 0
	if !ps.self.said && len(ps.self.diet) > 0 && rd.dietOfSelfAlone() {
		// "Jeg er vegetar, og min veninde Mona kommer også": the diet is
		// hers, a change of her own beside the one added
		ps.self.said, selfToo = true, true
	} else if ps.self.said || len(ps.self.diet) > 0 {
		if len(who) > 1 {
			rd.review("workshops or food are given without saying for whom")
		}
		if r := rd.saidOfSelf(ps.self.refs); r != nil {
			// "Workshop 2 og 1 til mig. Min mand hedder Per Holm": hers,
			// not the one added
			rd.review("the mail adds %s, but the sentence with %q speaks of the sender herself", nameOr(who[0].name), rd.own.fold[r.a:r.b])
		}
		who[0].refs = append(who[0].refs, ps.self.refs...)
		slices.SortStableFunc(who[0].refs, func(x, y ref) int { return x.a - y.a })
		who[0].diet = tilmeld.SortDiets(append(who[0].diet, ps.self.diet...))
		who[0].dietText = append(who[0].dietText, ps.self.dietText...)
		who[0].said = true
	}
	for _, p := range who {
		if p.name == "" {
			rd.review("the mail adds someone without a name")
		}
		if len(p.refs) == 0 && len(rd.group.refs) == 0 && !rd.correctsRegistered(p) {
			rd.review("the mail adds %s without a workshop", nameOr(p.name))
		}
	}
	if selfToo {
		return append([]*person{ps.self}, who...)
	}
	return who
}

// notAdded reports whether p, named in a mail to a registration, is no
// one it adds: the receipt she answers holds p already, or the mail says
// p keeps what p has ("Per beholder det han har", "Per's stays the same").
func (rd *reader) notAdded(p *person) bool {
	if p.said {
		return false
	}
	for _, n := range threadNames(rd.m.Quoted) {
		if calledBy(p, n) {
			return true
		}
	}
	return rd.keepsAsIs(p)
}

// onReceipt reports whether the receipt the mail answers holds p: her 1st
// choice is on file, and a 2nd alone changes only that.
func (rd *reader) onReceipt(p *person) bool {
	if p.name == "" {
		return false
	}
	for _, n := range receiptNames(rd.m.Quoted) {
		if calledBy(p, n) {
			return true
		}
	}
	return false
}

// keepsAsIs reports whether a sentence says p keeps what p has.
func (rd *reader) keepsAsIs(p *person) bool { return rd.saysOf(lex.keepsAsIs, p) }

// alreadyHeld reports whether r names the workshop the sender says she
// is registered for: right after "allerede tilmeldt", nothing between
// that turns to something else; or inside the phrase ("I've signed up
// for workshop 3 and 4 already").
func (rd *reader) alreadyHeld(r ref) bool {
	t := rd.own
	for _, h := range t.within(alreadyIn, 0, r.a) {
		if g := t.fold[h[1]:r.a]; tokensBetween(t, h[1], r.a) <= 3 && !strings.ContainsAny(g, ",.;") && !t.has(gateLex.but, h[1], r.a) {
			return true
		}
	}
	return slices.ContainsFunc(t.all(alreadyIn), func(h []int) bool { return h[0] < r.a && r.b <= h[1] })
}

// ratherThan reads "Hüseyin vil hellere på 4 end på 2 som første
// prioritet" in a change: the workshop before "end" takes the place, and
// the priority, of the one after it, which is given up. Without a
// priority said for either, the gate's rather-than check leaves it to staff.
func (rd *reader) ratherThan() {
	t := rd.own
	for _, p := range append([]*person{rd.ps.self}, rd.ps.others...) {
		for _, h := range t.all(rather) {
			than := -1
			for i := t.tokenAt(h[1]); i < len(t.toks) && !strings.ContainsAny(t.fold[h[1]:t.toks[i].a], ".!?\n"); i++ {
				if gateThan[t.toks[i].s] {
					than = t.toks[i].b
					break
				}
			}
			if than < 0 {
				continue
			}
			x := slices.IndexFunc(p.refs, func(r ref) bool { return r.a > h[1] && r.b < than })
			y := slices.IndexFunc(p.refs, func(r ref) bool { return r.a > than && !strings.ContainsAny(t.fold[than:r.a], ".!?\n") })
			if x < 0 || y < 0 || p.refs[x].ws == p.refs[y].ws {
				continue
			}
			rank := max(p.refs[x].rank, p.refs[y].rank)
			if rank == 0 && p == rd.ps.self && rd.keptRank != 0 {
				rank = 3 - rd.keptRank // "...; nr. 2 er uændret job": the 1st changes
			}
			if rank == 0 && p == rd.ps.self && rd.answersPlacement() && p.refs[y].ws == placedSeat(rd.m.Quoted, p.name) {
				rank = 1 // "hellere Tryghed end Sundhed" under the seat on Sundhed: the seat is given up
			}
			if rank == 0 {
				continue
			}
			keep := p.refs[x]
			keep.rank = rank
			p.refs = []ref{keep}
		}
	}
}

// changed lists the people an update changes.
func (rd *reader) changed() []*person {
	var who []*person
	for _, p := range append([]*person{rd.ps.self}, rd.ps.others...) {
		if p.said || rd.group.said && p != rd.ps.self {
			who = append(who, p)
		}
	}
	if rd.group.said && len(rd.ps.others) == 0 {
		rd.review("the change is for several people but does not name them")
		who = []*person{rd.ps.self}
	}
	if len(who) == 0 && rd.meantNumber() {
		// "Jeg skrev 2, men mente 3": the receipt says where 3 goes
		who = []*person{rd.ps.self}
		ws := rd.ps.self.refs[0].ws
		if first, second := receiptChoices(rd.m.Quoted, rd.ps.self.name); ws == first || ws == second {
			rd.review("the sender meant workshop %d, which the receipt already holds", ws)
		} else if rd.insteadOne(); len(rd.ps.self.refs) == 1 && rd.ps.self.refs[0].rank == 0 {
			rd.review("the sender meant workshop %d, and the receipt does not say in place of which", ws)
		}
		return who
	}
	if len(who) == 1 && who[0] == rd.ps.self && (rd.own.matches(insteadOf) || rd.corrects() || rd.exchangeOf().out != 0 || len(rd.toldOldFrom()) > 0) {
		rd.insteadOne()
	}
	rd.alsoSecond(who)
	swap := swapSaid(rd.own)
	if len(who) == 1 && who[0] == rd.ps.self && swap {
		rd.swapOne()
	}
	if len(who) == 0 && swap {
		// "bytte om på mine prioriteter": the receipt she answers says what they were
		if first, second := receiptChoices(rd.m.Quoted, rd.ps.self.name); first != 0 && second != 0 && first != second {
			rd.ps.self.refs = []ref{{ws: second, kind: byNumber, rank: 1}, {ws: first, kind: byNumber, rank: 2}}
			return []*person{rd.ps.self}
		}
		rd.review("the sender swaps her priorities, and the mail does not say what they were")
		return []*person{rd.ps.self}
	}
	if len(who) == 0 {
		rd.review("the change is not clear")
	}
	return who
}

// swapSaid reports a swap of the sender's priorities: "bytte om på mine
// prioriteter", "Kan jeg bytte om på de to?", where "de to" ends the
// sentence or its clause, not two of something else ("de to dage").
func swapSaid(t *text) bool {
	for _, h := range t.all(swapWords) {
		k := t.tokenAt(h[1])
		if !strings.HasSuffix(t.fold[h[0]:h[1]], " to") || k >= len(t.toks) || strings.ContainsAny(t.gap(k-1, k), ".,;:!?\n") {
			return true
		}
	}
	return false
}

// insteadOne places the one workshop a change names where the one it
// gives up stood ("kan jeg skifte til nr 2 i stedet for nr 3?" when the
// receipt she answers has 3 as her 2nd): the other choice stays as it
// is. A rank she writes herself that disagrees, or a workshop given up that
// the receipt does not hold, is for staff.
func (rd *reader) insteadOne() {
	self := rd.ps.self
	ws, rank := 0, 0
	for _, r := range self.refs {
		if ws != 0 && r.ws != ws || r.missing {
			return // two workshops: the mail gives their order itself
		}
		ws, rank = r.ws, max(rank, r.rank)
	}
	old := 0
	var from []int
	for _, h := range rd.own.all(insteadOf) {
		from = append(from, h[1])
	}
	if x := rd.exchangeOf(); x.out != 0 {
		from = append(from, x.at)
	}
	told := rd.toldOldFrom()
	toldGave := false // a told phrase names the one given up
	for k, a := range append(append(from, told...), rd.correctedFrom()...) {
		if w := rd.givenUp(a); w != 0 && w != ws {
			if old != 0 && old != w {
				return
			}
			old = w
			toldGave = toldGave || k >= len(from) && k < len(from)+len(told)
		}
	}
	if ws == 0 {
		return
	}
	first, second := receiptChoices(rd.m.Quoted, self.name)
	if first == 0 && second == 0 {
		first, second = rd.onFileChoices(self.name)
	}
	if first == 0 && second == 0 {
		first, second = rd.statedChoices()
	}
	if old == 0 {
		if rank == 0 && first != 0 && second != 0 && first != ws && second != ws && rd.own.matches(meant) {
			// "Undskyld, jeg mente workshop 3" under a receipt of 2 and 4;
			// "det skal være sundhed" says what the registration is
			rd.review("the sender corrects herself to workshop %d and does not say which of %d and %d it replaces", ws, first, second)
		}
		return
	}
	at := 0
	switch old {
	case first:
		at = 1
	case second:
		at = 2
	}
	if first == 0 && second == 0 && rank == 0 && rd.keptRank != 0 {
		// "Sundhed er stadig mit andet valg": the one given up was the other
		self.refs = []ref{{ws: ws, kind: byNumber, rank: 3 - rd.keptRank}}
		return
	}
	switch {
	case first == 0 && second == 0 && rank != 0: // she says which priority
	case first == 0 && second == 0 && rd.answersPlacement() && old == placedSeat(rd.m.Quoted, self.name):
		// "Jeg vil hellere på 1 i stedet for 4" under the placement of 4:
		// she gives up the seat she holds, as "i stedet" alone says
	case first == 0 && second == 0:
		if slot := rd.threadSlot(old); slot != 0 {
			// "Så tager jeg 1 i stedet for 2" under "2, som var dit
			// førstevalg" or the subject "Tilmelding workshop 2 og 3"
			self.refs = []ref{{ws: ws, kind: byNumber, rank: slot}}
		} else if toldGave && rd.toldSignedUp() {
			// "Jeg meldte mig på 4 i sidste uge. Ret det til 2": the one
			// she told of was her choice, and 2 takes its place
			self.refs = []ref{{ws: ws, kind: byNumber, rank: 1}}
		} else {
			// "til 3 i stedet for 2" leaves 2's place to the registration
			rd.review("the mail puts workshop %d in place of workshop %d; the registration says which priority that was", ws, old)
		}
	case at == 0:
		rd.review("the mail gives up workshop %d, which the receipt it answers does not hold", old)
	case rank != 0 && rank != at:
		rd.review("the mail puts workshop %d as priority %d in place of workshop %d, the receipt's priority %d", ws, rank, old, at)
	default:
		self.refs = []ref{{ws: ws, kind: byNumber, rank: at}}
	}
}

// givenUp reads the workshop named right at offset a, after "i stedet
// for": by number ("nr 3", "workshop 3") or by name; 0 when none.
func (rd *reader) givenUp(a int) int {
	t := rd.own
	k := t.tokenAt(a)
	for k < len(t.toks) && t.toks[k].is(classSkipBeforeRef) {
		k++
	}
	if k >= len(t.toks) || strings.ContainsAny(t.fold[a:t.toks[k].a], "?!\n") || strings.Count(t.fold[a:t.toks[k].a], ".") != abbrevStops(t, t.tokenAt(a), k) {
		return 0
	}
	if n := t.toks[k].num; n > 0 {
		if rd.ev.Workshop(n) != nil {
			return n
		}
		return 0
	}
	if n, ws := rd.cat.matchAt(t, k, len(t.toks)); n > 0 {
		return ws
	}
	return 0
}

// swapOne completes a swap that names one workshop ("bytte om, så jeg får
// Uddannelse først"): the other takes the place it leaves, as the quoted
// receipt shows; without the receipt staff must look. A swap that writes
// both ("så Uddannelse bliver min 1. prioritet og Naboskab min 2.") states
// the new order itself; if that is the order the receipt already has, the
// sender and the receipt disagree about what she had, and staff look.
func (rd *reader) swapOne() {
	self := rd.ps.self
	ch := choose(self.refs)
	first, second := receiptChoices(rd.m.Quoted, self.name)
	if ch.first != 0 && ch.second != 0 {
		if ch.first == first && ch.second == second {
			rd.review("the sender asks to swap her priorities, but the order she writes is the one she has")
		}
		return
	}
	switch {
	case first == 0 || second == 0:
		rd.review("the sender swaps her priorities, and the mail does not say what they were")
	case ch.first == second && ch.second == 0:
		self.refs = append(self.refs, ref{ws: first, kind: byNumber, rank: 2})
	case ch.second == first && ch.first == 0:
		self.refs = append(self.refs, ref{ws: second, kind: byNumber, rank: 1})
	default:
		rd.review("the swap the sender asks for does not fit the receipt she answers")
	}
}

// onFileChoices returns the choices the sender's registration holds for
// the person called name (or for its only attendee); 0 for none.
func (rd *reader) onFileChoices(name string) (first, second int) {
	var found *tilmeld.Attendee
	for i, a := range rd.onFile {
		if len(rd.onFile) == 1 || name != "" && consistent(name, a.Name) {
			if found != nil {
				return 0, 0
			}
			found = &rd.onFile[i]
		}
	}
	if found == nil {
		return 0, 0
	}
	return found.First(), found.Second()
}

// receiptChoices reads the 1st and 2nd choice the bot's receipt, quoted
// in quoted, gave the person called name; 0 for what it does not hold.
func receiptChoices(quoted, name string) (first, second int) {
	if name == "" {
		return 0, 0
	}
	mine := false
	for _, line := range strings.Split(quoted, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "> "))
		m := receiptChoice.FindStringSubmatch(line)
		if m == nil {
			m = receiptChoiceLead.FindStringSubmatch(line)
		}
		if m != nil {
			if !mine {
				continue
			}
			n := int(m[2][0] - '0')
			if len(m[2]) > 1 {
				n = 0 // no workshop has a number of two digits
			}
			if m[1] == "1" {
				first = n
			} else {
				second = n
			}
			continue
		}
		person := line
		if f := receiptNamed.FindStringSubmatch(line); f != nil {
			person = strings.TrimSpace(f[1])
		}
		if receiptPerson.MatchString(person) {
			if mine && (first != 0 || second != 0) {
				break // the next person's block
			}
			mine = consistent(name, person)
		}
	}
	return first, second
}

// setAttendees turns the people into attendees with their choices.
func (rd *reader) setAttendees(who []*person, intent tilmeld.Intent) {
	res := rd.res
	needWorkshop, needName := false, false
	display := rd.fromDisplay()
	for _, p := range who {
		// "(Soren Moller)" from "Søren Møller": her name, with its letters
		a := tilmeld.Attendee{Name: plainCase(withLetters(p.name, display, nil))}
		if intent != tilmeld.IntentCancel {
			refs := p.refs
			if len(refs) == 0 {
				refs = rd.group.refs
			} else if onlySecond(rd.group.refs) && oneWorkshop(refs) {
				// "Som andet valg vil vi begge gerne have uddannelse": a 2nd
				// said for all beside each one's own 1st
				refs = append(slices.Clone(refs), rd.group.refs...)
			} else if len(rd.group.refs) > 0 && !onlySecond(rd.group.refs) && !sameRefs(refs, rd.group.refs) && intent == tilmeld.IntentRegister &&
				refs[len(refs)-1].b <= rd.group.refs[0].a && slices.ContainsFunc(rd.ps.lines, func(l span) bool { return l.p == p }) {
				// a list line "Bo Dalby (2 og 3)" and after it "Vi vil alle
				// på 3 og 2"; an exception after the group's choices is his own
				rd.review("%s has workshops of their own, and others said for everyone", nameOr(p.name))
			}
			ch := choose(refs)
			// someone added to a registration has no 1st to keep
			if ch.secondOnly && (intent != tilmeld.IntentUpdate || rd.already && p != rd.ps.self && !rd.onReceipt(p)) {
				ch.problems = append(ch.problems, "a 2nd priority is given without a 1st")
			}
			for _, pr := range ch.problems {
				rd.review("%s", pr)
			}
			switch {
			case ch.secondOnly && len(ch.problems) == 0 && ch.second != 0:
				a.Choices = []int{0, ch.second} // the 1st stays as it was
			case ch.first != 0:
				a.Choices = []int{ch.first}
				if ch.second != 0 && ch.second != ch.first {
					a.Choices = append(a.Choices, ch.second)
				}
			case ch.second != 0 && len(ch.problems) == 0:
				a.Choices = []int{ch.second}
			}
			a.Diet = tilmeld.SortDiets(append(append([]tilmeld.Diet(nil), p.diet...), rd.group.diet...))
			a.DietText = strings.Join(append(append([]string(nil), p.dietText...), rd.group.dietText...), " ")
		}
		needWorkshop = needWorkshop || a.First() == 0
		needName = needName || a.Name == ""
		res.Attendees = append(res.Attendees, a)
	}
	if intent != tilmeld.IntentRegister {
		return
	}
	if needName {
		res.Missing = append(res.Missing, tilmeld.MissingName)
	}
	if needWorkshop {
		res.Missing = append(res.Missing, tilmeld.MissingWorkshop)
	}
}

// span is a stretch of text that belongs to one person.
type span struct {
	a, b int
	p    *person
}

// otherListed reads a clause in a listed person's line that opens with
// the first names of listed people ("Fatima er vegetar", "Lise og Amina er
// vegetarer") and names no workshop: it is about them, not the line's
// owner alone. Nil when the clause opens otherwise, or names a first name
// of nobody listed, or only the owners.
func (rd *reader) otherListed(c clause, owners []*person) []*person {
	if len(c.refs) > 0 {
		return nil
	}
	t := rd.own
	var out []*person
	other := false
	if k := t.tokenAt(c.a); k < len(t.toks) && len(owners) == 2 && containsPerson(owners, rd.ps.self) {
		// "Sofie Holm og jeg: workshop 3 og 1. Hun er vegetar.": the one
		// of the line who is not the sender; "Jeg er vegetar": the sender
		for _, p := range owners {
			if herHimSubject[t.toks[k].s] && !p.self || selfPronoun[t.toks[k].s] && p.self {
				return []*person{p}
			}
		}
	}
	for k := t.tokenAt(c.a); k < len(t.toks) && t.toks[k].a < c.b; k++ {
		tk := t.toks[k]
		if connectors[tk.s] && len(out) > 0 {
			continue
		}
		if !tk.cap {
			break
		}
		p := rd.ps.listedCalled(tk.s)
		if p == nil {
			return nil
		}
		if !containsPerson(out, p) {
			out = append(out, p)
		}
		other = other || !containsPerson(owners, p)
	}
	// "Sofie Holm og jeg: 3 og 1. Sofie er vegetar.": one of the line's
	// people named alone is hers too
	if !other && (len(out) == 0 || len(out) >= len(owners)) {
		return nil
	}
	return out
}

// herHimSubject open a statement about another person ("Hun er vegetar").
var herHimSubject = wordSet([]string{"hun", "han", "she", "he"})

// listedCalled returns the listed person whose first name is the folded
// word w, nil when none or more than one.
func (ps *people) listedCalled(w string) *person {
	var found *person
	for _, s := range ps.lines {
		if foldString(firstWord(s.p.name)) == w && s.p != found {
			if found != nil {
				return nil
			}
			found = s.p
		}
	}
	return found
}

// lineOwners returns the people whose line holds offset a, nil when none.
func (ps *people) lineOwners(a int) []*person {
	var out []*person
	for _, s := range ps.lines {
		if a >= s.a && a < s.b && !containsPerson(out, s.p) {
			out = append(out, s.p)
		}
	}
	return out
}

// count is how many people the mail says come ("vi er to").
func (ps *people) count() int { return ps.headcount }

var (
	tableName   = phrases(daTableName, enTableName)
	tableFirst  = phrases(daTableFirst, enTableFirst)
	tableSecond = phrases(daTableSecond, enTableSecond)
	tableDiet   = phrases(daTableDiet, enTableDiet)
)

// tableRows reads a table of attendees (name, 1st, 2nd, diet in columns,
// as an HTML table arrives): a header row that names the priorities, then
// one row per person.
func (rd *reader) tableRows() []*person {
	t := rd.own
	ls := lines(t)
	k, col, sep := tableHead(t, ls)
	if k < 0 {
		return nil
	}
	// the header's "1. prioritet" is no one's workshop 1
	rd.ps.lines = append(rd.ps.lines, span{ls[k][0], ls[k][1], &person{}})
	return rd.rows(ls[k+1:], col, sep)
}

// tableHead finds the header row of a table of attendees among the lines
// ls: a row with a name column and a workshop column. It returns the
// row's index, the columns and the cell separator; -1 when there is none.
func tableHead(t *text, ls [][2]int) (int, map[string]int, string) {
	if strings.IndexByte(t.fold, '\t') < 0 && strings.IndexByte(t.fold, '|') < 0 && strings.IndexByte(t.fold, ';') < 0 {
		return -1, nil, ""
	}
	for k, ln := range ls {
		sep := cellSep(t.fold[ln[0]:ln[1]])
		head := strings.Split(t.fold[ln[0]:ln[1]], sep)
		if len(head) < 2 {
			continue // "Navn | Workshop" will do: both columns are named
		}
		col := map[string]int{"name": -1, "first": -1, "second": -1, "diet": -1}
		for j, h := range head {
			switch {
			case workshopsColumn[strings.TrimSpace(h)]:
				// "Workshop" over "1 + 2": both choices in one column, in order
				col["first"], col["both"] = j, j
			case firstColumn(h):
				col["first"] = j
			case lex.second.MatchString(h) || tableSecond.MatchString(h):
				col["second"] = j
			case tableName.MatchString(h):
				col["name"] = j
			case tableDiet.MatchString(h):
				col["diet"] = j
			}
		}
		if col["name"] < 0 || col["first"] < 0 {
			continue
		}
		return k, col, sep
	}
	return -1, nil, ""
}

// attendeeTable reports a table of attendees with a row under its header
// ("Navn | Workshop | Kost" over "Ida Holm | Sundhed, job | vegetar"): a
// registration, though no sentence in it signs up.
func (rd *reader) attendeeTable() bool {
	t := rd.own
	ls := lines(t)
	k, _, sep := tableHead(t, ls)
	return k >= 0 && k+1 < len(ls) && strings.Count(t.fold[ls[k+1][0]:ls[k+1][1]], sep) >= 1
}

// cellSep is what splits a table row into cells: a tab, as an HTML table
// arrives, else the "|" or ";" a sender types, when the row holds two.
func cellSep(row string) string {
	switch {
	case strings.Contains(row, "\t"):
		return "\t"
	case strings.Count(row, "|") >= 2:
		return "|"
	case strings.Count(row, ";") >= 2:
		return ";"
	}
	return "\t"
}

func (rd *reader) rows(ls [][2]int, col map[string]int, sep string) []*person {
	t := rd.own
	var out []*person
	for _, ln := range ls {
		cells := strings.Split(t.fold[ln[0]:ln[1]], sep)
		if len(cells) <= col["first"] {
			if p := rd.emptyCellsRow(ln, col); p != nil {
				out = append(out, p) // "Jens Olsen" over no workshop: the cells left empty
				continue
			}
			break
		}
		offs := make([]int, len(cells)+1)
		offs[0] = ln[0]
		for j, c := range cells {
			offs[j+1] = offs[j] + len(c) + 1
		}
		cell := func(name string) (int, int) {
			j := col[name]
			if j < 0 || j >= len(cells) {
				return 0, 0
			}
			return offs[j], offs[j] + len(cells[j])
		}
		na, nb := cell("name")
		i := t.tokenAt(na)
		if i >= len(t.toks) || t.toks[i].a >= nb {
			continue // an empty cell, or a rule row "|---|---|"
		}
		name, _ := nameAt(t, i)
		if name == "" {
			continue
		}
		var p *person
		if rd.ps.self.name != "" && consistent(rd.ps.self.name, name) {
			p = rd.ps.self
			p.name = fuller(p.name, name)
		} else {
			p = rd.ps.add(name)
		}
		if _, both := col["both"]; both {
			a, b := cell("both")
			p.refs = append(p.refs, rd.cellRefs(a, b)...)
		} else {
			for rank, key := range []string{"first", "second"} {
				a, b := cell(key)
				if r, ok := rd.cellRef(a, b); ok {
					r.rank = rank + 1
					p.refs = append(p.refs, r)
				}
			}
		}
		if a, b := cell("diet"); b > a {
			if d := readDiet(t, a, b); len(d) > 0 {
				p.addDiet(d, t.span(a, b))
			}
		}
		p.said = true
		rd.ps.lines = append(rd.ps.lines, span{ln[0], ln[1], p})
		out = append(out, p)
	}
	return out
}

// cellRef reads one table cell as a workshop, by number or name.
func (rd *reader) cellRef(a, b int) (ref, bool) {
	t := rd.own
	from, to := t.tokenAt(a), t.tokenAt(b)
	if from >= to {
		return ref{}, false
	}
	if tk := t.toks[from]; tk.num > 0 {
		return ref{ws: tk.num, kind: byNumber, i: from, j: from + 1, a: tk.a, b: tk.b, missing: !rd.cat.numbers[tk.num]}, true
	}
	if rs := rd.cat.nameRefs(t, from, to); len(rs) > 0 {
		return rs[0], true
	}
	return ref{}, false
}

// behalfOfSelf: the one a sign-up is "for" is the sender herself
// ("Tilmelding for Ida Holm og Bo Holm" from Ida Holm), who then comes.
func behalfOfSelf(t *text, self string) bool {
	if self == "" || countNameWords(self) < 2 {
		return false
	}
	for _, hit := range t.within(lex.onBehalf, 0, len(t.fold)) {
		if name := nameAfter(t, hit[1]); name != "" && consistent(self, name) && countNameWords(name) >= 2 {
			return true
		}
	}
	return false
}

// onlySecond reports refs that are all ranked 2nd.
func onlySecond(refs []ref) bool {
	return len(refs) > 0 && !slices.ContainsFunc(refs, func(r ref) bool { return r.rank != 2 })
}

// oneWorkshop reports refs that name one workshop, none of it ranked 2nd.
func oneWorkshop(refs []ref) bool {
	return !slices.ContainsFunc(refs, func(r ref) bool { return r.ws != refs[0].ws || r.rank == 2 })
}
