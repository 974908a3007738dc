package parser

// selfAside says the sender is registered already only to leave herself
// out of what follows: "Selv er jeg tilmeldt i forvejen", "Mig har I
// allerede", "I have already signed up myself, so this is just for ...".
var selfAside = table(daSelfAside, enSelfAside)

// registersOthersAside reports a mail that mentions the sender's own
// registration only to leave her out ("jeg er selv allerede tilmeldt, så
// det er kun ...") and does not answer her own thread: those it names are
// new registrations, and she is not one of them. One who "also" comes
// joins her booking instead.
func (rd *reader) registersOthersAside() bool {
	if rd.aside == 0 {
		rd.aside = -1
		// "Min mand vil også gerne med": one more to her own booking
		t := rd.own
		if t.matches(selfAside) && !rd.ownThread() && !rd.answersReceipt() && !alsoComing(t) && !t.matches(oneMore) {
			rd.aside = 1
		}
	}
	return rd.aside > 0
}

// within reports a hit that lies inside one of spans.
func within(spans [][]int, hit []int) bool {
	for _, s := range spans {
		if s[0] <= hit[0] && hit[1] <= s[1] {
			return true
		}
	}
	return false
}
