package parser

import (
	"slices"
	"strings"
)

// answersPlacement reports a reply whose quote is the bot's placement, the
// mail that tells each one's seat after the deadline.
func (rd *reader) answersPlacement() bool {
	if !isReply(rd.m) || rd.m.Quoted == "" {
		return false
	}
	// the seats are told at the top of the quote; a client may wrap its
	// lines and mark each with ">"
	q := rd.m.Quoted
	q = headOf(q, 1500)
	// every phrase holds "plads" or "seat"; most quotes hold neither, and
	// are not folded to find that out
	if !strings.Contains(q, "lads") && !strings.Contains(q, "LADS") && !strings.Contains(q, "eat") && !strings.Contains(q, "EAT") {
		return false
	}
	f := strings.Join(strings.Fields(strings.ReplaceAll(foldString(q), ">", " ")), " ")
	return slices.ContainsFunc(placementSeats, func(p string) bool { return strings.Contains(f, p) })
}

// confirmsPlacement reports an answer to the placement that only says she
// (or they) will come ("Vi kommer begge to", "I'll be there"): the seats
// are given, so there is no workshop to ask for and nothing to change.
func (rd *reader) confirmsPlacement() bool {
	t := rd.own
	return rd.answersPlacement() && !rd.res.Question && !rd.anyRefs() && len(t.dietHits()) == 0 &&
		!t.matches(lex.update) && !t.matches(lex.cancel) && !rd.addsOneMore()
}
