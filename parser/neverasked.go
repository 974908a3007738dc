package parser

// A person who never signed up asks to be taken off ("Jeg har aldrig bedt
// om jeres mails. Slet mig.", "I never signed up for anything. Remove
// me."): staff remove her address. It is no cancellation, for nothing of
// hers is registered, and no newsletter, though she types "UNSUBSCRIBE"
// on a line of its own.

var (
	neverAsked    = table(daNeverAsked, enNeverAsked)
	removeMe      = table(daRemoveMe, enRemoveMe)
	mailComplaint = table(daMailComplaint, enMailComplaint)
)

// optsOutUnasked reports the sender saying she never asked for the mail
// and asking to be taken off.
func (rd *reader) optsOutUnasked() bool {
	return rd.own.matches(neverAsked) && rd.own.matches(removeMe)
}

// asksBesidesComplaint reports a question of the sender's that is more
// than a complaint of the mail she gets ("Hvorfor får jeg jeres mails?").
func asksBesidesComplaint(t *text) bool {
	for _, q := range questions(t) {
		if !mailComplaint.MatchString(foldString(q)) {
			return true
		}
	}
	return false
}
