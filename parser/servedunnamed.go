package parser

// servesUnnamed: the sender writes for one she does not name ("Jeg
// tolker for en ældre dame", "en af mine borgere", "I interpret for a
// woman"): that one comes, without a name yet, and the sender, who is
// only the contact, does not.
var servesUnnamed = table(daServesUnnamed, enServesUnnamed)

// servedUnnamed returns a new person without a name for the one the
// sender writes for, when the mail names no one else and she does not come
// herself; nil otherwise. The choices and food said of "hun", "she" are
// hers, and so are those said without a subject.
func (rd *reader) servedUnnamed(selfAttends bool) *person {
	if selfAttends || len(rd.ps.others) > 0 || !rd.own.matches(servesUnnamed) || rd.choosesOwn() {
		return nil
	}
	if d := rd.fromDisplay(); rd.ps.self.name != "" && (d == "" || !consistent(d, rd.ps.self.name)) {
		// "Navn: Fatma Ali" in the body, not the From name: the one served
		// is named after all, read as the one the mail is of
		return nil
	}
	p := &person{}
	rd.ps.others = append(rd.ps.others, p)
	return p
}

// servesAndComes reports a sender who writes for one she does not name
// and says she comes too ("jeg kommer selv med som tolk"): whether she is
// an attendee beside her is for staff to settle.
func (rd *reader) servesAndComes(selfAttends bool) bool {
	return selfAttends && len(rd.ps.others) == 0 && rd.own.matches(servesUnnamed) && selfTooSaid(rd.own)
}

// choosesOwn reports a clause outside the sentences that speak of the one
// served whose subject is the sender and that names a workshop ("Jeg vil
// gerne på 2 og 1"): she chooses for herself, so she is the one who comes.
func (rd *reader) choosesOwn() bool {
	t := rd.own
	for _, c := range rd.sents {
		if len(c.refs) == 0 || t.has(servesUnnamed, c.s.a, c.s.b) {
			continue
		}
		if who, group, found := rd.subject(c, nil); found && !group && containsPerson(who, rd.ps.self) {
			return true
		}
	}
	return false
}
