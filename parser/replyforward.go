package parser

import "slices"

// A reply to a forward ("SV: VS: Invitation", "Re: Fwd: meeting"): a
// colleague forwarded the invitation with ABC in copy, and the one it was
// forwarded to answers all. Her words above are her own; the colleague's
// words in the forward ("Skal du med?", "Jeg har selv meldt mig til 1 og
// 3") are quoted history, not a mail she passes on. Only "VS:" or "Fwd:"
// first, or her own words saying so ("Videresender fra min nabo"), pass
// a mail on.

// passesOnBySubject reports a subject that marks a mail passed on: a
// forward's prefix, not one put after a reply's ("SV: VS:").
func passesOnBySubject(subject string) bool {
	if !fwdSubject.MatchString(subject) {
		return false
	}
	p, _ := subjectPrefixes(subject)
	return len(p) == 0 || !slices.Contains(replyPrefixes, p[0])
}
