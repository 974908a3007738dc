package parser

var (
	interestOnly = table(daInterestOnly, enInterestOnly)
	earlierSign  = table(daEarlierSignUp, enEarlierSignUp)
)

// declinesAndAsks reports a first mail from someone who cannot come, says
// which topics interest her and asks staff something ("Jeg kan desværre
// ikke komme den 29. ..., især uddannelse. Bliver der lavet et referat?"):
// a question, not a registration, and no withdrawal of one.
func (rd *reader) declinesAndAsks() bool {
	t := rd.own
	if rd.forward || !rd.res.Question || !t.matches(interestOnly) || t.matches(earlierSign) {
		return false
	}
	away := false // "kan ikke komme før kl. 17" is only late
	for _, h := range t.all(lex.cancel) {
		away = away || !lateOnly.MatchString(t.fold[h[1]:])
	}
	if !away {
		return false
	}
	return !rd.answersReceipt() && !rd.ownThread() && !alreadyRegistered(t)
}
