package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a fifteenth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// D. A reply to the invitation is how people register: it is a first
// registration, not an update.
func TestInvitationReplyRegisters(t *testing.T) {
	const subj = "Re: Invitation: Aktive boligområder i Albertslund efter 2020"
	const quoted = "\n\n> Kære beboerdemokrater\n> Vi inviterer til temadag om Aktive boligområder i Albertslund efter 2020.\n> Tilmelding senest 1. oktober med workshop 1. og 2. prioritet.\n"
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne deltage. Workshop nr. 2 og nr. 4. Ingen særlige hensyn.\nBo Henriksen\ntlf 22 33 44 55" + quoted,
			from: "Bo Henriksen", subject: subj, headers: "In-Reply-To: <invite-7@bo-vest.dk>\r\n",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Henriksen:2/4"},
		{body: "Hej\nTak for invitationen. Jeg kommer gerne, workshop 3 og 1.\nMvh Bo Henriksen" + quoted,
			from: "Bo Henriksen", subject: subj, headers: "In-Reply-To: <invite-7@bo-vest.dk>\r\n",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Henriksen:3/1"},
		{body: "Hi\nThanks for the invitation. I would like to attend, workshops 1 and 2.\nBest, Bo Henriksen" + quoted,
			from: "Bo Henriksen", subject: "Re: Invitation: Aktive boligområder", headers: "In-Reply-To: <invite-7@bo-vest.dk>\r\n",
			intent: tilmeld.IntentRegister, want: "Bo Henriksen:1/2"},
		// an invitation written to her greets her in its first line: it is
		// not her own earlier mail
		{body: "Jeg vil gerne deltage. Workshop nr. 2 og nr. 4. Ingen særlige hensyn.\nBo Henriksen\ntlf 22 33 44 55\n\n> Kære Bo Henriksen\n>\n> Vi inviterer dig til temadag. Vælg en 1. og en 2. prioritet.\n> Tilmelding senest 21. september.\n",
			from: "Bo Henriksen", subject: subj, headers: "In-Reply-To: <invite-7@bo-vest.dk>\r\n",
			intent: tilmeld.IntentRegister, status: "complete", want: "Bo Henriksen:2/4"},
		{body: "Hi\nI would like to take part, workshop 3 first and 2 second.\nBo Henriksen\n\n> Dear Bo Henriksen,\n> You are invited to our network meeting. Choose a 1st and a 2nd priority.\n",
			from: "Bo Henriksen", subject: "RE: Invitation to the network meeting", headers: "In-Reply-To: <invite-7@bo-vest.dk>\r\n",
			intent: tilmeld.IntentRegister, want: "Bo Henriksen:3/2"},
		// the bot's own receipt greets her too: what she names changes it
		{body: "Jeg vil hellere have workshop 1 som første prioritet.\nBo Henriksen\n\n> Hej Bo Henriksen,\n>\n> Tak for din tilmelding til Aktive boligområder i Albertslund efter 2020.\n",
			from: "Bo Henriksen", subject: "Re: Tilmelding: Aktive boligområder i Albertslund efter 2020", headers: "In-Reply-To: <receipt-1@bo-vest.dk>\r\n",
			intent: tilmeld.IntentUpdate},
		// words of change still make an update
		{body: "Hej\nJeg vil gerne ændre min tilmelding til workshop 2 og 4.\nMvh Bo Henriksen" + quoted,
			from: "Bo Henriksen", subject: subj, headers: "In-Reply-To: <invite-7@bo-vest.dk>\r\n",
			intent: tilmeld.IntentUpdate},
	})
}
