package parser

var (
	moveAsk     = table(daMoveAsk, enMoveAsk)
	moveDispute = table(daMoveDispute, enMoveDispute)
)

// plainMove reports an answer to the placement that plainly asks to be
// moved to another workshop ("Kan jeg flytte til workshop 1?", "I'd rather
// be in 3"): the bot carries it out alone, giving the new 1st choice where
// the room has a free seat and else keeping the seat and saying so. A
// complaint or a why-question, a doubt, a condition ("hvis der er plads,
// ellers ...") or a question for staff beside it is not plain; "hvis
// muligt", "if possible" is a courtesy (movecourtesy.go).
func (rd *reader) plainMove() bool {
	t := rd.own
	return !rd.res.Question && t.matches(moveAsk) && !t.matches(moveDispute) && !movesOnCondition(t) && !t.matches(lex.maybe) && !rd.roomConditional()
}

// movesPlaced reports whether each attendee the reading moves is one the
// placement names, or the sender when it names no one ("Du har fået plads
// på workshop 3"): a move for someone else is not one the bot can make.
func (rd *reader) movesPlaced() bool {
	if len(rd.res.Attendees) == 0 {
		return false
	}
	names := placementNames(rd.m.Quoted)
	for _, a := range rd.res.Attendees {
		if a.First() == 0 || !rd.placed(a.Name, names) {
			return false
		}
	}
	// "i stedet for 4" names the seat given up: it must be the seat the
	// placement gives the one who moves ("Bo vil hellere på 3 i stedet for
	// 4" when 4 is the sender's seat, not Bo's, is not plain)
	for _, h := range rd.own.all(insteadOf) {
		w := rd.givenUp(h[1])
		if w == 0 {
			continue
		}
		for _, a := range rd.res.Attendees {
			if s := placedSeat(rd.m.Quoted, a.Name); s != 0 && s != w {
				return false
			}
		}
	}
	return true
}

// placed reports whether name is among names, or is the sender's when
// names is empty.
func (rd *reader) placed(name string, names []string) bool {
	if name == "" {
		return false
	}
	if len(names) == 0 {
		return rd.ps != nil && rd.ps.self.name != "" && consistent(name, rd.ps.self.name)
	}
	for _, n := range names {
		if consistent(name, n) {
			return true
		}
	}
	return false
}
