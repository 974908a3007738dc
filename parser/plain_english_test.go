package parser

import (
	"testing"

	"tilmeld"
)

// Plain mail written wholly in English by residents and staff, or English
// mixed into Danish: each wording must be read at its word, or sent to
// staff.

// enInvitationGmail is the invitation quoted under an English Gmail
// header ("On Tue, 1 Sep 2020 at 10:14, ... wrote:").
const enInvitationGmail = "\n\nOn Tue, 1 Sep 2020 at 10:14, ABC <abc@bo-vest.dk> wrote:\n> Kære alle\n>\n> Vi inviterer til netværksmøde tirsdag den 29. september kl. 16.30-19.30.\n> Workshops:\n> 1. Naboskab, netværk & tryghed\n> 2. Sundhed & trivsel\n> 3. Uddannelse & livschancer\n> 4. Beskæftigelse & opkvalificering\n>\n> Tilmelding til abc@bo-vest.dk eller tlf. 60 35 46 30.\n> Venlig hilsen\n> ABC\n"

// enInvitationOutlook is the invitation quoted under an English Outlook
// header ("From: ... Sent: ... To: ... Subject: ...").
const enInvitationOutlook = "\n\nFrom: ABC <abc@bo-vest.dk>\nSent: Tuesday, September 1, 2020 10:14 AM\nTo: Holm, Ida <ida@example.dk>\nSubject: Invitation til netværksmøde\n\nKære alle\n\nVi inviterer til netværksmøde. Workshops:\n1. Naboskab, netværk & tryghed\n2. Sundhed & trivsel\n3. Uddannelse & livschancer\n4. Beskæftigelse & opkvalificering\n\nTilmelding til abc@bo-vest.dk eller tlf. 60 35 46 30.\nVenlig hilsen\nABC\n"

// "BR Ida Holm", "KR", "Rgds": the short closings of office mail are no
// part of the name that follows them.
func TestEnglishShortClosings(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hi, workshop 2 and 3 please.\nBR Ida Holm", subject: "Registration", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nKR Ida Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nBrgds Ida Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nKind rgds, Ida Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\n\nBR\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hej\nWorkshop 2 og 3.\nBr Ida Holm", from: "x", status: "complete", want: "Ida Holm:2/3"},
		// the same letters opening a name, or a sum in kroner, stay as they are
		{body: "Hej\nWorkshop 2 og 3.\nBrian Holm", from: "x", status: "complete", want: "Brian Holm:2/3"},
		{body: "Hej\nWorkshop 2 og 3.\nKR\nKristian Holm", from: "x", status: "complete", want: "Kristian Holm:2/3"},
		{body: "Hej\nKr. 50 for parkering er fint.\nWorkshop 2 og 3.\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		// the closings that were read already
		{body: "Hi, workshop 2 and 3 please.\nWarm regards,\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nThanks in advance,\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nTake care\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nBest regards Ida Holm\n\nSent from my Samsung Galaxy smartphone.", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nIda\n\nGet Outlook for Android", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nRgds\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
		{body: "Hi, workshop 2 and 3 please.\nThank you!\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:2/3"},
	})
}
