package parser

import (
	"slices"
	"strings"
)

// answersPlacement reports a reply whose quote is the bot's placement, the
// mail that tells each one's seat after the deadline. It is asked more than
// once a mail and reads the head of the quote, so it is read once.
func (rd *reader) answersPlacement() bool {
	if rd.placement == 0 {
		rd.placement = -1
		if answersPlacement(rd.m) {
			rd.placement = 1
		}
	}
	return rd.placement > 0
}

// answersPlacement reports whether m answers the bot's placement.
func answersPlacement(m *Mail) bool {
	if !isReply(m) || m.Quoted == "" {
		return false
	}
	// the seats are told at the top of the quote; a client may wrap its
	// lines and mark each with ">"
	q := headOf(m.Quoted, 1500)
	// the placement opens its list with one of the phrases and a colon
	// ("Her er jeres pladser:"); a quote without such a colon is not
	// folded to find that out
	if !seatsColon(q) {
		// nor is one without the words the sentence needs: the seat's
		// (which the invitation has too) and the giving's
		if !(containsAny(q, seatToldWords) && containsAny(q, seatGivenWords)) && !containsAny(headOf(q, 600), seatCameWords) {
			return false
		}
		return seatToldInQuote.MatchString(flatQuote(q))
	}
	f := flatQuote(q)
	return slices.ContainsFunc(placementSeats, func(p string) bool { return strings.Contains(f, p) })
}

// flatQuote folds quoted text and joins its lines, their ">" marks and
// runs of space made one space, so that a sentence a client wrapped reads
// as one.
func flatQuote(q string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(foldString(q), ">", " ")), " ")
}

// confirmsPlacement reports an answer to the placement that only says she
// (or they) will come ("Vi kommer begge to", "I'll be there"): the seats
// are given, so there is no workshop to ask for and nothing to change.
func (rd *reader) confirmsPlacement() bool {
	t := rd.own
	return rd.answersPlacement() && !rd.res.Question && !rd.anyRefs() && len(t.dietHits()) == 0 &&
		!t.matches(lex.update) && !t.matches(lex.cancel) && !rd.addsOneMore()
}

// seatsColon reports a colon right after a word that ends a phrase of
// placementSeats ("pladser:", "seat:"), in any case.
func seatsColon(q string) bool {
	for i := strings.IndexByte(q, ':'); i >= 0; {
		for _, w := range seatWords {
			if len(w) <= i && strings.EqualFold(q[i-len(w):i], w) {
				return true
			}
		}
		k := strings.IndexByte(q[i+1:], ':')
		if k < 0 {
			break
		}
		i += k + 1
	}
	return false
}

// seatWords are the last words of placementSeats.
var seatWords = func() []string {
	var out []string
	for _, p := range placementSeats {
		if w := p[strings.LastIndexByte(p, ' ')+1:]; !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}()

// checkRegisterUnderPlacement: a new registration in answer to the
// placement ("Jeg havde valgt workshop 2", "I thought I had chosen
// workshop 2", a neighbour who also wants to come): the sender holds a
// seat and the workshops are allocated, so it is a complaint, a change or
// a late sign-up, which staff handle.
func checkRegisterUnderPlacement(v *gateView) verdict {
	if v.registers() && answersPlacement(v.m) {
		return review("a registration in answer to the placement: the seats are allocated")
	}
	return verdict{}
}

// dropGivenSeat drops the workshop a reply to the placement says was given
// ("Jeg har fået workshop 3, men ..."): it is the seat she holds, not a
// wish of hers.
func (rd *reader) dropGivenSeat() {
	t := rd.own
	hits := t.all(givenSeat)
	if len(hits) == 0 {
		return
	}
	for k := range rd.sents {
		c := &rd.sents[k]
		// a clause's refs share the sentence's array, which the gate reads
		if slices.ContainsFunc(c.refs, func(r ref) bool { return seatGiven(t, hits, r) }) {
			c.refs = slices.DeleteFunc(slices.Clone(c.refs), func(r ref) bool { return seatGiven(t, hits, r) })
		}
	}
}

// seatGiven reports a workshop r that stands right after words of hits
// that say it was given: after a seat noun ("fået workshop 1", "fik nr.
// 3"), or at once after a phrase that ends in its preposition ("tak for
// pladsen på 2", "er havnet på sundhed"). A bare number after a verb alone
// may count something else ("fik 2 billetter").
func seatGiven(t *text, hits [][]int, r ref) bool {
	for _, h := range hits {
		if h[1] > r.a || strings.ContainsAny(t.fold[h[1]:r.a], ",;!?\n") {
			continue
		}
		switch tokensBetween(t, h[1], r.a) {
		case 0:
			if k := t.tokenAt(h[1]) - 1; k >= 0 && seatPrepositions[t.toks[k].s] {
				return true
			}
		case 1:
			if seatNoun[t.toks[t.tokenAt(h[1])].s] {
				return true
			}
		}
	}
	return false
}

// seatPrepositions end a phrase of a given seat that the workshop follows
// at once.
var seatPrepositions = wordSet([]string{"paa", "i", "in", "on", "got", "mig", "os", "hende", "ham", "me", "us", "her", "him"})
