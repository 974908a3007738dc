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

// signUpPutOff: "før jeg tilmelder mig, ...", "before I sign up, ...";
// signUpFirst those and "men først vil jeg høre, om ...".
var (
	signUpPutOff = table(daSignUpBefore, enSignUpBefore)
	signUpFirst  = table(daSignUpBefore, daAskFirst, enSignUpBefore, enAskFirst)
)

// waitsForAnswer reports a mail that asks staff something and signs up
// only once it is answered: a question, not yet a registration. One that
// puts the sign-up off until she knows ("før jeg tilmelder mig, skal jeg
// vide, om ...") and names no workshop asks, with or without a "?".
func (rd *reader) waitsForAnswer() bool {
	if rd.forward {
		return false
	}
	return rd.res.Question && rd.own.matches(signUpWaits) || rd.own.matches(signUpFirst) && !rd.anyRefs()
}

// readWaiting reads such a mail for staff.
func (rd *reader) readWaiting() {
	rd.res.Intent = tilmeld.IntentQuestion
	rd.res.Question = true
	rd.review("the sender will register once her question is answered")
}

// checkSignUpFirst: a registration whose words put the sign-up off until
// a question is answered ("Jeg vil gerne på 3, men før jeg tilmelder mig
// endeligt, vil jeg høre, om der er parkering"): it does not stand yet.
func checkSignUpFirst(v *gateView) verdict {
	if !v.registers() {
		return verdict{}
	}
	if hit := v.first(signUpPutOff); hit != nil {
		vd := review("the sender puts off her sign-up until she knows more: %q", v.quote(hit[0], hit[1]))
		vd.asks = true
		return vd
	}
	return verdict{}
}
