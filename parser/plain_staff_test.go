package parser

import "testing"

// Staff, board members and volunteers writing for residents: signing one
// up, with or without themselves, giving her phone, passing on her mail.

// "join the meeting, workshop 3": the meeting before a comma is no
// workshop of the name "meeting"; "the gardening workshop" still is one
// that is not on the list.
func TestMeetingBeforeCommaIsNoWorkshop(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hi, I would like to join the meeting, workshop 3 and then 1.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:3/1"},
		{body: "I would like to join the meeting: workshop 3 and then 1.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:3/1"},
		{body: "I would like to join the gardening workshop and then 1.\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
		// a word of a title of two words beside another's word is a blend
		{body: "I'd like to join the meeting, workshop: life wellbeing\n\nBest\nIda Holm", subject: "Registration", status: "review"},
		{body: "I'd like to join the meeting, workshop: life chances\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:3/-"},
	})
}

// Staff speak of "en beboer", "one of our residents" they have: she is the
// one who comes, with the workshops the mail gives; the sender comes only
// when she says so.
func TestResidentWeHaveComesAlone(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Vi har en beboer, Else Dam, der gerne vil med. Workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2"},
		{body: "En af vores beboere, Else Dam, vil gerne med. Workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2"},
		{body: "Jeg har en borger, Else Dam, som gerne vil deltage. Workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2"},
		{body: "We have a resident, Else Dam, who would like to come. Workshop 1 and 2.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Else Dam:1/2"},
		{body: "One of our tenants, Else Dam, would like to attend. Workshops 1 and 2.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Else Dam:1/2"},
		// she comes too when she says so
		{body: "Vi har en beboer, Else Dam, der gerne vil med. Jeg kommer også selv. Workshop 1 og 2.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "We have a resident, Else Dam, who would like to come, and I will come too. Workshop 1 and 2.\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
	})
}

// residentMail is a resident's registration as staff pass it on: Gmail's
// forward block (fwdGmail) or Outlook's header lines (fwdOutlook) under the
// staff member's own words.
const residentMail = "Hej, jeg vil gerne med til mødet. Workshop 2 og 4.\n\nMvh Amina Yusuf\n"

const fwdGmail = "\n\n---------- Forwarded message ---------\nFrom: Amina Yusuf <amina@example.dk>\nDate: Sun, 13 Sep 2020 at 20:11\n" +
	"Subject: Tilmelding\nTo: Ida Holm <sender@example.dk>\n\n" + residentMail

const fwdOutlook = "\n\nFra: Amina Yusuf <amina@example.dk>\nSendt: 13. september 2020 20:11\nTil: Ida Holm <sender@example.dk>\n" +
	"Emne: Tilmelding\n\n" + residentMail

// Staff who pass on a resident's registration and choose workshops in
// their own words ("Jeg kommer selv også, workshop 1 og 3") were read from
// their words alone, the resident dropped: staff read who has which.
func TestOwnChoicesOverForwardToStaff(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Videresender. Jeg kommer selv også, workshop 1 og 3.\n\nHilsen\nIda Holm" + fwdGmail, subject: "Fwd: Tilmelding", notStatus: "complete"},
		{body: "Se nedenstående fra en beboer. Jeg vil selv gerne på workshop 1 og 3.\n\nHilsen\nIda Holm" + fwdOutlook, subject: "VS: Tilmelding", notStatus: "complete"},
		{body: "Forwarding this from a resident. I'd like workshop 1 and 3 myself.\n\nBest\nIda Holm" + fwdGmail, subject: "Fwd: Registration", notStatus: "complete"},
		// the forwarded registration alone stands
		{body: "Videresender fra en beboer.\n\nHilsen\nIda Holm" + fwdGmail, subject: "Fwd: Tilmelding", status: "complete", want: "Amina Yusuf:2/4"},
		{body: "Se nedenstående tilmelding fra en beboer.\n\nHilsen\nIda Holm" + fwdOutlook, subject: "VS: Tilmelding", status: "complete", want: "Amina Yusuf:2/4"},
	})
}
