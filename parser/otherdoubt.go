package parser

import "tilmeld"

// otherDoubt: doubt whether someone comes ("hun kommer måske ikke", "det
// er usikkert, om Peter kan nå det"); otherDoubted tells whom it is about.
var otherDoubt = table(daOtherDoubt, enOtherDoubt)

// doubtsOther reports a mail about a registration that doubts whether
// someone other than the sender comes ("Sanne har feber, så hun kommer
// måske ikke") while the sender comes as she is ("Jeg kommer i hvert
// fald"), or in answer to the registration: a possible cancellation of
// the other, for staff, not a new registration of the sender.
func (rd *reader) doubtsOther() bool {
	t := rd.own
	if rd.forward || rd.anyRefs() || !t.matches(otherDoubt) {
		return false
	}
	if !rd.selfStillComing() && !(isReply(rd.m) && (rd.answersReceipt() || rd.ownThread() || alreadyRegistered(t))) {
		return false
	}
	for _, s := range t.sents() {
		for _, h := range t.within(otherDoubt, s.a, s.b) {
			if otherDoubted(t, h, s) {
				return true
			}
		}
	}
	return false
}

// otherDoubted reports whether the doubt hit h in sentence s is about
// someone other than the sender: the nearest person before the end of
// the phrase ("om Peter Lind kan", "så hun kommer måske ikke") is a name,
// "han"/"hun" or "min mand", not "jeg" or "vi". The "vi" before "må se",
// "ser, hvordan han" is the one who waits, not the one doubted.
func otherDoubted(t *text, h []int, s sentence) bool {
	i, end := t.tokenAt(h[0]), t.tokenAt(h[1])
	if waitWords[t.toks[i].s] {
		for k := i + 1; k < end; k++ {
			if otherPronouns[t.toks[k].s] {
				return true // "vi ser, hvordan han har det"
			}
		}
		end = i
		if k := i - 1; k >= 0 && t.toks[k].a >= s.a && doubtSelf[t.toks[k].s] {
			end = k
		}
	}
	for k := end - 1; k >= 0 && t.toks[k].a >= s.a; k-- {
		w := t.toks[k].s
		switch {
		case doubtSelf[w]:
			return false
		case otherPronouns[w], nameWord(t, k), relations[w] && k > 0 && owners[t.toks[k-1].s]:
			return true
		}
	}
	return false
}

var (
	doubtSelf = wordSet([]string{"jeg", "vi", "mig", "os", "i", "we", "me", "us"})
	// otherPronouns are someone other than the writer as a subject
	otherPronouns = wordSet([]string{"han", "hun", "de", "he", "she", "they"})
	// waitWords begin the phrases of waiting to see ("må se", "see how")
	waitWords = wordSet([]string{"maa", "faar", "ser", "see"})
)

// readOtherDoubt reads a doubt about another's coming for staff.
func (rd *reader) readOtherDoubt() {
	rd.res.Intent, rd.doubtOther = tilmeld.IntentCancel, true
	rd.review("the sender is not sure someone else can come, and comes herself: a possible cancellation")
	rd.readPeople(tilmeld.IntentCancel)
}

// doubted returns the one a doubt that starts in clause c is about, nil if
// none starts there: the clause's subject when it is someone else, else
// the last person named before the end of the doubt ("om Peter Lind kan",
// "Farid er syg; vi ser, hvordan han har det").
func (rd *reader) doubted(c clause, subj []*person) *person {
	for _, h := range rd.own.within(otherDoubt, c.s.a, c.s.b) {
		if h[0] < c.a || h[0] >= c.b || !otherDoubted(rd.own, h, c.s) {
			continue
		}
		if len(subj) == 1 && subj[0] != rd.ps.self {
			return subj[0]
		}
		var p *person
		for _, m := range rd.ps.mentions(rd.own, 0, h[1], false) {
			if m.p != rd.ps.self {
				p = m.p
			}
		}
		return p
	}
	return nil
}
