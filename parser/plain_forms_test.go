package parser

import "testing"

// Lists, tables and forms: a board, a club or staff signing several
// people up, one line, row or block each.

// "- Ida Holm, 22334455, 1 og 3, vegetar": a phone field between a listed
// name and her bare numbers leaves the numbers hers.
func TestListLinePhoneBeforeChoices(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej, vi er 3 fra bestyrelsen:\n- Ida Holm, 22334455, 1 og 3, vegetar\n- Per Jensen, 1 og 2\n- Ali Khan, 2 og 4, halal\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:1/2; Ali Khan:2/4", diet: "Ida Holm=vegetarian"},
		{body: "Vi kommer:\n- Ida Holm, tlf 22334455, 1 og 3\n- Per Jensen, tlf. 33445566, 1 og 2\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:1/2"},
		{body: "Vi kommer:\n- Ida Holm, tlf. nr. 22334455, 1 og 3\n- Per Jensen, 33445566, 2\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/-"},
		{body: "We are coming:\n- Ida Holm, phone 22334455, 1 and 3\n- Per Jensen, 33445566, 2 and 4\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4"},
		// the phone after the numbers, as before
		{body: "Vi kommer:\n- Ida Holm, 1 og 3, 22334455\n- Per Jensen, 1 og 2\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:1/2"},
		// an address field is no phone field: that line is for staff
		{body: "Vi kommer:\n- Ida Holm, Hyldevej 12, 1 og 3\n- Per Jensen, 1 og 2\n\nHilsen\nIda Holm", notStatus: "complete"},
	})
}

// "- Per Jensen, 2 og 1, 33445566" above the sender's own line: the number
// on another's line is his; the sender's own, where she gives one, is the
// contact's.
func TestListLinePhoneIsItsPersons(t *testing.T) {
	phone := func(body, want string) {
		t.Helper()
		r := parseMail("Ida Holm", "Tilmelding", "", body)
		if r.Contact.Phone != want || r.Status != "complete" {
			t.Errorf("%q: got %s phone %q, want complete %q (%v)", body, r.Status, r.Contact.Phone, want, r.Reasons)
		}
	}
	phone("Vi kommer:\n- Per Jensen, 2 og 1, 33445566\n- Ida Holm, 1 og 3, 22334455\n\nHilsen\nIda Holm", "+4522334455")
	phone("Vi kommer:\n- Ida Holm, 22 33 44 55, 1 og 3\n- Per Jensen, mobil 33 44 55 66, 2 og 1\n\nHilsen\nIda Holm", "+4522334455")
	phone("Navn;Tlf;Workshop;Kost\nPer Jensen;33445566;2 og 4;\nIda Holm;22334455;1 og 3;vegetar\n\nHilsen\nIda Holm", "+4522334455")
	phone("Jeg tilmelder to beboere fra afdelingen:\n- Per Jensen, 33445566, 2 og 1\n- Ali Khan, 44556677, 1 og 4\n\nVenlig hilsen\nIda Holm\nBoligsocial medarbejder\nTlf. 22334455", "+4522334455")
	// no number of the sender's anywhere: the listed one is all there is
	phone("Vi kommer:\n- Per Jensen, 2 og 1, 33445566\n- Ida Holm, 1 og 3\n\nHilsen\nIda Holm", "+4533445566")
}

// "- NN, 2 og 4", "en mere, navn følger", "name to follow": a person not
// yet named is no name and no one to leave out; staff ask.
func TestNameToFollowToStaff(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- NN, 2 og 4\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Vi kommer:\n- Ida Holm: 1 og 3\n- N.N.: 2 og 4\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Navn: Ida Holm\nWorkshop: 2 og 4\n\nNavn: NN\nWorkshop: 1 og 3\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4\n- en mere, navn følger\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4\n- en kollega mere, navnet kommer senere\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "We are coming:\n- Ida Holm, 1 and 3\n- Tom Berg, 2 and 4\n- one more colleague, name to follow\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
		// a name that comes, said of the list, holds nothing back
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Per Jensen, 2 og 4\n\nMit navn kommer også på listen\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Per Jensen:2/4"},
		{body: "Vi kommer:\n- Ida Holm, 1 og 3\n- Anna Nielsen, 2 og 4\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/3; Anna Nielsen:2/4"},
	})
}
