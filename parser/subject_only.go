package parser

import "strings"

// subjectOnlySignsUp reports a new mail with no words of its own whose
// subject signs her up ("Tilmelding", "Jeg deltager gerne",
// "Registration – network meeting"), or an Outlook "Accepteret:" answer
// to a meeting invitation: she comes, and has named no workshop yet.
// A reply's or a forward's subject is another mail's; a subject that asks
// or withdraws is no sign-up; a body not decoded cleanly may hold words
// that were lost, so it is not known to be empty.
func (rd *reader) subjectOnlySignsUp() bool {
	m := rd.m
	if strings.TrimSpace(rd.own.fold) != "" || rd.forward || m.Subject == "" || len(m.Problems) > 0 {
		return false
	}
	if calendarAnswer(m) {
		return acceptsInvite(m.Subject)
	}
	if len(m.Attachments) > 0 || isReply(m) || strings.TrimSpace(m.Forwarded) != "" {
		return false
	}
	_, subject := subjectPrefixes(m.Subject)
	if subject == "" || len(subject) > 120 || strings.Contains(subject, "?") {
		return false
	}
	st := foldedText(subject)
	return st.matches(lex.register) && !st.matches(lex.cancel) && !st.matches(lex.question)
}

// acceptsInvite reports the subject Outlook gives an accepted meeting
// ("Accepteret: …", "Accepted: …"); declined and tentative answers are not.
func acceptsInvite(subject string) bool {
	s := strings.TrimSpace(subject)
	for _, p := range []string{"accepteret:", "accepted:"} {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}
