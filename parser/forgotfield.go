package parser

// forgotField reports a mail that gives what the sender's earlier mail
// left out: "jeg glemte at skrive workshop: 2 og 4", "Glemte det
// vigtigste: sundhed og job", "Forgot to say: workshop 3", "Jeg skulle
// også have skrevet at jeg er vegetar". Forgetting to say something means
// a registration was made; what follows changes it. Forgetting to sign up
// ("glemte at tilmelde mig", "glemte at skrive mig på") or to answer
// ("glemte helt at svare") is no such thing, nor is nearly missing the
// deadline: those verbs are not in the table. Under the quoted invitation
// she answers it as anyone registering does, so that is read as a
// registration, as it always was.
func (rd *reader) forgotField() bool {
	t := rd.own
	if rd.forward || !t.matches(forgotTold) || quotesInvitation(rd.m.Quoted, rd.ev) {
		return false
	}
	for _, h := range t.all(forgotTold) {
		if k := t.tokenAt(h[1]); k < len(t.toks) && forgotNotField[t.toks[k].s] {
			continue // "glemte at skrive mig på listen": she forgot to sign up
		}
		return true
	}
	return false
}

// forgotNotField follow a verb of telling when what was forgotten is the
// sign-up itself, not a field of it ("glemte at skrive mig på listen",
// "forgot to write back", "glemte at skrive før fristen").
var forgotNotField = wordSet(daForgotNotField, enForgotNotField)

var forgotTold = table(daForgotTold, enForgotTold)
