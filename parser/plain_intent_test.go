package parser

import "testing"

// Plain questions, polite requests and hesitations, in Danish and English.

// A polite request for a seat in the workshops it names ("Må jeg få en
// plads på sundhed?", "Kan jeg komme på workshop 4?", "May I join
// workshop 3?") is a registration the bot makes, no question for staff;
// one that asks more than that ("..., selvom jeg bor i Brøndby?", "med min
// hund?") or asks of anyone ("Kan man ...?") stays a question.
func TestSeatRequestRegisters(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Må jeg få en plads på sundhed?\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/-"},
		{body: "Kan jeg få en plads på workshop 3?\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:3/-"},
		{body: "Kan jeg få plads på workshop 3 og ellers 1?\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:3/1"},
		{body: "Kan jeg komme på workshop 4?\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:4/-"},
		{body: "Må jeg komme på sundhed og ellers job?\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/4"},
		{body: "Kan jeg være med i workshop 2?\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/-"},
		{body: "Kan I sætte mig på workshop 4?\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:4/-"},
		{body: "Could I get a place in workshop 2?\n\nBest\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/-"},
		{body: "May I join workshop 3?\n\nBest\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:3/-"},
		{body: "Can you put me in health and then jobs?\n\nBest\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/4"},
		// getting a seat is no motive ("få et netværk"), said or asked
		{body: "Jeg vil gerne få en plads på sundhed og ellers job.\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/4"},
		// more than a seat is asked: staff answer
		{body: "Må jeg komme på sundhed med min hund?\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Kan jeg komme på sundhed i kørestol?\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Can I join workshop 3 even if I arrive late?\n\nBest\nIda Holm", notStatus: "complete"},
		{body: "Kan man komme på workshop 2?\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Er der plads på workshop 2?\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Kan jeg komme på besøg?\n\nHilsen\nIda Holm", notStatus: "complete"},
	})
	for _, b := range []string{"Må jeg komme på sundhed med min hund?", "Can I join workshop 3 even if I arrive late?", "Kan man komme på workshop 2?"} {
		if r := parseMail("Ida Holm", "Tilmelding", "", b+"\n\nHilsen\nIda Holm"); !r.Question {
			t.Errorf("%q: no question read (%v)", b, r.Reasons)
		}
	}
	for _, b := range []string{"Må jeg få en plads på sundhed?", "May I join workshop 3?"} {
		if r := parseMail("Ida Holm", "Tilmelding", "", b+"\n\nHilsen\nIda Holm"); r.Question {
			t.Errorf("%q: read as a question for staff", b)
		}
	}
}

// A request to staff to sign the sender up ("Kan I skrive mig på 2?",
// "Vil du skrive mig på 1 og 3?") gives the bare numbers after it as
// choices, as the order "Skriv mig på 2" does; one for "os" gives them to
// everyone the mail names.
func TestSignUpRequestNumbers(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Kan I skrive mig på 2?\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/-"},
		{body: "Kan I skrive mig op til 2 og 4?\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/4"},
		{body: "Vil du skrive mig på 1 og 3?\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:1/3"},
		{body: "Kan I sætte mig på 3?\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:3/-"},
		{body: "Kunne I skrive os op til 1 og 3? Vi er to: Ida og Bo Holm.\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:1/3; Bo Holm:1/3"},
		{body: "Vil I tilmelde os workshop 2 og 4? Bo Holm og jeg kommer.\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/4; Bo Holm:2/4"},
		// her own request leaves the other's wish his
		{body: "Kan I skrive mig op til 2? Min mand Bo Holm vil gerne på 4.\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/-; Bo Holm:4/-"},
		// a count or a list is no workshop
		{body: "Kan I skrive mig på 2 personer?\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Kan I skrive mig på listen?\n\nHilsen\nIda Holm", intent: "register", status: "incomplete", missing: []string{"workshop"}},
	})
}

// Doubt whether the sender comes at all ("det er ikke sikkert, jeg kan",
// "jeg prøver at komme", "hvis vagtplanen tillader det", "I might come",
// "I'll try to make it") leaves the registration to staff, as "måske"
// does; being sure, trying to be on time or bringing someone is no doubt.
func TestHesitationToStaff(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne på workshop 2, men det er ikke sikkert jeg kan.\n\nHilsen\nIda Holm", intent: "register", notStatus: "complete"},
		{body: "Det er ikke sikkert, men jeg vil gerne på 3.\n\nHilsen\nIda Holm", intent: "register", notStatus: "complete"},
		{body: "Jeg vil gerne i workshop 2 og 3, men jeg er ikke sikker på, at jeg kan komme.\n\nHilsen\nIda Holm", intent: "register", notStatus: "complete"},
		{body: "Jeg prøver at komme. Workshop 3 og 4.\n\nHilsen\nIda Holm", intent: "register", notStatus: "complete"},
		{body: "Jeg vil prøve at komme, workshop 3 og ellers 4.\n\nHilsen\nIda Holm", intent: "register", notStatus: "complete"},
		{body: "Jeg skal lige se om jeg kan få passer til børnene, men jeg vil gerne på workshop 3.\n\nHilsen\nIda Holm", intent: "register", notStatus: "complete"},
		{body: "Hvis vejret tillader det, kommer jeg til workshop 1.\n\nHilsen\nIda Holm", intent: "register", notStatus: "complete"},
		{body: "Jeg kommer gerne, hvis det passer med min vagt. Workshop 4 og 2.\n\nHilsen\nIda Holm", intent: "register", notStatus: "complete"},
		{body: "Jeg kommer hvis helbredet holder. Workshop 1 og 2.\n\nHilsen\nIda Holm", intent: "register", notStatus: "complete"},
		{body: "I might come. Workshop 2 and 3.\n\nBest\nIda Holm", intent: "register", notStatus: "complete"},
		{body: "I'll try to come, workshop 3 then 4.\n\nBest\nIda Holm", intent: "register", notStatus: "complete"},
		{body: "I need to check if I can get a babysitter, but workshop 2 please.\n\nBest\nIda Holm", intent: "register", notStatus: "complete"},
		{body: "I can possibly come. Workshop 1.\n\nBest\nIda Holm", intent: "register", notStatus: "complete"},
		// no doubt about coming
		{body: "Jeg er sikker på at jeg kan komme. Workshop 2 og 3.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Jeg kommer helt sikkert. Workshop 2 og 3.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Jeg prøver at få min mand med. Workshop 2 og 3.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "Vi glæder os. Workshop 1 og 2, og jeg prøver at være der til tiden.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:1/2"},
		{body: "I'll try to be there on time. Workshop 2 and 3.\n\nBest\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
		{body: "I might be a bit late. Workshop 2 and 3.\n\nBest\nIda Holm", status: "complete", want: "Ida Holm:2/3"},
	})
}

// A withdrawal whose verb is left out ("men jeg kan desværre ikke.",
// "Desværre kan jeg ikke den 29.", "Thanks, but I can't.") or said as
// having no chance or time ("jeg har ikke mulighed for at deltage") is a
// withdrawal; "ikke" that denies something else is not.
func TestElidedWithdrawal(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Tak for invitationen, men jeg kan desværre ikke.\n\nHilsen\nIda Holm", intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
		{body: "Mange tak for invitationen! Desværre kan jeg ikke den dag.\n\nHilsen\nIda Holm", intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
		{body: "Desværre kan jeg ikke den 29.\n\nHilsen\nIda Holm", intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
		{body: "Jeg har desværre ikke tid.\n\nHilsen\nIda Holm", intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
		{body: "Jeg har desværre ikke mulighed for at deltage den 29.\n\nHilsen\nIda Holm", intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
		{body: "Thanks for the invitation, but unfortunately I can't on the 29th.\n\nBest\nIda Holm", intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
		{body: "I don't have the opportunity to attend, sorry.\n\nBest\nIda Holm", intent: "cancel", status: "complete", want: "Ida Holm:-/-"},
		// "ikke" denies something else
		{body: "Jeg kan desværre ikke spise gluten. Workshop 2 og 3.\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/3"},
		{body: "Jeg har ikke tid til at blive til spisningen. Workshop 2.\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/-"},
		{body: "Vi vil begge to gerne være med i workshop 4. Anden prioritet har vi ikke.\n\nHilsen\nIda Holm", intent: "register"},
		{body: "Jeg kan ikke finde tilmeldingsblanketten.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Det kan jeg ikke.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Kan jeg ikke?\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "I can't wait! Workshop 2 and 3.\n\nBest\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/3"},
	})
}

// A wish staff fulfil by hand besides a withdrawal or a registration (the
// material afterwards, to be kept informed) is a question for staff; the
// withdrawal or registration itself still stands.
func TestMaterialWishAsksStaff(t *testing.T) {
	for _, c := range []blindCase{
		{body: "Jeg kan desværre ikke komme d. 29. september, men vil gerne høre om materialet bagefter.\n\nHilsen\nIda Holm", intent: "cancel", status: "complete"},
		{body: "Jeg kan desværre ikke deltage, men send gerne materialet bagefter.\n\nHilsen\nIda Holm", intent: "cancel", status: "complete"},
		{body: "I can't come, but please send me the slides afterwards.\n\nBest\nIda Holm", intent: "cancel", status: "complete"},
		{body: "I can't make it, keep me posted.\n\nBest\nIda Holm", intent: "cancel", status: "complete"},
		{body: "Jeg vil gerne på workshop 2 og 3. Send gerne materialet på forhånd.\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/3"},
	} {
		runBlind(t, []blindCase{c})
		if r := c.parse(); !r.Question {
			t.Errorf("%q: the wish was not read as one for staff (%v)", c.body, r.Reasons)
		}
	}
	// a plain withdrawal asks nothing
	if r := parseMail("Ida Holm", "Tilmelding", "", "Jeg kan desværre ikke komme.\n\nHilsen\nIda Holm"); r.Question {
		t.Errorf("a plain withdrawal read as a question")
	}
}

// A polite check after the wish it asks about ("workshop 2 og 4 – er det
// okay?", "I'd like 2 and 4, is that ok?") leaves the wish a registration;
// a sentence that asks of its own before the check stays a question.
func TestTagAskKeepsChoices(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne på workshop 2 og 4 – er det okay?\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/4"},
		{body: "Jeg vil gerne på workshop 2 og 4, går det?\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/4"},
		{body: "Workshop 2 og 4, hvis det er ok?\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/4"},
		{body: "Vi vil gerne på sundhed, passer det?\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/-"},
		{body: "I'd like workshop 2 and 4, is that ok?\n\nBest\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/4"},
		{body: "We'd like workshop 3 and 1 - would that be ok?\n\nBest\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:3/1"},
		// a question of its own, or both at once
		{body: "Er workshop 2 for børn, er det ok?\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Kan jeg være med i både 2 og 4, er det muligt?\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Jeg vil gerne på workshop 2 og 4 på samme tid, er det muligt?\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Er det ok at jeg tager workshop 2 og 4?\n\nHilsen\nIda Holm", notStatus: "complete"},
	})
}

// A sender who asks for the invitation again, or says she never got it,
// asks staff to send it: a question, and with workshops a registration
// with a question; having got it asks nothing.
func TestInvitationAskedAgain(t *testing.T) {
	for _, c := range []blindCase{
		{body: "Jeg har ikke modtaget invitationen. Send den venligst.\n\nHilsen\nIda Holm", intent: "question", status: "review"},
		{body: "Send mig lige invitationen igen.\n\nHilsen\nIda Holm", intent: "question", status: "review"},
		{body: "Min nabo har fortalt om mødet. Send mig gerne programmet.\n\nHilsen\nIda Holm", intent: "question", status: "review"},
		{body: "Please resend the invitation.\n\nBest\nIda Holm", intent: "question", status: "review"},
		{body: "I never got the invitation, please send it to me.\n\nBest\nIda Holm", intent: "question", status: "review"},
		{body: "Jeg har ikke fået invitationen, men min nabo fortalte om det. Workshop 2 og 1.\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/1"},
	} {
		runBlind(t, []blindCase{c})
		if r := c.parse(); !r.Question {
			t.Errorf("%q: no question read (%v)", c.body, r.Reasons)
		}
	}
	for _, b := range []string{"Tak, jeg har fået invitationen. Workshop 2 og 1.", "Jeg har videresendt invitationen til min nabo. Workshop 2 og 1.",
		"Workshop 2 og 1. Send gerne bekræftelsen til min anden mail."} {
		if r := parseMail("Ida Holm", "Tilmelding", "", b+"\n\nHilsen\nIda Holm"); r.Question || r.Status != "complete" {
			t.Errorf("%q: got %s question=%v (%v)", b, r.Status, r.Question, r.Reasons)
		}
	}
}

// A request to put a named relative on the list ("Vil I også skrive min
// mand Bo Holm på det samme?", "Please put my son Ali Holm down for the
// same") that the reading did not make an attendee goes to staff: the
// person would be lost.
func TestSignOnRelativeNotLost(t *testing.T) {
	runBlind(t, []blindCase{
		{body: "Jeg vil gerne på workshop 2 og 1. Vil I også skrive min mand Bo Holm på det samme?\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Jeg vil gerne på workshop 2 og 1. Skriv også min mand Bo Holm på det samme.\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "Jeg vil gerne på workshop 2 og 1. Kan I også skrive min mand Bo Holm op?\n\nHilsen\nIda Holm", notStatus: "complete"},
		{body: "I'd like workshop 2 and 1. Please put my son Ali Holm down for the same.\n\nBest\nIda Holm", notStatus: "complete"},
		// read as an attendee, or not coming: stands
		{body: "Jeg vil gerne på workshop 2 og 1. Min mand Bo Holm vil gerne det samme.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/1; Bo Holm:2/1"},
		{body: "Jeg vil gerne på workshop 2 og 1. Min mand hedder Bo Holm, han kommer ikke.\n\nHilsen\nIda Holm", status: "complete", want: "Ida Holm:2/1"},
	})
}

// A greeting's question ("Hej Anne, hvordan går det?", "Hi, how are
// you?") asks staff nothing; "Kan jeg tilmelde mig workshop 2?" asks for
// a seat, as "Kan jeg komme på workshop 2?" does.
func TestSmallTalkAndSignUpAsk(t *testing.T) {
	for _, c := range []blindCase{
		{body: "Hej Anne, hvordan går det? Jeg vil gerne på workshop 2 og 1.\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/1"},
		{body: "Hi Anne, how are you? I'd like workshop 2 and 1.\n\nBest\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/1"},
		{body: "Kan jeg tilmelde mig workshop 2?\n\nHilsen\nIda Holm", intent: "register", status: "complete", want: "Ida Holm:2/-"},
	} {
		runBlind(t, []blindCase{c})
		if r := c.parse(); r.Question {
			t.Errorf("%q: read as a question for staff (%v)", c.body, r.Reasons)
		}
	}
	for _, b := range []string{"Hvordan går det med planlægningen? Workshop 2 og 1.", "Kan jeg tilmelde mig workshop 2, selvom jeg ikke bor her?"} {
		if r := parseMail("Ida Holm", "Tilmelding", "", b+"\n\nHilsen\nIda Holm"); !r.Question {
			t.Errorf("%q: no question read (%v)", b, r.Reasons)
		}
	}
}
