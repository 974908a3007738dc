package parser

import (
	"strings"

	"tilmeld"
)

// eventsOwn reports a forwarded mail's author address that is the event's
// own (the invitation, passed on to colleagues or a board "til
// orientering"): the workshops it lists are the invitation's text, not
// anyone's choice, and the sender's own words are what to read.
func eventsOwn(addr string, ev *tilmeld.Event) bool {
	return addr != "" && ev.Address != "" && strings.EqualFold(addr, ev.Address)
}

// passesInviteOnly reports the event's invitation passed on to others
// ("Til orientering", "meld jer gerne selv til hos ABC", "FYI team")
// with no workshop in the sender's own words, and her words sign no one
// up or say she stays away ("Jeg deltager ikke selv"): nobody registers.
func (rd *reader) passesInviteOnly() bool {
	if !rd.invitePassed || rd.anyRefs() {
		return false
	}
	return !rd.signsUp() || rd.own.matches(gateLex.notSelf)
}
