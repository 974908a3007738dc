package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// displayPerson is the person's name in the From display name, "" when
// there is none: fromName, and not a place the mail says people come from
// ("To medarbejdere fra Sydhavnens Unge", "one of us from Orion Youth"),
// which names a club or a school, not someone on it.
func displayPerson(m *Mail) string {
	name := fromName(m.FromName)
	if name != "" && fromPlace(m.Own, unquotedDisplay(m.FromName)) {
		return ""
	}
	return name
}

// displayPlace is the From display name when it names a place: a club, a
// school ("Youth Club Orion"), or a name the mail says people come from
// (displayPerson). Its name in the sign-off is no one's either. "" when
// the display name is a person's or none.
func (rd *reader) displayPlace() string {
	if rd.forward || rd.author != "" || rd.fromDisplay() != "" {
		return ""
	}
	if d := fromName(rd.m.FromName); d != "" {
		return d
	}
	t := newText(rd.m.FromName)
	for _, tk := range t.toks {
		if institution(tk.s) {
			return unquotedDisplay(rd.m.FromName)
		}
	}
	return ""
}

// placeSends reports a mail from a club's or a school's shared box
// ("Værestedet Lyngen"): a display name that is no person's, and no name
// of the sender anywhere. The people it counts are its staff; the box is
// none of them.
func (rd *reader) placeSends() bool {
	return !rd.forward && rd.author == "" && rd.ps.self.name == "" && strings.TrimSpace(rd.m.FromName) != "" && rd.fromDisplay() == "" &&
		!strings.Contains(rd.m.FromName, "@")
}

// fromPlace reports own holding display right after "fra" or "from" with
// people before it ("to medarbejdere fra", "a colleague from"): a place
// they come from. Any other word before it ("Tilmelding fra Ida Holm",
// "Mange hilsner fra", "a message from") makes the name the sender's.
func fromPlace(own, display string) bool {
	if len(display) < 3 {
		return false
	}
	for i := 0; ; {
		k := strings.Index(own[i:], display)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(display)
		i = b
		if after, _ := utf8.DecodeRuneInString(own[b:]); unicode.IsLetter(after) {
			continue
		}
		words := strings.Fields(own[max(0, a-40):a])
		n := len(words)
		if n >= 2 && placeFrom[strings.ToLower(words[n-1])] && comeFrom[foldString(strings.Trim(words[n-2], ",.!"))] {
			return true
		}
	}
}

// comeFrom: see daComeFrom.
var comeFrom = wordSet(daComeFrom, enComeFrom)
