package parser

import (
	"regexp"
	"strings"

	"tilmeld"
)

// asksBothRanks finds an invitation's request for a 1st and a 2nd priority.
var asksBothRanks = table(daAsksBothRanks, enAsksBothRanks)

// plusPair is "Ja tak 2+1" alone on the first line of an answer.
var plusPair = regexp.MustCompile(`(?i)^((?:ja|yes)(?: tak| please| thanks)?[,!.:]*)\s+([1-9])\s*\+\s*([1-9])\s*[.!]*$`)

// plusPairOwn reads "Ja tak 2+1" in answer to the bot's own invitation,
// which asks for a 1st and a 2nd priority: the bare pair, standing alone
// after the yes, is those two workshop numbers, and is written out so
// ("Ja tak workshop 2 og 1"). It returns own so rewritten, or "" when the
// mail is no such answer.
func plusPairOwn(m *Mail, ev *tilmeld.Event) string {
	if !strings.Contains(m.Own, "+") || !quotesBot(m, ev) {
		return ""
	}
	if !newText(m.Quoted).matches(asksBothRanks) {
		return ""
	}
	lines := strings.Split(m.Own, "\n")
	for k, line := range lines {
		l := strings.TrimSpace(line)
		if l == "" {
			continue
		}
		p := plusPair.FindStringSubmatch(l)
		if p == nil || p[2] == p[3] || int(p[2][0]-'0') > len(ev.Workshops) || int(p[3][0]-'0') > len(ev.Workshops) {
			return ""
		}
		lines[k] = p[1] + " workshop " + p[2] + " og " + p[3]
		return strings.Join(lines, "\n")
	}
	return ""
}
