package parser

import (
	"strings"
	"testing"
)

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
		{body: "Som frivillig i lektiecaféen vil jeg gerne tilmelde tre af vores unge: Ali Hassan, Sara Mahmoud og Jonas Berg. De vil alle gerne på workshop 3, ellers 1.\n\nMvh\nIda Holm",
			status: "complete", want: "Ali Hassan:3/1; Sara Mahmoud:3/1; Jonas Berg:3/1"},
		{body: "As a volunteer I would like to register three of our young people: Ali Hassan, Sara Mahmoud and Jonas Berg. They would all like workshop 3, otherwise 1.\n\nBest\nIda Holm",
			subject: "Registration", status: "complete", want: "Ali Hassan:3/1; Sara Mahmoud:3/1; Jonas Berg:3/1"},
		// she comes too when she says so
		{body: "Jeg vil gerne tilmelde to af vores beboere, Ali Hassan og Sara Mahmoud, og mig selv. Vi vil alle gerne på workshop 3, ellers 1.\n\nMvh\nIda Holm",
			status: "complete", want: "Ida Holm:3/1; Ali Hassan:3/1; Sara Mahmoud:3/1"},
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

// Staff who register a resident and give their own mobile ("Mobil: ..."
// in the signature, "Mit nummer er ...", "Jeg kan selv kontaktes på ...")
// are the contact with that number, over the resident's; so are staff who
// forward the resident's mail. A plain "Tlf." under a title may be the
// office's: the resident's number stands then.
func TestStaffOwnMobileIsContact(t *testing.T) {
	staffSig := "\n\nVenlig hilsen\nIda Holm\nBoligsocial medarbejder\nBoligselskabet Vest, Vestervang 1, 2620 Albertslund\nTlf. 43 68 68 68\nMobil 61 72 83 94"
	cases := []struct {
		blindCase
		phone string
	}{
		{blindCase{body: "Jeg tilmelder beboer Mohammed Saleh, workshop 2 og 3. Han kan kontaktes på 28 39 40 51. Jeg kan selv kontaktes på 61 72 83 94.\n\nHilsen\nIda Holm",
			status: "complete", want: "Mohammed Saleh:2/3"}, "+4561728394"},
		{blindCase{body: "Jeg tilmelder beboer Mohammed Saleh, workshop 2 og 3, tlf. 28 39 40 51." + staffSig,
			status: "complete", want: "Mohammed Saleh:2/3"}, "+4561728394"},
		{blindCase{body: "Jeg tilmelder beboer Mohammed Saleh, workshop 2 og 3. Han kan træffes på 28 39 40 51." + staffSig,
			status: "complete", want: "Mohammed Saleh:2/3"}, "+4561728394"},
		{blindCase{body: "I am registering a resident, Mohammed Saleh, for workshops 2 and 3. He can be reached on 28 39 40 51.\n\nBest\nIda Holm\nCaretaker\nMobile 61 72 83 94",
			subject: "Registration"}, "+4561728394"},
		{blindCase{body: "Amina har bedt mig sende dette videre. Mit nummer er 61 72 83 94, hvis I har spørgsmål.\n\nHilsen\nIda Holm" + fwdOutlook,
			subject: "VS: Tilmelding", status: "complete", want: "Amina Yusuf:2/4"}, "+4561728394"},
		{blindCase{body: "Videresendt fra en beboer." + staffSig + fwdGmail, subject: "Fwd: Tilmelding", status: "complete", want: "Amina Yusuf:2/4"}, "+4561728394"},
		// with no number of her own, the resident's stands
		{blindCase{body: "Jeg tilmelder beboer Mohammed Saleh, workshop 2 og 3. Han kan træffes på 28 39 40 51.\n\nHilsen\nIda Holm",
			status: "complete", want: "Mohammed Saleh:2/3"}, "+4528394051"},
		{blindCase{body: "Jeg tilmelder beboer Mohammed Saleh, workshop 2 og 3, tlf. 28 39 40 51.\n\nVenlig hilsen\nIda Holm\nBoligsocial medarbejder\nTlf. 70 20 30 40",
			status: "complete", want: "Mohammed Saleh:2/3"}, "+4528394051"},
		{blindCase{body: "Videresendt fra en beboer.\n\nHilsen\nIda Holm" + strings.Replace(fwdGmail, "Mvh Amina Yusuf\n", "Mvh Amina Yusuf\n22 33 44 55\n", 1),
			subject: "Fwd: Tilmelding", status: "complete", want: "Amina Yusuf:2/4"}, "+4522334455"},
	}
	for _, c := range cases {
		runBlind(t, []blindCase{c.blindCase})
		if r := c.parse(); r.Contact.Phone != c.phone {
			t.Errorf("%q: phone %q, want %q", c.body, r.Contact.Phone, c.phone)
		}
	}
}

// The one a writer signs up by name ("Jeg tilmelder Mohammed Saleh til
// workshop 2 og 3", "Kan I tilmelde Birthe Lund til workshop 1 og 2?",
// "Could you register Birthe Lund for ...") comes with the workshops the
// sentence gives; the writer, who says nothing of herself besides, does
// not. A request put as a question still brings the one it names.
func TestNamedSignUpIsTheirs(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg tilmelder Mohammed Saleh til workshop 2 og 3.\n\nHilsen\nIda Holm", status: "complete", want: "Mohammed Saleh:2/3"},
		{body: "Jeg tilmelder Mohammed Saleh, workshop 2 og 3.\n\nHilsen\nIda Holm", status: "complete", want: "Mohammed Saleh:2/3"},
		{body: "Hermed tilmelder jeg Else Dam til workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2"},
		{body: "Jeg er vicevært i afdelingen og vil gerne tilmelde Birthe Lund til workshop 2. Hun spiser ikke svinekød.\n\nHilsen\nIda Holm",
			status: "complete", want: "Birthe Lund:2/-", diet: "Birthe Lund=no_pork"},
		{body: "I'm registering Mohammed Saleh, workshops 2 and 3.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Mohammed Saleh:2/3"},
		{body: "Kan I tilmelde Birthe Lund til workshop 1 og 2?\n\nHilsen\nIda Holm", status: "complete", want: "Birthe Lund:1/2"},
		{body: "Kan du tilmelde Birthe Lund? Workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Birthe Lund:1/2"},
		{body: "Could you register Birthe Lund for workshop 1 and 2?\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Birthe Lund:1/2"},
		{body: "Kan I tilmelde mig og Birthe Lund til workshop 1 og 2?\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Birthe Lund:1/2"},
		{body: "Hej,\n\nMeld venligst Else Dam til workshop 1 og 2. Hun spiser halal.\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2", diet: "Else Dam=halal"},
		{body: "Hej,\n\nSæt venligst Else Dam på workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2"},
		{body: "Hej,\n\nMeld mig og Else Dam til workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Else Dam:1/2"},
		// the writer who speaks of herself too stays in the reading
		{body: "Jeg tilmelder Per Holm og mig selv til workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Per Holm:1/2"},
		{body: "Jeg tilmelder Ida Holm til workshop 2 og 3.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Jeg tilmelder Else Dam til workshop 1 og 2. Vi kommer begge.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "I'd like to register Else Dam for workshop 1 and 2. We are looking forward to it.\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
		{body: "Kan I tilmelde Birthe Lund til workshop 1 og 2? Jeg kommer også selv og vil gerne på 3.\n\nHilsen\nIda Holm",
			status: "complete", want: "Ida Holm:3/-; Birthe Lund:1/2"},
		// the writer who comes too keeps her own choices, the one she signs
		// up by name those of that sentence
		{body: "Jeg tilmelder Mohammed Saleh til workshop 2 og 3. Jeg vil selv gerne på workshop 1.\n\nHilsen\nIda Holm",
			status: "complete", want: "Ida Holm:1/-; Mohammed Saleh:2/3"},
		{body: "Jeg tilmelder Else Dam til workshop 1 og 2. Jeg kommer selv med som hjælper.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Jeg tilmelder Else Dam til workshop 1 og 2, og mig til workshop 3.\n\nHilsen\nIda Holm", notStatus: "complete"},
		// a question whether she may sign someone up is for staff
		{body: "Kan jeg tilmelde Birthe Lund, selvom hun ikke bor i området?\n\nHilsen\nIda Holm", notStatus: "complete"},
	})
}

// Choices in a bracket after each name of a list ("Jeg tilmelder Lene Juhl
// (workshop 2 og 1) og Hans Juhl (workshop 3 og 4)") are that person's,
// when the list is split into a clause per name too; a bracket after two
// joined ("Jeg og Per Holm (workshop 2 og 1)") is both of theirs.
func TestBracketAfterEachNameIsHers(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg tilmelder: Lene Juhl (workshop 2 og 1) og Hans Juhl (workshop 3 og 4).\n\nHilsen\nIda Holm", status: "complete", want: "Lene Juhl:2/1; Hans Juhl:3/4"},
		{body: "Jeg tilmelder Lene Juhl (workshop 2 og 1) og Hans Juhl (workshop 3 og 4). Jeg kommer ikke selv.\n\nHilsen\nIda Holm", status: "complete", want: "Lene Juhl:2/1; Hans Juhl:3/4"},
		{body: "I'm registering Lene Juhl (workshops 2 and 1) and Hans Juhl (workshops 3 and 4).\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Lene Juhl:2/1; Hans Juhl:3/4"},
		{body: "Jeg og Per Holm (workshop 2 og 1) kommer gerne.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/1; Per Holm:2/1"},
		{body: "Ida og Per Holm (workshop 2 og 1).\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/1; Per Holm:2/1"},
		{body: "Jeg tilmelder min mand Per Holm (workshop 2 og 1). Jeg vil selv gerne på 3 og 4.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:3/4; Per Holm:2/1"},
	})
}

// A mail that speaks only of someone named in full, not the writer whose
// name it gives ("Lene Juhl fra nr. 12 vil gerne med. Hun ønsker workshop
// 2", signed by the caretaker), signs her up alone: the bot must not ask
// the writer for workshops she never asked for.
func TestNamedOtherOnlyComesAlone(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\n\nLene Juhl fra nr. 12 vil gerne med. Hun ønsker workshop 2 og derefter 1. Hun er diabetiker.\n\nMvh\nIda Holm\nVicevært",
			status: "complete", want: "Lene Juhl:2/1", diet: "Lene Juhl=diabetic"},
		{body: "Else Dam vil gerne med. Workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2"},
		{body: "Else Dam would like to attend. Workshops 1 and 2.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Else Dam:1/2"},
		// the writer's own name, or a word of herself, keeps her in
		{body: "Ida Holm vil gerne deltage i workshop 3 og 4.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:3/4"},
		{body: "Else Dam og jeg vil gerne med. Workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Else Dam:1/2"},
		{body: "Else Dam would like to attend, and so would I. Workshops 1 and 2.\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
	})
}

// The name in the greeting that opens a line ("Hej Ida, jeg vil gerne med
// ..."), as a resident writes to the staff member who forwards her mail,
// is the one the mail is written to, not one who comes.
func TestGreetedIsNoAttendee(t *testing.T) {
	greets := func(fwd, greeting string) string {
		return strings.Replace(fwd, "Hej, jeg vil gerne", greeting+" jeg vil gerne", 1)
	}
	runBlind(t, []blindCase{
		{body: "Hej, videresender denne.\n\nHilsen\nIda Holm" + greets(fwdOutlook, "Hej Ida,"), subject: "VS: Tilmelding", status: "complete", want: "Amina Yusuf:2/4"},
		{body: "Videresender.\n\nHilsen\nIda Holm" + greets(fwdGmail, "Kære Ida,"), subject: "Fwd: Tilmelding", status: "complete", want: "Amina Yusuf:2/4"},
		{body: "Hej Ida Holm, min mand Omar og jeg vil gerne med, workshop 2 og 4.\n\nMvh Amina Yusuf", from: "Amina Yusuf",
			status: "complete", want: "Amina Yusuf:2/4; Omar:2/4"},
		// a name on the line after the greeting is one who comes
		{body: "Hej\nIda Holm og jeg vil gerne med, workshop 2 og 4.\n\nMvh Amina Yusuf", from: "Amina Yusuf",
			status: "complete", want: "Amina Yusuf:2/4; Ida Holm:2/4"},
	})
}

// Staff who pass on a resident's mail and add food or a relative in their
// own words ("Hun spiser ikke svinekød, glemte hun at skrive", "Amina kommer
// med sin mand") say what the forwarded mail, read alone, lacks: staff add
// it. Words of how the mail came say nothing of the kind.
func TestForwarderWordsUnreadToStaff(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Videresender. Hun spiser ikke svinekød, glemte hun at skrive.\n\nHilsen\nIda Holm" + fwdGmail, subject: "Fwd: Tilmelding", notStatus: "complete"},
		{body: "Forwarding. She is vegetarian, she forgot to say.\n\nBest\nIda Holm" + fwdGmail, subject: "Fwd: Registration", notStatus: "complete"},
		{body: "Hej, videresender. Amina kommer sammen med sin mand, han hedder Omar Yusuf og vil gerne det samme.\n\nHilsen\nIda Holm" + fwdOutlook,
			subject: "VS: Tilmelding", notStatus: "complete"},
		{body: "Forwarding. Amina is coming with her husband Omar Yusuf, he wants the same.\n\nBest\nIda Holm" + fwdGmail, subject: "Fwd: Registration", notStatus: "complete"},
		// how the mail came, who the writer is to her
		{body: "Videresender fra min nabo, hun har ikke selv mail.\n\nHilsen\nIda Holm" + fwdGmail, subject: "Fwd: Tilmelding", status: "complete", want: "Amina Yusuf:2/4"},
		{body: "Hej, se nedenstående tilmelding fra en beboer.\n\nHilsen\nIda Holm" + fwdOutlook, subject: "VS: Tilmelding", status: "complete", want: "Amina Yusuf:2/4"},
	})
}

// Staff who forward a resident's mail and ask that the confirmation go to
// her ("Send venligst bekræftelsen til hende", "Please send the
// confirmation to her") make her address the contact; "til mig" keeps
// theirs.
func TestConfirmationToResidentIsHerAddress(t *testing.T) {
	cases := []struct {
		blindCase
		email string
	}{
		{blindCase{body: "Hej, videresender Aminas tilmelding. Send venligst bekræftelsen til hende.\n\nHilsen\nIda Holm" + fwdGmail,
			subject: "Fwd: Tilmelding", status: "complete", want: "Amina Yusuf:2/4"}, "amina@example.dk"},
		{blindCase{body: "Hej, videresender. Bekræftelsen må gerne gå direkte til hende.\n\nHilsen\nIda Holm" + fwdOutlook,
			subject: "VS: Tilmelding", status: "complete", want: "Amina Yusuf:2/4"}, "amina@example.dk"},
		{blindCase{body: "Forwarding a resident's registration. Please send the confirmation to her.\n\nBest\nIda Holm" + fwdGmail,
			subject: "Fwd: Registration", status: "complete", want: "Amina Yusuf:2/4"}, "amina@example.dk"},
		{blindCase{body: "Videresender. Send gerne bekræftelsen til mig, så giver jeg den videre.\n\nHilsen\nIda Holm" + fwdGmail,
			subject: "Fwd: Tilmelding", status: "complete", want: "Amina Yusuf:2/4"}, "sender@example.dk"},
		{blindCase{body: "Videresender fra en beboer.\n\nHilsen\nIda Holm" + fwdGmail,
			subject: "Fwd: Tilmelding", status: "complete", want: "Amina Yusuf:2/4"}, "sender@example.dk"},
	}
	for _, c := range cases {
		runBlind(t, []blindCase{c.blindCase})
		if r := c.parse(); r.Contact.Email != c.email {
			t.Errorf("%q: contact %q, want %q", c.body, r.Contact.Email, c.email)
		}
	}
}

// A form staff fill in for a resident ("Beboer: Else Dam", "Ønsker:
// workshop 1, derefter 2", "Resident:", "Wishes:") names her by its label;
// the labels of wishes and remarks are no one's name.
func TestResidentFormLabels(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Beboer: Else Dam\nØnsker: workshop 1, derefter 2\nKost: ingen svinekød\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2", diet: "Else Dam=no_pork"},
		{body: "Navn: Else Dam\nØnsker: workshop 1, derefter 2\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2"},
		{body: "Beboer: Else Dam\nWorkshop: 1, derefter 2\nKost: ingen svinekød\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2"},
		{body: "Deltager: Else Dam, workshop 1 og 2\nDeltager: Knud Dam, workshop 3 og 4\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2; Knud Dam:3/4"},
		{body: "Resident: Else Dam\nWishes: workshop 1, then 2\nDiet: no pork\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Else Dam:1/2"},
		{body: "Name: Else Dam\nPreferences: workshop 1, then 2\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Else Dam:1/2"},
		// "beboer" in a sentence is no label
		{body: "Jeg er beboer i afdeling 3 og vil gerne på workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2"},
	})
}

// "Jeg er kontaktperson for Else Dam. Hun vil gerne på workshop 1 og 2":
// who the writer is to her signs Else up, not the writer; a writer who
// comes along ("og jeg tager med som ledsager", "I will accompany her")
// comes too, without the choices said of Else.
func TestContactPersonSignsUpResident(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg er kontaktperson for Else Dam. Hun vil gerne på workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2"},
		{body: "Jeg er bostøtte for Lene Juhl. Hun vil helst på sundhed og ellers naboskab.\n\nHilsen\nIda Holm", status: "complete", want: "Lene Juhl:2/1"},
		{body: "I am the support worker for Else Dam. She would like workshop 1 and 2.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Else Dam:1/2"},
		{body: "Jeg er kontaktperson for Else Dam. Hun vil gerne på workshop 1 og 2, og jeg tager med som ledsager.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Jeg tilmelder Else Dam til workshop 1 og 2, og jeg følger hende derud.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "I am the support worker for Else Dam. She would like workshop 1 and 2. I will accompany her.\n\nBest\nIda Holm", subject: "Registration", notStatus: "complete"},
	})
}

// "Else Dam kan ikke selv skrive, så jeg gør det for hende", "Jeg hjælper
// Else Dam med tilmeldingen", "I'm helping Else Dam with her registration":
// the writer writes for Else, who comes; the writer does not.
func TestWritingForHerSignsHerUp(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\n\nElse Dam kan ikke selv skrive, så jeg gør det for hende. Workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2"},
		{body: "Hej\n\nJeg hjælper Else Dam med tilmeldingen. Hun vil gerne på workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2"},
		{body: "Hi\n\nI'm helping Else Dam with her registration. She would like workshop 1 and 2.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Else Dam:1/2"},
		{body: "Hi\n\nElse Dam can't write herself, so I'm doing it for her. Workshop 1 and 2.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Else Dam:1/2"},
		// and comes when she says so
		{body: "Hej\n\nJeg hjælper Else Dam med tilmeldingen. Hun vil gerne på workshop 1 og 2, og jeg kommer også selv.\n\nHilsen\nIda Holm", notStatus: "complete"},
	})
}

// "Jeg har talt med Else Dam, som gerne vil med": how the writer knows
// says nothing of her coming, and "som gerne vil med" (the relative
// clause's order) is Else's wish to come.
func TestSpokeWithResidentWhoComes(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg har talt med Else Dam, som gerne vil med. Hun vælger workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2"},
		{body: "Jeg har talt med Else Dam, og hun vil gerne med. Workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2"},
		{body: "I spoke with Else Dam, who would like to come. She chooses workshop 1 and 2.\n\nBest\nIda Holm", subject: "Registration", status: "complete", want: "Else Dam:1/2"},
		{body: "Jeg har talt med Else Dam, og vi vil begge gerne med. Workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2; Else Dam:1/2"},
	})
}

// "Else Dam, nr. 22, vil gerne på workshop 1 og 2": the number set apart
// by commas after a full name is her house, not a workshop; a workshop's
// name before "(nr. 2)", as the bot's receipt writes it, is still one.
func TestHouseNumberAfterName(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Else Dam, nr. 22, vil gerne på workshop 1 og 2.\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:1/2"},
		{body: "Jeg tilmelder Else Dam, nr. 14, til workshop 3 og 1.\n\nHilsen\nIda Holm", status: "complete", want: "Else Dam:3/1"},
		{body: "Jeg vil gerne på Sundhed & Trivsel (nr. 2), og ellers Naboskab (nr. 1).\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/1"},
		{body: "Jeg vil gerne på Sundhed Trivsel, nr. 2, og ellers Naboskab, nr. 1.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/1"},
	})
}

// A signature's short labels "T: 43 64 00 00 | M: 61 72 83 94": the "M:"
// number is the writer's mobile, the contact; the line with " | " is no
// organisation's address line for it.
func TestSignatureShortMobileLabel(t *testing.T) {
	cases := []struct {
		blindCase
		phone string
	}{
		{blindCase{body: "Jeg vil gerne deltage i workshop 1 og 3.\n\nMvh\nIda Holm\nT: 43 64 00 00 | M: 61 72 83 94",
			status: "complete", want: "Ida Holm:1/3"}, "+4561728394"},
		{blindCase{body: "Jeg tilmelder beboer Amir Karimi, workshop 4 og 2.\n\nMed venlig hilsen\nIda Holm\nBoligsocial medarbejder\nT: 43 64 00 00 | M: 61 72 83 94",
			status: "complete", want: "Amir Karimi:4/2"}, "+4561728394"},
		// the office's number alone on such a line is nobody's own
		{blindCase{body: "Jeg vil gerne deltage i workshop 1 og 3.\n\nMvh\nIda Holm\nBO-VEST | T: 43 64 00 00",
			status: "complete", want: "Ida Holm:1/3"}, ""},
	}
	for _, c := range cases {
		runBlind(t, []blindCase{c.blindCase})
		if r := c.parse(); r.Contact.Phone != c.phone {
			t.Errorf("%q: phone %q, want %q", c.body, r.Contact.Phone, c.phone)
		}
	}
}
