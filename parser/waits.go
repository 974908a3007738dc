package parser

import "tilmeld"

// waitsOnAnswer: a registration promised once a question is answered ("Er
// der børnepasning? Så tilmelder jeg mig", "then I'll sign up").
var waitsOnAnswer = table(daWaitsOnAnswer, enWaitsOnAnswer)

// waitsForAnswer reports a mail that asks staff something and signs up
// only once it is answered: a question, not yet a registration.
func (rd *reader) waitsForAnswer() bool {
	return rd.res.Question && !rd.forward && rd.own.matches(waitsOnAnswer)
}

// readWaiting reads such a mail for staff.
func (rd *reader) readWaiting() {
	rd.res.Intent = tilmeld.IntentQuestion
	rd.review("the sender will register once her question is answered")
}
