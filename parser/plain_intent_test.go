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
