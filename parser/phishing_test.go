package parser

import (
	"testing"

	"tilmeld"
)

// Phishing from an ordinary-looking sender (no no-reply address, no list
// headers) that speaks of the mailbox and the mail it will refuse, the
// bot's registrations too: two phishing marks and a link make it spam. One
// mark in a resident's mail with a link does not.
func TestPhishingFromAnySender(t *testing.T) {
	for _, c := range []struct {
		from, subject, body string
		intent              tilmeld.Intent
		status              tilmeld.Status
	}{
		{"Webmail Drift <drift@webmail-service.example.org>", "Handling påkrævet: din postkasse",
			"Kære bruger\n\nDin postkasse er næsten fuld. Indgående mails, også tilmeldinger og svar, vil blive afvist.\nBekræft din konto her inden 48 timer: https://webmail-service.example.org/konto\n\nDriftsteamet",
			tilmeld.IntentSpam, tilmeld.StatusIgnore},
		{"Support <it@helpdesk-example.net>", "Kvote overskredet",
			"Hej\n\nDin postkasse har nået sin kvote, og nye beskeder om tilmelding til arrangementer kan ikke modtages. Log ind her for at få mere plads: http://helpdesk-example.net/login\n\nIT",
			tilmeld.IntentSpam, tilmeld.StatusIgnore},
		{"Mail Admin <admin@secure-mail.example.com>", "Account verification",
			"Dear user,\n\nYour mailbox quota is almost reached and incoming registrations will be rejected. Verify your account here: https://secure-mail.example.com/verify\n\nMail Admin",
			tilmeld.IntentSpam, tilmeld.StatusIgnore},
	} {
		r := parseFrom(c.from, c.subject, c.body)
		if r.Intent != c.intent || r.Status != c.status {
			t.Errorf("%q: got %s %s, want %s %s (%v)", c.subject, r.Intent, r.Status, c.intent, c.status, r.Reasons)
		}
	}
	// a resident whose mailbox is full still registers
	runBlind(t, []blindCase{
		{body: "Hej\nJeg vil gerne deltage i workshop 3, ellers 1. Min postkasse er næsten fuld, så svar mig gerne via https://example.dk/kontakt\nMvh Ida Holm\n22 33 44 55",
			intent: tilmeld.IntentRegister, want: "Ida Holm:3/1"},
		{body: "Hej\nKan I fortælle mig, hvordan jeg tilmelder mig? Min postkasse er fuld, og linket https://example.dk/tilmeld virker ikke.\nMvh Ida Holm",
			notStatus: "ignore"},
	})
}
