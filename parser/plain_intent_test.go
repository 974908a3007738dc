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
