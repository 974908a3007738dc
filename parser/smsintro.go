package parser

// smsIntro: the words a text message opens its writer's name with, in
// small letters and often without the verb ("hej anders det semira
// tesfay", "det er ayse demir her").
var smsIntro = table(daSMSIntro, enSMSIntro)

// smsIntroName reads the name of a resident whose text message a staff
// member passes on, from the message's own "det [er] <name>". Small words
// may be anything, so a name so read is taken only where the subject names
// the same person ("SMS - tilmelding Semira T."); the fuller of the two is
// returned, "" when they do not agree.
func smsIntroName(t *text, subject string) string {
	var named []string
	st := newText(subject)
	for i := 0; i < len(st.toks); i++ {
		if n, k := nameAt(st, i); n != "" {
			named = append(named, n)
			i += k - 1
		}
	}
	if len(named) == 0 {
		return ""
	}
	for _, m := range t.within(smsIntro, 0, len(t.fold)) {
		n := lowerNameAt(t, t.tokenAt(m[1]))
		if n == "" {
			continue
		}
		for _, s := range named {
			// "Semira T." spelt out by "semira tesfay"
			if consistent(s, n) || consistent(n, s) {
				return spelledOut(fuller(s, n), []string{n})
			}
		}
	}
	return ""
}
