package parser

import (
	"slices"
	"strings"

	"tilmeld"
)

// internalThread reports a reply at the top of a thread among colleagues
// that was once forwarded ("SV: SV: VS: Invitation …"): the mail below her
// words is a colleague's reply to the thread (its own subject a reply,
// sent to no one at the organiser), not a registration she passes on.
// Her words are the whole of what she sends.
func internalThread(m *Mail, ev string) bool {
	p, _ := subjectPrefixes(m.Subject)
	if len(p) < 2 || !replyPrefix(p[0]) || strings.TrimSpace(m.Forwarded) == "" {
		return false
	}
	subject, to, from := headerFields(m.Forwarded)
	fp, _ := subjectPrefixes(subject)
	ev = strings.ToLower(ev)
	return len(fp) > 0 && replyPrefix(fp[0]) && to != "" && !strings.Contains(to, ev) && !strings.Contains(from, ev)
}

func replyPrefix(p string) bool {
	return slices.Contains(replyPrefixes, p)
}

// headerFields reads the subject, the recipients and the author (lower
// case) of the header block that opens s.
func headerFields(s string) (subject, to, from string) {
	for n, line := range strings.SplitN(s, "\n", 10) {
		h := fwdHeader.FindStringSubmatch(line)
		if h == nil {
			if n > 0 && strings.TrimSpace(line) == "" {
				break
			}
			continue
		}
		switch strings.ToLower(h[1]) {
		case "emne", "subject":
			subject = h[2]
		case "til", "to":
			to = strings.ToLower(h[2])
		case "fra", "from":
			from = strings.ToLower(h[2])
		}
	}
	return subject, to, from
}

// quotedToOthers reports a quoted mail of hers, at the head of q, that she
// sent to others ("Til: Bestyrelsen"), not to the organiser: her word to
// colleagues, no earlier registration.
func quotedToOthers(q, ev string) bool {
	_, to, _ := headerFields(q)
	return to != "" && !strings.Contains(to, strings.ToLower(ev))
}

// checkBoardThreadUpdate: on a thread among colleagues, the mails below
// went to them, not to the organiser, so none is a registration this mail
// could change; read as a change, her words were not read right.
func checkBoardThreadUpdate(v *gateView) verdict {
	if v.r.Intent != tilmeld.IntentUpdate || v.m == nil || !internalThread(v.m, v.ev.Address) {
		return verdict{}
	}
	return review("a reply on a thread among colleagues reads as a change, but nothing below went to the organiser")
}
