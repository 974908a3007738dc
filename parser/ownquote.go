package parser

import (
	"regexp"
	"strings"
)

// quotesOwnMail reports whether the mail quotes one the sender wrote
// herself: an attribution line above the quote gives her own address
// ("Priya R. <priya@x.dk> wrote:").
func quotesOwnMail(m *Mail) bool {
	// every reading of From (headerAddress) gives an address with an '@'
	if !strings.Contains(m.FromAddr, "@") || m.Quoted == "" {
		return false
	}
	body := m.Body
	// the line holds the address, so an '@' (which lower-casing makes of
	// no other letter): only the lines around the body's '@'s are read
	for at := 0; ; {
		k := strings.IndexByte(body[at:], '@')
		if k < 0 {
			return false
		}
		start, end := strings.LastIndexByte(body[:at+k], '\n')+1, len(body)
		if e := strings.IndexByte(body[at+k:], '\n'); e >= 0 {
			end = at + k + e
		}
		if ownAttribution(body[start:end], m.FromAddr) {
			return true
		}
		if end == len(body) {
			return false
		}
		at = end + 1
	}
}

// ownAttribution tells an attribution line that gives the address addr.
func ownAttribution(line, addr string) bool {
	// lower-casing keeps '<' and '>' where they are, and few lines hold
	// them: the others need no lower-cased copy
	if strings.IndexByte(line, '<') < 0 || strings.IndexByte(line, '>') < 0 {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(line))
	if strings.HasPrefix(l, ">") || !strings.Contains(l, "<"+addr+">") {
		return false
	}
	for _, v := range attributionVerbs {
		if strings.Contains(l, v) {
			return true
		}
	}
	return false
}

// ownQuotedName completes name from how the sender named herself in her
// own earlier mail quoted beneath the reply ("I'm Priya Raghunathan, ..."
// for "Priya R."); name as it is when that mail names her no fuller.
func ownQuotedName(m *Mail, name string, avoid map[string]bool) string {
	if name == "" || !quotesOwnMail(m) {
		return name
	}
	var lines []string
	for _, l := range strings.Split(m.Quoted, "\n") {
		lines = append(lines, strings.TrimLeft(l, "> \t"))
	}
	t := newText(strings.Join(lines, "\n"))
	t.avoid = avoid
	cands := append(senderName(t), selfIntroNames(t)...)
	return spelledOut(name, cands)
}

// spelledOut returns the fullest of cands that can be the same person as
// name: more words, or as many with fewer initials ("Priya Raghunathan"
// spells out "Priya R.").
func spelledOut(name string, cands []string) string {
	for _, n := range cands {
		if !consistent(name, n) {
			continue
		}
		if f := fuller(name, n); f != name {
			name = f
		} else if initials(n) < initials(name) && countNameWords(n) == countNameWords(name) {
			name = n
		}
	}
	return name
}

// selfIntroNames lists the names after "I'm" / "I am" in t.
func selfIntroNames(t *text) []string {
	var out []string
	for _, loc := range selfIntroEn.FindAllStringIndex(t.fold, -1) {
		if n, _ := nameAt(t, t.tokenAt(loc[1])); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// selfIntroEn: "I'm" / "I am" before a capitalised name; a name so read
// is taken only where it agrees with the one the sender goes by.
var selfIntroEn = regexp.MustCompile(`\bi(?:'|’| a)m `)

// initials counts the words of name written as one letter ("R.").
func initials(name string) int {
	n := 0
	for w := range strings.FieldsSeq(foldString(name)) {
		if len(strings.Trim(w, ".")) == 1 {
			n++
		}
	}
	return n
}
