package parser

import (
	"strings"

	"tilmeld"
)

// kinFromThread names the relative a change or a withdrawal speaks of
// without a name ("Kan I slette min mand?", "min mand spiser ikke
// svinekød") from the registration it answers: the sender's own earlier
// mail that named that relative ("Min mand Bo Holm vil gerne på 1"). The
// bot's receipt lists names, not relations: "min mand" under a receipt for
// Ida and Bo Holm may still be someone else's registration. A relative
// the thread does not name stays unnamed, and a change for her goes to
// staff.
func (rd *reader) kinFromThread(who []*person, intent tilmeld.Intent) {
	if rd.m.Quoted == "" || !isReply(rd.m) {
		return
	}
	for _, p := range who {
		if p == rd.ps.self || p.name != "" || p.rel == "" {
			continue
		}
		if rd.ownThread() {
			p.name = quotedKinName(rd.m.Quoted, p.rel, rd.cat.words)
		}
		if p.name == "" && intent == tilmeld.IntentUpdate {
			// the bot holds no "min søn" to change: staff find whose it is
			rd.review("a change for a relative of the sender (%q) whom neither the mail nor the registration it answers names", p.rel)
		}
	}
}

// quotedKinName returns the name that follows the relation rel (folded,
// "mand") in the quoted mail ("Min mand Bo Holm ..."), "" when no line
// names one or two lines name different people. Only the quote's lines
// that hold the word are read.
func quotedKinName(quoted, rel string, avoid map[string]bool) string {
	spelt := unfoldLetters.Replace(rel)
	found := ""
	for rest := quoted; rest != ""; {
		line, tail, _ := strings.Cut(rest, "\n")
		rest = tail
		if !strings.Contains(line, rel) && !strings.Contains(line, spelt) {
			continue
		}
		t := newText(strings.TrimLeft(line, "> \t"))
		t.avoid = avoid
		for i := 0; i+1 < len(t.toks); i++ {
			if t.toks[i].s != rel || i == 0 || !owners[t.toks[i-1].s] || t.gap(i, i+1) != " " {
				continue
			}
			n, _ := nameAt(t, i+1)
			if n == "" {
				continue
			}
			if found != "" && !consistent(found, n) {
				return ""
			}
			found = fuller(found, n)
		}
	}
	return found
}

// unfoldLetters writes a folded word with the Danish letters it was folded
// from ("soen" as "søn"), as the quote spells it.
var unfoldLetters = strings.NewReplacer("ae", "æ", "oe", "ø", "aa", "å")
