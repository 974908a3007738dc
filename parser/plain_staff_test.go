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
