package parser

import (
	"time"

	"tilmeld"
)

// Mail about running the meeting rather than coming to it: a caterer, the
// venue or a caretaker confirms an order or a booking and asks how many,
// which food, which rooms; a speaker confirms her talk "som aftalt". The
// diet words are the menu, the numbers rooms: no attendee, no choice, and
// its questions are the organiser's business (intent other, not question).
var (
	runsMeeting   = table(daRunsMeeting, enRunsMeeting)
	speakerTalk   = table(daSpeakerTalk, enSpeakerTalk)
	speakerAgreed = table(daSpeakerAgreed, enSpeakerAgreed)
)

// speaksAsAgreed reports a speaker who confirms her talk at the meeting
// ("Jeg glæder mig til at holde oplæg i workshoppen om sundhed, som
// aftalt"): the workshop she names is where she speaks, not her choice.
func (rd *reader) speaksAsAgreed() bool {
	return rd.own.matches(speakerTalk) && rd.own.matches(speakerAgreed)
}

// Mail written once the meeting is held: thanks for it, a request for
// the slides, the minutes or the others' addresses. The workshops it
// names were attended, not chosen.
var (
	meetingThanks = table(daMeetingThanks, enMeetingThanks)
	attendedPast  = table(daAttendedPast, enAttendedPast)
)

// afterEvent reports a mail dated after the event has ended, or three
// hours after its start where no end is known.
func afterEvent(m *Mail, ev *tilmeld.Event) bool {
	end := ev.Ends
	if end.IsZero() {
		end = ev.Starts.Add(3 * time.Hour)
	}
	return !m.Date.IsZero() && !ev.Starts.IsZero() && m.Date.After(end)
}

// heldSaid says why a mail written after the meeting speaks of it as
// held: it thanks for it, or says the sender was there; "" when not.
func (rd *reader) heldSaid() string {
	if !afterEvent(rd.m, rd.ev) {
		return ""
	}
	switch {
	case rd.own.matches(meetingThanks):
		return "the sender thanks for the meeting, written after it was held; nobody signs up"
	case rd.own.matches(attendedPast):
		return "the sender writes after the meeting of what she attended; nobody signs up"
	}
	return ""
}
