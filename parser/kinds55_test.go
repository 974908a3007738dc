package parser

import (
	"testing"

	"tilmeld"
)

// The kinds of mail a fifty-fifth look at unseen mail showed the reader
// wrong on, each in several wordings of our own, through Parse with the
// gate.

// A (wrong complete). Mail meant for the estate office or a colleague
// speaks of a numbered thing ("tørretumbler nr. 2", "washer no. 2",
// "nummer 3 på første sal"): that number is the thing's, no workshop. A
// fault report that never speaks of the meeting is unrelated mail; a
// staff note that does is for staff, never a registration.
func TestNumberedThingNoWorkshop(t *testing.T) {
	runChecked(t, []checkedCase{
		{blindCase: blindCase{body: "Hej\n\nVaskemaskine nr. 3 i fællesvaskeriet har været i stykker siden mandag.\n\nMvh Birthe Kjær",
			from: "Birthe Kjær", subject: "Vaskemaskinen", intent: tilmeld.IntentSpam, status: "ignore", want: ""}, asks: "no"},
		{blindCase: blindCase{body: "Hej\nDer er stadig ingen varme i radiatorerne hos mig. Det er nummer 2 på anden sal til venstre.\nBirthe",
			from: "Birthe Kjær", subject: "Varme", intent: tilmeld.IntentSpam, status: "ignore"}},
		{blindCase: blindCase{body: "Hi\n\nDryer no. 4 in the basement is out of order again.\n\nRegards\nBirthe Kjær",
			from: "Birthe Kjær", subject: "Dryer", intent: tilmeld.IntentSpam, status: "ignore"}},
		{blindCase: blindCase{body: "Hej\nAffaldsskakten nr. 2 er stoppet til igen, og det lugter på hele trappen.\nMvh Birthe Kjær",
			from: "Birthe Kjær", subject: "Skakt", intent: tilmeld.IntentSpam, status: "ignore"}},
		{blindCase: blindCase{body: "Hej\nElevator nr. 1 i blok C virker ikke. Kan I sende nogen?\nBirthe",
			from: "Birthe Kjær", subject: "Elevator", intent: tilmeld.IntentSpam, status: "ignore"}},
		// a staff note that speaks of the meeting: staff read it, no choice
		{blindCase: blindCase{body: "Hej\nHusk at bestille kaffe til mødet. Printer nr. 2 på kontoret virker igen.\nLone",
			from: "Lone Vest", subject: "Husk", intent: tilmeld.IntentOther, status: "review", want: ""}},
		{blindCase: blindCase{body: "Hi\nPlease print the name tags for the meeting. Copier no. 3 works again.\nLone",
			from: "Lone Vest", subject: "Name tags", intent: tilmeld.IntentOther, status: "review", want: ""}},
		// the thing's number beside a real choice is no second one
		{blindCase: blindCase{body: "Jeg vil gerne på workshop 2. Min lejlighed er nr. 3, opgang nr. 1.\nBirthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:2/-"}},
		// near-misses: "nr."/"nummer" that choose stay choices
		{blindCase: blindCase{body: "Jeg vil gerne med til netværksmødet, nr. 3 og ellers nr. 1.\nBirthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:3/1"}},
		{blindCase: blindCase{body: "Jeg bor i nr. 6 og vil gerne på workshop 4.\nBirthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:4/-"}},
		{blindCase: blindCase{body: "Sæt mig på nummer 2 til mødet den 29.\nBirthe Kjær",
			from: "Birthe Kjær", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:2/-"}},
		{blindCase: blindCase{body: "Nr. 1 og 3 tak.\nBirthe Kjær",
			from: "Birthe Kjær", subject: "Hej", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:1/3"}},
		{blindCase: blindCase{body: "I would like to join number 4, please.\nBirthe Kjær",
			from: "Birthe Kjær", subject: "Meeting", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:4/-"}},
		// a fault beside coming: she still signs up
		{blindCase: blindCase{body: "Nr. 2 og 4. Min vaskemaskine er i stykker, så jeg kommer lidt senere.\nBirthe Kjær",
			from: "Birthe Kjær", subject: "Hej", intent: tilmeld.IntentRegister, status: "complete", want: "Birthe Kjær:2/4"}},
		// a fault with no number that speaks of the meeting stays for staff
		{blindCase: blindCase{body: "Hej\nVarmen i mødelokalet virker ikke. Skal vi flytte mødet?\nLone",
			from: "Lone Vest", subject: "Lokale", notStatus: "ignore"}},
	})
}

// B (wrong ignore; wrong complete as a cancellation in close wordings). A
// person who never asked for the mail asks to be taken off: staff remove
// her address (other, review). A one-word "UNSUBSCRIBE" she typed is no
// newsletter's footer, and with nothing registered there is nothing to
// cancel; "Hvorfor får jeg jeres mails?" only complains.
func TestOptOutNeverSignedUp(t *testing.T) {
	other := func(body, subject string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body, from: "Vibeke Holst", subject: subject, intent: tilmeld.IntentOther, status: "review"}, asks: "no"}
	}
	runChecked(t, []checkedCase{
		other("Hej\n\nJeg modtager konstant invitationer fra jer, og jeg har aldrig bedt om dem. Fjern min adresse fra jeres udsendelser.\n\nUNSUBSCRIBE", "Invitationer"),
		other("Hej\n\nJeg modtager konstant invitationer fra jer, og jeg har aldrig bedt om dem. Tag min mail af jeres lister.\n\nAFMELD", "Invitationer"),
		other("Hvorfor får jeg alle de mails fra jer? Jeg har aldrig bedt om dem. Slet mig.", "Mails"),
		other("Hvorfor bliver I ved med at skrive til mig? Jeg har aldrig tilmeldt mig noget. Stop.", "afmeld"),
		other("Jeg har ikke tilmeldt mig noget møde hos jer. Fjern venligst min adresse fra jeres liste.", "Fejl"),
		other("Jeg aner ikke hvordan I har fået fat i min mail. Slet den venligst, og slet mig.", "Hvem er I"),
		other("Stop. I never signed up for anything and I keep getting your emails about this meeting. Remove me.", "Stop"),
		other("Why do I keep getting these invitations? I never asked for them. Please remove my address.", "Unsubscribe"),
		other("I have never registered and don't know how you got my address. Please delete it.", "Your mails"),
		other("I didn't sign up for this. Take me off your list.\n\nUNSUBSCRIBE", "Re: Netværksmøde"),
		// near-misses: one who is registered withdraws
		{blindCase: blindCase{body: "Jeg kan alligevel ikke komme den 29. Slet mig venligst fra listen.\nVibeke Holst",
			from: "Vibeke Holst", subject: "Afbud", intent: tilmeld.IntentCancel, status: "complete", want: "Vibeke Holst:-/-"}},
		{blindCase: blindCase{body: "Afmeld mig mødet, jeg er blevet syg.\nVibeke Holst",
			from: "Vibeke Holst", subject: "Afbud", intent: tilmeld.IntentCancel, status: "complete", want: "Vibeke Holst:-/-"}},
		{blindCase: blindCase{body: "Please remove me from the meeting, I can't come after all.\nVibeke Holst",
			from: "Vibeke Holst", subject: "Cancel", intent: tilmeld.IntentCancel, status: "complete", want: "Vibeke Holst:-/-"}},
		// a newsletter's way out stays a newsletter
		{blindCase: blindCase{body: "NYHEDSBREV SEPTEMBER\n\nNyt fra boligområderne: vi har fået ny legeplads i Hyldespjældet.\n\nKursus i førstehjælp den 12. oktober.\n\nHøstmarked på Kanalen den 3. oktober.\n\nAfmeld nyhedsbrevet her: https://nyhedsbrev.example.org/afmeld",
			from: "Nyhedsbrev", subject: "Nyhedsbrev september", intent: tilmeld.IntentSpam, status: "ignore"}},
		// one who did not sign up yet, and does now
		{blindCase: blindCase{body: "Jeg har ikke tilmeldt mig endnu, men vil gerne deltage på workshop 3.\nVibeke Holst",
			from: "Vibeke Holst", intent: tilmeld.IntentRegister, status: "complete", want: "Vibeke Holst:3/-"}},
		// she asks something besides: a question for staff
		{blindCase: blindCase{body: "Jeg har aldrig bedt om jeres mails. Slet mig. Hvem kan jeg klage til hos jer?",
			from: "Vibeke Holst", subject: "Mails", intent: tilmeld.IntentOther, status: "review"}, asks: "yes"},
	})
}

// forward55 is a colleague's forward of the invitation as the one it was
// sent to quotes it in her answer to all: the colleague's words, then
// the invitation.
func forward55(colleague string) string {
	return "\n\nFra: Susanne Friis <susanne.friis@example.dk>\nSendt: 2. september 2020 13:40\nTil: Jonas Berg <jonas.berg@example.dk>\nCc: abc@bo-vest.dk\nEmne: VS: Invitation til netværksmøde\n\nHej Jonas\n\n" +
		colleague + "\n\nKh Susanne\n\nFra: Boligsocialt Center <abc@bo-vest.dk>\nSendt: 1. september 2020 10:14\nEmne: Invitation til netværksmøde\n\nKære alle\n\nVi inviterer til netværksmøde tirsdag den 29. september kl. 16.30-19.30.\n\nWorkshops:\n1. Naboskab, netværk & tryghed\n2. Sundhed & trivsel\n3. Uddannelse & livschancer\n4. Beskæftigelse & opkvalificering\n\nTilmelding til abc@bo-vest.dk senest den 21. september.\n"
}

// forward55en is forward55 as an English mail program quotes it.
func forward55en(colleague string) string {
	return "\n\n---------- Forwarded message ---------\nFrom: Susanne Friis <susanne.friis@example.dk>\nDate: Wed, 2 Sep 2020 at 13:40\nSubject: Fwd: Invitation til netværksmøde\nTo: Jonas Berg <jonas.berg@example.dk>\nCc: abc@bo-vest.dk\n\nHi Jonas\n\n" +
		colleague + "\n\nSusanne\n\nFrom: Boligsocialt Center <abc@bo-vest.dk>\nSent: 1 September 2020 10:14\nSubject: Invitation til netværksmøde\n\nKære alle\n\nVi inviterer til netværksmøde tirsdag den 29. september.\n\nWorkshops:\n1. Naboskab, netværk & tryghed\n2. Sundhed & trivsel\n3. Uddannelse & livschancer\n4. Beskæftigelse & opkvalificering\n"
}

// C (needless review; the wrong person registered in close wordings). The
// one a colleague forwarded the invitation to answers all ("SV: VS:",
// "Re: Fwd:"): her own words are the registration, the colleague's
// question and choices in the forward are quoted history, and a job title
// in her signature chooses nothing.
func TestReplyAllToForward(t *testing.T) {
	cc := "Cc: Susanne Friis <susanne.friis@example.dk>\r\n"
	asked := func(body, subject, fwd string) checkedCase {
		return checkedCase{blindCase: blindCase{body: body + fwd, from: "Jonas Berg", subject: subject, headers: cc,
			intent: tilmeld.IntentRegister, status: "incomplete", want: "Jonas Berg:-/-", missing: []string{"workshop"}}, asks: "no"}
	}
	runChecked(t, []checkedCase{
		asked("Ja tak, sæt mig gerne på listen.\n\nJonas Berg\nSundhedsplejerske", "SV: VS: Invitation til netværksmøde", forward55("Er det noget for dig?")),
		asked("Godt tænkt, jeg tager med. Skriv mig op.\n\nJonas", "SV: VS: Invitation til netværksmøde", forward55("Skal du med?")),
		asked("Ja tak, jeg vil gerne deltage.\n\nJonas Berg", "Sv: Vs: Invitation til netværksmøde", forward55("Har du lyst til at tage med? Det kunne være godt for dit arbejde.")),
		asked("Ja tak, skriv mig gerne op.\n\nJonas Berg", "SV: VS: Invitation til netværksmøde", forward55("Jeg har selv meldt mig til workshop 1 og 3. Tag med!")),
		asked("Yes, count me in for the meeting, please.\n\nJonas Berg", "Re: Fwd: Invitation til netværksmøde", forward55en("Would you be interested?")),
		asked("Sounds good, please sign me up as well.\n\nJonas Berg\nHealth visitor", "RE: FW: Invitation til netværksmøde", forward55en("I've signed up for 1 and 3 myself. Want to come along?")),
		// her own words name workshops: those are hers
		{blindCase: blindCase{body: "Jeg vil gerne på workshop 2 og 4.\n\nJonas Berg" + forward55("Jeg har selv meldt mig til workshop 1 og 3. Tag med!"), from: "Jonas Berg",
			subject: "SV: VS: Invitation til netværksmøde", headers: cc, intent: tilmeld.IntentRegister, status: "complete", want: "Jonas Berg:2/4"}},
		// a plain reply already read her words
		{blindCase: blindCase{body: "Ja tak, skriv mig gerne op.\n\nJonas Berg" + forward55("Er det noget for dig?"), from: "Jonas Berg",
			subject: "SV: Invitation til netværksmøde", headers: cc, intent: tilmeld.IntentRegister, status: "incomplete", want: "Jonas Berg:-/-"}},
	})
}

// neighbour55 is a resident's own registration as one who passes it on
// quotes it.
const neighbour55 = "\n\n-----Oprindelig meddelelse-----\nFra: Hatice Kaya <hatice.kaya@example.com>\nSendt: 10. september 2020 18:02\nTil: Jonas Berg <jonas.berg@example.dk>\nEmne: Netværksmøde\n\nHej Jonas\nKan du tilmelde mig? Jeg vil gerne på workshop 3 og 1.\nHilsen Hatice Kaya\n"

// C, near-misses: a forward that passes a registration on is read as
// before, the forwarded mail's author the attendee.
func TestForwardStillPassesOn(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej\nVideresender fra min nabo, som gerne vil med.\nJonas Berg" + neighbour55, from: "Jonas Berg",
			subject: "VS: Netværksmøde", intent: tilmeld.IntentRegister, status: "complete", want: "Hatice Kaya:3/1"},
		{body: "" + neighbour55, from: "Jonas Berg", subject: "VS: Netværksmøde", intent: tilmeld.IntentRegister, status: "complete", want: "Hatice Kaya:3/1"},
		// her words say she passes it on, though the subject answers
		{body: "Hej\nJeg videresender lige min nabos tilmelding.\nJonas Berg" + neighbour55, from: "Jonas Berg",
			subject: "SV: VS: Netværksmøde", intent: tilmeld.IntentRegister, status: "complete", want: "Hatice Kaya:3/1"},
	})
}

// C, the signature: a title under the sender's full name at the end of
// her words chooses nothing; a choice in her sentences above it stays.
func TestTitleUnderName(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Please sign me up.\n\nJonas Berg\nHealth visitor", from: "Jonas Berg", subject: "Meeting", intent: tilmeld.IntentRegister, status: "incomplete", want: "Jonas Berg:-/-"},
		{body: "Skriv mig gerne op.\n\nJonas Berg\nKonsulent, sundhed og trivsel\nAlbertslund Kommune", from: "Jonas Berg", subject: "Møde", intent: tilmeld.IntentRegister, status: "incomplete", want: "Jonas Berg:-/-"},
		{body: "Jeg kommer gerne.\n\nJonas Berg\nJobkonsulent, beskæftigelse", from: "Jonas Berg", subject: "Møde", intent: tilmeld.IntentRegister, status: "incomplete", want: "Jonas Berg:-/-"},
		// near-misses
		{body: "Jeg vil gerne på sundhed.\n\nJonas Berg\nSundhedsplejerske", from: "Jonas Berg", subject: "Møde", intent: tilmeld.IntentRegister, status: "complete", want: "Jonas Berg:2/-"},
		{body: "Skriv mig op til workshop 3.\nJonas Berg\nKonsulent, beskæftigelse", from: "Jonas Berg", subject: "Møde", intent: tilmeld.IntentRegister, status: "complete", want: "Jonas Berg:3/-"},
		{body: "Jeg kommer gerne.\nJonas Berg\nWorkshop 2 og 4", from: "Jonas Berg", subject: "Møde", intent: tilmeld.IntentRegister, status: "complete", want: "Jonas Berg:2/4"},
	})
}

// A, more things with a number: a room, a car, a case at the office.
func TestNumberedThingsMore(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Hej Per\nKan du sørge for at mødelokale nr. 2 er låst op i morgen?\nLone", from: "Lone Vest", subject: "Lokale", notStatus: "complete", want: ""},
		{body: "Hej\nBil nr. 3 skal til syn på fredag, så den kan ikke bruges.\nLone", from: "Lone Vest", subject: "Bilen", notStatus: "complete", want: ""},
		{body: "Hi\nThe invoice for case no. 4 has not been paid yet.\nLone", from: "Lone Vest", subject: "Invoice", notStatus: "complete", want: ""},
		// a word or two is no fault report: staff see what it is
		{body: "Virker ikke.", from: "Lone Vest", subject: "", notStatus: "ignore"},
		// a workshop's room beside the choice is no second choice
		{body: "Jeg vil gerne på workshop 1. Hvilket lokale er det? Lokale nr. 4?\nIda Holm", intent: tilmeld.IntentRegister, want: "Ida Holm:1/-"},
	})
}
