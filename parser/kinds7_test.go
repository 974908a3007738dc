package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a seventh blind set showed the reader wrong on, each in
// several wordings of our own, through Parse with the gate.

const reSubj = "Re: Tilmelding: Aktive boligområder i Albertslund efter 2020"

// 1. A swap that states the new order: the order written is the new
// order, not one to swap again. Only a bare swap turns the old order round.
func TestSwapStatesNewOrder(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne bytte om på mine prioriteter, så Uddannelse & livschancer bliver min 1. prioritet og Naboskab, netværk & tryghed min 2.\nMvh Ida\n\n" + receiptQuoted,
			subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Ida Holm:3/1"},
		{body: "Hej\nKan I bytte om på mine prioriteter, så Uddannelse & livschancer er min 1. prioritet og Naboskab min 2. prioritet?\nMvh Ida\n\n" + receiptQuoted,
			subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Ida Holm:3/1"},
		{body: "Hej\nJeg vil gerne bytte rundt på mine valg, så workshop 3 bliver mit 1. valg og workshop 1 mit 2. valg.\nMvh Ida\n\n" + receiptQuoted,
			subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Ida Holm:3/1"},
		{body: "Hi\nI would like to swap my priorities, so that Uddannelse & livschancer becomes my 1st priority and Naboskab my 2nd.\nBest, Ida\n\n" + receiptQuoted,
			subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Ida Holm:3/1"},
		// a bare swap turns the receipt's order round
		{body: "Hej\nJeg vil gerne bytte om på mine prioriteter.\nMvh Ida\n\n" + receiptQuoted,
			subject: reSubj, headers: replyHeaders, status: "complete", intent: tilmeld.IntentUpdate, want: "Ida Holm:3/1"},
		// a stated order that is no swap of the receipt's is for staff
		{body: "Hej\nJeg vil gerne bytte om på mine prioriteter, så Naboskab bliver min 1. prioritet og Uddannelse & livschancer min 2.\nMvh Ida\n\n" + receiptQuoted,
			subject: reSubj, headers: replyHeaders, notStatus: "complete"},
	})
}

// 2. Undecided between two workshops, asking to be in both: staff answer.
func TestUndecidedBetweenTwo(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nJeg er både interesseret i workshop 2 og workshop 3, og jeg kan ikke vælge mellem dem. Er det muligt at være med i begge, fx første halvdel i den ene og anden halvdel i den anden?\nMvh Ida Holm",
			status: "review"},
		{body: "Hej\nJeg vil gerne tilmelde mig workshop 1 og 4, men jeg kan ikke vælge. Kan jeg være med i begge?\nMvh Ida Holm",
			status: "review"},
		{body: "Hej\nJeg vil gerne deltage i workshop 2 og 3. Jeg kan ikke bestemme mig mellem dem.\nMvh Ida Holm",
			status: "review"},
		{body: "Hej\nTilmelding til workshop 1 og 2. Kunne jeg være halvdelen af tiden i hver?\nMvh Ida Holm",
			status: "review"},
		{body: "Hej\nJeg vil gerne være med i begge workshops, 2 og 4.\nMvh Ida Holm",
			status: "review"},
		{body: "Hi\nI'd like to sign up for workshop 2 and 3, but I can't decide between them. Could I join both, half the time in each?\nBest, Ann Fox",
			from: "Ann Fox", subject: "Registration", status: "review"},
		{body: "Hi\nI would like workshop 1 or 3 - I can't choose between them.\nAnn Fox", from: "Ann Fox", subject: "Registration", status: "review"},
		// a first and a second choice, nothing undecided: complete
		{body: "Hej\nJeg vil gerne i workshop 2, ellers 3.\nMvh Ida Holm", status: "complete", want: "Ida Holm:2/3"},
	})
	// she asks, and staff answer
	r := parseMail("Ida Holm", "Tilmelding", "", "Hej\nJeg er interesseret i workshop 2 og workshop 3, og jeg kan ikke vælge mellem dem.\nMvh Ida Holm")
	if !r.Question || r.Status != tilmeld.StatusReview {
		t.Errorf("undecided: got %s question=%v, want review with a question", r.Status, r.Question)
	}
}
