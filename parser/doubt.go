package parser

import "tilmeld"

// doubtComing: the sender doubts she can come at all ("Jeg er ikke sikker
// på, at jeg kan komme den 29.", "I'm not sure I can make it").
var doubtComing = table(daDoubtComing, enDoubtComing)

// doubtAfterAll: the doubt is about coming "after all", to what the sender
// signed up for before.
var doubtAfterAll = table(daDoubtAfterAll, enDoubtAfterAll)

// doubtsComing reports a registered sender, answering the bot or her own
// mail, who names no workshop and doubts she can come: a possible
// cancellation, which staff should see rather than the mail be left as
// one that does not read as a registration.
func (rd *reader) doubtsComing() bool {
	if rd.forward || rd.anyRefs() || rd.signsUp() || !rd.own.matches(doubtComing) {
		return false
	}
	// "om jeg kan komme alligevel": "alligevel" presupposes the
	// registration, in a thread or not
	if rd.own.matches(doubtAfterAll) {
		return true
	}
	if !isReply(rd.m) {
		return false
	}
	return rd.answersReceipt() || rd.ownThread() || alreadyRegistered(rd.own) || rd.answersPlacement()
}

// readDoubt reads a doubtful cancellation for staff.
func (rd *reader) readDoubt() {
	rd.res.Intent = tilmeld.IntentCancel
	rd.review("the sender is not sure she can come: a possible cancellation")
	rd.readPeople(tilmeld.IntentCancel)
}
