package parser

// borrowedAccount finds the words of a sender who writes from someone
// else's account ("jeg skriver fra min mands mail", "det er hans kone
// fatima", "this is his wife writing").
var borrowedAccount = table(daBorrowedAccount, enBorrowedAccount)

// borrowsAccount reports a mail of the sender's own that says the account
// it comes from is someone else's: the From line's name is the owner's,
// not the writer's, and names no attendee of hers.
func (rd *reader) borrowsAccount() bool {
	return !rd.forward && rd.own.matches(borrowedAccount)
}

// checkBorrowedAccount: a mail written from someone else's account that
// still signs up the account's owner as the sender (his name from the From
// line in her place) would register the wrong person: staff read it.
func checkBorrowedAccount(v *gateView) verdict {
	if v.author != "" || len(v.r.Attendees) == 0 {
		return verdict{}
	}
	hit := v.first(borrowedAccount)
	owner := v.rd.fromDisplay()
	if hit == nil || owner == "" || v.r.Attendees[0].Name == "" || !consistent(v.r.Attendees[0].Name, owner) {
		return verdict{}
	}
	return review("the sender writes %q, and the account's owner %s is read as her", v.quote(hit[0], hit[1]), owner)
}
