package parser

import (
	"regexp"
	"strings"
)

// asideFullName returns the full name a sender known by a short name gives
// for herself in a bracket: with words that say it is her real name ("Mo
// fra Galgebakken (Mohamed Abdi Farah på papiret)", "Gitte (egentlig
// Birgitte Lund Holm)"), or right after the short name ("Mo (Mohamed Abdi
// Farah)"). Its first name must hold the short one. "" when none.
func asideFullName(own, short string, avoid map[string]bool) string {
	if short == "" || countNameWords(short) != 1 {
		return ""
	}
	for _, m := range bracketRe.FindAllStringSubmatchIndex(own, -1) {
		inner := newText(own[m[2]:m[3]])
		right := strings.HasSuffix(foldString(strings.TrimSpace(own[:m[0]])), foldString(short))
		if !right && !inner.matches(asideMarker) {
			continue
		}
		for _, n := range knownNames(avoid, inner) {
			if nicknameOf(short, n) {
				return n
			}
		}
	}
	return ""
}

var (
	bracketRe   = regexp.MustCompile(`\(([^()\n]{5,100})\)`)
	asideMarker = table(daAsideName, enAsideName)
)

// nicknameOf reports whether short begins or ends the first name of full
// ("Mo" of "Mohamed", "Gitte" of "Birgitte").
func nicknameOf(short, full string) bool {
	s, f := foldString(short), strings.Fields(foldString(full))
	return len(s) >= 2 && len(f) >= 2 && len(f[0]) > len(s) && (strings.HasPrefix(f[0], s) || strings.HasSuffix(f[0], s))
}
