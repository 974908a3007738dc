package parser

import (
	"slices"
	"strings"
)

// Mail from a person that is not about coming: she asks to be taken off a
// mailing list, or thanks for a meeting that has been held. Staff read it;
// it is never ignored (a person wrote it), and never a cancellation or a
// registration (nobody is withdrawn or signed up).
var (
	optOut     = table(daOptOut, enOptOut)
	heldThanks = table(daHeldThanks, enHeldThanks)
)

// notAboutComing says why a mail opts out of mail or thanks for a meeting
// held, when it does and signs nobody up; "" when not.
func (rd *reader) notAboutComing() string {
	if rd.forward {
		return ""
	}
	var why string
	switch {
	case rd.own.matches(optOut):
		why = "the sender asks to get no more mail; nobody is withdrawn from the meeting"
	case rd.optsOutUnasked():
		why = "the sender never signed up and asks to be taken off the mailing; nobody is withdrawn from the meeting"
	case rd.own.matches(heldThanks):
		why = "the sender thanks for a meeting that has been held; nobody signs up"
	default:
		why = rd.heldSaid()
	}
	if why == "" || rd.signsUp() {
		return ""
	}
	return why
}

// listPersonAsks reports list mail in which a person asks staff something
// in her own name ("Er der mad? Jeg overvejer at komme."), as one writes
// through a discussion list: no newsletter or way out stands in her words.
// A person is never ignored.
func listPersonAsks(t, sig *text, lang string) bool {
	if strings.IndexByte(t.fold, '?') < 0 || newsletterMarks(t) > 0 || footerLines(t) != nil || sig.matches(lex.newsletter) {
		return false
	}
	mine := false
	for _, tk := range t.toks {
		if firstPerson[tk.s] || lang == "en" && tk.s == "i" {
			mine = true
			break
		}
	}
	return mine && len(questions(t)) > 0
}

// footerUnder reports a newsletter's footer line ("Afmeld nyhedsbrev")
// under other lines of text. A mail that holds nothing but "Afmeld" or
// "Unsubscribe" is a person's request to staff, not a newsletter.
func footerUnder(t *text) bool {
	foot := footerLines(t)
	if foot == nil {
		return false
	}
	for _, ln := range lines(t) {
		if !slices.Contains(foot, ln) && strings.TrimSpace(t.fold[ln[0]:ln[1]]) != "" {
			return true
		}
	}
	return false
}

// checkNotAboutComing: besides a registration or a cancellation the sender
// asks to get no more mail, or thanks for a meeting held: staff act on it.
func checkNotAboutComing(v *gateView) verdict {
	if hit := v.first(optOut); hit != nil {
		return review("the sender also asks to get no more mail: %q", v.quote(hit[0], hit[1]))
	}
	if hit := v.first(heldThanks); hit != nil {
		return review("the sender thanks for a meeting that has been held: %q", v.quote(hit[0], hit[1]))
	}
	return verdict{}
}
