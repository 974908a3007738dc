package parser

import (
	"testing"

	"tilmeld"
)

// A rank said in words after a workshop named by its words ("health as
// number one", "uddannelse nummer to") ranks that workshop; "nummer to"
// there is no workshop 2. A person's own number ("jeg er nummer to i
// køen") is her place, neither a rank nor a workshop.
func TestRankInWordsAfterName(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Health as number one and jobs as number two.\nIda Holm", subject: "Meeting", intent: tilmeld.IntentRegister, status: "complete", want: "Ida Holm:2/4"},
		{body: "Safety as number one, education as number two.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:1/3"},
		{body: "Jobs as my number one and health as my number two.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:4/2"},
		{body: "Health as number one.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/-"},
		{body: "I would like health as number one and jobs as number two.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "Tryghed nummer et og uddannelse nummer to.\nIda Holm", status: "complete", want: "Ida Holm:1/3"},
		{body: "Naboskab nummer et og job nummer to.\nIda Holm", status: "complete", want: "Ida Holm:1/4"},
		{body: "Uddannelse nummer to og sundhed nummer et.\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Sundhed som nummer ét og job som nummer to.\nIda Holm", status: "complete", want: "Ida Holm:2/4"},
		// already right
		{body: "Health as no. 1 and jobs as no. 2.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "Health first and jobs second.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "Sundhed som nummer 1 og job som nummer 2.\nIda Holm", status: "complete", want: "Ida Holm:2/4"},
		{body: "Job som førsteprioritet og sundhed som anden.\nIda Holm", status: "complete", want: "Ida Holm:4/2"},
		// near-misses: a workshop's own number, a number word alone, a
		// rank with no 1st, a place in a queue or on a list
		{body: "Jeg vil gerne på sundhed nummer 2.\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Jeg vil gerne på workshop nummer to.\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
		{body: "Jeg vil gerne på nummer to og nummer tre.\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Jeg vil gerne på uddannelse nummer to.\nIda Holm", notStatus: "complete"},
		{body: "Health number one and jobs number two.\nIda Holm", subject: "Meeting", notStatus: "complete"},
		{body: "Jeg er nummer to i køen, workshop 3.\nIda Holm", status: "complete", want: "Ida Holm:3/-"},
		{body: "I am number two on the list, workshop 3.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/-"},
		{body: "I'm number two in the queue, workshop 1.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:1/-"},
		{body: "Jeg vil gerne på nummer to på listen.\nIda Holm", status: "complete", want: "Ida Holm:2/-"},
	})
}

// "Please put Karim Berg down for workshop 2", "book Karim Berg on workshop
// 4": the verb holds whom it signs up, and the writer does not come.
func TestSignUpAroundName(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Please put Karim Berg down for workshop 2.\nIda Holm", subject: "Meeting", intent: tilmeld.IntentRegister, status: "complete", want: "Karim Berg:2/-"},
		{body: "Please book Karim Berg on workshop 4.\nIda Holm", subject: "Meeting", status: "complete", want: "Karim Berg:4/-"},
		{body: "Can you book Karim Berg on workshop 2 and 3, thanks.\nIda Holm", subject: "Meeting", status: "complete", want: "Karim Berg:2/3"},
		{body: "Please put Karim Berg down for workshop 2. I can't come myself.\nIda Holm", subject: "Meeting", status: "complete", want: "Karim Berg:2/-"},
		// the writer inside the verb too, or alone
		{body: "Please put Karim Berg and me down for workshop 2.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/-; Karim Berg:2/-"},
		{body: "Please put me down for workshop 2 and 4.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4"},
		{body: "Please book me on workshop 3.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:3/-"},
		// near-misses: "put" and "book" of other things
		{body: "I put the date in my calendar. Workshop 2.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/-"},
		{body: "I booked a room for workshop 2 already, see you.\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/-"},
		{body: "Skriv venligst Karim Berg op til workshop 2.\nIda Holm", status: "complete", want: "Karim Berg:2/-"},
		// left: asked as a question, staff read it
		{body: "Could you put my neighbour Karim Berg down for workshop 1?\nIda Holm", subject: "Meeting", notStatus: "complete"},
		{body: "Vil I sætte Karim Berg på workshop 4?\nIda Holm", notStatus: "complete"},
	})
}

// A given name in small letters after "I and my husband" before "want" or
// a comma, or one that ends as an English past ("mohamed"), is his name.
func TestSmallNameAfterRelation(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "I and my husband mohamed want to come, workshop 2 and 4\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4; Mohamed:2/4"},
		{body: "I and my husband peter want to come, workshop 2 and 4\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4; Peter:2/4"},
		{body: "Me and my husband mohamed, workshop 2 and 4\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4; Mohamed:2/4"},
		{body: "I and my wife sara would like to come, workshop 1 and 3\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:1/3; Sara:1/3"},
		{body: "My husband mohamed and I want to come, workshop 2 and 4\nIda Holm", subject: "Meeting", status: "complete", want: "Ida Holm:2/4; Mohamed:2/4"},
		{body: "Jeg og min mand ali kommer, workshop 2 og 4\nIda Holm", status: "complete", want: "Ida Holm:2/4; Ali:2/4"},
		// near-misses: no name, or a verb after the relation
		{body: "I and my husband want to come, workshop 2 and 4\nIda Holm", subject: "Meeting", status: "incomplete", missing: []string{"name"}},
		// left: a relative who only worked there is taken along, and the
		// writer asked for a name (so before this round too)
		{body: "My husband worked there, so I want workshop 4.\nIda Holm", subject: "Meeting", notStatus: "complete"},
	})
}

// contactCase: a mail and the contact it must give.
type contactCase struct {
	body, subject, email, phone, status string
}

func runContact(t *testing.T, cases []contactCase) {
	t.Helper()
	for _, c := range cases {
		subject := c.subject
		if subject == "" {
			subject = "Tilmelding"
		}
		r := parseMail("Ida Holm", subject, "", c.body)
		if string(r.Status) != c.status || c.email != "" && r.Contact.Email != c.email || c.phone != "-" && r.Contact.Phone != c.phone {
			t.Errorf("%q: got %s %s %s (%v), want %s %s %s", c.body, r.Status, r.Contact.Email, r.Contact.Phone, r.Reasons, c.status, c.email, c.phone)
		}
	}
}

// Her mobile beside a landline is the contact number; someone else's
// mobile is not.
func TestMobileBesideLandline(t *testing.T) {
	runContact(t, []contactCase{
		{body: "Workshop 2 og 4.\nIda Holm\nTlf. 43 21 09 87 / mobil 21 43 65 87", status: "complete", phone: "+4521436587"},
		{body: "Workshop 2 og 4.\nIda Holm\nHjem 43210987, mobil 21436587", status: "complete", phone: "+4521436587"},
		{body: "Workshop 2 and 4.\nIda Holm\nhome 4321 0987, mobile 2143 6587", subject: "Meeting", status: "complete", phone: "+4521436587"},
		{body: "Workshop 2 and 4.\nIda Holm\nmobile 2143 6587, home 4321 0987", subject: "Meeting", status: "complete", phone: "+4521436587"},
		{body: "Workshop 2 og 4. Ring på 43 21 09 87 eller mobil 21 43 65 87.\nIda Holm", status: "complete", phone: "+4521436587"},
		{body: "Workshop 2 og 4.\nIda Holm\nMobil: 21 43 65 87\nFastnet: 43 21 09 87", status: "complete", phone: "+4521436587"},
		// near-misses: one number, two unlabelled, someone else's mobile
		{body: "Workshop 2 og 4.\nIda Holm\nTlf. 43 21 09 87", status: "complete", phone: "+4543210987"},
		{body: "Workshop 2 og 4.\nIda Holm\nTlf. 43 21 09 87 / 21 43 65 87", status: "complete", phone: "+4543210987"},
		{body: "Workshop 2 og 4.\nIda Holm\nTlf. 43 21 09 87, min mands mobil 21 43 65 87", status: "complete", phone: "+4543210987"},
		{body: "Workshop 2 og 4. Min mand har mobil 21 43 65 87, jeg har 43 21 09 87.\nIda Holm", status: "complete", phone: "+4543210987"},
		{body: "Workshop 2 and 4.\nIda Holm\nphone 4321 0987, my husband's mobile 2143 6587", subject: "Meeting", status: "complete", phone: "+4543210987"},
	})
}

// An address given as another's ("Min mand: ...", "Karims mail: ...") is
// neither where replies go nor a reason for staff; one she asks replies
// to go to is the contact.
func TestOthersAddressGiven(t *testing.T) {
	runContact(t, []contactCase{
		{body: "Jeg og min mand Per Holm kommer, workshop 2 og 4.\nMin mand: per@example.dk\nIda Holm", status: "complete", email: "sender@example.dk", phone: "-"},
		{body: "Jeg og min mand Per Holm kommer, workshop 2 og 4. Hans mail er per@example.dk\nIda Holm", status: "complete", email: "sender@example.dk", phone: "-"},
		{body: "Me and my husband Per Holm, workshop 2 and 4. His e-mail: per@example.dk\nIda Holm", subject: "Meeting", status: "complete", email: "sender@example.dk", phone: "-"},
		{body: "Me and my husband Per Holm, workshop 2 and 4.\nMy husband: per@example.dk\nIda Holm", subject: "Meeting", status: "complete", email: "sender@example.dk", phone: "-"},
		{body: "Me and my husband Per Holm, workshop 2 and 4.\nMy husband's e-mail: per@example.dk\nIda Holm", subject: "Meeting", status: "complete", email: "sender@example.dk", phone: "-"},
		{body: "Jeg og min mand Per Holm kommer, workshop 2 og 4.\nMin mands mail: per@example.dk\nIda Holm", status: "complete", email: "sender@example.dk", phone: "-"},
		{body: "Jeg tilmelder min nabo Karim Berg til workshop 2. Karims mail: karim@example.dk\nIda Holm", status: "complete", email: "sender@example.dk", phone: "-"},
		{body: "Jeg og min mand Per Holm kommer, workshop 2 og 4.\nPer Holm, per@example.dk\nIda Holm", status: "complete", email: "sender@example.dk", phone: "-"},
		// near-misses: replies asked elsewhere, or her own address
		{body: "Jeg og min mand Per Holm kommer, workshop 2 og 4. Send bekræftelsen til min mand på per@example.dk\nIda Holm", status: "complete", email: "per@example.dk", phone: "-"},
		{body: "Workshop 2 og 4. Svar venligst til ida.privat@example.dk\nIda Holm", status: "complete", email: "ida.privat@example.dk", phone: "-"},
		{body: "Workshop 2 og 4. Min mail: ida.privat@example.dk\nIda Holm", status: "complete", email: "ida.privat@example.dk", phone: "-"},
		{body: "Workshop 2 og 4.\nIdas mail: ida.privat@example.dk\nIda Holm", status: "complete", email: "ida.privat@example.dk", phone: "-"},
		{body: "Jeg tilmelder min nabo Karim Berg til workshop 2. Svar til Karims mail: karim@example.dk\nIda Holm", status: "complete", email: "karim@example.dk", phone: "-"},
	})
}
