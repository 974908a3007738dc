package parser

import (
	"slices"

	"tilmeld"
)

// A sender who has withdrawn and now comes after all ("Se bort fra mit
// afbud, jeg kan alligevel", "Tilmeld mig igen på Job og Tryghed" under her
// own quoted cancellation) signs up anew: her old registration is gone,
// and "afbud" only names the withdrawal she takes back. cancelTakenBack
// says so by itself; comesAgain only after a cancellation told in the mail
// (cancelTold) or quoted from her own earlier mail. sameAsBefore asks for
// the choices of before, which the quoted receipt holds.
var (
	cancelTakenBack = table(daCancelTakenBack, enCancelTakenBack)
	comesAgain      = table(daComesAgain, enComesAgain)
	cancelTold      = table(daCancelTold, enCancelTold)
	sameAsBefore    = table(daSameAsBefore, enSameAsBefore)
)

// retractsCancel reports a mail that takes back the sender's own
// cancellation and signs her up again.
func (rd *reader) retractsCancel() bool { return rd.retractsCancelIn(rd.own) }

// retractsCancelIn is retractsCancel on t, the words of rd's mail read.
func (rd *reader) retractsCancelIn(t *text) bool {
	if t.matches(cancelTakenBack) {
		return true
	}
	hits := t.all(comesAgain)
	if !slices.ContainsFunc(hits, func(h []int) bool { return !negatedAfter(t, h[1]) }) {
		return false
	}
	return t.matches(cancelTold) || rd.quotedOwnCancel()
}

// negatedAfter reports a negator in the two words from offset b on, in
// the same clause ("jeg kan alligevel ikke").
func negatedAfter(t *text, b int) bool {
	from := t.tokenAt(b)
	for i := from; i < len(t.toks) && i < from+2; i++ {
		if negators[t.toks[i].s] {
			return true
		}
	}
	return false
}

// quotedOwnCancel reports the sender's own earlier mail, quoted below,
// withdrawing her.
func (rd *reader) quotedOwnCancel() bool {
	if rd.m.Quoted == "" {
		return false
	}
	own, _ := rd.ownQuotedMail(unquoteAll(rd.m.Quoted))
	return own != "" && newText(own).matches(lex.cancel)
}

// readRetracted reads a taken-back cancellation as a new registration; one
// that hangs on a free seat is for staff, and "de samme som før" takes the
// choices of the quoted receipt.
func (rd *reader) readRetracted() {
	rd.res.Intent = tilmeld.IntentRegister
	if rd.roomConditional() {
		rd.review("the sender takes back her cancellation only if there is room")
	}
	rd.registration()
	res := rd.res
	if len(res.Attendees) != 1 || res.Attendees[0].First() != 0 || !rd.own.matches(sameAsBefore) {
		return
	}
	first, second := receiptChoices(rd.m.Quoted, res.Attendees[0].Name)
	if first == 0 {
		return
	}
	res.Attendees[0].Choices = []int{first}
	if second != 0 && second != first {
		res.Attendees[0].Choices = append(res.Attendees[0].Choices, second)
	}
	res.Missing = slices.DeleteFunc(res.Missing, func(m string) bool { return m == tilmeld.MissingWorkshop })
}
