package parser

// Mail meant for the estate office, the caretaker or a colleague reaches
// the event's mailbox: a fault in the home ("Tørretumbler nr. 2 er i
// stykker", "Der er ingen varme, det er nummer 3"), with no word of the
// meeting, of taking part or of choosing. It is unrelated mail, and a
// number in it ("nr. 2", "nummer 3") is no workshop.

var (
	eventTalk   = table(daEventTalk, enEventTalk)
	faultReport = table(daFaultReport, enFaultReport)
)

// misdirected reports a fault report that never speaks of the meeting,
// in the sender's own words or the subject, and neither signs up nor
// cancels. A word or two ("broken") is no report: staff see what it is.
func (rd *reader) misdirected() bool {
	t := rd.own
	if rd.forward || rd.m.FromAddr == "" || len(t.toks) < 6 || !t.matches(faultReport) || t.matches(eventTalk) || t.matches(lex.cancel) || rd.signsUp() {
		return false
	}
	return rd.m.Subject == "" || !newText(rd.m.Subject).matches(eventTalk)
}

// dropMisdirectedNumbers forgets the workshops of a misdirected mail when
// each is only a number after "nr."/"nummer"/"no.": a flat's or a
// machine's number. A workshop's name, or "workshop 2", is kept.
func (rd *reader) dropMisdirectedNumbers() {
	t := rd.own
	all := rd.refsOf(t)
	some := false
	for _, refs := range all {
		for _, r := range refs {
			if r.kind != byNumber || r.i < 1 || !houseNo[t.toks[r.i-1].s] {
				return
			}
			some = true
		}
	}
	if !some || !rd.misdirected() {
		return
	}
	for k := range all {
		all[k] = nil
	}
}
