package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a tenth look at unseen mail showed the reader wrong
// on, each in several wordings of our own, through Parse with the gate.

// 1. A run-on line typed on a phone: no full stops, a workshop word broken
// by a space ("nabo skab", "ud dannelse"), "ellers" between the two
// choices, the name and number after "mvh".
func TestRunOnPhoneMail(t *testing.T) {
	const subj = "Re: Invitation"
	runBlind(t, []blindCase{
		{body: "hej jeg vil gerne komme d 29 sep jeg vil helst sundhed ellers nabo skab mvh Bente Holm 28 91 44 03\n\n" + invitationQuote,
			from: "Bente Holm", subject: subj, headers: invitationRefs, intent: tilmeld.IntentRegister, status: "complete", want: "Bente Holm:2/1"},
		{body: "hej vil gerne deltage den 29 jeg tager ud dannelse ellers be skæftigelse hilsen Kasper Lund 22 33 41 90\n\n" + invitationQuote,
			from: "Kasper Lund", subject: subj, headers: invitationRefs, status: "complete", want: "Kasper Lund:3/4"},
		{body: "hej jeg kommer gerne til mødet jeg vil helst nabo skab ellers sund hed vh Kasper Lund tlf 22 33 41 90\n\n" + invitationQuote,
			from: "Kasper Lund", subject: subj, headers: invitationRefs, status: "complete", want: "Kasper Lund:1/2"},
		{body: "hej jeg vil gerne være med jeg vil helst be skæftigelse og ellers uddannelse mvh Kasper Lund",
			from: "Kasper Lund", status: "complete", want: "Kasper Lund:4/3"},
		{body: "hi i would like to come on the 29th i prefer well being otherwise neighbour hood best Kasper Lund 22 33 41 90\n\n" + invitationQuote,
			from: "Kasper Lund", subject: subj, headers: invitationRefs, status: "complete", want: "Kasper Lund:2/1"},
		{body: "hej jeg vil gerne komme jeg vil helst sundhed ellers nabo skabet mvh Kasper Lund",
			from: "Kasper Lund", status: "complete", want: "Kasper Lund:2/1"},
		// "ellers" before words that name no workshop: the 2nd is unread
		{body: "hej jeg vil gerne komme jeg vil helst sundhed ellers nabo hus tinget mvh Kasper Lund",
			from: "Kasper Lund", notStatus: "complete"},
		{body: "hi i would like to come i prefer health otherwise something else best Kasper Lund",
			from: "Kasper Lund", notStatus: "complete"},
		// "ellers" that only leaves the 2nd open
		{body: "hej jeg vil gerne komme jeg vil helst sundhed ellers er jeg ligeglad mvh Kasper Lund",
			from: "Kasper Lund", status: "complete", want: "Kasper Lund:2/-"},
	})
	r := parseMail("Bente Holm", subj, invitationRefs,
		"hej jeg vil gerne komme d 29 sep jeg vil helst sundhed ellers nabo skab mvh Bente Holm 28 91 44 03\n\n"+invitationQuote)
	if r.Contact.Phone != "+4528914403" {
		t.Errorf("phone after mvh: got %q", r.Contact.Phone)
	}
}
