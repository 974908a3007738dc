package parser

import (
	"slices"

	"tilmeld"
)

// A sign-up put off until something is known ("Vi tilmelder os, når vi
// ved det", "Er der børnepasning? Så tilmelder jeg mig"): no registration
// yet. Its words sign no one up (lex.registerNot holds daSignUpLater), and
// beside a question the mail asks staff and waits on the answer.

// signUpWaits: the put-off sign-up, or "så tilmelder jeg mig" after a
// question.
var signUpWaits = table(slices.Concat(daSignUpLater, daSignUpThen), slices.Concat(enSignUpLater, enSignUpThen))

// waitsForAnswer reports a mail that asks staff something and signs up
// only once it is answered: a question, not yet a registration.
func (rd *reader) waitsForAnswer() bool {
	return rd.res.Question && !rd.forward && rd.own.matches(signUpWaits)
}

// readWaiting reads such a mail for staff.
func (rd *reader) readWaiting() {
	rd.res.Intent = tilmeld.IntentQuestion
	rd.review("the sender will register once her question is answered")
}
